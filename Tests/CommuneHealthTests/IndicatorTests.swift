import Foundation
import Testing
@testable import CommuneHealth

// Coverage, stunting, resubmissions, roll-ups and targets (spec section 3), on the fixtures under
// Fixtures/indicators/. Expected HAZ values were worked out from the WHO table by hand (see
// GrowthStandardTests for the method); a boy born 2021-04-03 measured 2024-06-01 is 1155 days
// old: 97.3 cm gives -0.01, 86.2 cm -2.94 (stunted), 84.0 cm -3.52 (severely stunted).

/// The figures of one fixture file, as `analyze` computes them.
private func summary(_ relativePath: String) throws -> CommuneSummary {
    let (_, outcome) = readFixture(relativePath)
    let contents = try #require(outcome.contents, "\(outcome)")
    return CommuneSummary(contents: contents, anthropometry: Anthropometry())
}

/// The per-measurement listing of one fixture file, as `zscores` computes it.
private func listing(_ relativePath: String) throws -> [ZScoreRow] {
    let (_, outcome) = readFixture(relativePath, keepsAllMeasurements: true)
    let contents = try #require(outcome.contents, "\(outcome)")
    return ZScoreListing.rows(of: contents, anthropometry: Anthropometry())
}

/// The analysis of every export under a fixture folder.
private func analyze(_ relativeFolder: String, targets: Targets = .programme2021to2025) throws -> Analysis {
    let files = try InputFiles.collect([fixture(relativeFolder)])
    return Analyzer(targets: targets, jobs: 2).analyze(files: files)
}

@Suite struct CoverageTests {
    struct Card: CustomTestStringConvertible, Sendable {
        var fixture: String
        var insured: Int
        var testDescription: String { fixture }
    }

    /// One resident each; the reference date is 2024-06-30.
    static let cards: [Card] = [
        Card(fixture: "valid-from-r", insured: 1),  // 2024-06-30 .. 2025-06-29
        Card(fixture: "valid-to-r", insured: 1),  // 2023-07-01 .. 2024-06-30
        Card(fixture: "valid-only-on-r", insured: 1),  // 2024-06-30 .. 2024-06-30
        Card(fixture: "expired-day-before-r", insured: 0),  // 2023-06-30 .. 2024-06-29
        Card(fixture: "not-yet-valid", insured: 0),  // 2024-07-01 .. 2025-06-30
        Card(fixture: "no-card", insured: 0),
        Card(fixture: "expired-and-valid", insured: 1),  // 2022 and 2024-01-01 .. 2024-12-31
        Card(fixture: "expired-and-not-yet", insured: 0),  // .. 2024-06-29 and 2024-07-01 ..
    ]

    @Test("a card counts when validFrom <= R <= validTo", arguments: cards)
    func card(_ c: Card) throws {
        let s = try summary("indicators/cards/\(c.fixture).xml")
        #expect(s.period.referenceDate == CalendarDate("2024-06-30")!)
        #expect(s.figures.population == 1)
        #expect(s.figures.insured == c.insured)
        #expect(s.figures.excludedRecords == 0)
        #expect(s.figures.coverage == Double(c.insured))
    }
}

@Suite struct StuntingTests {
    /// What a row of the listing must say: line, child, age, adjusted height, HAZ, status, used.
    struct Row: Equatable, CustomStringConvertible {
        var line: Int
        var child: String
        var ageDays: Int?
        var adjusted: Double?
        var haz: Double?
        var status: ZScoreRow.Status
        var used: Bool
        var description: String { "\(line) \(child) \(ageDays ?? -1) \(adjusted ?? -1) \(haz ?? -99) \(status) \(used)" }
    }

    func rows(_ relativePath: String) throws -> [Row] {
        try listing(relativePath).map {
            Row(
                line: $0.line, child: $0.childID, ageDays: $0.ageDays, adjusted: $0.adjustedHeightCm, haz: $0.haz,
                status: $0.status, used: $0.used)
        }
    }

