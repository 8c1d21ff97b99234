/// What the reports for people show about the data quality of the measurements (docs/spec/data-quality-v1.md
/// §3): the mark ‡ on a stunting rate whose unit's HAZ score is problematic (explained once per
/// report, when some rate carries it), and per province a table of districts and one of communes,
/// worst HAZ score first, with the province's height tenths digits drawn as a chart in HTML.
/// The renderers call in here; every word is a `DataQualityLabel`.

// MARK: - The mark

extension Figures {
    /// The unit's HAZ score is problematic (25 points or more): its stunting rate is marked.
    public var hasProblematicHAZScore: Bool { DataQuality(quality).hazScore.category == .problematic }
}

extension Indicator {
    /// Whether this indicator's rate in a unit with `figures` carries the data-quality mark: the
    /// stunting rate, where there is one, of a unit whose HAZ score is problematic.
    public func carriesQualityMark(_ figures: Figures) -> Bool {
        id == .stunting && figures[self].rate != nil && figures.hasProblematicHAZScore
    }
}

extension Labels {
    /// `‡`.
    var qualityMark: String { DataQualityLabel.problematicMark.text(language) }

    /// The mark when the indicator's rate in a unit with `figures` carries it, else nothing.
    func qualityMark(_ indicator: Indicator, _ figures: Figures) -> String {
        indicator.carriesQualityMark(figures) ? qualityMark : ""
    }

    /// What the mark means, written once per report that shows it.
    var qualityMarkExplanation: String { DataQualityLabel.problematicMarkExplanation.text(language) }
}

// MARK: - The rows of the tables

/// One unit of a data-quality table.
struct QualityRow {
    var code: String
    var name: String
    /// The district of a commune; nil for a district or province.
    var district: String?
    var quality: DataQuality

    /// Worst HAZ score first (more points first, units without one last), then worst WHZ score, then by code.
    static func worstFirst(_ rows: [QualityRow]) -> [QualityRow] {
        rows.sorted { a, b in
            let (ha, hb) = (a.quality.hazScore.points ?? -1, b.quality.hazScore.points ?? -1)
            if ha != hb { return ha > hb }
            let (wa, wb) = (a.quality.whzScore.points ?? -1, b.quality.whzScore.points ?? -1)
            if wa != wb { return wa > wb }
            return a.code < b.code
        }
    }
}

/// A statistic as shown in a cell: its text and its category (nil when not computed).
struct QualityCell {
    var text: String
    var category: QualityCategory?
    var isProblematic: Bool { category == .problematic }
}

/// The columns of the tables and the cells of a unit, shared by HTML and Markdown.
struct QualityTable {
    let labels: Labels

    func label(_ label: DataQualityLabel) -> String { label.text(labels.language) }

    /// The headings after the unit's name (and district).
    var headers: [String] {
        [label(.columnChildren), label(.columnHAZScore), label(.columnWHZScore),
         label(.columnFlagged) + " HAZ", label(.columnSD) + " HAZ", label(.columnSkewness) + " HAZ",
         label(.columnKurtosis) + " HAZ", label(.columnHeightDigits), label(.columnWeightDigits),
         label(.columnSexRatio), label(.columnAgeRatio), label(.columnFirstOfMonth), label(.columnFirstOfJanuary)]
    }

    /// The cells of a unit, in the order of `headers`.
    func cells(_ q: DataQuality) -> [QualityCell] {
        let l = labels
        func number(_ value: Double?, _ places: Int) -> String { value.map { l.decimal($0, places: places) } ?? "–" }
        return [
            QualityCell(text: l.integer(q.haz.n), category: nil),
            score(q.hazScore), score(q.whzScore),
            QualityCell(text: l.percent(q.haz.flaggedShare), category: q.haz.flaggedCategory),
            QualityCell(text: number(q.haz.sd, 2), category: q.haz.sdCategory),
            QualityCell(text: number(q.haz.skewness, 2), category: q.haz.skewnessCategory),
            QualityCell(text: number(q.haz.kurtosis, 2), category: q.haz.kurtosisCategory),
            QualityCell(text: number(q.heightDigits.score, 1), category: q.heightDigits.category),
            QualityCell(text: number(q.weightDigits.score, 1), category: q.weightDigits.category),
            ratio(q.sexRatio.ratio, q.sexRatio.p, q.sexRatio.category),
            ratio(q.ageRatio.ratio, q.ageRatio.p, q.ageRatio.category),
            QualityCell(text: l.percent(q.birthDates.firstOfMonthShare), category: q.birthDates.category),
            QualityCell(text: l.percent(q.birthDates.firstOfJanuaryShare), category: q.birthDates.category),
        ]
    }

