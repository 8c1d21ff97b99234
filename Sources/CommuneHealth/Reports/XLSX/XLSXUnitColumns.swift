/// A province, district or commune in one period, as the unit sheets show it: what identifies it,
/// its figures and its data quality (worked out once per row, as JSON does, from the figures).
struct XLSXUnit {
    /// nil for a commune.
    var level: UnitSummary.Level?
    var code: String
    var name: String?
    var provinceCode: String
    var provinceName: String?
    var districtCode: String?
    var districtName: String?
    var from: CalendarDate
    var to: CalendarDate
    var referenceDate: CalendarDate?
    var communes: Int
    var file: String?
    var figures: Figures
    var quality: DataQuality
    /// A commune row under `--units current` (geography-v1 §5); nil otherwise.
    var todaysMap: TodaysMapRow?
    /// People of the unit listed in `Analysis.duplicatePeople` (a person counts once per unit),
    /// as CSV's `duplicatePeople` column counts them.
    var duplicatePeople = 0

    init(_ summary: CommuneSummary, duplicates: DuplicatePeopleByUnit) {
        self.init(summary)
        duplicatePeople = duplicates.count(file: summary.file)
    }

    init(_ unit: UnitSummary, duplicates: DuplicatePeopleByUnit) {
        self.init(unit)
        duplicatePeople = duplicates.count(unit)
    }

    init(_ summary: CommuneSummary) {
        let c = summary.commune
        level = nil
        code = c.code
        name = c.name
        provinceCode = c.provinceCode
        provinceName = c.provinceName
        districtCode = c.districtCode
        districtName = c.districtName
        from = summary.period.from
        to = summary.period.to
        referenceDate = summary.period.referenceDate
        communes = 1
        file = summary.file
        figures = summary.figures
        quality = DataQuality(summary.figures.quality)
        todaysMap = summary.todaysMap
    }

    init(_ unit: UnitSummary) {
        level = unit.level
        code = unit.code
        name = unit.name
        provinceCode = unit.provinceCode
        provinceName = unit.level == .province ? unit.name : nil
        districtCode = unit.level == .district ? unit.code : nil
        districtName = unit.level == .district ? unit.name : nil
        from = unit.period.from
        to = unit.period.to
        referenceDate = nil
        communes = unit.communes
        file = nil
        figures = unit.figures
        quality = DataQuality(unit.figures.quality)
    }

    /// Every unit of the analysis: provinces, districts, communes, each in every period.
    static func all(_ analysis: Analysis) -> [XLSXUnit] {
        let duplicates = DuplicatePeopleByUnit(analysis)
        return analysis.provinces.map { XLSXUnit($0, duplicates: duplicates) } + analysis.districts.map { XLSXUnit($0, duplicates: duplicates) }
            + analysis.communes.map { XLSXUnit($0, duplicates: duplicates) }
    }
}

/// The cells of a run's words and targets: typed values, blank where JSON has null, a red fill
/// where a unit misses a target.
struct XLSXCells {
    let labels: Labels
    let targets: Targets

    var language: Language { labels.language }

    func count(_ value: Int) -> XLSXCell { .integer(value) }
    func count(_ value: Int?) -> XLSXCell { value.map(XLSXCell.integer) ?? .empty }
    func text(_ value: String?) -> XLSXCell { value.map(XLSXCell.text) ?? .empty }
    func rate(_ value: Double?) -> XLSXCell { value.map(XLSXCell.percent) ?? .empty }
    func number(_ value: Double?) -> XLSXCell { value.map(XLSXCell.number) ?? .empty }
    func date(_ value: CalendarDate?) -> XLSXCell {
        guard let value else { return .empty }
        let (year, month, day) = value.components
        return .date(year: year, month: month, day: day)
    }
    func yesNo(_ value: Bool) -> XLSXCell { .text(XLSXLabel(value).text(language)) }
    /// "Met" / "Not met" (red), blank without a rate.
    func meets(_ value: Bool?) -> XLSXCell {
        guard let value else { return .empty }
        return value ? .text(labels.met) : XLSXCell.text(labels.notMet).highlighted
    }
    func category(_ value: QualityCategory?) -> XLSXCell {
        value.map { .text(DataQualityLabel.category($0).text(language)) } ?? .empty
    }
    func level(_ value: UnitSummary.Level?) -> XLSXCell { .text(labels.level(value)) }