    @Test func latestDateIsUsedWhateverTheDocumentOrder() throws {
        // 2024-09-01 (1247 days, written first) is used; 2024-03-01 (1063 days) is not.
        #expect(
            try rows("indicators/stunting/latest-date.xml") == [
                Row(line: 8, child: "C1", ageDays: 1247, adjusted: 86.2, haz: -3.32, status: .severelyStunted, used: true),
                Row(line: 9, child: "C1", ageDays: 1063, adjusted: 97.3, haz: 0.53, status: .normal, used: false),
            ])
        let s = try summary("indicators/stunting/latest-date.xml")
        #expect(s.figures.childrenAssessed == 1)
        #expect(s.figures.stunted == 1)
        #expect(s.figures.severelyStunted == 1)
    }

    @Test func onEqualDatesTheLaterElementIsUsed() throws {
        #expect(
            try rows("indicators/stunting/same-date.xml") == [
                Row(line: 8, child: "C1", ageDays: 1155, adjusted: 97.3, haz: -0.01, status: .normal, used: false),
                Row(line: 9, child: "C1", ageDays: 1155, adjusted: 86.2, haz: -2.94, status: .stunted, used: true),
                Row(line: 10, child: "C2", ageDays: 1155, adjusted: 86.2, haz: -2.94, status: .stunted, used: false),
                Row(line: 11, child: "C2", ageDays: 1155, adjusted: 97.3, haz: -0.01, status: .normal, used: true),
            ])
        let s = try summary("indicators/stunting/same-date.xml")
        #expect(s.figures.childrenAssessed == 2)
        #expect(s.figures.stunted == 1)
        #expect(s.figures.severelyStunted == 0)
        #expect(s.figures.stuntingRate == 0.5)
    }

    @Test func measurementsOutsideThePeriodAreNotUsedEvenIfLater() throws {
        #expect(
            try rows("indicators/stunting/outside-period.xml") == [
                Row(line: 8, child: "C1", ageDays: 1155, adjusted: 97.3, haz: -0.01, status: .normal, used: true),
                Row(line: 9, child: "C1", ageDays: 1383, adjusted: 86.2, haz: -3.82, status: .outsidePeriod, used: false),
                Row(line: 10, child: "C2", ageDays: 1002, adjusted: 86.2, haz: -2.20, status: .outsidePeriod, used: false),
                Row(line: 11, child: "C1", ageDays: 1002, adjusted: 84.0, haz: -2.81, status: .outsidePeriod, used: false),
            ])
        let s = try summary("indicators/stunting/outside-period.xml")
        // C2 has no measurement in the period: not counted anywhere.
        #expect(s.figures.childrenAssessed == 1)
        #expect(s.figures.stunted == 0)
        #expect(s.figures.outOfAgeChildren == 0)
        #expect(s.figures.implausibleChildren == 0)
    }

    @Test func agesAtTheEdges() throws {
        #expect(
            try rows("indicators/stunting/ages.xml") == [
                Row(line: 8, child: "A0", ageDays: 0, adjusted: 46.0, haz: -2.05, status: .stunted, used: true),
                Row(line: 9, child: "A730", ageDays: 730, adjusted: 84.0 + 0.7, haz: -1.02, status: .normal, used: true),
                Row(line: 10, child: "A731", ageDays: 731, adjusted: 84.0 - 0.7, haz: -1.25, status: .normal, used: true),
                Row(line: 11, child: "A1826", ageDays: 1826, adjusted: 100.0, haz: -2.15, status: .stunted, used: true),
                Row(line: 12, child: "A1827", ageDays: 1827, adjusted: 100.0, haz: nil, status: .outOfAge, used: true),
                Row(line: 13, child: "G1826", ageDays: 1826, adjusted: 90.0 - 0.7, haz: -4.23, status: .severelyStunted, used: true),
            ])
        let f = try summary("indicators/stunting/ages.xml").figures
        #expect(f.childrenAssessed == 5)
        #expect(f.stunted == 3)
        #expect(f.severelyStunted == 1)
        #expect(f.outOfAgeChildren == 1)
        #expect(f.implausibleChildren == 0)
        #expect(f.stuntingRate == 3.0 / 5.0)
        // Stunting by age group in completed months of 30.4375 days: A0 and A730 (23.98 months)
        // are under 24 months; A731 (24.02), A1826 and G1826 from 24 months.
        #expect(f[.stunting].byAgeGroup.first == GroupCount(total: 2, hits: 1))
        #expect(f[.stunting].byAgeGroup.second == GroupCount(total: 3, hits: 2))
        #expect(f[.stunting].bySex.first == GroupCount(total: 4, hits: 2))
        #expect(f[.stunting].bySex.second == GroupCount(total: 1, hits: 1))
    }

    @Test func implausibleLatestMeasurementHasNoFallBack() throws {
        #expect(
            try rows("indicators/stunting/implausible-no-fallback.xml") == [
                Row(line: 8, child: "C1", ageDays: 1034, adjusted: 97.3, haz: 0.71, status: .normal, used: false),
                Row(line: 9, child: "C1", ageDays: 1216, adjusted: 70.0, haz: -7.37, status: .implausible, used: true),
                Row(line: 10, child: "C2", ageDays: 1155, adjusted: 86.2, haz: -2.94, status: .stunted, used: true),
            ])
        let f = try summary("indicators/stunting/implausible-no-fallback.xml").figures
        #expect(f.implausibleChildren == 1)
        #expect(f.childrenAssessed == 1)
        #expect(f.stunted == 1)
        #expect(f.stuntingRate == 1.0)
    }

    @Test func outOfAgeLatestMeasurementHasNoFallBack() throws {
        #expect(
            try rows("indicators/stunting/out-of-age-no-fallback.xml") == [
                Row(line: 8, child: "C1", ageDays: 1800, adjusted: 100.0, haz: -2.06, status: .stunted, used: false),
                Row(line: 9, child: "C1", ageDays: 1830, adjusted: 100.0, haz: nil, status: .outOfAge, used: true),
            ])
        let f = try summary("indicators/stunting/out-of-age-no-fallback.xml").figures
        #expect(f.outOfAgeChildren == 1)
        #expect(f.childrenAssessed == 0)
        #expect(f.stunted == 0)
        #expect(f.stuntingRate == nil)
    }

    @Test func standingUnderNineMonthsIsWarned() throws {
        let (path, _) = readFixture("indicators/stunting/standing-under-nine-months.xml")
        let s = try summary("indicators/stunting/standing-under-nine-months.xml")
        // The fixture's made-up commune also warns against the map (geography-v1 §3): only those others.
        #expect(
            s.warnings.filter { if case .geography = $0.reason { false } else { true } }
                == [ReadingWarning(file: path, line: 8, reason: .standingUnderNineMonths(childID: "N273"))])
        #expect(s.figures.childrenAssessed == 2)
        let listed = try listing("indicators/stunting/standing-under-nine-months.xml")
        #expect(listed.map(\.positionWarning) == [true, false])
        #expect(listed.map(\.adjustedHeightCm) == [68.0, 68.0 + 0.7])
        #expect(listed.map(\.haz) == [-1.75, -1.46])
    }
}

