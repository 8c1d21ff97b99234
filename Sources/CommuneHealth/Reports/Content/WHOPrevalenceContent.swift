/// `prevalence`: WHO's standard analysis (anthro_prevalence) per unit and period, in CSV, JSON and
/// Markdown (docs/who-prevalence.md); the workbook's sheet and the HTML section use the same units.
package enum WHOPrevalenceLevel: String, Sendable, CaseIterable {
    case province, district, commune
}

/// One unit and period and its rows of WHO's table.
package struct WHOPrevalenceUnit: Sendable {
    /// nil: a commune.
    package var level: UnitSummary.Level?
    package var provinceCode: String
    package var code: String
    package var name: String
    package var period: PeriodKey
    package var tally: WHOPrevalenceTally
    package var rows: [WHOPrevalenceRow]
}

package enum WHOPrevalenceReport {
    /// The units of `level` that have WHO's figures (the reader was asked for them), in the
    /// order of the other reports.
    package static func units(_ analysis: Analysis, level: WHOPrevalenceLevel) -> [WHOPrevalenceUnit] {
        var quantiles = StudentTQuantiles()
        func unit(_ summary: UnitSummary) -> WHOPrevalenceUnit? {
            guard let tally = summary.figures.whoPrevalence else { return nil }
            return WHOPrevalenceUnit(
                level: summary.level, provinceCode: summary.provinceCode, code: summary.code,
                name: summary.name ?? "", period: summary.period, tally: tally,
                rows: WHOPrevalence.rows(tally, quantiles: &quantiles))
        }
        switch level {
        case .province: return analysis.provinces.compactMap(unit)
        case .district: return analysis.districts.compactMap(unit)
        case .commune:
            return analysis.communes.compactMap { summary in
                guard let tally = summary.figures.whoPrevalence else { return nil }
                return WHOPrevalenceUnit(
                    level: nil, provinceCode: summary.commune.provinceCode, code: summary.commune.code,
                    name: summary.commune.name, period: summary.period.key, tally: tally,
                    rows: WHOPrevalence.rows(tally, quantiles: &quantiles))
            }
        }
    }

    /// A value as the shortest decimal that reads back to the same double (an integral value
    /// without a fraction: `71`, `100`).
    package static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }

    static func levelKey(_ level: UnitSummary.Level?) -> String { level?.rawValue ?? "commune" }
}

/// The key columns of one indicator for people (HTML, Markdown): n, mean, SD, below −3 and −2 SD
/// with their intervals, and for WHZ above +2 SD and stunted-and-wasted.
struct WHOKeyColumns {
    /// The indicators shown to people: HAZ, WAZ, WHZ (BAZ only in the machine formats and the sheet).
    static let indices: [WHOPrevalence.Index] = [.ha, .wa, .wh]

    let index: WHOPrevalence.Index
    let labels: Labels
    let headings: [String]

    init(_ index: WHOPrevalence.Index, labels: Labels) {
        self.index = index
        self.labels = labels
        var headings = [
            labels.who(.columnChildren), labels.who(.columnMean), labels.who(.columnSD),
            labels.who(.cutoff(-3)), labels.who(.cutoff(-2)),
        ]
        if index == .wh { headings += [labels.who(.cutoff(2)), labels.who(.stuntedAndWasted)] }
        self.headings = headings
    }

    func cells(_ row: WHOPrevalenceRow) -> [String] {
        let p = index.prefix
        func value(_ column: String) -> Double? { row.values[WHOPrevalence.column(column)] }
        func percent(_ name: String) -> String {
            guard let r = value(name + "_r") else { return "–" }
            var text = labels.decimal(r, places: 1) + "%"
            if let low = value(name + "_ll"), let high = value(name + "_ul") {
                text += " (" + labels.decimal(low, places: 1) + "–" + labels.decimal(high, places: 1) + ")"
            }
            return text
        }
        var cells = [
            labels.integer(Int(value(p + "Z_pop") ?? 0)),
            value(p + "_r").map { labels.decimal($0, places: 2) } ?? "–",
            value(p + "_stdev").map { labels.decimal($0, places: 2) } ?? "–",
            percent(p + "_3"), percent(p + "_2"),
        ]
        if index == .wh { cells += [percent(p + "2"), percent("HA_2_WH_2")] }
        return cells
    }
}

extension Labels {
    func who(_ key: WHOText) -> String { self[.who(key)] }
}
