/// The follow-up list of a set of files (docs/spec/cards-v1.md §4), read in parallel: rows in file
/// then document order, only from the files that count (resubmissions resolved, rejected files apart).
public struct UninsuredRun: Sendable {
    public var jobs: Int
    /// Keep residents under this many completed years on the reference date; nil keeps everyone.
    public var underAge: Int?

    public init(jobs: Int, underAge: Int? = nil) {
        self.jobs = jobs
        self.underAge = underAge
    }

    public typealias Listing = RowListing<UninsuredResident>

    public func run(files: [String], progress: ProgressCounter? = nil) -> Listing {
        let underAge = self.underAge
        return Listing(files: files, jobs: jobs, reader: ExportReader(listsUninsured: true), progress: progress) { contents in
            underAge.map { age in contents.uninsured.filter { $0.ageYears < age } } ?? contents.uninsured
        }
    }
}
