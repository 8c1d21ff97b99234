import ArgumentParser
import CommuneHealth

enum AnalyzeFormat: String, NamedArgument {
    case table, json, csv, markdown, html, xlsx
}

/// `--lang`: a language the library offers (`CommuneHealth.Language.offered`), so that a language
/// added there is offered here; the test-only pseudo-language is not.
struct Language: ExpressibleByArgument, Sendable {
    /// The library's language of labels.
    let reportLanguage: CommuneHealth.Language

    static let en = Language(reportLanguage: .en)

    init(reportLanguage: CommuneHealth.Language) { self.reportLanguage = reportLanguage }

    init?(argument: String) {
        guard let language = CommuneHealth.Language(rawValue: argument), language.isOffered else { return nil }
        reportLanguage = language
    }

    var defaultValueDescription: String { reportLanguage.rawValue }
    static var allValueStrings: [String] { CommuneHealth.Language.offered.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// The messages of the command from now on are in this language (`messages`).
    func speak() { messages = Labels(reportLanguage) }
}

enum Units: String, NamedArgument {
    case reported, current

    var mapUnits: MapUnits { self == .reported ? .reported : .current }
}

// `--target NAME=RATE` and `--compare FIRST..LAST` are read by the library (Targets.swift,
// Review.swift), where the fuzzer reaches them (#26).
extension NamedTarget: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ComparedChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Coverage and stunting per commune, district and province, against the targets.")

