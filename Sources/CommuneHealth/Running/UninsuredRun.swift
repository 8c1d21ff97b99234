/// The follow-up list of a set of files (docs/spec/cards-v1.md §4), read in parallel: rows in file then
/// document order, only from the files that count (resubmissions resolved, rejected files apart).
public struct UninsuredRun: Sendable {
    public var jobs: Int
    /// Keep residents under this many completed years on the reference date; nil keeps everyone.
    public var underAge: Int?

    public init(jobs: Int, underAge: Int? = nil) {
        self.jobs = jobs
        self.underAge = underAge
    }

    public struct Listing: Sendable {
        /// One array of rows per counted file, in input order.
        public var rows: [[UninsuredResident]]
        public var rejectedFiles: [FileRejection]
        public var supersededFiles: [SupersededFile]
    }

    private struct FileRows: ResubmissionCandidate {
        var file: String
        var rootLine: Int
        var communeCode: String
        var periodKey: PeriodKey
        var generated: Instant?
        var rows: [UninsuredResident]
    }

    public func run(files: [String]) -> Listing {
        let reader = ExportReader(listsUninsured: true)
        let underAge = self.underAge
        let outcomes = parallelMap(count: files.count, jobs: jobs) { index -> Result<FileRows, FileRejection> in
            switch reader.read(path: files[index]) {
            case .accepted(let contents):
                let rows = underAge.map { age in contents.uninsured.filter { $0.ageYears < age } } ?? contents.uninsured
                return .success(FileRows(file: contents.file, rootLine: contents.rootLine, communeCode: contents.commune.code,
                                         periodKey: contents.period.key, generated: contents.generated, rows: rows))
            case .rejected(let rejection): return .failure(rejection)
            }
        }
        var accepted: [FileRows] = []
        var rejected: [FileRejection] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let rows): accepted.append(rows)
            case .failure(let rejection): rejected.append(rejection)
            }
        }
        let resolution = Analysis.resolveResubmissions(accepted)
        let counted = Set(resolution.kept.map(\.file))
        return Listing(rows: accepted.filter { counted.contains($0.file) }.map(\.rows),
                       rejectedFiles: rejected + resolution.duplicates, supersededFiles: resolution.superseded)
    }
}
