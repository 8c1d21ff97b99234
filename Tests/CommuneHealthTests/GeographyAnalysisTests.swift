import Foundation
import Testing
@testable import CommuneHealth

/// geography-v1 end to end on `Fixtures/geography` (real codes):
///
/// - 2023: 02221 Thị trấn Na Hang (Tuyên Quang 08, district 072).
/// - 2024: 02221 and 02281 Xã Năng Khả (both merged into 2025's 02221 Xã Nà Hang); 02284 Xã Thanh
///   Tương, rejected (its count is wrong), so not received; 02215 Phường Ỷ La (into 02215 Phường Minh
///   Xuân, which lacks the divided 02497); 02497 Xã Kim Phú, divided between 02215 and 02509; 02199,
///   a code the register lacks; from Hà Giang (02, merged into 08) 00757 Xã Hố Quáng Phìn and 00763
///   Xã Lũng Phìn (both into 2025's 00763 Xã Lũng Phìn).
/// - 2025: 02221 Xã Nà Hang and 00763 Xã Lũng Phìn, province 08, no district.
///
/// Each file has residents with a card or without, and children measured at about 38 months at
/// 97.5 cm (not stunted) or 89.0 cm (stunted), so every count below is written in the fixture.
@Suite struct GeographyAnalysisTests {
    static let folder = fixture("geography")

    static func files() throws -> [String] { try InputFiles.collect([folder]) }

    static func analysis(_ units: MapUnits) throws -> Analysis {
        Analyzer(targets: .programme2021to2025, jobs: 2).analyze(files: try files(), units: units)
    }

    private func key(_ year: Int) -> PeriodKey {
        PeriodKey(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!)
    }

    // MARK: Checks on reading

    @Test func warningsOnlyForTheUnknownCode() throws {
        let analysis = try Self.analysis(.reported)
        #expect(analysis.rejectedFiles.map { ($0.file as NSString).lastPathComponent } == ["02284-2024-rejected.xml"])
        // Each fixture's one card holds the placeholder GD4080000000000: a card warning at its line (#26).
        let (cardWarnings, warnings) = (
            analysis.warnings.filter { if case .card = $0.reason { true } else { false } },
            analysis.warnings.filter { if case .card = $0.reason { false } else { true } }
        )
        #expect(cardWarnings.count == 10 && cardWarnings.allSatisfy { $0.reason == .card(.placeholderNumber(number: "GD4080000000000", digits: "0000000000")) })
        #expect(warnings.map { "\(($0.file as NSString).lastPathComponent):\($0.line)" } == ["02199-2024.xml:3"])
        let expected = WarningReason.geography(.unknownCommuneCode(code: "02199", edition: .legacy, inOtherEdition: false))
        #expect(warnings.first?.reason == expected)
        // The warning changes no figure: the unknown commune is counted as a commune of its file's province.
        let unknown = try #require(analysis.communes.first { $0.commune.code == "02199" })
        #expect(unknown.figures.population == 2 && unknown.figures.insured == 1)
    }

    // MARK: Completeness (§4)

