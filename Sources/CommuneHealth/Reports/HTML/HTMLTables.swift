/// The tables of a province with a column per indicator: districts, communes, breakdowns by group.
extension HTMLPage {
    // MARK: Districts and communes

    mutating func writeDistricts(_ province: ReportContent.Province) {
        let l = labels
        guard !province.districts.isEmpty else { return }
        html += "<section class=\"districts\" id=\"districts-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.districtsOf(province.period)))</h3>\n"
        html += "<table class=\"districts\">\n<thead><tr><th>\(escapeHTML(l.district))</th>"
        html += "<th class=\"num\">\(escapeHTML(l.communes))</th>\(indicatorHeaders)</tr></thead>\n<tbody>\n"
        for district in province.districts {
            html += unitRow(
                name: l.districtName(district), code: district.code, communes: district.communes,
                figures: district.figures)
        }
        html += "</tbody>\n<tfoot>\n"
        html += unitRow(
            name: l.provinceName(province.latest), code: province.latest.code,
            communes: province.latest.communes, figures: province.latest.figures)
        html += "</tfoot>\n</table>\n"
        html += "<p class=\"note\">\(escapeHTML(l.tableMarks)). \(escapeHTML(l.unitCellNote))</p>\n"
        html += "</section>\n"
    }

    /// A district or the province: every indicator's rate with its count, interval and gap.
    func unitRow(name: String, code: String, communes: Int, figures f: Figures) -> String {
        var row = "<tr data-code=\"\(escapeHTML(code))\"><td>\(escapeHTML(name))</td>"
        row += "<td class=\"num\">\(labels.integer(communes))</td>"
        for indicator in Indicator.all {
            row += rateCell(indicator, f[indicator].asGroup, detail: true, marked: indicator.carriesQualityMark(f))
        }
        return row + "</tr>\n"
    }

    mutating func writeCommunes(_ province: ReportContent.Province) {
        let l = labels
        guard !province.communes.isEmpty else { return }
        html += "<section class=\"communes\" id=\"communes-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.communesOf(province.period)))</h3>\n"
        html += "<table class=\"communes\">\n<thead><tr><th>\(escapeHTML(l.code))</th><th>\(escapeHTML(l.commune))</th>"
        // Without districts (today's map) no District column (#27).
        let hasDistricts = province.hasDistricts
        html += (hasDistricts ? "<th>\(escapeHTML(l.district))</th>" : "") + "\(indicatorHeaders)</tr></thead>\n<tbody>\n"
        for summary in province.communes {
            html += "<tr data-code=\"\(escapeHTML(summary.commune.code))\"><td>\(escapeHTML(summary.commune.code))</td>"
            html += "<td>\(escapeHTML(labels.rowName(summary)))</td>"
            if hasDistricts { html += "<td>\(escapeHTML(districtName(summary, province)))</td>" }
            for indicator in Indicator.all {
                html += rateCell(
                    indicator, summary.figures[indicator].asGroup, detail: false,
                    marked: indicator.carriesQualityMark(summary.figures))
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n<p class=\"note\">\(escapeHTML(l.tableMarks)).</p>\n</section>\n"
    }

    /// A heading per indicator, its short name.
    var indicatorHeaders: String {
        Indicator.all.map { "<th class=\"num\" data-indicator=\"\($0.id.rawValue)\">\(escapeHTML(labels.short($0)))</th>" }
            .joined()
    }

    /// A rate with `*` when it misses its target, `~` when it is not stable, and its band; with
    /// `detail`, below it the number counted, the 95% interval and the gap to the target.
    /// With `marked`, the data-quality mark right after the rate.
    func rateCell(_ indicator: Indicator, _ count: GroupCount, detail: Bool, marked: Bool = false) -> String {
        let l = labels
        let id = indicator.id.rawValue
        guard count.total > 0 else { return "<td class=\"num nodata\" data-indicator=\"\(id)\">–</td>" }
        let met = targets.meets(indicator, count)
        let unstable = indicator.isUnstable(count)
        var cell = "<td class=\"num rate-cell \(state(indicator, count))\(unstable ? " unstable" : "")\" data-indicator=\"\(id)\">"
        cell += "<span class=\"rate\">\(escapeHTML(l.percent(count.rate)))\(met == false ? "*" : "")\(unstable ? "~" : "")</span>"
        if marked { cell += qualityMarkTag }
        cell += bandTag(indicator, count.rate)
        if detail {
            cell += " <span class=\"n\">n = \(l.integer(count.total))</span>"
            cell += " <span class=\"ci\">\(escapeHTML(l.interval(count.interval)))</span>"
            if met == false {
                cell += " <span class=\"gap\">\(escapeHTML(l.groupGap(indicator, targets.gap(indicator, count))))</span>"
            }
        }
        return cell + "</td>"
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
                    html += breakdownCell(indicator, content.count(breakdown, key, in: unit.figures, shown: columns))
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<p class=\"note\">\(escapeHTML(l.ci95)): \(escapeHTML(l[.note(.wilsonMethod)])). ~ \(escapeHTML(l.groupTooSmall)).</p>\n"
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
}