    /// `32 problematic`, then ` ~` when it rests on fewer than 50 children; `–` without a score.
    func score(_ score: QualityScore) -> QualityCell {
        guard let points = score.points, let category = score.category else { return QualityCell(text: "–", category: nil) }
        let text = "\(labels.integer(points)) \(label(DataQualityLabel.category(category)))" + (score.fewChildren ? " ~" : "")
        return QualityCell(text: text, category: category)
    }

    /// `1.12 (p = 0.210)`; `p < 0.001` below that.
    func ratio(_ ratio: Double?, _ p: Double?, _ category: QualityCategory?) -> QualityCell {
        let l = labels
        guard let p else { return QualityCell(text: "–", category: nil) }
        let value = ratio.map { l.decimal($0, places: 2) } ?? "–"
        let shown = p < 0.001 ? "p < \(l.decimal(0.001, places: 3))" : "p = \(l.decimal(p, places: 3))"
        return QualityCell(text: "\(value) (\(shown))", category: category)
    }

    /// The districts of a province's latest period, worst first.
    func districtRows(_ province: ReportContent.Province) -> [QualityRow] {
        QualityRow.worstFirst(province.districts.map {
            QualityRow(code: $0.code, name: labels.districtName($0), district: nil, quality: DataQuality($0.figures.quality))
        })
    }

    /// The communes of a province's latest period, worst first.
    func communeRows(_ province: ReportContent.Province, district: (CommuneSummary) -> String?) -> [QualityRow] {
        QualityRow.worstFirst(province.communes.map {
            QualityRow(code: $0.commune.code, name: labels.rowName($0), district: district($0),
                       quality: DataQuality($0.figures.quality))
        })
    }

    /// The notes under the tables: the points, `~`, bold.
    var notes: [String] {
        [label(.introduction), "~ " + label(.fewChildrenNote) + ".", label(.problematicStatisticNote) + "."]
    }
}

// MARK: - HTML

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
            let total = QualityRow(code: province.latest.code, name: l.provinceName(province.latest), district: nil,
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
            svg += "<line class=\"grid\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(y(tick)))\" x2=\"\(coordinate(Self.right))\" y2=\"\(coordinate(y(tick)))\"/>"
            svg += "<text class=\"tick\" x=\"\(coordinate(Self.left - 4))\" y=\"\(coordinate(y(tick) + 3.5))\" text-anchor=\"end\">\(escapeHTML(l.integer(tick)))</text>\n"
        }
        for (digit, count) in counts.enumerated() {
            let x = Self.left + slot * Double(digit)
            let heaped = 10 * count > 2 * n ? " heaped" : ""
            svg += "<rect class=\"digit-bar\(heaped)\" data-digit=\"\(digit)\" data-count=\"\(count)\" x=\"\(coordinate(x + 5))\" "
            svg += "y=\"\(coordinate(y(count)))\" width=\"\(coordinate(slot - 10))\" height=\"\(coordinate(Self.bottom - y(count)))\"/>"
            svg += "<text class=\"value\" x=\"\(coordinate(x + slot / 2))\" y=\"\(coordinate(y(count) - 3))\" text-anchor=\"middle\">\(escapeHTML(l.integer(count)))</text>"
            svg += "<text class=\"tick\" x=\"\(coordinate(x + slot / 2))\" y=\"\(coordinate(Self.bottom + 13))\" text-anchor=\"middle\">\(l.decimalMark)\(digit)</text>\n"
        }
        // Every digit as frequent: a tenth of the heights.
        let expected = Self.bottom - plot * Double(n) / 10 / Double(axis.end)
        svg += "<line class=\"expected\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(expected))\" x2=\"\(coordinate(Self.right))\" y2=\"\(coordinate(expected))\"/>\n"
        svg += "<line class=\"axis\" x1=\"\(coordinate(Self.left))\" y1=\"\(coordinate(Self.bottom))\" x2=\"\(coordinate(Self.right))\" y2=\"\(coordinate(Self.bottom))\"/>\n"
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

// MARK: - Markdown

/// The Markdown of the same section: the digits as a table, the districts and the communes.
enum DataQualityMarkdown {
    static func section(_ province: ReportContent.Province, labels l: Labels,
                        district: (CommuneSummary) -> String?) -> String {
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
            let total = QualityRow(code: province.latest.code, name: l.provinceName(province.latest), district: nil,
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
            let cells = name.map { bold ? "**\(escapeMarkdown($0))**" : escapeMarkdown($0) }
                + table.cells(row.quality).map { cell in
                    cell.isProblematic || bold ? "**\(escapeMarkdown(cell.text))**" : escapeMarkdown(cell.text)
                }
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return text + "\n"
    }
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
