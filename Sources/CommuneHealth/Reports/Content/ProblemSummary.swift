/// One problem shown as an example of its kind, at its place: `FILE:LINE: message`.
package enum ProblemExample: Sendable, Equatable {
    case rejection(FileRejection)
    case superseded(SupersededFile)
    case record(InvalidRecord)
    case warning(ReadingWarning)
    /// A measurement used and flagged, in `file`.
    case flagged(file: String, FlaggedMeasurement)

    package var file: String {
        switch self {
        case .rejection(let r): return r.file
        case .superseded(let s): return s.file
        case .record(let r): return r.file
        case .warning(let w): return w.file
        case .flagged(let file, _): return file
        }
    }

    /// nil for a superseded file (the whole file).
    package var line: Int? {
        switch self {
        case .rejection(let r): return r.line
        case .superseded: return nil
        case .record(let r): return r.line
        case .warning(let w): return w.line
        case .flagged(_, let m): return m.line
        }
    }
}

/// Every kind of problem of a run, with how many problems and files it touches and its first
/// examples in the reports' order (#27): what the reports for people and standard error show
/// instead of every problem. Built from the per-file counts, reading back from the spill only
/// the chunks that hold the first `examples` of each kind, one chunk at a time: memory holds at
/// most `examples` problems per kind, however many there are.
package struct ProblemSummary: Sendable {
    package struct Kind: Sendable {
        package var kind: ProblemKind
        /// Problems of the kind (files, for a rejected or superseded file).
        package var count: Int
        /// Files that hold at least one.
        package var files: Int
        /// The first `min(count, cap)`, in the reports' order (a problem repeated at the same line once).
        package var examples: [ProblemExample]
    }

    /// The kinds present, by category (rejected, superseded, invalid, warning, flagged), then the
    /// most frequent first, ties in the order of `ProblemKind`.
    package var kinds: [Kind]
    /// How many examples each kind keeps at most.
    package var cap: Int

    /// How many examples the reports keep of each kind: the HTML report shows the first
    /// `ProblemSummary.shown` and the rest of these behind a collapsed `<details>`.
    package static let kept = 50
    /// How many examples of each kind are shown openly (Markdown, HTML, the table).
    package static let shown = 5

    package var total: Int { kinds.reduce(0) { $0 + $1.count } }

    package func count(of category: ProblemKind.Category) -> Int {
        kinds.filter { $0.kind.category == category }.reduce(0) { $0 + $1.count }
    }

    package init(kinds: [Kind], cap: Int) {
        self.kinds = kinds.sorted {
            ($0.kind.category, -$0.count, $0.kind) < ($1.kind.category, -$1.count, $1.kind)
        }
        self.cap = cap
    }

    package init(_ analysis: Analysis, examples cap: Int = ProblemSummary.kept) {
        var found: [ProblemKind: Kind] = [:]
        func note(_ kind: ProblemKind, count: Int = 1, files: Int = 1) {
            found[kind, default: Kind(kind: kind, count: 0, files: 0, examples: [])].count += count
            found[kind]!.files += files
        }
        // The same problem twice at the same line (a resident with two such cards) is one example.
        func keep(_ kind: ProblemKind, _ example: ProblemExample) -> Bool {
            guard found[kind]!.examples.count < cap, found[kind]!.examples.last != example else { return false }
            found[kind]!.examples.append(example)
            return true
        }
        for rejection in analysis.rejectedFiles {
            let kind = ProblemKind(rejection.reason)
            note(kind)
            _ = keep(kind, .rejection(rejection))
        }
        for superseded in analysis.supersededFiles {
            note(.superseded)
            _ = keep(.superseded, .superseded(superseded))
        }
        for summary in analysis.files {
            for (kind, count) in summary.problems.kindCounts.counts { note(kind, count: count) }
        }
        // The examples: a file's lists are read back only while one of its kinds lacks examples,
        // a chunk at a time.
        for summary in analysis.files {
            let counts = summary.problems.kindCounts
            func wants(_ category: ProblemKind.Category) -> Bool {
                counts.counts.contains { $0.kind.category == category && found[$0.kind]!.examples.count < cap }
            }
            if wants(.invalidRecord) {
                for chunk in summary.problems.chunkCounts(of: .invalidRecords).indices where wants(.invalidRecord) {
                    for record in summary.problems.invalidRecords(file: summary.file, chunk: chunk) {
                        _ = keep(ProblemKind(record.reason), .record(record))
                    }
                }
            }
            if wants(.warning) || counts[.superseded] > 0 {
                for chunk in summary.problems.chunkCounts(of: .warnings).indices
                where wants(.warning) || (counts[.superseded] > 0 && found[.superseded]!.examples.count < cap) {
                    for warning in summary.problems.warnings(file: summary.file, chunk: chunk) {
                        _ = keep(ProblemKind(warning.reason), .warning(warning))
                    }
                }
            }
            if wants(.flaggedMeasurement) {
                for chunk in summary.problems.chunkCounts(of: .flaggedMeasurements).indices where wants(.flaggedMeasurement) {
                    for measurement in summary.problems.flaggedMeasurements(chunk: chunk) {
                        _ = keep(ProblemKind(measurement), .flagged(file: summary.file, measurement))
                    }
                }
            }
        }
        self.init(kinds: Array(found.values), cap: cap)
    }
}
