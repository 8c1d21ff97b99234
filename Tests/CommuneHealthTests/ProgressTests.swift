import Foundation
import Synchronization
import Testing
@testable import CommuneHealth

// The progress line (docs/progress.md): its words in both languages, how often it is redrawn, the
// counts the parallel reading gives it, and the command line, which draws it only on a terminal.

@Suite struct ProgressLineTests {
    private func line(
        _ language: Language, files: Int, of total: Int, bytes: Int, of totalBytes: Int,
        elapsed: Double
    ) -> String {
        ProgressMeter(labels: Labels(language))
            .line(ReadingProgress(filesDone: files, files: total, bytesDone: bytes, bytes: totalBytes), elapsed: elapsed)
    }

    @Test func filesBytesRateAndTimeLeftInEnglish() {
        // 48.2 MB in 0.5 s: 96.4 MB/s; 130.2 MB left: 1.35 s, rounded up.
        #expect(
            line(.en, files: 37, of: 140, bytes: 48_200_000, of: 178_400_000, elapsed: 0.5)
                == "37 of 140 files, 48.2 of 178.4 MB, 96.4 MB/s, 2 s left")
        // 10 MB in 2 s: 5 MB/s; 990 MB left: 198 s.
        #expect(
            line(.en, files: 1_234, of: 10_035, bytes: 10_000_000, of: 1_000_000_000, elapsed: 2)
                == "1,234 of 10,035 files, 10.0 of 1,000.0 MB, 5.0 MB/s, 3 min 18 s left")
        // From 10 GB on, gigabytes: 1 GB in 100 s, 49 GB left at 10 MB/s: 4,900 s.
        #expect(
            line(.en, files: 200, of: 10_035, bytes: 1_000_000_000, of: 50_000_000_000, elapsed: 100)
                == "200 of 10,035 files, 1.0 of 50.0 GB, 10.0 MB/s, 1 h 21 min left")
        #expect(
            line(.en, files: 140, of: 140, bytes: 178_400_000, of: 178_400_000, elapsed: 0.7)
                == "140 of 140 files, 178.4 of 178.4 MB, 254.9 MB/s, 0 s left")
    }

    @Test func filesBytesRateAndTimeLeftInVietnamese() {
        #expect(
            line(.vi, files: 37, of: 140, bytes: 48_200_000, of: 178_400_000, elapsed: 0.5)
                == "đã đọc 37/140 tệp, 48,2/178,4 MB, 96,4 MB/giây, còn 2 giây")
        #expect(
            line(.vi, files: 1_234, of: 10_035, bytes: 10_000_000, of: 1_000_000_000, elapsed: 2)
                == "đã đọc 1.234/10.035 tệp, 10,0/1.000,0 MB, 5,0 MB/giây, còn 3 phút 18 giây")
        #expect(
            line(.vi, files: 200, of: 10_035, bytes: 1_000_000_000, of: 50_000_000_000, elapsed: 100)
                == "đã đọc 200/10.035 tệp, 1,0/50,0 GB, 10,0 MB/giây, còn 1 giờ 21 phút")
    }

    @Test func noRateBeforeAByteOrAnInstant() {
        #expect(line(.en, files: 0, of: 3, bytes: 0, of: 1_500_000, elapsed: 0.2) == "0 of 3 files, 0.0 of 1.5 MB")
        #expect(line(.vi, files: 1, of: 3, bytes: 500_000, of: 1_500_000, elapsed: 0) == "đã đọc 1/3 tệp, 0,5/1,5 MB")
    }

    @Test func redrawnInPlaceAtMostEveryIntervalAndErasedAtTheEnd() {
        var meter = ProgressMeter(labels: Labels(.en), interval: 0.1)
        #expect(meter.finish() == nil)  // nothing drawn, nothing to erase
        let progress = ReadingProgress(filesDone: 1, files: 2, bytesDone: 1_000_000, bytes: 2_000_000)
        #expect(meter.update(progress, elapsed: 0.5) == "\r1 of 2 files, 1.0 of 2.0 MB, 2.0 MB/s, 1 s left\u{1B}[K")
        #expect(meter.update(progress, elapsed: 0.55) == nil)
        #expect(meter.update(progress, elapsed: 0.599) == nil)
        let done = ReadingProgress(filesDone: 2, files: 2, bytesDone: 2_000_000, bytes: 2_000_000)
        #expect(meter.update(done, elapsed: 1.0) == "\r2 of 2 files, 2.0 of 2.0 MB, 2.0 MB/s, 0 s left\u{1B}[K")
        #expect(meter.finish() == "\r\u{1B}[K")
        #expect(meter.finish() == nil)
    }

    @Test func durationsInBothLanguages() {
        let en = Labels(.en), vi = Labels(.vi)
        #expect([12, 64, 3_600, 7_500].map { en[.number(.duration(seconds: $0))] } == ["12 s", "1 min 04 s", "1 h 00 min", "2 h 05 min"])
        #expect([12, 64, 3_600, 7_500].map { vi[.number(.duration(seconds: $0))] } == ["12 giây", "1 phút 04 giây", "1 giờ 00 phút", "2 giờ 05 phút"])
    }
}

