import ArgumentParser
import CommuneHealth
import Foundation

enum ZScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}

struct ZScores: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zscores",
        abstract: "One row per measurement with its length/height-for-age z-score, for health workers.")

    @OptionGroup var input: InputOptions
    @Option(help: "Output format: csv or json.")
    var format: ZScoreFormat = .csv
    @OptionGroup var output: OutputOptions
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let files = try input.files()
        let listing = ZScoreRun(jobs: max(1, jobs)).run(files: files)
        for rejection in listing.rejectedFiles { printToStandardError("\(rejection)") }
        for superseded in listing.supersededFiles {
            printToStandardError("\(superseded.file): superseded by the later resubmission \(superseded.by); its rows are not listed")
        }
        switch format {
        case .csv:
            try output.emit(ZScoreReport.csvHeader() + listing.rows.map(ZScoreReport.csvRows).joined())
        case .json:
            let value = JSONValue.object([
                ("formatVersion", .int(1)),
                ("measurements", .array(listing.rows.flatMap { $0.map(ZScoreReport.jsonRow) })),
                ("rejectedFiles", .array(listing.rejectedFiles.map { rejection in
                    .object([("file", .string(rejection.file)), ("line", .int(rejection.line)),
                             ("reason", .string(rejection.reason.description))])
                })),
            ])
            try output.emit(value.serialized() + "\n")
        }
        if !listing.rejectedFiles.isEmpty { throw ExitCode(1) }
    }
}
