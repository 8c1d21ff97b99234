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

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if format == .xlsx && output.output == nil {
            throw ValidationError("--format xlsx writes a binary workbook: give --output FILE.xlsx")
        }
    }

    func run() throws {
        let files = try input.files()
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
        case .csv: try output.emit(WHOPrevalenceReport.csv(tables))
        case .json: try output.emit(WHOPrevalenceReport.json(tables))
        case .markdown: try output.emit(WHOPrevalenceReport.markdown(tables, language: language))
        case .xlsx:
            let path = output.output!
            do {
                try XLSXReport.writeWHOPrevalence(tables, to: path, language: language)
            } catch {
                printToStandardError("commune-health: cannot write \(path): \(error)")
                throw ExitCode(74)  // EX_IOERR
            }
        }
        if files.isEmpty { printToStandardError("commune-health: " + labels.noFilesFound(input.paths)) }
        if !analysis.rejectedFiles.isEmpty { throw ExitCode(1) }
    }
}
