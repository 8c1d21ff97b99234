import Foundation
import Testing
@testable import CommuneHealth

// #26 item 2 (docs/output.md): output that is never lost nor exposed. Standard output's write
// errors end the run with 74; `--output` and `generate` write a new private temporary file in the
// target's folder, keep an existing file's permissions, replace nothing but a regular file (73),
// remove the temporary file on SIGINT and SIGTERM, take a 250-byte name and refuse an empty one.

@Suite struct OutputSafetyTests {
    /// A new empty folder, removed by the caller.
    func makeFolder() throws -> URL {
        let folder = scratchFolder("output-safety")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func mode(of path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static let export = fixture("schema/spec-example.xml")

    /// Runs the executable with standard output on `standardOutput` (a file opened for writing);
    /// standard error is returned.
    func run(_ arguments: [String], standardOutput: FileHandle, environment: [String: String]? = nil) throws
        -> (status: Int32, stderr: String)
    {
        let executable = try #require(CommandLineTool.url)
        let errors = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = standardOutput
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }

    // MARK: standard output

    @Test(arguments: [
        ["analyze", export, "--format", "json"], ["analyze", export], ["analyze", export, "--format", "csv"],
        ["analyze", export, "--format", "html"], ["zscores", export], ["uninsured", export],
        ["validate", fixture("rejections")],
    ])
    func aFullDiskOnStandardOutputExits74(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try run(arguments, standardOutput: full)
        #expect(result.status == 74)
        // Said once, as the last line, whatever came before it (warnings, rejections).
        #expect(result.stderr.hasSuffix("commune-health: cannot write standard output: No space left on device\n"))
        #expect(result.stderr.components(separatedBy: "cannot write standard output").count == 2)
    }

    /// A closed pipe ends the run quietly: by SIGPIPE as usual, or with 141 (128 + SIGPIPE) when
    /// SIGPIPE is ignored, so the status is the same either way.
    @Test(arguments: [false, true])
    func aClosedPipeEndsTheRunQuietlyWith141(ignoringSIGPIPE: Bool) throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let executable = try #require(CommandLineTool.url).path
        let status = folder.appendingPathComponent("status").path
        let errors = folder.appendingPathComponent("stderr").path
        // The report is larger than a pipe's buffer; `head` reads one byte and goes.
        let script =
            (ignoringSIGPIPE ? "trap '' PIPE; " : "")
            + "('\(executable)' analyze '\(fixture("conformance"))' --format json 2>'\(errors)'; echo $? >'\(status)') | head -c 1 >/dev/null"
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        try shell.run()
        shell.waitUntilExit()
        #expect(try String(contentsOfFile: status, encoding: .utf8) == "141\n")
        let said = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(!said.contains("standard output"))
    }

    // MARK: what --output replaces

    @Test func aSymbolicLinkAtTheOutputIsRefusedWith73AndFollowedOnlyWhenAsked() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("someone else's file\n".utf8).write(to: victim)
        let link = folder.appendingPathComponent("report.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "victim.txt")
        for format in ["json", "csv", "xlsx"] {
            let refused = try CommandLineTool.run(["analyze", Self.export, "--format", format, "--output", link.path])
            #expect(refused.status == 73)
            #expect(
                refused.stderr == "commune-health: cannot write \(link.path): it is a symbolic link; "
                    + "give --follow-symlink to replace the file it points to\n")
            #expect(try String(contentsOf: victim, encoding: .utf8) == "someone else's file\n")
            #expect(contents(of: folder) == ["report.json", "victim.txt"])
        }
        // Told to follow it: the file it points to is replaced, the link stays, its mode is kept.
        chmod(victim.path, 0o640)
        let followed = try CommandLineTool.run(["analyze", Self.export, "--format", "json", "--output", link.path, "--follow-symlink"])
        #expect(followed.status == 0)
        #expect(try String(contentsOf: victim, encoding: .utf8).hasPrefix("{\n  \"formatVersion\": 1,"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "victim.txt")
        #expect(try mode(of: victim.path) == 0o640)
        #expect(contents(of: folder) == ["report.json", "victim.txt"])
    }

