/// The weight-based z-scores of one measurement (docs/spec/growth-indicators-v1.md §2), each rounded to 2
/// decimals, halves away from zero; nil where it cannot be computed.
public struct WeightBasedZScores: Sendable, Equatable {
    /// Weight-for-age.
    public var waz: Double?
    /// Weight-for-length (under 731 days) or weight-for-height (from 731 days).
    public var whz: Double?
    /// BMI-for-age.
    public var baz: Double?

    package init(waz: Double? = nil, whz: Double? = nil, baz: Double? = nil) {
        self.waz = waz
        self.whz = whz
        self.baz = baz
    }
}

/// Weight-for-age, weight-for-length/height and BMI-for-age against the WHO 2006 standard
/// (docs/spec/growth-indicators-v1.md §2).
public struct WeightStandards: Sendable {
    /// From this age in days the height table is used for WHZ; below it, the length table.
    package static let firstHeightTableDay = 731
    /// A rounded WAZ below this is flagged.
    package static let wazFlagBelow = -6.0
    /// A rounded WAZ above this is flagged.
    package static let wazFlagAbove = 5.0
    /// A rounded WHZ or BAZ whose magnitude is above this is flagged.
    package static let whzBazFlagLimit = 5.0

    package let weightForAge: DailyLMSTable
    /// 45.0 to 110.0 cm.
    package let weightForLength: LengthIndexedLMSTable
    /// 65.0 to 120.0 cm.
    package let weightForHeight: LengthIndexedLMSTable
    package let bmiForAge: DailyLMSTable

    package init(
        weightForAge: DailyLMSTable, weightForLength: LengthIndexedLMSTable,
        weightForHeight: LengthIndexedLMSTable, bmiForAge: DailyLMSTable
    ) {
        self.weightForAge = weightForAge
        self.weightForLength = weightForLength
        self.weightForHeight = weightForHeight
        self.bmiForAge = bmiForAge
    }

    /// The tables shipped with the package, loaded once.
    public static let who2006 = WeightStandards(
        weightForAge: .resource("who2006-wfa-daily"),
        weightForLength: .resource("who2006-wfl", tenths: 450...1100),
        weightForHeight: .resource("who2006-wfh", tenths: 650...1200),
        bmiForAge: .resource("who2006-bfa-daily"))

    /// The weight-based z-scores of a measurement.
    ///
    /// - Parameters:
    ///   - ageDays: the age A in days, as `HeightForAge.assess` returns it.
    ///   - adjustedHeightCm: h, the length/height after the 0.7 cm rule and the standing-under-9-
    ///     months rule, as `HeightForAge.assess` returns it. It is taken as the exact decimal of
    ///     its nearest millionth of a cm, so 65.7 - 0.7 is 65.0 cm.
    ///   - weightKg: nil when the measurement has no weight.
    ///   - oedema: true gives no z-score at all.
    /// - Returns: each z rounded to 2 decimals; all nil outside 0...1826 days, without a weight
    ///   above 0, or with oedema; WHZ nil when h is outside the table (45.0-110.0 cm below 731
    ///   days, 65.0-120.0 cm from 731 days, bounds included); BAZ nil unless h is above 0.
    package func zScores(sex: Sex, ageDays: Int, adjustedHeightCm: Double, weightKg: Double?, oedema: Bool) -> WeightBasedZScores {
        zScores(
            sex: sex, ageDays: ageDays, adjustedHeightCm: adjustedHeightCm, weightKg: weightKg, oedema: oedema,
            weightForAgeRow: weightForAge.lms(sex: sex, day: ageDays), bmiForAgeRow: bmiForAge.lms(sex: sex, day: ageDays))
    }

    /// `zScores(sex:ageDays:adjustedHeightCm:weightKg:oedema:)` with the rows of the two tables by
    /// age already read (`lms(sex:day:)`): `Anthropometry.assess` reads the rows of every table
    /// first, together.
    @inline(__always)
    package func zScores(
        sex: Sex, ageDays: Int, adjustedHeightCm: Double, weightKg: Double?, oedema: Bool,
        weightForAgeRow: LMS?, bmiForAgeRow: LMS?
    ) -> WeightBasedZScores {
        var result = WeightBasedZScores()
        guard !oedema, let weight = weightKg, weight > 0, weight.isFinite, let wfa = weightForAgeRow else { return result }
        result.waz = roundHalfAwayFromZero(wfa.restrictedZScore(weight), decimals: 2)

        guard let millionths = LengthIndexedLMSTable.millionths(ofCm: adjustedHeightCm) else { return result }
        let table = ageDays < Self.firstHeightTableDay ? weightForLength : weightForHeight
        if let lms = table.lms(sex: sex, millionths: millionths) {
            result.whz = roundHalfAwayFromZero(lms.restrictedZScore(weight), decimals: 2)
        }

        if millionths > 0, let lms = bmiForAgeRow {
            let metres = Double(millionths) / 1_000_000 / 100
            let bmi = weight / (metres * metres)
            result.baz = roundHalfAwayFromZero(lms.restrictedZScore(bmi), decimals: 2)
        }
        return result
    }
}

extension LMS {
    /// The value at k standard deviations: SDk = M * (1 + L * S * k)^(1 / L), or M * e^(S * k)
    /// when L is 0.
    @inline(__always)
    package func value(atSD k: Double) -> Double {
        l == 0 ? m * LibC.exp(s * k) : m * LibC.pow(1 + l * s * k, 1 / l)
    }

    /// The restricted z-score of the weight-based indicators: z as `zScore`, except that beyond
    /// ±3 the distance is measured in units of the 2-to-3 SD interval on that side:
    /// z > 3 gives 3 + (y - SD3) / (SD3 - SD2), z < -3 gives -3 + (y - SD-3) / (SD-2 - SD-3).
    package func restrictedZScore(_ y: Double) -> Double {
        let z = zScore(y)
        if z > 3 {
            let sd3 = value(atSD: 3)
            return 3 + (y - sd3) / (sd3 - value(atSD: 2))
        }
        if z < -3 {
            let sdMinus3 = value(atSD: -3)
            return -3 + (y - sdMinus3) / (value(atSD: -2) - sdMinus3)
        }
        return z
    }
}
