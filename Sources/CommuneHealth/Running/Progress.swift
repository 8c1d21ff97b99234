import Synchronization

/// How far a run has read its files: files and bytes done of the totals known once the inputs
/// are listed (docs/progress.md).
package struct ReadingProgress: Sendable, Equatable {
    package var filesDone: Int
    package var files: Int
    package var bytesDone: Int
    package var bytes: Int

    package init(filesDone: Int, files: Int, bytesDone: Int, bytes: Int) {
        self.filesDone = filesDone
        self.files = files
        self.bytesDone = bytesDone
        self.bytes = bytes
    }
}

/// Counts the files a parallel run has finished and tells `observer` after each one, under a lock,
/// so that the observer sees the counts in order and is never called twice at once. One lock and
/// one call per file: nothing per record. A run given no counter counts nothing.
public final class ProgressCounter: Sendable {
    private let sizes: [Int]
    private let state: Mutex<ReadingProgress>
    private let observer: @Sendable (ReadingProgress) -> Void

    /// `sizes`: the bytes of each file, in input order.
    package init(sizes: [Int], observer: @escaping @Sendable (ReadingProgress) -> Void) {
        self.sizes = sizes
        state = Mutex(ReadingProgress(filesDone: 0, files: sizes.count, bytesDone: 0, bytes: sizes.reduce(0, +)))
        self.observer = observer
    }

    /// The sizes of `files` from the file system (`stat`; 0 for a file that cannot be read).
    package convenience init(files: [String], observer: @escaping @Sendable (ReadingProgress) -> Void) {
        self.init(sizes: files.map(FileSystem.size), observer: observer)
    }

    /// The totals and what is done so far.
    package var progress: ReadingProgress { state.withLock { $0 } }

    /// The file at `index` of the input is done.
    func fileDone(_ index: Int) {
        state.withLock { progress in
            progress.filesDone += 1
            progress.bytesDone += sizes[index]
            observer(progress)
        }
    }
}

/// The progress line a terminal shows (docs/progress.md), redrawn in place at most every
/// `interval` seconds: `\r`, the line, and `ESC[K` to clear what a longer line left; erased at the
/// end. It decides what to write; the caller owns the terminal and the clock.
package struct ProgressMeter: Sendable {
    package let labels: Labels
    /// The least time between two redraws, in seconds.
    package let interval: Double
    private var lastDraw: Double?

    /// Clears from the cursor to the end of the line.
    static let clearToEnd = "\u{1B}[K"

    package init(labels: Labels, interval: Double = 0.1) {
        self.labels = labels
        self.interval = interval
    }

    /// The line for `progress` after `elapsed` seconds: the rate is the bytes done over the time
    /// so far, the time left the bytes still to read at that rate (rounded up to a second).
    package func line(_ progress: ReadingProgress, elapsed: Double) -> String {
        var rate: Double?
        var left: Int?
        if elapsed > 0 && progress.bytesDone > 0 {
            let perSecond = Double(progress.bytesDone) / elapsed
            rate = perSecond
            left = Int((Double(max(0, progress.bytes - progress.bytesDone)) / perSecond).rounded(.up))
        }
        return labels[
            .count(
                .progress(
                    files: progress.filesDone, of: progress.files, bytes: progress.bytesDone,
                    ofBytes: progress.bytes, bytesPerSecond: rate, secondsLeft: left))]
    }

    /// What to write for `progress` at `elapsed` seconds from the start: the line drawn over the
    /// previous one, or nil when the last redraw is more recent than `interval`.
    package mutating func update(_ progress: ReadingProgress, elapsed: Double) -> String? {
        if let lastDraw, elapsed - lastDraw < interval { return nil }
        lastDraw = elapsed
        return "\r" + line(progress, elapsed: elapsed) + Self.clearToEnd
    }

    /// What erases the line at the end, or nil when none was drawn.
    package mutating func finish() -> String? {
        guard lastDraw != nil else { return nil }
        lastDraw = nil
        return "\r" + Self.clearToEnd
    }
}
