import Dispatch
import Foundation
import Synchronization

/// Runs `work` for each index in `0..<count` on up to `jobs` threads and returns the results in
/// index order, whatever order they finish in.
public func parallelMap<T: Sendable>(count: Int, jobs: Int, _ work: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let workers = max(1, min(jobs, count))
    // Each result goes to its own slot, under the lock; taking it once per item (a whole file)
    // costs nothing next to the item's work.
    let results = Mutex([T?](repeating: nil, count: count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            if index >= count { return }
            let result = work(index)
            results.withLock { $0[index] = result }
        }
    }
    return results.withLock { $0.map { $0! } }
}

/// The analysis of a set of files: read in parallel, one summary per file, merged in order.
public struct Analyzer: Sendable {
    public var targets: Targets
    public var jobs: Int
    public var reader: ExportReader
    public var anthropometry: Anthropometry

    public init(targets: Targets = .programme2021to2025, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                reader: ExportReader = ExportReader(), anthropometry: Anthropometry = Anthropometry()) {
        self.targets = targets
        self.jobs = jobs
        self.reader = reader
        self.anthropometry = anthropometry
    }

    /// Reads every file once, streaming, and merges the per-file summaries.
    public func analyze(files: [String]) -> Analysis {
        let outcomes = parallelMap(count: files.count, jobs: jobs) { index -> FileSummaryOutcome in
            switch reader.read(path: files[index]) {
            case .accepted(let contents): return .accepted(CommuneSummary(contents: contents, anthropometry: anthropometry))
            case .rejected(let rejection): return .rejected(rejection)
            }
        }
        return Analysis(outcomes: outcomes, targets: targets)
    }
}
