/// The per-child listing of a set of files, read in parallel, rows in file then document order.
public struct ZScoreRun: Sendable {
    public var jobs: Int
    public var anthropometry: Anthropometry

    public init(jobs: Int, anthropometry: Anthropometry = Anthropometry()) {
        self.jobs = jobs
        self.anthropometry = anthropometry
    }

    public typealias Listing = RowListing<ZScoreRow>

    public func run(files: [String], progress: ProgressCounter? = nil) -> Listing {
        let anthropometry = self.anthropometry
        return Listing(files: files, jobs: jobs, reader: ExportReader(keepsAllMeasurements: true), progress: progress) {
            ZScoreListing.rows(of: $0, anthropometry: anthropometry)
        }
    }
}
