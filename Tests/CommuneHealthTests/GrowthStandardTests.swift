import Foundation
import Testing
@testable import CommuneHealth

/// Length/height-for-age (spec section 3). Every expected HAZ is written out as a literal and
/// also computed by hand from the L, M, S read off `who2006-lhfa-daily.tsv` (written below as
/// literals, not taken from the code under test), so a wrong table row, a wrong adjustment or a
/// wrong rounding each make a test fail.
@Suite struct GrowthStandardTests {
    /// Rows of who2006-lhfa-daily.tsv, copied by hand: sex, day, L, M, S.
    static let rows: [(sex: Sex, day: Int, l: Double, m: Double, s: Double)] = [
        (.male, 0, 1, 49.8842, 0.03795),
        (.male, 273, 1, 71.9273, 0.03117),
        (.male, 274, 1, 71.9714, 0.03117),
        (.male, 730, 1, 87.8018, 0.03479),
        (.male, 731, 1, 87.1303, 0.03508),
        (.male, 1155, 1, 97.3409, 0.03899),
        (.male, 1826, 1, 109.9593, 0.04214),
        (.female, 0, 1, 49.1477, 0.0379),
        (.female, 273, 1, 70.1015, 0.03444),
        (.female, 274, 1, 70.1463, 0.03444),
        (.female, 730, 1, 86.4008, 0.03733),
        (.female, 731, 1, 85.7299, 0.03764),
        (.female, 1155, 1, 96.3827, 0.0404),
        (.female, 1826, 1, 109.4189, 0.04346),
    ]

    static func lms(_ sex: Sex, _ day: Int) -> (l: Double, m: Double, s: Double) {
        let row = rows.first { $0.sex == sex && $0.day == day }!
        return (row.l, row.m, row.s)
    }

    let growth = HeightForAge()

    @Test("the table's rows are read as written in the TSV", arguments: rows.indices)
    func tableRow(index: Int) {
        let row = Self.rows[index]
        #expect(LengthHeightForAgeTable.who2006.lms(sex: row.sex, day: row.day) == LMS(l: row.l, m: row.m, s: row.s))
    }

    @Test func tableEndsAtDay1826() {
        #expect(LengthHeightForAgeTable.who2006.lms(sex: .male, day: 1827) == nil)
        #expect(LengthHeightForAgeTable.who2006.lms(sex: .female, day: 1827) == nil)
        #expect(LengthHeightForAgeTable.who2006.lms(sex: .male, day: -1) == nil)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var sex: Sex
        var day: Int
        var height: Double
        var recorded: MeasuredPosition?
        /// What the spec's rules give: position kept, height adjusted, HAZ rounded, status.
        var position: MeasuredPosition?
        var adjusted: Double
        var haz: Double
        var status: GrowthStatus
        var warning = false
        var testDescription: String { "\(sex.rawValue) day \(day) \(height) cm \(recorded?.rawValue ?? "no position")" }
    }

