import Dispatch
import Synchronization

/// Runs `work` for each index in `0..<count` on up to `jobs` threads and returns the results in
/// index order, whatever order they finish in; `progress` is told of each index done.
package func parallelMap<T: Sendable>(
    count: Int, jobs: Int, progress: ProgressCounter? = nil,
    _ work: @Sendable (Int) -> T
) -> [T] {
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
            progress?.fileDone(index)
        }
    }
    return results.withLock { $0.map { $0! } }
}
