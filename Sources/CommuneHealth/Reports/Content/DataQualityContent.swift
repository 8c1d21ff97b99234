/// What the reports for people show about the data quality of the measurements (docs/spec/data-quality-v1.md
/// §3): the mark ‡ on a stunting rate whose unit's HAZ score is problematic (explained once per
/// report, when some rate carries it), and per province a table of districts and one of communes,
/// worst HAZ score first, with the province's height tenths digits drawn as a chart in HTML.
/// The renderers call in here; every word is a `DataQualityLabel`.

// MARK: - The mark

extension Figures {
    /// The unit's HAZ score is problematic (25 points or more): its stunting rate is marked.
    package var hasProblematicHAZScore: Bool { DataQuality(quality).hazScore.category == .problematic }
}

extension Indicator {
    /// Whether this indicator's rate in a unit with `figures` carries the data-quality mark: the
    /// stunting rate, where there is one, of a unit whose HAZ score is problematic.
    package func carriesQualityMark(_ figures: Figures) -> Bool {
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
        [
            label(.columnChildren), label(.columnHAZScore), label(.columnWHZScore),
            label(.columnFlagged) + " HAZ", label(.columnSD) + " HAZ", label(.columnSkewness) + " HAZ",
            label(.columnKurtosis) + " HAZ", label(.columnHeightDigits), label(.columnWeightDigits),
            label(.columnSexRatio), label(.columnAgeRatio), label(.columnFirstOfMonth), label(.columnFirstOfJanuary),
        ]
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
        QualityRow.worstFirst(
            province.districts.map {
                QualityRow(code: $0.code, name: labels.districtName($0), district: nil, quality: DataQuality($0.figures.quality))
            })
    }

    /// The communes of a province's latest period, worst first.
    func communeRows(_ province: ReportContent.Province, district: (CommuneSummary) -> String?) -> [QualityRow] {
        QualityRow.worstFirst(
            province.communes.map {
                QualityRow(
                    code: $0.commune.code, name: labels.rowName($0), district: district($0),
                    quality: DataQuality($0.figures.quality))
            })
    }

    /// The notes under the tables: the points, `~`, bold.
    var notes: [String] {
        [label(.introduction), "~ " + label(.fewChildrenNote) + ".", label(.problematicStatisticNote) + "."]
    }
}
