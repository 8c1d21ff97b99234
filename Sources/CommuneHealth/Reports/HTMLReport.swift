/// `analyze --format html`: one self-contained page (inline CSS and SVG, no script, nothing fetched)
/// that opens in any browser and prints on A4.
///
/// Per province, for its latest period: the headline against both targets with the gap in people,
/// a bar chart per indicator over communes (worst first, 95% interval whiskers, target line),
/// the district table, the communes that miss a target, the breakdowns by group; then, when the
/// input holds several periods, a trend chart per province and district. Last, data quality.
public enum HTMLReport {
    public static func render(_ analysis: Analysis, language: Language = .en) -> String {
        var page = Page(content: ReportContent(analysis), labels: Labels(language))
        page.write()
        return page.html
    }
}

/// Escapes text for HTML content and attribute values.
func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}

private struct Page {
    let content: ReportContent
    let labels: Labels
    var html = ""

    var targets: Targets { content.targets }

    init(content: ReportContent, labels: Labels) {
        self.content = content
        self.labels = labels
    }

    mutating func write() {
        let l = labels
        html += "<!DOCTYPE html>\n<html lang=\"\(l.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(escapeHTML(title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        html += "<header class=\"report-header\">\n<h1>\(escapeHTML(l.reportTitle))</h1>\n"
        let span = l.periodRange(content.periods)
        html += "<p class=\"meta\">\(escapeHTML(l.generatedFrom(files: content.fileCount, periods: span))) "
        html += "\(escapeHTML(l.target)): \(escapeHTML(l.coverageShort)) \(escapeHTML(l.coverageTargetShort(targets))), "
        html += "\(escapeHTML(l.stuntingShort)) \(escapeHTML(l.stuntingTargetShort(targets))).</p>\n"
        html += "<p class=\"meta\">\(escapeHTML(countsLine))</p>\n</header>\n<main>\n"
        if content.provinces.isEmpty { html += "<p class=\"empty\">\(escapeHTML(l.noCommune))</p>\n" }
        for province in content.provinces { writeProvince(province) }
        writeQuality()
        html += "</main>\n<footer>\n<p class=\"note\">\(escapeHTML(l.wilsonNote))</p>\n"
        html += "<p class=\"note\">\(escapeHTML(l.gapNote(targets) ?? "")) \(escapeHTML(l.tooFewChildren.prefix(1).uppercased() + l.tooFewChildren.dropFirst())).</p>\n"
        html += "</footer>\n</body>\n</html>\n"
    }

    var title: String {
        let names = content.provinces.map { labels.provinceName($0.latest) }.joined(separator: ", ")
        return names.isEmpty ? labels.reportTitle : "\(labels.reportTitle): \(names)"
    }

    var countsLine: String { labels.countsLine(content.analysis) }

    // MARK: Province

    mutating func writeProvince(_ province: ReportContent.Province) {
        let l = labels
        let unit = province.latest
        let id = province.latest.code
        html += "<section class=\"province\" id=\"province-\(escapeHTML(id))\" data-period=\"\(escapeHTML(l.period(unit.period)))\">\n"
        html += "<h2>\(escapeHTML(l.provinceName(unit))) (\(escapeHTML(unit.code))), \(escapeHTML(l.periodLong(unit.period))) · "
        html += "\(escapeHTML(l.communeCount(unit.communes)))</h2>\n"
        writeHeadline(province)
        writeCharts(province)
        writeDistricts(province)
        writeMisses(province)
        writeBreakdowns(province)
        if content.hasSeveralPeriods { writeTrends(province) }
        html += "</section>\n"
    }

    mutating func writeHeadline(_ province: ReportContent.Province) {
        let l = labels
        let f = province.latest.figures
        let first = province.history.first!
        html += "<section class=\"headline\" id=\"headline-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3 class=\"visually-hidden\">\(escapeHTML(l.overviewHeading))</h3>\n"
        // Coverage card.
        let coverageMet = targets.meetsCoverage(f)
        html += "<div class=\"card \(stateClass(coverageMet))\" data-indicator=\"coverage\">\n"
        html += "<h4>\(escapeHTML(l.coverageName))</h4>\n"
        html += "<p class=\"value\">\(escapeHTML(l.percent(f.coverage)))</p>\n"
        html += "<p class=\"ci\">\(escapeHTML(l.ci95)) \(escapeHTML(l.interval(f.coverageCI)))</p>\n"
        html += "<p class=\"counts\">\(escapeHTML(l.insuredOf(f.insured, f.population)))</p>\n"
        html += "<p class=\"verdict\">\(badge(coverageMet)) \(escapeHTML(l.coverageTarget(targets)))</p>\n"
        if coverageMet == false {
            html += "<p class=\"gap\">\(escapeHTML(l.residentsToInsure(targets.uninsuredGap(f))))</p>\n"
        }
        if content.hasSeveralPeriods, first.period != province.latest.period {
            html += "<p class=\"trend\">\(escapeHTML(change(first, province.latest, \.coverage)))</p>\n"
        }
        html += "</div>\n"
        // Stunting card.
        let stuntingMet = targets.meetsStunting(f)
        html += "<div class=\"card \(stateClass(stuntingMet))\" data-indicator=\"stunting\">\n"
        html += "<h4>\(escapeHTML(l.stuntingName))</h4>\n"
        html += "<p class=\"value\">\(escapeHTML(l.percent(f.stuntingRate)))</p>\n"
        html += "<p class=\"ci\">\(escapeHTML(l.ci95)) \(escapeHTML(l.interval(f.stuntingRateCI)))</p>\n"
        html += "<p class=\"counts\">\(escapeHTML(l.stuntedOf(f.stunted, f.childrenAssessed, severely: f.severelyStunted)))</p>\n"
        html += "<p class=\"verdict\">\(badge(stuntingMet)) \(escapeHTML(l.stuntingTarget(targets)))</p>\n"
        if stuntingMet == false {
            html += "<p class=\"gap\">\(escapeHTML(l.stuntedAboveLine(targets.stuntedExcess(f), targets)))</p>\n"
        }
        if !f.hasStableStuntingRate && f.childrenAssessed > 0 {
            html += "<p class=\"unstable-note\">\(escapeHTML(l.tooFewChildren))</p>\n"
        }
        if content.hasSeveralPeriods, first.period != province.latest.period {
            html += "<p class=\"trend\">\(escapeHTML(change(first, province.latest, \.stuntingRate)))</p>\n"
        }
        html += "</div>\n</section>\n"
    }

