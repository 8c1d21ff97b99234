/// The 5-year review of the programme (docs/review.md): per unit and indicator, how far it moved
/// from the FIRST to the LAST of two periods, whether that move is more than noise, who reached or
/// left the target, and the units to commend and those that need attention.

/// The two periods a review compares (`analyze --compare FIRST..LAST`); the change is LAST − FIRST.
package struct ComparedPeriods: Sendable, Equatable {
    package var first: PeriodKey
    package var last: PeriodKey

    package init(first: PeriodKey, last: PeriodKey) {
        self.first = first
        self.last = last
    }
}

/// `analyze --compare FIRST..LAST` (#26): two periods, each a year or the first day of a period.
/// Read here rather than by the command line, so that the fuzzer and the tests reach it.
package struct ComparedChoice: Sendable, Equatable {
    package var first: PeriodChoice
    package var last: PeriodChoice
    /// The text as given, for messages.
    package var text: String

    /// `2021..2025` or `2021-01-01..2025-07-01`; nil for anything else.
    package init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].isEmpty, let first = PeriodChoice(String(parts[0])),
            let last = PeriodChoice(String(parts[2]))
        else { return nil }
        self.first = first
        self.last = last
        self.text = text
    }
}

/// One side of `--compare FIRST..LAST`: a year (the calendar-year period of that year, or else the
/// only period that starts in it) or a date (the period that starts on it).
package enum PeriodChoice: Sendable, Equatable {
    case year(Int)
    case startingOn(CalendarDate)

    /// `2021` or `2021-07-01`; nil for anything else.
    package init?(_ text: String) {
        if text.count == 4, let year = Int(text), year > 0 {
            self = .year(year)
        } else if let date = CalendarDate(text) {
            self = .startingOn(date)
        } else {
            return nil
        }
    }

    /// The period of `periods` it names; nil when none, or more than one, fits.
    package func period(in periods: [PeriodKey]) -> PeriodKey? {
        switch self {
        case .startingOn(let date):
            return periods.first { $0.from == date }
        case .year(let year):
            let whole = periods.filter {
                $0.from.components == (year, 1, 1) && $0.to.components == (year, 12, 31)
            }
            if let period = whole.first { return period }
            let starting = periods.filter { $0.from.components.year == year }
            return starting.count == 1 ? starting[0] : nil
        }
    }
}

/// What a row is, for matching it between two periods: never its code alone. A commune is the
/// unit its row stands for (`CommuneUnit`, docs/geography.md "Which unit a row is"): under
/// `reported` the map edition of the period, the province and the code (a 2024 file and a 2025
/// file with the same code are different units); under `current` what it is on today's map (a
/// 2025 commune, a divided legacy commune, an unknown code), the province and the code. A district
/// or province: the map of its period under `reported` (the 2025 map under `current`), the
/// province and its code.
package struct ReviewUnit: Hashable, Sendable {
    package enum Level: String, Sendable, Hashable, CaseIterable {
        case commune, district, province
    }

    package var level: Level
    package var kind: CommuneUnit.Kind
    /// The map the code is one of (`CommuneUnit.edition`).
    package var edition: MapEdition
    package var provinceCode: String
    package var code: String

    /// The unit of a commune row.
    package init(_ row: CommuneSummary) {
        let unit = row.unit
        level = .commune
        kind = unit.kind
        edition = unit.edition
        provinceCode = unit.provinceCode
        code = unit.code
    }

    /// The unit of a district or province row of an analysis on `units`.
    package init(_ row: UnitSummary, units: MapUnits) {
        level = row.level == .district ? .district : .province
        kind = .commune
        edition = units == .reported ? CommuneRegister.edition(on: row.period.to) : .current2025
        provinceCode = row.provinceCode
        code = row.code
    }
}

extension CommuneUnit.Kind {
    /// Its name in JSON and the workbook: `commune`, `divided`, `unknown`.
    package var name: String {
        switch self {
        case .commune: "commune"
        case .divided: "divided"
        case .unknown: "unknown"
        }
    }
}

/// Whether the change is more than noise, in the indicator's good direction.
package enum ChangeJudgement: String, Sendable, Equatable {
    /// The 95% interval of the change excludes 0 on the good side (coverage up, stunting down).
    case improved
    /// It excludes 0 on the bad side.
    case worsened
    /// It holds 0.
    case noClearChange
}

