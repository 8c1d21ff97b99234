import ArgumentParser
import CommuneHealth
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct CommuneHealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commune-health",
        abstract: "Health-insurance coverage and under-5 stunting from commune health-station exports.",
        version: "1.0.0",
        subcommands: [Analyze.self, ZScores.self, Uninsured.self, Validate.self, Generate.self,
                      Prevalence.self]  // #28
    )

    static func main() {
        HeapTuning.apply()
        main(nil)
    }
}

/// Options shared by the commands that read exports.
struct InputOptions: ParsableArguments {
    @Argument(help: "Export files, or folders searched recursively for *.xml.")
    var paths: [String] = []

    func files() throws -> [String] {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH (a file or a folder of exports)") }
        do {
            return try InputFiles.collect(paths)
        } catch let error as MissingPathError {
            throw ValidationError(error.description)
        }
    }
}

struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the result to FILE (atomically) instead of standard output.")
    var output: String?

    /// A report as text.
    func emit(_ text: String) throws { try emit(Array(text.utf8)) }

    /// A report's UTF-8 bytes as they are: no String is made of them.
    func emit(_ bytes: [UInt8]) throws {
        guard let output else {
            bytes.withUnsafeBufferPointer { writeAll($0, to: STDOUT_FILENO) }
            return
        }
        do {
            try AtomicFile.write(bytes, to: output)
        } catch {
            printToStandardError("commune-health: cannot write \(output): \(error)")
            throw ExitCode(74)  // EX_IOERR: the result could not be written
        }
    }
}

extension OutputOptions {
    /// A report written piece by piece as `write` hands them over: straight to standard output, or
    /// to a temporary file beside `--output` renamed into place when the report is complete.
    func stream(_ write: (@escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
        guard let output else {
            write { writeAll($0, to: STDOUT_FILENO) }
            return
        }
        final class Target: @unchecked Sendable {
            var file: AtomicFileWriter?
            var error: FileSystemError?
        }
        let target = Target()
        do {
            target.file = try AtomicFileWriter(path: output)
            write { bytes in
                guard target.error == nil, let file = target.file else { return }
                do throws(FileSystemError) { try file.append(UnsafeRawBufferPointer(bytes)) } catch { target.error = error }
            }
            if let error = target.error { throw error }
            try target.file!.commit()
        } catch {
            target.file?.abandon()
            printToStandardError("commune-health: cannot write \(output): \(error)")
            throw ExitCode(74)  // EX_IOERR: the result could not be written
        }
    }
}

func printToStandardError(_ text: String) {
    writeAll(text + "\n", to: STDERR_FILENO)
}

/// Lines to standard error in one write (a messy province's thousands of invalid records were a
/// write each); nothing when there are none.
func printLinesToStandardError(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    writeAll(lines.joined(separator: "\n") + "\n", to: STDERR_FILENO)
}

/// Writes all of `text` to the file descriptor, straight (unbuffered, as `FileHandle` did): a
/// write that takes part of the bytes is continued, one interrupted by a signal is retried; any
/// other failure (a closed pipe) drops the rest.
func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { writeAll($0, to: descriptor) }
}

func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    guard let base = bytes.baseAddress else { return }
    var written = 0
    while written < bytes.count {
        let count = write(descriptor, base + written, bytes.count - written)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return }
        written += count
    }
}
