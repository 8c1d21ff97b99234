/// What `validate` found in one file.
public struct ValidationReport: Sendable {
    public var file: String
    /// True when the file would be rejected whole.
    public var rejected: Bool
    /// Every problem as `FILE:LINE: message`, in line order.
    public var problems: [String]
}

/// Checks files against the format (docs/spec/health-station-export-v1.md §1, §2, §4) and the shipped XML Schema; computes nothing.
public struct FileValidator: Sendable {
    public var reader: ExportReader
    /// The language of the messages; the XML Schema's own messages (libxml2's) stay in English.
    public var labels: Labels

    public init(reader: ExportReader = ExportReader(), language: Language = .en) {
        self.reader = reader
        self.labels = Labels(language)
    }

    /// `progress` counts the files checked.
    public func validate(files: [String], jobs: Int, progress: ProgressCounter? = nil) -> [ValidationReport] {
        parallelMap(count: files.count, jobs: jobs, progress: progress) { validate(file: files[$0]) }
    }

    public func validate(file: String) -> ValidationReport {
        var located: [(line: Int, text: String)] = []
        var rejected = false
        switch reader.read(path: file) {
        case .rejected(let rejection):
            rejected = true
            located.append((rejection.line, labels.message(rejection)))
        case .accepted(let contents):
            located += contents.invalidRecords.map { ($0.line, labels.message($0)) }
            located += contents.warnings.map { ($0.line, labels.message($0)) }
            // The schema adds what the reader does not check by itself; it is only consulted on
            // files the reader accepted, so that hostile input never reaches a second parser.
            for problem in SchemaCheck.shared.problems(in: file) {
                located.append((problem.line, problem.description))
            }
        }
        var seen = Set<String>()
        let problems = located.sorted { $0.line < $1.line }.map(\.text).filter { seen.insert($0).inserted }
        return ValidationReport(file: file, rejected: rejected, problems: problems)
    }
}
