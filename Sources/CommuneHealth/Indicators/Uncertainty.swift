/// A confidence interval for a proportion, both ends from 0 to 1.
package struct ProportionInterval: Sendable, Equatable {
    package var low: Double
    package var high: Double

    package init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    package func contains(_ value: Double) -> Bool { low <= value && value <= high }
}

/// How sure a rate is: Wilson score intervals, and the size below which a rate is not ranked.
package enum Uncertainty {
    /// The two-sided 95% quantile of the standard normal distribution, Φ⁻¹(0.975).
    package static let z95 = 1.959963984540054

    /// A unit with fewer assessed children than this has a stunting rate too unstable to rank.
    package static let minimumStableChildren = 50

    /// The Wilson score interval for `successes` out of `trials`; nil when there is no trial.
    ///
    ///     centre    = (p + z²/2n) / (1 + z²/n)
    ///     halfWidth = z / (1 + z²/n) · √(p(1−p)/n + z²/4n²)
    ///
    /// Unlike p ± z·√(p(1−p)/n) it never leaves [0, 1] and is not empty at 0 or n; at 0 the low
    /// end is exactly 0, at n the high end exactly 1.
    package static func wilson(successes: Int, trials: Int, z: Double = z95) -> ProportionInterval? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let halfWidth = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        let low = successes == 0 ? 0 : max(0, centre - halfWidth)
        let high = successes == trials ? 1 : min(1, centre + halfWidth)
        return ProportionInterval(low: low, high: high)
    }
}

extension Figures {
    /// The 95% Wilson interval of insured / population; nil when nobody lives in the unit.
    package var coverageCI: ProportionInterval? { self[.coverage].interval }

    /// The 95% Wilson interval of stunted / childrenAssessed; nil when no child was assessed.
    package var stuntingRateCI: ProportionInterval? { self[.stunting].interval }

    /// False when fewer than 50 children were assessed: the rate is shown, never ranked as exact.
    package var hasStableStuntingRate: Bool { Indicator.stunting.isStable(self[.stunting].asGroup) }
}

extension Indicator {
    /// Whether a rate over `count.total` people is stable enough to rank (50 children for growth).
    package func isStable(_ count: GroupCount) -> Bool { count.total >= minimumStable }

    /// A rate shown with the "~" mark: assessed, but fewer than the indicator's minimum.
    package func isUnstable(_ count: GroupCount) -> Bool { count.total > 0 && count.total < minimumStable }
}

extension GroupCount {
    /// hits / total; nil for an empty group.
    package var rate: Double? { total == 0 ? nil : Double(hits) / Double(total) }

    /// The 95% Wilson interval of hits / total; nil for an empty group.
    package var interval: ProportionInterval? { Uncertainty.wilson(successes: hits, trials: total) }
}

/// A confidence interval for a difference of two proportions, both ends from -1 to 1.
package struct DifferenceInterval: Sendable, Equatable {
    package var low: Double
    package var high: Double

    /// Whether 0 lies inside: no change is ruled out.
    package var containsZero: Bool { low <= 0 && 0 <= high }
}

extension Uncertainty {
    /// Newcombe's hybrid score interval (Newcombe 1998, method 10) for `last − first`, two
    /// independent proportions, built on the Wilson intervals (l, u) of each:
    ///
    ///     d     = p_last − p_first
    ///     low   = d − √((p_last − l_last)² + (u_first − p_first)²)
    ///     high  = d + √((u_last − p_last)² + (p_first − l_first)²)
    ///
    /// nil when either has no trial.
    package static func newcombe(first: GroupCount, last: GroupCount, z: Double = z95) -> DifferenceInterval? {
        guard let p1 = first.rate, let p2 = last.rate,
            let w1 = wilson(successes: first.hits, trials: first.total, z: z),
            let w2 = wilson(successes: last.hits, trials: last.total, z: z)
        else { return nil }
        let d = p2 - p1
        let below = ((p2 - w2.low) * (p2 - w2.low) + (w1.high - p1) * (w1.high - p1)).squareRoot()
        let above = ((w2.high - p2) * (w2.high - p2) + (p1 - w1.low) * (p1 - w1.low)).squareRoot()
        return DifferenceInterval(low: max(-1, d - below), high: min(1, d + above))
    }
}
