/// The targets a run judges units by: one optional rate per indicator. The programme's are
/// coverage 100% and stunting below 20%; `--target NAME=RATE` sets any of them.
public struct Targets: Sendable, Equatable {
    /// One entry per indicator, at its `slot`; nil: the indicator shows its band only.
    private var rates: [Double?]

    public static let programme2021to2025 = Targets(coverage: 1.0, stuntingRateBelow: 0.20)

    package init(coverage: Double, stuntingRateBelow: Double) {
        rates = Indicator.all.map(\.defaultTarget)
        rates[IndicatorID.coverage.slot] = coverage
        rates[IndicatorID.stunting.slot] = stuntingRateBelow
    }

    package subscript(_ id: IndicatorID) -> Double? {
        get { rates[id.slot] }
        set { rates[id.slot] = newValue }
    }

    /// Coverage is met when coverage >= this.
    package var coverage: Double { self[.coverage] ?? 0 }
    /// Stunting is met when the stunting rate is below this.
    package var stuntingRateBelow: Double { self[.stunting] ?? 1 }

    /// Whether `counts` meet the indicator's target; nil when there is no target or no rate.
    package func meets(_ indicator: Indicator, _ counts: GroupCount) -> Bool? {
        guard let target = self[indicator.id], let rate = counts.rate else { return nil }
        switch indicator.direction {
        case .atLeast: return rate >= target
        case .below: return rate < target
        }
    }

    package func meets(_ indicator: Indicator, _ counts: IndicatorCounts) -> Bool? { meets(indicator, counts.asGroup) }

    /// The gap in people: residents still to insure for an at-least target; cases above the
    /// largest number that keeps the rate strictly below a below target. 0 without a target.
    package func gap(_ indicator: Indicator, _ counts: GroupCount) -> Int {
        guard let target = self[indicator.id], counts.total > 0 else { return 0 }
        switch indicator.direction {
        case .atLeast:
            let needed = (target * Double(counts.total)).rounded(.up)
            return max(0, Int(needed) - counts.hits)
        case .below:
            let allowed = (target * Double(counts.total)).rounded(.up) - 1
            return max(0, counts.hits - Int(max(allowed, 0)))
        }
    }

    package func gap(_ indicator: Indicator, _ counts: IndicatorCounts) -> Int { gap(indicator, counts.asGroup) }

    // The programme's two targets by name, as cli-v1's flat keys read them.
    package func meetsCoverage(_ figures: Figures) -> Bool? { meets(.coverage, figures[.coverage]) }
    package func meetsStunting(_ figures: Figures) -> Bool? { meets(.stunting, figures[.stunting]) }
    package func uninsuredGap(_ figures: Figures) -> Int { gap(.coverage, figures[.coverage]) }
    package func stuntedExcess(_ figures: Figures) -> Int { gap(.stunting, figures[.stunting]) }
}

/// `analyze --target NAME=RATE` (#26): an indicator by its JSON name and a rate from 0 to 1. Read
/// here rather than by the command line, so that the fuzzer and the tests reach it.
package struct NamedTarget: Sendable, Equatable {
    package var indicator: IndicatorID
    package var rate: Double

    /// `coverage=0.95`; nil for an unknown name, a rate that is not a number from 0 to 1, or no `=`.
    package init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let indicator = IndicatorID(rawValue: String(parts[0])),
            let rate = Double(parts[1]), (0...1).contains(rate)
        else { return nil }
        self.indicator = indicator
        self.rate = rate
    }
}