/// Where the unit stands with the target in the two periods.
package enum TargetStatus: String, Sendable, Equatable {
    /// Missed in FIRST, met in LAST.
    case reached
    /// Missed in both.
    case stillShort
    /// Met in FIRST, missed in LAST.
    case fellBack
    /// Met in both.
    case metBoth
}

/// Why a unit's change is not computed: its two figures do not cover the same communes.
package enum Incompleteness: String, Sendable, Equatable {
    /// The unit has figures in FIRST only.
    case onlyFirst
    /// The unit has figures in LAST only.
    case onlyLast
    /// A legacy commune merged into this 2025 commune sent no counted file in one of the periods.
    case missingPredecessors
    /// One period's figure lacks the parts of divided legacy communes that the other's holds.
    case lacksDivided
    /// A district or province: one of its communes is incomplete in one of these ways.
    case communesDiffer
}

/// The change of one unit for one indicator from FIRST to LAST.
package struct UnitChange: Sendable {
    package var unit: ReviewUnit
    package var name: String?
    package var indicator: Indicator
    /// The counts in each period; nil when the unit has no row in it.
    package var first: GroupCount?
    package var last: GroupCount?
    /// p_last − p_first, a proportion; nil when incomplete or a rate is missing.
    package var change: Double?
    /// Newcombe's 95% interval of `change`.
    package var changeCI: DifferenceInterval?
    /// Cases in LAST − cases in FIRST (insured residents, stunted children…).
    package var changePeople: Int?
    package var judgement: ChangeJudgement?
    /// The target of the run; nil for an indicator without one.
    package var target: Double?
    package var targetStatus: TargetStatus?
    /// The gap to the target in people in LAST (Targets.gap); nil without a target or a LAST rate.
    package var gapLast: Int?
    /// Fewer people assessed than the indicator's minimum (50 children) in either period: shown, never ranked.
    package var fewAssessed: Bool
    package var incomplete: Incompleteness?
    /// Place among the units to commend (improved), from 1; nil when not among them.
    package var commendationRank: Int?
    /// Place among the units that need attention (worsened, then short of the target), from 1.
    package var attentionRank: Int?

    /// Whether the change may be ranked: complete, computed and over enough people.
    package var isRankable: Bool { incomplete == nil && judgement != nil && !fewAssessed }
}

