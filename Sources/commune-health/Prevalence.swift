import ArgumentParser
import CommuneHealth

/// `prevalence --by`: the level of the units whose tables are written (#28).
enum PrevalenceLevel: String, NamedArgument {
    case province, district, commune

    var level: WHOPrevalenceLevel {
        switch self {
        case .province: return .province
        case .district: return .district
        case .commune: return .commune
        }
    }
}

enum PrevalenceFormat: String, NamedArgument {
    case csv, json, xlsx, markdown
}

/// WHO's standard analysis, `anthro_prevalence`'s tables per unit and period (docs/who-prevalence.md).
struct Prevalence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prevalence",
        abstract: "WHO's standard analysis (anthro_prevalence): z-score means, SDs and prevalences per group, per unit.")

    @OptionGroup var input: InputOptions
    @Option(help: "The units: province, district or commune.")
    var by: PrevalenceLevel = .province
    @Option(help: "Units: reported (each period on its own map) or current (every period on the 2025 map).")
    var units: Units = .reported
    @Option(help: "Output format: csv, json, xlsx or markdown.")
    var format: PrevalenceFormat = .csv
    @Option(help: "Language of headings and groups in Markdown and the workbook: en or vi. WHO's column names, CSV and JSON never change.")
    var lang: Language = .en
    @OptionGroup var output: OutputOptions
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = Analyzer.defaultJobs
    @Flag(help: ProgressLine.quietHelp)
    var quiet = false
    @OptionGroup var csv: CSVOptions

    func validate() throws {
        lang.speak()
        try output.checkPath()
        guard jobs >= 1 else { throw ValidationError(messages.atLeastOne("--jobs")) }
        if format == .xlsx && output.output == nil {
            throw ValidationError(messages.workbookNeedsOutput)
        }
    }

    func run() throws {
        lang.speak()
        let files = try input.files()
        // Opened before the inputs are read (#26): a path that cannot be written is said at once.
        let destination = try output.open()
        defer { destination.abandon() }
        var reader = ExportReader()
        reader.tracksChildGroups = true
        let analyzer = Analyzer(jobs: jobs, reader: reader)
        let line = ProgressLine.start(for: files, language: lang, quiet: quiet)
        let analysis = analyzer.analyze(files: files, units: units.mapUnits, progress: line?.counter)
        line?.finish()
        let language = lang.reportLanguage
        let labels = Labels(language)
        for rejection in analysis.rejectedFiles { printToStandardError(labels.message(rejection)) }
        for superseded in analysis.supersededFiles { printToStandardError(labels.superseded(superseded)) }
        let tables = WHOPrevalenceReport.units(analysis, level: by.level)
        switch format {
        case .csv: try destination.emit(WHOPrevalenceReport.csv(tables, neutralisingFormulas: csv.neutralisesFormulas))
        case .json: try destination.emit(WHOPrevalenceReport.json(tables))
        case .markdown: try destination.emit(WHOPrevalenceReport.markdown(tables, language: language))
        case .xlsx:
            guard let path = output.output, let file = destination.file else { preconditionFailure("validate() asks for --output") }
            do {
                try XLSXReport.writeWHOPrevalence(tables, to: file, language: language)
            } catch {
                throw failure(writing: path, error)  // 73 or 74 (EX_IOERR): the workbook could not be written
            }
        }
        if files.isEmpty { printToStandardError("commune-health: " + labels.noFilesFound(input.paths)) }
        if !analysis.rejectedFiles.isEmpty { throw ExitCode(1) }
    }
}
