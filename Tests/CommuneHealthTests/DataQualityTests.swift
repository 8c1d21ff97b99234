import Testing
@testable import CommuneHealth

// Data quality (data-quality-v1): every expected figure is worked out by hand in the comments,
// the p-values and moments also checked against scipy 1.17.1 (commands quoted where used).

/// One eligible child; by default a girl of 500 days (6-29 months) born 15 March, no z, no digit.
func qualityChild(
    _ sex: Sex = .female, ageDays: Int = 500, born: (month: Int, day: Int) = (3, 15),
    haz: Double? = nil, hazFlagged: Bool = false, whz: Double? = nil, whzFlagged: Bool = false,
    height: Int? = nil, weight: Int? = nil
) -> DataQualityChild {
    DataQualityChild(
        sex: sex, ageDays: ageDays, birthMonth: born.month, birthDay: born.day,
        haz: haz, hazFlagged: hazFlagged, whz: whz, whzFlagged: whzFlagged,
        heightTenthsDigit: height, weightTenthsDigit: weight)
}

func tally(_ children: [DataQualityChild]) -> DataQualityTally {
    var tally = DataQualityTally()
    for child in children { tally.add(child) }
    return tally
}

/// A tally of plausible HAZ values only.
func hazTally(_ values: [Double]) -> DataQualityTally { tally(values.map { qualityChild(haz: $0) }) }

@Suite struct DataQualityStatisticTests {
    @Test func heightsEndingInZeroOrFiveHeapOnTwoDigits() {
        // 40 heights, 20 ending in .0 and 20 in .5; n/10 = 4 expected per digit.
        // χ² = Σ (o − 4)² / 4 = (16² + 16² + 8 · 4²) / 4 = (256 + 256 + 128) / 4 = 160
        // score = 100 · sqrt(160 / (40 · 9)) = 100 · sqrt(4/9) = 66.67 → problematic (≥ 20), 10 points.
        let quality = DataQuality(tally((0..<40).map { qualityChild(height: $0 % 2 == 0 ? 0 : 5) }))
        let digits = quality.heightDigits
        #expect(digits.n == 40)
        #expect((0...9).map { digits.counts[$0] } == [20, 0, 0, 0, 0, 20, 0, 0, 0, 0])
        #expect(abs(digits.score! - 200.0 / 3) < 1e-12)
        #expect(digits.category == .problematic)
        #expect(digits.points == 10)
        #expect(quality.weightDigits.score == nil && quality.weightDigits.category == nil)
    }

    @Test func evenDigitsScoreZeroAndOneDigitScoresHundred() {
        // 10 of each digit: every o = n/10, χ² = 0, score 0 → excellent.
        let even = DigitPreference(tally((0..<100).map { qualityChild(height: $0 % 10) }).heightDigits)
        #expect(even.score == 0 && even.category == .excellent)
        // All 30 on .0: χ² = (30 − 3)²/3 + 9 · 3²/3 = 243 + 27 = 270 = 30 · 9 → score 100.
        let one = DigitPreference(tally((0..<30).map { _ in qualityChild(weight: 0) }).weightDigits)
        #expect(abs(one.score! - 100) < 1e-12)
    }

    @Test func birthDatesAllOnTheFirst() {
        // 24 children born on the 1st of each month, twice: 24/24 = 100 % on the 1st (> 10 %),
        // 2/24 = 8.3 % on 1 January (> 2 %) → problematic.
        let quality = DataQuality(tally((0..<24).map { qualityChild(born: ($0 % 12 + 1, 1)) }))
        #expect(quality.birthDates.n == 24)
        #expect(quality.birthDates.firstOfMonth == 24)
        #expect(quality.birthDates.firstOfJanuary == 2)
        #expect(quality.birthDates.firstOfMonthShare == 1)
        #expect(quality.birthDates.category == .problematic)
    }

    @Test func birthDateThresholdsAreStrict() {
        // 5 of 50 = 10 % on the 1st and 1 of 50 = 2 % on 1 January: not above, acceptable.
        #expect(QualityBands.birthDates(firstOfMonth: 5, firstOfJanuary: 1, of: 50) == .acceptable)
        // 6 of 50 = 12 % on the 1st; 2 of 50 = 4 % on 1 January.
        #expect(QualityBands.birthDates(firstOfMonth: 6, firstOfJanuary: 0, of: 50) == .problematic)
        #expect(QualityBands.birthDates(firstOfMonth: 2, firstOfJanuary: 2, of: 50) == .problematic)
        #expect(QualityBands.birthDates(firstOfMonth: 0, firstOfJanuary: 0, of: 0) == nil)
    }