/// Every unit's change between the compared periods, and the lists of the review.
package struct Review: Sendable {
    package var periods: ComparedPeriods
    package var units: MapUnits
    /// Communes, then districts, then provinces; each by province and code, then the indicators in order.
    package var changes: [UnitChange] { didSet { byProvince = Self.index(changes) } }
    /// The positions in `changes` of each province's changes, in order: the lists of a province
    /// are read without a pass over the whole country.
    private var byProvince: [String: [Int]] = [:]

    private static func index(_ changes: [UnitChange]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for position in changes.indices { index[changes[position].unit.provinceCode, default: []].append(position) }
        return index
    }

    /// The review of `analysis` between its compared periods; nil when it has fewer than two periods.
    package init?(_ analysis: Analysis) {
        guard let periods = analysis.comparedPeriods else { return nil }
        self.init(analysis, periods: periods)
    }

    package init(_ analysis: Analysis, periods: ComparedPeriods) {
        self.periods = periods
        units = analysis.units
        let targets = analysis.targets
        var changes: [UnitChange] = []
        // Communes.
        let communes = Self.pairs(
            analysis.communes.filter { $0.period.key == periods.first },
            analysis.communes.filter { $0.period.key == periods.last }
        ) { ReviewUnit($0) }
        var incompleteAbove: Set<String> = []  // "province" and "province/district" keys with an incomplete commune
        for (unit, first, last) in communes {
            let incomplete = Self.incompleteness(first, last)
            if let incomplete, incomplete != .lacksDivided, unit.kind != .divided {
                let row = (first ?? last)!
                incompleteAbove.insert(unit.provinceCode)
                if let district = row.commune.districtCode { incompleteAbove.insert(unit.provinceCode + "/" + district) }
            }
            let name = last?.commune.name ?? first?.commune.name
            for indicator in Indicator.all {
                changes.append(
                    Self.change(
                        unit, name, indicator, first?.figures[indicator].asGroup,
                        last?.figures[indicator].asGroup, incomplete, targets))
            }
        }
        // Districts and provinces.
        for level in [UnitSummary.Level.district, .province] {
            let rows = level == .district ? analysis.districts : analysis.provinces
            let pairs = Self.pairs(rows.filter { $0.period == periods.first }, rows.filter { $0.period == periods.last }) {
                ReviewUnit($0, units: analysis.units)
            }
            for (unit, first, last) in pairs {
                var incomplete: Incompleteness? = first == nil ? .onlyLast : last == nil ? .onlyFirst : nil
                let key = level == .district ? unit.provinceCode + "/" + unit.code : unit.provinceCode
                if incomplete == nil && incompleteAbove.contains(key) { incomplete = .communesDiffer }
                let name = last?.name ?? first?.name
                for indicator in Indicator.all {
                    changes.append(
                        Self.change(
                            unit, name, indicator, first?.figures[indicator].asGroup,
                            last?.figures[indicator].asGroup, incomplete, targets))
                }
            }
        }
        Self.rank(&changes)
        self.changes = changes
        byProvince = Self.index(changes)
    }

    /// The rows of FIRST and LAST matched by their unit, by province, code, kind and map edition.
    private static func pairs<Row>(_ first: [Row], _ last: [Row], _ unit: (Row) -> ReviewUnit)
        -> [(ReviewUnit, Row?, Row?)]
    {
        var order: [ReviewUnit] = []
        var rows: [ReviewUnit: (Row?, Row?)] = [:]
        for row in first {
            let key = unit(row)
            if rows[key] == nil { order.append(key) }
            rows[key] = (row, nil)
        }
        for row in last {
            let key = unit(row)
            if rows[key] == nil { order.append(key); rows[key] = (nil, row) } else { rows[key]!.1 = row }
        }
        // The legacy map's unit before the 2025 map's of the same code.
        func edition(_ unit: ReviewUnit) -> Int { unit.edition == .current2025 ? 1 : 0 }
        return order.sorted {
            ($0.provinceCode, $0.code, $0.kind.rawValue, edition($0)) < ($1.provinceCode, $1.code, $1.kind.rawValue, edition($1))
        }.map { ($0, rows[$0]!.0, rows[$0]!.1) }
    }

    /// Why a commune's two rows do not cover the same communes, or nil when they do.
    private static func incompleteness(_ first: CommuneSummary?, _ last: CommuneSummary?) -> Incompleteness? {
        guard let first else { return .onlyLast }
        guard let last else { return .onlyFirst }
        let maps = [first.todaysMap, last.todaysMap]
        if maps.contains(where: { !($0?.missingPredecessors.isEmpty ?? true) }) { return .missingPredecessors }
        if (first.todaysMap?.lacksDivided.isEmpty ?? true) != (last.todaysMap?.lacksDivided.isEmpty ?? true) {
            return .lacksDivided
        }
        return nil
    }

    private static func change(
        _ unit: ReviewUnit, _ name: String?, _ indicator: Indicator, _ first: GroupCount?,
        _ last: GroupCount?, _ incomplete: Incompleteness?, _ targets: Targets
    ) -> UnitChange {
        let target = targets[indicator.id]
        var change = UnitChange(
            unit: unit, name: name, indicator: indicator, first: first, last: last,
            target: target, fewAssessed: false, incomplete: incomplete)
        change.fewAssessed = [first, last].contains { $0.map { !indicator.isStable($0) } ?? false }
        if let last, target != nil, last.rate != nil { change.gapLast = targets.gap(indicator, last) }
        guard incomplete == nil, let first, let last, let p1 = first.rate, let p2 = last.rate,
            let interval = Uncertainty.newcombe(first: first, last: last)
        else { return change }
        change.change = p2 - p1
        change.changeCI = interval
        change.changePeople = last.hits - first.hits
        let good: Double = indicator.direction == .atLeast ? 1 : -1
        change.judgement =
            interval.containsZero
            ? .noClearChange
            : (interval.low > 0) == (good > 0) ? .improved : .worsened
        if let metFirst = targets.meets(indicator, first), let metLast = targets.meets(indicator, last) {
            change.targetStatus =
                switch (metFirst, metLast) {
                case (false, true): .reached
                case (false, false): .stillShort
                case (true, false): .fellBack
                case (true, true): .metBoth
                }
        }
        return change
    }

    /// Ranks the communes of each province for each indicator (docs/review.md, "Ranking"):
    ///
    /// - commendation: improved communes, by the change they are sure of (the end of the interval
    ///   nearest 0) in the good direction, largest first; then by the change; then by code;
    /// - attention: worsened communes by the same rule in the bad direction; then the communes
    ///   short of the target in LAST (not worsened) by their gap in people, largest first; then by
    ///   the distance of their rate to the target; then by code.
    ///
    /// Incomplete communes and those with too few people assessed are never ranked.
    private static func rank(_ changes: inout [UnitChange]) {
        struct Group: Hashable { var province: String; var indicator: IndicatorID }
        var groups: [Group: [Int]] = [:]
        for index in changes.indices where changes[index].unit.level == .commune && changes[index].isRankable {
            groups[Group(province: changes[index].unit.provinceCode, indicator: changes[index].indicator.id), default: []]
                .append(index)
        }
        let all = changes
        for indices in groups.values {
            let good: Double = all[indices[0]].indicator.direction == .atLeast ? 1 : -1
            // The change in the good direction that the interval is sure of (≥ 0 when improved).
            func sure(_ c: UnitChange, _ sign: Double) -> Double {
                sign > 0 ? c.changeCI!.low : -c.changeCI!.high
            }
            func byCode(_ a: UnitChange, _ b: UnitChange) -> Bool { (a.unit.code, a.unit.kind) < (b.unit.code, b.unit.kind) }
            func bySureChange(_ sign: Double) -> (Int, Int) -> Bool {
                { a, b in
                    let (ca, cb) = (all[a], all[b])
                    if sure(ca, sign) != sure(cb, sign) { return sure(ca, sign) > sure(cb, sign) }
                    if ca.change! != cb.change! { return ca.change! * sign > cb.change! * sign }
                    return byCode(ca, cb)
                }
            }
            let improved = indices.filter { all[$0].judgement == .improved }.sorted(by: bySureChange(good))
            for (place, index) in improved.enumerated() { changes[index].commendationRank = place + 1 }
            let worsened = indices.filter { all[$0].judgement == .worsened }.sorted(by: bySureChange(-good))
            let short = indices.filter {
                all[$0].judgement != .worsened && (all[$0].targetStatus == .stillShort || all[$0].targetStatus == .fellBack)
            }.sorted { a, b in
                let (ca, cb) = (all[a], all[b])
                if ca.gapLast! != cb.gapLast! { return ca.gapLast! > cb.gapLast! }
                let (da, db) = (distance(ca), distance(cb))
                if da != db { return da > db }
                return byCode(ca, cb)
            }
            for (place, index) in (worsened + short).enumerated() { changes[index].attentionRank = place + 1 }
        }
    }

    /// How far LAST's rate lies on the wrong side of the target, as a proportion.
    private static func distance(_ change: UnitChange) -> Double {
        guard let target = change.target, let rate = change.last?.rate else { return 0 }
        return change.indicator.direction == .atLeast ? target - rate : rate - target
    }

    // MARK: Lists

    /// The changes of one level, province and indicator, in the order of `changes`.
    package func changes(_ level: ReviewUnit.Level, province: String, _ indicator: Indicator) -> [UnitChange] {
        (byProvince[province] ?? []).lazy.map { self.changes[$0] }.filter { $0.unit.level == level && $0.indicator == indicator }
    }

    /// The communes of a province to commend for an indicator, best first.
    package func commendation(province: String, _ indicator: Indicator) -> [UnitChange] {
        changes(.commune, province: province, indicator).filter { $0.commendationRank != nil }
            .sorted { $0.commendationRank! < $1.commendationRank! }
    }

    /// The communes of a province that need attention for an indicator, most urgent first.
    package func attention(province: String, _ indicator: Indicator) -> [UnitChange] {
        changes(.commune, province: province, indicator).filter { $0.attentionRank != nil }
            .sorted { $0.attentionRank! < $1.attentionRank! }
    }

    /// The provinces the review covers, by code.
    package var provinceCodes: [String] {
        Array(Set(changes.map(\.unit.provinceCode))).sorted()
    }
}

extension Analysis {
    /// The periods the review compares: those of `--compare`, else the first and the last present;
    /// nil with fewer than two periods.
    package var comparedPeriods: ComparedPeriods? {
        if let comparison { return comparison }
        // One pass, no set: the JSON of a single period pays next to nothing for the review.
        guard var first = communes.first?.period.key else { return nil }
        var last = first
        for row in communes {
            let key = row.period.key
            if key < first { first = key }
            if last < key { last = key }
        }
        return first == last ? nil : ComparedPeriods(first: first, last: last)
    }
}
