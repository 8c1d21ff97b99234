/// The per-child listing of a set of files, read in parallel, rows in file then document order.
public struct ZScoreRun: Sendable {
    public var jobs: Int
    public var anthropometry: Anthropometry

    public init(jobs: Int, anthropometry: Anthropometry = Anthropometry()) {
        self.jobs = jobs
        self.anthropometry = anthropometry
    }

    public struct Listing: Sendable {
        /// One array of rows per accepted file, in input order.
        public var rows: [[ZScoreRow]]
        public var rejectedFiles: [FileRejection]
        public var supersededFiles: [SupersededFile]
    }

    /// One accepted file's rows, with what resubmission resolution needs.
    private struct FileRows: ResubmissionCandidate {
        var file: String
        var rootLine: Int
        var communeCode: String
        var periodKey: PeriodKey
        var generated: Instant?
        var rows: [ZScoreRow]
    }

    public func run(files: [String]) -> Listing {
        let reader = ExportReader(keepsAllMeasurements: true)
        let outcomes = parallelMap(count: files.count, jobs: jobs) { index -> Result<FileRows, FileRejection> in
            switch reader.read(path: files[index]) {
            case .accepted(let contents):
                return .success(FileRows(file: contents.file, rootLine: contents.rootLine, communeCode: contents.commune.code,
                                         periodKey: contents.period.key, generated: contents.generated,
                                         rows: ZScoreListing.rows(of: contents, anthropometry: anthropometry)))
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
        // A superseded file was replaced by a later one and a duplicate is rejected: only the
        // files that count are listed, so each child's row appears once per period.
        let resolution = Analysis.resolveResubmissions(accepted)
        let counted = Set(resolution.kept.map(\.file))
        let listed = accepted.filter { counted.contains($0.file) }.map(\.rows)
        return Listing(rows: listed, rejectedFiles: rejected + resolution.duplicates,
                       supersededFiles: resolution.superseded)
    }
}
