/// One indicator split by one attribute of the people counted: coverage by poverty status, age
/// group or ethnicity; stunting by sex or age group. Groups add up to the unit's own counts.
public struct Breakdown: Sendable {
    public enum Indicator: String, Sendable { case coverage, stunting }

    public enum Dimension: String, Sendable, CaseIterable {
        case poverty, ageGroup, ethnicity, sex, childAgeGroup

        public var indicator: Indicator {
            switch self {
            case .poverty, .ageGroup, .ethnicity: return .coverage
            case .sex, .childAgeGroup: return .stunting
            }
        }

        /// The key under `breakdowns.coverage` or `breakdowns.stunting` in JSON.
        public var jsonKey: String {
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
    public struct Group: Sendable {
        public var key: String?
        /// total = residents (coverage) or children assessed (stunting); hits = insured or stunted.
        public var count: GroupCount
    }

    /// The key of the display-only group that sums the smaller ethnic groups.
    public static let otherEthnicities = "\u{1}other"

    public var dimension: Dimension
    public var groups: [Group]

    public var indicator: Indicator { dimension.indicator }

    /// The five breakdowns of a unit. Fixed groups are always present, empty or not; ethnic
    /// groups are those present, largest first, then by name, "not recorded" last.
    public static func all(_ figures: Figures) -> [Breakdown] {
        let coverage = figures.coverageGroups, stunting = figures.stuntingGroups
        var ethnic = coverage.byEthnicity.map { Group(key: $0.key.isEmpty ? nil : $0.key, count: $0.value) }
        ethnic.sort(by: ethnicOrder)
        return [
            Breakdown(dimension: .poverty, groups: PovertyStatus.allCases.map {
                Group(key: $0.rawValue, count: coverage.byPoverty[$0] ?? GroupCount())
            }),
            Breakdown(dimension: .ageGroup, groups: CoverageAgeGroup.allCases.map {
                Group(key: $0.rawValue, count: coverage.byAgeGroup[$0] ?? GroupCount())
            }),
            Breakdown(dimension: .ethnicity, groups: ethnic),
            Breakdown(dimension: .sex, groups: [Sex.male, Sex.female].map {
                Group(key: $0.rawValue, count: stunting.bySex[$0] ?? GroupCount())
            }),
            Breakdown(dimension: .childAgeGroup, groups: StuntingAgeGroup.allCases.map {
                Group(key: $0.rawValue, count: stunting.byAgeGroup[$0] ?? GroupCount())
            }),
        ]
    }

    static func ethnicOrder(_ a: Group, _ b: Group) -> Bool {
        if (a.key == nil) != (b.key == nil) { return b.key == nil }
        if a.count.total != b.count.total { return a.count.total > b.count.total }
        return (a.key ?? "") < (b.key ?? "")
    }

    /// The count of a group by key, zero when the unit has none of it.
    public func count(of key: String?) -> GroupCount {
        groups.first { $0.key == key }?.count ?? GroupCount()
    }
}

extension Targets {
    /// Whether a group meets the target of its indicator; nil for an empty group.
    public func meets(_ indicator: Breakdown.Indicator, _ count: GroupCount) -> Bool? {
        switch indicator {
        case .coverage: return meetsCoverage(Self.figures(indicator, count))
        case .stunting: return meetsStunting(Self.figures(indicator, count))
        }
    }

    /// Residents to insure (coverage) or stunted children above the line (stunting) in a group,
    /// by the same rules as for a whole unit.
    public func gap(_ indicator: Breakdown.Indicator, _ count: GroupCount) -> Int {
        switch indicator {
        case .coverage: return uninsuredGap(Self.figures(indicator, count))
        case .stunting: return stuntedExcess(Self.figures(indicator, count))
        }
    }

    private static func figures(_ indicator: Breakdown.Indicator, _ count: GroupCount) -> Figures {
        var figures = Figures()
        switch indicator {
        case .coverage:
            figures.population = count.total
            figures.insured = count.hits
        case .stunting:
            figures.childrenAssessed = count.total
            figures.stunted = count.hits
        }
        return figures
    }
}
