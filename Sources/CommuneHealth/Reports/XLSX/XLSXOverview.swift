/// The workbook's first sheet (#27): the headline of each province's latest period as the HTML
/// report's cards say it, a row per indicator, for a person to read and print; the data sheets
/// follow, unchanged. Each cell is a text of the cards (`HTMLPage.card`), the rate a percentage.
struct XLSXOverviewRow {
    var province: ReportContent.Province
    var indicator: Indicator

    /// A row per province (by code) and indicator (in the order of `Indicator.all`).
    static func rows(_ content: ReportContent) -> [XLSXOverviewRow] {
        content.provinces.flatMap { province in Indicator.all.map { XLSXOverviewRow(province: province, indicator: $0) } }
    }

    /// The widths of the columns, in characters: 182 in all, one landscape A4 page at 74%; texts
    /// wrap within them.
    static let widths: [Double] = [16, 7, 22, 7, 11, 12, 24, 12, 9, 18, 20, 24]

    static func columns(_ labels: Labels, _ targets: Targets) -> [XLSXColumn<XLSXOverviewRow>] {
        let l = labels, language = l.language
        func column(_ heading: String, _ cell: @escaping (XLSXOverviewRow) -> XLSXCell) -> XLSXColumn<XLSXOverviewRow> {
            XLSXColumn(heading, "") { cell($0).styled(.wrap) }
        }
        return [
            column(l.province) { .text("\(l.provinceName($0.province.latest)) (\($0.province.latest.code))") },
            column(l.period) { .text(l.period($0.province.period)) },
            column(XLSXColumnKey.indicator.words(language).heading.capitalizedFirst) { .text(l.name($0.indicator)) },
            column(l.rate) { row in
                let counts = row.counts
                guard let rate = counts.rate else { return .text(l.percent(nil)) }
                return targets.meets(row.indicator, counts) == false ? XLSXCell.percent(rate).highlighted : .percent(rate)
            },
            column(l.bandHeading) { row in row.counts.rate.map { row.indicator.bands == nil ? .empty : .text(l.band(row.indicator, $0)) } ?? .empty },
            column(l.ci95) { .text(l.interval($0.counts.interval)) },
            column(XLSXLabel.overviewCounts.text(language)) { .text(l.casesOf($0.indicator, $0.counts)) },
            column(l.target) { row in l.target(row.indicator, targets).map(XLSXCell.text) ?? .empty },
            column(XLSXLabel.overviewVerdict.text(language)) { row in
                guard targets[row.indicator.id] != nil else { return .empty }
                let met = targets.meets(row.indicator, row.counts)
                return met == false ? XLSXCell.text(l.verdict(met)).highlighted : .text(l.verdict(met))
            },
            column(l.gap) { row in
                targets.meets(row.indicator, row.counts) == false
                    ? .text(l.gap(row.indicator, targets.gap(row.indicator, row.counts))) : .empty
            },
            column(l.change) { row in
                guard let first = row.province.history.first, first.period != row.province.period,
                    first.figures[row.indicator].rate != nil || row.counts.rate != nil
                else { return .empty }
                return .text(l.change(row.indicator, from: first, to: row.province.latest))
            },
            column(XLSXLabel.overviewNote.text(language)) { row in
                var notes: [String] = []
                if row.indicator.carriesQualityMark(row.province.latest.figures) { notes.append(l.qualityMark + " " + l.qualityMarkExplanation) }
                if row.indicator.isUnstable(row.counts.asGroup) { notes.append("~ " + l.tooFewChildren) }
                return notes.isEmpty ? .empty : .text(notes.joined(separator: " "))
            },
        ]
    }

    var counts: IndicatorCounts { province.latest.figures[indicator] }
}

extension Labels {
    /// "2023: 84.6% → 2024: 91.6% (+7.0 pp)": an indicator's change from one period to another.
    func change(_ indicator: Indicator, from first: UnitSummary, to last: UnitSummary) -> String {
        let (from, to) = (first.figures[indicator].rate, last.figures[indicator].rate)
        var text = "\(period(first.period)): \(percent(from)) → \(period(last.period)): \(percent(to))"
        if let from, let to { text += " (\(pointChange(to - from)))" }
        return text
    }
}
