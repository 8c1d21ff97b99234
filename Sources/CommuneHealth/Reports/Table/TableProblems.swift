extension ProblemSummary {
    /// The table report's lines: per kind its name and counts, and the place of its first
    /// example (a path too long for the 80 columns loses its start, `…/2024/x.xml:12`).
    func tableLines(_ labels: Labels) -> String {
        guard !kinds.isEmpty else { return "" }
        var out = labels.problemsByKindHeading + "\n"
        for kind in kinds {
            out += "  \(labels.kindName(kind.kind)): \(labels.kindCount(kind))\n"
            if let first = kind.examples.first {
                let place = labels.place(first), room = TableReport.width - 4
                out += "    " + (place.count > room ? "…" + place.suffix(room - 1) : place) + "\n"
            }
        }
        return out + "\n"
    }
}