@Suite struct ResubmissionTests {
    @Test func theLaterGeneratedWins() throws {
        // a: 2025-01-06T08:30:00+07:00; b: 2025-01-06T02:00:00Z, which is 09:00 in Hanoi: later.
        let a = fixture("indicators/resubmission/later-wins/a.xml")
        let b = fixture("indicators/resubmission/later-wins/b.xml")
        let analysis = try analyze("indicators/resubmission/later-wins")
        #expect(analysis.communes.map(\.file) == [b])
        #expect(analysis.communes.map(\.figures.population) == [2])
        #expect(analysis.supersededFiles == [SupersededFile(file: a, by: b)])
        #expect(analysis.rejectedFiles.isEmpty)
        #expect(analysis.provinces.map(\.figures.population) == [2])
        #expect(analysis.provinces.map(\.communes) == [1])
    }

    func expectAllRejectedAsDuplicates(_ folder: String, _ names: [String]) throws {
        let analysis = try analyze(folder)
        let paths = names.map { fixture("\(folder)/\($0)") }
        #expect(analysis.communes.isEmpty)
        #expect(analysis.districts.isEmpty)
        #expect(analysis.provinces.isEmpty)
        #expect(analysis.supersededFiles.isEmpty)
        #expect(analysis.rejectedFiles.map(\.file) == paths)
        for rejection in analysis.rejectedFiles {
            // Reported on the root element of each file.
            #expect(rejection.line == 2)
            guard case .duplicateSubmission(let others, _) = rejection.reason else {
                Issue.record("expected a duplicate submission, got \(rejection.reason)")
                continue
            }
            #expect(others == paths.filter { $0 != rejection.file })
        }
    }