    @Test func sexRatioThirtyBoysTenGirls() {
        // ratio 30/10 = 3. p = 2 · Σ_{k=30}^{40} C(40,k) / 2^40 = 2 · 1,221,246,132 / 1,099,511,627,776
        // = 0.0022214337732293643; scipy: binomtest(30, 40, 0.5).pvalue → 0.0022214337732293643.
        // 0.001 < p ≤ 0.05 → acceptable, 4 points.
        let children = (0..<40).map { qualityChild($0 < 30 ? .male : .female) }
        let sex = DataQuality(tally(children)).sexRatio
        #expect(sex.boys == 30 && sex.girls == 10)
        #expect(sex.ratio == 3)
        #expect(abs(sex.p! - 0.0022214337732293643) < 1e-15)
        #expect(sex.category == .acceptable && sex.points == 4)
    }

    @Test func ageRatioFarFromExpected() {
        // 10 children of 6-29 months, 30 of 30-59: ratio 1/3 against 0.85 expected.
        // Young among 40 against 0.85/1.85 = 17/37 (mean 18.38): P(X ≤ 10) = 0.0053251729762939 plus
        // the outcomes above the mean no more likely than 10, k ≥ 27: 0.0048954992040424 →
        // p = 0.0102206721803362 (exact fractions in Python); scipy:
        // binomtest(10, 40, 0.85/1.85).pvalue → 0.010220672180336243. Acceptable, 4 points.
        let children = (0..<40).map { qualityChild(ageDays: $0 < 10 ? 400 : 1200) }
        let age = DataQuality(tally(children)).ageRatio
        #expect(age.young == 10 && age.old == 30)
        #expect(abs(age.ratio! - 1.0 / 3) < 1e-15)
        #expect(abs(age.p! - 0.010220672180336243) / 0.010220672180336243 < 1e-9)
        #expect(age.category == .acceptable && age.points == 4)
        // scipy: binomtest(35, 40, 0.85/1.85).pvalue → 6.406680700068268e-08, problematic.
        let far = AgeRatio(young: 35, old: 5)
        #expect(abs(far.p! - 6.406680700068268e-08) / 6.406680700068268e-08 < 1e-9)
        #expect(far.category == .problematic && far.points == 10)
    }

    @Test func ageGroupsInWholeDays() {
        // months = days / 30.4375: 6 months = 182.625 days, 30 = 913.125, 60 = 1826.25.
        let ages = [0, 182, 183, 913, 914, 1826, 1827]
        let groups = ages.map { AgeRatioGroup(ageDays: $0) }
        #expect(groups == [nil, nil, .young, .young, .old, .old, nil])
    }

    @Test func binomialAgainstScipyUpTo200000() {
        // scipy: binomtest(10, 40, 0.5).pvalue → 0.0022214337732293643 (symmetric to 30 of 40).
        #expect(abs(BinomialTest.twoSidedPValue(successes: 10, trials: 40, probability: 0.5)! - 0.0022214337732293643) < 1e-15)
        // binomtest(30, 30, 0.5).pvalue → 1.862645149230957e-09 = 2 / 2^30.
        let allBoys = BinomialTest.twoSidedPValue(successes: 30, trials: 30, probability: 0.5)!
        #expect(abs(allBoys - 2.0 / 1_073_741_824) / allBoys < 1e-12)
        // binomtest(3, 10, 0.5).pvalue → 0.34375 = 2 · (1 + 10 + 45 + 120) / 1024.
        #expect(abs(BinomialTest.twoSidedPValue(successes: 3, trials: 10, probability: 0.5)! - 0.34375) < 1e-15)
        // binomtest(100050, 200000, 0.5).pvalue → 0.824803849628336
        let half = BinomialTest.twoSidedPValue(successes: 100_050, trials: 200_000, probability: 0.5)!
        #expect(abs(half - 0.824803849628336) / 0.824803849628336 < 1e-9)
        // binomtest(91000, 200000, 0.85/1.85).pvalue → 6.271893038868952e-05
        let share = 0.85 / 1.85
        let low = BinomialTest.twoSidedPValue(successes: 91_000, trials: 200_000, probability: share)!
        #expect(abs(low - 6.271893038868952e-05) / 6.271893038868952e-05 < 1e-9)
        // binomtest(92000, 200000, 0.85/1.85).pvalue → 0.627970460374257
        let high = BinomialTest.twoSidedPValue(successes: 92_000, trials: 200_000, probability: share)!
        #expect(abs(high - 0.627970460374257) / 0.627970460374257 < 1e-9)
        // No trials: no test. One boy: both outcomes as likely, p = 1.
        #expect(BinomialTest.twoSidedPValue(successes: 0, trials: 0, probability: 0.5) == nil)
        #expect(BinomialTest.twoSidedPValue(successes: 1, trials: 1, probability: 0.5) == 1)
    }

