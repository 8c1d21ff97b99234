/// The card figures of the HTML report (docs/spec/cards-v1.md): beside the coverage charts, the funding-group
/// mix of the insured as a stacked bar per unit (province, then its districts; inline SVG) and the
/// children under 6 without a card beside coverage; in data quality, the people in two files.
extension HTMLPage {
    /// The colour of each funding group's segment (legend and bars).
    static func cardColour(_ group: FundingGroup) -> String {
        switch group {
        case .employment: return "#1565c0"
        case .socialInsurance: return "#6a1b9a"
        case .stateBudget: return "#2e7d32"
        case .budgetSupported: return "#9e9d24"
        case .household: return "#ef6c00"
        case .unknown: return "#9e9e9e"
        }
    }

    mutating func writeCards(_ province: ReportContent.Province) {
        let l = labels, language = l.language
        let units = CardContent.units(province, l)
        html += "<section class=\"cards-coverage\" id=\"cards-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(CardLabel.fundingGroupsHeading.text(language)))</h3>\n"
        html += "<figure class=\"chart funding-mix\">\n"
        html += "<figcaption>\(escapeHTML(CardLabel.mixNote.text(language)))</figcaption>\n"
        html += fundingMixSVG(units)
        html +=
            "<p class=\"legend\">"
            + FundingGroup.allCases.map { group in
                "<span class=\"legend-item\"><span class=\"swatch\" style=\"display:inline-block;width:3mm;height:3mm;"
                    + "background:\(Self.cardColour(group))\"></span> \(escapeHTML(group.label(language)))</span>"
            }.joined(separator: " ") + "</p>\n</figure>\n"
        html += "<table class=\"cards under6\">\n<thead><tr><th>\(escapeHTML(CardLabel.unit.text(language)))</th>"
        html += "<th>\(escapeHTML(CardLabel.coverageShort.text(language)))</th>"
        html += "<th>\(escapeHTML(CardLabel.under6Residents.text(language)))</th>"
        html += "<th>\(escapeHTML(CardLabel.under6Short.text(language)))</th>"
        html += "<th>%</th></tr></thead>\n<tbody>\n"
        for unit in units {
            let f = unit.figures
            html += "<tr\(unit.isProvince ? " class=\"total\"" : "")><td>\(escapeHTML(unit.name))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.percent(f.coverage)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.integer(f.under6.residents)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.integer(f.under6.uninsured)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.percent(f.under6.rate)))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<p class=\"note\">\(escapeHTML(CardLabel.under6Note.text(language)))</p>\n"
        html += "</section>\n"
    }

    /// One horizontal bar per unit, 100% wide, a segment per funding group in proportion to its
    /// insured residents; each segment's title gives its count and share.
    func fundingMixSVG(_ units: [(name: String, figures: Figures, isProvince: Bool)]) -> String {
        let l = labels
        let labelWidth = 150.0, barWidth = 460.0, rowHeight = 22.0, barHeight = 14.0, countWidth = 70.0
        let width = labelWidth + barWidth + countWidth, height = rowHeight * Double(units.count) + 6
        var svg = "<svg class=\"funding-mix\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\""
        svg += " aria-label=\"\(escapeHTML(CardLabel.fundingGroupsHeading.text(l.language)))\">\n"
        for (index, unit) in units.enumerated() {
            let y = 3 + rowHeight * Double(index)
            let groups = unit.figures.fundingGroups
            svg += "<g class=\"unit\(unit.isProvince ? " total" : "")\">"
            svg += "<text x=\"\(Int(labelWidth - 6))\" y=\"\(number(y + barHeight - 3))\" text-anchor=\"end\" font-size=\"11\""
            svg += unit.isProvince ? " font-weight=\"bold\">" : ">"
            svg += "\(escapeHTML(unit.name))</text>"
            var x = labelWidth
            if groups.total == 0 {
                svg += "<rect x=\"\(Int(labelWidth))\" y=\"\(number(y))\" width=\"\(Int(barWidth))\" height=\"\(Int(barHeight))\""
                svg += " fill=\"none\" stroke=\"#bbb\"/>"
            }
            for group in FundingGroup.allCases {
                guard let share = groups.share(group), groups[group] > 0 else { continue }
                let segment = barWidth * share
                svg += "<rect class=\"segment \(group.rawValue)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(segment))\""
                svg += " height=\"\(Int(barHeight))\" fill=\"\(Self.cardColour(group))\"><title>"
                svg += escapeHTML("\(unit.name) · \(group.label(l.language)): \(l.integer(groups[group])) (\(l.percent(share)))")
                svg += "</title></rect>"
                x += segment
            }
            svg += "<text x=\"\(Int(labelWidth + barWidth + 6))\" y=\"\(number(y + barHeight - 3))\" font-size=\"11\">"
            svg += "\(escapeHTML(l.integer(groups.total)))</text></g>\n"
        }
        return svg + "</svg>\n"
    }

    private func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    mutating func writeDuplicatePeople() {
        let language = labels.language
        let people = content.analysis.duplicatePeople
        html += "<h3>\(escapeHTML(CardLabel.duplicatePeople.text(language)))</h3>\n"
        html += "<p>\(escapeHTML(CardLabel.duplicatePeopleCount(people.count).text(language))). "
        html += "\(escapeHTML(CardLabel.duplicateNote.text(language)))</p>\n"
        guard !people.isEmpty else { return }
        let names = CardContent.communeNames(content.analysis)
        html += "<table class=\"quality duplicate-people\">\n<thead><tr><th>\(escapeHTML(CardLabel.number.text(language)))</th>"
        html += "<th>\(escapeHTML(CardLabel.period.text(language)))</th><th>\(escapeHTML(CardLabel.places.text(language)))</th></tr></thead>\n<tbody>\n"
        for person in people {
            html += "<tr><td>\(person.digits)</td><td>\(escapeHTML(labels.period(person.period)))</td>"
            html += "<td>\(escapeHTML(CardContent.places(person, names)))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
    }
}
