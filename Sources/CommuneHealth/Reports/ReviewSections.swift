/// The 5-year review in the reports for people (docs/review.md): per province and per indicator
/// with a target, a table of every commune and the province (FIRST and LAST rates, the change with
/// its interval, the judgement), the communes to commend and those that need attention, and in
/// HTML a dot-and-arrow chart per commune. Every format loops over `Indicator.all`.
enum ReviewSections {
    /// The review of one province for one indicator.
    struct Block {
        var indicator: Indicator
        /// The communes, then the province.
        var rows: [UnitChange]
        var commendation: [UnitChange]
        var attention: [UnitChange]
    }

    /// The blocks of a province: one per indicator with a target, in the order of `Indicator.all`.
    static func blocks(_ review: Review, province: String, _ targets: Targets) -> [Block] {
        Indicator.all.filter { targets[$0.id] != nil }.map { indicator in
            Block(indicator: indicator,
                  rows: review.changes(.commune, province: province, indicator) + review.changes(.province, province: province, indicator),
                  commendation: review.commendation(province: province, indicator),
                  attention: review.attention(province: province, indicator))
        }
    }

    /// Whether no unit of the province has figures in both periods: the review is then one note.
    static func nothingComparable(_ review: Review, province: String) -> Bool {
        review.changes.allSatisfy { $0.unit.provinceCode != province || $0.incomplete == .onlyFirst || $0.incomplete == .onlyLast }
    }

    /// The name of a row: the commune's, saying when it is a divided legacy commune or an unknown
    /// code (as `Labels.rowName`), or the province's.
    static func name(_ change: UnitChange, _ l: Labels) -> String {
        let name = change.name ?? change.unit.code
        guard change.unit.level == .commune, change.unit.kind != .commune else { return name }
        return name + " " + GeographyLabel.rowKind(change.unit.kind).text(l.language)
    }

    /// The same in the terminal table's narrow column: a mark before the name (`÷`, `?`).
    static func tableName(_ change: UnitChange, _ l: Labels) -> String {
        let name = change.name ?? change.unit.code
        guard change.unit.level == .commune, change.unit.kind != .commune else { return name }
        return GeographyLabel.tableRowMark(change.unit.kind).text(l.language) + name
    }

    /// A commune of a list: `02296 Xã Bình An: −22.0 pp (−33.6 to −9.5), improved, reached the target`.
    static func listItem(_ change: UnitChange, _ indicator: Indicator, _ targets: Targets, _ l: Labels) -> String {
        "\(change.unit.code) \(name(change, l)): \(change.change.map(l.pointChange) ?? "–") "
            + "(\(l.changeInterval(change.changeCI))), \(l.reviewStatus(change, indicator, targets))"
    }

    // MARK: Table

