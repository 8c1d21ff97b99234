/// The problems of a run by kind (#27, docs/problems.md "Problems by kind"): each kind once, with
/// how many problems and files it touches, its first examples at FILE:LINE and where every one is
/// listed, in the table, Markdown and HTML reports and on standard error. JSON, CSV and the
/// workbook list every problem as before.
extension Labels {
    /// "Warning: a card number of unknown form".
    package func kindName(_ kind: ProblemKind) -> String {
        self[.problemKind(.category(kind.category))] + ": " + self[.problemKind(.kind(kind))]
    }

    /// "2,391 in 137 files"; "2 files" for rejected or superseded files.
    package func kindCount(_ kind: ProblemSummary.Kind) -> String {
        self[.problemKind(.count(kind.kind.category, problems: kind.count, files: kind.files))]
    }

    /// Where every problem of the kind is listed.
    package func fullList(_ kind: ProblemKind) -> String { self[.problemKind(.fullList(kind.fullList))] }

    /// `FILE:LINE` (`FILE` for a superseded file, which is whole).
    package func place(_ example: ProblemExample) -> String {
        example.line.map { "\(example.file):\($0)" } ?? example.file
    }

    /// What the example says, without its place.
    package func exampleMessage(_ example: ProblemExample) -> String {
        switch example {
        case .rejection(let r): return reason(r.reason)
        case .superseded(let s): return reason(WarningReason.superseded(by: s.by))
        case .record(let r): return reason(r.reason)
        case .warning(let w): return reason(w.reason)
        case .flagged(_, let m):
            return self[
                .problemKind(
                    .flagged(
                        child: m.childID, ageDays: m.ageDays, heightCm: decimal(m.heightCm, places: 1),
                        haz: m.haz.map { decimal($0, places: 2) } ?? "–", status: m.status))]
        }
    }

    /// `FILE:LINE: message`, as standard error writes a problem (a superseded file as today).
    package func exampleLine(_ example: ProblemExample) -> String {
        if case .superseded(let s) = example { return superseded(s) }
        return place(example) + ": " + exampleMessage(example)
    }

    var problemsByKindHeading: String { self[.problemKind(.heading)] }
    var whereEveryProblemIs: String { self[.problemKind(.whereEveryProblemIs)] }
    /// The table of kinds: the kind, problems, files, where every one is listed.
    var problemKindColumns: [String] {
        [
            self[.problemKind(.kindColumn)], self[.problemKind(.problemsColumn)], self[.problemKind(.filesColumn)],
            self[.problemKind(.fullListColumn)],
        ]
    }
}

extension ProblemSummary {
    /// How many lines standard error gives the problems at most, whatever their number.
    package static let standardErrorLines = 25
    /// Up to this many problems, standard error lists each one as `FILE:LINE: reason`, as before.
    package static let listedOnStandardError = 20

    /// How many rejected files standard error names, each on its line, when the problems are many.
    package static let rejectionsOnStandardError = 10

    /// Standard error's account of the problems when they are too many to list (more than
    /// `listedOnStandardError` rejected, superseded, invalid and warnings), in at most `budget`
    /// lines: first the rejected files of the run (`rejected`, in its order), each as
    /// `FILE:LINE: reason` as before, up to `rejectionsOnStandardError` and a line counting the
    /// rest; then a line saying how many other problems of how many kinds, and per kind (in the
    /// summary's order) a line with its words, counts and where every one is listed, followed by
    /// as many of its first examples (`FILE:LINE: reason`, indented, at most three) as the lines
    /// left allow, one kind at a time in turn; kinds beyond the lines are counted in a last line.
    package func standardErrorLines(
        _ labels: Labels, rejected: [FileRejection],
        budget: Int = ProblemSummary.standardErrorLines
    ) -> [String] {
        var lines = rejected.prefix(Self.rejectionsOnStandardError).map(labels.message)
        if rejected.count > Self.rejectionsOnStandardError {
            lines.append(labels[.problemKind(.moreRejected(rejected.count - Self.rejectionsOnStandardError))])
        }
        let kinds = self.kinds.filter { $0.kind.category != .rejectedFile }
        guard !kinds.isEmpty else { return lines }
        lines.append(labels[.problemKind(.summaryLine(problems: kinds.reduce(0) { $0 + $1.count }, kinds: kinds.count))])
        // Every kind shown needs its line; the kinds that do not fit leave one line to count them.
        let left = budget - lines.count
        var shown = min(kinds.count, left)
        if shown < kinds.count { shown = max(0, left - 1) }
        var examples = Array(repeating: 0, count: shown)
        var room = left - shown - (shown < kinds.count ? 1 : 0)
        // One example to each kind in turn, up to three each, while there is room.
        var given = true
        while room > 0 && given {
            given = false
            for index in 0..<shown where room > 0 && examples[index] < min(3, kinds[index].examples.count) {
                examples[index] += 1
                room -= 1
                given = true
            }
        }
        for (index, kind) in kinds.prefix(shown).enumerated() {
            lines.append("\(labels.kindName(kind.kind)): \(labels.kindCount(kind)); \(labels.fullList(kind.kind))")
            for example in kind.examples.prefix(examples[index]) { lines.append("  " + labels.exampleLine(example)) }
        }
        if shown < kinds.count {
            let rest = kinds[shown...]
            lines.append(labels[.problemKind(.moreKinds(kinds: rest.count, problems: rest.reduce(0) { $0 + $1.count }))])
        }
        return lines
    }
}
