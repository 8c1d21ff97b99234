extension ReviewContent {
    static func table(_ review: Review, province: String, _ targets: Targets, _ l: Labels) -> String {
        let first = l.period(review.periods.first), last = l.period(review.periods.last)
        var out = l.reviewHeading(review.periods) + "\n"
        if nothingComparable(review, province: province) { return out + "  " + l.review(.nothingComparable) + "\n\n" }
        for block in blocks(review, province: province, targets) {
            let indicator = block.indicator
            out += "  \(l.name(indicator)) (\(l.target(indicator, targets) ?? ""))\n"
            out +=
                "  " + TableReport.pad(l.tableCode, 5) + " " + TableReport.pad(l.tableName, 13) + " "
                + TableReport.leftPad(first, 7) + " " + TableReport.leftPad(last, 7) + " "
                + TableReport.leftPad(l.review(.columnChange), 11) + "  " + l.review(.columnInterval) + "\n"
            for change in block.rows {
                out +=
                    "  " + TableReport.pad(change.unit.code, 5) + " " + TableReport.pad(tableName(change, l), 13) + " "
                    + TableReport.leftPad(l.percent(change.first?.rate), 7) + " " + TableReport.leftPad(l.percent(change.last?.rate), 7) + " "
                    + TableReport.leftPad(change.change.map(l.pointChange) ?? "–", 11) + "  "
                    + l.changeInterval(change.changeCI) + "\n"
                out += "      " + l.reviewStatus(change, indicator, targets) + "\n"
            }
            out += list(l.review(.commendation), block.commendation, indicator, targets, l)
            out += list(l.review(.attention), block.attention, indicator, targets, l)
        }
        if review.changes.contains(where: { $0.unit.provinceCode == province && $0.unit.level == .commune && $0.unit.kind != .commune }) {
            out += "  " + GeographyLabel.tableRowMarks.text(l.language) + "\n"
        }
        return out + "  " + l.review(.rankRule) + "\n\n"
    }

    private static func list(
        _ heading: String, _ changes: [UnitChange], _ indicator: Indicator, _ targets: Targets,
        _ l: Labels
    ) -> String {
        var out = "    \(heading):" + (changes.isEmpty ? " \(l.review(.noneListed))\n" : "\n")
        for (place, change) in changes.enumerated() {
            out += "      \(place + 1). \(TerminalText.visible(listItem(change, indicator, targets, l)))\n"
        }
        return out
    }
}
