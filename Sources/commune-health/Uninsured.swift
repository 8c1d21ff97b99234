import ArgumentParser
import CommuneHealth

struct Uninsured: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninsured",
        abstract: "One row per resident without a valid health-insurance card, for the station's staff to visit.")

    @OptionGroup var input: InputOptions
    @Option(help: "Keep residents under AGE completed years on the reference date.")
    var under: Int?
    @Option(help: "Output format: csv or json.")
    var format: ZScoreFormat = .csv
    @OptionGroup var output: OutputOptions
    @OptionGroup var csv: CSVOptions
    @Option(help: "Language of the CSV header and messages: en or vi. Values and JSON keys never change.")
    var lang: Language = .en
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = Analyzer.defaultJobs
    @Flag(help: ProgressLine.quietHelp)
    var quiet = false

    func validate() throws {
        lang.speak()
        try output.checkPath()
        if let under, under < 1 { throw ValidationError(messages.atLeastOne("--under")) }
    }

    func run() throws {
        lang.speak()
        let files = try input.files()
        // Opened before the inputs are read (#26): a path that cannot be written is said at once.
        let destination = try output.open()
        defer { destination.abandon() }
        let line = ProgressLine.start(for: files, language: lang, quiet: quiet)
        let listing = UninsuredRun(jobs: max(1, jobs), underAge: under).run(files: files, progress: line?.counter)
        line?.finish()
        let language = lang.reportLanguage
        let labels = Labels(language)
        for rejection in listing.rejectedFiles { printToStandardError(labels.message(rejection)) }
        for superseded in listing.supersededFiles { printToStandardError(labels.supersededNotListed(superseded)) }
        switch format {
        case .csv:
            try destination.emit(
                UninsuredReport.csv(
                    listing.rows, language: language,
                    neutralisingFormulas: csv.neutralisesFormulas))
        case .json: try destination.emit(UninsuredReport.json(listing, language: language))
        }
        if !listing.rejectedFiles.isEmpty { throw ExitCode(1) }
    }
}
