/// How a child's length/height-for-age is judged (docs/spec/health-station-export-v1.md §3, after WHO Anthro).
package enum GrowthStatus: String, Sendable, CaseIterable {
    case severelyStunted = "severely-stunted"
    case stunted
    case normal
    case implausible
    case outOfAge = "out-of-age"
}

/// The length/height-for-age of one measurement, with every step the spec defines.
public struct HeightForAgeAssessment: Sendable, Equatable {
    /// Age in days on the day of the measurement.
    package var ageDays: Int
    /// The position used after the 9-month rule: a standing position under 9 months is dropped.
    package var position: MeasuredPosition?
    /// True when a standing position was recorded for a child under 9 months.
    package var positionWarning: Bool
    /// The height after the 0.7 cm recumbent/standing adjustment.
    package var adjustedHeightCm: Double
    /// HAZ rounded to 2 decimals, halves away from zero; nil when out of age.
    public var haz: Double?
    package var status: GrowthStatus
}

/// Computes length/height-for-age z-scores against the WHO 2006 standard.
public struct HeightForAge: Sendable {
    /// Days in a month, as WHO Anthro counts them.
    package static let daysPerMonth = 30.4375
    /// Below this age (days) length is measured lying; from it, height standing.
    package static let firstStandingDay = 731
    package static let positionAdjustmentCm = 0.7
    /// |HAZ| above this is biologically implausible (WHO flag).
    package static let plausibleLimit = 6.0

    package let table: LengthHeightForAgeTable

    public init(table: LengthHeightForAgeTable = .who2006) { self.table = table }

    /// The position the measurement counts as taken in (none when a child under 9 months is said
    /// to have stood: `warning`), and the length/height after the 0.7 cm rule: measured standing
    /// before 731 days, 0.7 cm more; lying from 731 days, 0.7 cm less.
    @inline(__always)
    package static func adjusted(
        ageDays: Int, heightCm: Double, position recorded: MeasuredPosition?
    ) -> (position: MeasuredPosition?, warning: Bool, heightCm: Double) {
        var position = recorded
        var warning = false
        if position == .standing && Double(ageDays) / daysPerMonth < 9 {
            position = nil
            warning = true
        }
        var adjusted = heightCm
        if ageDays < firstStandingDay && position == .standing {
            adjusted += positionAdjustmentCm
        } else if ageDays >= firstStandingDay && position == .lying {
            adjusted -= positionAdjustmentCm
        }
        return (position, warning, adjusted)
    }

    /// Assesses a measurement taken `ageDays` days after birth; `ageDays` must be 0 or more.
    package func assess(sex: Sex, ageDays: Int, heightCm: Double, position recorded: MeasuredPosition?) -> HeightForAgeAssessment {
        assess(ageDays: ageDays, heightCm: heightCm, position: recorded, row: table.lms(sex: sex, day: ageDays))
    }

    /// `assess(sex:ageDays:heightCm:position:)` with the table's row for the child's sex and age
    /// already read (`table.lms(sex:day:)`): `Anthropometry.assess` reads the rows of every table
    /// first, together.
    @inline(__always)
    package func assess(ageDays: Int, heightCm: Double, position recorded: MeasuredPosition?, row: LMS?) -> HeightForAgeAssessment {
        let (position, warning, adjusted) = Self.adjusted(ageDays: ageDays, heightCm: heightCm, position: recorded)
        guard let lms = row else {
            return HeightForAgeAssessment(
                ageDays: ageDays, position: position, positionWarning: warning,
                adjustedHeightCm: adjusted, haz: nil, status: .outOfAge)
        }
        let haz = roundHalfAwayFromZero(lms.zScore(adjusted), decimals: 2)
        let status: GrowthStatus
        if abs(haz) > Self.plausibleLimit {
            status = .implausible
        } else if haz < -3 {
            status = .severelyStunted
        } else if haz < -2 {
            status = .stunted
        } else {
            status = .normal
        }
        return HeightForAgeAssessment(
            ageDays: ageDays, position: position, positionWarning: warning,
            adjustedHeightCm: adjusted, haz: haz, status: status)
    }
}

/// Rounds to `decimals` places, halves away from zero, as WHO Anthro reports z-scores.
package func roundHalfAwayFromZero(_ value: Double, decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
}
