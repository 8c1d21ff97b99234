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

    mutating func add(sex: Sex, ageDays: Int, stunted: Bool) {
        bySex[sex, default: GroupCount()].add(stunted)
        byAgeGroup[StuntingAgeGroup(ageDays: ageDays), default: GroupCount()].add(stunted)
    }

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
                stuntingGroups.add(sex: measurement.sex, ageDays: assessment.ageDays, stunted: isStunted)
            }
        }
    }
}