    /// Days 0, 273, 274, 730, 731, 1155, 1826 for both sexes, each lying, standing and without a position.
    static let cases: [Case] = [
        // Boys.
        Case(sex: .male, day: 0, height: 49.9, recorded: nil, position: nil, adjusted: 49.9, haz: 0.01, status: .normal),
        Case(sex: .male, day: 0, height: 46.0, recorded: .lying, position: .lying, adjusted: 46.0, haz: -2.05, status: .stunted),
        Case(sex: .male, day: 0, height: 46.0, recorded: .standing, position: nil, adjusted: 46.0, haz: -2.05, status: .stunted, warning: true),
        // 273 / 30.4375 = 8.97 months: standing is dropped, no +0.7.
        Case(sex: .male, day: 273, height: 68.0, recorded: .standing, position: nil, adjusted: 68.0, haz: -1.75, status: .normal, warning: true),
        Case(sex: .male, day: 273, height: 68.0, recorded: .lying, position: .lying, adjusted: 68.0, haz: -1.75, status: .normal),
        Case(sex: .male, day: 273, height: 68.0, recorded: nil, position: nil, adjusted: 68.0, haz: -1.75, status: .normal),
        // 274 / 30.4375 = 9.002 months: standing is kept, +0.7.
        Case(sex: .male, day: 274, height: 68.0, recorded: .standing, position: .standing, adjusted: 68.7, haz: -1.46, status: .normal),
        Case(sex: .male, day: 274, height: 68.0, recorded: .lying, position: .lying, adjusted: 68.0, haz: -1.77, status: .normal),
        Case(sex: .male, day: 274, height: 68.0, recorded: nil, position: nil, adjusted: 68.0, haz: -1.77, status: .normal),
        Case(sex: .male, day: 730, height: 84.0, recorded: .standing, position: .standing, adjusted: 84.7, haz: -1.02, status: .normal),
        Case(sex: .male, day: 730, height: 84.0, recorded: .lying, position: .lying, adjusted: 84.0, haz: -1.24, status: .normal),
        Case(sex: .male, day: 730, height: 84.0, recorded: nil, position: nil, adjusted: 84.0, haz: -1.24, status: .normal),
        Case(sex: .male, day: 731, height: 84.0, recorded: .lying, position: .lying, adjusted: 83.3, haz: -1.25, status: .normal),
        Case(sex: .male, day: 731, height: 84.0, recorded: .standing, position: .standing, adjusted: 84.0, haz: -1.02, status: .normal),
        Case(sex: .male, day: 731, height: 84.0, recorded: nil, position: nil, adjusted: 84.0, haz: -1.02, status: .normal),
        // The spec's example: -2.9354 rounds to -2.94, stunted, not severely.
        Case(sex: .male, day: 1155, height: 86.2, recorded: .standing, position: .standing, adjusted: 86.2, haz: -2.94, status: .stunted),
        Case(sex: .male, day: 1155, height: 86.2, recorded: nil, position: nil, adjusted: 86.2, haz: -2.94, status: .stunted),
        Case(sex: .male, day: 1155, height: 86.2, recorded: .lying, position: .lying, adjusted: 85.5, haz: -3.12, status: .severelyStunted),
        Case(sex: .male, day: 1826, height: 100.0, recorded: .standing, position: .standing, adjusted: 100.0, haz: -2.15, status: .stunted),
        Case(sex: .male, day: 1826, height: 100.0, recorded: .lying, position: .lying, adjusted: 99.3, haz: -2.30, status: .stunted),
        Case(sex: .male, day: 1826, height: 100.0, recorded: nil, position: nil, adjusted: 100.0, haz: -2.15, status: .stunted),
        // Girls.
        Case(sex: .female, day: 0, height: 49.9, recorded: nil, position: nil, adjusted: 49.9, haz: 0.40, status: .normal),
        Case(sex: .female, day: 0, height: 46.0, recorded: .lying, position: .lying, adjusted: 46.0, haz: -1.69, status: .normal),
        Case(sex: .female, day: 0, height: 49.9, recorded: .standing, position: nil, adjusted: 49.9, haz: 0.40, status: .normal, warning: true),
        Case(sex: .female, day: 273, height: 68.0, recorded: .standing, position: nil, adjusted: 68.0, haz: -0.87, status: .normal, warning: true),
        Case(sex: .female, day: 273, height: 68.0, recorded: .lying, position: .lying, adjusted: 68.0, haz: -0.87, status: .normal),
        Case(sex: .female, day: 274, height: 68.0, recorded: .standing, position: .standing, adjusted: 68.7, haz: -0.60, status: .normal),
        Case(sex: .female, day: 274, height: 68.0, recorded: nil, position: nil, adjusted: 68.0, haz: -0.89, status: .normal),
        Case(sex: .female, day: 730, height: 84.0, recorded: .standing, position: .standing, adjusted: 84.7, haz: -0.53, status: .normal),
        Case(sex: .female, day: 730, height: 84.0, recorded: .lying, position: .lying, adjusted: 84.0, haz: -0.74, status: .normal),
        Case(sex: .female, day: 730, height: 84.0, recorded: nil, position: nil, adjusted: 84.0, haz: -0.74, status: .normal),
        Case(sex: .female, day: 731, height: 84.0, recorded: .lying, position: .lying, adjusted: 83.3, haz: -0.75, status: .normal),
        Case(sex: .female, day: 731, height: 84.0, recorded: .standing, position: .standing, adjusted: 84.0, haz: -0.54, status: .normal),
        Case(sex: .female, day: 731, height: 84.0, recorded: nil, position: nil, adjusted: 84.0, haz: -0.54, status: .normal),
        Case(sex: .female, day: 1155, height: 86.2, recorded: .standing, position: .standing, adjusted: 86.2, haz: -2.62, status: .stunted),
        Case(sex: .female, day: 1155, height: 86.2, recorded: .lying, position: .lying, adjusted: 85.5, haz: -2.79, status: .stunted),
        Case(sex: .female, day: 1826, height: 100.0, recorded: .standing, position: .standing, adjusted: 100.0, haz: -1.98, status: .normal),
        Case(sex: .female, day: 1826, height: 100.0, recorded: .lying, position: .lying, adjusted: 99.3, haz: -2.13, status: .stunted),
        Case(sex: .female, day: 1826, height: 100.0, recorded: nil, position: nil, adjusted: 100.0, haz: -1.98, status: .normal),
    ]

