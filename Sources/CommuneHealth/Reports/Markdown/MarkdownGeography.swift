extension MarkdownWriter {
    /// The map the units are on, under the title, with `--units current` only.
    mutating func writeUnits() {
        guard content.analysis.units == .current else { return }
        text += escapeMarkdown(GeographyLabel.unitsLine(.current).text(labels.language)) + "\n\n"
    }

    /// Under `--units current`: what each row of a legacy period holds.
    mutating func writeTodaysMap(_ province: ReportContent.Province) {
        let rows = content.todaysMapRows(of: province)
        guard !rows.isEmpty else { return }
        let language = labels.language
        text += "### \(escapeMarkdown(GeographyLabel.todaysMapHeading.text(language)))\n\n"
        table(
            content.todaysMapHeaders.map { $0.text(language) }, right: [],
            content.todaysMapTable(of: province, labels).map(\.cells))
    }

    /// After a province's trend tables: what † means and the periods that cover fewer communes.
    mutating func writeTrendCompleteness(_ province: ReportContent.Province) {
        guard let note = content.coverageNote(province, labels) else { return }
        text += escapeMarkdown(GeographyLabel.incompleteLegend.text(labels.language)) + ". " + escapeMarkdown(note) + "\n\n"
    }

    /// In data quality: a row per province and period, then the missing communes of each.
    mutating func writeCompleteness() {
        let l = labels, language = l.language
        let rows = content.analysis.completeness
        text += "### \(escapeMarkdown(GeographyLabel.completenessHeading.text(language)))\n\n"
        guard !rows.isEmpty else {
            text += "\(escapeMarkdown(l.none))\n\n"
            return
        }
        table(
            [
                l.province, GeographyLabel.period.text(language), GeographyLabel.map.text(language),
                GeographyLabel.expected.text(language), GeographyLabel.received.text(language),
                GeographyLabel.completeness.text(language), GeographyLabel.unknownCodes.text(language),
            ],
            right: [3, 4, 5],
            rows.map { row in
                [
                    "\(row.province.name) (\(row.province.code))", l.period(row.period),
                    GeographyLabel.mapName(row.edition).text(language), l.integer(row.expected), l.integer(row.received),
                    l.percent(row.completeness), row.unknown.map(\.description).joined(separator: ", "),
                ]
            })
        for list in content.missingLists(l) {
            text += "**\(escapeMarkdown(list.title + ": "))"
            text += "\(escapeMarkdown(GeographyLabel.missingCount(l.integer(list.missing.count)).text(language)))**: "
            text += escapeMarkdown(list.missing.map(content.missingText).joined(separator: "; ")) + "\n\n"
        }
    }
}