    @Test func oneWithoutGeneratedRejectsAll() throws {
        try expectAllRejectedAsDuplicates("indicators/resubmission/missing-generated", ["a.xml", "b.xml"])
    }

    @Test func aSharedLatestGeneratedRejectsAll() throws {
        // a and b are the same instant written in two offsets; c is older and still rejected.
        try expectAllRejectedAsDuplicates("indicators/resubmission/equal-latest", ["a.xml", "b.xml", "c.xml"])
    }

    @Test func differentPeriodsAreNotResubmissions() throws {
        let analysis = try analyze("indicators/resubmission/different-periods")
        #expect(analysis.rejectedFiles.isEmpty)
        #expect(analysis.supersededFiles.isEmpty)
        // Ordered by period: 2023 (b) before 2024 (a).
        #expect(
            analysis.communes.map(\.file) == [
                fixture("indicators/resubmission/different-periods/b.xml"),
                fixture("indicators/resubmission/different-periods/a.xml"),
            ])
        #expect(analysis.communes.map(\.figures.population) == [2, 1])
        #expect(analysis.provinces.map(\.period.from) == [CalendarDate("2023-01-01")!, CalendarDate("2024-01-01")!])
        #expect(analysis.provinces.map(\.figures.population) == [2, 1])
    }

    @Test func aRejectedFileIsNotPartOfAResubmission() throws {
        // b has a count mismatch: rejected on its own, so a (without @generated) is alone and counts.
        let analysis = try analyze("indicators/resubmission/rejected-is-not-a-resubmission")
        let a = fixture("indicators/resubmission/rejected-is-not-a-resubmission/a.xml")
        let b = fixture("indicators/resubmission/rejected-is-not-a-resubmission/b.xml")
        #expect(analysis.communes.map(\.file) == [a])
        #expect(analysis.rejectedFiles == [FileRejection(file: b, line: 5, reason: .countMismatch(declared: 3, actual: 2))])
        #expect(analysis.supersededFiles.isEmpty)
    }
}

@Suite struct RollUpTests {
    struct Unit: Equatable, CustomStringConvertible {
        var code: String
        var provinceCode: String
        var year: Int
        var communes: Int
        var population: Int
        var insured: Int
        var assessed: Int
        var stunted: Int
        var severe: Int
        var description: String { "\(provinceCode)/\(code) \(year): \(communes) \(population) \(insured) \(assessed) \(stunted) \(severe)" }
    }

    func units(_ list: [UnitSummary]) -> [Unit] {
        list.map {
            Unit(
                code: $0.code, provinceCode: $0.provinceCode, year: $0.period.from.components.year, communes: $0.communes,
                population: $0.figures.population, insured: $0.figures.insured, assessed: $0.figures.childrenAssessed,
                stunted: $0.figures.stunted, severe: $0.figures.severelyStunted)
        }
    }

