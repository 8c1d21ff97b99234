import ArgumentParser
import CommuneHealth

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check exports against the format and print every problem as FILE:LINE: message.")

    @OptionGroup var input: InputOptions
    @Option(help: "Language of the messages: en or vi.")
    var lang: Language = .en
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = Analyzer.defaultJobs
    @Flag(help: ProgressLine.quietHelp)
    var quiet = false

    func run() throws {
        let files = try input.files()
        let line = ProgressLine.start(for: files, language: lang, quiet: quiet)
        let reports = FileValidator(language: lang.reportLanguage).validate(files: files, jobs: max(1, jobs),
                                                                           progress: line?.counter)
        line?.finish()
        var rejected = 0
        var problems = 0
        for report in reports {
            // A file's problems in one write, whose failure ends the run; names and paths from the input
            // made visible (#26).
            if !report.problems.isEmpty { try writeStandardOutput(report.problems.map(TerminalText.visible).joined(separator: "\n") + "\n") }
            problems += report.problems.count
            if report.rejected { rejected += 1 }
        }
        printToStandardError(Labels(lang.reportLanguage).validated(files: files.count, rejected: rejected, problems: problems))
        if rejected > 0 { throw ExitCode(1) }
    }
}
