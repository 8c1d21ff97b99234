/// What the reports for people (HTML, Markdown, table) show, worked out once so that every format
/// says the same: per province, its latest period in detail, and every period for the trend.
struct ReportContent {
    /// One province: the latest period it reported on, its districts and communes then, and its history.
    struct Province {
        var latest: UnitSummary
        /// The province in every period, earliest first.
        var history: [UnitSummary]
        /// Districts in the latest period, by code.
        var districts: [UnitSummary]
        /// Every district of the province in every period: one array per district, earliest first.
        var districtHistories: [[UnitSummary]]
        /// Communes in the latest period, by district and code.
        var communes: [CommuneSummary]
        /// Names of the districts by code, for the commune tables.
        var districtNames: [String: String]

        var period: PeriodKey { latest.period }
    }

    let analysis: Analysis
    let targets: Targets
    let provinces: [Province]
    let periods: [PeriodKey]
    let disagreements: [(summary: CommuneSummary, differences: [(name: String, reported: Int, computed: Int)])]

    /// The 5-year review between the compared periods; nil with a single period.
    let review: Review?

    var hasSeveralPeriods: Bool { periods.count > 1 }
    var fileCount: Int { analysis.files.count + analysis.rejectedFiles.count + analysis.supersededFiles.count }

    init(_ analysis: Analysis) {
        self.analysis = analysis
        targets = analysis.targets
        periods = analysis.periods
        review = Review(analysis)
        var provinces: [Province] = []
        let provinceCodes = Array(Set(analysis.provinces.map(\.code))).sorted()
        for code in provinceCodes {
            let history = analysis.provinces.filter { $0.code == code }.sorted { $0.period < $1.period }
            let latest = history.last!
            let districts = analysis.districts.filter { $0.provinceCode == code && $0.period == latest.period }
            var histories: [String: [UnitSummary]] = [:]
            for district in analysis.districts where district.provinceCode == code {
                histories[district.code, default: []].append(district)
            }
            var names: [String: String] = [:]
            for district in analysis.districts where district.provinceCode == code {
                if let name = district.name, names[district.code] == nil { names[district.code] = name }
            }
            provinces.append(
                Province(
                    latest: latest, history: history, districts: districts,
                    districtHistories: histories.keys.sorted().map { histories[$0]!.sorted { $0.period < $1.period } },
                    communes: analysis.communes.filter { $0.commune.provinceCode == code && $0.period.key == latest.period },
                    districtNames: names))
        }
        self.provinces = provinces
        disagreements = analysis.files.compactMap { summary in
            let differences = summary.reportedDisagreements
            return differences.isEmpty ? nil : (summary, differences)
        }
    }

    // MARK: Orders

    /// Communes of one indicator, worst first: those whose rate is stable enough to rank, then
    /// those with too few people assessed (none for coverage).
    struct Ranking {
        var ranked: [CommuneSummary]
        var unranked: [CommuneSummary]

        var all: [CommuneSummary] { ranked + unranked }
        var isEmpty: Bool { ranked.isEmpty && unranked.isEmpty }
    }

    /// Communes worst first by the indicator's direction: the lowest rate first for an at-least
    /// target (coverage), the highest first for a below target (growth); ties by the larger gap to
    /// the target (without a target: more people on the wrong side), then by code. Communes with
    /// nobody assessed come last, among the unranked when the indicator has a minimum.
    func order(_ indicator: Indicator, _ communes: [CommuneSummary]) -> Ranking {
        let sorted = communes.sorted { worse(indicator, $0, $1) }
        let stable = { (summary: CommuneSummary) in indicator.isStable(summary.figures[indicator].asGroup) }
        return Ranking(ranked: sorted.filter(stable), unranked: sorted.filter { !stable($0) })
    }

    /// The communes of the province that miss the indicator's target, in `order`; none without a target.
    func misses(_ indicator: Indicator, _ province: Province) -> Ranking {
        let ranking = order(indicator, province.communes)
        let miss = { (summary: CommuneSummary) in self.targets.meets(indicator, summary.figures[indicator]) == false }
        return Ranking(ranked: ranking.ranked.filter(miss), unranked: ranking.unranked.filter(miss))
    }

    private func worse(_ indicator: Indicator, _ a: CommuneSummary, _ b: CommuneSummary) -> Bool {
        let (ca, cb) = (a.figures[indicator], b.figures[indicator])
        switch (ca.rate, cb.rate) {
        case let (x?, y?) where x != y: return indicator.direction == .atLeast ? x < y : x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default:
            let (sa, sb) = (shortfall(indicator, ca), shortfall(indicator, cb))
            return sa != sb ? sa > sb : a.unit < b.unit
        }
    }

    /// The people a tie is broken by: the gap to the target; without one, the people on the
    /// wrong side of the rate (cases of a growth indicator, residents without a card).
    private func shortfall(_ indicator: Indicator, _ counts: IndicatorCounts) -> Int {
        guard targets[indicator.id] == nil else { return targets.gap(indicator, counts) }
        return indicator.direction == .atLeast ? counts.assessed - counts.cases : counts.cases
    }

    // MARK: Breakdowns

    /// The groups shown for a dimension across a province and its districts: every fixed group;
    /// for ethnicity the four largest in the province, the others summed, then "not recorded".
    func columns(_ breakdown: Breakdown, _ province: Province) -> [String?] {
        let dimension = breakdown.dimension
        let groups = Breakdown(indicator: breakdown.indicator, dimension: dimension, figures: province.latest.figures).groups
        guard dimension == .ethnicity else { return groups.map(\.key) }
        let named = groups.filter { $0.key != nil }
        var keys: [String?] = named.count <= 5 ? named.map(\.key) : named.prefix(4).map(\.key) + [Breakdown.otherEthnicities]
        if groups.contains(where: { $0.key == nil }) { keys.append(nil) }
        return keys
    }

    /// The count of a shown group in a unit's figures; the summed group adds every ethnic group
    /// not shown on its own.
    func count(_ shape: Breakdown, _ key: String?, in figures: Figures, shown: [String?]) -> GroupCount {
        let breakdown = Breakdown(indicator: shape.indicator, dimension: shape.dimension, figures: figures)
        guard key == Breakdown.otherEthnicities else { return breakdown.count(of: key) }
        return breakdown.groups.filter { group in !shown.contains { $0 == group.key } }
            .reduce(GroupCount()) { $0 + $1.count }
    }
}

extension ReportContent.Province {
    /// Whether any commune of the latest period has a district (#27): on today's map none has, and
    /// the reports for people leave the District column out rather than show it empty.
    var hasDistricts: Bool { communes.contains { $0.commune.districtCode != nil } }
}
