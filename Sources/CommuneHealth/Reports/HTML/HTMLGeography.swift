extension HTMLPage {
    /// The map the units are on, in the header, with `--units current` only.
    var unitsParagraph: String {
        guard content.analysis.units == .current else { return "" }
        return "<p class=\"meta units\" data-units=\"current\">\(escapeHTML(GeographyLabel.unitsLine(.current).text(labels.language)))</p>\n"
    }

    /// Under `--units current`: what each row of a legacy period holds.
    mutating func writeTodaysMap(_ province: ReportContent.Province) {
        let rows = content.todaysMapRows(of: province)
        guard !rows.isEmpty else { return }
        let language = labels.language
        html += "<h3>\(escapeHTML(GeographyLabel.todaysMapHeading.text(language)))</h3>\n<table class=\"todays-map\"><thead><tr>"
        html += content.todaysMapHeaders.map { "<th>\(escapeHTML($0.text(language)))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (row, cells) in content.todaysMapTable(of: province, labels) {
            let map = row.todaysMap!
            let kind = map.divided ? " class=\"divided\"" : map.unknown ? " class=\"unknown\"" : ""
            html += "<tr data-code=\"\(escapeHTML(row.commune.code))\"\(kind)>"
            html += cells.map { "<td>\(escapeHTML($0))</td>" }.joined() + "</tr>\n"
        }
        html += "</tbody></table>\n"
    }

    /// Under a province's trend charts: what † means and the periods that cover fewer communes.
    func trendCompleteness(_ province: ReportContent.Province) -> String {
        guard let note = content.coverageNote(province, labels) else { return "" }
        return
            "<p class=\"note incomplete-note\"><span class=\"swatch incomplete\" style=\"display: inline-block; width: 10px; height: 10px; margin-right: 4px; background: #f6ecd2; border: 1px dashed #d9c38f;\"></span>"
            + "\(escapeHTML(GeographyLabel.incompleteLegend.text(labels.language))). \(escapeHTML(note))</p>\n"
    }

    /// In data quality: a table of provinces and periods, then the missing communes of each.
    mutating func writeCompleteness() {
        let l = labels, language = l.language
        let rows = content.analysis.completeness
        html += "<h3>\(escapeHTML(GeographyLabel.completenessHeading.text(language)))</h3>\n"
        guard !rows.isEmpty else {
            html += "<p class=\"none\" data-list=\"completeness\">\(escapeHTML(l.none))</p>\n"
            return
        }
        html += "<table class=\"completeness\"><thead><tr>"
        for (index, header) in [
            l.province, GeographyLabel.period.text(language), GeographyLabel.map.text(language),
            GeographyLabel.expected.text(language), GeographyLabel.received.text(language),
            GeographyLabel.completeness.text(language), GeographyLabel.unknownCodes.text(language),
        ].enumerated() {
            html += (3...5).contains(index) ? "<th class=\"num\">" : "<th>"
            html += escapeHTML(header) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr data-province=\"\(row.province.code)\" data-period=\"\(escapeHTML(l.period(row.period)))\""
            html += row.isComplete ? ">" : " class=\"incomplete\">"
            html += "<td>\(escapeHTML("\(row.province.name) (\(row.province.code))"))</td><td>\(escapeHTML(l.period(row.period)))</td>"
            html += "<td>\(escapeHTML(GeographyLabel.mapName(row.edition).text(language)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.integer(row.expected)))</td><td class=\"num\">\(escapeHTML(l.integer(row.received)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.percent(row.completeness)))</td>"
            html += "<td>\(escapeHTML(row.unknown.map(\.description).joined(separator: ", ")))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        // Each list collapsed, its communes grouped by district or former district (#27).
        for list in content.missingLists(l) {
            html += "<details class=\"missing\" data-province=\"\(list.province)\" "
            html += "data-periods=\"\(escapeHTML(list.periods.map { l.period($0) }.joined(separator: " ")))\">"
            html += "<summary><strong>\(escapeHTML(list.title + ": "))"
            html += "\(escapeHTML(GeographyLabel.missingCount(l.integer(list.missing.count)).text(language)))</strong></summary>\n"
            for group in content.missingByDistrict(list.missing, l) {
                html += "<p class=\"missing-district\" data-district=\"\(escapeHTML(group.code))\">"
                html += "<strong>\(escapeHTML(group.title)) (\(escapeHTML(l.integer(group.communes.count))))</strong>: "
                html += group.communes.map { "<span class=\"commune\" data-code=\"\($0.code)\">\(escapeHTML("\($0.code) \($0.name)"))</span>" }
                    .joined(separator: "; ")
                html += "</p>\n"
            }
            html += "</details>\n"
        }
    }
}
