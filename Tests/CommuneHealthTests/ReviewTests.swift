import Foundation
import Testing
@testable import CommuneHealth

/// The 5-year review (docs/review.md): Newcombe's intervals against statsmodels'
/// (Fixtures/newcombe, made by its README's command), and the review of `Fixtures/review`
/// (made by `make-review.py` beside it), 2021 on the legacy map and 2025 on the 2025 map:
///
/// - 02296 Xã Bình An: stunting 40/100 → 18/100, beyond noise, reaches the target; coverage 95 → 100 of 100.
/// - 02524 Phường Bình Thuận: stunting 30/60 → 25/60, within noise, still short; coverage 100 → 95 of 100, worse.
/// - 00958 Xã Thượng Sơn (Hà Giang until 2025): stunting 5/60 → 20/60, worse, falls back.
/// - 02287 Xã Chiêm Hóa: 20 children in each period, too few to rank.
/// - 02221 Xã Nà Hang: 02284 Xã Thanh Tương, merged into it, sent nothing in 2021: incomplete.
@Suite struct ReviewTests {
    /// One row of newcombe.csv.
    struct Expected {
        var first: GroupCount
        var last: GroupCount
        var low: Double
        var high: Double
    }

    static let expected: [Expected] = {
        let text = (try? String(contentsOfFile: fixture("newcombe/newcombe.csv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",").map(String.init)
            return Expected(
                first: GroupCount(total: Int(fields[1])!, hits: Int(fields[0])!),
                last: GroupCount(total: Int(fields[3])!, hits: Int(fields[2])!),
                low: Double(fields[4])!, high: Double(fields[5])!)
        }
    }()

    static func expected(_ first: (Int, Int), _ last: (Int, Int)) -> Expected? {
        expected.first {
            $0.first == GroupCount(total: first.1, hits: first.0) && $0.last == GroupCount(total: last.1, hits: last.0)
        }
    }

    static func analysis(_ units: MapUnits) throws -> Analysis {
        Analyzer(targets: .programme2021to2025, jobs: 2)
            .analyze(files: try InputFiles.collect([fixture("review")]), units: units)
    }

    static func change(
        _ review: Review, _ code: String, _ indicator: IndicatorID,
        level: ReviewUnit.Level = .commune
    ) throws -> UnitChange {
        try #require(review.changes.first { $0.unit.level == level && $0.unit.code == code && $0.indicator.id == indicator })
    }

    // MARK: Newcombe

    @Test func newcombeMatchesStatsmodels() throws {
        #expect(Self.expected.count == 26)
        for row in Self.expected {
            let interval = try #require(Uncertainty.newcombe(first: row.first, last: row.last))
            #expect(abs(interval.low - row.low) < 1e-12, "\(row.first) → \(row.last): low \(interval.low), expected \(row.low)")
            #expect(abs(interval.high - row.high) < 1e-12, "\(row.first) → \(row.last): high \(interval.high), expected \(row.high)")
        }
        // Newcombe's own example (a), Table II: 56/70 − 48/80, 0.0524 to 0.3339 (here LAST − FIRST).
        let a = try #require(Uncertainty.newcombe(first: GroupCount(total: 70, hits: 56), last: GroupCount(total: 80, hits: 48)))
        #expect((a.low * 10_000).rounded() == -3339 && (a.high * 10_000).rounded() == -524)
    }

    @Test func newcombeWithoutAPeriodIsNil() {
        #expect(Uncertainty.newcombe(first: GroupCount(total: 0, hits: 0), last: GroupCount(total: 10, hits: 3)) == nil)
        #expect(Uncertainty.newcombe(first: GroupCount(total: 10, hits: 3), last: GroupCount(total: 0, hits: 0)) == nil)
        // x = n and x = 0: the interval reaches -1 exactly.
        let all = Uncertainty.newcombe(first: GroupCount(total: 10, hits: 10), last: GroupCount(total: 10, hits: 0))
        #expect(all?.low == -1)
    }

    // MARK: The review on today's map

    @Test func periodsAndUnits() throws {
        let analysis = try Self.analysis(.current)
        let review = try #require(Review(analysis))
        #expect(review.periods.first.from == CalendarDate(year: 2021, month: 1, day: 1))
        #expect(review.periods.last.to == CalendarDate(year: 2025, month: 12, day: 31))
        let communes = review.changes.filter { $0.unit.level == .commune && $0.indicator == .stunting }
        #expect(communes.map(\.unit.code) == ["00958", "02221", "02287", "02296", "02524"])
        #expect(communes.allSatisfy { $0.unit.kind == .commune && $0.unit.provinceCode == "08" && $0.unit.edition == .current2025 })
        // Five indicators per unit; no district on today's map; one province.
        #expect(review.changes.count == (5 + 1) * 5)
        #expect(!review.changes.contains { $0.unit.level == .district })
    }

    @Test func improvesBeyondNoiseAndReachesTheTarget() throws {
        let review = try #require(Review(try Self.analysis(.current)))
        let stunting = try Self.change(review, "02296", .stunting)
        let expected = try #require(Self.expected((40, 100), (18, 100)))
        #expect(stunting.first == GroupCount(total: 100, hits: 40) && stunting.last == GroupCount(total: 100, hits: 18))
        #expect(stunting.change == 0.18 - 0.4)
        #expect(abs(stunting.changeCI!.low - expected.low) < 1e-12 && abs(stunting.changeCI!.high - expected.high) < 1e-12)
        #expect(stunting.changePeople == -22)
        #expect(stunting.judgement == .improved && stunting.targetStatus == .reached && stunting.gapLast == 0)
        #expect(stunting.commendationRank == 1 && stunting.attentionRank == nil)
        let coverage = try Self.change(review, "02296", .coverage)
        #expect(coverage.judgement == .improved && coverage.targetStatus == .reached && coverage.changePeople == 5)
        #expect(coverage.commendationRank == 1)
    }

    @Test func withinNoiseAndStillShort() throws {
        let review = try #require(Review(try Self.analysis(.current)))
        let stunting = try Self.change(review, "02524", .stunting)
        let expected = try #require(Self.expected((30, 60), (25, 60)))
        #expect(abs(stunting.changeCI!.low - expected.low) < 1e-12 && abs(stunting.changeCI!.high - expected.high) < 1e-12)
        #expect(stunting.changePeople == -5)
        #expect(stunting.judgement == .noClearChange && stunting.targetStatus == .stillShort)
        // 25 of 60: below 20% allows 11 stunted children.
        #expect(stunting.gapLast == 14)
        #expect(stunting.commendationRank == nil && stunting.attentionRank == 2)
        // Its coverage fell from 100% to 95%, beyond noise.
        let coverage = try Self.change(review, "02524", .coverage)
        #expect(coverage.judgement == .worsened && coverage.targetStatus == .fellBack && coverage.gapLast == 5)
        #expect(coverage.attentionRank == 1)
    }

    @Test func worsensAndFallsBack() throws {
        let review = try #require(Review(try Self.analysis(.current)))
        let stunting = try Self.change(review, "00958", .stunting)
        let expected = try #require(Self.expected((5, 60), (20, 60)))
        #expect(abs(stunting.changeCI!.low - expected.low) < 1e-12 && abs(stunting.changeCI!.high - expected.high) < 1e-12)
        #expect(stunting.changePeople == 15 && stunting.judgement == .worsened && stunting.targetStatus == .fellBack)
        #expect(stunting.attentionRank == 1)
        #expect(review.attention(province: "08", .stunting).map(\.unit.code) == ["00958", "02524"])
        #expect(review.commendation(province: "08", .stunting).map(\.unit.code) == ["02296"])
        // Coverage: 02524 worsened beyond noise first, then 02287 short of the target by 1 resident.
        #expect(review.attention(province: "08", .coverage).map(\.unit.code) == ["02524", "02287"])
    }

    @Test func tooFewChildrenAreNeverRanked() throws {
        let review = try #require(Review(try Self.analysis(.current)))
        let stunting = try Self.change(review, "02287", .stunting)
        #expect(stunting.fewAssessed && stunting.judgement == .noClearChange && stunting.targetStatus == .reached)
        #expect(stunting.commendationRank == nil && stunting.attentionRank == nil)
        // Coverage has no minimum: 25 → 24 of 25 residents is ranked (no clear change, fell back).
        let coverage = try Self.change(review, "02287", .coverage)
        #expect(!coverage.fewAssessed && coverage.judgement == .noClearChange && coverage.targetStatus == .fellBack)
        #expect(coverage.attentionRank == 2)
    }

    @Test func incompleteMergedCommuneShowsNoChange() throws {
        let review = try #require(Review(try Self.analysis(.current)))
        for indicator in IndicatorID.allCases {
            let change = try Self.change(review, "02221", indicator)
            #expect(change.incomplete == .missingPredecessors)
            #expect(change.change == nil && change.changeCI == nil && change.judgement == nil && change.targetStatus == nil)
            #expect(change.commendationRank == nil && change.attentionRank == nil)
        }
        // Both periods are still shown: 02221 and 02281 in 2021, the whole commune in 2025.
        let stunting = try Self.change(review, "02221", .stunting)
        #expect(stunting.first == GroupCount(total: 100, hits: 50) && stunting.last == GroupCount(total: 150, hits: 15))
        // The province's 2021 figure lacks Thanh Tương: incomplete too.
        let province = try Self.change(review, "08", .stunting, level: .province)
        #expect(province.incomplete == .communesDiffer && province.change == nil)
        #expect(province.first == GroupCount(total: 340, hits: 130) && province.last == GroupCount(total: 390, hits: 80))
    }

    /// SampleData on today's map, 2021 → 2025: 02287 Xã Chiêm Hóa (`generate --falling-behind`)
    /// insures everyone and worsens in stunting beyond noise; 02221 Xã Nà Hang lacks a predecessor's
    /// file of 2021, so it and the province are incomplete; the
    /// divided 02494 Xã Thái Bình is a unit of its own, apart from the 2025 commune 02494.
    @Test func sampleDataOnTodaysMap() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData").path
        let analysis = Analyzer(targets: .programme2021to2025, jobs: 2).analyze(files: try InputFiles.collect([sample]), units: .current)
        let review = try #require(Review(analysis))
        func check(_ change: UnitChange, _ first: (Int, Int), _ last: (Int, Int)) throws {
            #expect(change.first == GroupCount(total: first.1, hits: first.0) && change.last == GroupCount(total: last.1, hits: last.0))
            let expected = try #require(Self.expected(first, last))
            #expect(abs(change.changeCI!.low - expected.low) < 1e-12 && abs(change.changeCI!.high - expected.high) < 1e-12)
        }
        let chiemHoa = try Self.change(review, "02287", .stunting)
        try check(chiemHoa, (34, 108), (54, 110))
        #expect(chiemHoa.judgement == .worsened && chiemHoa.targetStatus == .stillShort && chiemHoa.attentionRank == 1)
        let chiemHoaCoverage = try Self.change(review, "02287", .coverage)
        try check(chiemHoaCoverage, (970, 987), (987, 987))
        #expect(chiemHoaCoverage.judgement == .improved && chiemHoaCoverage.targetStatus == .reached)
        #expect(chiemHoaCoverage.commendationRank == 1)
        // 02284 Xã Thanh Tương sent no file in 2021: 02221 Xã Nà Hang, and so the province, are
        // incomplete, shown with both figures and no change.
        let naHang = try Self.change(review, "02221", .coverage)
        #expect(naHang.incomplete == .missingPredecessors && naHang.change == nil && naHang.attentionRank == nil)
        #expect(naHang.first == GroupCount(total: 409, hits: 397) && naHang.last == GroupCount(total: 554, hits: 550))
        let province = try Self.change(review, "08", .stunting, level: .province)
        #expect(province.incomplete == .communesDiffer && province.change == nil && province.judgement == nil)
        #expect(province.first == GroupCount(total: 367, hits: 116) && province.last == GroupCount(total: 373, hits: 112))
        let coverage = try Self.change(review, "08", .coverage, level: .province)
        #expect(coverage.incomplete == .communesDiffer)
        #expect(coverage.first == GroupCount(total: 3855, hits: 3748) && coverage.last == GroupCount(total: 4000, hits: 3958))
        let thaiBinh = review.changes.filter { $0.unit.code == "02494" && $0.indicator == .stunting }
        #expect(thaiBinh.map(\.unit.kind) == [.commune, .divided])
        #expect(thaiBinh.map(\.incomplete) == [.lacksDivided, .onlyFirst])
        #expect(try Self.change(review, "02212", .coverage).incomplete == .lacksDivided)
        #expect(review.commendation(province: "08", .coverage).map(\.unit.code) == ["02287"])
        #expect(review.attention(province: "08", .stunting).map(\.unit.code) == ["02287", "00763"])
    }

    // MARK: The review on the map of each period

    @Test func onReportedUnitsAMapEditionIsPartOfTheUnit() throws {
        let review = try #require(Review(try Self.analysis(.reported)))
        let stunting = review.changes.filter { $0.indicator == .stunting }
        // The same code in 2021 (legacy map) and 2025 (2025 map) is two units: nothing compares.
        #expect(stunting.allSatisfy { $0.incomplete == .onlyFirst || $0.incomplete == .onlyLast })
        let binhAn = stunting.filter { $0.unit.level == .commune && $0.unit.code == "02296" }
        #expect(binhAn.map { $0.unit.edition } == [.legacy, .current2025])
        #expect(binhAn.map(\.incomplete) == [.onlyFirst, .onlyLast])
        #expect(
            stunting.filter { $0.unit.level == .province }.map { "\($0.unit.code) \($0.unit.edition.rawValue)" }
                == ["02 legacy", "08 legacy", "08 2025"])
    }

