extension ReviewContent {
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
            out += ChangeChart(
                indicator: indicator, rows: block.rows.filter { $0.unit.level == .commune }, targets: targets,
                labels: l, first: first, last: last
            ).svg()
            out += "<table class=\"review-table\" data-indicator=\"\(indicator.id.rawValue)\">\n<thead><tr>"
            let headers = [
                l.code, l.name, first, last, l.review(.columnChange), l.review(.columnInterval),
                l.review(.columnPeople), l.review(.columnJudgement),
            ]
            for (index, header) in headers.enumerated() {
                out += "<th\(index >= 2 && index <= 6 ? " class=\"num\"" : "")>\(escapeHTML(header))</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for change in block.rows {
                let cells = [
                    l.percent(change.first?.rate), l.percent(change.last?.rate), change.change.map(l.pointChange) ?? "–",
                    l.changeInterval(change.changeCI), change.changePeople.map(l.signedInteger) ?? "–",
                ]
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
            let label = "\(change.unit.code) \(ReviewContent.name(change, l))"
            svg +=
                "<text class=\"label\" x=\"\(n(Self.plotX - 8))\" y=\"\(n(cy + 4))\" text-anchor=\"end\">\(escapeHTML(TableReport.pad(label, 28).trimmingTrailingSpaces()))</text>"
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