    /// The test as it was computed over every outcome 0...n (#30 keeps the normal weights, the
    /// runs of least-subnormal ones as their length, and nothing beyond): each probability and
    /// p-value the same to the last bit, whichever side x is on, among the normal weights, in a
    /// run or beyond the walk, n from 1 to 200,000.
    @Test func binomialOverTheSupportIsTheTestOverEveryOutcome() {
        var cases = 0, inARun = 0, beyond = 0
        for n in [1, 2, 3, 7, 40, 1_001, 5_000, 64_123, 200_000] {
            for p in [0.5, AgeRatio.expectedYoungShare, 0.01, 0.97] {
                let reference = BinomialOverEveryOutcome(trials: n, probability: p)
                let probabilities = BinomialTest.Probabilities(trials: n, probability: p)
                let mean = Double(n) * p
                let sd = (mean * (1 - p)).squareRoot()
                // Each edge of the normal weights and of the runs, from both sides.
                let first = probabilities.first, last = first + probabilities.values.count - 1
                let edges = [first, last, first - probabilities.runBelow, last + probabilities.runAbove].flatMap { [$0 - 1, $0, $0 + 1] }
                let xs = [0, 1, n / 2, n - 1, n] + edges + [-600.0, -60, -38, -5, -2, -0.4, 0.3, 2, 5, 38, 60, 600].map { Int(mean + $0 * sd) }
                for x in xs where (0...n).contains(x) {
                    cases += 1
                    let k = x - probabilities.first
                    if k < 0 ? -k <= probabilities.runBelow : k >= probabilities.values.count && k < probabilities.values.count + probabilities.runAbove {
                        inARun += 1
                    } else if !(0..<probabilities.values.count).contains(k) {
                        beyond += 1
                    }
                    #expect(probabilities[x].bitPattern == reference.d[x].bitPattern, "x \(x) n \(n) p \(p)")
                    #expect(
                        BinomialTest.twoSidedPValue(successes: x, trials: n, probability: p)?.bitPattern == reference.pValue(successes: x).bitPattern,
                        "x \(x) n \(n) p \(p)")
                }
            }
        }
        #expect(cases == 760 && inARun == 59 && beyond == 102)
        let province = BinomialTest.Probabilities(trials: 200_000, probability: 0.5)
        // 200,000 trials at 0.5: the weights are normal numbers from 85,714 to 114,286 (±64 standard
        // deviations, 223.6 each), then the least subnormal down to n/3 and up to 2n/3, where the
        // ratio of one weight to the next falls to 1/2; divided by their sum (about 560), 0.
        #expect(province.first == 85_714 && province.values.count == 28_573)
        #expect(province.runBelow == 19_047 && province.runAbove == 19_047 && province.runValue == 0)
        #expect(province[66_666] == 0 && province[66_667] == 0 && province[85_714] == 0 && province[100_000] > 0.0017)
    }

    @Test func skewnessAndKurtosisOfASmallSet() {
        // HAZ −1, 0, 0, 1, 3: mean 0.6, deviations −1.6 −0.6 −0.6 0.4 2.4.
        // m2 = (2.56 + 0.36 + 0.36 + 0.16 + 5.76) / 5 = 9.2 / 5 = 1.84
        // m3 = (−4.096 − 0.216 − 0.216 + 0.064 + 13.824) / 5 = 9.36 / 5 = 1.872
        // m4 = (6.5536 + 0.1296 + 0.1296 + 0.0256 + 33.1776) / 5 = 40.016 / 5 = 8.0032
        // g1 = 1.872 / 1.84^1.5 = 0.75003082; g2 = 8.0032 / 1.84² − 3 = −0.63610586; SD = sqrt(9.2/4) = 1.5165751
        // scipy: skew(x) → 0.7500308204401289, kurtosis(x, bias=True) → -0.6361058601134211,
        // numpy std(x, ddof=1) → 1.51657508881031.
        let haz = DataQuality(hazTally([-1, 0, 0, 1, 3])).haz
        #expect(abs(haz.skewness! - 0.7500308204401289) < 1e-12)
        #expect(abs(haz.kurtosis! - -0.6361058601134211) < 1e-12)
        #expect(abs(haz.sd! - 1.51657508881031) < 1e-12)
        // SD 1.52 excellent (0), |g1| 0.75 problematic (5), |g2| 0.64 problematic (5), no flag (0).
        #expect(haz.sdCategory == .excellent && haz.skewnessCategory == .problematic)
        #expect(haz.kurtosisCategory == .problematic && haz.flaggedCategory == .excellent)
        #expect(haz.points == 10 && haz.category == .problematic)
    }

    @Test func flaggedValuesCountInNButNotInTheMoments() {
        // 4 HAZ, one flagged (7.2): n = 4, flagged 1, share 0.25; moments over −1, 0, 1 only.
        var children = [-1.0, 0, 1].map { qualityChild(haz: $0) }
        children.append(qualityChild(haz: 7.2, hazFlagged: true))
        let haz = DataQuality(tally(children)).haz
        #expect(haz.n == 4 && haz.flagged == 1 && haz.flaggedShare == 0.25)
        #expect(haz.sd == 1 && haz.skewness == 0)
        #expect(haz.flaggedCategory == .problematic)
    }

    @Test func aWholeCommuneScore() {
        // 40 children: 30 boys, 10 girls (4 points); 10 young, 30 old (4 points); heights half on .0,
        // half on .5, score 66.67 (10 points). HAZ: one flagged of 40 = 2.5 % (good, 5 points), the 39
        // others −2, 0, 2 thirteen times: SD = sqrt(26 · 4 / 38) = 1.654 (excellent, 0), g1 = 0 (0),
        // m2 = 8/3, m4 = 32/3, g2 = (32/3) / (64/9) − 3 = −1.5 (problematic, 5).
        // HAZ score = 5 + 0 + 0 + 5 + 4 + 4 + 10 = 28 → problematic; 40 < 50 children: few.
        let children = (0..<40).map { i in
            qualityChild(
                i < 30 ? .male : .female, ageDays: i % 4 == 0 ? 300 : 1000,
                haz: i == 39 ? 6.5 : Double(i % 3 - 1) * 2, hazFlagged: i == 39, height: i % 2 * 5)
        }
        let quality = DataQuality(tally(children))
        #expect(quality.ageRatio.young == 10 && quality.ageRatio.old == 30)
        #expect(abs(quality.haz.sd! - (104.0 / 38).squareRoot()) < 1e-12)
        #expect(quality.haz.kurtosis == -1.5)
        #expect(quality.haz.points == 10)
        #expect(quality.hazScore == QualityScore(n: 40, points: 28))
        #expect(quality.hazScore.category == .problematic && quality.hazScore.fewChildren)
        // No child has a WHZ: nothing to score.
        #expect(quality.whzScore.points == nil && quality.whzScore.category == nil && quality.whzScore.fewChildren)
    }

    @Test func fewChildrenBelowFifty() {
        #expect(DataQuality(hazTally(Array(repeating: 0.5, count: 49))).hazScore.fewChildren)
        #expect(!DataQuality(hazTally(Array(repeating: 0.5, count: 50))).hazScore.fewChildren)
    }

    @Test func nothingComputedWithoutChildren() {
        let none = DataQuality(DataQualityTally())
        #expect(none.haz.n == 0 && none.haz.flaggedShare == nil && none.haz.sd == nil)
        #expect(none.haz.skewness == nil && none.haz.kurtosis == nil && none.haz.category == nil && none.haz.points == 0)
        #expect(none.heightDigits.score == nil && none.heightDigits.category == nil)
        #expect(none.sexRatio.ratio == nil && none.sexRatio.p == nil && none.sexRatio.category == nil)
        #expect(none.ageRatio.ratio == nil && none.ageRatio.p == nil && none.ageRatio.category == nil)
        #expect(none.birthDates.category == nil)
        #expect(none.hazScore.points == nil && none.hazScore.category == nil && none.hazScore.fewChildren)
    }

    @Test func oneAndTwoChildren() {
        // One boy, HAZ 0.5: share 0, no SD (needs 2), no shape (needs 3); no girl: no ratio, but
        // p = 1 (one child, either sex as likely). Excellent flagged share, 0 points.
        let one = DataQuality(tally([qualityChild(.male, ageDays: 100, haz: 0.5, height: 3)]))
        #expect(one.haz.flaggedShare == 0 && one.haz.sd == nil && one.haz.skewness == nil && one.haz.kurtosis == nil)
        #expect(one.haz.sdCategory == nil && one.haz.category == .excellent)
        #expect(one.sexRatio.ratio == nil && one.sexRatio.p == 1)
        // 100 days is under 6 months: in neither age group, no test.
        #expect(one.ageRatio.p == nil && one.ageRatio.category == nil)
        // Points: flagged share 0, sex ratio (p = 1) 0, one height on .3 (score 100) 10.
        #expect(one.hazScore.points == 10)
        // Two: SD = |0.5 − 1.5| / sqrt(2) = 0.7071, shape still nil.
        let two = DataQuality(hazTally([0.5, 1.5]))
        #expect(abs(two.haz.sd! - 0.5.squareRoot()) < 1e-15)
        #expect(two.haz.skewness == nil && two.haz.kurtosis == nil)
        // Three equal values: SD 0, but shape undefined (m2 = 0).
        let flat = DataQuality(hazTally([1, 1, 1])).haz
        #expect(flat.sd == 0 && flat.sdCategory == .problematic && flat.skewness == nil && flat.kurtosis == nil)
    }

    @Test func tenthsDigitAsWritten() {
        #expect(DataQualityChild.tenthsDigit("86") == 0)
        #expect(DataQualityChild.tenthsDigit("86.25") == 2)
        #expect(DataQualityChild.tenthsDigit("86.5") == 5)
        #expect(DataQualityChild.tenthsDigit("86.") == 0)
        #expect(DataQualityChild.tenthsDigit("11.04") == 0)
    }
}

