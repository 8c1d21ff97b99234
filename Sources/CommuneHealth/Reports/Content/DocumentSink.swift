/// Where a report for people (Markdown, HTML) goes as it is written: the text is handed to the
/// sink, and emptied, whenever it holds more than `threshold` bytes at a point the writer drains
/// (between rows of a list of problems, after a province), so that neither the problems nor the
/// document is held whole. Without a sink the text is kept whole (`render`).
///
/// A report explains the data-quality mark when its text shows it anywhere: whether text already
/// handed over held it is remembered. A mark never spans two pieces, as the writers drain only
/// after a line.
struct DocumentSink {
    typealias Sink = (UnsafeBufferPointer<UInt8>) -> Void

    /// About a megabyte at a time, as `JSONReport.write`.
    static let defaultThreshold = 1 << 20

    private let sink: Sink?
    private let threshold: Int
    private let mark: String
    private var markHandedOver = false

    init(_ sink: Sink?, threshold: Int = Self.defaultThreshold, mark: String) {
        self.sink = sink
        self.threshold = threshold
        self.mark = mark
    }

    /// Hands `text` over and empties it when it holds more than the threshold.
    mutating func drain(_ text: inout String) {
        guard sink != nil, text.utf8.count > threshold else { return }
        flush(&text)
    }

    /// Hands all of `text` over and empties it (the end of the document); nothing without a sink.
    mutating func flush(_ text: inout String) {
        guard let sink, !text.isEmpty else { return }
        if !markHandedOver && text.contains(mark) { markHandedOver = true }
        text.withUTF8 { sink($0) }
        text.removeAll(keepingCapacity: true)
    }

    /// Whether the document so far, handed over or still in `text`, shows the mark.
    func showsMark(_ text: String) -> Bool { markHandedOver || text.contains(mark) }
}
