import ArgumentParser
import CommuneHealth
import Synchronization

/// The progress line on standard error while files are read (docs/progress.md): shown only when
/// standard error is a terminal, so that pipes, files and scripts get exactly the bytes they got
/// before. `--quiet` is a flag of each command, not an `@OptionGroup`: a group costs a `Mirror`
/// of its type and conformance lookups at every start-up (about 1 M instructions, Benchmarks/README.md).
enum ProgressLine {
    static let quietHelp: ArgumentHelp = "Show no progress line on standard error (shown only when it is a terminal)."

    /// The progress line for reading `files`, or nil when none is shown.
    static func start(for files: [String], language: Language, quiet: Bool) -> TerminalProgress? {
        guard !quiet, !files.isEmpty, StandardStream.error.isTerminal else { return nil }
        return TerminalProgress(files: files, labels: Labels(language.reportLanguage))
    }
}

/// Draws the library's progress counts on the terminal: redrawn in place, at most ten times a
/// second (one clock read per file read, none per record), erased by `finish()` before anything
/// else is written to standard error, so that no message is ever written over it.
final class TerminalProgress: Sendable {
    /// What the run reports its files to.
    let counter: ProgressCounter
    private let drawing: Drawing

    /// The meter and when the run started, shared with the counter's observer.
    private final class Drawing: Sendable {
        let meter: Mutex<ProgressMeter>
        let start = CLibrary.monotonicSeconds()

        init(labels: Labels) { meter = Mutex(ProgressMeter(labels: labels)) }

        func draw(_ progress: ReadingProgress) {
            if let text = meter.withLock({ $0.update(progress, elapsed: CLibrary.monotonicSeconds() - start) }) {
                writeAll(text, to: .error)
            }
        }
    }

    init(files: [String], labels: Labels) {
        let drawing = Drawing(labels: labels)
        // Called under the counter's lock: one drawing at a time, counts in order.
        counter = ProgressCounter(files: files) { drawing.draw($0) }
        self.drawing = drawing
    }

    /// Erases the line, if one was drawn.
    func finish() {
        if let text = drawing.meter.withLock({ $0.finish() }) { writeAll(text, to: .error) }
    }
}
