/// The follow-up list of a set of files (docs/spec/cards-v1.md §4), read in parallel: rows in file
/// then document order, only from the files that count (resubmissions resolved, rejected files apart).
package struct UninsuredRun: Sendable {
    package var jobs: Int
    /// Keep residents under this many completed years on the reference date; nil keeps everyone.
    package var underAge: Int?

    package init(jobs: Int, underAge: Int? = nil) {
        self.jobs = jobs
        self.underAge = underAge
    }

    package typealias Listing = RowListing<UninsuredResident>

    package func run(files: [String], progress: ProgressCounter? = nil) -> Listing {
        let underAge = self.underAge
        return Listing(files: files, jobs: jobs, reader: ExportReader(listsUninsured: true), progress: progress) { contents in
            underAge.map { age in contents.uninsured.filter { $0.ageYears < age } } ?? contents.uninsured
        }
    }
}
