import Dispatch
import Foundation

/// Runs `work` for each index in `0..<count` on up to `jobs` threads and returns the results in
/// index order, whatever order they finish in.
public func parallelMap<T>(count: Int, jobs: Int, _ work: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let workers = max(1, min(jobs, count))
    var results = [T?](repeating: nil, count: count)
    let lock = NSLock()
    var next = 0
    results.withUnsafeMutableBufferPointer { slots in
        let slotsBase = slots
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                if index >= count { return }
                slotsBase[index] = work(index)
            }
        }
    }
    return results.map { $0! }
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