/// The exact binomial test as it was written before #30: every outcome's probability in an array
/// of n + 1, zeros beyond the walk included, and sums over the whole ranges.
private struct BinomialOverEveryOutcome {
    let n: Int, p: Double
    var d: [Double]

    init(trials n: Int, probability p: Double) {
        self.n = n
        self.p = p
        let odds = p / (1 - p)
        let mode = min(n, Int((Double(n + 1) * p).rounded(.down)))
        d = [Double](repeating: 0, count: n + 1)
        d[mode] = 1
        var i = mode
        while i > 0 && d[i] > 0 {
            d[i - 1] = d[i] * Double(i) / (Double(n - i + 1) * odds)
            i -= 1
        }
        i = mode
        while i < n && d[i] > 0 {
            d[i + 1] = d[i] * Double(n - i) * odds / Double(i + 1)
            i += 1
        }
        let all = Self.sum(d, 0...n)
        for index in d.indices { d[index] /= all }
    }

    static func sum(_ values: [Double], _ range: ClosedRange<Int>) -> Double {
        var total = 0.0
        var compensation = 0.0
        for index in range {
            let value = values[index]
            let next = total + value
            compensation += abs(total) >= abs(value) ? (total - next) + value : (value - next) + total
            total = next
        }
        return total + compensation
    }

    func pValue(successes x: Int) -> Double {
        let mean = Double(n) * p
        if Double(x) == mean { return 1 }
        let threshold = d[x] * (1 + 1e-7)
        if Double(x) < mean {
            let y = (Int(mean.rounded(.up))...n).reduce(0) { d[$1] <= threshold ? $0 + 1 : $0 }
            return min(1, Self.sum(d, 0...x) + (y > 0 ? Self.sum(d, (n - y + 1)...n) : 0))
        }
        let y = (0...Int(mean.rounded(.down))).reduce(0) { d[$1] <= threshold ? $0 + 1 : $0 }
        return min(1, (y > 0 ? Self.sum(d, 0...(y - 1)) : 0) + Self.sum(d, x...n))
    }
}
