/// How a statistic, or a unit's score, is judged (docs/spec/data-quality-v1.md §2).
package enum QualityCategory: String, Sendable, CaseIterable, Comparable {
    case excellent, good, acceptable, problematic

    private var rank: Int {
        switch self {
        case .excellent: return 0
        case .good: return 1
        case .acceptable: return 2
        case .problematic: return 3
        }
    }

    /// Better first: `.excellent < .problematic`.
    package static func < (lhs: QualityCategory, rhs: QualityCategory) -> Bool { lhs.rank < rhs.rank }

    /// The category of a unit's total penalty points: 0-9 excellent, 10-14 good, 15-24 acceptable,
    /// 25 and more problematic (SMART).
    package init(totalPoints points: Int) {
        switch points {
        case ..<10: self = .excellent
        case ..<15: self = .good
        case ..<25: self = .acceptable
        default: self = .problematic
        }
    }
}

/// The penalty points of SMART's plausibility check, by kind of statistic.
package enum PenaltyKind: Sendable {
    /// Flagged share and SD: 0 / 5 / 10 / 20.
    case flaggedOrSD
    /// Sex ratio, age ratio and digit preference: 0 / 2 / 4 / 10.
    case ratioOrDigits
    /// Skewness and kurtosis: 0 / 1 / 3 / 5.
    case shape

    /// The points for a category; a statistic that could not be computed (nil) adds none.
    package func points(_ category: QualityCategory?) -> Int {
        guard let category else { return 0 }
        let table: (Int, Int, Int, Int)
        switch self {
        case .flaggedOrSD: table = (0, 5, 10, 20)
        case .ratioOrDigits: table = (0, 2, 4, 10)
        case .shape: table = (0, 1, 3, 5)
        }
        switch category {
        case .excellent: return table.0
        case .good: return table.1
        case .acceptable: return table.2
        case .problematic: return table.3
        }
    }
}

/// The bands of docs/spec/data-quality-v1.md §2, decided exactly where the statistic is a ratio of integers.
package enum QualityBands {
    /// Upper limits of the flagged share, in per mille, for excellent / good / acceptable (inclusive).
    package struct FlaggedLimits: Sendable {
        package var excellent: Int, good: Int, acceptable: Int
    }

    /// Ranges of the SD, in hundredths of a z, for excellent / good / acceptable (bounds included).
    package struct SDLimits: Sendable {
        package var excellent: ClosedRange<Int>, good: ClosedRange<Int>, acceptable: ClosedRange<Int>
    }

    /// HAZ flagged ≤ 1 % / 2.5 % / 5 % (the tool's own bands).
    package static let hazFlagged = FlaggedLimits(excellent: 10, good: 25, acceptable: 50)
    /// WHZ flagged ≤ 2.5 % / 5 % / 7.5 % (SMART).
    package static let whzFlagged = FlaggedLimits(excellent: 25, good: 50, acceptable: 75)
    /// SD of HAZ 1.35-1.95 / 1.2-2.1 / 1.1-2.2.
    package static let hazSD = SDLimits(excellent: 135...195, good: 120...210, acceptable: 110...220)
    /// SD of WHZ 0.9-1.1 / 0.85-1.15 / 0.8-1.2 (SMART).
    package static let whzSD = SDLimits(excellent: 90...110, good: 85...115, acceptable: 80...120)

    /// flagged / n against limits in per mille, on integers: `1000 · flagged ≤ limit · n`.
    package static func flaggedShare(flagged: Int, of n: Int, _ limits: FlaggedLimits) -> QualityCategory? {
        guard n > 0 else { return nil }
        let perMille = 1000 * flagged
        if perMille <= limits.excellent * n { return .excellent }
        if perMille <= limits.good * n { return .good }
        if perMille <= limits.acceptable * n { return .acceptable }
        return .problematic
    }

    /// The SD judged exactly: with values in hundredths, SD² = A2 / (n (n − 1)) where
    /// A2 = n Σk² − (Σk)², so SD ≥ b/100 exactly when A2 ≥ b² n (n − 1).
    static func sd(_ moments: ExactMoments, _ limits: SDLimits) -> QualityCategory? {
        let n = Int128(moments.n)
        guard n >= 2 else { return nil }
        let scale = n * (n - 1)
        func within(_ range: ClosedRange<Int>) -> Bool {
            let low = Int128(range.lowerBound), high = Int128(range.upperBound)
            return moments.a2 >= low * low * scale && moments.a2 <= high * high * scale
        }
        if within(limits.excellent) { return .excellent }
        if within(limits.good) { return .good }
        if within(limits.acceptable) { return .acceptable }
        return .problematic
    }

    /// Skewness or excess kurtosis: |g| < 0.2 excellent, < 0.4 good, < 0.6 acceptable (SMART).
    package static func shape(_ g: Double?) -> QualityCategory? {
        guard let g else { return nil }
        switch abs(g) {
        case ..<0.2: return .excellent
        case ..<0.4: return .good
        case ..<0.6: return .acceptable
        default: return .problematic
        }
    }

    /// Digit-preference score: < 8 excellent, < 12 good, < 20 acceptable (SMART).
    package static func digitScore(_ score: Double?) -> QualityCategory? {
        guard let score else { return nil }
        switch score {
        case ..<8: return .excellent
        case ..<12: return .good
        case ..<20: return .acceptable
        default: return .problematic
        }
    }

    /// A ratio's binomial p-value: > 0.1 excellent, > 0.05 good, > 0.001 acceptable (SMART).
    package static func pValue(_ p: Double?) -> QualityCategory? {
        guard let p else { return nil }
        if p > 0.1 { return .excellent }
        if p > 0.05 { return .good }
        if p > 0.001 { return .acceptable }
        return .problematic
    }

    /// Birth dates: problematic above 10 % on the 1st of a month or above 2 % on 1 January, on
    /// integers (`10 · first > n`, `50 · january > n`); otherwise acceptable, the spec grading no
    /// further. Nil without children.
    package static func birthDates(firstOfMonth: Int, firstOfJanuary: Int, of n: Int) -> QualityCategory? {
        guard n > 0 else { return nil }
        return 10 * firstOfMonth > n || 50 * firstOfJanuary > n ? .problematic : .acceptable
    }
}