    func change(_ first: UnitSummary, _ last: UnitSummary, _ rate: KeyPath<Figures, Double?>) -> String {
        var text = "\(labels.period(first.period)): \(labels.percent(first.figures[keyPath: rate])) → "
        text += "\(labels.period(last.period)): \(labels.percent(last.figures[keyPath: rate]))"
        if let a = first.figures[keyPath: rate], let b = last.figures[keyPath: rate] {
            text += " (\(labels.pointChange(b - a)))"
        }
        return text
    }

    // MARK: Bar charts

    mutating func writeCharts(_ province: ReportContent.Province) {
        let l = labels
        html += "<section class=\"charts\" id=\"charts-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.chartsHeading))</h3>\n"
        let coverageRows = content.order(.coverage, province.communes).all.map { summary in
            BarChart.Row(code: summary.commune.code, name: summary.commune.name, rate: summary.figures.coverage,
                         interval: summary.figures.coverageCI, meets: targets.meetsCoverage(summary.figures),
                         unstable: false)
        }
        html += "<figure class=\"chart\" data-indicator=\"coverage\">\n"
        html += "<figcaption>\(escapeHTML(l.coverageByCommune(province.period))) — \(escapeHTML(l.coverageSortNote))</figcaption>\n"
        html += BarChart(indicator: .coverage, rows: coverageRows, unrankedFrom: nil, target: targets.coverage,
                         targetLabel: l.coverageTarget(targets), labels: l).svg()
        html += legend(unstable: false)
        html += "</figure>\n"
        let order = content.order(.stunting, province.communes)
        let stuntingRows = (order.ranked + order.unranked).map { summary in
            BarChart.Row(code: summary.commune.code, name: summary.commune.name, rate: summary.figures.stuntingRate,
                         interval: summary.figures.stuntingRateCI, meets: targets.meetsStunting(summary.figures),
                         unstable: !summary.figures.hasStableStuntingRate && summary.figures.childrenAssessed > 0)
        }
        html += "<figure class=\"chart\" data-indicator=\"stunting\">\n"
        html += "<figcaption>\(escapeHTML(l.stuntingByCommune(province.period))) — \(escapeHTML(l.stuntingSortNote))</figcaption>\n"
        html += BarChart(indicator: .stunting, rows: stuntingRows, unrankedFrom: order.unranked.isEmpty ? nil : order.ranked.count,
                         target: targets.stuntingRateBelow, targetLabel: l.stuntingTarget(targets), labels: l).svg()
        html += legend(unstable: !order.unranked.isEmpty)
        html += "</figure>\n</section>\n"
    }

    func legend(unstable: Bool) -> String {
        let l = labels
        var text = "<p class=\"legend\"><span class=\"swatch meets\"></span>\(escapeHTML(l.legendMeets)) "
        text += "<span class=\"swatch misses\"></span>\(escapeHTML(l.legendMisses)) "
        if unstable { text += "<span class=\"swatch unstable\"></span>\(escapeHTML(l.legendUnstable)) " }
        text += "<span class=\"swatch whisker\"></span>\(escapeHTML(l.legendInterval)) "
        text += "<span class=\"swatch target\"></span>\(escapeHTML(l.target))</p>\n"
        return text
    }

    // MARK: Tables

    mutating func writeDistricts(_ province: ReportContent.Province) {
        let l = labels
        guard !province.districts.isEmpty else { return }
        html += "<section class=\"districts\" id=\"districts-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.districtsOf(province.period)))</h3>\n"
        html += "<table class=\"districts\">\n<thead><tr><th>\(escapeHTML(l.district))</th>"
        html += "<th class=\"num\">\(escapeHTML(l.communes))</th><th class=\"num\">\(escapeHTML(l.residents))</th>"
        html += "<th class=\"num\">\(escapeHTML(l.coverageShort))</th><th class=\"num\">\(escapeHTML(l.ci95))</th>"
        html += "<th class=\"num\">\(escapeHTML(l.toInsure))</th><th class=\"num\">\(escapeHTML(l.childrenAssessed))</th>"
        html += "<th class=\"num\">\(escapeHTML(l.stuntingShort))</th><th class=\"num\">\(escapeHTML(l.ci95))</th>"
        html += "<th class=\"num\">\(escapeHTML(l.aboveLine))</th></tr></thead>\n<tbody>\n"
        for district in province.districts {
            html += unitRow(name: l.districtName(district), code: district.code, communes: district.communes,
                            figures: district.figures, cell: "td")
        }
        html += "</tbody>\n<tfoot>\n"
        html += unitRow(name: l.provinceName(province.latest), code: province.latest.code,
                        communes: province.latest.communes, figures: province.latest.figures, cell: "td")
        html += "</tfoot>\n</table>\n"
        if province.districts.contains(where: { !$0.figures.hasStableStuntingRate }) {
            html += "<p class=\"note\">~ \(escapeHTML(l.tooFewChildren))</p>\n"
        }
        html += "</section>\n"
    }