    /// Whether the unit misses at least one target of the run.
    func missesATarget(_ figures: Figures) -> Bool {
        Indicator.all.contains { targets.meets($0, figures[$0]) == false }
    }
}

extension XLSXLabel {
    fileprivate init(_ value: Bool) { self = value ? .yes : .no }
}

/// The columns of the unit sheets, summary and data-quality sheet, as lists built from the
/// indicators, the targets of the run and the language.
struct XLSXUnitColumns {
    let cells: XLSXCells
    var labels: Labels { cells.labels }
    var targets: Targets { cells.targets }
    var language: Language { labels.language }

    init(labels: Labels, targets: Targets) {
        cells = XLSXCells(labels: labels, targets: targets)
    }

    private func column(_ key: XLSXColumnKey, json: String?, _ cell: @escaping (XLSXUnit) -> XLSXCell) -> XLSXColumn<XLSXUnit> {
        let words = key.words(language)
        return XLSXColumn(words.heading, words.meaning, json: json, cell)
    }

    // MARK: What identifies a unit

    /// Code, name and period of a unit of `level` (nil: communes; `withLevel`: a column that says
    /// which, for sheets that mix them).
    func identity(_ level: UnitSummary.Level?, withLevel: Bool = false) -> [XLSXColumn<XLSXUnit>] {
        let cells = self.cells
        var columns: [XLSXColumn<XLSXUnit>] = []
        if withLevel { columns.append(column(.level, json: nil) { cells.level($0.level) }) }
        columns.append(column(.code, json: "code") { .text($0.code) })
        columns.append(
            column(.name, json: "name") { unit in
                let name = cells.text(unit.name)
                return cells.missesATarget(unit.figures) ? name.highlighted : name
            })
        switch level {
        case nil where !withLevel:
            columns += [
                column(.provinceCode, json: "provinceCode") { .text($0.provinceCode) },
                column(.provinceName, json: "provinceName") { cells.text($0.provinceName) },
                column(.districtCode, json: "districtCode") { cells.text($0.districtCode) },
                column(.districtName, json: "districtName") { cells.text($0.districtName) },
            ]
        case .district?, nil:
            // JSON has no provinceCode on a province, so a sheet of every level gives no key.
            columns.append(column(.provinceCode, json: withLevel ? nil : "provinceCode") { .text($0.provinceCode) })
        case .province?:
            break
        }
        columns += [
            column(.periodFrom, json: "period.from") { cells.date($0.from) },
            column(.periodTo, json: "period.to") { cells.date($0.to) },
        ]
        switch level {
        case nil where !withLevel:
            columns += [
                column(.referenceDate, json: "period.referenceDate") { cells.date($0.referenceDate) },
                column(.file, json: "file") { cells.text($0.file) },
            ]
        case .district?, .province?:
            columns.append(column(.communes, json: "communes") { cells.count($0.communes) })
        case nil:
            break
        }
        return columns
    }

    // MARK: Figures

    /// Every figure of a unit, indicator by indicator, then what was left out and the data-quality
    /// scores; `headline`: only the counts, rates, intervals, bands, targets and gaps. A new figure
    /// of JSON's units is one more column in this list, with its JSON key; every unit sheet, the
    /// About sheet and scripts/compare-xlsx-json.py follow (as the card figures did).
    func figures(headline: Bool = false) -> [XLSXColumn<XLSXUnit>] {
        var columns = Indicator.all.flatMap { indicator(($0), headline: headline) }
        guard !headline else { return columns }
        let cells = self.cells
        columns += [
            column(.excludedRecords, json: "excludedRecords") { cells.count($0.figures.excludedRecords) },
            column(.implausibleChildren, json: "implausibleChildren") { cells.count($0.figures.implausibleChildren) },
            column(.outOfAgeChildren, json: "outOfAgeChildren") { cells.count($0.figures.outOfAgeChildren) },
        ]
        columns += cards()
        columns += qualityScores()
        return columns
    }

