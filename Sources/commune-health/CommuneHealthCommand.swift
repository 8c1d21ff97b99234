import ArgumentParser
import CommuneHealth
import Foundation

@main
struct CommuneHealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commune-health",
        abstract: "Health-insurance coverage and under-5 stunting from commune health-station exports.",
        version: "1.0.0",
        subcommands: [Analyze.self, ZScores.self, Uninsured.self, Validate.self, Generate.self]
    )
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

    func emit(_ text: String) throws { try emit(Data(text.utf8)) }

    /// A report's UTF-8 bytes as they are: no String is made of them.
    func emit(_ bytes: [UInt8]) throws { try emit(Data(bytes)) }

    private func emit(_ data: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: output)
        } catch {
            FileHandle.standardError.write(Data("commune-health: cannot write \(output): \(error)\n".utf8))
            throw ExitCode(74)  // EX_IOERR: the result could not be written
        }
    }
}

func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