    @Test func districtsAndProvincesSumCounts() throws {
        let analysis = try analyze("indicators/rollup")
        #expect(analysis.rejectedFiles.isEmpty)
        #expect(analysis.communes.map(\.commune.code) == ["01004", "01001", "01001", "01002", "01003", "02001"])
        #expect(
            units(analysis.districts) == [
                Unit(code: "070", provinceCode: "08", year: 2023, communes: 1, population: 5, insured: 5, assessed: 1, stunted: 0, severe: 0),
                Unit(code: "070", provinceCode: "08", year: 2024, communes: 2, population: 4, insured: 1, assessed: 4, stunted: 2, severe: 1),
                Unit(code: "071", provinceCode: "08", year: 2024, communes: 1, population: 2, insured: 1, assessed: 1, stunted: 1, severe: 0),
                Unit(code: "100", provinceCode: "10", year: 2024, communes: 1, population: 1, insured: 0, assessed: 0, stunted: 0, severe: 0),
            ])
        #expect(
            units(analysis.provinces) == [
                Unit(code: "08", provinceCode: "08", year: 2023, communes: 1, population: 5, insured: 5, assessed: 1, stunted: 0, severe: 0),
                Unit(code: "08", provinceCode: "08", year: 2024, communes: 4, population: 10, insured: 6, assessed: 5, stunted: 3, severe: 1),
                Unit(code: "10", provinceCode: "10", year: 2024, communes: 1, population: 1, insured: 0, assessed: 0, stunted: 0, severe: 0),
            ])
        #expect(analysis.districts.map(\.name) == ["Thành phố Tuyên Quang", "Thành phố Tuyên Quang", "Huyện Lâm Bình", "Huyện Bát Xát"])
        #expect(analysis.provinces.map(\.name) == ["Tuyên Quang", "Tuyên Quang", "Lào Cai"])
    }

    @Test func ratesComeFromSummedCountsNotAveragedRates() throws {
        let analysis = try analyze("indicators/rollup")
        let district = try #require(analysis.districts.first { $0.code == "070" && $0.period.from.components.year == 2024 })
        // Communes 01001 (1 of 1 insured, 0 of 1 stunted) and 01002 (0 of 3, 2 of 3): the average of
        // the commune rates would be 0.5 and 1/3.
        #expect(district.figures.coverage == 0.25)
        #expect(district.figures.stuntingRate == 0.5)
        let province = try #require(analysis.provinces.first { $0.code == "08" && $0.period.from.components.year == 2024 })
        #expect(province.figures.coverage == 0.6)
        #expect(province.figures.stuntingRate == 0.6)
        let empty = try #require(analysis.districts.first { $0.code == "100" })
        #expect(empty.figures.coverage == 0.0)
        #expect(empty.figures.stuntingRate == nil)
        // Every unit's figures are the sum of its communes' figures, field by field.
        for unit in analysis.districts {
            let members = analysis.communes.filter { $0.commune.districtCode == unit.code && $0.period.key == unit.period }
            #expect(unit.figures == members.map(\.figures).reduce(Figures(), +))
            #expect(unit.communes == members.count)
        }
        for unit in analysis.provinces {
            let members = analysis.communes.filter { $0.commune.provinceCode == unit.code && $0.period.key == unit.period }
            #expect(unit.figures == members.map(\.figures).reduce(Figures(), +))
            #expect(unit.communes == members.count)
        }
    }
}

@Suite struct TargetTests {
    func figures(population: Int, insured: Int, assessed: Int, stunted: Int) -> Figures {
        var f = Figures()
        f.population = population
        f.insured = insured
        f.childrenAssessed = assessed
        f.stunted = stunted
        return f
    }

    @Test func defaultsAreTheProgrammes() {
        #expect(Targets.programme2021to2025 == Targets(coverage: 1.0, stuntingRateBelow: 0.20))
    }

