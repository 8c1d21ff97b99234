/// The per-child listing of a set of files, read in parallel, rows in file then document order.
public struct ZScoreRun: Sendable {
    public var jobs: Int
    public var growth: HeightForAge

    public init(jobs: Int, growth: HeightForAge = HeightForAge()) {
        self.jobs = jobs
        self.growth = growth
    }

    public struct Listing: Sendable {
        /// One array of rows per accepted file, in input order.
        public var rows: [[ZScoreRow]]
        public var rejectedFiles: [FileRejection]
    }

    public func run(files: [String]) -> Listing {
        let reader = ExportReader(keepsAllMeasurements: true)
        let outcomes = parallelMap(count: files.count, jobs: jobs) { index -> Result<[ZScoreRow], FileRejection> in
            switch reader.read(path: files[index]) {
            case .accepted(let contents): return .success(ZScoreListing.rows(of: contents, growth: growth))
            case .rejected(let rejection): return .failure(rejection)
            }
        }
        var listing = Listing(rows: [], rejectedFiles: [])
        for outcome in outcomes {
            switch outcome {
            case .success(let rows): listing.rows.append(rows)
            case .failure(let rejection): listing.rejectedFiles.append(rejection)
            }
        }
        return listing
    }
}
