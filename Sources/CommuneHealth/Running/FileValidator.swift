/// One problem `validate` found, at its line of the file (#27: `validate --format csv|json`).
package struct ValidationProblem: Sendable, Equatable {
    package var line: Int
    package var kind: ProblemKind
    /// The message in the validator's language (the XML Schema's own words in English).
    package var message: String
}

/// What `validate` found in one file.
public struct ValidationReport: Sendable {
    package var file: String
    /// True when the file would be rejected whole.
    public var rejected: Bool
    /// Every problem in line order, without repeats of the same message at the same line.
    package var entries: [ValidationProblem]

    /// Every problem as `FILE:LINE: message`, in line order.
    public var problems: [String] { entries.map { "\(file):\($0.line): \($0.message)" } }
}

/// Checks files against the format (docs/spec/health-station-export-v1.md §1, §2, §4) and the shipped XML Schema; computes nothing.
public struct FileValidator: Sendable {
    package var reader: ExportReader
    /// The language of the messages; the XML Schema's own messages (libxml2's) stay in English.
    package var labels: Labels

    public init(reader: ExportReader = ExportReader(), language: Language = .en) {
        self.reader = reader
        self.labels = Labels(language)
    }

    /// `progress` counts the files checked.
    package func validate(files: [String], jobs: Int, progress: ProgressCounter? = nil) -> [ValidationReport] {
        parallelMap(count: files.count, jobs: jobs, progress: progress) { validate(file: files[$0]) }
    }

    /// Checks `files` a batch at a time, in order, handing each file's report to `body` before the
    /// next batch is read: memory holds the problems of one batch (a few files per job), however
    /// many files and problems there are.
    package func validate(
        files: [String], jobs: Int, progress: ProgressCounter? = nil,
        each body: (ValidationReport) -> Void
    ) {
        let batch = max(1, jobs) * 4
        for start in stride(from: 0, to: files.count, by: batch) {
            let slice = Array(files[start..<min(files.count, start + batch)])
            let offset = start
            let reports = parallelMap(count: slice.count, jobs: jobs) { index -> ValidationReport in
                defer { progress?.fileDone(offset + index) }
                return validate(file: slice[index])
            }
            for report in reports { body(report) }
        }
    }

    public func validate(file: String) -> ValidationReport {
        var located: [ValidationProblem] = []
        var rejected = false
        switch reader.read(path: file) {
        case .rejected(let rejection):
            rejected = true
            located.append(
                ValidationProblem(
                    line: rejection.line, kind: ProblemKind(rejection.reason),
                    message: labels.reason(rejection.reason)))
        case .accepted(let contents):
            located += contents.invalidRecords.map {
                ValidationProblem(line: $0.line, kind: ProblemKind($0.reason), message: labels.reason($0.reason))
            }
            located += contents.warnings.map {
                ValidationProblem(line: $0.line, kind: ProblemKind($0.reason), message: labels.reason($0.reason))
            }
            // The schema adds what the reader does not check by itself; it is only consulted on
            // files the reader accepted, so that hostile input never reaches a second parser.
            for problem in SchemaCheck.shared.problems(in: file) {
                located.append(ValidationProblem(line: problem.line, kind: .schema, message: labels.schemaFinding(problem.reason)))
            }
        }
        var seen = Set<String>()
        // A stable sort: problems of one line keep the order above.
        let sorted = located.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let entries = sorted.filter { seen.insert("\($0.line): \($0.message)").inserted }
        return ValidationReport(file: file, rejected: rejected, entries: entries)
    }
}

/// `validate --format csv|json` (#27, docs/reports.md "validate"): every problem with its file,
/// line, category, kind and message, a row at a time.
package enum ValidationListing {
    package static let csvColumns = ["file", "line", "category", "kind", "reason"]

    package static func csvHeader() -> String {
        var writer = CSVWriter()
        writer.header(csvColumns)
        return writer.text
    }

    /// - Parameter neutralisingFormulas: text cells that a spreadsheet would run get a leading `'`
    ///   (#26; `--csv-raw` turns it off).
    package static func csvRows(_ report: ValidationReport, neutralisingFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        for problem in report.entries {
            writer.row([
                .text(report.file), .number(String(problem.line)), .text(problem.kind.category.code),
                .text(problem.kind.rawValue), .text(problem.message),
            ])
        }
        return writer.text
    }

    /// The JSON document's opening, before the first problem (indented as the other JSON reports).
    package static let jsonOpening = "{\n  \"formatVersion\": 1,\n  \"problems\": ["

    /// One problem as a JSON object, with what goes before it: a comma unless it is the first.
    package static func jsonRow(_ file: String, _ problem: ValidationProblem, first: Bool) -> String {
        var writer = JSONWriter(indent: 4)
        JSONValue.object([
            ("file", .string(file)), ("line", .int(problem.line)), ("category", .string(problem.kind.category.code)),
            ("kind", .string(problem.kind.rawValue)), ("reason", .string(problem.message)),
        ]).write(to: &writer)
        return (first ? "\n    " : ",\n    ") + writer.string
    }

    /// The JSON document's end, after the last problem: how many files were checked and rejected.
    package static func jsonClosing(files: Int, rejected: Int, empty: Bool) -> String {
        (empty ? "]" : "\n  ]") + ",\n  \"filesChecked\": \(files),\n  \"filesRejected\": \(rejected)\n}\n"
    }
}

extension ProblemKind.Category {
    /// The category in `validate --format csv|json`.
    package var code: String {
        switch self {
        case .rejectedFile: return "rejected-file"
        case .superseded: return "superseded"
        case .invalidRecord: return "invalid-record"
        case .warning: return "warning"
        case .flaggedMeasurement: return "flagged-measurement"
        case .schema: return "schema"
        }
    }
}