    @Test func completenessOnReportedUnits() throws {
        let rows = try Self.analysis(.reported).completeness
        #expect(
            rows.map { "\($0.province.code) \($0.period.from.components.year) \($0.edition.rawValue)" }
                == ["02 2024 legacy", "08 2023 legacy", "08 2024 legacy", "08 2025 2025"])
        #expect(rows.map(\.expected) == [193, 137, 137, 124])
        #expect(rows.map(\.received) == [2, 1, 4, 2])
        #expect(rows.map(\.unknown) == [[], [], [CommuneCode("02199")!], []])
        #expect(rows.map(\.missing.count) == [191, 136, 133, 122])
        #expect(rows[0].province == RegisterProvince(code: ProvinceCode("02")!, name: "Tỉnh Hà Giang"))
        #expect(rows[2].completeness == 4.0 / 137)
        // The rejected file's commune is missing, with its district on the legacy map.
        let thanhTuong = try #require(rows[2].missing.first { $0.code == CommuneCode("02284") })
        #expect(
            thanhTuong
                == MapCommune(
                    code: CommuneCode("02284")!, name: "Xã Thanh Tương", provinceCode: ProvinceCode("08")!,
                    district: RegisterDistrict(code: DistrictCode("072")!, name: "Huyện Na Hang")))
        #expect(!rows[2].missing.contains { [2215, 2221, 2281, 2497].contains($0.code.value) })
        #expect(rows[0].missing.first { $0.code == CommuneCode("00766") }?.district?.name == "Huyện Đồng Văn")
        // The 2025 map has no district.
        #expect(rows[3].missing.allSatisfy { $0.district == nil })
        #expect(!rows[3].missing.contains { $0.code == CommuneCode("02221") || $0.code == CommuneCode("00763") })
    }

    @Test func completenessOnTodaysMap() throws {
        let rows = try Self.analysis(.current).completeness
        #expect(
            rows.map { "\($0.province.code) \($0.period.from.components.year) \($0.edition.rawValue)" }
                == ["08 2023 legacy", "08 2024 legacy", "08 2025 2025"])
        #expect(rows.map(\.expected) == [330, 330, 124])
        #expect(rows.map(\.received) == [1, 6, 2])
        #expect(rows.map(\.unknown) == [[], [CommuneCode("02199")!], []])
        // Hà Giang's communes are expected of today's Tuyên Quang in 2024, first in register order.
        #expect(rows[1].missing.first?.provinceCode == ProvinceCode("02"))
        #expect(rows[1].missing.contains { $0.code == CommuneCode("00766") && $0.district?.code == DistrictCode("026") })
    }

    // MARK: Today's map (§5)

    @Test func legacyCommunesSummedIntoTheirSuccessor() throws {
        let analysis = try Self.analysis(.current)
        #expect(analysis.units == .current)
        #expect(analysis.districts.isEmpty)
        let rows = analysis.communes.map { row in
            "\(row.commune.code) \(row.commune.name) \(row.period.from.components.year) \(row.commune.provinceCode)"
                + " \(row.figures.population)/\(row.figures.insured) \(row.figures.childrenAssessed)/\(row.figures.stunted)"
        }
        #expect(
            rows == [
                "00763 Xã Lũng Phìn 2024 08 9/6 3/2",  // Hà Giang's 00757 (5/4, 2/2) + 00763 (4/2, 1/0)
                "00763 Xã Lũng Phìn 2025 08 9/7 3/2",
                "02199 Xã Không Có 2024 08 2/1 0/0",  // unknown: its own row, under 08
                "02215 Phường Minh Xuân 2024 08 4/4 1/0",
                "02221 Xã Nà Hang 2023 08 8/6 3/1",
                "02221 Xã Nà Hang 2024 08 16/14 6/2",  // 02221 (10/8, 4/1) + 02281 (6/6, 2/1); 02284 rejected
                "02221 Xã Nà Hang 2025 08 20/18 6/2",
                "02497 Xã Kim Phú 2024 08 3/3 1/1",  // divided: its own row
            ])
        #expect(analysis.communes.allSatisfy { $0.commune.districtCode == nil })
        let naHang = try #require(analysis.communes.first { $0.commune.code == "02221" && $0.period.key == key(2024) }?.todaysMap)
        #expect(naHang.predecessors.map(\.code.description) == ["02221", "02281"])
        #expect(naHang.predecessors.map(\.name) == ["Thị trấn Na Hang", "Xã Năng Khả"])
        #expect(naHang.lacksDivided.isEmpty && !naHang.divided && !naHang.unknown)
        #expect(naHang.files.map { ($0 as NSString).lastPathComponent } == ["02221-2024.xml", "02281-2024.xml"])
        let minhXuan = try #require(analysis.communes.first { $0.commune.code == "02215" }?.todaysMap)
        #expect(minhXuan.predecessors.map(\.name) == ["Phường Ỷ La"])
        #expect(minhXuan.lacksDivided.map(\.code.description) == ["02497"])
        let kimPhu = try #require(analysis.communes.first { $0.commune.code == "02497" }?.todaysMap)
        #expect(kimPhu.divided && kimPhu.predecessors.isEmpty)
        #expect(kimPhu.successors.map { "\($0.code) \($0.name)" } == ["02215 Phường Minh Xuân", "02509 Phường Mỹ Lâm"])
        #expect(try #require(analysis.communes.first { $0.commune.code == "02199" }?.todaysMap).unknown)
        // 2025 rows hold their own file only.
        let lungPhin2025 = try #require(analysis.communes.first { $0.commune.code == "00763" && $0.period.key == key(2025) }?.todaysMap)
        #expect(lungPhin2025.predecessors.isEmpty && lungPhin2025.lacksDivided.isEmpty)
    }

    @Test func provincesRollUpSummedCountsIncludingDividedAndUnknown() throws {
        let analysis = try Self.analysis(.current)
        #expect(analysis.provinces.map(\.code) == ["08", "08", "08"])
        #expect(analysis.provinces.map(\.name) == ["Tỉnh Tuyên Quang", "Tỉnh Tuyên Quang", "Tỉnh Tuyên Quang"])
        let p2024 = try #require(analysis.provinces.first { $0.period == key(2024) })
        // 9 + 2 + 4 + 16 + 3 residents (Hà Giang's, the unknown and the divided commune's included).
        let counts2024: [Int] = [
            p2024.communes, p2024.figures.population, p2024.figures.insured,
            p2024.figures.childrenAssessed, p2024.figures.stunted,
        ]
        #expect(counts2024 == [5, 34, 28, 11, 5])
        #expect(p2024.figures.coverage == 28.0 / 34)
        #expect(p2024.figures.coverageCI == Uncertainty.wilson(successes: 28, trials: 34))
        #expect(p2024.figures.stuntingRateCI == Uncertainty.wilson(successes: 5, trials: 11))
        let p2025 = try #require(analysis.provinces.first { $0.period == key(2025) })
        let counts2025: [Int] = [
            p2025.communes, p2025.figures.population, p2025.figures.insured,
            p2025.figures.childrenAssessed, p2025.figures.stunted,
        ]
        #expect(counts2025 == [2, 29, 25, 9, 4])
        // Reported units keep Hà Giang apart before 2025.
        let reported = try Self.analysis(.reported)
        #expect(
            reported.provinces.map { "\($0.code) \($0.period.from.components.year) \($0.figures.population)" }
                == ["02 2024 9", "08 2023 8", "08 2024 25", "08 2025 29"])
        #expect(reported.districts.map { "\($0.code) \($0.period.from.components.year)" } == ["026 2024", "070 2024", "072 2023", "072 2024"])
    }

    /// §5.8: Hà Giang's files arriving only in 2025 make a rise of the province's figures that no
    /// commune made; completeness shows it: in 2024 none of Hà Giang's 193 communes is received.
    @Test func aMergedProvinceArrivingLaterIsVisible() throws {
        let files = try Self.files().filter { !$0.hasSuffix("/00757-2024.xml") && !$0.hasSuffix("/00763-2024.xml") }
        let analysis = Analyzer(targets: .programme2021to2025, jobs: 1).analyze(files: files, units: .current)
        let rows = analysis.completeness.filter { $0.period == key(2024) }
        #expect(rows.map(\.expected) == [330] && rows.map(\.received) == [4])
        #expect(rows[0].missing.filter { $0.provinceCode == ProvinceCode("02") }.count == 193)
        #expect(analysis.provinces.map(\.figures.population) == [8, 25, 29])
        let province = try #require(ReportContent(analysis).provinces.first)
        let note = try #require(ReportContent(analysis).coverageNote(province, Labels(.en)))
        #expect(note.contains("2024: 4 of 330 communes of the legacy map (1.2%); 2025: 2 of 124 communes of the 2025 map (1.6%)"))
        // On the commune: 00763 has a 2025 row only.
        #expect(analysis.communes.filter { $0.commune.code == "00763" }.map { $0.period.from.components.year } == [2025])
    }

    // MARK: Formats

    @Test func jsonCompletenessAndTodaysMapFieldByField() throws {
        let text = JSONReport.render(try Self.analysis(.current))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["units"] as? String == "current")
        #expect((json["districts"] as? [Any])?.isEmpty == true)
        let completeness = try #require(json["completeness"] as? [[String: Any]])
        #expect(completeness.count == 3)
        let row = completeness[1]
        #expect(Set(row.keys) == ["provinceCode", "provinceName", "period", "expected", "received", "completeness", "missing", "unknown"])
        #expect(row["provinceCode"] as? String == "08")
        #expect(row["provinceName"] as? String == "Tỉnh Tuyên Quang")
        #expect(row["period"] as? [String: String] == ["from": "2024-01-01", "to": "2024-12-31"])
        #expect(row["expected"] as? Int == 330)
        #expect(row["received"] as? Int == 6)
        #expect(row["completeness"] as? Double == 6.0 / 330)
        #expect(row["unknown"] as? [String] == ["02199"])
        let missing = try #require(row["missing"] as? [[String: String]])
        #expect(missing.count == 324)
        #expect(
            missing.first { $0["code"] == "02284" } == [
                "code": "02284", "name": "Xã Thanh Tương",
                "districtCode": "072", "districtName": "Huyện Na Hang",
            ])
        let missing2025 = try #require(completeness[2]["missing"] as? [[String: String]])
        #expect(missing2025.allSatisfy { Set($0.keys) == ["code", "name"] })

        let communes = try #require(json["communes"] as? [[String: Any]])
        let naHang = try #require(communes.first { $0["code"] as? String == "02221" && ($0["period"] as? [String: String])?["from"] == "2024-01-01" })
        #expect(
            naHang["predecessors"] as? [[String: String]] == [
                ["code": "02221", "name": "Thị trấn Na Hang"],
                ["code": "02281", "name": "Xã Năng Khả"],
            ])
        #expect(naHang["lacksDivided"] as? [String] == [])
        #expect(naHang["missingPredecessors"] as? [[String: String]] == [["code": "02284", "name": "Xã Thanh Tương"]])
        #expect(naHang["divided"] as? Bool == false)
        #expect(naHang["unknown"] as? Bool == false)
        #expect(naHang["population"] as? Int == 16)
        #expect(naHang["insured"] as? Int == 14)
        #expect(naHang["stunted"] as? Int == 2)
        #expect(naHang["districtCode"] is NSNull)
        let kimPhu = try #require(communes.first { $0["code"] as? String == "02497" })
        #expect(kimPhu["divided"] as? Bool == true)
        #expect(
            kimPhu["successors"] as? [[String: String]] == [
                ["code": "02215", "name": "Phường Minh Xuân"],
                ["code": "02509", "name": "Phường Mỹ Lâm"],
            ])
        let minhXuan = try #require(communes.first { $0["code"] as? String == "02215" })
        #expect(minhXuan["lacksDivided"] as? [String] == ["02497"])
        let provinces = try #require(json["provinces"] as? [[String: Any]])
        #expect(provinces.map { $0["population"] as? Int } == [8, 34, 29])
        #expect(provinces.map { $0["communes"] as? Int } == [1, 5, 2])

        let reported = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.render(try Self.analysis(.reported)).utf8)) as? [String: Any])
        #expect(reported["units"] as? String == "reported")
        #expect((reported["communes"] as? [[String: Any]])?.allSatisfy { $0["predecessors"] == nil } == true)
        #expect((reported["completeness"] as? [[String: Any]])?.map { $0["provinceCode"] as? String } == ["02", "08", "08", "08"])
    }

    @Test func csvColumnsFieldByField() throws {
        let lines = CSVReport.render(try Self.analysis(.current)).split(separator: "\r\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(header.firstIndex(of: "expected"))
        #expect(Array(header[first..<(first + 7)]) == ["expected", "received", "completeness", "predecessors", "lacksDivided", "divided", "unknown"])
        func row(_ prefix: String, _ from: String) throws -> [String: String] {
            let line = try #require(lines.first { $0.hasPrefix(prefix) && $0.contains(from) })
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(cells.count == header.count)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
        let province = try row("province,08,", "2024-01-01")
        #expect([province["expected"], province["received"], province["completeness"]] == ["330", "6", "\(6.0 / 330)"])
        #expect([province["communes"], province["population"], province["insured"]] == ["5", "34", "28"])
        #expect(province["predecessors"] == "" && province["divided"] == "")
        let naHang = try row("commune,02221,", "2024-01-01")
        #expect([naHang["predecessors"], naHang["lacksDivided"], naHang["divided"], naHang["unknown"]] == ["02221 02281", "", "false", "false"])
        #expect([naHang["population"], naHang["insured"], naHang["stunted"], naHang["districtCode"]] == ["16", "14", "2", ""])
        let kimPhu = try row("commune,02497,", "2024-01-01")
        #expect([kimPhu["divided"], kimPhu["predecessors"]] == ["true", ""])
        let minhXuan = try row("commune,02215,", "2024-01-01")
        #expect(minhXuan["lacksDivided"] == "02497")
        #expect(try row("commune,02199,", "2024-01-01")["unknown"] == "true")
        #expect(!lines.contains { $0.hasPrefix("district,") })
    }

    @Test func markdownMarksIncompletePeriodsAndListsCompleteness() throws {
        let text = MarkdownReport.render(try Self.analysis(.current))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains(GeographyLabel.unitsLine(.current).text(.en)))
        let trend = lines.filter { $0.hasPrefix("| 202") }.map { $0.components(separatedBy: " | ")[0] }
        #expect(trend == ["| 2023 †", "| 2024 †", "| 2025 †"])
        #expect(
            text.contains(
                "The periods do not cover the same share of the province's communes (2023: 1 of 330 communes of the legacy map (0.3%); 2024: 6 of 330 communes of the legacy map (1.8%); 2025: 2 of 124 communes of the 2025 map (1.6%))"
            ))
        let start = try #require(lines.firstIndex(of: "### Completeness of reporting"))
        #expect(
            Array(lines[(start + 2)...(start + 6)]) == [
                "| Province | Period | Map | expected | received | completeness | Codes not on the map |",
                "| --- | --- | --- | ---: | ---: | ---: | --- |",
                "| Tỉnh Tuyên Quang (08) | 2023 | legacy map | 330 | 1 | 0.3% |  |",
                "| Tỉnh Tuyên Quang (08) | 2024 | legacy map | 330 | 6 | 1.8% | 02199 |",
                "| Tỉnh Tuyên Quang (08) | 2025 | 2025 map | 124 | 2 | 1.6% |  |",
            ])
        let missing2024 = try #require(lines.first { $0.hasPrefix("**Tỉnh Tuyên Quang, 2024: 324 missing**: ") })
        #expect(missing2024.contains("02284 Xã Thanh Tương (Huyện Na Hang)"))
        #expect(!missing2024.contains("02281 "))
        #expect(lines.contains { $0.hasPrefix("**Tỉnh Tuyên Quang, 2025: 122 missing**: ") })
        #expect(lines.contains("| 02221 Xã Nà Hang | 2024 | 02221 Thị trấn Na Hang, 02281 Xã Năng Khả | no file from 02284 Xã Thanh Tương |"))
        #expect(
            lines.contains(
                "| 02215 Phường Minh Xuân | 2024 | 02215 Phường Ỷ La | no file from 02200 Phường Phan Thiết, 02203 Phường Minh Xuân, 02206 Phường Tân Quang, 02216 Phường Tân Hà, 02488 Xã Trung Môn; lacks the divided parts of 02497 Xã Kim Phú |"
            ))
    }

    @Test func tableNamesTheIncompletePeriods() throws {
        let text = TableReport.render(try Self.analysis(.current))
        #expect(text.hasPrefix("Every period on today's map (2025)"))
        #expect(text.contains("  Tỉnh Tuyên Quang: completeness below 100% in 2023 (0.3%), 2024 (1.8%), 2025\n    (1.6%)\n"))
        #expect(text.contains("  2024: 6 of 330 communes of the legacy map (1.8%); Codes not on the map: 02199\n"))
        #expect(!text.contains("Districts"))
        for line in text.split(separator: "\n") { #expect(line.count <= TableReport.width, "\(line)") }
    }

    @Test func htmlShadesTheIncompletePeriods() throws {
        let html = HTMLReport.render(try Self.analysis(.current))
        #expect(html.contains("<p class=\"meta units\" data-units=\"current\">"))
        #expect(html.components(separatedBy: "<rect class=\"incomplete\"").count - 1 == 3)
        #expect(html.contains("<table class=\"completeness\">"))
        #expect(html.contains("<tr data-province=\"08\" data-period=\"2024\" class=\"incomplete\">"))
        // Missing communes grouped by district (#27): Xã Thanh Tương under Huyện Na Hang.
        #expect(html.contains("<p class=\"missing-district\" data-district=\"072\"><strong>Huyện Na Hang (10)</strong>: "))
        #expect(html.contains("<span class=\"commune\" data-code=\"02284\">02284 Xã Thanh Tương</span>"))
        #expect(
            html.contains(
                "<tr data-code=\"02497\" class=\"divided\"><td>02497 Xã Kim Phú</td><td>2024</td><td></td><td>divided among several 2025 communes: 02215 Phường Minh Xuân, 02509 Phường Mỹ Lâm</td></tr>"
            ))
        #expect(!HTMLReport.render(try Self.analysis(.reported)).contains("<table class=\"todays-map\">"))
    }

    // MARK: The command line and SampleData

    @Test func commandLineTakesUnits() throws {
        let result = try CommandLineTool.run(["analyze", Self.folder, "--units", "current", "--format", "json"])
        #expect(result.status == 1)  // the rejected file; the report is still written
        #expect(result.stderr.contains("02199-2024.xml:3: commune code 02199 is not on the legacy map"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["units"] as? String == "current")
        #expect(try CommandLineTool.run(["analyze", Self.folder, "--units", "today"]).status == 64)
    }

    /// SampleData: 2021-2024 on the legacy map (Tuyên Quang and Hà Giang), 2025 on the 2025 map;
    /// no warning, and on today's map the same people every year.
    @Test func sampleDataIsOnTheRealMap() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData").path
        let reported = try CommandLineTool.run(["analyze", sample, "--format", "json"])
        #expect(reported.status == 0)
        #expect(reported.stderr.isEmpty, "\(reported.stderr.prefix(500))")
        let current = try CommandLineTool.run(["analyze", sample, "--units", "current", "--format", "json"])
        #expect(current.status == 0 && current.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(current.stdout.utf8)) as? [String: Any])
        let provinces = try #require(json["provinces"] as? [[String: Any]])
        #expect(provinces.map { $0["code"] as? String } == Array(repeating: "08", count: 5))
        // 2021 lacks 02284 Xã Thanh Tương's file (145 residents): one of 02221 Xã Nà Hang's predecessors.
        #expect(provinces.map { $0["population"] as? Int } == [3_855] + Array(repeating: 4_000, count: 4))
        let communes = try #require(json["communes"] as? [[String: Any]])
        #expect(Set(communes.map { $0["code"] as? String ?? "" }).count == 8)
        #expect(communes.allSatisfy { ($0["unknown"] as? Bool) == false })
        // The divided 02494 Xã Thái Bình, whose code the 2025 commune 02494 reuses: a row of its own
        // in 2021-2024, beside the 2025 commune's row (02482 and 02500), which holds none of it.
        let thaiBinh = communes.filter { $0["code"] as? String == "02494" }
        // Rows by unit: the 2025 commune's periods, then the divided commune's.
        #expect(
            thaiBinh.map { (($0["period"] as? [String: Any])?["from"] as? String ?? "").prefix(4) }
                == ["2021", "2022", "2023", "2024", "2025", "2021", "2022", "2023", "2024"])
        #expect(thaiBinh.map { $0["divided"] as? Bool } == Array(repeating: false, count: 5) + Array(repeating: true, count: 4))
        #expect(
            thaiBinh.map { ($0["predecessors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
                == Array(repeating: ["02482", "02500"], count: 4) + Array(repeating: [], count: 5))
        #expect(communes.filter { $0["divided"] as? Bool == true }.count == 4)
    }
}
