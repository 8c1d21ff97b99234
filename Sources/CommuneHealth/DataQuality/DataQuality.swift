/// The data-quality statistics of one unit and period (docs/spec/data-quality-v1.md §2, §3), computed from a
/// tally: a commune's own, or the sum of its communes' for a district or province.
package struct DataQuality: Sendable, Equatable {
    /// Below this many children with a z, a unit's score rests on too few children.
    package static let minimumChildren = 50

    package var haz: ZScoreQuality
    package var whz: ZScoreQuality
    package var heightDigits: DigitPreference
    package var weightDigits: DigitPreference
    package var sexRatio: SexRatio
    package var ageRatio: AgeRatio
    package var birthDates: BirthDateHeaping
    /// Flagged HAZ, SD, skewness, kurtosis of HAZ, sex ratio, age ratio, height digits.
    package var hazScore: QualityScore
    /// Flagged WHZ, SD, skewness, kurtosis of WHZ, sex ratio, age ratio, weight and height digits.
    package var whzScore: QualityScore

    package init(_ tally: DataQualityTally) {
        haz = ZScoreQuality(tally.haz, flaggedLimits: QualityBands.hazFlagged, sdLimits: QualityBands.hazSD)
        whz = ZScoreQuality(tally.whz, flaggedLimits: QualityBands.whzFlagged, sdLimits: QualityBands.whzSD)
        heightDigits = DigitPreference(tally.heightDigits)
        weightDigits = DigitPreference(tally.weightDigits)
        sexRatio = SexRatio(boys: tally.boys, girls: tally.girls)
        ageRatio = AgeRatio(young: tally.young, old: tally.old)
        birthDates = BirthDateHeaping(
            n: tally.children, firstOfMonth: tally.firstOfMonth,
            firstOfJanuary: tally.firstOfJanuary)
        let shared = sexRatio.points + ageRatio.points + heightDigits.points
        hazScore = QualityScore(n: haz.n, points: haz.points + shared)
        whzScore = QualityScore(n: whz.n, points: whz.points + shared + weightDigits.points)
    }
}

/// A unit's total penalty points for one indicator, and what they mean.
package struct QualityScore: Sendable, Equatable {
    /// The sum of the penalty points; nil when no child has this z-score (nothing to judge).
    package var points: Int?
    /// 0-9 excellent, 10-14 good, 15-24 acceptable, 25 and more problematic; nil with `points`.
    package var category: QualityCategory?
    /// Fewer than 50 children with this z-score (plausible or flagged): the score rests on too
    /// few children. Every statistic is still given.
    package var fewChildren: Bool

    package init(n: Int, points: Int) {
        self.points = n > 0 ? points : nil
        category = n > 0 ? QualityCategory(totalPoints: points) : nil
        fewChildren = n < DataQuality.minimumChildren
    }
}

/// Flagged share and distribution of one z-score indicator (HAZ or WHZ).
package struct ZScoreQuality: Sendable, Equatable {
    /// Children with this z-score, plausible or flagged.
    package var n: Int
    package var flagged: Int
    /// flagged / n; nil when n = 0.
    package var flaggedShare: Double?
    /// Over the plausible values: SD dividing by n − 1 (nil below 2), skewness g1 and excess
    /// kurtosis g2 with central moments dividing by n (nil below 3, or when all values are equal).
    package var sd: Double?
    package var skewness: Double?
    package var kurtosis: Double?
    package var flaggedCategory: QualityCategory?
    package var sdCategory: QualityCategory?
    package var skewnessCategory: QualityCategory?
    package var kurtosisCategory: QualityCategory?

    init(_ sums: ZScoreSums, flaggedLimits: QualityBands.FlaggedLimits, sdLimits: QualityBands.SDLimits) {
        n = sums.n
        flagged = sums.flagged
        flaggedShare = n > 0 ? Double(flagged) / Double(n) : nil
        flaggedCategory = QualityBands.flaggedShare(flagged: flagged, of: n, flaggedLimits)
        let moments = ExactMoments(sums)
        sd = moments.sd
        sdCategory = QualityBands.sd(moments, sdLimits)
        skewness = moments.skewness
        skewnessCategory = QualityBands.shape(skewness)
        kurtosis = moments.kurtosis
        kurtosisCategory = QualityBands.shape(kurtosis)
    }

    /// The penalty points of the flagged share, SD, skewness and kurtosis.
    package var points: Int {
        PenaltyKind.flaggedOrSD.points(flaggedCategory) + PenaltyKind.flaggedOrSD.points(sdCategory)
            + PenaltyKind.shape.points(skewnessCategory) + PenaltyKind.shape.points(kurtosisCategory)
    }

    /// The worst of the four categories; nil when none could be computed.
    package var category: QualityCategory? {
        [flaggedCategory, sdCategory, skewnessCategory, kurtosisCategory].compactMap { $0 }.max()
    }
}

