/// The counts of one indicator in one unit; units add up by summing counts, never rates.
package struct IndicatorCounts: Sendable, Equatable {
    /// The denominator: residents (coverage) or children assessed.
    package var assessed = 0
    /// The numerator: insured residents, or children that are cases.
    package var cases = 0
    /// Severe cases among `cases` (z below -3, or oedema); 0 for indicators without a severe form.
    package var severe = 0
    /// Children assessed and cases by sex (boys, girls) and by age (0-23, 24-59 months).
    package var bySex = GroupPair()
    package var byAgeGroup = GroupPair()

    package init(assessed: Int = 0, cases: Int = 0, severe: Int = 0) {
        self.assessed = assessed
        self.cases = cases
        self.severe = severe
    }

    /// cases / assessed; nil when nobody was assessed.
    package var rate: Double? { assessed == 0 ? nil : Double(cases) / Double(assessed) }

    /// The 95% Wilson interval of the rate; nil when nobody was assessed.
    package var interval: ProportionInterval? { Uncertainty.wilson(successes: cases, trials: assessed) }

    package var asGroup: GroupCount { GroupCount(total: assessed, hits: cases) }

    package static func + (lhs: IndicatorCounts, rhs: IndicatorCounts) -> IndicatorCounts {
        var sum = IndicatorCounts(
            assessed: lhs.assessed + rhs.assessed, cases: lhs.cases + rhs.cases,
            severe: lhs.severe + rhs.severe)
        sum.bySex = lhs.bySex + rhs.bySex
        sum.byAgeGroup = lhs.byAgeGroup + rhs.byAgeGroup
        return sum
    }

    /// Counts a child of `sex` and `ageGroup` with its outcome for this indicator.
    @inline(__always)
    mutating func add(_ outcome: ChildOutcome, sex: Sex, ageGroup: ChildAgeGroup) {
        guard outcome != .notAssessed else { return }
        let isCase = outcome != .assessed
        assessed += 1
        if isCase { cases += 1 }
        if outcome == .severeCase { severe += 1 }
        bySex.add(isCase, first: sex == .male)
        byAgeGroup.add(isCase, first: ageGroup == .under24Months)
    }
}

/// Two groups' counts in place: boys and girls, or the two age groups of children.
package struct GroupPair: Sendable, Equatable {
    package var first = GroupCount()
    package var second = GroupCount()

    package init() {}

    @inline(__always)
    mutating func add(_ hit: Bool, first isFirst: Bool) {
        if isFirst { first.add(hit) } else { second.add(hit) }
    }

    package static func + (lhs: GroupPair, rhs: GroupPair) -> GroupPair {
        var sum = GroupPair()
        sum.first = lhs.first + rhs.first
        sum.second = lhs.second + rhs.second
        return sum
    }
}

/// Age groups of children, in completed months.
package enum ChildAgeGroup: String, Hashable, Sendable, CaseIterable {
    case under24Months = "0-23"
    case from24Months = "24-59"

    init(ageDays: Int) {
        self = Double(ageDays) / HeightForAge.daysPerMonth < 24 ? .under24Months : .from24Months
    }
}