@Suite struct ProgressCounterTests {
    @Test func everyFileIsCountedOnceInOrderWithItsBytes() {
        let seen = Mutex<[ReadingProgress]>([])
        let sizes = (0..<50).map { $0 * 1_000 }
        let counter = ProgressCounter(sizes: sizes) { progress in seen.withLock { $0.append(progress) } }
        let squares = parallelMap(count: 50, jobs: 4, progress: counter) { $0 * $0 }
        #expect(squares == (0..<50).map { $0 * $0 })
        let reports = seen.withLock { $0 }
        #expect(reports.map(\.filesDone) == Array(1...50))
        #expect(reports.allSatisfy { $0.files == 50 && $0.bytes == 1_225_000 })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesDone <= $1.bytesDone })
        #expect(counter.progress == ReadingProgress(filesDone: 50, files: 50, bytesDone: 1_225_000, bytes: 1_225_000))
    }

    @Test func sizesComeFromTheFileSystemAndAMissingFileCountsNothing() {
        let present = fixture("conformance/02200-2024.xml")
        let counter = ProgressCounter(files: [present, present + ".missing"]) { _ in }
        #expect(counter.progress == ReadingProgress(filesDone: 0, files: 2, bytesDone: 0, bytes: 48_282))
    }

    @Test func countingChangesNoFigure() throws {
        let files = try InputFiles.collect([fixture("conformance")])
        let plain = JSONReport.bytes(Analyzer(jobs: 1).analyze(files: files))
        for jobs in [1, 3] {
            let counter = ProgressCounter(files: files) { _ in }
            #expect(JSONReport.bytes(Analyzer(jobs: jobs).analyze(files: files, progress: counter)) == plain)
            #expect(counter.progress.filesDone == files.count && counter.progress.bytesDone == counter.progress.bytes)
        }
        let counter = ProgressCounter(files: files) { _ in }
        #expect(ZScoreRun(jobs: 2).run(files: files, progress: counter).rows.count == ZScoreRun(jobs: 1).run(files: files).rows.count)
        #expect(counter.progress.filesDone == files.count)
        let checked = ProgressCounter(files: files) { _ in }
        #expect(
            FileValidator().validate(files: files, jobs: 2, progress: checked).map(\.problems)
                == FileValidator().validate(files: files, jobs: 1).map(\.problems))
        #expect(checked.progress.filesDone == files.count)
    }
}

/// The executable's standard error on a pseudo-terminal, as a person at a terminal sees it.
private func runOnTerminal(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let executable = try #require(CommandLineTool.url, "the commune-health executable was not found beside the tests")
    // posix_openpt, unlockpt and ptsname by hand (Glibc's module leaves them out): Linux's
    // multiplexer, then TIOCSPTLCK to unlock the terminal and TIOCGPTN for its number.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    try #require(master >= 0, "no pseudo-terminal")
    defer { close(master) }
    var unlock: Int32 = 0, number: UInt32 = 0
    try #require(ioctl(master, 0x4004_5431, &unlock) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
    let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    try #require(slave >= 0)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Drain the terminal while the program runs, so that it never blocks on a full buffer.
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    func drain() {
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            bytes += buffer[0..<count]
        }
    }
    while process.isRunning { drain(); usleep(1_000) }
    process.waitUntilExit()
    drain()
    return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
}

