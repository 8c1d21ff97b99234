/// The counts behind both indicators for one unit; units add up by summing counts.
public struct Figures: Sendable, Equatable {
    public var population = 0
    public var insured = 0
    public var childrenAssessed = 0
    public var stunted = 0
    public var severelyStunted = 0
    public var excludedRecords = 0
    public var implausibleChildren = 0
    public var outOfAgeChildren = 0
    public var coverageGroups = CoverageGroups()
    public var stuntingGroups = StuntingGroups()

    public init() {}

    /// insured / population; nil when nobody lives in the unit.
    public var coverage: Double? { population == 0 ? nil : Double(insured) / Double(population) }

    /// stunted / childrenAssessed; nil when no child was assessed.
    public var stuntingRate: Double? {
        childrenAssessed == 0 ? nil : Double(stunted) / Double(childrenAssessed)
    }

    public static func + (lhs: Figures, rhs: Figures) -> Figures {
        var sum = Figures()
        sum.population = lhs.population + rhs.population
        sum.insured = lhs.insured + rhs.insured
        sum.childrenAssessed = lhs.childrenAssessed + rhs.childrenAssessed
        sum.stunted = lhs.stunted + rhs.stunted
        sum.severelyStunted = lhs.severelyStunted + rhs.severelyStunted
        sum.excludedRecords = lhs.excludedRecords + rhs.excludedRecords
        sum.implausibleChildren = lhs.implausibleChildren + rhs.implausibleChildren
        sum.outOfAgeChildren = lhs.outOfAgeChildren + rhs.outOfAgeChildren
        sum.coverageGroups = lhs.coverageGroups + rhs.coverageGroups
        sum.stuntingGroups = lhs.stuntingGroups + rhs.stuntingGroups
        return sum
    }
}

/// Assessed and stunted children per group, for the stunting breakdowns.
public struct StuntingGroups: Sendable, Equatable {
    public var bySex: [Sex: GroupCount] = [:]
    public var byAgeGroup: [StuntingAgeGroup: GroupCount] = [:]

    public init() {}

    public static func + (lhs: StuntingGroups, rhs: StuntingGroups) -> StuntingGroups {
        var sum = lhs
        sum.bySex.merge(rhs.bySex, uniquingKeysWith: +)
        sum.byAgeGroup.merge(rhs.byAgeGroup, uniquingKeysWith: +)
        return sum
    }
}

/// Age groups for stunting, in completed months.
public enum StuntingAgeGroup: String, Hashable, Sendable, CaseIterable {
    case under24Months = "0-23"
    case from24Months = "24-59"

    init(ageDays: Int) {
        self = Double(ageDays) / HeightForAge.daysPerMonth < 24 ? .under24Months : .from24Months
    }
}

extension Figures {
    /// The figures of one file: its coverage counts and the stunting of each child's measurement used.
    init(contents: ExportContents, growth: HeightForAge) {
        self.init()
        population = contents.population
        insured = contents.insured
        excludedRecords = contents.excludedRecords
        coverageGroups = contents.coverageGroups
        // Counted in place, then handed to the dictionaries once: a dictionary update per child
        // would hash the group's name every time.
        var bySex = [GroupCount](repeating: GroupCount(), count: 2)
        var byAgeGroup = [GroupCount](repeating: GroupCount(), count: 2)
        for measurement in contents.usedMeasurements {
            let assessment = growth.assess(sex: measurement.sex, ageDays: measurement.date - measurement.birthDate,
                                           heightCm: measurement.heightCm, position: measurement.position)
            switch assessment.status {
            case .outOfAge:
                outOfAgeChildren += 1
            case .implausible:
                implausibleChildren += 1
            case .normal, .stunted, .severelyStunted:
                childrenAssessed += 1
                let isStunted = assessment.status != .normal
                if isStunted { stunted += 1 }
                if assessment.status == .severelyStunted { severelyStunted += 1 }
                bySex[measurement.sex == .male ? 0 : 1].add(isStunted)
                byAgeGroup[StuntingAgeGroup(ageDays: assessment.ageDays) == .under24Months ? 0 : 1].add(isStunted)
            }
        }
        for (index, sex) in [Sex.male, Sex.female].enumerated() where bySex[index].total > 0 {
            stuntingGroups.bySex[sex] = bySex[index]
        }
        for (index, group) in [StuntingAgeGroup.under24Months, .from24Months].enumerated() where byAgeGroup[index].total > 0 {
            stuntingGroups.byAgeGroup[group] = byAgeGroup[index]
        }
    }
}