    @Test("HAZ, adjustment and status", arguments: cases)
    func assessment(_ c: Case) {
        let (l, m, s) = Self.lms(c.sex, c.day)
        // The literal agrees with the formula worked by hand on the table's row.
        #expect(handHAZ(c.adjusted, l: l, m: m, s: s) == c.haz)
        let result = growth.assess(sex: c.sex, ageDays: c.day, heightCm: c.height, position: c.recorded)
        #expect(
            result
                == HeightForAgeAssessment(
                    ageDays: c.day, position: c.position, positionWarning: c.warning,
                    adjustedHeightCm: c.adjusted, haz: c.haz, status: c.status))
    }

    @Test func specExampleIsStuntedNotSeverely() {
        let result = growth.assess(sex: .male, ageDays: 1155, heightCm: 86.2, position: .standing)
        #expect(result.haz == -2.94)
        #expect(result.status == .stunted)
        // By hand: (86.2 / 97.3409 - 1) / 0.03899 = -2.93543 (the spec gives -2.9354).
        let unrounded = (86.2 / 97.3409 - 1) / 0.03899
        #expect(unrounded > -2.93545 && unrounded < -2.93540)
    }

    @Test("standing under 9 months: day 273 drops the position, day 274 keeps it")
    func nineMonthBoundary() {
        #expect(273.0 / 30.4375 < 9)
        #expect(274.0 / 30.4375 >= 9)
        let day273 = growth.assess(sex: .female, ageDays: 273, heightCm: 68.0, position: .standing)
        #expect(day273.position == nil)
        #expect(day273.positionWarning)
        #expect(day273.adjustedHeightCm == 68.0)
        let day274 = growth.assess(sex: .female, ageDays: 274, heightCm: 68.0, position: .standing)
        #expect(day274.position == .standing)
        #expect(!day274.positionWarning)
        #expect(day274.adjustedHeightCm == 68.0 + 0.7)
        // Lying under 9 months is not a warning.
        #expect(!growth.assess(sex: .female, ageDays: 100, heightCm: 60, position: .lying).positionWarning)
    }

    @Test("1827 days and more is out of age: no HAZ", arguments: [Sex.male, Sex.female])
    func outOfAge(sex: Sex) {
        let result = growth.assess(sex: sex, ageDays: 1827, heightCm: 110.0, position: .standing)
        #expect(
            result
                == HeightForAgeAssessment(
                    ageDays: 1827, position: .standing, positionWarning: false,
                    adjustedHeightCm: 110.0, haz: nil, status: .outOfAge))
        let lying = growth.assess(sex: sex, ageDays: 1827, heightCm: 110.0, position: .lying)
        #expect(lying.status == .outOfAge)
        #expect(lying.haz == nil)
        #expect(growth.assess(sex: sex, ageDays: 2000, heightCm: 110.0, position: nil).status == .outOfAge)
        // Day 1826 is still eligible.
        #expect(growth.assess(sex: sex, ageDays: 1826, heightCm: 110.0, position: nil).haz != nil)
    }

    struct Boundary: CustomTestStringConvertible, Sendable {
        var sex: Sex
        var day: Int
        var height: Double
        var position: MeasuredPosition?
        var adjusted: Double
        /// The unrounded HAZ lies strictly between these.
        var unroundedAbove: Double
        var unroundedBelow: Double
        var haz: Double
        var status: GrowthStatus
        var testDescription: String { "\(sex.rawValue) day \(day) \(height) cm → \(haz)" }
    }

    /// Rounding comes before the cut-offs: -2.0027 is -2.00 (not stunted), -3.0039 is -3.00 (stunted,
    /// not severely), 6.0027 and -6.0027 are ±6.00 (plausible); one step further they are not.
    static let boundaries: [Boundary] = [
        Boundary(
            sex: .male, day: 1155, height: 89.74, position: nil, adjusted: 89.74,
            unroundedAbove: -2.005, unroundedBelow: -2.0, haz: -2.00, status: .normal),
        Boundary(
            sex: .male, day: 1155, height: 89.73, position: nil, adjusted: 89.73,
            unroundedAbove: -2.01, unroundedBelow: -2.005, haz: -2.01, status: .stunted),
        Boundary(
            sex: .male, day: 1155, height: 85.94, position: nil, adjusted: 85.94,
            unroundedAbove: -3.005, unroundedBelow: -3.0, haz: -3.00, status: .stunted),
        Boundary(
            sex: .male, day: 1155, height: 85.93, position: nil, adjusted: 85.93,
            unroundedAbove: -3.01, unroundedBelow: -3.005, haz: -3.01, status: .severelyStunted),
        Boundary(
            sex: .female, day: 731, height: 79.27, position: nil, adjusted: 79.27,
            unroundedAbove: -2.005, unroundedBelow: -2.0, haz: -2.00, status: .normal),
        Boundary(
            sex: .female, day: 731, height: 76.04, position: nil, adjusted: 76.04,
            unroundedAbove: -3.005, unroundedBelow: -3.0, haz: -3.00, status: .stunted),
        // With the +0.7 of a standing child of 9 months: 66.78 + 0.7 = 67.48.
        Boundary(
            sex: .male, day: 274, height: 66.78, position: .standing, adjusted: 66.78 + 0.7,
            unroundedAbove: -2.005, unroundedBelow: -2.0, haz: -2.00, status: .normal),
        // |HAZ| > 6 after rounding is implausible; exactly 6.00 is not.
        Boundary(
            sex: .female, day: 731, height: 105.10, position: nil, adjusted: 105.10,
            unroundedAbove: 6.0, unroundedBelow: 6.005, haz: 6.00, status: .normal),
        Boundary(
            sex: .female, day: 731, height: 105.11, position: nil, adjusted: 105.11,
            unroundedAbove: 6.005, unroundedBelow: 6.01, haz: 6.01, status: .implausible),
        Boundary(
            sex: .female, day: 731, height: 66.36, position: nil, adjusted: 66.36,
            unroundedAbove: -6.005, unroundedBelow: -6.0, haz: -6.00, status: .severelyStunted),
        Boundary(
            sex: .female, day: 731, height: 66.35, position: nil, adjusted: 66.35,
            unroundedAbove: -6.01, unroundedBelow: -6.005, haz: -6.01, status: .implausible),
        Boundary(
            sex: .male, day: 0, height: 38.52, position: .lying, adjusted: 38.52,
            unroundedAbove: -6.005, unroundedBelow: -6.0, haz: -6.00, status: .severelyStunted),
        Boundary(
            sex: .male, day: 0, height: 38.51, position: .lying, adjusted: 38.51,
            unroundedAbove: -6.01, unroundedBelow: -6.005, haz: -6.01, status: .implausible),
        Boundary(
            sex: .male, day: 730, height: 106.13, position: .lying, adjusted: 106.13,
            unroundedAbove: 6.0, unroundedBelow: 6.005, haz: 6.00, status: .normal),
    ]

    @Test("rounded HAZ decides stunting and plausibility", arguments: boundaries)
    func boundary(_ b: Boundary) {
        let (l, m, s) = Self.lms(b.sex, b.day)
        let unrounded = (pow(b.adjusted / m, l) - 1) / (l * s)
        #expect(unrounded > b.unroundedAbove && unrounded < b.unroundedBelow)
        #expect(handHAZ(b.adjusted, l: l, m: m, s: s) == b.haz)
        let result = growth.assess(sex: b.sex, ageDays: b.day, heightCm: b.height, position: b.position)
        #expect(result.adjustedHeightCm == b.adjusted)
        #expect(result.haz == b.haz)
        #expect(result.status == b.status)
    }

    @Test func roundingIsHalfAwayFromZero() {
        // Values whose binary form is exactly a half.
        #expect(roundHalfAwayFromZero(-2.125, decimals: 2) == -2.13)
        #expect(roundHalfAwayFromZero(2.125, decimals: 2) == 2.13)
        #expect(roundHalfAwayFromZero(-0.375, decimals: 2) == -0.38)
        #expect(roundHalfAwayFromZero(0.625, decimals: 2) == 0.63)
        #expect(roundHalfAwayFromZero(-2.0049, decimals: 2) == -2.0)
        #expect(roundHalfAwayFromZero(-2.0051, decimals: 2) == -2.01)
    }

    @Test func oedemaDoesNotEnterTheAssessment() {
        // assess has no oedema input; a measurement with oedema is assessed like any other.
        let withOedema = CommuneHealth.Measurement(
            line: 1, childID: "C", sex: .male, birthDate: CalendarDate("2021-04-03")!,
            date: CalendarDate("2024-06-01")!, heightCm: 86.2, position: .standing, oedema: true)
        var contents = ExportContents(
            file: "f.xml", commune: Commune(code: "02218", name: "X", provinceCode: "08"),
            period: ReportingPeriod(from: CalendarDate("2024-01-01")!, to: CalendarDate("2024-12-31")!))
        contents.usedMeasurements = [withOedema]
        let figures = CommuneSummary(contents: contents, anthropometry: Anthropometry()).figures
        #expect(figures.childrenAssessed == 1)
        #expect(figures.stunted == 1)
        #expect(figures.severelyStunted == 0)
    }
}