    @OptionGroup var input: InputOptions
    @Option(help: "Output format: \(AnalyzeFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: AnalyzeFormat = .table
    @OptionGroup var output: OutputOptions
    @OptionGroup var csv: CSVOptions
    @Option(help: "Coverage target: met when coverage >= this (0 to 1).")
    var coverageTarget: Double = 1.0
    @Option(help: "Stunting target: met when the stunting rate is below this (0 to 1).")
    var stuntingTarget: Double = 0.20
    @Option(
        name: .customLong("target"),
        help: ArgumentHelp(
            "A target NAME=RATE (repeatable): coverage, stunting, underweight, wasting or overweight.",
            valueName: "name=rate"))
    var namedTargets: [NamedTarget] = []
    @Option(help: "Units: reported (each period on its own map) or current (every period on the 2025 map).")
    var units: Units = .reported
    @Option(
        help: ArgumentHelp(
            "The review's two periods, FIRST..LAST, each a year or the first day of a period (default: the first and the last present).",
            valueName: "first..last"))
    var compare: ComparedChoice?
    @Option(help: "Language of labels: en or vi. JSON keys never change.")
    var lang: Language = .en
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = Analyzer.defaultJobs
    @Flag(help: ProgressLine.quietHelp)
    var quiet = false

    func validate() throws {
        lang.speak()
        try output.checkPath()
        guard (0...1).contains(coverageTarget) else { throw ValidationError(messages.targetRange("--coverage-target")) }
        guard (0...1).contains(stuntingTarget) else { throw ValidationError(messages.targetRange("--stunting-target")) }
        guard jobs >= 1 else { throw ValidationError(messages.atLeastOne("--jobs")) }
        if format == .xlsx && output.output == nil {
            throw ValidationError(messages.workbookNeedsOutput)
        }
    }

    /// The programme's targets, then --coverage-target and --stunting-target, then every --target in order.
    var targets: Targets {
        var targets = Targets(coverage: coverageTarget, stuntingRateBelow: stuntingTarget)
        for target in namedTargets { targets[target.indicator] = target.rate }
        return targets
    }

    func run() throws {
        lang.speak()
        let files = try input.files()
        // Opened before the inputs are read (#26): a path that cannot be written is said at once.
        let destination = try output.open()
        defer { destination.abandon() }
        // #28: WHO's standard analysis only for the formats that show it (the others pay nothing).
        var reader = ExportReader()
        reader.tracksChildGroups = format == .html || format == .xlsx
        let analyzer = Analyzer(targets: targets, jobs: jobs, reader: reader)
        // Each file's problems go to a temporary file once its summary is made (docs/problems.md).
        let spill: ProblemSpill
        do {
            spill = try ProblemSpill(
                memoryBudget: ProblemSpill.analyzeMemoryBudget, fileMemoryLimit: ProblemSpill.analyzeFileMemoryLimit)
        } catch {
            printToStandardError("commune-health: " + messages.error(error))
            throw ExitCode(74)  // EX_IOERR: no room for the problems
        }
        let line = ProgressLine.start(for: files, language: lang, quiet: quiet)
        var analysis = analyzer.analyze(files: files, units: units.mapUnits, progress: line?.counter, spill: spill)
        defer { KeptUntilExit.keep((analysis, spill)) }
        line?.finish()
        if let failure = spill.writeFailure {
            printToStandardError("commune-health: " + messages.problemsKeptInMemory(failure))
        }
        let language = lang.reportLanguage
        let labels = Labels(language)
        if let compare {
            guard let first = compare.first.period(in: analysis.periods), let last = compare.last.period(in: analysis.periods),
                first < last
            else {
                printToStandardError("commune-health: " + labels.compareNotFound(compare.text, periods: analysis.periods))
                throw ExitCode(64)
            }
            analysis.comparison = ComparedPeriods(first: first, last: last)
        }
        printProblems(analysis, labels: labels)
        if format == .xlsx, let path = output.output, let file = destination.file {
            let source = XLSXReport.Source(toolVersion: CommuneHealthCommand.configuration.version, inputs: input.paths)
            do {
                try XLSXReport.write(analysis, to: file, language: language, source: source)
            } catch {
                throw failure(writing: path, error)  // 73 or 74 (EX_IOERR): the workbook could not be written
            }
            try checkReadBack(spill)
            if files.isEmpty { printToStandardError("commune-health: " + labels.noFilesFound(input.paths)) }
            if !analysis.rejectedFiles.isEmpty { throw ExitCode(1) }
            return
        }
        switch format {
        case .json: try destination.stream { JSONReport.write(analysis, language: language, jobs: jobs, to: $0) }
        case .csv:
            try destination.emit(CSVReport.render(analysis, language: language, neutralisingFormulas: csv.neutralisesFormulas))
        case .table: try destination.emit(TableReport.render(analysis, language: language))
        case .markdown: try destination.stream { MarkdownReport.write(analysis, language: language, to: $0) }
        case .html: try destination.stream { HTMLReport.write(analysis, language: language, to: $0) }
        case .xlsx: preconditionFailure("--format xlsx is written above")
        }
        try checkReadBack(spill)
        if files.isEmpty { printToStandardError("commune-health: " + labels.noFilesFound(input.paths)) }
        if !analysis.rejectedFiles.isEmpty { throw ExitCode(1) }
    }
}

/// The problems on standard error (#27, docs/problems.md): up to
/// `ProblemSummary.listedOnStandardError` rejected and superseded files, invalid records and
/// warnings, each as `FILE:LINE: reason`; more, each kind once with its first examples and where
/// every one is listed, in at most `ProblemSummary.standardErrorLines` lines however many there
/// are. The examples are read back from the spill only as far as they go.
func printProblems(_ analysis: Analysis, labels: Labels) {
    let listed =
        analysis.rejectedFiles.count + analysis.supersededFiles.count + analysis.invalidRecordCount
        + analysis.warningCount
    guard listed > ProblemSummary.listedOnStandardError else {
        for rejection in analysis.rejectedFiles { printToStandardError(labels.message(rejection)) }
        for superseded in analysis.supersededFiles { printToStandardError(labels.superseded(superseded)) }
        for summary in analysis.files where summary.problems.invalidCount > 0 {
            printLinesToStandardError(summary.invalidRecords.map(labels.message))
        }
        for summary in analysis.files where summary.problems.warningCount > 0 {
            printLinesToStandardError(summary.warnings.map(labels.message))
        }
        return
    }
    printLinesToStandardError(ProblemSummary(analysis, examples: 3).standardErrorLines(labels, rejected: analysis.rejectedFiles))
}

/// A problem that could not be read back from the temporary file is missing from the report: say
/// so, and fail.
func checkReadBack(_ spill: ProblemSpill) throws {
    guard let failure = spill.readFailure else { return }
    printToStandardError("commune-health: " + messages.reportLacksProblems(failure))
    throw ExitCode(74)  // EX_IOERR
}
