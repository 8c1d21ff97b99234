extension HTMLPage {
    /// The data quality of the measurements of a province: the chart of its height tenths digits,
    /// its districts and its communes, worst HAZ score first.
    mutating func writeMeasurementQuality(_ province: ReportContent.Province) {
        let l = labels
        let table = QualityTable(labels: l)
        let code = escapeHTML(province.latest.code)
        html += "<section class=\"measurement-quality\" id=\"measurement-quality-\(code)\">\n"
        html += "<h3>\(escapeHTML(table.label(.heading))), \(escapeHTML(l.periodLong(province.period)))</h3>\n"
        html += "<p class=\"note\">\(escapeHTML(table.label(.introduction)))</p>\n"
        let digits = DataQuality(province.latest.figures.quality).heightDigits
        html += "<figure class=\"chart digit-chart\">\n<figcaption>\(escapeHTML(table.label(.digitChartTitle))), "
        html += "\(escapeHTML(l.provinceName(province.latest)))</figcaption>\n"
        html += DigitChart(digits: digits, labels: l).svg()
        html += "<p class=\"note\">\(escapeHTML(table.label(.digitChartNote)))</p>\n</figure>\n"
        if !province.districts.isEmpty {
            html += "<h4>\(escapeHTML(l.districtsOf(province.period))) — \(escapeHTML(table.label(.sortNote)))</h4>\n"
            let total = QualityRow(
                code: province.latest.code, name: l.provinceName(province.latest), district: nil,
                quality: DataQuality(province.latest.figures.quality))
            html += qualityTable("districts", table, table.districtRows(province), total: total)
        }
        if !province.communes.isEmpty {
            html += "<h4>\(escapeHTML(l.communesOf(province.period))) — \(escapeHTML(table.label(.sortNote)))</h4>\n"
            html += qualityTable("communes", table, table.communeRows(province) { province.hasDistricts ? districtName($0, province) : nil }, total: nil)
        }
        html += "<p class=\"note\">\(escapeHTML(table.notes.dropFirst().joined(separator: " ")))</p>\n"
        html += "</section>\n"
    }

    /// The statistics of `QualityTable.headers` in two tables of the same rows, so that each fits
    /// the width of an A4 page (#27): the scores and the HAZ distribution, then digits, ratios and
    /// birth dates.
    static let qualityTableParts = [0..<7, 7..<13]

    private func qualityTable(_ kind: String, _ table: QualityTable, _ rows: [QualityRow], total: QualityRow?) -> String {
        let l = labels
        let hasDistrict = rows.contains { $0.district != nil }
        var text = ""
        for (part, columns) in Self.qualityTableParts.enumerated() {
            text += "<table class=\"data-quality \(kind)\" data-part=\"\(part + 1)\">\n<thead><tr>"
            text += "<th>\(escapeHTML(kind == "communes" ? l.commune : l.district))</th>"
            if hasDistrict { text += "<th>\(escapeHTML(l.district))</th>" }
            for header in table.headers[columns] { text += "<th class=\"num\">\(escapeHTML(header))</th>" }
            text += "</tr></thead>\n<tbody>\n"
            func row(_ row: QualityRow) -> String {
                var text = "<tr data-code=\"\(escapeHTML(row.code))\""
                if let category = row.quality.hazScore.category { text += " data-haz-score=\"\(category.rawValue)\"" }
                text += "><td>\(escapeHTML(row.name))</td>"
                if hasDistrict { text += "<td>\(escapeHTML(row.district ?? "–"))</td>" }
                for cell in table.cells(row.quality)[columns] {
                    let category = cell.category.map { " q-\($0.rawValue)" } ?? ""
                    let value = escapeHTML(cell.text)
                    text += "<td class=\"num\(category)\">\(cell.isProblematic ? "<strong>\(value)</strong>" : value)</td>"
                }
                return text + "</tr>\n"
            }
            for unit in rows { text += row(unit) }
            text += "</tbody>\n"
            if let total { text += "<tfoot>\n" + row(total) + "</tfoot>\n" }
            text += "</table>\n"
        }
        return text
    }
}

/// The province's height tenths digits as ten bars, with the line at a tenth of all heights
/// (every digit as frequent): heaping on .0 and .5 shows at a glance.
struct DigitChart {
    let digits: DigitPreference
    let labels: Labels

    static let width = 420.0
    static let left = 44.0
    static let right = 410.0
    static let top = 14.0
    static let bottom = 150.0