    /// The card figures of a unit (cards-v1 §6, JSON's `fundingGroups` and `under6`): insured
    /// residents per funding group, then the children under 6, those without a card and their
    /// share; then, as CSV has it, how many of the unit's people are on the Duplicate people sheet.
    func cards() -> [XLSXColumn<XLSXUnit>] {
        let cells = self.cells, language = self.language
        let groupWords = XLSXColumnKey.fundingGroup.words(language)
        var columns = FundingGroup.allCases.map { group in
            XLSXColumn<XLSXUnit>(
                groupWords.heading + ": " + CardLabel.fundingGroup(group).text(language),
                groupWords.meaning + " (" + (group.codes.isEmpty ? "—" : group.codes.joined(separator: ", ")) + ")",
                json: "fundingGroups." + group.rawValue
            ) { cells.count($0.figures.fundingGroups[group]) }
        }
        columns += [
            column(.under6Residents, json: "under6.residents") { cells.count($0.figures.under6.residents) },
            column(.under6Uninsured, json: "under6.uninsured") { cells.count($0.figures.under6.uninsured) },
            column(.under6Rate, json: "under6.rate") { cells.rate($0.figures.under6.rate) },
            column(.duplicatePeople, json: nil) { cells.count($0.duplicatePeople) },
        ]
        return columns
    }

    /// The columns of a commune row on today's map (`--units current`, geography-v1 §5; JSON's
    /// keys of the same names): the legacy communes it holds and the divided ones it lacks, by
    /// code, and whether it is a divided or an unknown commune. Blank on a row without them.
    func todaysMap() -> [XLSXColumn<XLSXUnit>] {
        let cells = self.cells
        let codes = { (references: [CommuneReference]) -> XLSXCell in
            references.isEmpty ? .empty : .text(references.map(\.code.description).joined(separator: " "))
        }
        return [
            column(.predecessors, json: "predecessors") { unit in unit.todaysMap.map { codes($0.predecessors) } ?? .empty },
            column(.lacksDivided, json: "lacksDivided") { unit in unit.todaysMap.map { codes($0.lacksDivided) } ?? .empty },
            column(.divided, json: "divided") { unit in unit.todaysMap.map { cells.yesNo($0.divided) } ?? .empty },
            column(.unknownCommune, json: "unknown") { unit in
                unit.todaysMap.map { $0.unknown ? cells.yesNo(true).highlighted : cells.yesNo(false) } ?? .empty
            },
        ]
    }

    /// The columns of one indicator: counted, cases, severe, rate, interval, stable, band, and
    /// with a target: the target, whether it is met and the gap.
    func indicator(_ indicator: Indicator, headline: Bool) -> [XLSXColumn<XLSXUnit>] {
        let cells = self.cells, labels = self.labels, targets = self.targets
        let json = XLSXJSONKeys(indicator)
        func column(_ key: XLSXColumnKey, _ cell: @escaping (IndicatorCounts) -> XLSXCell) -> XLSXColumn<XLSXUnit> {
            XLSXColumn(key.heading(indicator, labels), key.meaning(indicator, labels), json: json[key]) { cell($0.figures[indicator]) }
        }
        let misses = { (counts: IndicatorCounts) in targets.meets(indicator, counts) == false }
        var columns = [
            column(.counted) { cells.count($0.assessed) },
            column(.cases) { cells.count($0.cases) },
        ]
        if indicator.hasSevere && !headline { columns.append(column(.severe) { cells.count($0.severe) }) }
        columns += [
            column(.rate) { counts in misses(counts) ? cells.rate(counts.rate).highlighted : cells.rate(counts.rate) },
            column(.ciLow) { cells.rate($0.interval?.low) },
            column(.ciHigh) { cells.rate($0.interval?.high) },
        ]
        if indicator.minimumStable > 0 && !headline {
            columns.append(column(.stable) { cells.yesNo(indicator.isStable($0.asGroup)) })
        }
        if indicator.bands != nil {
            columns.append(
                column(.band) { counts in
                    counts.rate == nil ? .empty : .text(labels.band(indicator, counts.rate))
                })
        }
        if let target = targets[indicator.id] {
            columns += [
                column(.target) { _ in .percent(target) },
                column(.meets) { cells.meets(targets.meets(indicator, $0)) },
                column(.gap) { cells.count(targets.gap(indicator, $0)) },
            ]
        }
        return columns
    }

    // MARK: Data quality

