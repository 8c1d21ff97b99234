/// One indicator split by one attribute of the people counted: coverage by poverty status, age
/// group or ethnicity; each growth indicator by sex and by age group. Groups add up to the unit's
/// own counts.
package struct Breakdown: Sendable {
    package enum Dimension: String, Sendable, CaseIterable {
        case poverty, ageGroup, ethnicity, sex, childAgeGroup

        /// The dimensions of residents (coverage) or of children (growth indicators).
        static func of(_ indicator: Indicator) -> [Dimension] {
            indicator.isGrowth ? [.sex, .childAgeGroup] : [.poverty, .ageGroup, .ethnicity]
        }

        /// The key under `breakdowns.<indicator>` in JSON.
        package var jsonKey: String {
            switch self {
            case .poverty: return "byPoverty"
            case .ageGroup, .childAgeGroup: return "byAgeGroup"
            case .ethnicity: return "byEthnicity"
            case .sex: return "bySex"
            }
        }
    }

    /// A group: `key` is the value as the format writes it (`poor`, `0-5`, `Tày`, `M`, `0-23`);
    /// nil for residents whose ethnicity is not recorded.
    package struct Group: Sendable {
        package var key: String?
        /// total = residents or children assessed; hits = insured residents or cases.
        package var count: GroupCount
    }

    /// The key of the display-only group that sums the smaller ethnic groups.
    package static let otherEthnicities = "\u{1}other"

    package var indicator: Indicator
    package var dimension: Dimension
    package var groups: [Group]

    /// Every breakdown of a unit, indicator by indicator. Fixed groups are always present, empty or
    /// not; ethnic groups are those present, largest first, then by name, "not recorded" last.
    package static func all(_ figures: Figures) -> [Breakdown] {
        Indicator.all.flatMap { indicator in
            Dimension.of(indicator).map { Breakdown(indicator: indicator, dimension: $0, figures: figures) }
        }
    }

    init(indicator: Indicator, dimension: Dimension, figures: Figures) {
        self.indicator = indicator
        self.dimension = dimension
        let coverage = figures.coverageGroups, counts = figures[indicator]
        switch dimension {
        case .poverty:
            groups = PovertyStatus.allCases.map { Group(key: $0.rawValue, count: coverage.byPoverty[$0] ?? GroupCount()) }
        case .ageGroup:
            groups = CoverageAgeGroup.allCases.map { Group(key: $0.rawValue, count: coverage.byAgeGroup[$0] ?? GroupCount()) }
        case .ethnicity:
            groups = coverage.byEthnicity.map { Group(key: $0.key.isEmpty ? nil : $0.key, count: $0.value) }
            groups.sort(by: Self.ethnicOrder)
        case .sex:
            groups = [
                Group(key: Sex.male.rawValue, count: counts.bySex.first),
                Group(key: Sex.female.rawValue, count: counts.bySex.second),
            ]
        case .childAgeGroup:
            groups = [
                Group(key: ChildAgeGroup.under24Months.rawValue, count: counts.byAgeGroup.first),
                Group(key: ChildAgeGroup.from24Months.rawValue, count: counts.byAgeGroup.second),
            ]
        }
    }

    static func ethnicOrder(_ a: Group, _ b: Group) -> Bool {
        if (a.key == nil) != (b.key == nil) { return b.key == nil }
        if a.count.total != b.count.total { return a.count.total > b.count.total }
        return (a.key ?? "") < (b.key ?? "")
    }

    /// The count of a group by key, zero when the unit has none of it.
    package func count(of key: String?) -> GroupCount {
        groups.first { $0.key == key }?.count ?? GroupCount()
    }
}
