/// The end of a rate axis and its tick step: the next tick above `top` (at least 10%), ticks
/// every 2% up to 10%, 5% up to 20%, 10% up to 60%, else every 20%; never beyond 100%. On an
/// axis `length` long, coarser steps until ticks are at least 16 apart.
struct RateAxis {
    private(set) var end: Double
    private(set) var step: Double

    init(top: Double, length: Double = .infinity) {
        let top = min(max(top, 0.1), 1)
        let steps: [(upTo: Double, step: Double)] = [(0.1, 0.02), (0.2, 0.05), (0.6, 0.1)]
        step = steps.first { top <= $0.upTo + 1e-9 }?.step ?? 0.2
        end = Self.end(top, step)
        for coarser in [0.05, 0.1, 0.2, 0.25, 0.5] where coarser > step && length * step / end < 16 {
            step = coarser
            end = Self.end(top, step)
        }
    }

    private static func end(_ top: Double, _ step: Double) -> Double { min(1, ((top / step) - 1e-9).rounded(.up) * step) }

    /// 0, step, 2 step, ... end.
    var ticks: [Double] { (0...Int((end / step).rounded())).map { Double($0) * step } }
}

// MARK: - Bar chart

/// A horizontal bar per commune, worst first, each with its 95% interval and its band, and the
/// target line when the indicator has a target. Bars are green or red against the target, in the
/// indicator's colour without one. More than `rowsPerChart` communes are drawn as several charts,
/// so that each fits an A4 page.
struct BarChart {
    struct Row {
        var code: String
        var name: String
        var counts: IndicatorCounts
        /// The rate carries the data-quality mark (its unit's HAZ score is problematic).
        var qualityMark = false
    }

    static let rowsPerChart = 40
    static let width = 800.0
    static let labelWidth = 184.0
    static let plotX = 190.0
    static let plotWidth = 390.0
    static let bandX = 730.0
    static let rowHeight = 19.0
    static let barHeight = 12.0
    static let top = 26.0
    static let separatorHeight = 20.0

    let indicator: Indicator
    let rows: [Row]
    /// Index in `rows` of the first commune that is not ranked (too few people assessed).
    let unrankedFrom: Int?
    let targets: Targets
    let labels: Labels
    /// 0 to 100% for coverage; otherwise to the next tick above every interval and the target.
    let axis: RateAxis

    init(indicator: Indicator, rows: [Row], unrankedFrom: Int?, targets: Targets, labels: Labels) {
        self.indicator = indicator
        self.rows = rows
        self.unrankedFrom = unrankedFrom
        self.targets = targets
        self.labels = labels
        let highest = rows.compactMap { $0.counts.interval?.high }.max() ?? 0
        axis = RateAxis(top: max(highest, (targets[indicator.id] ?? 0) * 1.25))
    }

    var target: Double? { targets[indicator.id] }

    func x(_ value: Double) -> Double { Self.plotX + Self.plotWidth * min(max(value / axis.end, 0), 1) }

    func svg() -> String {
        guard !rows.isEmpty else { return "<p class=\"none\">\(escapeHTML(labels.noCommune))</p>\n" }
        guard rows.contains(where: { $0.counts.rate != nil }) else { return empty() }
        return stride(from: 0, to: rows.count, by: Self.rowsPerChart)
            .map { chart($0..<min($0 + Self.rowsPerChart, rows.count)) }.joined()
    }

    /// A chart without bars when no commune has a rate: only "No data".
    private func empty() -> String {
        var svg = "<svg class=\"bar-chart empty\" data-indicator=\"\(indicator.id.rawValue)\" xmlns=\"http://www.w3.org/2000/svg\" "
        svg += "viewBox=\"0 0 \(n(Self.width)) 24\" width=\"\(n(Self.width))\" height=\"24\" role=\"img\" "
        svg += "aria-label=\"\(escapeHTML(labels.short(indicator)))\">\n"
        svg += "<line class=\"axis\" x1=\"\(n(Self.plotX))\" y1=\"2\" x2=\"\(n(Self.plotX))\" y2=\"22\"/>"
        svg += "<text class=\"nodata\" x=\"\(n(Self.plotX + 6))\" y=\"16\">\(escapeHTML(labels.noData))</text>\n</svg>\n"
        return svg
    }