/// Whether this machine gives pseudo-terminals: the two tests that need one are not run where it
/// does not (a container without /dev/pts); the others, on pipes and files, always are.
private let hasPseudoTerminals: Bool = {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return false }
    close(master)
    return true
}()

@Suite(.serialized) struct ProgressCommandLineTests {
    private let file = fixture("conformance/02200-2024.xml")
    private let commands = [["analyze", "--format", "json"], ["zscores"], ["uninsured"], ["validate"]]

    /// The line drawn, and what is left once it is erased.
    private func split(_ stderr: String) -> (line: String, rest: String)? {
        guard let erased = stderr.range(of: "\u{1B}[K\r\u{1B}[K") else { return nil }
        return (String(stderr[..<erased.lowerBound]), String(stderr[erased.upperBound...]))
    }

    @Test(.enabled(if: hasPseudoTerminals, "no pseudo-terminal on this machine"))
    func aTerminalSeesTheLineDrawnAndErasedBeforeTheMessages() throws {
        // One file: drawn once, when it is read (its rate depends on the machine), then erased
        // before the messages, which are those of a --quiet run.
        for command in commands {
            let shown = try runOnTerminal(command + [file, "--jobs", "1"])
            let quiet = try runOnTerminal(command + [file, "--jobs", "1", "--quiet"])
            let parts = try #require(split(shown.stderr), "\(command): \(shown.stderr.debugDescription)")
            #expect(
                shown.status == 0 && parts.line.hasPrefix("\r1 of 1 files, 0.0 of 0.0 MB, ") && parts.line.hasSuffix(" left"),
                "\(command): \(parts.line.debugDescription)")
            #expect(!parts.line.dropFirst().contains("\r") && parts.rest == quiet.stderr, "\(command)")
        }
        let vi = try runOnTerminal(["analyze", file, "--format", "json", "--lang", "vi"])
        let parts = try #require(split(vi.stderr))
        #expect(parts.line.hasPrefix("\rđã đọc 1/1 tệp, 0,0/0,0 MB, ") && parts.line.contains(" MB/giây, còn "), "\(parts.line.debugDescription)")
    }

    @Test(.enabled(if: hasPseudoTerminals, "no pseudo-terminal on this machine"))
    func quietDrawsNothingOnATerminal() throws {
        for command in commands {
            // On a terminal, line ends are written as CR LF: the same messages as into a file.
            let quiet = try runOnTerminal(command + [file, "--quiet"])
            let piped = try CommandLineTool.run(command + [file])
            #expect(
                quiet.status == piped.status && quiet.stderr == piped.stderr.replacingOccurrences(of: "\n", with: "\r\n"),
                "\(command): \(quiet.stderr.debugDescription)")
        }
        #expect(try runOnTerminal(["zscores", file, "--quiet"]).stderr == "")
        #expect(try runOnTerminal(["validate", file, "--quiet"]).stderr == "1 files checked: 1 readable, 0 rejected, 15 problems\r\n")
    }

    @Test func notATerminalGetsExactlyWhatItGotBefore() throws {
        // Standard error to a file: the messages alone, with or without --quiet, and the same output.
        let folder = fixture("indicators/resubmission/rejected-is-not-a-resubmission")
        let rejected = "\(folder)/b.xml:5: \(RejectionReason.countMismatch(declared: 3, actual: 2))\n"
        for command in commands {
            let plain = try CommandLineTool.run(command + [folder])
            let quiet = try CommandLineTool.run(command + [folder, "--quiet"])
            #expect(plain.status == 1 && quiet.status == 1 && quiet.stderr == plain.stderr && quiet.stdout == plain.stdout, "\(command)")
            #expect(!plain.stderr.contains("\r") && !plain.stderr.contains("\u{1B}"), "\(command)")
        }
        #expect(try CommandLineTool.run(["zscores", folder]).stderr == rejected)
        #expect(try CommandLineTool.run(["uninsured", folder]).stderr == rejected)
        #expect(try CommandLineTool.run(["analyze", folder, "--format", "json"]).stderr.hasPrefix(rejected))
        // Two problems: b.xml's rejection and a.xml's placeholder card number GD4080000000000 (#26).
        #expect(try CommandLineTool.run(["validate", folder]).stderr == "2 files checked: 1 readable, 1 rejected, 2 problems\n")
    }
}