    func unitRow(name: String, code: String, communes: Int, figures f: Figures, cell: String) -> String {
        let l = labels
        let coverageMet = targets.meetsCoverage(f), stuntingMet = targets.meetsStunting(f)
        var row = "<tr data-code=\"\(escapeHTML(code))\"><td>\(escapeHTML(name))</td>"
        row += "<td class=\"num\">\(l.integer(communes))</td><td class=\"num\">\(l.integer(f.population))</td>"
        row += "<td class=\"num \(stateClass(coverageMet))\">\(escapeHTML(l.percent(f.coverage)))</td>"
        row += "<td class=\"num ci\">\(escapeHTML(l.interval(f.coverageCI)))</td>"
        row += "<td class=\"num\">\(coverageMet == false ? l.integer(targets.uninsuredGap(f)) : "–")</td>"
        row += "<td class=\"num\">\(l.integer(f.childrenAssessed))</td>"
        let mark = f.hasStableStuntingRate || f.childrenAssessed == 0 ? "" : " ~"
        row += "<td class=\"num \(stateClass(stuntingMet))\(mark.isEmpty ? "" : " unstable")\">"
        row += "\(escapeHTML(l.percent(f.stuntingRate)))\(mark)</td>"
        row += "<td class=\"num ci\">\(escapeHTML(l.interval(f.stuntingRateCI)))</td>"
        row += "<td class=\"num\">\(stuntingMet == false ? l.integer(targets.stuntedExcess(f)) : "–")</td></tr>\n"
        return row
    }

