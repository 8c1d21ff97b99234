/// The programme's targets; both can be changed on the command line.
public struct Targets: Sendable, Equatable {
    /// Coverage is met when coverage >= this (default 100%).
    public var coverage: Double
    /// Stunting is met when the stunting rate is below this (default 20%).
    public var stuntingRateBelow: Double

    public static let programme2021to2025 = Targets(coverage: 1.0, stuntingRateBelow: 0.20)

    public init(coverage: Double, stuntingRateBelow: Double) {
        self.coverage = coverage
        self.stuntingRateBelow = stuntingRateBelow
    }

    /// nil when the unit has no population: a rate that does not exist meets nothing.
    public func meetsCoverage(_ figures: Figures) -> Bool? { figures.coverage.map { $0 >= coverage } }

    /// nil when no child was assessed.
    public func meetsStunting(_ figures: Figures) -> Bool? { figures.stuntingRate.map { $0 < stuntingRateBelow } }

    /// Residents still to insure for the coverage target.
    public func uninsuredGap(_ figures: Figures) -> Int {
        let needed = (coverage * Double(figures.population)).rounded(.up)
        return max(0, Int(needed) - figures.insured)
    }

    /// Stunted children above what the stunting target allows.
    public func stuntedExcess(_ figures: Figures) -> Int {
        guard figures.childrenAssessed > 0 else { return 0 }
        // The largest count that keeps the rate strictly below the target.
        let limit = stuntingRateBelow * Double(figures.childrenAssessed)
        let allowed = limit.rounded(.up) - 1
        return max(0, figures.stunted - Int(max(allowed, 0)))
    }
}
