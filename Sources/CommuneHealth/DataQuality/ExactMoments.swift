/// The central moments of the plausible z-scores, exact: with k = 100 z and S_j = Σ k^j,
///
///     A2 = n S2 − S1²                              = n² m2 · 100²
///     A3 = n² S3 − 3 n S1 S2 + 2 S1³               = n³ m3 · 100³
///     A4 = n³ S4 − 4 n² S1 S3 + 6 n S1² S2 − 3 S1⁴ = n⁴ m4 · 100⁴
///
/// (m_j the j-th central moment dividing by n), computed on 128-bit integers: for n = 150,000 and
/// |k| ≤ 600 the largest term, n³ S4, is about 7 · 10³¹, far below 1.7 · 10³⁸. So
///
///     SD = sqrt(A2 / (n (n − 1))) / 100,  g1 = A3 / A2^(3/2),  g2 = A4 / A2² − 3,
///
/// with a single rounding to Double at the end, and the statistics of a pooled unit are exactly
/// those of its pooled values.
struct ExactMoments: Sendable, Equatable {
    let n: Int
    let a2: Int128
    let a3: Int128
    let a4: Int128

    init(_ sums: ZScoreSums) {
        let n = Int128(sums.plausible)
        let s1 = Int128(sums.sum1), s2 = Int128(sums.sum2), s3 = Int128(sums.sum3), s4 = Int128(sums.sum4)
        let s1Squared = s1 * s1
        self.n = sums.plausible
        a2 = n * s2 - s1Squared
        a3 = n * n * s3 - 3 * n * s1 * s2 + 2 * s1Squared * s1
        a4 = n * n * n * s4 - 4 * n * n * s1 * s3 + 6 * n * s1Squared * s2 - 3 * s1Squared * s1Squared
    }

    /// The standard deviation dividing by n − 1; nil below 2 values.
    var sd: Double? {
        guard n >= 2 else { return nil }
        return (Double(a2) / (Double(n) * Double(n - 1))).squareRoot() / 100
    }

    /// g1 = m3 / m2^(3/2); nil below 3 values or when every value is the same (m2 = 0).
    var skewness: Double? {
        guard n >= 3, a2 > 0 else { return nil }
        let m2 = Double(a2)
        return Double(a3) / (m2 * m2.squareRoot())
    }

    /// g2 = m4 / m2² − 3; nil below 3 values or when every value is the same (m2 = 0).
    var kurtosis: Double? {
        guard n >= 3, a2 > 0 else { return nil }
        let m2 = Double(a2)
        return Double(a4) / (m2 * m2) - 3
    }
}
