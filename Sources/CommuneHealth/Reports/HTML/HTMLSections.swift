/// The sections of a province that loop over the indicators with a card, a chart or a table each:
/// the headline, the bar charts, the communes that miss a target, the trends.
extension HTMLPage {
    // MARK: Headline

    mutating func writeHeadline(_ province: ReportContent.Province) {
        html += "<section class=\"headline\" id=\"headline-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3 class=\"visually-hidden\">\(escapeHTML(labels.overviewHeading))</h3>\n"
        for indicator in Indicator.all { html += card(indicator, province) }
        html += "</section>\n"
    }

    /// One indicator of the province: rate, band, interval, counts; verdict and gap against its
    /// target; the change since the first period.
    func card(_ indicator: Indicator, _ province: ReportContent.Province) -> String {
        let l = labels
        let counts = province.latest.figures[indicator]
        let unstable = indicator.isUnstable(counts.asGroup)
        let id = indicator.id.rawValue
        var card = "<div class=\"card \(state(indicator, counts.asGroup)) \(id)\" data-indicator=\"\(id)\">\n"
        card += "<h4>\(escapeHTML(l.name(indicator)))</h4>\n"
        card += "<p class=\"value\">\(escapeHTML(l.percent(counts.rate)))\(qualityMarkTag(indicator, province.latest.figures))"
        card += unstable ? " ~" : ""
        card += "\(bandTag(indicator, counts.rate))</p>\n"
        card += "<p class=\"ci\">\(escapeHTML(l.ci95)) \(escapeHTML(l.interval(counts.interval)))</p>\n"
        card += "<p class=\"counts\">\(escapeHTML(l.casesOf(indicator, counts)))</p>\n"
        if let target = l.target(indicator, targets) {
            let met = targets.meets(indicator, counts)
            card += "<p class=\"verdict\">\(badge(met)) \(escapeHTML(target))</p>\n"
            if met == false {
                card += "<p class=\"gap\">\(escapeHTML(l.gap(indicator, targets.gap(indicator, counts))))</p>\n"
            }
        }
        if unstable { card += "<p class=\"unstable-note\">\(escapeHTML(l.tooFewChildren))</p>\n" }
        if let first = province.history.first, first.period != province.latest.period,
            first.figures[indicator].rate != nil || counts.rate != nil
        {
            card += "<p class=\"trend\">\(escapeHTML(change(indicator, first, province.latest)))</p>\n"
        }
        return card + "</div>\n"
    }

    /// "2023: 84.6% → 2024: 91.6% (+7.0 pp)".
    func change(_ indicator: Indicator, _ first: UnitSummary, _ last: UnitSummary) -> String {
        labels.change(indicator, from: first, to: last)
    }

    // MARK: Bar charts

    mutating func writeCharts(_ province: ReportContent.Province) {
        let l = labels
        html += "<section class=\"charts\" id=\"charts-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.chartsHeading))</h3>\n"
        for indicator in Indicator.all {
            let ranking = content.order(indicator, province.communes)
            let rows = ranking.all.map {
                BarChart.Row(
                    code: $0.commune.code, name: labels.rowName($0), counts: $0.figures[indicator],
                    qualityMark: indicator.carriesQualityMark($0.figures))
            }
            // The line between ranked and unranked communes, when some unranked commune has a rate.
            let unranked = ranking.unranked.contains { $0.figures[indicator].assessed > 0 }
            let chart = BarChart(
                indicator: indicator, rows: rows, unrankedFrom: unranked ? ranking.ranked.count : nil,
                targets: targets, labels: l)
            html += "<figure class=\"chart\" data-indicator=\"\(indicator.id.rawValue)\">\n"
            html += "<figcaption>\(escapeHTML(l.byCommune(indicator, province.period))) — \(escapeHTML(l.sortNote(indicator)))</figcaption>\n"
            // More communes than a page of bars holds: one dot plot (#27, docs/reports.md).
            let dotted = rows.count > BarChart.rowsPerChart && rows.contains { $0.counts.rate != nil }
            html += dotted ? DotPlot(chart: chart).svg() : chart.svg()
            if rows.contains(where: { $0.counts.rate != nil }) { html += legend(indicator, unstable: unranked) }
            if dotted { html += "<p class=\"legend dot-plot-note\">\(escapeHTML(l.dotPlotNote(named: DotPlot.named)))</p>\n" }
            html += "</figure>\n"
        }
        html += "</section>\n"
    }

    func legend(_ indicator: Indicator, unstable: Bool) -> String {
        let l = labels
        var text = "<p class=\"legend\">"
        if targets[indicator.id] != nil {
            text += "<span class=\"swatch meets\"></span>\(escapeHTML(l.legendMeets)) "
            text += "<span class=\"swatch misses\"></span>\(escapeHTML(l.legendMisses)) "
        } else {
            text += "<span class=\"swatch fill \(indicator.id.rawValue)\"></span>\(escapeHTML(l.noTargetLegend)) "
        }
        if unstable { text += "<span class=\"swatch unstable\"></span>\(escapeHTML(l.legendUnstable)) " }
        text += "<span class=\"swatch whisker\"></span>\(escapeHTML(l.legendInterval))"
        if targets[indicator.id] != nil { text += " <span class=\"swatch target\"></span>\(escapeHTML(l.target))" }
        return text + "</p>\n"
    }

    // MARK: Communes that miss a target

