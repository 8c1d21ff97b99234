/// The indicators the tool reports, each a value that every layer loops over: the figures count
/// by it, roll-ups sum it, intervals, bands, targets and every renderer read it. Adding one is one
/// more value in `Indicator.all`, its table if it needs one, and its labels (docs/indicators.md).
package struct Indicator: Sendable, Hashable, Identifiable {
    package let id: IndicatorID
    /// Whom the indicator counts and how one of them is classified.
    package let classification: Classification
    /// The WHO/UNICEF public-health significance bands of its rate; nil when it has none.
    package let bands: PublicHealthBands?
    /// Whether a unit meets the target with a rate at least the target or below it.
    package let direction: TargetDirection
    /// The target a run starts with (the programme's); nil for indicators without one.
    package let defaultTarget: Double?
    /// Below this many people assessed, a rate is shown with its interval but not ranked; 0: always ranked.
    package let minimumStable: Int

    package static func == (lhs: Indicator, rhs: Indicator) -> Bool { lhs.id == rhs.id }
    package func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Its position in `Indicator.all` and in every per-indicator store.
    package var slot: Int { id.slot }
    /// Whether it counts children under five (growth) rather than residents.
    package var isGrowth: Bool { if case .children = classification { return true } else { return false } }
    /// Whether it counts severe cases (z below -3, or oedema) beside its cases.
    package var hasSevere: Bool {
        if case .children(let rule) = classification { return rule.severeBelow != nil }
        return false
    }
}

/// The indicators by name; the raw value is the JSON key and the NAME of `--target NAME=RATE`.
package enum IndicatorID: String, Sendable, Hashable, CaseIterable, Comparable {
    case coverage, stunting, underweight, wasting, overweight

    var slot: Int {
        switch self {
        case .coverage: return 0
        case .stunting: return 1
        case .underweight: return 2
        case .wasting: return 3
        case .overweight: return 4
        }
    }

    package var indicator: Indicator { Indicator.all[slot] }

    package static func < (lhs: IndicatorID, rhs: IndicatorID) -> Bool { lhs.slot < rhs.slot }
}

extension Indicator {
    /// Health-insurance coverage: residents holding a card valid on the reference date.
    package static let coverage = Indicator(
        id: .coverage, classification: .residents, bands: nil, direction: .atLeast, defaultTarget: 1.0,
        minimumStable: 0)

    /// Stunting: length/height-for-age below -2 SD (docs/spec/health-station-export-v1.md §3).
    package static let stunting = Indicator(
        id: .stunting,
        classification: .children(ChildRule(index: .haz, caseWhen: .below(-2), severeBelow: -3, oedema: .ignored)),
        bands: .stuntingScale, direction: .below, defaultTarget: 0.20, minimumStable: 50)

    /// Underweight: weight-for-age below -2 SD; oedema counts as severe (docs/spec/growth-indicators-v1.md §3).
    package static let underweight = Indicator(
        id: .underweight,
        classification: .children(ChildRule(index: .waz, caseWhen: .below(-2), severeBelow: -3, oedema: .severeCase)),
        bands: .underweightScale, direction: .below, defaultTarget: nil, minimumStable: 50)

    /// Wasting: weight-for-length/height below -2 SD; oedema counts as severe.
    package static let wasting = Indicator(
        id: .wasting,
        classification: .children(ChildRule(index: .whz, caseWhen: .below(-2), severeBelow: -3, oedema: .severeCase)),
        bands: .wastingScale, direction: .below, defaultTarget: nil, minimumStable: 50)

    /// Overweight: weight-for-length/height above +2 SD; a child with oedema is assessed, never a case.
    package static let overweight = Indicator(
        id: .overweight,
        classification: .children(ChildRule(index: .whz, caseWhen: .above(2), severeBelow: nil, oedema: .assessedOnly)),
        bands: .wastingScale, direction: .below, defaultTarget: nil, minimumStable: 50)

    /// Every indicator, in the order reports show them; `slot` indexes this array.
    package static let all: [Indicator] = [.coverage, .stunting, .underweight, .wasting, .overweight]

    /// The indicators of children's growth, the `indicators` object of JSON.
    package static let growth: [Indicator] = all.filter(\.isGrowth)
}

/// Whom an indicator counts.
package enum Classification: Sendable {
    /// Every resident; a case is an insured resident.
    case residents
    /// Eligible children (0 to 1826 days) by the measurement used, classified by a z-score.
    case children(ChildRule)
}

/// How a child is classified for one growth indicator.
package struct ChildRule: Sendable {
    package enum CaseWhen: Sendable {
        case below(Double)
        case above(Double)
    }
    /// What oedema does to the child's place in the indicator.
    package enum Oedema: Sendable {
        /// The z-score is used as it is (length/height-for-age).
        case ignored
        /// Assessed and a severe case, with or without a z-score (underweight, wasting).
        case severeCase
        /// Assessed, never a case (overweight).
        case assessedOnly
    }
    /// The z-score the indicator reads: its reference table and its WHO flag.
    package var index: ZScoreIndex
    package var caseWhen: CaseWhen
    /// A case is severe when the z-score is below this; nil when the indicator has no severe form.
    package var severeBelow: Double?
    package var oedema: Oedema
}

/// What a child is for one indicator.
package enum ChildOutcome: Sendable, Equatable {
    case notAssessed, assessed, someCase, severeCase
}

extension ChildRule {
    /// The child's place in the indicator, from its measurement used (docs/spec/growth-indicators-v1.md §3).
    @inline(__always)
    package func classify(_ child: ChildAssessment) -> ChildOutcome {
        guard child.isEligible else { return .notAssessed }
        if child.oedema {
            switch oedema {
            case .severeCase: return .severeCase
            case .assessedOnly: return .assessed
            case .ignored: break
            }
        }
        guard let z = child.z(index), !index.isFlagged(z) else { return .notAssessed }
        switch caseWhen {
        case .below(let limit) where z < limit:
            if let severeBelow, z < severeBelow { return .severeCase }
            return .someCase
        case .above(let limit) where z > limit:
            return .someCase
        default:
            return .assessed
        }
    }
}

/// Whether a higher or a lower rate is better, and so how a target is met.
package enum TargetDirection: Sendable {
    /// Met when the rate is at least the target (coverage).
    case atLeast
    /// Met when the rate is strictly below the target (stunting and the other growth indicators).
    case below
}
