/// The public-health significance of a rate (WHO/UNICEF 2019, de Onis et al.; underweight WHO
/// 1995): the band a rate falls in, by upper bounds written as percentages.
package struct PublicHealthBands: Sendable {
    package enum Band: String, Sendable, CaseIterable {
        case veryLow = "very-low", low, medium, high, veryHigh = "very-high"
    }

    /// Each band with the percentage below which a rate falls in it, lowest first; the last band
    /// holds every rate from the last bound up.
    package let bounds: [(band: Band, belowPercent: Double)]
    package let top: Band

    /// The band of a rate from 0 to 1. Bounds are compared in percent, rounded to 10 decimals, so
    /// that 0.1 falls on the bound 10 and not just below it.
    package func band(of rate: Double) -> Band {
        let percent = (rate * 100 * 1e10).rounded() / 1e10
        for bound in bounds where percent < bound.belowPercent { return bound.band }
        return top
    }

    /// Stunting: very low < 2.5 %, low < 10, medium < 20, high < 30, very high from 30.
    package static let stuntingScale = PublicHealthBands(
        bounds: [(.veryLow, 2.5), (.low, 10), (.medium, 20), (.high, 30)], top: .veryHigh)
    /// Wasting and overweight: very low < 2.5, low < 5, medium < 10, high < 15, very high from 15.
    package static let wastingScale = PublicHealthBands(
        bounds: [(.veryLow, 2.5), (.low, 5), (.medium, 10), (.high, 15)], top: .veryHigh)
    /// Underweight (WHO 1995): low < 10, medium < 20, high < 30, very high from 30.
    package static let underweightScale = PublicHealthBands(
        bounds: [(.low, 10), (.medium, 20), (.high, 30)], top: .veryHigh)
}
