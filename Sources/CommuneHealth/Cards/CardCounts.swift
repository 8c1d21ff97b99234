// The per-unit card figures (cards-v1 §2, §3, §6): insured residents per funding group, and the
// children under 6 without a valid card. Units sum their counts; rates come from the sums.

/// Under 6 at `ageYears` completed years (`DateFields.completedYears(to:)`): true up to and including
/// the day before the 6th birthday, false from the birthday on. A child born on 29 February turns
/// 6 on 1 March (the 6th anniversary of a leap day always falls in a common year), so it is still
/// under 6 on 28 February. The one rule of cards-v1 for "under 6": FileFold's count of children
/// under 6, the TE card warning, the coverage age group and the follow-up list's entitlement.
@inline(__always)
func isUnder6(ageYears: Int) -> Bool { ageYears < 6 }

/// Insured residents per funding group; they add up to the unit's insured residents.
package struct FundingGroupCounts: Sendable, Equatable {
    package var employment = 0
    package var socialInsurance = 0
    package var stateBudget = 0
    package var budgetSupported = 0
    package var household = 0
    package var unknown = 0

    package init(
        employment: Int = 0, socialInsurance: Int = 0, stateBudget: Int = 0,
        budgetSupported: Int = 0, household: Int = 0, unknown: Int = 0
    ) {
        self.employment = employment
        self.socialInsurance = socialInsurance
        self.stateBudget = stateBudget
        self.budgetSupported = budgetSupported
        self.household = household
        self.unknown = unknown
    }

    package subscript(group: FundingGroup) -> Int {
        get {
            switch group {
            case .employment: return employment
            case .socialInsurance: return socialInsurance
            case .stateBudget: return stateBudget
            case .budgetSupported: return budgetSupported
            case .household: return household
            case .unknown: return unknown
            }
        }
        set {
            switch group {
            case .employment: employment = newValue
            case .socialInsurance: socialInsurance = newValue
            case .stateBudget: stateBudget = newValue
            case .budgetSupported: budgetSupported = newValue
            case .household: household = newValue
            case .unknown: unknown = newValue
            }
        }
    }

    /// Counts one insured resident, in the group of the card that makes it insured.
    @inline(__always)
    package mutating func add(_ group: FundingGroup) { self[group] += 1 }

    /// All insured residents counted.
    package var total: Int { employment + socialInsurance + stateBudget + budgetSupported + household + unknown }

    /// The group's share of the insured residents; nil when there are none.
    package func share(_ group: FundingGroup) -> Double? {
        total == 0 ? nil : Double(self[group]) / Double(total)
    }

    package static func + (lhs: FundingGroupCounts, rhs: FundingGroupCounts) -> FundingGroupCounts {
        FundingGroupCounts(
            employment: lhs.employment + rhs.employment,
            socialInsurance: lhs.socialInsurance + rhs.socialInsurance,
            stateBudget: lhs.stateBudget + rhs.stateBudget,
            budgetSupported: lhs.budgetSupported + rhs.budgetSupported,
            household: lhs.household + rhs.household, unknown: lhs.unknown + rhs.unknown)
    }
}

/// Residents under 6 on the reference date, and those of them without a valid card.
package struct Under6Counts: Sendable, Equatable {
    package var residents = 0
    package var uninsured = 0

    package init(residents: Int = 0, uninsured: Int = 0) {
        self.residents = residents
        self.uninsured = uninsured
    }

    /// Counts one resident under 6.
    @inline(__always)
    package mutating func add(insured: Bool) {
        residents += 1
        if !insured { uninsured += 1 }
    }

    /// The share of children under 6 without a valid card; nil when there are none.
    package var rate: Double? { residents == 0 ? nil : Double(uninsured) / Double(residents) }

    package static func + (lhs: Under6Counts, rhs: Under6Counts) -> Under6Counts {
        Under6Counts(residents: lhs.residents + rhs.residents, uninsured: lhs.uninsured + rhs.uninsured)
    }
}
