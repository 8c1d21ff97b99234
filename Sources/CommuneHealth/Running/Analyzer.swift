/// The analysis of a set of files: read in parallel, one summary per file, merged in order.
public struct Analyzer: Sendable {
    package var targets: Targets
    package var jobs: Int
    package var reader: ExportReader
    package var anthropometry: Anthropometry

    /// The number of jobs when none is given: one per processor online.
    public static var defaultJobs: Int { CLibrary.activeProcessorCount }

    public init(
        targets: Targets = .programme2021to2025, jobs: Int = Analyzer.defaultJobs,
        reader: ExportReader = ExportReader(), anthropometry: Anthropometry = Anthropometry()
    ) {
        self.targets = targets
        self.jobs = jobs
        self.reader = reader
        self.anthropometry = anthropometry
    }

    /// Reads every file once, streaming, and merges the per-file summaries; `progress` counts the
    /// files read. With `spill`, each file's problems and insured residents' numbers are written to
    /// it as soon as its summary is made and the summaries keep only their counts and places
    /// (docs/problems.md, docs/cards.md); without, they stay in memory.
    public func analyze(
        files: [String], units: MapUnits = .reported, progress: ProgressCounter? = nil,
        spill: ProblemSpill? = nil
    ) -> Analysis {
        let outcomes = parallelMap(count: files.count, jobs: jobs, progress: progress) { index -> FileSummaryOutcome in
            switch reader.read(path: files[index]) {
            case .accepted(let contents):
                var summary = CommuneSummary(contents: contents, anthropometry: anthropometry)
                if let spill {
                    summary.spillProblems(to: spill)
                    summary.insuredNumbers.spill(to: spill)
                }
                return .accepted(summary)
            case .rejected(let rejection): return .rejected(rejection)
            }
        }
        return Analysis(outcomes: outcomes, targets: targets, units: units, jobs: jobs)
    }
}