    @Test func coverageExactlyOneMeetsTheTarget() {
        let targets = Targets.programme2021to2025
        #expect(targets.meetsCoverage(figures(population: 2, insured: 2, assessed: 0, stunted: 0)) == true)
        #expect(targets.meetsCoverage(figures(population: 3, insured: 2, assessed: 0, stunted: 0)) == false)
        #expect(Targets(coverage: 0.5, stuntingRateBelow: 0.2).meetsCoverage(figures(population: 4, insured: 2, assessed: 0, stunted: 0)) == true)
        #expect(Targets(coverage: 0.5, stuntingRateBelow: 0.2).meetsCoverage(figures(population: 5, insured: 2, assessed: 0, stunted: 0)) == false)
    }

    @Test func stuntingRateExactlyTheTargetDoesNotMeetIt() {
        let targets = Targets.programme2021to2025
        #expect(targets.meetsStunting(figures(population: 0, insured: 0, assessed: 5, stunted: 1)) == false)
        #expect(targets.meetsStunting(figures(population: 0, insured: 0, assessed: 10, stunted: 2)) == false)
        #expect(targets.meetsStunting(figures(population: 0, insured: 0, assessed: 6, stunted: 1)) == true)
        #expect(targets.meetsStunting(figures(population: 0, insured: 0, assessed: 5, stunted: 0)) == true)
    }

    @Test func nullRatesMeetNothing() {
        let none = figures(population: 0, insured: 0, assessed: 0, stunted: 0)
        #expect(none.coverage == nil)
        #expect(none.stuntingRate == nil)
        #expect(Targets.programme2021to2025.meetsCoverage(none) == nil)
        #expect(Targets.programme2021to2025.meetsStunting(none) == nil)
    }

    @Test func targetsOnFiles() throws {
        let analysis = try analyze("indicators/targets")
        let exact = try #require(analysis.communes.first { $0.commune.code == "03001" })
        #expect(exact.figures.coverage == 1.0)
        #expect(exact.figures.stuntingRate == 0.2)
        #expect(analysis.targets.meetsCoverage(exact.figures) == true)
        #expect(analysis.targets.meetsStunting(exact.figures) == false)
        let empty = try #require(analysis.communes.first { $0.commune.code == "03002" })
        #expect(empty.figures.population == 0)
        #expect(analysis.targets.meetsCoverage(empty.figures) == nil)
        #expect(analysis.targets.meetsStunting(empty.figures) == nil)
        // Changed targets are applied as given.
        let relaxed = try analyze("indicators/targets", targets: Targets(coverage: 0.9, stuntingRateBelow: 0.25))
        let exactRelaxed = try #require(relaxed.communes.first { $0.commune.code == "03001" })
        #expect(relaxed.targets.meetsStunting(exactRelaxed.figures) == true)
        #expect(relaxed.targets.meetsCoverage(exactRelaxed.figures) == true)
    }
}