    static func table(_ review: Review, province: String, _ targets: Targets, _ l: Labels) -> String {
        let first = l.period(review.periods.first), last = l.period(review.periods.last)
        var out = l.reviewHeading(review.periods) + "\n"
        if nothingComparable(review, province: province) { return out + "  " + l.review(.nothingComparable) + "\n\n" }
        for block in blocks(review, province: province, targets) {
            let indicator = block.indicator
            out += "  \(l.name(indicator)) (\(l.target(indicator, targets) ?? ""))\n"
            out += "  " + TableReport.pad(l.tableCode, 5) + " " + TableReport.pad(l.tableName, 13) + " "
                + TableReport.leftPad(first, 7) + " " + TableReport.leftPad(last, 7) + " "
                + TableReport.leftPad(l.review(.columnChange), 11) + "  " + l.review(.columnInterval) + "\n"
            for change in block.rows {
                out += "  " + TableReport.pad(change.unit.code, 5) + " " + TableReport.pad(tableName(change, l), 13) + " "
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

    private static func list(_ heading: String, _ changes: [UnitChange], _ indicator: Indicator, _ targets: Targets,
                             _ l: Labels) -> String {
        var out = "    \(heading):" + (changes.isEmpty ? " \(l.review(.noneListed))\n" : "\n")
        for (place, change) in changes.enumerated() {
            out += "      \(place + 1). \(TerminalText.visible(listItem(change, indicator, targets, l)))\n"
        }
        return out
    }

    // MARK: Markdown

    static func markdown(_ review: Review, province: String, _ targets: Targets, _ l: Labels) -> String {
        let first = l.period(review.periods.first), last = l.period(review.periods.last)
        var out = "### \(escapeMarkdown(l.reviewHeading(review.periods)))\n\n"
        if nothingComparable(review, province: province) { return out + escapeMarkdown(l.review(.nothingComparable)) + "\n\n" }
        out += escapeMarkdown(l.review(.intro(first: first, last: last))) + "\n\n"
        for block in blocks(review, province: province, targets) {
            let indicator = block.indicator
            out += "#### \(escapeMarkdown(l.name(indicator))) (\(escapeMarkdown(l.target(indicator, targets) ?? "")))\n\n"
            let headers = [l.code, l.name, first, last, l.review(.columnChange), l.review(.columnInterval),
                           l.review(.columnPeople), l.review(.columnJudgement)]
            out += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
            out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
            for change in block.rows {
                let cells = [change.unit.code, name(change, l), l.percent(change.first?.rate), l.percent(change.last?.rate),
                             change.change.map(l.pointChange) ?? "–", l.changeInterval(change.changeCI),
                             change.changePeople.map(l.signedInteger) ?? "–", l.reviewStatus(change, indicator, targets)]
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

    // MARK: HTML

    static func html(_ review: Review, province: String, _ targets: Targets, _ l: Labels) -> String {
        let first = l.period(review.periods.first), last = l.period(review.periods.last)
        var out = "<section class=\"review\" id=\"review-\(escapeHTML(province))\">\n"
        out += "<h3>\(escapeHTML(l.reviewHeading(review.periods)))</h3>\n"
        if nothingComparable(review, province: province) {
            return out + "<p class=\"note\">\(escapeHTML(l.review(.nothingComparable)))</p>\n</section>\n"
        }
        out += "<p class=\"note\">\(escapeHTML(l.review(.intro(first: first, last: last))))</p>\n"
        for block in blocks(review, province: province, targets) {
            let indicator = block.indicator
            out += "<h4>\(escapeHTML(l.name(indicator))) (\(escapeHTML(l.target(indicator, targets) ?? "")))</h4>\n"
            out += ChangeChart(indicator: indicator, rows: block.rows.filter { $0.unit.level == .commune }, targets: targets,
                               labels: l, first: first, last: last).svg()
            out += "<table class=\"review-table\" data-indicator=\"\(indicator.id.rawValue)\">\n<thead><tr>"
            let headers = [l.code, l.name, first, last, l.review(.columnChange), l.review(.columnInterval),
                           l.review(.columnPeople), l.review(.columnJudgement)]
            for (index, header) in headers.enumerated() {
                out += "<th\(index >= 2 && index <= 6 ? " class=\"num\"" : "")>\(escapeHTML(header))</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for change in block.rows {
                let cells = [l.percent(change.first?.rate), l.percent(change.last?.rate), change.change.map(l.pointChange) ?? "–",
                             l.changeInterval(change.changeCI), change.changePeople.map(l.signedInteger) ?? "–"]
                let kind = change.incomplete != nil ? "incomplete" : change.judgement?.rawValue ?? "none"
                out += "<tr class=\"\(kind)\(change.unit.level == .province ? " total" : "")\"><td>\(escapeHTML(change.unit.code))</td>"
                out += "<td>\(escapeHTML(name(change, l)))</td>"
                for cell in cells { out += "<td class=\"num\">\(escapeHTML(cell))</td>" }
                out += "<td>\(escapeHTML(l.reviewStatus(change, indicator, targets)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            for (heading, changes) in [(l.review(.commendation), block.commendation), (l.review(.attention), block.attention)] {
                out += "<p class=\"review-list\"><strong>\(escapeHTML(heading))</strong>"
                if changes.isEmpty { out += ": \(escapeHTML(l.review(.noneListed)))</p>\n"; continue }
                out += "</p>\n<ol class=\"review-list\">\n"
                for change in changes {
                    out += "<li>" + escapeHTML(listItem(change, indicator, targets, l)) + "</li>\n"
                }
                out += "</ol>\n"
            }
        }
        out += "<p class=\"note\">\(escapeHTML(l.review(.rankRule)))</p>\n</section>\n"
        return out
    }
}

/// One row per commune: a hollow dot at its FIRST rate, an arrow to its LAST rate, green when
/// improved, red when worsened, grey within noise; an incomplete commune shows both dots without
/// an arrow; the target as a vertical line.
struct ChangeChart {
    static let width = 800.0
    static let plotX = 190.0
    static let plotWidth = 420.0
    static let rowHeight = 20.0
    static let top = 26.0

    let indicator: Indicator
    let rows: [UnitChange]
    let targets: Targets
    let labels: Labels
    let first: String
    let last: String

    func svg() -> String {
        guard !rows.isEmpty else { return "" }
        let highest = rows.flatMap { [$0.first?.rate, $0.last?.rate] }.compactMap { $0 }.max() ?? 0
        let axis = indicator.direction == .atLeast ? RateAxis(top: 1) : RateAxis(top: max(highest, (targets[indicator.id] ?? 0) * 1.25))
        // Coverage sits near 100%: its axis starts at the lowest tick below every rate.
        let lowest = rows.flatMap { [$0.first?.rate, $0.last?.rate] }.compactMap { $0 }.min() ?? 0
        let start = indicator.direction == .atLeast ? max(0, ((lowest - 0.01) / 0.05).rounded(.down) * 0.05) : 0
        let span = max(axis.end - start, 0.01)
        func x(_ value: Double) -> Double { Self.plotX + Self.plotWidth * min(max((value - start) / span, 0), 1) }
        let bottom = Self.top + Double(rows.count) * Self.rowHeight
        let height = bottom + 24
        let l = labels
        var svg = "<svg class=\"change-chart\" data-indicator=\"\(indicator.id.rawValue)\" xmlns=\"http://www.w3.org/2000/svg\" "
        svg += "viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"\(n(Self.width))\" height=\"\(n(height))\" role=\"img\" "
        svg += "aria-label=\"\(escapeHTML(l.review(.chartCaption(indicator.id, first: first, last: last))))\">\n"
        let step = span <= 0.1 ? 0.02 : span <= 0.3 ? 0.05 : 0.1
        var tick = start
        while tick <= axis.end + 1e-9 {
            let tx = x(tick)
            svg += "<line class=\"grid\" x1=\"\(n(tx))\" y1=\"\(n(Self.top - 6))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(tx))\" y=\"\(n(bottom + 14))\" text-anchor=\"middle\">\(escapeHTML(l.targetPercent(tick)))</text>\n"
            tick += step
        }
        var y = Self.top
        for change in rows {
            let cy = y + Self.rowHeight / 2
            let label = "\(change.unit.code) \(ReviewSections.name(change, l))"
            svg += "<text class=\"label\" x=\"\(n(Self.plotX - 8))\" y=\"\(n(cy + 4))\" text-anchor=\"end\">\(escapeHTML(TableReport.pad(label, 28).trimmingTrailingSpaces()))</text>"
            let kind = change.incomplete != nil ? "incomplete" : change.judgement?.rawValue ?? "none"
            if let p1 = change.first?.rate {
                svg += "<circle class=\"first \(kind)\" cx=\"\(n(x(p1)))\" cy=\"\(n(cy))\" r=\"4\"/>"
            }
            if let p2 = change.last?.rate {
                if change.incomplete == nil, let p1 = change.first?.rate, abs(x(p2) - x(p1)) > 12 {
                    // A line from the first dot to an arrowhead touching the last dot.
                    let direction: Double = p2 > p1 ? 1 : -1
                    let tip = x(p2) - direction * 4, base = tip - direction * 7
                    svg += "<line class=\"arrow \(kind)\" x1=\"\(n(x(p1) + direction * 4))\" y1=\"\(n(cy))\" x2=\"\(n(base))\" y2=\"\(n(cy))\"/>"
                    svg += "<polygon class=\"head \(kind)\" points=\"\(n(tip)),\(n(cy)) \(n(base)),\(n(cy - 4)) \(n(base)),\(n(cy + 4))\"/>"
                }
                svg += "<circle class=\"last \(kind)\" cx=\"\(n(x(p2)))\" cy=\"\(n(cy))\" r=\"4\"/>"
            }
            let text = change.change.map(l.pointChange) ?? l.review(.incomplete(change.incomplete ?? .onlyFirst))
            svg += "<text class=\"change \(kind)\" x=\"\(n(Self.plotX + Self.plotWidth + 10))\" y=\"\(n(cy + 4))\">"
            svg += "\(escapeHTML(change.change == nil ? TableReport.pad(text, 30).trimmingTrailingSpaces() : text))</text>\n"
            y += Self.rowHeight
        }
        if let target = targets[indicator.id], let text = l.target(indicator, targets), target >= start {
            let tx = x(target)
            svg += "<line class=\"target\" x1=\"\(n(tx))\" y1=\"\(n(Self.top - 10))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            svg += "<text class=\"target-label\" x=\"\(n(tx))\" y=\"\(n(Self.top - 14))\" text-anchor=\"middle\">\(escapeHTML(text))</text>\n"
        }
        return svg + "</svg>\n"
    }
}

extension Labels {
    func review(_ key: ReviewText) -> String { self[.review(key)] }

    /// "5-year review, 2021 to 2025".
    func reviewHeading(_ periods: ComparedPeriods) -> String {
        review(.heading(periods: periodRange(periods.first, periods.last)))
    }

    /// A change's interval in percentage points: `−33.6 to −9.5` / `−33,6 đến −9,5`; a dash without one.
    func changeInterval(_ value: DifferenceInterval?) -> String {
        guard let value else { return "–" }
        func signed(_ x: Double) -> String {
            let text = decimal(x * 100, places: 1)
            return text.hasPrefix("−") || roundHalfAwayFromZero(x * 100, decimals: 1) == 0 ? text : "+" + text
        }
        return review(.changeInterval(low: signed(value.low), high: signed(value.high)))
    }

    /// `+5` / `−22` / `0`.
    func signedInteger(_ value: Int) -> String { value > 0 ? "+" + integer(value) : value < 0 ? "−" + integer(-value) : "0" }

    /// "improved, reached the target", "no clear change, still short, fewer than 50 children…", or why it is incomplete.
    func reviewStatus(_ change: UnitChange, _ indicator: Indicator, _ targets: Targets) -> String {
        if let incomplete = change.incomplete { return review(.incomplete(incomplete)) }
        var parts: [String] = []
        if let judgement = change.judgement { parts.append(review(.judgement(judgement))) }
        if let status = change.targetStatus { parts.append(review(.targetStatus(status))) }
        if let gap = change.gapLast, gap > 0 { parts.append(self.gap(indicator, gap)) }
        if change.fewAssessed { parts.append(review(.fewAssessed)) }
        return parts.isEmpty ? noData : parts.joined(separator: ", ")
    }
}
