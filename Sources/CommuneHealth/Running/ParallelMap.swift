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