/// Underweight, wasting and overweight (growth-indicators-v1 §3) on indicators/growth/: boys born
/// 2021-04-03 measured 2024-06-01 (1155 days, weight-for-age M L -0.0767 M 14.6701 S 0.12217;
/// weight-for-height at 97.3 cm L -0.3521 M 14.6316 S 0.08122).
@Suite struct GrowthIndicatorTests {
    @Test func oedemaCountsAsSevereUnderweightAndWastingAndInTheDenominator() throws {
        let (_, outcome) = readFixture("indicators/growth/oedema-and-weight.xml")
        let f = CommuneSummary(contents: try #require(outcome.contents), anthropometry: Anthropometry()).figures
        // Eligible: N1, W1, V1, O1, O2, L1, F1 (X1 is 1827 days old). All HAZ plausible; O2 stunted.
        #expect(f[.stunting].assessed == 7 && f[.stunting].cases == 1 && f[.stunting].severe == 0)
        // N1 WAZ -0.10, W1 -2.01, V1 2.30; O1 and O2 by oedema (severe); L1's latest measurement
        // has no weight (no fall-back to March); F1's WAZ 10.48 is flagged.
        #expect(f[.underweight].assessed == 5)
        #expect(f[.underweight].cases == 3)
        #expect(f[.underweight].severe == 2)
        // W1: (11.5/14.6316)^-0.3521 gives z -3.0945, restricted: -3 + (11.5 - SD-3 11.5818) /
        // (SD-2 12.4936 - SD-3) = -3.09, severe; with O1 and O2, 3 severe of 5.
        #expect(f[.wasting].assessed == 5)
        #expect(f[.wasting].cases == 3)
        #expect(f[.wasting].severe == 3)
        // V1 (a girl) WHZ 3.12; a child with oedema is assessed, never overweight.
        #expect(f[.overweight].assessed == 5)
        #expect(f[.overweight].cases == 1)
        #expect(f[.overweight].severe == 0)
        #expect(f[.wasting].rate == 0.6)
        #expect(PublicHealthBands.wastingScale.band(of: 0.6) == .veryHigh)
    }

    @Test func rollUpsSumEveryIndicatorsCounts() throws {
        let (_, outcome) = readFixture("indicators/growth/oedema-and-weight.xml")
        let one = CommuneSummary(contents: try #require(outcome.contents), anthropometry: Anthropometry()).figures
        let two = one + one
        for indicator in Indicator.all {
            #expect(two[indicator].assessed == 2 * one[indicator].assessed)
            #expect(two[indicator].cases == 2 * one[indicator].cases)
            #expect(two[indicator].severe == 2 * one[indicator].severe)
        }
        #expect(two[.underweight].rate == 0.6)
    }

    @Test func zscoresListsWeightZScoresAndFlags() throws {
        let (_, outcome) = readFixture("indicators/growth/oedema-and-weight.xml", keepsAllMeasurements: true)
        let rows = ZScoreListing.rows(of: try #require(outcome.contents), anthropometry: Anthropometry())
        let byLine = Dictionary(uniqueKeysWithValues: rows.map { ($0.line, $0) })
        #expect(byLine[8]?.weight == WeightBasedZScores(waz: -0.10, whz: -0.11, baz: -0.18))
        #expect(byLine[9]?.weight == WeightBasedZScores(waz: -2.01, whz: -3.09, baz: -3.20))
        #expect(byLine[11]?.weight == WeightBasedZScores(waz: nil, whz: nil, baz: nil))
        #expect(byLine[11]?.oedema == true)
        #expect(byLine[15]?.flags == [.waz, .whz, .baz])
        #expect(byLine[14]?.weightKg == "" && byLine[14]?.used == true)
    }

    @Test func bandsAtTheirEdges() {
        #expect(PublicHealthBands.stuntingScale.band(of: 0.025) == .low)
        #expect(PublicHealthBands.stuntingScale.band(of: 0.0249) == .veryLow)
        #expect(PublicHealthBands.stuntingScale.band(of: 0.1) == .medium)
        #expect(PublicHealthBands.stuntingScale.band(of: 0.3) == .veryHigh)
        #expect(PublicHealthBands.wastingScale.band(of: 0.05) == .medium)
        #expect(PublicHealthBands.wastingScale.band(of: 0.1499) == .high)
        #expect(PublicHealthBands.underweightScale.band(of: 0.0) == .low)
        #expect(PublicHealthBands.underweightScale.band(of: 0.2) == .high)
    }

    @Test func namedTargetsJudgeTheGrowthIndicators() {
        var targets = Targets.programme2021to2025
        #expect(targets[.wasting] == nil)
        targets[.wasting] = 0.05
        let counts = GroupCount(total: 100, hits: 5)
        #expect(targets.meets(.wasting, counts) == false)
        #expect(targets.gap(.wasting, counts) == 1)
        #expect(targets.meets(.wasting, GroupCount(total: 100, hits: 4)) == true)
        #expect(targets.meets(.overweight, counts) == nil)
    }
}