/// Digit preference over the tenths digits of the values as written.
package struct DigitPreference: Sendable, Equatable {
    /// Values with a tenths digit.
    package var n: Int
    package var counts: DigitCounts
    /// 100 · sqrt(χ² / (9 n)) with χ² = Σ (observed − n/10)² / (n/10) over the 10 digits: 0 when
    /// every digit is as frequent, 100 when all values share one digit; nil when n = 0.
    package var score: Double?
    package var category: QualityCategory?

    init(_ counts: DigitCounts) {
        self.counts = counts
        n = counts.total
        score = DigitPreference.score(counts)
        category = QualityBands.digitScore(score)
    }

    /// With integers only up to the last step: (o − n/10)² / (n/10) = (10 o − n)² / (10 n), so
    /// χ² / (9 n) = Σ (10 o − n)² / (90 n²).
    static func score(_ counts: DigitCounts) -> Double? {
        let n = counts.total
        guard n > 0 else { return nil }
        let squares = (0...9).reduce(0) { total, digit in
            let deviation = 10 * counts[digit] - n
            return total + deviation * deviation
        }
        return 100 * (Double(squares) / (90 * Double(n) * Double(n))).squareRoot()
    }

    package var points: Int { PenaltyKind.ratioOrDigits.points(category) }
}

/// Boys / girls, with the exact binomial test of boys among all children against 0.5.
package struct SexRatio: Sendable, Equatable {
    package var boys: Int
    package var girls: Int
    /// boys / girls; nil when there are no girls.
    package var ratio: Double?
    /// nil only when there are no children.
    package var p: Double?
    package var category: QualityCategory?

    package init(boys: Int, girls: Int) {
        self.boys = boys
        self.girls = girls
        ratio = girls > 0 ? Double(boys) / Double(girls) : nil
        p = BinomialTest.twoSidedPValue(successes: boys, trials: boys + girls, probability: 0.5)
        category = QualityBands.pValue(p)
    }

    package var points: Int { PenaltyKind.ratioOrDigits.points(category) }
}

/// Children 6-29 months / children 30-59 months, with the exact binomial test of the young
/// among both groups against the expected share 0.85 / 1.85.
package struct AgeRatio: Sendable, Equatable {
    /// The expected share of the young among young and old (expected ratio 0.85).
    package static let expectedYoungShare = 0.85 / 1.85

    package var young: Int
    package var old: Int
    /// young / old; nil when there are no children 30-59 months old.
    package var ratio: Double?
    /// nil only when there is no child 6-59 months old.
    package var p: Double?
    package var category: QualityCategory?

    package init(young: Int, old: Int) {
        self.young = young
        self.old = old
        ratio = old > 0 ? Double(young) / Double(old) : nil
        p = BinomialTest.twoSidedPValue(successes: young, trials: young + old, probability: AgeRatio.expectedYoungShare)
        category = QualityBands.pValue(p)
    }

    package var points: Int { PenaltyKind.ratioOrDigits.points(category) }
}

/// Birth dates heaped on the 1st of a month or on 1 January (expected about 3.3 % and 0.27 %).
package struct BirthDateHeaping: Sendable, Equatable {
    /// Eligible children.
    package var n: Int
    /// Children born on the 1st of a month, 1 January included.
    package var firstOfMonth: Int
    package var firstOfJanuary: Int
    /// Problematic above 10 % on the 1st or 2 % on 1 January, else acceptable; nil when n = 0.
    /// Not part of the score.
    package var category: QualityCategory?

    package init(n: Int, firstOfMonth: Int, firstOfJanuary: Int) {
        self.n = n
        self.firstOfMonth = firstOfMonth
        self.firstOfJanuary = firstOfJanuary
        category = QualityBands.birthDates(firstOfMonth: firstOfMonth, firstOfJanuary: firstOfJanuary, of: n)
    }

    package var firstOfMonthShare: Double? { n > 0 ? Double(firstOfMonth) / Double(n) : nil }
    package var firstOfJanuaryShare: Double? { n > 0 ? Double(firstOfJanuary) / Double(n) : nil }
}
