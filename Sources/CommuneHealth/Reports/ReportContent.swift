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

    /// One commune whose used measurement is implausible or out of age.
    struct Flagged {
        var summary: CommuneSummary
        var measurement: FlaggedMeasurement
    }

    let analysis: Analysis
    let targets: Targets
    let provinces: [Province]
    let periods: [PeriodKey]
    let flagged: [Flagged]
    let disagreements: [(summary: CommuneSummary, differences: [(name: String, reported: Int, computed: Int)])]

    var hasSeveralPeriods: Bool { periods.count > 1 }
    var fileCount: Int { analysis.communes.count + analysis.rejectedFiles.count + analysis.supersededFiles.count }

    init(_ analysis: Analysis) {
        self.analysis = analysis
        targets = analysis.targets
        periods = analysis.periods
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
            provinces.append(Province(
                latest: latest, history: history, districts: districts,
                districtHistories: histories.keys.sorted().map { histories[$0]!.sorted { $0.period < $1.period } },
                communes: analysis.communes.filter { $0.commune.provinceCode == code && $0.period.key == latest.period },
                districtNames: names))
        }
        self.provinces = provinces
        flagged = analysis.communes.flatMap { summary in
            summary.flaggedMeasurements.map { Flagged(summary: summary, measurement: $0) }
        }
        disagreements = analysis.communes.compactMap { summary in
            let differences = summary.reportedDisagreements
            return differences.isEmpty ? nil : (summary, differences)
        }
    }

    // MARK: Orders

    /// Communes by coverage, lowest first; those without residents last.
    func coverageOrder(_ communes: [CommuneSummary]) -> [CommuneSummary] {
        communes.sorted { a, b in
            switch (a.figures.coverage, b.figures.coverage) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let (ga, gb) = (targets.uninsuredGap(a.figures), targets.uninsuredGap(b.figures))
                return ga != gb ? ga > gb : a.commune.code < b.commune.code
            }
        }
    }

    /// Communes by stunting rate, highest first, split into those with enough children to be
    /// ranked and those without; communes with no child assessed come last among the unranked.
    func stuntingOrder(_ communes: [CommuneSummary]) -> (ranked: [CommuneSummary], unranked: [CommuneSummary]) {
        let sorted = communes.sorted { a, b in
            switch (a.figures.stuntingRate, b.figures.stuntingRate) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let (ea, eb) = (targets.stuntedExcess(a.figures), targets.stuntedExcess(b.figures))
                return ea != eb ? ea > eb : a.commune.code < b.commune.code
            }
        }
        return (sorted.filter { $0.figures.hasStableStuntingRate }, sorted.filter { !$0.figures.hasStableStuntingRate })
    }

    func coverageMisses(_ province: Province) -> [CommuneSummary] {
        coverageOrder(province.communes).filter { targets.meetsCoverage($0.figures) == false }
    }

    func stuntingMisses(_ province: Province) -> (ranked: [CommuneSummary], unranked: [CommuneSummary]) {
        let order = stuntingOrder(province.communes)
        let misses = { (list: [CommuneSummary]) in list.filter { self.targets.meetsStunting($0.figures) == false } }
        return (misses(order.ranked), misses(order.unranked))
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
