/// `analyze --format csv`: one row per province, district and commune of every period, for spreadsheets.
///
/// English (the default) is for programs as much as for people: English column names, `true`/`false`,
/// rates unrounded with a `.`. With `--lang vi` the header, level and verdicts are Vietnamese and
/// fractions take the Vietnamese decimal comma (the field is then quoted, as RFC 4180 requires);
/// integers are never grouped, so that any spreadsheet reads them as numbers.
package enum CSVReport {
    /// The English header. Columns after `file` were added with the 95% intervals and the gaps.
    package static let header = header(Labels(.en))

    /// The header in the language of `labels`: cli-v1's columns, then the intervals and gaps, data
    /// quality, geography, the growth indicators and the cards.
    static func header(_ labels: Labels) -> [String] {
        labels.list(.csvBase) + labels.list(.csvQuality) + labels.list(.csvGeography) + indicatorHeader(labels)
            + cardHeader(labels)
    }

    /// `neutralisingFormulas: false` (`--csv-raw`) writes text cells as they are (docs/reports.md).
    package static func render(_ analysis: Analysis, language: Language = .en, neutralisingFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        let labels = Labels(language)
        // The review's columns only with two periods or more: one period's CSV is unchanged.
        let review = Review(analysis).map(ReviewByUnit.init)
        writer.header(header(labels) + (review == nil ? [] : reviewHeader(labels)))
        let targets = analysis.targets
        let duplicates = DuplicatePeopleByUnit(analysis)
        func reviewCells(_ unit: @autoclosure () -> ReviewUnit, _ period: PeriodKey) -> [CSVCell] {
            review?.cells(unit(), period: period, labels) ?? []
        }
        for province in analysis.provinces {
            writer.row(
                [
                    .text(labels.level(.province)), .text(province.code), .text(province.name ?? ""),
                    .text(province.provinceCode), .text(""), .text(province.period.from.description),
                    .text(province.period.to.description), .text(""), .number(String(province.communes)),
                ]
                    + figures(province.figures, targets, labels) + [.text("")] + extra(province.figures, targets, labels)
                    + quality(province.figures, labels) + completenessColumns(province, analysis, labels)
                    + indicators(province.figures, targets, labels)
                    + cardColumns(province.figures, duplicates: duplicates.count(province), labels)
                    + reviewCells(ReviewUnit(province, units: analysis.units), province.period))
        }
        for district in analysis.districts {
            writer.row(
                [
                    .text(labels.level(.district)), .text(district.code), .text(district.name ?? ""),
                    .text(district.provinceCode), .text(district.code), .text(district.period.from.description),
                    .text(district.period.to.description), .text(""), .number(String(district.communes)),
                ]
                    + figures(district.figures, targets, labels) + [.text("")] + extra(district.figures, targets, labels)
                    + quality(district.figures, labels) + completenessColumns(nil, analysis, labels)
                    + indicators(district.figures, targets, labels)
                    + cardColumns(district.figures, duplicates: duplicates.count(district), labels)
                    + reviewCells(ReviewUnit(district, units: analysis.units), district.period))
        }
        for summary in analysis.communes {
            let c = summary.commune
            writer.row(
                [
                    .text(labels.level(nil)), .text(c.code), .text(c.name), .text(c.provinceCode),
                    .text(c.districtCode ?? ""), .text(summary.period.from.description),
                    .text(summary.period.to.description), .text(summary.period.referenceDate.description), .number("1"),
                ]
                    + figures(summary.figures, targets, labels) + [.text(summary.file)]
                    + extra(summary.figures, targets, labels) + quality(summary.figures, labels)
                    + todaysMapColumns(summary, labels) + indicators(summary.figures, targets, labels)
                    + cardColumns(summary.figures, duplicates: duplicates.count(file: summary.file), labels)
                    + reviewCells(ReviewUnit(summary), summary.period.key))
        }
        return writer.text
    }

    /// One column of a growth indicator: its key and its value.
    private struct IndicatorColumn {
        var indicator: Indicator
        var column: CSVIndicatorColumn
        var value: (IndicatorCounts, Targets, Labels) -> CSVCell
    }

    /// Per growth indicator (docs/spec/growth-indicators-v1.md §4): assessed, cases, severe (where it has
    /// severe cases), rate, interval, band and whether its target is met (empty without a
    /// target). A name docs/spec/cli-v1.md already has (`stuntingRate`) is not written twice.
    private static func indicatorColumns() -> [IndicatorColumn] {
        // The English header names the columns for programs: a column is left out by its name there.
        let english = Labels(.en)
        let base = Set(english.list(.csvBase))
        return Indicator.growth.flatMap { indicator -> [IndicatorColumn] in
            func column(
                _ column: CSVIndicatorColumn,
                _ value: @escaping (IndicatorCounts, Targets, Labels) -> CSVCell
            ) -> IndicatorColumn {
                IndicatorColumn(indicator: indicator, column: column, value: value)
            }
            var columns = [
                column(.assessed) { c, _, _ in .number(String(c.assessed)) },
                column(.cases) { c, _, _ in .number(String(c.cases)) },
            ]
            if indicator.hasSevere {
                columns.append(column(.severe) { c, _, _ in .number(String(c.severe)) })
            }
            columns += [
                column(.rate) { c, _, l in rate(c.rate, l) },
                column(.ciLow) { c, _, l in rate(c.interval?.low, l) },
                column(.ciHigh) { c, _, l in rate(c.interval?.high, l) },
                column(.band) { c, _, _ in
                    .text(c.rate.flatMap { indicator.bands?.band(of: $0).rawValue } ?? "")
                },
                column(.meetsTarget) { c, t, l in flag(t.meets(indicator, c), l) },
            ]
            return columns.filter { !base.contains(english[.csv(.indicatorColumn(indicator.id, $0.column))]) }
        }
    }

    static func indicatorHeader(_ labels: Labels) -> [String] {
        indicatorColumns().map { labels[.csv(.indicatorColumn($0.indicator.id, $0.column))] }
    }

    private static func indicators(_ f: Figures, _ targets: Targets, _ labels: Labels) -> [CSVCell] {
        indicatorColumns().map { $0.value(f[$0.indicator], targets, labels) }
    }

    private static func figures(_ f: Figures, _ targets: Targets, _ labels: Labels) -> [CSVCell] {
        [
            count(f.population), count(f.insured), rate(f.coverage, labels),
            count(f.childrenAssessed), count(f.stunted), count(f.severelyStunted), rate(f.stuntingRate, labels),
            flag(targets.meetsCoverage(f), labels), flag(targets.meetsStunting(f), labels),
            count(f.excludedRecords), count(f.implausibleChildren), count(f.outOfAgeChildren),
        ]
    }

    private static func extra(_ f: Figures, _ targets: Targets, _ labels: Labels) -> [CSVCell] {
        [
            rate(f.coverageCI?.low, labels), rate(f.coverageCI?.high, labels),
            rate(f.stuntingRateCI?.low, labels), rate(f.stuntingRateCI?.high, labels),
            .text(labels[.csv(.bool(f.hasStableStuntingRate))]),
            count(targets.uninsuredGap(f)), count(targets.stuntedExcess(f)),
        ]
    }

    /// A whole number's cell.
    static func count(_ value: Int) -> CSVCell { .number(String(value)) }

    /// The data-quality columns (`ListKey.csvQuality`): numbers unrounded, empty where a statistic
    /// cannot be computed; categories as JSON writes them in English, as the reports name them in
    /// Vietnamese.
    private static func quality(_ f: Figures, _ labels: Labels) -> [CSVCell] {
        let q = DataQuality(f.quality)
        func category(_ value: QualityCategory?) -> CSVCell {
            guard let value else { return .text("") }
            return .text(labels[.csv(.qualityCategory(value))])
        }
        func number(_ value: Double?) -> CSVCell { rate(value, labels) }
        let few = q.hazScore.fewChildren
        return [
            .number(q.hazScore.points.map(String.init) ?? ""), category(q.hazScore.category),
            .number(q.whzScore.points.map(String.init) ?? ""), category(q.whzScore.category),
            .text(labels[.csv(.bool(few))]),
            count(q.haz.n), count(q.haz.flagged), number(q.haz.flaggedShare),
            number(q.haz.sd), number(q.haz.skewness), number(q.haz.kurtosis),
            count(q.whz.n), number(q.whz.flaggedShare), number(q.whz.sd),
            number(q.heightDigits.score), number(q.weightDigits.score),
            number(q.sexRatio.ratio), number(q.sexRatio.p), number(q.ageRatio.ratio), number(q.ageRatio.p),
            number(q.birthDates.firstOfMonthShare), number(q.birthDates.firstOfJanuaryShare),
        ]
    }

    /// docs/spec/geography-v1.md columns of a province row: its completeness in the period (expected, received,
    /// fraction); the missing communes are in the JSON, Markdown, HTML and table reports. Then the
    /// four columns of commune rows, empty.
    private static func completenessColumns(_ unit: UnitSummary?, _ analysis: Analysis, _ labels: Labels) -> [CSVCell] {
        let row = unit.flatMap { unit in
            analysis.completeness.first { $0.province.code.description == unit.code && $0.period == unit.period }
        }
        guard let row else { return Array(repeating: .text(""), count: 7) }
        return [count(row.expected), count(row.received), rate(row.completeness, labels)]
            + Array(repeating: .text(""), count: 4)
    }

    /// docs/spec/geography-v1.md columns of a commune row under `--units current`: the legacy codes it holds and
    /// those it lacks (space-separated), divided, unknown; empty under `reported`.
    private static func todaysMapColumns(_ summary: CommuneSummary, _ labels: Labels) -> [CSVCell] {
        guard let row = summary.todaysMap else { return Array(repeating: .text(""), count: 7) }
        let bool = { (value: Bool) -> CSVCell in .text(labels[.csv(.bool(value))]) }
        return [
            .text(""), .text(""), .text(""), .text(row.predecessors.map(\.code.description).joined(separator: " ")),
            .text(row.lacksDivided.map(\.code.description).joined(separator: " ")), bool(row.divided), bool(row.unknown),
        ]
    }

    /// A rate unrounded, in the shortest form that reads back exactly, with the language's decimal mark.
    static func rate(_ value: Double?, _ labels: Labels) -> CSVCell {
        guard let value else { return .number("") }
        return .number(labels.decimalMarked("\(value)"))
    }

    private static func flag(_ value: Bool?, _ labels: Labels) -> CSVCell {
        .text(value.map { $0 ? labels.csvMet : labels.csvNotMet } ?? "")
    }
}
