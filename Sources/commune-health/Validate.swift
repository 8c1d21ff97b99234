import ArgumentParser
import CommuneHealth

enum ValidateFormat: String, NamedArgument {
    case text, csv, json
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check exports against the format and print every problem as FILE:LINE: message.")

    @OptionGroup var input: InputOptions
    @Option(help: "Output format: text (FILE:LINE: message), csv or json (file, line, category, kind, reason).")
    var format: ValidateFormat = .text
    @Option(help: "Language of the messages: en or vi.")
    var lang: Language = .en
    @Option(help: "Files read at once; one per core unless given.")
    var jobs: Int = Analyzer.defaultJobs
    @Flag(help: ProgressLine.quietHelp)
    var quiet = false
    @OptionGroup var csv: CSVOptions

    func run() throws {
        lang.speak()
        let files = try input.files()
        let line = ProgressLine.start(for: files, language: lang, quiet: quiet)
        var rejected = 0
        var problems = 0
        // Written as it goes, but to a terminal that shows the progress line: at the end, as before.
        var output = StandardOutput(holdUntilEnd: line != nil && StandardStream.output.isTerminal)
        switch format {
        case .text: break
        case .csv: output.write(ValidationListing.csvHeader())
        case .json: output.write(ValidationListing.jsonOpening)
        }
        // A batch of files at a time, written as it is checked (#27): memory holds one batch's problems.
        FileValidator(language: lang.reportLanguage).validate(files: files, jobs: max(1, jobs), progress: line?.counter) { report in
            switch format {
            case .text:
                for text in report.problems { output.write(TerminalText.visible(text) + "\n") }  // #26: input made visible
            case .csv:
                output.write(ValidationListing.csvRows(report, neutralisingFormulas: csv.neutralisesFormulas))
            case .json:
                for problem in report.entries {
                    output.write(ValidationListing.jsonRow(report.file, problem, first: problems == 0))
                    problems += 1
                }
            }
            if format != .json { problems += report.entries.count }
            if report.rejected { rejected += 1 }
        }
        if format == .json { output.write(ValidationListing.jsonClosing(files: files.count, rejected: rejected, empty: problems == 0)) }
        line?.finish()
        output.flush()
        // A failed write of standard output ends the run with 74 (or quietly, a closed pipe) (#26).
        if let error = output.failure { throw failure(writingStandardOutput: error) }
        printToStandardError(Labels(lang.reportLanguage).validated(files: files.count, rejected: rejected, problems: problems))
        if rejected > 0 { throw ExitCode(1) }
    }
}

/// Standard output, written a block of about 64 KB at a time (or all at the end); after a failed
/// write nothing more is written and `failure` says why.
private struct StandardOutput {
    let holdUntilEnd: Bool
    private var buffer: [UInt8] = []
    private(set) var failure: FileSystemError?

    init(holdUntilEnd: Bool) { self.holdUntilEnd = holdUntilEnd }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if !holdUntilEnd && buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !buffer.isEmpty, failure == nil else { return }
        failure = buffer.withUnsafeBytes { bytes -> FileSystemError? in
            do throws(FileSystemError) { try StandardStream.output.write(bytes) } catch { return error }
            return nil
        }
    }
}
