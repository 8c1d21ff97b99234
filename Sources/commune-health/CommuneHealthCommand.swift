import ArgumentParser
import CommuneHealth

@main
struct CommuneHealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commune-health",
        abstract: "Health-insurance coverage and under-5 stunting from commune health-station exports.",
        version: "1.0.0",
        subcommands: [
            Analyze.self, ZScores.self, Uninsured.self, Validate.self, Generate.self,
            Prevalence.self,
        ]  // #28
    )

    static func main() {
        HeapTuning.apply()
        // The tables and the register are read on another thread while the command line is (#30).
        switch CommandLine.arguments.dropFirst().first {
        case Analyze.configuration.commandName, Prevalence.configuration.commandName:
            ResourcePrewarm.start(register: true)
        case ZScores.configuration.commandName:
            ResourcePrewarm.start(register: false)
        default:
            break
        }
        main(nil)
    }
}

/// Options shared by the commands that read exports.
struct InputOptions: ParsableArguments {
    @Argument(help: "Export files, or folders searched recursively for *.xml.")
    var paths: [String] = []

    func files() throws -> [String] {
        guard !paths.isEmpty else { throw ValidationError(messages.noPath) }
        do {
            return try InputFiles.collect(paths)
        } catch let error as MissingPathError {
            throw ValidationError(TerminalText.visible(messages.error(error)))  // #26: the path is shown on a terminal
        }
    }
}

struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the result to FILE (atomically) instead of standard output.")
    var output: String?
    // #26: a symbolic link at --output is refused unless this is given (docs/output.md).
    @Flag(help: "When --output is a symbolic link, replace the file it points to (else it is refused).")
    var followSymlink = false

    /// Refuses `--output ''`; called by the command's `validate()` once its `--lang` is known
    /// (an option group's own `validate()` runs before the command's, still in English).
    func checkPath() throws {
        if output?.isEmpty == true { throw ValidationError(messages.emptyOutput) }
    }

    /// Where the result goes, opened now: see `ReportDestination`.
    func open() throws -> ReportDestination { try ReportDestination(path: output, followingSymlink: followSymlink) }

    /// A report as text.
    func emit(_ text: String) throws { try open().emit(text) }

    /// A report's UTF-8 bytes as they are: no String is made of them.
    func emit(_ bytes: [UInt8]) throws { try open().emit(bytes) }

    /// A report written piece by piece (`ReportDestination.stream`).
    func stream(_ write: (@escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws { try open().stream(write) }
}

/// Where a command's result goes: standard output, or `--output` through a new temporary file
/// beside it (`AtomicFileWriter`), made when the destination is opened, before the inputs are read:
/// a path that cannot be written (a folder, a device, a missing folder) is said at once, and
/// SIGINT or SIGTERM while reading removes the temporary file (docs/output.md). The temporary
/// file is removed unless the result is committed, also when the command throws (`abandon`).
final class ReportDestination {
    /// `--output`, or nil for standard output.
    let path: String?
    /// The temporary file of `--output`.
    let file: AtomicFileWriter?

    /// - Throws: `ExitCode` 73 or 74 once the reason is said (`failure(writing:_:)`).
    init(path: String?, followingSymlink: Bool) throws {
        self.path = path
        guard let path else {
            file = nil
            return
        }
        do {
            file = try AtomicFileWriter(path: path, followingSymlink: followingSymlink)
        } catch {
            throw failure(writing: path, error)
        }
    }

    deinit { abandon() }

    /// Removes the temporary file, if the result was not committed.
    func abandon() { file?.abandon() }

    func emit(_ text: String) throws { try emit(Array(text.utf8)) }

    func emit(_ bytes: [UInt8]) throws { try stream { write in bytes.withUnsafeBufferPointer { write($0) } } }

    /// A report written piece by piece as `write` hands them over: straight to standard output, or
    /// to the temporary file, renamed into place when the report is complete. After a failed
    /// write the rest is dropped, and the failure said once the report is done.
    /// - Throws: `ExitCode` 74 (73, 141: `failure(writing:_:)`, `failure(writingStandardOutput:)`).
    func stream(_ write: (@escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
        final class Failed: @unchecked Sendable { var error: FileSystemError? }
        let failed = Failed()
        let file = file
        write { bytes in
            guard failed.error == nil else { return }
            do throws(FileSystemError) {
                if let file { try file.append(UnsafeRawBufferPointer(bytes)) } else { try StandardStream.output.write(UnsafeRawBufferPointer(bytes)) }
            } catch {
                failed.error = error
            }
        }
        guard let path, let file else {
            if let error = failed.error { throw failure(writingStandardOutput: error) }
            return
        }
        do throws(FileSystemError) {
            if let error = failed.error { throw error }
            try file.commit()
        } catch {
            file.abandon()
            throw failure(writing: path, error)
        }
    }
}

// #26 item 3: `--csv-raw`, on every command that writes CSV.
struct CSVOptions: ParsableArguments {
    @Flag(
        name: .customLong("csv-raw"),
        help: "CSV: write text cells as they are, without the ' put before =, +, -, @, tab or CR against spreadsheet formulas (for scripts; docs/reports.md).")
    var raw = false

    /// Whether the CSV writers neutralise text cells that a spreadsheet would take for a formula.
    var neutralisesFormulas: Bool { !raw }
}

/// The language of the running command's messages: its `--lang`, set at the start of its
/// `validate()` and `run()` (`Language.speak()`), before any other thread starts; English for a
/// command without `--lang`.
nonisolated(unsafe) var messages = Labels(.en)

/// Says why `path` could not be written; the exit status to end with: 73 (EX_CANTCREAT) when what
/// is at `path` is not a file the tool replaces, else 74 (EX_IOERR).
func failure(writing path: String, _ error: any Error) -> ExitCode {
    printToStandardError("commune-health: " + messages.cannotWrite(path, error))
    return ExitCode((error as? FileSystemError)?.isRefusedReplacement == true ? 73 : 74)
}

/// Says why standard output could not be written; the exit status to end with: 74 (EX_IOERR), or
/// quietly 141 (128 + SIGPIPE, what a shell shows for a program a closed pipe ended) when the
/// reader has gone and SIGPIPE is ignored.
func failure(writingStandardOutput error: FileSystemError) -> ExitCode {
    if StandardStream.isBrokenPipe(error) { return ExitCode(141) }
    printToStandardError("commune-health: " + messages.error(error))
    return ExitCode(74)
}

/// Writes all of `bytes` to standard output.
/// - Throws: `ExitCode` 74 (or 141 for a closed pipe) once the failure is said (`failure(writingStandardOutput:)`).
func writeStandardOutput(_ bytes: UnsafeRawBufferPointer) throws {
    do {
        try StandardStream.output.write(bytes)
    } catch {
        throw failure(writingStandardOutput: error)
    }
}

func writeStandardOutput(_ text: String) throws {
    var text = text
    try text.withUTF8 { try writeStandardOutput(UnsafeRawBufferPointer($0)) }
}

/// A message of one line to standard error. Every message is one line, so any control or bidi
/// control in it came from the input (a name, a path): it is made visible, always, terminal or
/// not (docs/reports.md: logs are read on terminals later).
func printToStandardError(_ text: String) {
    writeAll(TerminalText.visible(text) + "\n", to: .error)
}

/// Lines to standard error in one write (a messy province's thousands of invalid records were a
/// write each); nothing when there are none. Each made visible, as `printToStandardError`.
func printLinesToStandardError(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    writeAll(lines.map(TerminalText.visible).joined(separator: "\n") + "\n", to: .error)
}

/// Writes all of `text` to standard error, straight (unbuffered, as `FileHandle` did): a failure
/// (a closed terminal) drops the rest, as there is nowhere left to say so. A report on standard
/// output goes through `writeStandardOutput`, which does not let a failure pass.
func writeAll(_ text: String, to stream: StandardStream) {
    var text = text
    text.withUTF8 { try? stream.write(UnsafeRawBufferPointer($0)) }
}