    private func chart(_ range: Range<Int>) -> String {
        let hasSeparator = unrankedFrom.map { range.contains($0) } ?? false
        let bottom = Self.top + Double(range.count) * Self.rowHeight + (hasSeparator ? Self.separatorHeight : 0)
        let height = bottom + 22
        var svg = "<svg class=\"bar-chart\" data-indicator=\"\(indicator.id.rawValue)\" xmlns=\"http://www.w3.org/2000/svg\" "
        svg += "viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"\(n(Self.width))\" height=\"\(n(height))\" "
        svg += "role=\"img\" aria-label=\"\(escapeHTML(labels.short(indicator)))\">\n"
        for tick in axis.ticks {
            let tx = x(tick)
            svg += "<line class=\"grid\" x1=\"\(n(tx))\" y1=\"\(n(Self.top - 4))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(tx))\" y=\"\(n(bottom + 14))\" text-anchor=\"middle\">\(escapeHTML(labels.targetPercent(tick)))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(n(Self.plotX))\" y1=\"\(n(Self.top - 4))\" x2=\"\(n(Self.plotX))\" y2=\"\(n(bottom))\"/>\n"
        var y = Self.top
        for index in range {
            if index == unrankedFrom {
                svg += "<line class=\"separator-line\" x1=\"0\" y1=\"\(n(y + 3))\" x2=\"\(n(Self.width))\" y2=\"\(n(y + 3))\"/>"
                svg += "<text class=\"separator\" x=\"\(n(Self.plotX))\" y=\"\(n(y + 15))\">\(escapeHTML(labels.tooFewChildren))</text>\n"
                y += Self.separatorHeight
            }
            svg += row(rows[index], y: y)
            y += Self.rowHeight
        }
        // The target line, over the bars.
        if let target, let text = labels.target(indicator, targets) {
            let tx = x(target)
            svg += "<line class=\"target\" x1=\"\(n(tx))\" y1=\"\(n(Self.top - 8))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            let anchor = tx > Self.plotX + Self.plotWidth - 60 ? "end" : "middle"
            svg += "<text class=\"target-label\" x=\"\(n(tx))\" y=\"\(n(Self.top - 12))\" text-anchor=\"\(anchor)\">\(escapeHTML(text))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func row(_ row: Row, y: Double) -> String {
        let centre = y + Self.rowHeight / 2
        let unstable = indicator.isUnstable(row.counts.asGroup) ? " unstable" : ""
        var name = row.name
        if name.count > 30 { name = String(name.prefix(29)) + "…" }
        var svg = "<text class=\"label\(unstable)\" x=\"\(n(Self.labelWidth))\" y=\"\(n(centre + 4))\" text-anchor=\"end\">"
        svg += "\(escapeHTML(name))\(unstable.isEmpty ? "" : " ~")</text>"
        guard let rate = row.counts.rate else {
            svg +=
                "<text class=\"nodata\" data-code=\"\(escapeHTML(row.code))\" x=\"\(n(Self.plotX + 6))\" y=\"\(n(centre + 4))\">\(escapeHTML(labels.noData))</text>\n"
            return svg
        }
        let state =
            target == nil
            ? "neutral \(indicator.id.rawValue)"
            : (targets.meets(indicator, row.counts) == true ? "meets" : "misses")
        svg += "<rect class=\"bar \(state)\(unstable)\" data-code=\"\(escapeHTML(row.code))\" x=\"\(n(Self.plotX))\" "
        svg += "y=\"\(n(centre - Self.barHeight / 2))\" width=\"\(n(max(x(rate) - Self.plotX, 0.5)))\" height=\"\(n(Self.barHeight))\"/>"
        let interval = row.counts.interval
        if let interval {
            let (x1, x2) = (x(interval.low), x(interval.high))
            svg += "<line class=\"ci\" x1=\"\(n(x1))\" y1=\"\(n(centre))\" x2=\"\(n(x2))\" y2=\"\(n(centre))\"/>"
            svg += "<line class=\"ci\" x1=\"\(n(x1))\" y1=\"\(n(centre - 4))\" x2=\"\(n(x1))\" y2=\"\(n(centre + 4))\"/>"
            svg += "<line class=\"ci\" x1=\"\(n(x2))\" y1=\"\(n(centre - 4))\" x2=\"\(n(x2))\" y2=\"\(n(centre + 4))\"/>"
        }
        return svg + valueAndBand(row, rate: rate, centre: centre, unstable: unstable) + "\n"
    }

    /// The value of a row with its interval, then its band, at the right of the plot (the dot plot's too).
    func valueAndBand(_ row: Row, rate: Double, centre: Double, unstable: String) -> String {
        let marked = row.qualityMark ? " quality-marked" : ""
        var svg = "<text class=\"value\(unstable)\(marked)\" x=\"\(n(Self.plotX + Self.plotWidth + 8))\" y=\"\(n(centre + 4))\">"
        svg += escapeHTML(labels.percent(rate) + (row.qualityMark ? labels.qualityMark : ""))
        svg += " (\(escapeHTML(labels.interval(row.counts.interval))))</text>"
        if let band = indicator.bands?.band(of: rate) {
            svg += "<text class=\"band-label \(band.rawValue)\" x=\"\(n(Self.bandX))\" y=\"\(n(centre + 4))\">"
            svg += "\(escapeHTML(labels.band(indicator, rate)))</text>"
        }
        return svg
    }
}

// MARK: - Dot plot (#27)

/// An indicator over more communes than a bar chart shows on a page (`BarChart.rowsPerChart`): one
/// chart for the whole province, a row per commune in the order of the bars (worst first, the
/// unranked after a line). The `named` worst communes get a row of their own with name, value and
/// band, as the bars; every other commune is a dot with its 95% interval on a row `dotRowHeight`
/// high, its name in a tooltip (`<title>`) and in the table of communes. 140 communes take about
/// 700 pixels: one screen, one A4 page.
struct DotPlot {
    static let named = 10
    static let namedRowHeight = 15.0
    static let dotRowHeight = 4.0
    static let dotRadius = 1.7
    /// Rank numbers at the left, every this many rows of dots.
    static let rankStep = 10

    let chart: BarChart
    /// The left end of the axis: 0, or when every interval and the target lie above 50% (coverage),
    /// the tick below the lowest of them, so that rates near 100% spread out (no bar starts at 0).
    let start: Double
    let axis: RateAxis

    init(chart: BarChart) {
        self.chart = chart
        let lows = chart.rows.compactMap { $0.counts.interval?.low ?? $0.counts.rate } + (chart.target.map { [$0] } ?? [])
        let lowest = lows.min() ?? 0
        if lowest > 0.5 {
            let span = RateAxis(top: 1 - lowest)
            start = max(0, 1 - span.end)
            axis = span
        } else {
            start = 0
            axis = chart.axis
        }
    }

    func x(_ value: Double) -> Double {
        BarChart.plotX + BarChart.plotWidth * min(max((value - start) / axis.end, 0), 1)
    }

    var ticks: [Double] { axis.ticks.map { start + $0 } }

    var indicator: Indicator { chart.indicator }
    var labels: Labels { chart.labels }

    func svg() -> String {
        let rows = chart.rows
        let drawn = rows.indices.filter { rows[$0].counts.rate != nil }
        let named = Set(drawn.prefix(Self.named).filter { index in chart.unrankedFrom.map { index < $0 } ?? true })
        var height = BarChart.top
        var positions: [Int: Double] = [:]
        var separatorY: Double?
        for index in drawn {
            if index >= (chart.unrankedFrom ?? .max), separatorY == nil {
                separatorY = height
                height += BarChart.separatorHeight
            }
            let rowHeight = named.contains(index) ? Self.namedRowHeight : Self.dotRowHeight
            positions[index] = height + rowHeight / 2
            height += rowHeight
        }
        let bottom = height + 4
        let withoutData = rows.count - drawn.count
        let total = bottom + 22 + (withoutData > 0 ? 16 : 0)
        var svg = "<svg class=\"dot-plot\" data-indicator=\"\(indicator.id.rawValue)\" data-communes=\"\(rows.count)\" "
        svg += "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(BarChart.width)) \(n(total))\" width=\"\(n(BarChart.width))\" "
        svg += "height=\"\(n(total))\" role=\"img\" aria-label=\"\(escapeHTML(labels.short(indicator)))\">\n"
        for tick in ticks {
            let tx = x(tick)
            svg += "<line class=\"grid\" x1=\"\(n(tx))\" y1=\"\(n(BarChart.top - 4))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(tx))\" y=\"\(n(bottom + 14))\" text-anchor=\"middle\">\(escapeHTML(labels.targetPercent(tick)))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(n(BarChart.plotX))\" y1=\"\(n(BarChart.top - 4))\" x2=\"\(n(BarChart.plotX))\" y2=\"\(n(bottom))\"/>\n"
        if let separatorY {
            svg += "<line class=\"separator-line\" x1=\"0\" y1=\"\(n(separatorY + 3))\" x2=\"\(n(BarChart.width))\" y2=\"\(n(separatorY + 3))\"/>"
            svg += "<text class=\"separator\" x=\"\(n(BarChart.plotX))\" y=\"\(n(separatorY + 15))\">\(escapeHTML(labels.tooFewChildren))</text>\n"
        }
        for (rank, index) in drawn.enumerated() {
            let y = positions[index]!
            if !named.contains(index), (rank + 1) % Self.rankStep == 0 {
                svg += "<text class=\"tick rank\" x=\"\(n(BarChart.plotX - 6))\" y=\"\(n(y + 3))\" text-anchor=\"end\">\(rank + 1)</text>\n"
            }
            svg += named.contains(index) ? namedRow(rows[index], y: y) : dot(rows[index], y: y)
        }
        if let target = chart.target, let text = labels.target(indicator, chart.targets) {
            let tx = x(target)
            svg += "<line class=\"target\" x1=\"\(n(tx))\" y1=\"\(n(BarChart.top - 8))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            let anchor = tx > BarChart.plotX + BarChart.plotWidth - 60 ? "end" : "middle"
            svg += "<text class=\"target-label\" x=\"\(n(tx))\" y=\"\(n(BarChart.top - 12))\" text-anchor=\"\(anchor)\">\(escapeHTML(text))</text>\n"
        }
        if withoutData > 0 {
            svg += "<text class=\"nodata\" x=\"\(n(BarChart.plotX))\" y=\"\(n(bottom + 32))\">"
            svg += "\(escapeHTML(labels.noData)): \(escapeHTML(labels.communeCount(withoutData)))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func state(_ row: BarChart.Row) -> String {
        let unstable = indicator.isUnstable(row.counts.asGroup) ? " unstable" : ""
        guard chart.target != nil else { return "neutral \(indicator.id.rawValue)" + unstable }
        return (chart.targets.meets(indicator, row.counts) == true ? "meets" : "misses") + unstable
    }

    /// "Xã Lũng Phìn: 47.4% (35.0–60.2%)".
    private func text(_ row: BarChart.Row) -> String {
        row.name + ": " + labels.percent(row.counts.rate) + (row.qualityMark ? labels.qualityMark : "")
            + " (" + labels.interval(row.counts.interval) + ")"
    }

    private func interval(_ row: BarChart.Row, y: Double, whiskers: Bool) -> String {
        guard let interval = row.counts.interval else { return "" }
        let (x1, x2) = (x(interval.low), x(interval.high))
        var svg = "<line class=\"ci\(whiskers ? "" : " thin")\" x1=\"\(n(x1))\" y1=\"\(n(y))\" x2=\"\(n(x2))\" y2=\"\(n(y))\"/>"
        if whiskers {
            svg += "<line class=\"ci\" x1=\"\(n(x1))\" y1=\"\(n(y - 4))\" x2=\"\(n(x1))\" y2=\"\(n(y + 4))\"/>"
            svg += "<line class=\"ci\" x1=\"\(n(x2))\" y1=\"\(n(y - 4))\" x2=\"\(n(x2))\" y2=\"\(n(y + 4))\"/>"
        }
        return svg
    }

    /// One of the worst: its name, its dot with whiskers, its value and band.
    private func namedRow(_ row: BarChart.Row, y: Double) -> String {
        let rate = row.counts.rate!
        let unstable = indicator.isUnstable(row.counts.asGroup) ? " unstable" : ""
        var name = row.name
        if name.count > 30 { name = String(name.prefix(29)) + "…" }
        var svg = "<g class=\"named\" data-code=\"\(escapeHTML(row.code))\">"
        svg += "<text class=\"label\(unstable)\" x=\"\(n(BarChart.labelWidth))\" y=\"\(n(y + 4))\" text-anchor=\"end\">"
        svg += "\(escapeHTML(name))\(unstable.isEmpty ? "" : " ~")</text>"
        svg += interval(row, y: y, whiskers: true)
        svg += "<circle class=\"dot \(state(row))\" cx=\"\(n(x(rate)))\" cy=\"\(n(y))\" r=\"3.5\"/>"
        return svg + chart.valueAndBand(row, rate: rate, centre: y, unstable: unstable) + "</g>\n"
    }

    /// Any other commune: a dot and its interval, its name and value in a tooltip.
    private func dot(_ row: BarChart.Row, y: Double) -> String {
        let rate = row.counts.rate!
        var svg = "<g class=\"dot-row\" data-code=\"\(escapeHTML(row.code))\"><title>\(escapeHTML(text(row)))</title>"
        svg += interval(row, y: y, whiskers: false)
        svg += "<circle class=\"dot \(state(row))\" cx=\"\(n(x(rate)))\" cy=\"\(n(y))\" r=\"\(n(Self.dotRadius))\"/>"
        return svg + "</g>\n"
    }
}

extension Labels {
    /// The note under a dot plot.
    func dotPlotNote(named: Int) -> String { self[.layout(.dotPlotNote(named: integer(named)))] }
}

// MARK: - Trend chart

/// Every indicator of one unit over the periods, a line each in its colour; the indicators with
/// a target also have their 95% band and their target line. Residents' indicators (coverage) and
/// children's growth each have a panel with its own axis, so that rates near 100% and near 5%
/// can both be read.
struct TrendChart {
    struct Panel {
        var indicators: [Indicator]
        var top: Double
        var bottom: Double
        var axis: RateAxis

        func y(_ value: Double) -> Double { bottom - (bottom - top) * min(max(value / axis.end, 0), 1) }
    }

    var periods: [PeriodKey]
    var history: [UnitSummary]
    var targets: Targets
    var labels: Labels
    /// The axis of each panel of `layout`, shared by the charts of a province (`axes(_:_:)`).
    var axes: [RateAxis]
    /// The periods whose reporting is incomplete (docs/spec/geography-v1.md §4): shaded, their tick marked †.
    var incomplete: Set<PeriodKey> = []

    static let width = 340.0
    static let left = 38.0
    static let right = 292.0
    static let top = 12.0
    static let panelGap = 26.0
    /// The panels, top to bottom, with their plot heights.
    static let layout: [(indicators: [Indicator], height: Double)] = [
        (Indicator.all.filter { !$0.isGrowth }, 72), (Indicator.growth, 120),
    ]

    func x(_ index: Int) -> Double {
        guard periods.count > 1 else { return (Self.left + Self.right) / 2 }
        let inset = 16.0
        return Self.left + inset + (Self.right - Self.left - 2 * inset) * Double(index) / Double(periods.count - 1)
    }

    var panels: [Panel] {
        var top = Self.top
        return zip(Self.layout, axes).filter { !$0.0.indicators.isEmpty }.map { part, axis in
            defer { top += part.height + Self.panelGap }
            return Panel(indicators: part.indicators, top: top, bottom: top + part.height, axis: axis)
        }
    }

    /// The axis of each panel over every unit of `histories`: above every rate, every drawn band
    /// and every target of its indicators, so that the charts of a province compare.
    static func axes(_ histories: [[UnitSummary]], _ targets: Targets) -> [RateAxis] {
        layout.map { part in
            var top = 0.0
            for indicator in part.indicators {
                let target = targets[indicator.id]
                for unit in histories.joined() {
                    let counts = unit.figures[indicator]
                    guard let rate = counts.rate else { continue }
                    top = max(top, target == nil ? rate : counts.interval?.high ?? rate)
                }
                top = max(top, target ?? 0)
            }
            return RateAxis(top: top, length: part.height)
        }
    }

    func svg() -> String {
        let panels = self.panels
        let bottom = panels.last?.bottom ?? Self.top
        let height = bottom + 26
        var svg = "<svg class=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" "
        svg += "width=\"\(n(Self.width))\" height=\"\(n(height))\" role=\"img\" "
        svg += "aria-label=\"\(escapeHTML(Indicator.all.map(labels.short).joined(separator: ", ")))\">\n"
        svg += incompleteShading(bottom: bottom)
        for panel in panels { svg += draw(panel) }
        for (index, period) in periods.enumerated() {
            let mark = incomplete.contains(period) ? " " + GeographyLabel.incompleteMark.text(labels.language) : ""
            svg += "<text class=\"tick\" x=\"\(n(x(index)))\" y=\"\(n(bottom + 14))\" text-anchor=\"middle\">\(escapeHTML(labels.period(period) + mark))</text>"
        }
        return svg + "\n</svg>\n"
    }

    /// A shaded column behind each incomplete period, from the top panel to the axis.
    private func incompleteShading(bottom: Double) -> String {
        let half = periods.count > 1 ? min(14, (x(1) - x(0)) / 2) : 14
        return periods.indices.filter { incomplete.contains(periods[$0]) }.map { index in
            "<rect class=\"incomplete\" data-period=\"\(escapeHTML(labels.period(periods[index])))\" x=\"\(n(x(index) - half))\" "
                + "y=\"\(n(Self.top - 4))\" width=\"\(n(2 * half))\" height=\"\(n(bottom - Self.top + 4))\" "
                + "fill=\"#f6ecd2\" stroke=\"#d9c38f\" stroke-dasharray=\"3 2\" stroke-width=\"0.6\"/>\n"
        }.joined()
    }

    /// A panel: its grid, its series and its target lines, labelled at the right.
    private func draw(_ panel: Panel) -> String {
        var svg = ""
        for tick in panel.axis.ticks {
            let ty = panel.y(tick)
            svg += "<line class=\"grid\" x1=\"\(n(Self.left))\" y1=\"\(n(ty))\" x2=\"\(n(Self.right))\" y2=\"\(n(ty))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(Self.left - 4))\" y=\"\(n(ty + 3.5))\" text-anchor=\"end\">\(escapeHTML(labels.targetPercent(tick)))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(n(Self.left))\" y1=\"\(n(panel.bottom))\" x2=\"\(n(Self.right))\" y2=\"\(n(panel.bottom))\"/>\n"
        let pointLabels = self.pointLabels(panel)
        for (index, indicator) in panel.indicators.enumerated() {
            svg += series(indicator, panel, labels: pointLabels[index])
        }
        for indicator in panel.indicators {
            guard let target = targets[indicator.id], let text = labels.targetShort(indicator, targets) else { continue }
            let (ty, id) = (panel.y(target), indicator.id.rawValue)
            svg += "<line class=\"target \(id)\" x1=\"\(n(Self.left))\" y1=\"\(n(ty))\" x2=\"\(n(Self.right))\" y2=\"\(n(ty))\"/>"
            svg += "<text class=\"target-label \(id)\" x=\"\(n(Self.right + 4))\" y=\"\(n(ty + 3.5))\">\(escapeHTML(text))</text>\n"
        }
        return svg
    }

    /// The periods of `history` that the indicator has a rate in: x, rate, interval, counts.
    /// `marked`: the rate carries the data-quality mark.
    private func points(_ indicator: Indicator) -> [(x: Double, rate: Double, counts: IndicatorCounts, marked: Bool)] {
        history.compactMap { unit in
            guard let index = periods.firstIndex(of: unit.period), let rate = unit.figures[indicator].rate else { return nil }
            return (x(index), rate, unit.figures[indicator], indicator.carriesQualityMark(unit.figures))
        }
    }

    /// One indicator as a group: its 95% band (with a target), its line, its points and their labels.
    private func series(_ indicator: Indicator, _ panel: Panel, labels pointLabels: [(x: Double, y: Double, text: String)]) -> String {
        let id = indicator.id.rawValue
        var svg = "<g class=\"series-group \(id)\" data-indicator=\"\(id)\">\n"
        let present = points(indicator)
        if targets[indicator.id] != nil {
            let bands = present.compactMap { p in p.counts.interval.map { (x: p.x, interval: $0) } }
            if !bands.isEmpty && bands.count == present.count {
                let corners: [(Double, Double)] =
                    bands.count == 1
                    ? [
                        (bands[0].x - 6, bands[0].interval.high), (bands[0].x + 6, bands[0].interval.high),
                        (bands[0].x + 6, bands[0].interval.low), (bands[0].x - 6, bands[0].interval.low),
                    ]
                    : bands.map { ($0.x, $0.interval.high) } + bands.reversed().map { ($0.x, $0.interval.low) }
                let points = corners.map { "\(n($0.0)),\(n(panel.y($0.1)))" }.joined(separator: " ")
                svg += "<polygon class=\"ci-band \(id)\" points=\"\(points)\"/>\n"
            }
        }
        if !present.isEmpty {
            svg += "<polyline class=\"series \(id)\" points=\"\(present.map { "\(n($0.x)),\(n(panel.y($0.rate)))" }.joined(separator: " "))\"/>\n"
        }
        for point in present {
            let unstable = (indicator.isUnstable(point.counts.asGroup) ? " unstable" : "") + (point.marked ? " quality-problematic" : "")
            svg += "<circle class=\"point \(id)\(unstable)\" cx=\"\(n(point.x))\" cy=\"\(n(panel.y(point.rate)))\" r=\"3\"/>\n"
        }
        for label in pointLabels {
            svg += "<text class=\"point-label \(id)\" x=\"\(n(label.x))\" y=\"\(n(label.y))\" text-anchor=\"middle\">\(escapeHTML(label.text))</text>\n"
        }
        return svg + "</g>\n"
    }

    /// The labels of the points of a panel, per indicator: above each point (below when there is
    /// no room above), every point up to 5 periods, else the first and last; labels of one period
    /// are moved down until they are 10 apart.
    private func pointLabels(_ panel: Panel) -> [[(x: Double, y: Double, text: String)]] {
        var placed: [(series: Int, x: Double, y: Double, text: String)] = []
        for (series, indicator) in panel.indicators.enumerated() {
            let present = points(indicator)
            for (offset, point) in present.enumerated() where present.count <= 5 || offset == 0 || offset == present.count - 1 {
                let py = panel.y(point.rate)
                placed.append(
                    (
                        series, point.x, py - 6 < panel.top ? py + 13 : py - 6,
                        labels.percent(point.rate) + (point.marked ? labels.qualityMark : "")
                    ))
            }
        }
        for column in Set(placed.map(\.x)) {
            let order = placed.indices.filter { placed[$0].x == column }.sorted { (placed[$0].y, $0) < (placed[$1].y, $1) }
            for (previous, next) in zip(order, order.dropFirst()) where placed[next].y < placed[previous].y + 10 {
                placed[next].y = placed[previous].y + 10
            }
        }
        return panel.indicators.indices.map { series in placed.filter { $0.series == series }.map { ($0.x, $0.y, $0.text) } }
    }
}

/// A coordinate with at most one decimal, `.` as the mark: SVG syntax, never localised.
func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
