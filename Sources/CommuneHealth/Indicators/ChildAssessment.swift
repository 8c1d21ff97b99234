/// The four z-scores of a child's measurement, each with its WHO flag (docs/spec/growth-indicators-v1.md §2).
package enum ZScoreIndex: String, Sendable, CaseIterable {
    /// Length/height-for-age.
    case haz
    /// Weight-for-age.
    case waz
    /// Weight-for-length/height.
    case whz
    /// BMI-for-age.
    case baz

    /// The WHO flag on a rounded z-score: implausible, listed and not counted. The one rule of
    /// the flags (the indicators, WHO's standard analysis and the data-quality tally call it).
    @inline(__always)
    package func isFlagged(_ z: Double) -> Bool {
        switch self {
        case .haz: return abs(z) > HeightForAge.plausibleLimit
        case .waz: return z < WeightStandards.wazFlagBelow || z > WeightStandards.wazFlagAbove
        case .whz, .baz: return abs(z) > WeightStandards.whzBazFlagLimit
        }
    }
}

/// A child's measurement used, judged against every WHO table: what each indicator classifies.
public struct ChildAssessment: Sendable, Equatable {
    /// Age, position rule, adjusted length/height and HAZ.
    public var height: HeightForAgeAssessment
    /// WAZ, WHZ and BAZ, rounded; nil where they cannot be computed.
    public var weight: WeightBasedZScores
    package var oedema: Bool

    /// 0 <= age <= 1826 days: the child counts in the indicators.
    package var isEligible: Bool { height.status != .outOfAge }

    @inline(__always)
    package func z(_ index: ZScoreIndex) -> Double? {
        switch index {
        case .haz: return height.haz
        case .waz: return weight.waz
        case .whz: return weight.whz
        case .baz: return weight.baz
        }
    }

    /// Whether any z-score carries a WHO flag; no allocation, for the per-child path.
    @inline(__always)
    package var hasFlag: Bool {
        isFlagged(.haz) || isFlagged(.waz) || isFlagged(.whz) || isFlagged(.baz)
    }

    @inline(__always)
    package func isFlagged(_ index: ZScoreIndex) -> Bool { z(index).map(index.isFlagged) ?? false }

    /// The z-scores that carry a WHO flag, in the order haz, waz, whz, baz; an array is made only
    /// when there is one.
    package var flagged: [ZScoreIndex] {
        guard hasFlag else { return [] }
        return ZScoreIndex.allCases.filter(isFlagged)
    }
}

/// Every WHO table the indicators read, and the one place a measurement is judged against them.
public struct Anthropometry: Sendable {
    package let heightForAge: HeightForAge
    package let weight: WeightStandards

    public init(heightForAge: HeightForAge = HeightForAge(), weight: WeightStandards = .who2006) {
        self.heightForAge = heightForAge
        self.weight = weight
    }

    /// Judges a valid measurement taken `ageDays` (0 or more) after birth.
    @inline(__always)
    public func assess(
        sex: Sex, ageDays: Int, heightCm: Double, position: MeasuredPosition?,
        weightKg: Double?, oedema: Bool
    ) -> ChildAssessment {
        // The rows of the three tables by age, read first, together: a measurement's rows are at
        // random days, and with a file's parsing between two of them they are mostly not in the
        // cache; read one after another, each miss was waited for in turn (#30).
        let heightRow = heightForAge.table.lms(sex: sex, day: ageDays)
        let weightRow = weight.weightForAge.lms(sex: sex, day: ageDays)
        let bmiRow = weight.bmiForAge.lms(sex: sex, day: ageDays)
        let height = heightForAge.assess(ageDays: ageDays, heightCm: heightCm, position: position, row: heightRow)
        let weight = self.weight.zScores(
            sex: sex, ageDays: ageDays, adjustedHeightCm: height.adjustedHeightCm,
            weightKg: weightKg, oedema: oedema, weightForAgeRow: weightRow, bmiForAgeRow: bmiRow)
        return ChildAssessment(height: height, weight: weight, oedema: oedema)
    }

    /// Asks for the rows of the four tables `assess(measurement)` will read to be brought into the
    /// caches, without waiting for them (`prefetchForReading`): called a few measurements ahead
    /// of `assess`, their cache misses are not waited for (#30). Changes no figure.
    @inline(__always)
    package func prefetchRows(for measurement: Measurement) {
        let sex = measurement.sex, ageDays = measurement.date - measurement.birthDate
        heightForAge.table.prefetch(sex: sex, day: ageDays)
        weight.weightForAge.prefetch(sex: sex, day: ageDays)
        weight.bmiForAge.prefetch(sex: sex, day: ageDays)
        let height = HeightForAge.adjusted(ageDays: ageDays, heightCm: measurement.heightCm, position: measurement.position).heightCm
        if let millionths = LengthIndexedLMSTable.millionths(ofCm: height) {
            (ageDays < WeightStandards.firstHeightTableDay ? weight.weightForLength : weight.weightForHeight)
                .prefetch(sex: sex, millionths: millionths)
        }
    }

    package func assess(_ measurement: Measurement) -> ChildAssessment {
        assess(
            sex: measurement.sex, ageDays: measurement.date - measurement.birthDate,
            heightCm: measurement.heightCm, position: measurement.position,
            weightKg: measurement.weightKg, oedema: measurement.oedema)
    }
}
