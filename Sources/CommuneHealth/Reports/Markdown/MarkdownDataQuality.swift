/// The Markdown of the same section: the digits as a table, the districts and the communes.
enum DataQualityMarkdown {
    static func section(
        _ province: ReportContent.Province, labels l: Labels,
        district: (CommuneSummary) -> String?
    ) -> String {
        let table = QualityTable(labels: l)
        var text = "### \(escapeMarkdown(table.label(.heading))), \(escapeMarkdown(l.periodLong(province.period)))\n\n"
        text += "\(escapeMarkdown(table.label(.introduction)))\n\n"
        let digits = DataQuality(province.latest.figures.quality).heightDigits
        text += "#### \(escapeMarkdown(table.label(.digitChartTitle))), \(escapeMarkdown(l.provinceName(province.latest)))\n\n"
        if digits.n > 0 {
            text += "| \(escapeMarkdown(table.label(.digitAxis))) |" + (0...9).map { " \(l.decimalMark)\($0) |" }.joined() + "\n"
            text += "| --- |" + String(repeating: " ---: |", count: 10) + "\n"
            text += "| \(escapeMarkdown(table.label(.countAxis))) |" + (0...9).map { " \(l.integer(digits.counts[$0])) |" }.joined() + "\n"
            text += "| % |" + (0...9).map { " \(l.percent(Double(digits.counts[$0]) / Double(digits.n))) |" }.joined() + "\n\n"
            text += "\(escapeMarkdown(table.label(.digitChartNote)))\n\n"
        } else {
            text += "\(escapeMarkdown(l.noData)).\n\n"
        }
        if !province.districts.isEmpty {
            text += "#### \(escapeMarkdown(l.districtsOf(province.period))) — \(escapeMarkdown(table.label(.sortNote)))\n\n"
            let total = QualityRow(
                code: province.latest.code, name: l.provinceName(province.latest), district: nil,
                quality: DataQuality(province.latest.figures.quality))
            text += rows(table, l.district, table.districtRows(province) + [total], boldLast: true)
        }
        if !province.communes.isEmpty {
            text += "#### \(escapeMarkdown(l.communesOf(province.period))) — \(escapeMarkdown(table.label(.sortNote)))\n\n"
            text += rows(table, l.commune, table.communeRows(province, district: district), boldLast: false)
        }
        text += table.notes.dropFirst().map(escapeMarkdown).joined(separator: " ") + "\n\n"
        return text
    }

    /// A table: the unit (and its district), then the statistics; problematic ones in bold.
    private static func rows(_ table: QualityTable, _ unit: String, _ rows: [QualityRow], boldLast: Bool) -> String {
        let hasDistrict = rows.contains { $0.district != nil }
        let headers = [unit] + (hasDistrict ? [table.labels.district] : []) + table.headers
        var text = "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
        text += "| --- |" + (hasDistrict ? " --- |" : "") + String(repeating: " ---: |", count: table.headers.count) + "\n"
        for (index, row) in rows.enumerated() {
            let bold = boldLast && index == rows.count - 1
            let name = [row.name] + (hasDistrict ? [row.district ?? "–"] : [])
            let cells =
                name.map { bold ? "**\(escapeMarkdown($0))**" : escapeMarkdown($0) }
                + table.cells(row.quality).map { cell in
                    cell.isProblematic || bold ? "**\(escapeMarkdown(cell.text))**" : escapeMarkdown(cell.text)
                }
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return text + "\n"
    }
}