    /// Not dependent on being root: a FIFO and a folder are refused as a device is.
    @Test func aFIFOAFolderAndADeviceAreRefusedWith73() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let inside = folder.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: false)
        let cases = [(fifo, "a FIFO (named pipe)"), (inside.path, "a folder"), ("/dev/full", "a device"), ("/dev/null", "a device")]
        for (path, kind) in cases {
            for format in ["json", "table", "xlsx"] {
                let result = try CommandLineTool.run(["analyze", Self.export, "--format", format, "--output", path])
                #expect(result.status == 73, "\(path) \(format)")
                #expect(result.stderr == "commune-health: cannot write \(path): it is \(kind); only a regular file is replaced\n")
                #expect(result.stdout.isEmpty)
            }
        }
        var info = stat()
        #expect(lstat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(contents(of: folder) == ["folder.json", "pipe.json"])
    }

    @Test func anEmptyOutputPathIsACommandLineError() throws {
        for arguments in [
            ["analyze", Self.export, "-o", ""], ["zscores", Self.export, "--output", ""],
            ["uninsured", Self.export, "-o", ""],
        ] {
            let result = try CommandLineTool.run(arguments)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: --output needs a file name, not an empty path\n"))
        }
        let generate = try CommandLineTool.run(["generate", "--out", ""])
        #expect(generate.status == 64)
        #expect(generate.stderr.hasPrefix("Error: --out needs a folder name, not an empty path\n"))
        #expect(throws: FileSystemError(.emptyPath, path: "", code: ENOENT)) { try FileSystem.writeAtomically(Array("x".utf8), to: "") }
    }

    @Test func aNameOf250BytesIsWritten() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 250 bytes: 81 three-byte letters (ố), then "ab.json".
        let name = String(repeating: "ố", count: 81) + "ab.json"
        #expect(name.utf8.count == 250)
        for format in ["json", "csv", "xlsx"] {
            let path = folder.appendingPathComponent(name).path
            let result = try CommandLineTool.run(["analyze", Self.export, "--format", format, "--output", path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(contents(of: folder) == [name])
        }
    }

    // MARK: the temporary file

    /// Before #26 the temporary file was `.NAME.PID.tmp`, opened without O_EXCL or O_NOFOLLOW:
    /// a link planted there was followed, a file planted there was written and renamed into place.
    @Test func nothingPlantedAtTheOldTemporaryNameIsUsed() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("victim\n".utf8).write(to: victim)
        let report = folder.appendingPathComponent("report.json")
        let planted = folder.appendingPathComponent(".report.json.\(getpid()).tmp")
        try FileManager.default.createSymbolicLink(atPath: planted.path, withDestinationPath: victim.path)
        try FileSystem.writeAtomically(Array("listing\n".utf8), to: report.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "victim\n")
        #expect(try String(contentsOf: report, encoding: .utf8) == "listing\n")

        // A world-writable file that its planter keeps open to read: never written, never renamed.
        try FileManager.default.removeItem(at: planted)
        try Data("planted\n".utf8).write(to: planted)
        chmod(planted.path, 0o666)
        try FileSystem.writeAtomically(Array("listing 2\n".utf8), to: report.path)
        #expect(try String(contentsOf: planted, encoding: .utf8) == "planted\n")
        #expect(try String(contentsOf: report, encoding: .utf8) == "listing 2\n")
        #expect(try mode(of: report.path) == 0o666 & ~Int(FileSystem.creationMask))
        #expect(contents(of: folder) == [".report.json.\(getpid()).tmp", "report.json", "victim.txt"])
    }

    @Test func theTemporaryFileIsNewPrivateAndUnpredictable() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent(String(repeating: "r", count: 250)).path
        var names: Set<String> = []
        for _ in 0..<20 {
            let writer = try AtomicFileWriter(path: report)
            let temporary = try #require(contents(of: folder).first)
            #expect(temporary.utf8.count == 36)
            #expect(temporary.hasPrefix(".commune-health-") && temporary.hasSuffix(".tmp"))
            #expect(try mode(of: folder.appendingPathComponent(temporary).path) == 0o600)
            #expect(LiveTemporaryFiles.livePaths.contains(folder.appendingPathComponent(temporary).path))
            names.insert(temporary)
            writer.abandon()
            #expect(!LiveTemporaryFiles.livePaths.contains(folder.appendingPathComponent(temporary).path))
        }
        #expect(names.count == 20)
        #expect(contents(of: folder).isEmpty)
    }

    @Test func anExistingFilesPermissionsAreKept() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (format, mode) in [("json", 0o600), ("csv", 0o640), ("xlsx", 0o600), ("table", 0o604)] {
            let path = folder.appendingPathComponent("uninsured-\(format)").path
            try Data("earlier\n".utf8).write(to: URL(fileURLWithPath: path))
            chmod(path, mode_t(mode))
            let command =
                format == "csv"
                ? ["uninsured", Self.export, "--output", path]
                : ["analyze", Self.export, "--format", format, "--output", path]
            let result = try CommandLineTool.run(command)
            #expect(result.status == 0)
            #expect(try self.mode(of: path) == mode, "\(format)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != Data("earlier\n".utf8))
        }
        // A new file: 0666 less the umask, as the shell's `>` gives.
        let new = folder.appendingPathComponent("new.json").path
        #expect(try CommandLineTool.run(["analyze", Self.export, "--format", "json", "--output", new]).status == 0)
        #expect(try mode(of: new) == 0o666 & ~Int(FileSystem.creationMask))
    }

    /// The run is held up reading a FIFO that nobody writes, with its temporary file already made
    /// beside `--output`; the signal removes it and ends the run as the signal does.
    @Test(arguments: [(SIGTERM, "json"), (SIGINT, "json"), (SIGTERM, "xlsx"), (SIGINT, "csv")])
    func aSignalRemovesTheTemporaryFile(signal: Int32, format: String) throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("blocked.xml").path
        #expect(mkfifo(input, 0o600) == 0)
        let output = folder.appendingPathComponent("report." + format).path
        try Data("earlier\n".utf8).write(to: URL(fileURLWithPath: output))
        let pid = try spawnWithSignalsAtDefault(["analyze", input, "--format", format, "--output", output, "--quiet"])
        let temporary = { self.contents(of: folder).filter { $0.hasPrefix(".commune-health-") } }
        let deadline = Date().addingTimeInterval(120)
        while temporary().isEmpty && Date() < deadline { usleep(20_000) }
        #expect(temporary().count == 1)
        kill(pid, signal)
        var status: Int32 = 0
        var waited: pid_t = 0
        while Date() < deadline {
            waited = waitpid(pid, &status, WNOHANG)
            if waited != 0 { break }
            usleep(20_000)
        }
        if waited == 0 {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
            Issue.record("the run did not end on the signal")
        }
        #expect(status & 0x7f == signal)  // ended by the signal (WTERMSIG), as a shell shows with 128 + it
        #expect(contents(of: folder) == ["blocked.xml", "report." + format])
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "earlier\n")
    }

    /// Starts the executable with SIGINT and SIGTERM unblocked and at their default action (the
    /// test runner's threads block them, and Foundation's Process passes its mask on), standard
    /// output and error to /dev/null.
    func spawnWithSignalsAtDefault(_ arguments: [String]) throws -> pid_t {
        let executable = try #require(CommandLineTool.url).path
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = argv.withUnsafeBufferPointer { posix_spawn(&pid, executable, &actions, &attributes, $0.baseAddress!, environ) }
        try #require(result == 0)
        return pid
    }

    // MARK: generate

    @Test func generateRefusesToWriteThroughASymbolicLink() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("province")
        let options = ["--communes", "2", "--residents", "60", "--seed", "3"]
        #expect(try CommandLineTool.run(["generate", "--out", out.path] + options).status == 0)
        let files = contents(of: out)
        #expect(files.count == 2)
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("victim\n".utf8).write(to: victim)
        let linked = out.appendingPathComponent(files[0])
        try FileManager.default.removeItem(at: linked)
        try FileManager.default.createSymbolicLink(atPath: linked.path, withDestinationPath: victim.path)

        let refused = try CommandLineTool.run(["generate", "--out", out.path] + options)
        #expect(refused.status == 73)
        #expect(
            refused.stderr == "commune-health: cannot write \(linked.path): it is a symbolic link; "
                + "give --follow-symlink to replace the file it points to\n")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "victim\n")
        #expect(contents(of: out) == files)

        // --out itself a link to a folder.
        let linkedOut = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createSymbolicLink(atPath: linkedOut.path, withDestinationPath: out.path)
        let refusedFolder = try CommandLineTool.run(["generate", "--out", linkedOut.path] + options)
        #expect(refusedFolder.status == 73)
        #expect(
            refusedFolder.stderr == "commune-health: cannot write \(linkedOut.path): it is a symbolic link; "
                + "give --follow-symlink to replace the file it points to\n")

        // Told to follow links: the file the link points to is replaced whole, not truncated in place.
        let followed = try CommandLineTool.run(["generate", "--out", linkedOut.path, "--follow-symlink"] + options)
        #expect(followed.status == 0)
        #expect(try String(contentsOf: victim, encoding: .utf8).hasPrefix("<?xml"))
        #expect(contents(of: out) == files)
        #expect(contents(of: folder) == ["elsewhere", "province", "victim.txt"])
    }
}