    mutating func writeMisses(_ province: ReportContent.Province) {
        let l = labels
        html += "<section class=\"misses\" id=\"misses-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.missesHeading))</h3>\n"
        html += "<h4>\(escapeHTML(l.coverageMisses)) (\(escapeHTML(l.coverageTarget(targets))))</h4>\n"
        let coverage = content.misses(.coverage, province).all
        if coverage.isEmpty {
            html += "<p class=\"none\">\(escapeHTML(l.noCommuneMisses))</p>\n"
        } else {
            html += "<table class=\"misses\" data-indicator=\"coverage\">\n<thead><tr><th class=\"num\">\(escapeHTML(l.rank))</th>"
            html += "<th>\(escapeHTML(l.commune))</th><th>\(escapeHTML(l.district))</th>"
            html += "<th class=\"num\">\(escapeHTML(l.coverageShort))</th><th class=\"num\">\(escapeHTML(l.ci95))</th>"
            html += "<th class=\"num\">\(escapeHTML(l.residents))</th><th class=\"num\">\(escapeHTML(l.toInsure))</th></tr></thead>\n<tbody>\n"
            for (index, summary) in coverage.enumerated() {
                let f = summary.figures
                html += "<tr data-code=\"\(escapeHTML(summary.commune.code))\"><td class=\"num\">\(index + 1)</td>"
                html += "<td>\(escapeHTML(summary.commune.name))</td><td>\(escapeHTML(districtName(summary, province)))</td>"
                html += "<td class=\"num misses\">\(escapeHTML(l.percent(f.coverage)))</td>"
                html += "<td class=\"num ci\">\(escapeHTML(l.interval(f.coverageCI)))</td>"
                html += "<td class=\"num\">\(l.integer(f.population))</td>"
                html += "<td class=\"num\">\(l.integer(targets.uninsuredGap(f)))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<h4>\(escapeHTML(l.stuntingMisses)) (\(escapeHTML(l.stuntingTarget(targets))))</h4>\n"
        let stunting = content.misses(.stunting, province)
        if stunting.ranked.isEmpty && stunting.unranked.isEmpty {
            html += "<p class=\"none\">\(escapeHTML(l.noCommuneMisses))</p>\n"
        } else {
            html += "<table class=\"misses\" data-indicator=\"stunting\">\n<thead><tr><th class=\"num\">\(escapeHTML(l.rank))</th>"
            html += "<th>\(escapeHTML(l.commune))</th><th>\(escapeHTML(l.district))</th>"
            html += "<th class=\"num\">\(escapeHTML(l.stuntingShort))</th><th class=\"num\">\(escapeHTML(l.ci95))</th>"
            html += "<th class=\"num\">\(escapeHTML(l.childrenAssessed))</th><th class=\"num\">\(escapeHTML(l.aboveLine))</th></tr></thead>\n"
            if !stunting.ranked.isEmpty {
                html += "<tbody class=\"ranked\">\n"
                for (index, summary) in stunting.ranked.enumerated() {
                    html += stuntingMissRow(summary, province, rank: String(index + 1))
                }
                html += "</tbody>\n"
            }
            if !stunting.unranked.isEmpty {
                html += "<tbody class=\"unranked\">\n<tr class=\"group-note\"><td colspan=\"7\">~ \(escapeHTML(l.tooFewChildren))</td></tr>\n"
                for summary in stunting.unranked { html += stuntingMissRow(summary, province, rank: "~") }
                html += "</tbody>\n"
            }
            html += "</table>\n"
        }
        html += "</section>\n"
    }

    func stuntingMissRow(_ summary: CommuneSummary, _ province: ReportContent.Province, rank: String) -> String {
        let l = labels
        let f = summary.figures
        var row = "<tr data-code=\"\(escapeHTML(summary.commune.code))\"><td class=\"num\">\(rank)</td>"
        row += "<td>\(escapeHTML(summary.commune.name))</td><td>\(escapeHTML(districtName(summary, province)))</td>"
        row += "<td class=\"num misses\">\(escapeHTML(l.percent(f.stuntingRate)))</td>"
        row += "<td class=\"num ci\">\(escapeHTML(l.interval(f.stuntingRateCI)))</td>"
        row += "<td class=\"num\">\(l.integer(f.childrenAssessed))</td>"
        row += "<td class=\"num\">\(l.integer(targets.stuntedExcess(f)))</td></tr>\n"
        return row
    }

    func districtName(_ summary: CommuneSummary, _ province: ReportContent.Province) -> String {
        guard let code = summary.commune.districtCode else { return "–" }
        return summary.commune.districtName ?? province.districtNames[code] ?? code
    }

    // MARK: Breakdowns

    mutating func writeBreakdowns(_ province: ReportContent.Province) {
        let l = labels
        html += "<section class=\"breakdowns\" id=\"breakdowns-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.breakdownsHeading))</h3>\n"
        let units: [(name: String, code: String, level: String, figures: Figures)] =
            [(l.provinceName(province.latest), province.latest.code, "province", province.latest.figures)]
            + province.districts.map { (l.districtName($0), $0.code, "district", $0.figures) }
        for breakdown in Breakdown.all(province.latest.figures) {
            let columns = content.columns(breakdown, province)
            let indicator = breakdown.indicator, dimension = breakdown.dimension
            let target = l.target(indicator, targets).map { " (\($0))" } ?? ""
            html += "<h4>\(escapeHTML(l.dimension(breakdown) + target))</h4>\n"
            html += "<table class=\"breakdown\" data-indicator=\"\(indicator.id.rawValue)\" data-dimension=\"\(dimension.rawValue)\">\n<thead><tr><th></th>"
            for key in columns {
                html += "<th class=\"num\" data-group=\"\(escapeHTML(key ?? ""))\">\(escapeHTML(l.group(dimension, key)))</th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            for unit in units {
                html += "<tr class=\"\(unit.level)\" data-code=\"\(escapeHTML(unit.code))\"><th>\(escapeHTML(unit.name))</th>"
                for key in columns {
                    let count = content.count(breakdown, key, in: unit.figures, shown: columns)
                    html += breakdownCell(indicator, count)
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<p class=\"note\">\(escapeHTML(l.ci95)): 95% Wilson. ~ \(escapeHTML(l.groupTooSmall)).</p>\n"
        html += "</section>\n"
    }

    func breakdownCell(_ indicator: Indicator, _ count: GroupCount) -> String {
        let l = labels
        guard count.total > 0 else { return "<td class=\"num nodata\">–</td>" }
        let met = targets.meets(indicator, count)
        let unstable = indicator.isUnstable(count)
        var cell = "<td class=\"num \(stateClass(met))\(unstable ? " unstable" : "")\">"
        cell += "<span class=\"rate\">\(escapeHTML(l.percent(count.rate)))\(unstable ? " ~" : "")</span> "
        cell += "<span class=\"n\">n = \(l.integer(count.total))</span> "
        cell += "<span class=\"ci\">\(escapeHTML(l.interval(count.interval)))</span>"
        if met == false { cell += " <span class=\"gap\">\(escapeHTML(l.groupGap(indicator, targets.gap(indicator, count))))</span>" }
        return cell + "</td>"
    }

    // MARK: Trends

    mutating func writeTrends(_ province: ReportContent.Province) {
        let l = labels
        html += "<section class=\"trends\" id=\"trends-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.trendHeading)), \(escapeHTML(l.periodRange(content.periods.first!, content.periods.last!)))</h3>\n"
        html += "<p class=\"legend\"><span class=\"swatch coverage-line\"></span>\(escapeHTML(l.coverageShort)) "
        html += "<span class=\"swatch stunting-line\"></span>\(escapeHTML(l.stuntingShort)) "
        html += "<span class=\"swatch band\"></span>\(escapeHTML(l.legendInterval)) "
        html += "<span class=\"swatch target-neutral\"></span>\(escapeHTML(l.target)): \(escapeHTML(l.coverageTargetShort(targets))), "
        html += "\(escapeHTML(l.stuntingTargetShort(targets))) "
        html += "<span class=\"swatch hollow\"></span>\(escapeHTML(l.tooFewChildrenShort))</p>\n"
        html += "<div class=\"trend-grid\">\n"
        html += trendFigure(level: "province", code: province.latest.code,
                            name: "\(l.province) \(l.provinceName(province.latest))", history: province.history)
        for history in province.districtHistories {
            html += trendFigure(level: "district", code: history.last!.code, name: l.districtName(history.last!),
                                history: history)
        }
        html += "</div>\n</section>\n"
    }

    func trendFigure(level: String, code: String, name: String, history: [UnitSummary]) -> String {
        var text = "<figure class=\"trend\" data-level=\"\(level)\" data-code=\"\(escapeHTML(code))\">\n"
        text += "<figcaption>\(escapeHTML(name))</figcaption>\n"
        text += TrendChart(periods: content.periods, history: history, targets: targets, labels: labels).svg()
        return text + "</figure>\n"
    }

    // MARK: Data quality

    mutating func writeQuality() {
        let l = labels
        let analysis = content.analysis
        html += "<section class=\"quality\" id=\"data-quality\">\n<h2>\(escapeHTML(l.qualityHeading))</h2>\n"
        html += "<p>\(escapeHTML(countsLine)); \(escapeHTML(l.qualitySummary(flagged: content.flagged.count, disagreeing: content.disagreements.count, warnings: analysis.warnings.count))).</p>\n"

        html += "<h3>\(escapeHTML(l.rejectedHeading))</h3>\n"
        table("rejected", [l.file, l.line, l.reason], analysis.rejectedFiles.map {
            [file($0.file), num(l.integer($0.line)), text(l.reason($0.reason))]
        })
        html += "<h3>\(escapeHTML(l.supersededHeading))</h3>\n"
        table("superseded", [l.file, l.replacedBy], analysis.supersededFiles.map { [file($0.file), file($0.by)] })
        html += "<h3>\(escapeHTML(l.invalidHeading))</h3>\n"
        table("invalid", [l.file, l.line, l.reason], analysis.invalidRecords.map {
            [file($0.file), num(l.integer($0.line)), text(l.reason($0.reason))]
        })
        html += "<h3>\(escapeHTML(l.flaggedHeading))</h3>\n"
        table("flagged", [l.file, l.line, l.commune, l.period, l.child, l.ageDays, l.heightCm, "HAZ", l.status],
              content.flagged.map { item in
                  let m = item.measurement
                  return [file(item.summary.file), num(l.integer(m.line)), text(item.summary.commune.name),
                          text(l.period(item.summary.period.key)), text(m.childID), num(l.integer(m.ageDays)),
                          num(l.decimal(m.heightCm, places: 1)), num(m.haz.map { l.decimal($0, places: 2) } ?? "–"),
                          text(l.flaggedStatus(m.status))]
              })
        html += "<h3>\(escapeHTML(l.disagreementHeading))</h3>\n"
        table("disagreements", [l.file, l.commune, l.period, l.figure, l.reported, l.computed],
              content.disagreements.flatMap { item in
                  item.differences.map { difference in
                      [file(item.summary.file), text(item.summary.commune.name), text(l.period(item.summary.period.key)),
                       text(l.reportedFigure(difference.name)), num(l.integer(difference.reported)),
                       num(l.integer(difference.computed))]
                  }
              })
        html += "<h3>\(escapeHTML(l.warningsHeading))</h3>\n"
        table("warnings", [l.file, l.line, l.message], analysis.warnings.map {
            [file($0.file), num(l.integer($0.line)), text(l.reason($0.reason))]
        })
        html += "</section>\n"
    }

    /// A file path that may break after each `/` (with `<wbr>`, which adds no text).
    private func file(_ path: String) -> String {
        "<td class=\"file\">" + path.split(separator: "/", omittingEmptySubsequences: false)
            .map { escapeHTML(String($0)) }.joined(separator: "/<wbr>") + "</td>"
    }
    private func num(_ value: String) -> String { "<td class=\"num\">\(escapeHTML(value))</td>" }
    private func text(_ value: String) -> String { "<td>\(escapeHTML(value))</td>" }

    private mutating func table(_ kind: String, _ headers: [String], _ rows: [[String]]) {
        guard !rows.isEmpty else {
            html += "<p class=\"none\" data-list=\"\(kind)\">\(escapeHTML(labels.none))</p>\n"
            return
        }
        html += "<table class=\"quality \(kind)\">\n<thead><tr>"
        for header in headers { html += "<th>\(escapeHTML(header))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.joined() + "</tr>\n" }
        html += "</tbody>\n</table>\n"
    }

    // MARK: Small parts

    func stateClass(_ met: Bool?) -> String {
        switch met {
        case true?: return "meets"
        case false?: return "misses"
        case nil: return "nodata"
        }
    }

    func badge(_ met: Bool?) -> String {
        "<span class=\"badge \(stateClass(met))\">\(escapeHTML(labels.verdict(met)))</span>"
    }

    static let css = """
    @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
    :root { --meets: #2e7d32; --misses: #c62828; --coverage: #1565c0; --stunting: #e65100; --ink: #1a1a1a; --muted: #555; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, "Helvetica Neue", Arial, sans-serif;
           font-size: 10pt; line-height: 1.35; color: var(--ink); margin: 0 auto; max-width: 190mm; padding: 8mm 4mm; background: #fff; }
    h1 { font-size: 17pt; margin: 0 0 2mm; }
    h2 { font-size: 14pt; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; margin: 8mm 0 3mm; break-after: avoid; }
    h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
    h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
    p { margin: 1mm 0; }
    .meta, .note, .legend { color: var(--muted); font-size: 8.5pt; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .headline { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; break-inside: avoid; }
    .card { border: 1px solid #bbb; border-left: 6px solid #777; padding: 3mm 4mm; border-radius: 1mm; }
    .card.meets { border-left-color: var(--meets); }
    .card.misses { border-left-color: var(--misses); }
    .card h4 { margin: 0 0 1mm; font-size: 10.5pt; }
    .card .value { font-size: 26pt; font-weight: 700; margin: 0; line-height: 1.1; }
    .card .gap { font-weight: 700; color: var(--misses); }
    .card .trend, .card .ci, .card .counts { font-size: 9pt; }
    .unstable-note { font-style: italic; font-size: 8.5pt; }
    .badge { display: inline-block; padding: 0 2mm; border-radius: 2mm; color: #fff; font-weight: 700; font-size: 9pt; }
    .badge.meets { background: var(--meets); }
    .badge.misses { background: var(--misses); }
    .badge.nodata { background: #777; }
    table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; }
    th, td { border-bottom: 1px solid #ddd; padding: 0.8mm 1.4mm; text-align: left; vertical-align: top; }
    thead th { background: #eef0f2; font-weight: 600; border-bottom: 1px solid #999; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th.num { white-space: normal; }
    table.districts { font-size: 8pt; }
    table.districts th, table.districts td { padding: 0.7mm 1mm; }
    table.districts td:first-child { min-width: 24mm; }
    td.ci, span.ci { color: var(--muted); }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    tfoot td { font-weight: 700; border-top: 2px solid #999; }
    td.misses { color: var(--misses); font-weight: 600; }
    table.breakdown td.misses { color: inherit; font-weight: normal; }
    table.breakdown td.misses .rate { color: var(--misses); }
    td.unstable { font-style: italic; }
    tr.group-note td { font-style: italic; color: var(--muted); background: #fafafa; }
    table.breakdown td .ci, table.breakdown td .gap { display: block; }
    table.breakdown td .rate { font-weight: 600; }
    table.breakdown td .ci, table.breakdown td .n { font-size: 7.5pt; color: var(--muted); }
    table.breakdown td span.n { margin-left: 0.5mm; }
    table.breakdown td .gap { font-size: 7.5pt; color: var(--misses); font-weight: 600; }
    table.breakdown td.meets .rate { color: var(--meets); }
    table.breakdown tr.province th, table.breakdown tr.province td { background: #f6f7f8; }
    td.file { overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt; }
    figure { margin: 2mm 0 5mm; break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 1mm; }
    svg { max-width: 100%; height: auto; display: block; }
    svg text { font-size: 11px; fill: var(--ink); }
    svg .tick { font-size: 10px; fill: var(--muted); }
    svg .grid { stroke: #e3e3e3; stroke-width: 1; }
    svg .axis { stroke: #999; stroke-width: 1; }
    svg .bar.meets { fill: #66bb6a; }
    svg .bar.misses { fill: #ef5350; }
    svg .bar.unstable { fill-opacity: 0.35; stroke-width: 1; stroke-dasharray: 3 2; }
    svg .bar.unstable.meets { stroke: var(--meets); }
    svg .bar.unstable.misses { stroke: var(--misses); }
    svg .ci { stroke: #333; stroke-width: 1.2; }
    svg .target { stroke: #6a1b9a; stroke-width: 1.6; stroke-dasharray: 5 3; }
    svg .target-label { fill: #6a1b9a; font-size: 10px; font-weight: 600; }
    svg .label.unstable, svg .value.unstable { font-style: italic; }
    svg .separator { fill: var(--muted); font-style: italic; font-size: 10px; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
    svg .separator-line { stroke: #bbb; stroke-dasharray: 2 2; }
    svg .nodata { fill: var(--muted); font-style: italic; }
    svg .series { fill: none; stroke-width: 2; }
    svg .series.coverage, svg .point.coverage { stroke: var(--coverage); }
    svg .series.stunting, svg .point.stunting { stroke: var(--stunting); }
    svg .point.coverage { fill: var(--coverage); }
    svg .point.stunting { fill: var(--stunting); }
    svg .point.unstable { fill: #fff; }
    svg .ci-band.coverage { fill: var(--coverage); fill-opacity: 0.13; }
    svg .ci-band.stunting { fill: var(--stunting); fill-opacity: 0.13; }
    svg .target.coverage { stroke: var(--coverage); }
    svg .target.stunting { stroke: var(--stunting); }
    svg .point-label { font-size: 9px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    svg .target-label.coverage { fill: var(--coverage); }
    svg .target-label.stunting { fill: var(--stunting); }
    svg .point-label.coverage { fill: var(--coverage); }
    svg .point-label.stunting { fill: var(--stunting); }
    .legend .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; vertical-align: -0.5mm; margin: 0 1mm 0 2.5mm; }
    .legend .swatch:first-child { margin-left: 0; }
    .swatch.meets { background: #66bb6a; }
    .swatch.misses { background: #ef5350; }
    .swatch.unstable { background: #fde0df; border: 1px dashed var(--misses); }
    .swatch.whisker { height: 0; border-top: 1.5px solid #333; vertical-align: 0.8mm; }
    .swatch.target { height: 0; border-top: 2px dashed #6a1b9a; vertical-align: 0.8mm; }
    .swatch.target-neutral { height: 0; border-top: 2px dashed #555; vertical-align: 0.8mm; }
    .swatch.coverage-line { height: 0; border-top: 2px solid var(--coverage); vertical-align: 0.8mm; }
    .swatch.stunting-line { height: 0; border-top: 2px solid var(--stunting); vertical-align: 0.8mm; }
    .swatch.band { background: rgba(21, 101, 192, 0.15); }
    .swatch.hollow { width: 2.4mm; height: 2.4mm; border: 1.5px solid var(--stunting); border-radius: 50%; }
    .trend-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; }
    .trend-grid figure { margin: 1mm 0 3mm; }
    .none { color: var(--muted); font-style: italic; }
    footer { margin-top: 8mm; border-top: 1px solid #ccc; padding-top: 2mm; }
    @media print {
      body { padding: 0; max-width: none; }
      .province + .province, .quality { break-before: page; }
    }

    """
}

// MARK: - Charts

/// A horizontal bar per commune, worst first, each with its 95% interval, and the target line.
/// More than `rowsPerChart` communes are drawn as several charts, so that each fits an A4 page.
struct BarChart {
    struct Row {
        var code: String
        var name: String
        var rate: Double?
        var interval: ProportionInterval?
        var meets: Bool?
        var unstable: Bool
    }

    static let rowsPerChart = 40
    static let width = 720.0
    static let labelWidth = 184.0
    static let plotX = 190.0
    static let plotWidth = 390.0
    static let rowHeight = 19.0
    static let barHeight = 12.0
    static let top = 26.0
    static let separatorHeight = 20.0

    var indicator: Indicator
    var rows: [Row]
    /// Index in `rows` of the first commune that is not ranked (fewer than 50 children).
    var unrankedFrom: Int?
    var target: Double
    var targetLabel: String
    var labels: Labels

    /// The right end of the axis: 100% for coverage; for stunting the next tick above every
    /// interval and the target (ticks every 10% up to 60%, else every 20%).
    var scaleMax: Double {
        guard indicator.direction == .below else { return 1 }
        let highest = rows.compactMap { $0.interval?.high }.max() ?? 0
        let top = max(highest, target * 1.25, 0.1)
        let step = top <= 0.6 ? 0.1 : 0.2
        return min(1, ((top / step) - 1e-9).rounded(.up) * step)
    }

    func x(_ value: Double) -> Double { Self.plotX + Self.plotWidth * min(max(value / scaleMax, 0), 1) }

    func svg() -> String {
        guard !rows.isEmpty else { return "<p class=\"none\">\(escapeHTML(labels.noCommune))</p>\n" }
        var chunks: [Range<Int>] = []
        var start = 0
        while start < rows.count {
            chunks.append(start..<min(start + Self.rowsPerChart, rows.count))
            start += Self.rowsPerChart
        }
        return chunks.map(chart).joined()
    }

    private func chart(_ range: Range<Int>) -> String {
        let hasSeparator = unrankedFrom.map { range.contains($0) } ?? false
        let plotHeight = Double(range.count) * Self.rowHeight + (hasSeparator ? Self.separatorHeight : 0)
        let bottom = Self.top + plotHeight
        let height = bottom + 22
        let name = labels.short(indicator)
        var svg = "<svg class=\"bar-chart\" data-indicator=\"\(indicator.id.rawValue)\" xmlns=\"http://www.w3.org/2000/svg\" "
        svg += "viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"\(n(Self.width))\" height=\"\(n(height))\" "
        svg += "role=\"img\" aria-label=\"\(escapeHTML(name))\">\n"
        // Grid and ticks.
        let step = scaleMax <= 0.6 + 1e-9 ? 0.1 : 0.2
        var tick = 0.0
        while tick <= scaleMax + 1e-9 {
            let tx = x(tick)
            svg += "<line class=\"grid\" x1=\"\(n(tx))\" y1=\"\(n(Self.top - 4))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(tx))\" y=\"\(n(bottom + 14))\" text-anchor=\"middle\">\(escapeHTML(labels.targetPercent(tick)))</text>\n"
            tick += step
        }
        svg += "<line class=\"axis\" x1=\"\(n(Self.plotX))\" y1=\"\(n(Self.top - 4))\" x2=\"\(n(Self.plotX))\" y2=\"\(n(bottom))\"/>\n"
        // Rows.
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
        let tx = x(target)
        svg += "<line class=\"target\" x1=\"\(n(tx))\" y1=\"\(n(Self.top - 8))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\"/>"
        let anchor = tx > Self.plotX + Self.plotWidth - 60 ? "end" : "middle"
        svg += "<text class=\"target-label\" x=\"\(n(tx))\" y=\"\(n(Self.top - 12))\" text-anchor=\"\(anchor)\">\(escapeHTML(targetLabel))</text>\n"
        svg += "</svg>\n"
        return svg
    }

    private func row(_ row: Row, y: Double) -> String {
        let centre = y + Self.rowHeight / 2
        let unstable = row.unstable ? " unstable" : ""
        var name = row.name
        if name.count > 30 { name = String(name.prefix(29)) + "…" }
        var svg = "<text class=\"label\(unstable)\" x=\"\(n(Self.labelWidth))\" y=\"\(n(centre + 4))\" text-anchor=\"end\">"
        svg += "\(escapeHTML(name))\(row.unstable ? " ~" : "")</text>"
        guard let rate = row.rate else {
            svg += "<text class=\"nodata\" data-code=\"\(escapeHTML(row.code))\" x=\"\(n(Self.plotX + 6))\" y=\"\(n(centre + 4))\">\(escapeHTML(labels.noData))</text>\n"
            return svg
        }
        let state = row.meets == true ? "meets" : "misses"
        let barTop = centre - Self.barHeight / 2
        svg += "<rect class=\"bar \(state)\(unstable)\" data-code=\"\(escapeHTML(row.code))\" x=\"\(n(Self.plotX))\" y=\"\(n(barTop))\" "
        svg += "width=\"\(n(max(x(rate) - Self.plotX, 0.5)))\" height=\"\(n(Self.barHeight))\"/>"
        if let interval = row.interval {
            let (x1, x2) = (x(interval.low), x(interval.high))
            svg += "<line class=\"ci\" x1=\"\(n(x1))\" y1=\"\(n(centre))\" x2=\"\(n(x2))\" y2=\"\(n(centre))\"/>"
            svg += "<line class=\"ci\" x1=\"\(n(x1))\" y1=\"\(n(centre - 4))\" x2=\"\(n(x1))\" y2=\"\(n(centre + 4))\"/>"
            svg += "<line class=\"ci\" x1=\"\(n(x2))\" y1=\"\(n(centre - 4))\" x2=\"\(n(x2))\" y2=\"\(n(centre + 4))\"/>"
        }
        svg += "<text class=\"value\(unstable)\" x=\"\(n(Self.plotX + Self.plotWidth + 8))\" y=\"\(n(centre + 4))\">"
        svg += "\(escapeHTML(labels.percent(rate))) (\(escapeHTML(labels.interval(row.interval))))</text>\n"
        return svg
    }
}

/// Coverage and stunting of one unit over the periods, with their 95% bands and target lines.
struct TrendChart {
    var periods: [PeriodKey]
    var history: [UnitSummary]
    var targets: Targets
    var labels: Labels

    static let width = 340.0
    static let height = 200.0
    static let left = 38.0
    static let right = 292.0
    static let top = 12.0
    static let bottom = 160.0

    func x(_ index: Int) -> Double {
        guard periods.count > 1 else { return (Self.left + Self.right) / 2 }
        let inset = 16.0
        return Self.left + inset + (Self.right - Self.left - 2 * inset) * Double(index) / Double(periods.count - 1)
    }

    func y(_ value: Double) -> Double { Self.bottom - (Self.bottom - Self.top) * min(max(value, 0), 1) }

    func svg() -> String {
        var svg = "<svg class=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" "
        svg += "width=\"\(n(Self.width))\" height=\"\(n(Self.height))\" role=\"img\" "
        svg += "aria-label=\"\(escapeHTML(labels.coverageShort)), \(escapeHTML(labels.stuntingShort))\">\n"
        for tick in stride(from: 0, through: 100, by: 20) {
            let ty = y(Double(tick) / 100)
            svg += "<line class=\"grid\" x1=\"\(n(Self.left))\" y1=\"\(n(ty))\" x2=\"\(n(Self.right))\" y2=\"\(n(ty))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(Self.left - 4))\" y=\"\(n(ty + 3.5))\" text-anchor=\"end\">\(escapeHTML(labels.targetPercent(Double(tick) / 100)))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(n(Self.left))\" y1=\"\(n(Self.bottom))\" x2=\"\(n(Self.right))\" y2=\"\(n(Self.bottom))\"/>\n"
        for (index, period) in periods.enumerated() {
            svg += "<text class=\"tick\" x=\"\(n(x(index)))\" y=\"\(n(Self.bottom + 14))\" text-anchor=\"middle\">\(escapeHTML(labels.period(period)))</text>"
        }
        svg += "\n"
        let points = history.compactMap { unit -> (index: Int, unit: UnitSummary)? in
            periods.firstIndex(of: unit.period).map { ($0, unit) }
        }
        svg += series("coverage", points: points, rate: \.coverage, interval: \.coverageCI, labelBelow: true)
        svg += series("stunting", points: points, rate: \.stuntingRate, interval: \.stuntingRateCI, labelBelow: false)
        // Target lines, labelled at the right.
        for (kind, value, text) in [("coverage", targets.coverage, labels.coverageTargetShort(targets)),
                                    ("stunting", targets.stuntingRateBelow, labels.stuntingTargetShort(targets))] {
            let ty = y(value)
            svg += "<line class=\"target \(kind)\" x1=\"\(n(Self.left))\" y1=\"\(n(ty))\" x2=\"\(n(Self.right))\" y2=\"\(n(ty))\"/>"
            svg += "<text class=\"target-label \(kind)\" x=\"\(n(Self.right + 4))\" y=\"\(n(ty + 3.5))\">\(escapeHTML(text))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    private func series(_ kind: String, points: [(index: Int, unit: UnitSummary)], rate: KeyPath<Figures, Double?>,
                        interval: KeyPath<Figures, ProportionInterval?>, labelBelow: Bool) -> String {
        let present = points.compactMap { point -> (Double, Double, ProportionInterval?, UnitSummary)? in
            guard let value = point.unit.figures[keyPath: rate] else { return nil }
            return (x(point.index), value, point.unit.figures[keyPath: interval], point.unit)
        }
        guard !present.isEmpty else { return "" }
        var svg = ""
        let bands = present.compactMap { p in p.2.map { (p.0, $0) } }
        if bands.count == present.count {
            var corners: [String]
            if bands.count == 1 {
                let (bx, band) = bands[0]
                corners = ["\(n(bx - 6)),\(n(y(band.high)))", "\(n(bx + 6)),\(n(y(band.high)))",
                           "\(n(bx + 6)),\(n(y(band.low)))", "\(n(bx - 6)),\(n(y(band.low)))"]
            } else {
                corners = bands.map { "\(n($0.0)),\(n(y($0.1.high)))" }
                    + bands.reversed().map { "\(n($0.0)),\(n(y($0.1.low)))" }
            }
            svg += "<polygon class=\"ci-band \(kind)\" points=\"\(corners.joined(separator: " "))\"/>\n"
        }
        svg += "<polyline class=\"series \(kind)\" points=\"\(present.map { "\(n($0.0)),\(n(y($0.1)))" }.joined(separator: " "))\"/>\n"
        let labelEvery = present.count <= 5
        for (offset, point) in present.enumerated() {
            let unstable = kind == "stunting" && !point.3.figures.hasStableStuntingRate ? " unstable" : ""
            svg += "<circle class=\"point \(kind)\(unstable)\" cx=\"\(n(point.0))\" cy=\"\(n(y(point.1)))\" r=\"3\"/>"
            if labelEvery || offset == 0 || offset == present.count - 1 {
                let ly = y(point.1) + (labelBelow ? 13 : -6)
                svg += "<text class=\"point-label \(kind)\" x=\"\(n(point.0))\" y=\"\(n(ly))\" text-anchor=\"middle\">\(escapeHTML(labels.percent(point.1)))</text>"
            }
            svg += "\n"
        }
        return svg
    }
}

/// A coordinate with at most one decimal, `.` as the mark: SVG syntax, never localised.
private func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