    /// The HAZ and WHZ data-quality scores: points and category (data-quality-v1 §3).
    func qualityScores() -> [XLSXColumn<XLSXUnit>] {
        let cells = self.cells, language = self.language
        func scoreColumns(
            _ name: DataQualityLabel, _ meaning: DataQualityLabel, _ key: String,
            _ score: @escaping (DataQuality) -> QualityScore
        ) -> [XLSXColumn<XLSXUnit>] {
            let heading = name.text(language) + ": "
            return [
                XLSXColumn(
                    heading + DataQualityLabel.columnPoints.text(language),
                    meaning.text(language) + " – " + DataQualityLabel.introduction.text(language),
                    json: "dataQuality.\(key).points"
                ) { cells.count(score($0.quality).points) },
                XLSXColumn(
                    heading + DataQualityLabel.columnCategory.text(language), meaning.text(language),
                    json: "dataQuality.\(key).category"
                ) { unit in
                    let score = score(unit.quality)
                    let cell = cells.category(score.category)
                    return score.category == .problematic ? cell.highlighted : cell
                },
            ]
        }
        return scoreColumns(.columnHAZScore, .hazScore, "hazScore") { $0.hazScore }
            + scoreColumns(.columnWHZScore, .whzScore, "whzScore") { $0.whzScore }
    }

    /// Every statistic of data-quality-v1 §3 for the data-quality sheet.
    func qualityStatistics() -> [XLSXColumn<XLSXUnit>] {
        let cells = self.cells, language = self.language
        typealias Q = DataQualityLabel
        func statistic(
            _ prefix: String, _ part: String, _ meaning: Q, json: String,
            _ cell: @escaping (DataQuality) -> XLSXCell
        ) -> XLSXColumn<XLSXUnit> {
            XLSXColumn(prefix + part, meaning.text(language), json: "dataQuality." + json) { cell($0.quality) }
        }
        func zScore(
            _ name: String, _ key: String, flagged: Q, sd: Q, skewness: Q, kurtosis: Q,
            _ z: @escaping (DataQuality) -> ZScoreQuality
        ) -> [XLSXColumn<XLSXUnit>] {
            let prefix = name + ": "
            return [
                statistic(prefix, Q.columnChildren.text(language), flagged, json: key + ".n") { cells.count(z($0).n) },
                statistic(prefix, Q.columnFlagged.text(language), flagged, json: key + ".flagged") { cells.count(z($0).flagged) },
                statistic(prefix, Q.columnFlagged.text(language) + " %", flagged, json: key + ".flaggedShare") { cells.rate(z($0).flaggedShare) },
                statistic(prefix, Q.columnSD.text(language), sd, json: key + ".sd") { cells.number(z($0).sd) },
                statistic(prefix, Q.columnSkewness.text(language), skewness, json: key + ".skewness") { cells.number(z($0).skewness) },
                statistic(prefix, Q.columnKurtosis.text(language), kurtosis, json: key + ".kurtosis") { cells.number(z($0).kurtosis) },
                statistic(prefix, Q.columnPoints.text(language), flagged, json: key + ".points") { cells.count(z($0).points) },
                statistic(prefix, Q.columnCategory.text(language), flagged, json: key + ".category") { cells.category(z($0).category) },
            ]
        }
        func digits(_ name: Q, _ meaning: Q, _ key: String, _ d: @escaping (DataQuality) -> DigitPreference) -> [XLSXColumn<XLSXUnit>] {
            let prefix = name.text(language) + ": "
            return [
                statistic(prefix, XLSXLabel.values.text(language), meaning, json: key + ".n") { cells.count(d($0).n) },
                statistic(prefix, XLSXLabel.score.text(language), meaning, json: key + ".score") { cells.number(d($0).score) },
                statistic(prefix, Q.columnCategory.text(language), meaning, json: key + ".category") { cells.category(d($0).category) },
            ]
        }
        let sex = Q.columnSexRatio.text(language) + ": ", age = Q.columnAgeRatio.text(language) + ": "
        var columns = zScore("HAZ", "haz", flagged: .flaggedHAZ, sd: .sdHAZ, skewness: .skewnessHAZ, kurtosis: .kurtosisHAZ) { $0.haz }
        columns += zScore("WHZ", "whz", flagged: .flaggedWHZ, sd: .sdWHZ, skewness: .skewnessWHZ, kurtosis: .kurtosisWHZ) { $0.whz }
        columns += digits(.columnHeightDigits, .heightDigitPreference, "heightDigits") { $0.heightDigits }
        columns += digits(.columnWeightDigits, .weightDigitPreference, "weightDigits") { $0.weightDigits }
        columns += [
            statistic(sex, XLSXLabel.boys.text(language), .sexRatio, json: "sexRatio.boys") { cells.count($0.sexRatio.boys) },
            statistic(sex, XLSXLabel.girls.text(language), .sexRatio, json: "sexRatio.girls") { cells.count($0.sexRatio.girls) },
            statistic(sex, XLSXLabel.ratio.text(language), .sexRatio, json: "sexRatio.ratio") { cells.number($0.sexRatio.ratio) },
            statistic(sex, Q.columnPValue.text(language), .sexRatio, json: "sexRatio.p") { cells.number($0.sexRatio.p) },
            statistic(sex, Q.columnCategory.text(language), .sexRatio, json: "sexRatio.category") { cells.category($0.sexRatio.category) },
            statistic(age, XLSXLabel.young.text(language), .ageRatio, json: "ageRatio.young") { cells.count($0.ageRatio.young) },
            statistic(age, XLSXLabel.old.text(language), .ageRatio, json: "ageRatio.old") { cells.count($0.ageRatio.old) },
            statistic(age, XLSXLabel.ratio.text(language), .ageRatio, json: "ageRatio.ratio") { cells.number($0.ageRatio.ratio) },
            statistic(age, Q.columnPValue.text(language), .ageRatio, json: "ageRatio.p") { cells.number($0.ageRatio.p) },
            statistic(age, Q.columnCategory.text(language), .ageRatio, json: "ageRatio.category") { cells.category($0.ageRatio.category) },
            statistic("", XLSXLabel.birthDates.text(language), .birthDatesFirstOfMonth, json: "birthDates.n") { cells.count($0.birthDates.n) },
            statistic("", Q.columnFirstOfMonth.text(language), .birthDatesFirstOfMonth, json: "birthDates.firstOfMonth") {
                cells.count($0.birthDates.firstOfMonth)
            },
            statistic("", Q.columnFirstOfJanuary.text(language), .birthDatesFirstOfJanuary, json: "birthDates.firstOfJanuary") {
                cells.count($0.birthDates.firstOfJanuary)
            },
            statistic(
                XLSXLabel.birthDates.text(language) + ": ", Q.columnCategory.text(language), .birthDatesFirstOfMonth,
                json: "birthDates.category"
            ) { cells.category($0.birthDates.category) },
        ]
        columns += qualityScores()
        let few = XLSXLabel.fewChildren.text(language)
        columns += [
            XLSXColumn(
                Q.columnHAZScore.text(language) + ": " + few, Q.fewChildrenNote.text(language),
                json: "dataQuality.hazScore.fewChildren"
            ) { cells.yesNo($0.quality.hazScore.fewChildren) },
            XLSXColumn(
                Q.columnWHZScore.text(language) + ": " + few, Q.fewChildrenNote.text(language),
                json: "dataQuality.whzScore.fewChildren"
            ) { cells.yesNo($0.quality.whzScore.fewChildren) },
        ]
        return columns
    }
}