    /// Fixtures/geography on the map of each period, 2023 → 2024 (both legacy): 02221 Thị trấn Na
    /// Hang compares with itself; 02281 Xã Năng Khả reported in 2024 only, so its district (072)
    /// and its province hold other communes in 2024 and show no change.
    @Test func withinOneMapADistrictWhoseCommunesDifferIsIncomplete() throws {
        let analysis = Analyzer(targets: .programme2021to2025, jobs: 2)
            .analyze(files: try InputFiles.collect([fixture("geography")]), units: .reported)
        let periods = analysis.periods
        let review = Review(analysis, periods: ComparedPeriods(first: periods[0], last: periods[1]))
        let naHang = try Self.change(review, "02221", .stunting)
        #expect(naHang.incomplete == nil && naHang.unit.edition == .legacy && naHang.change != nil)
        #expect(try Self.change(review, "02281", .stunting).incomplete == .onlyLast)
        #expect(try Self.change(review, "072", .stunting, level: .district).incomplete == .communesDiffer)
        #expect(review.changes.filter { $0.unit.level == .province && $0.unit.code == "08" }.allSatisfy { $0.incomplete == .communesDiffer })
    }

    @Test func choosingThePeriods() throws {
        let periods = try Self.analysis(.current).periods
        #expect(PeriodChoice("2025")?.period(in: periods) == periods[1])
        #expect(PeriodChoice("2021-01-01")?.period(in: periods) == periods[0])
        #expect(PeriodChoice("2023")?.period(in: periods) == nil)
        #expect(PeriodChoice("21") == nil && PeriodChoice("2021-13-01") == nil)
        var single = try Self.analysis(.current)
        single.communes = single.communes.filter { $0.period.key == periods[0] }
        #expect(single.comparedPeriods == nil)
    }

