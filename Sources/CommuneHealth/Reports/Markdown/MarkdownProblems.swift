extension MarkdownWriter {
    /// The problems by kind: a table of every kind, then per kind its first
    /// `ProblemSummary.shown` examples.
    mutating func writeProblemKinds(_ summary: ProblemSummary) {
        let l = labels
        text += "### \(escapeMarkdown(l.problemsByKindHeading))\n\n"
        guard !summary.kinds.isEmpty else {
            text += "\(escapeMarkdown(l.none))\n\n"
            return
        }
        text += "\(escapeMarkdown(l.whereEveryProblemIs))\n\n"
        tableHeader(l.problemKindColumns, right: [1, 2])
        for kind in summary.kinds {
            tableRow([l.kindName(kind.kind), l.integer(kind.count), l.integer(kind.files), l.fullList(kind.kind)])
        }
        text += "\n"
        for kind in summary.kinds {
            text += "#### \(escapeMarkdown(l.kindName(kind.kind))) · \(escapeMarkdown(l.kindCount(kind)))\n\n"
            for example in kind.examples.prefix(ProblemSummary.shown) {
                text += "- \(escapeMarkdown(l.place(example))): \(escapeMarkdown(l.exampleMessage(example)))\n"
            }
            text += "\n"
            document.drain(&text)
        }
    }
}
