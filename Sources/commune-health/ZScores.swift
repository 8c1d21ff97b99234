import ArgumentParser
import CommuneHealth

enum ZScoreFormat: String, NamedArgument {
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
    @OptionGroup var csv: CSVOptions
    @Option(help: "Language of the messages on standard error and of the JSON reasons: en or vi. Columns and keys never change.")
    var lang: Language = .en
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = Analyzer.defaultJobs
    @Flag(help: ProgressLine.quietHelp)
    var quiet = false

    func validate() throws {
        lang.speak()
        try output.checkPath()
    }

    func run() throws {
        lang.speak()
        let files = try input.files()
        // Opened before the inputs are read (#26): a path that cannot be written is said at once.
        let destination = try output.open()
        defer { destination.abandon() }
        let line = ProgressLine.start(for: files, language: lang, quiet: quiet)
        let listing = ZScoreRun(jobs: max(1, jobs)).run(files: files, progress: line?.counter)
        line?.finish()
        let labels = Labels(lang.reportLanguage)
        for rejection in listing.rejectedFiles { printToStandardError(labels.message(rejection)) }
        for superseded in listing.supersededFiles { printToStandardError(labels.supersededNotListed(superseded)) }
        switch format {
        case .csv:
            let rows = listing.rows.map { ZScoreReport.csvRows($0, neutralisingFormulas: csv.neutralisesFormulas) }
            try destination.emit(ZScoreReport.csvHeader() + rows.joined())
        case .json:
            let value = JSONValue.object([
                ("formatVersion", .int(1)),
                ("measurements", .array(listing.rows.flatMap { $0.map(ZScoreReport.jsonRow) })),
                (
                    "rejectedFiles",
                    .array(
                        listing.rejectedFiles.map { rejection in
                            .object([
                                ("file", .string(rejection.file)), ("line", .int(rejection.line)),
                                ("reason", .string(labels.reason(rejection.reason))),
                            ])
                        })
                ),
            ])
            try destination.emit(value.serialized() + "\n")
        }
        if !listing.rejectedFiles.isEmpty { throw ExitCode(1) }
    }
}