    @Test func compareOnTheCommandLine() throws {
        let folder = fixture("review")
        let chosen = try CommandLineTool.run(["analyze", folder, "--units", "current", "--compare", "2021..2025", "--format", "json"])
        #expect(chosen.status == 0)
        #expect(chosen.stdout == (try CommandLineTool.run(["analyze", folder, "--units", "current", "--format", "json"])).stdout)
        let missing = try CommandLineTool.run(["analyze", folder, "--compare", "2019..2025", "--lang", "vi"])
        #expect(missing.status == 64 && missing.stdout.isEmpty)
        #expect(missing.stderr.contains("--compare 2019..2025: FIRST và LAST phải là hai kỳ có trong các tệp, FIRST trước LAST; các kỳ hiện có: 2021, 2025"))
        #expect(try CommandLineTool.run(["analyze", folder, "--compare", "2025..2021"]).status == 64)
        #expect(try CommandLineTool.run(["analyze", folder, "--compare", "2021-2025"]).status == 64)
    }

    // MARK: JSON

    @Test func jsonChanges() throws {
        let analysis = try Self.analysis(.current)
        let text = JSONReport.render(analysis)
        #expect(text == JSONReport.render(analysis, jobs: 4))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let compared = try #require(document["compared"] as? [String: Any])
        #expect((compared["first"] as? [String: Any])?["from"] as? String == "2021-01-01")
        #expect(compared["interval"] as? String == "newcombe")
        let changes = try #require(document["changes"] as? [[String: Any]])
        #expect(changes.count == 30)
        let binhAn = try #require(changes.first { $0["code"] as? String == "02296" && $0["indicator"] as? String == "stunting" })
        #expect(binhAn["level"] as? String == "commune" && binhAn["kind"] as? String == "commune")
        #expect((binhAn["first"] as? [String: Any])?["cases"] as? Int == 40)
        #expect((binhAn["last"] as? [String: Any])?["assessed"] as? Int == 100)
        // (Foundation's parser reads the shortest form back to within an ulp or two.)
        #expect(abs((binhAn["change"] as? Double ?? 0) - (0.18 - 0.4)) < 1e-15)
        #expect(text.contains("\"change\": \((0.18 - 0.4).description),"))
        let ci = try #require(binhAn["changeCI"] as? [Double])
        let expected = try #require(Self.expected((40, 100), (18, 100)))
        #expect(abs(ci[0] - expected.low) < 1e-12 && abs(ci[1] - expected.high) < 1e-12)
        #expect(binhAn["changePeople"] as? Int == -22 && binhAn["judgement"] as? String == "improved")
        #expect(binhAn["targetStatus"] as? String == "reached" && binhAn["target"] as? Double == 0.2)
        #expect(binhAn["commendationRank"] as? Int == 1 && binhAn["attentionRank"] is NSNull)
        let naHang = try #require(changes.first { $0["code"] as? String == "02221" && $0["indicator"] as? String == "coverage" })
        #expect(naHang["incomplete"] as? String == "missingPredecessors" && naHang["change"] is NSNull)
        let province = try #require(changes.first { $0["level"] as? String == "province" })
        #expect(province["kind"] is NSNull && province["incomplete"] as? String == "communesDiffer")
    }