/// The JSON keys of an indicator's columns in a unit of `analyze --format json`: cli-v1's flat
/// keys for coverage, `indicators.<name>.…` for the growth indicators. nil: JSON has no such key.
struct XLSXJSONKeys {
    let indicator: Indicator

    init(_ indicator: Indicator) { self.indicator = indicator }

    subscript(_ key: XLSXColumnKey) -> String? {
        if indicator.id == .coverage {
            switch key {
            case .counted: return "population"
            case .cases: return "insured"
            case .rate: return "coverage"
            case .ciLow: return "coverageCI.0"
            case .ciHigh: return "coverageCI.1"
            case .target: return "$.targets." + JSONReport.targetKey(indicator)
            case .meets: return "meetsCoverageTarget"
            case .gap: return "uninsuredGap"
            default: return nil
            }
        }
        let base = "indicators." + indicator.id.rawValue + "."
        switch key {
        case .counted: return base + "assessed"
        case .cases: return base + "cases"
        case .severe: return base + "severe"
        case .rate: return base + "rate"
        case .ciLow: return base + "ci.0"
        case .ciHigh: return base + "ci.1"
        case .band: return base + "band"
        case .target: return base + "target"
        case .meets: return base + "meetsTarget"
        case .stable: return indicator.id == .stunting ? "stuntingRateStable" : nil
        case .gap: return indicator.id == .stunting ? "stuntedExcess" : nil
        default: return nil
        }
    }
}
