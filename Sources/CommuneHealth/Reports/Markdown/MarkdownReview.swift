extension ReviewContent {
    static func markdown(_ review: Review, province: String, _ targets: Targets, _ l: Labels) -> String {
        let first = l.period(review.periods.first), last = l.period(review.periods.last)
        var out = "### \(escapeMarkdown(l.reviewHeading(review.periods)))\n\n"
        if nothingComparable(review, province: province) { return out + escapeMarkdown(l.review(.nothingComparable)) + "\n\n" }
        out += escapeMarkdown(l.review(.intro(first: first, last: last))) + "\n\n"
        for block in blocks(review, province: province, targets) {
            let indicator = block.indicator
            out += "#### \(escapeMarkdown(l.name(indicator))) (\(escapeMarkdown(l.target(indicator, targets) ?? "")))\n\n"
            let headers = [
                l.code, l.name, first, last, l.review(.columnChange), l.review(.columnInterval),
                l.review(.columnPeople), l.review(.columnJudgement),
            ]
            out += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
            out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
            for change in block.rows {
                let cells = [
                    change.unit.code, name(change, l), l.percent(change.first?.rate), l.percent(change.last?.rate),
                    change.change.map(l.pointChange) ?? "–", l.changeInterval(change.changeCI),
                    change.changePeople.map(l.signedInteger) ?? "–", l.reviewStatus(change, indicator, targets),
                ]
                out += "| " + cells.map(escapeMarkdown).joined(separator: " | ") + " |\n"
            }
            out += "\n"
            for (heading, changes) in [(l.review(.commendation), block.commendation), (l.review(.attention), block.attention)] {
                out += "**\(escapeMarkdown(heading))**" + (changes.isEmpty ? ": \(escapeMarkdown(l.review(.noneListed)))\n\n" : "\n\n")
                for (place, change) in changes.enumerated() {
                    out += "\(place + 1). " + escapeMarkdown(listItem(change, indicator, targets, l)) + "\n"
                }
                if !changes.isEmpty { out += "\n" }
            }
        }
        return out + escapeMarkdown(l.review(.rankRule)) + "\n\n"
    }
}