    @Test func oneDocumentPerPeriodHasNoChanges() throws {
        var analysis = try Self.analysis(.current)
        let last = analysis.periods[1]
        analysis.communes = analysis.communes.filter { $0.period.key == last }
        analysis.provinces = analysis.provinces.filter { $0.period == last }
        let text = JSONReport.render(analysis)
        #expect(!text.contains("\"changes\"") && !text.contains("\"compared\""))
    }

    // MARK: The reports for people

    @Test func tableShowsTheReview() throws {
        let text = TableReport.render(try Self.analysis(.current))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "5-year review, 2021 to 2025"))
        #expect(
            Array(lines[(start + 22)...(start + 26)]) == [
                "  Stunting among children under 5 (target < 20%)",
                "  code  name             2021    2025      change  95% CI of the change",
                "  00958 Xã Thượng Sơn    8.3%   33.3%    +25.0 pp  +10.6 to +38.5",
                "      worsened, fell back, 9 stunted children above the line",
                "  02221 Xã Nà Hang      50.0%   10.0%           –  –",
            ])
        #expect(
            text.contains(
                """
                    For commendation (improved beyond noise):
                      1. 02296 Xã Bình An: −22.0 pp (−33.6 to −9.5), improved, reached the
                        target
                """))
        #expect(text.contains("      no clear change, reached the target, fewer than 50 children in a period:\n        not ranked"))
        #expect(lines.allSatisfy { $0.count <= TableReport.width })
    }

    @Test func markdownAndHTMLShowTheReviewInBothLanguages() throws {
        let analysis = try Self.analysis(.current)
        let markdown = MarkdownReport.render(analysis)
        #expect(markdown.contains("### 5-year review, 2021 to 2025\n"))
        #expect(markdown.contains("| 02296 | Xã Bình An | 40.0% | 18.0% | −22.0 pp | −33.6 to −9.5 | −22 | improved, reached the target |\n"))
        #expect(
            markdown.contains("| 02221 | Xã Nà Hang | 80.0% | 100.0% | – | – | – | incomplete: not every legacy commune of it reported in both periods |\n"))
        let vietnamese = MarkdownReport.render(analysis, language: .vi)
        #expect(vietnamese.contains("| 02296 | Xã Bình An | 40,0% | 18,0% | −22,0 điểm % | −33,6 đến −9,5 | −22 | tiến bộ, đã đạt chỉ tiêu |\n"))
        let html = HTMLReport.render(analysis)
        #expect(html.contains("<section class=\"review\" id=\"review-08\">"))
        // One chart per indicator with a target, one row per commune: 5 first and 5 last dots each.
        #expect(html.components(separatedBy: "<svg class=\"change-chart\"").count == 3)
        #expect(html.components(separatedBy: "<circle class=\"first ").count == 11)
        #expect(html.contains("<tr class=\"improved\"><td>02296</td><td>Xã Bình An</td><td class=\"num\">40.0%</td>"))
        // An incomplete commune has its two dots and no arrow.
        #expect(html.components(separatedBy: "<line class=\"arrow incomplete").count == 1)
    }

    @Test func acrossTheReformOnReportedUnitsTheReviewIsOneNote() throws {
        let text = TableReport.render(try Self.analysis(.reported))
        // Province 02 (legacy only) and 08 (legacy, then 2025): one note each, no table.
        #expect(text.components(separatedBy: "  No unit has figures in both periods on the same map").count == 3)
        #expect(!text.contains("95% CI of the change"))
        #expect(
            MarkdownReport.render(try Self.analysis(.reported), language: .vi)
                .contains("Không đơn vị nào có số liệu cả hai kỳ trên cùng một bản đồ"))
    }

    @Test func oneDocumentPerPeriodHasNoReviewSection() throws {
        var analysis = try Self.analysis(.current)
        let last = analysis.periods[1]
        analysis.communes = analysis.communes.filter { $0.period.key == last }
        analysis.provinces = analysis.provinces.filter { $0.period == last }
        #expect(!TableReport.render(analysis).contains("5-year review"))
        #expect(!MarkdownReport.render(analysis).contains("5-year review"))
        #expect(!HTMLReport.render(analysis).contains("class=\"review\""))
    }

    // MARK: CSV and the workbook

    @Test func csvCarriesTheReviewOnTheLastPeriodsRow() throws {
        let analysis = try Self.analysis(.current)
        let rows = CSVReport.render(analysis).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let start = try #require(header.firstIndex(of: "reviewFirst"))
        #expect(header.count == start + 3 + 5 * 8)
        #expect(
            Array(header[(start + 11)...(start + 18)]) == [
                "stuntingChange", "stuntingChangeCILow", "stuntingChangeCIHigh", "stuntingChangePeople", "stuntingJudgement",
                "stuntingTargetStatus", "stuntingCommendationRank", "stuntingAttentionRank",
            ])
        let binhAn = rows.filter { $0[1] == "02296" }
        #expect(binhAn.map { $0[5] } == ["2021-01-01", "2025-01-01"])
        #expect(binhAn[0][start...].allSatisfy { $0.isEmpty })
        let expected = try #require(Self.expected((40, 100), (18, 100)))
        let cells = Array(binhAn[1][start...])
        #expect(Array(cells[0...2]) == ["2021-01-01", "2025-01-01", ""])
        #expect(cells[11] == (0.18 - 0.4).description && abs(Double(cells[12])! - expected.low) < 1e-12)
        #expect(Array(cells[14...18]) == ["-22", "improved", "reached", "1", ""])
        let naHang = try #require(rows.first { $0[1] == "02221" && $0[5] == "2025-01-01" })
        #expect(naHang[start + 2] == "missingPredecessors" && naHang[(start + 3)...].allSatisfy { $0.isEmpty })
        // One period: the CSV is as it was.
        var single = analysis
        single.communes = single.communes.filter { $0.period.key == analysis.periods[1] }
        single.provinces = single.provinces.filter { $0.period == analysis.periods[1] }
        #expect(!CSVReport.render(single).contains("reviewFirst"))
    }

    @Test func workbookHasAReviewSheet() throws {
        let analysis = try Self.analysis(.current)
        let (folder, book) = try XLSXReportTests.write(analysis, .vi)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try book.sheetNames().contains("Đánh giá 5 năm"))
        let cells = try book.cells(ofSheet: "Đánh giá 5 năm")
        let header = try XLSXReportTests.header(cells)
        #expect(header.count == 25 && header[0] == "Cấp" && header[13] == "Thay đổi")
        // Row 2 + 5 × (communes in order) + the indicator: 02296 stunting is the 4th commune's 2nd indicator.
        let row = 2 + 3 * 5 + 1
        #expect(cells["C\(row)"]?.string == "02296" && cells["G\(row)"]?.string == Labels(.vi).short(.stunting))
        #expect(abs((cells["N\(row)"]?.value.flatMap(Double.init) ?? 0) - (0.18 - 0.4)) < 1e-15)
        #expect(cells["Q\(row)"]?.value == "-22" && cells["R\(row)"]?.string == "tiến bộ")
        #expect(cells["X\(row)"]?.value == "1")
    }
}