    /// A table per indicator with a target; nothing when no indicator has one.
    mutating func writeMisses(_ province: ReportContent.Province) {
        let l = labels
        let judged = Indicator.all.filter { targets[$0.id] != nil }
        guard !judged.isEmpty else { return }
        html += "<section class=\"misses\" id=\"misses-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.missesHeading))</h3>\n"
        for indicator in judged {
            html += "<h4>\(escapeHTML(l.missesOf(indicator))) (\(escapeHTML(l.target(indicator, targets) ?? "")))</h4>\n"
            html += missTable(indicator, province)
        }
        html += "</section>\n"
    }

    func missTable(_ indicator: Indicator, _ province: ReportContent.Province) -> String {
        let l = labels
        let misses = content.misses(indicator, province)
        guard !misses.isEmpty else { return "<p class=\"none\">\(escapeHTML(l.noCommuneMisses))</p>\n" }
        var table = "<table class=\"misses\" data-indicator=\"\(indicator.id.rawValue)\">\n<thead><tr>"
        // Without districts (today's map) no District column (#27).
        let headers =
            [l.rank, l.commune] + (province.hasDistricts ? [l.district] : [])
            + [l.short(indicator), l.ci95, l.countedHeading(indicator), l.gapHeading(indicator)]
        let textColumns = province.hasDistricts ? [1, 2] : [1]
        for (index, header) in headers.enumerated() {
            table += textColumns.contains(index) ? "<th>" : "<th class=\"num\">"
            table += "\(escapeHTML(header))</th>"
        }
        table += "</tr></thead>\n"
        if !misses.ranked.isEmpty {
            table += "<tbody class=\"ranked\">\n"
            for (index, summary) in misses.ranked.enumerated() {
                table += missRow(indicator, summary, province, rank: String(index + 1))
            }
            table += "</tbody>\n"
        }
        if !misses.unranked.isEmpty {
            table += "<tbody class=\"unranked\">\n<tr class=\"group-note\"><td colspan=\"\(headers.count)\">~ \(escapeHTML(l.tooFewChildren))</td></tr>\n"
            for summary in misses.unranked { table += missRow(indicator, summary, province, rank: "~") }
            table += "</tbody>\n"
        }
        return table + "</table>\n"
    }

    func missRow(
        _ indicator: Indicator, _ summary: CommuneSummary, _ province: ReportContent.Province,
        rank: String
    ) -> String {
        let l = labels
        let counts = summary.figures[indicator]
        var row = "<tr data-code=\"\(escapeHTML(summary.commune.code))\"><td class=\"num\">\(rank)</td>"
        row += "<td>\(escapeHTML(labels.rowName(summary)))</td>"
        if province.hasDistricts { row += "<td>\(escapeHTML(districtName(summary, province)))</td>" }
        row += "<td class=\"num misses\">\(escapeHTML(l.percent(counts.rate)))\(qualityMarkTag(indicator, summary.figures))"
        row += "\(bandTag(indicator, counts.rate))</td>"
        row += "<td class=\"num ci\">\(escapeHTML(l.interval(counts.interval)))</td>"
        row += "<td class=\"num\">\(l.integer(counts.assessed))</td>"
        row += "<td class=\"num\">\(l.integer(targets.gap(indicator, counts)))</td></tr>\n"
        return row
    }

    // MARK: Trends

    mutating func writeTrends(_ province: ReportContent.Province) {
        let l = labels
        html += "<section class=\"trends\" id=\"trends-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.trendHeading)), \(escapeHTML(l.periodRange(content.periods.first!, content.periods.last!)))</h3>\n"
        html += "<p class=\"legend\">"
        for indicator in Indicator.all {
            html += "<span class=\"swatch line \(indicator.id.rawValue)\"></span>\(escapeHTML(l.short(indicator))) "
        }
        html += "<span class=\"swatch band\"></span>\(escapeHTML(l.legendInterval)) "
        if let line = l.targetsLine(targets) {
            html += "<span class=\"swatch target-neutral\"></span>\(escapeHTML(l.target)): \(escapeHTML(line)) "
        }
        html += "<span class=\"swatch hollow\"></span>\(escapeHTML(l.tooFewChildrenShort))</p>\n"
        html += "<div class=\"trend-grid\">\n"
        let axes = TrendChart.axes([province.history] + province.districtHistories, targets)
        html += trendFigure(
            level: "province", code: province.latest.code,
            name: "\(l.province) \(l.provinceName(province.latest))", history: province.history, axes: axes,
            incomplete: content.incompletePeriods(of: province))
        for history in province.districtHistories {
            html += trendFigure(
                level: "district", code: history.last!.code, name: l.districtName(history.last!),
                history: history, axes: axes)
        }
        html += "</div>\n"
        html += trendCompleteness(province)
        html += "</section>\n"
    }

    func trendFigure(
        level: String, code: String, name: String, history: [UnitSummary], axes: [RateAxis],
        incomplete: Set<PeriodKey> = []
    ) -> String {
        var text = "<figure class=\"trend\" data-level=\"\(level)\" data-code=\"\(escapeHTML(code))\">\n"
        text += "<figcaption>\(escapeHTML(name))</figcaption>\n"
        text += TrendChart(
            periods: content.periods, history: history, targets: targets, labels: labels, axes: axes,
            incomplete: incomplete
        ).svg()
        return text + "</figure>\n"
    }
}
