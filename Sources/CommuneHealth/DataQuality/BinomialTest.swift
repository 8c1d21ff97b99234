/// The exact two-sided binomial test, as R's `binom.test` (and scipy's `binomtest`) compute it:
/// the p-value is the sum of the probabilities of all outcomes no more likely than the one
/// observed, "no more likely" with a relative tolerance of 1e-7.
package enum BinomialTest {
    /// The p-value of `successes` among `trials` against `probability`; nil when there are no
    /// trials, `successes` is outside 0...trials or `probability` outside (0, 1).
    /// Probabilities smaller than about 1e-300 of the most likely outcome's count as 0.
    package static func twoSidedPValue(successes x: Int, trials n: Int, probability p: Double) -> Double? {
        guard n > 0, (0...n).contains(x), p > 0, p < 1 else { return nil }
        let mean = Double(n) * p
        if Double(x) == mean { return 1 }
        let d = probabilities(trials: n, probability: p)
        let threshold = d[x] * (1 + 1e-7)
        let total: Double
        if Double(x) < mean {
            // P(X ≤ x) plus the y outcomes above the mean no more likely than x: the top y.
            let from = Int(mean.rounded(.up))
            let y = (from...n).reduce(0) { d[$1] <= threshold ? $0 + 1 : $0 }
            total = sum(d, 0...x) + (y > 0 ? sum(d, (n - y + 1)...n) : 0)
        } else {
            // The y outcomes below the mean no more likely than x (the bottom y), plus P(X ≥ x).
            let to = Int(mean.rounded(.down))
            let y = (0...to).reduce(0) { d[$1] <= threshold ? $0 + 1 : $0 }
            total = (y > 0 ? sum(d, 0...(y - 1)) : 0) + sum(d, x...n)
        }
        return min(1, total)
    }

    /// P(X = i) for i in 0...n, X ~ Binomial(n, p), with no factorial or power that could
    /// overflow: the weights are built outwards from the mode (weight 1) by the ratio
    /// P(i + 1) / P(i) = (n − i) / (i + 1) · p / (1 − p), then divided by their sum. Each step
    /// adds a relative error of a few ulps, about 1e-11 after 200,000 steps.
    static func probabilities(trials n: Int, probability p: Double) -> [Double] {
        let odds = p / (1 - p)
        let mode = min(n, Int((Double(n + 1) * p).rounded(.down)))
        var weights = [Double](repeating: 0, count: n + 1)
        weights[mode] = 1
        var i = mode
        while i > 0 && weights[i] > 0 {
            weights[i - 1] = weights[i] * Double(i) / (Double(n - i + 1) * odds)
            i -= 1
        }
        i = mode
        while i < n && weights[i] > 0 {
            weights[i + 1] = weights[i] * Double(n - i) * odds / Double(i + 1)
            i += 1
        }
        let total = sum(weights, 0...n)
        for index in weights.indices { weights[index] /= total }
        return weights
    }

    /// The sum of `values[range]`, compensated (Kahan–Babuška–Neumaier): the sum of 200,000
    /// terms stays within a few ulps.
    private static func sum(_ values: [Double], _ range: ClosedRange<Int>) -> Double {
        var total = 0.0
        var compensation = 0.0
        for index in range {
            let value = values[index]
            let next = total + value
            if abs(total) >= abs(value) {
                compensation += (total - next) + value
            } else {
                compensation += (value - next) + total
            }
            total = next
        }
        return total + compensation
    }
}
