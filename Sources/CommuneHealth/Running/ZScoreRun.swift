/// The per-child listing of a set of files, read in parallel, rows in file then document order.
package struct ZScoreRun: Sendable {
    package var jobs: Int
    package var anthropometry: Anthropometry

    package init(jobs: Int, anthropometry: Anthropometry = Anthropometry()) {
        self.jobs = jobs
        self.anthropometry = anthropometry
    }

    package typealias Listing = RowListing<ZScoreRow>

    package func run(files: [String], progress: ProgressCounter? = nil) -> Listing {
        let anthropometry = self.anthropometry
        return Listing(files: files, jobs: jobs, reader: ExportReader(keepsAllMeasurements: true), progress: progress) {
            ZScoreListing.rows(of: $0, anthropometry: anthropometry)
        }
    }
}