/// The figures of one unit: every indicator's counts, and what was left out.
package struct Figures: Sendable, Equatable {
    /// One entry per indicator, at its `slot`.
    package var indicators = [IndicatorCounts](repeating: IndicatorCounts(), count: Indicator.all.count)
    package var excludedRecords = 0
    /// Children whose measurement used has an implausible HAZ (|HAZ| > 6).
    package var implausibleChildren = 0
    package var outOfAgeChildren = 0
    package var coverageGroups = CoverageGroups()
    /// What the data-quality statistics of the unit need (data-quality-v1), summed like counts.
    package var quality = DataQualityTally()
    /// Insured residents per funding group; they add up to `insured` (cards-v1 §2).
    package var fundingGroups = FundingGroupCounts()
    /// Residents under 6 on the reference date, and those without a valid card (cards-v1 §3).
    package var under6 = Under6Counts()
    /// WHO's standard analysis (#28): only when the reader was asked for it (`prevalence`, the
    /// HTML report and the workbook); nil otherwise, so that other reports pay nothing for it.
    package var whoPrevalence: WHOPrevalenceTally?

    package init() {}

    package subscript(_ indicator: Indicator) -> IndicatorCounts {
        get { indicators[indicator.slot] }
        set { indicators[indicator.slot] = newValue }
    }

    // The names of health-station-export-v1 §3, kept for the flat keys of cli-v1.
    package var population: Int {
        get { self[.coverage].assessed }
        set { self[.coverage].assessed = newValue }
    }
    package var insured: Int {
        get { self[.coverage].cases }
        set { self[.coverage].cases = newValue }
    }
    package var childrenAssessed: Int {
        get { self[.stunting].assessed }
        set { self[.stunting].assessed = newValue }
    }
    package var stunted: Int {
        get { self[.stunting].cases }
        set { self[.stunting].cases = newValue }
    }
    package var severelyStunted: Int {
        get { self[.stunting].severe }
        set { self[.stunting].severe = newValue }
    }
    /// insured / population; nil when nobody lives in the unit.
    package var coverage: Double? { self[.coverage].rate }
    /// stunted / childrenAssessed; nil when no child was assessed.
    package var stuntingRate: Double? { self[.stunting].rate }

    package static func + (lhs: Figures, rhs: Figures) -> Figures {
        var sum = Figures()
        for slot in sum.indicators.indices { sum.indicators[slot] = lhs.indicators[slot] + rhs.indicators[slot] }
        sum.excludedRecords = lhs.excludedRecords + rhs.excludedRecords
        sum.implausibleChildren = lhs.implausibleChildren + rhs.implausibleChildren
        sum.outOfAgeChildren = lhs.outOfAgeChildren + rhs.outOfAgeChildren
        sum.coverageGroups = lhs.coverageGroups + rhs.coverageGroups
        sum.quality = lhs.quality + rhs.quality
        sum.fundingGroups = lhs.fundingGroups + rhs.fundingGroups
        sum.under6 = lhs.under6 + rhs.under6
        switch (lhs.whoPrevalence, rhs.whoPrevalence) {
        case (nil, nil): break
        case let (left?, right?): sum.whoPrevalence = left + right
        case let (left, right): sum.whoPrevalence = left ?? right
        }
        return sum
    }
}

extension Figures {
    /// Folds one child's measurement used into every growth indicator and the data-quality tally.
    @inline(__always)
    mutating func add(_ child: ChildAssessment, _ measurement: Measurement) {
        let sex = measurement.sex
        switch child.height.status {
        case .outOfAge:
            outOfAgeChildren += 1
            return
        case .implausible:
            implausibleChildren += 1
        default:
            break
        }
        let ageGroup = ChildAgeGroup(ageDays: child.height.ageDays)
        let birth = measurement.birthDate.components
        quality.add(
            DataQualityChild(
                sex: sex, ageDays: child.height.ageDays, birthMonth: birth.month, birthDay: birth.day,
                haz: child.height.haz, hazFlagged: child.height.status == .implausible,
                whz: child.weight.whz, whzFlagged: child.weight.whz.map(ZScoreIndex.whz.isFlagged) ?? false,
                heightTenthsDigit: measurement.heightTenthsDigit < 0 ? nil : Int(measurement.heightTenthsDigit),
                weightTenthsDigit: measurement.weightTenthsDigit < 0 ? nil : Int(measurement.weightTenthsDigit)))
        for indicator in Indicator.growth {
            guard case .children(let rule) = indicator.classification else { continue }
            indicators[indicator.slot].add(rule.classify(child), sex: sex, ageGroup: ageGroup)
        }
    }
}
