import CommuneHealth

/// The generator's own random numbers, so that a seed gives the same bytes on every platform and
/// every Swift version: xoshiro256** seeded through SplitMix64, and only exactly rounded
/// arithmetic (no `log`, `exp` or `cos`, whose last bit may differ between C libraries).
struct GeneratorRandom {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A stream for `keys` (seed, commune, year, purpose...): distinct keys give independent streams.
    init(_ keys: UInt64...) {
        var state: UInt64 = 0x6A09_E667_F3BC_C909
        for key in keys { state = splitMix64(&state) ^ key; _ = splitMix64(&state) }
        s0 = splitMix64(&state); s1 = splitMix64(&state); s2 = splitMix64(&state); s3 = splitMix64(&state)
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// Uniform in [0, 1), 53 bits.
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in 0..<bound (bound > 0), by the multiply-high method.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in range.
    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    mutating func chance(_ probability: Double) -> Bool { uniform() < probability }

    /// A standard normal deviate, approximated by the Irwin-Hall sum of 12 uniforms: exact to
    /// about 0.001 in the range that matters here, bounded at ±6 (so never a WHO-implausible
    /// z-score by itself), and made of additions only.
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return sum - 6
    }

    /// An index drawn with probability proportional to `cumulative` steps (ascending, last = total).
    mutating func pick(cumulative: [Double]) -> Int {
        let target = uniform() * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

private func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

/// Running sums of `weights`, for `GeneratorRandom.pick(cumulative:)`.
func cumulativeSums(_ weights: [Double]) -> [Double] {
    var total = 0.0
    return weights.map {
        total += $0; return total
    }
}