    func svg() -> String {
        let l = labels
        let n = digits.n
        guard n > 0 else { return "<p class=\"none\">\(escapeHTML(l.noData))</p>\n" }
        let counts = (0...9).map { digits.counts[$0] }
        let axis = CountAxis(top: max(counts.max() ?? 0, (n + 9) / 10))
        let plot = Self.bottom - Self.top
        func y(_ value: Int) -> Double { Self.bottom - plot * Double(value) / Double(axis.end) }
        let slot = (Self.right - Self.left) / 10
        let height = Self.bottom + 34
        var svg = "<svg class=\"digit-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(coordinate(Self.width)) \(coordinate(height))\" "
        svg += "width=\"\(coordinate(Self.width))\" height=\"\(coordinate(height))\" role=\"img\" "
        svg += "aria-label=\"\(escapeHTML(DataQualityLabel.digitChartTitle.text(l.language)))\">\n"
        for tick in axis.ticks {
            svg +=
                "<line class=\"grid\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(tick)))\" x2=\"\(coordinate(Self.right))\" y2=\"\(coordinate(y(tick)))\"/>"
            svg +=
                "<text class=\"tick\" x=\"\(coordinate(Self.left - 4))\" y=\"\(coordinate(y(tick) + 3.5))\" text-anchor=\"end\">\(escapeHTML(l.integer(tick)))</text>\n"
        }
        for (digit, count) in counts.enumerated() {
            let x = Self.left + slot * Double(digit)
            let heaped = 10 * count > 2 * n ? " heaped" : ""
            svg += "<rect class=\"digit-bar\(heaped)\" data-digit=\"\(digit)\" data-count=\"\(count)\" x=\"\(coordinate(x + 5))\" "
            svg += "y=\"\(coordinate(y(count)))\" width=\"\(coordinate(slot - 10))\" height=\"\(coordinate(Self.bottom - y(count)))\"/>"
            svg +=
                "<text class=\"value\" x=\"\(coordinate(x + slot / 2))\" y=\"\(coordinate(y(count) - 3))\" text-anchor=\"middle\">\(escapeHTML(l.integer(count)))</text>"
            svg +=
                "<text class=\"tick\" x=\"\(coordinate(x + slot / 2))\" y=\"\(coordinate(Self.bottom + 13))\" text-anchor=\"middle\">\(l.decimalMark)\(digit)</text>\n"
        }
        // Every digit as frequent: a tenth of the heights.
        let expected = Self.bottom - plot * Double(n) / 10 / Double(axis.end)
        svg +=
            "<line class=\"expected\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(expected))\" x2=\"\(coordinate(Self.right))\" y2=\"\(coordinate(expected))\"/>\n"
        svg +=
            "<line class=\"axis\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(Self.bottom))\" x2=\"\(coordinate(Self.right))\" y2=\"\(coordinate(Self.bottom))\"/>\n"
        svg += "<text class=\"axis-label\" x=\"\(coordinate((Self.left + Self.right) / 2))\" y=\"\(coordinate(Self.bottom + 29))\" text-anchor=\"middle\">"
        svg += "\(escapeHTML(DataQualityLabel.digitAxis.text(l.language))) (\(escapeHTML(DataQualityLabel.countAxis.text(l.language))): "
        svg += "\(escapeHTML(l.integer(n))))</text>\n"
        return svg + "</svg>\n"
    }
}

/// A count axis from 0 to a round number at or above `top`, with 4 or 5 ticks.
struct CountAxis {
    let end: Int
    let step: Int

    init(top: Int) {
        var step = 1
        while step * 5 < max(top, 1) {
            if step * 2 * 5 >= top { step *= 2; break }
            if step * 5 * 5 >= top { step *= 5; break }
            step *= 10
        }
        self.step = step
        end = max(step, ((top + step - 1) / step) * step)
    }

    var ticks: [Int] { Array(stride(from: 0, through: end, by: step)) }
}

/// A coordinate with at most one decimal, `.` as the mark: SVG syntax, never localised.
private func coordinate(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

// MARK: - Style

enum DataQualityStyle {
    static let css = """
        .quality-mark { color: #b71c1c; font-weight: 700; margin-left: 0.3mm; }
        svg .value.quality-marked { fill: #b71c1c; }
        table.data-quality { font-size: 7pt; }
        table.data-quality th, table.data-quality td { padding: 0.6mm 0.8mm; }
        table.data-quality td.q-good { background: #f1f8e9; }
        table.data-quality td.q-acceptable { background: #fff4cc; }
        table.data-quality td.q-problematic { background: #ffdfe0; color: #b71c1c; }
        figure.digit-chart { break-inside: avoid; }
        svg .digit-bar { fill: #78909c; }
        svg .digit-bar.heaped { fill: #c62828; }
        svg .expected { stroke: #1a1a1a; stroke-dasharray: 4 3; stroke-width: 1; }
        svg .axis-label { font-size: 9px; fill: #555; }

        """
}
