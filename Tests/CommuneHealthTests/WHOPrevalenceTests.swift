import Foundation
import Testing
@testable import CommuneHealth

/// WHO's standard analysis against WHO's own R package: Fixtures/who-prevalence/expected.csv is
/// `anthro_prevalence`'s output for the children of the three exports beside it (README.md there).
@Suite struct WHOPrevalenceTests {
    /// The exports of the fixture, read as `prevalence` reads them.
    static func analysis(jobs: Int = 1) throws -> Analysis {
        var reader = ExportReader()
        reader.tracksChildGroups = true
        let files = try InputFiles.collect([fixture("who-prevalence")])
        return Analyzer(jobs: jobs, reader: reader).analyze(files: files)
    }

    /// expected.csv: per unit (A, B, C, district), WHO's group label → its values by column.
    static func expected() throws -> [String: [String: [String: Double?]]] {
        let text = try String(contentsOfFile: fixture("who-prevalence/expected.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map { line in
            line.dropFirst().dropLast().components(separatedBy: "\",\"")
        }
        let header = lines.removeFirst()
        var result: [String: [String: [String: Double?]]] = [:]
        for fields in lines {
            var values: [String: Double?] = [:]
            for (name, field) in zip(header, fields).dropFirst(2) { values[name] = field.isEmpty ? nil : Double(field)! }
            result[fields[0], default: [:]][fields[1]] = values
        }
        return result
    }

    static func table(_ tally: WHOPrevalenceTally) -> [String: WHOPrevalenceRow] {
        var quantiles = StudentTQuantiles()
        return Dictionary(uniqueKeysWithValues: WHOPrevalence.rows(tally, quantiles: &quantiles).map { ($0.group.whoLabel, $0) })
    }

    @Test func everyValueIsWHOsToOneBillionth() throws {
        let analysis = try Self.analysis()
        let expected = try Self.expected()
        let communes = Dictionary(uniqueKeysWithValues: analysis.communes.map { ($0.commune.code, $0) })
        let units: [(String, WHOPrevalenceTally?)] = [
            ("A", communes["02326"]?.figures.whoPrevalence), ("B", communes["02287"]?.figures.whoPrevalence),
            ("C", communes["02329"]?.figures.whoPrevalence), ("district", analysis.districts.first?.figures.whoPrevalence),
        ]
        #expect(analysis.districts.count == 1)
        var compared = 0
        for (unit, tally) in units {
            let tally = try #require(tally, "\(unit)")
            let rows = Self.table(tally)
            for (group, values) in try #require(expected[unit]) {
                // anthro writes a row "…: NA" for the children without the attribute, always
                // empty (its own artefact): the tool leaves those children out of the group.
                if group.hasSuffix(": NA") {
                    #expect(values["HAZ_pop"] == 0.0)
                    continue
                }
                let row = try #require(rows[group], "\(unit) \(group)")
                for (column, value) in values {
                    let mine = row.values[WHOPrevalence.column(column)]
                    switch (value, mine) {
                    case (nil, nil): break
                    case let (v?, m?):
                        #expect(abs(v - m) <= 1e-9, "\(unit) \(group) \(column): WHO \(v), tool \(m)")
                    default:
                        Issue.record("\(unit) \(group) \(column): WHO \(String(describing: value)), tool \(String(describing: mine))")
                    }
                    compared += 1
                }
            }
            // The tool's rows that anthro does not write (a value absent from the unit) are empty.
            for (group, row) in rows where expected[unit]![group] == nil {
                #expect(row.values[0] == 0, "\(unit) \(group)")
                #expect(row.values[2] == nil, "\(unit) \(group)")
            }
        }
        #expect(compared == (116 - 4) * WHOPrevalence.columns.count)
    }

    /// The cases the fixture was made for, each seen in WHO's own output.
    @Test func theEdgesAreInTheFixture() throws {
        let expected = try Self.expected()
        let a = try #require(expected["A"])
        // A group with no child: NA everywhere but the sizes.
        #expect(a["Age group: 00-05 mo"]?["HAZ_pop"] == 0.0)
        #expect(a["Age group: 00-05 mo"]?["HA_r"] == .some(nil))
        // Every girl of 6-11 months below -3 HAZ: [100, 100]; and none below -2 WHZ: [0, 0].
        let infants = try #require(a["Age group: 06-11 mo"])
        #expect(infants["HAZ_pop"] == 3.0 && infants["WHZ_pop"] == 3.0)
        #expect(infants["HA_3_r"] == 100.0 && infants["HA_3_ll"] == 100.0 && infants["HA_3_ul"] == 100.0)
        #expect(infants["WH_2_r"] == 0.0 && infants["WH_2_ll"] == 0.0 && infants["WH_2_ul"] == 0.0)
        // N = 1: a value, no standard error.
        let c = try #require(expected["C"])
        #expect(c["All"]?["HA_r"] != .some(nil))
        #expect(c["All"]?["HA_se"] == .some(nil))
        // 1,827 days is left out: 74 children in A's file, 73 counted.
        #expect(a["All"]?["HAZ_pop"] == 71.0)  // and two flagged HAZ
    }

    @Test func oedemaIsBelowMinusThreeAndOutOfTheMean() {
        var group = WHOGroupTally()
        var child = WHOChildValues(
            ChildAssessment(
                height: HeightForAge().assess(sex: .male, ageDays: 400, heightCm: 72, position: .lying),
                weight: WeightBasedZScores(), oedema: true))
        group.add(child)
        #expect(group.waz.count == 1 && group.waz.below3 == 1 && group.waz.zCount == 0)
        #expect(group.whz.count == 1 && group.whz.below2 == 1 && group.whz.above1 == 0)
        child.haz = .z(-250)
        var second = WHOGroupTally()
        second.add(child)
        #expect(second.combined == 1 && second.stuntedWasted == 1 && second.stuntedOverweight == 0)
    }

    @Test func studentsTQuantileIsRsQt() {
        // qt(0.975, c(1, 2, 3, 10, 1000, 100000)) in R 4.2.2, printed with 17 digits.
        let r: [(Int, Double)] = [
            (1, 12.7062047361746941), (2, 4.3026527297494619), (3, 3.1824463052837078),
            (10, 2.2281388519862739), (1000, 1.9623390808264076), (100_000, 1.9599877075346088),
        ]
        var quantiles = StudentTQuantiles()
        for (df, t) in r {
            #expect(abs(quantiles.quantile975(degreesOfFreedom: df) - t) <= 1e-12 * t, "df \(df)")
        }
        #expect(quantiles.quantile975(degreesOfFreedom: 0).isNaN)
    }

    // MARK: The command

    @Test func csvHasWHOsColumnsAndTheToolsGroups() throws {
        let result = try CommandLineTool.run(["prevalence", fixture("who-prevalence"), "--by", "district", "--quiet"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(
            lines[0]
                == (["level", "provinceCode", "code", "name", "periodFrom", "periodTo", "Group"] + WHOPrevalence.columns)
                .joined(separator: ","))
        #expect(WHOPrevalence.columns.count == 4 * (2 + 6 * 4 + 5) + 10)
        #expect(WHOPrevalence.columns.prefix(3) == ["HAZ_pop", "HAZ_unwpop", "HA_3_r"])
        // All, 6 age groups, 2 sexes, 12 age-and-sex, 2 areas, 3 poverty statuses, 4 ethnic groups.
        #expect(lines.count == 1 + 1 + 6 + 2 + 12 + 2 + 3 + 4)
        #expect(lines[1].hasPrefix("district,08,073,Huyện Chiêm Hóa,2024-01-01,2024-12-31,All,97,97,"))
        #expect(lines[2].hasPrefix("district,08,073,Huyện Chiêm Hóa,2024-01-01,2024-12-31,Age group: 00-05 mo,0,0,,,,,"))
        #expect(
            lines.map { $0.split(separator: ",", omittingEmptySubsequences: false)[6] }.suffix(9)
                == [
                    "Area: Urban", "Area: Rural", "Poverty status: Poor", "Poverty status: Near-poor", "Poverty status: Not poor",
                    "Ethnicity: Dao", "Ethnicity: H'Mông", "Ethnicity: Kinh", "Ethnicity: Tày",
                ])
        // Every value read back from the CSV is WHO's (the shortest text that reads back to the double).
        let expected = try Self.expected()["district"]!
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let who = expected[fields[6]] else { continue }
            for (column, field) in zip(WHOPrevalence.columns, fields.dropFirst(7)) {
                let value = who[column]!
                if let value { #expect(abs(Double(field)! - value) <= 1e-9, "\(fields[6]) \(column)") } else { #expect(field.isEmpty) }
            }
        }
    }

    @Test func unknownLevelExits64WithTheLevels() throws {
        let result = try CommandLineTool.run(["prevalence", fixture("who-prevalence"), "--by", "village"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'province', 'district' or 'commune'"))
    }

    @Test(arguments: ["csv", "json", "markdown"])
    func oneJobAndTwoGiveTheSameBytes(_ format: String) throws {
        let arguments = ["prevalence", fixture("who-prevalence"), "--by", "commune", "--quiet", "--format", format]
        let one = try CommandLineTool.run(arguments + ["--jobs", "1"])
        let two = try CommandLineTool.run(arguments + ["--jobs", "2"])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.count > 1000)
    }

    @Test func jsonNamesWHOsColumns() throws {
        let result = try CommandLineTool.run(["prevalence", fixture("who-prevalence"), "--by", "commune", "--format", "json", "--quiet"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["standard"] as? String == "WHO anthro_prevalence")
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.map { $0["code"] as? String } == ["02287", "02326", "02329"])
        #expect(units.map { $0["children"] as? Int } == [25, 71 + 2, 1])
        let rows = try #require(units[2]["rows"] as? [[String: Any]])
        #expect(rows[0]["Group"] as? String == "All")
        #expect(rows[0]["HA_se"] is NSNull)  // N = 1: WHO's NA
        #expect(rows[0]["HAZ_pop"] as? Double == 1)
    }

    @Test func vietnameseMarkdownNamesTheGroupsInVietnamese() throws {
        let result = try CommandLineTool.run([
            "prevalence", fixture("who-prevalence"), "--by", "district", "--format", "markdown",
            "--lang", "vi", "--quiet",
        ])
        #expect(result.stdout.contains("| Tuổi + giới: 06-11 tháng, nữ | 3 | −5,46 | 0,29 | 100,0% (100,0–100,0) | 100,0% (100,0–100,0) |"))
        #expect(result.stdout.contains("## Huyện Chiêm Hóa (073), năm 2024"))
    }

    // MARK: The HTML report

    @Test func htmlShowsTheTablesAndTheDistributionsOnlyWhenCounted() throws {
        var reader = ExportReader()
        let files = try InputFiles.collect([fixture("who-prevalence")])
        let without = HTMLReport.render(Analyzer(jobs: 1, reader: reader).analyze(files: files))
        #expect(!without.contains("class=\"who-prevalence\""))
        reader.tracksChildGroups = true
        let html = HTMLReport.render(Analyzer(jobs: 1, reader: reader).analyze(files: files), language: .vi)
        #expect(html.contains("<section class=\"who-prevalence\" id=\"who-08\">"))
        #expect(html.contains("<td>Nhóm tuổi: 06-11 tháng</td><td class=\"num\">3</td><td class=\"num\">−5,46</td>"))
        // Six charts (HAZ, WAZ, WHZ; girls and boys), each with the N(0, 1) curve.
        #expect(html.components(separatedBy: "<polyline fill=\"none\" stroke=\"#000\"").count - 1 == 6)
        #expect(html.contains("aria-label=\"Bé gái: n = 54, trung bình −1,38, độ lệch chuẩn 1,76\""))
    }

    // MARK: The workbook

    @Test func theWorkbookSheetHasEveryWHOColumnTyped() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("who.xlsx").path
        let units = WHOPrevalenceReport.units(try Self.analysis(), level: .district)
        try XLSXReport.writeWHOPrevalence(units, to: path, language: .vi)
        let book = XLSXReadBack(path: path)
        #expect(try book.sheetNames() == ["Phân tích WHO"])
        let cells = try book.cells(ofSheet: "Phân tích WHO")
        // Level, province, code, name, from, to, group, then WHO's 130 columns (H: HAZ_pop).
        #expect(cells["G1"]?.string == "Nhóm")
        #expect(cells["H1"]?.string == "HAZ_pop")
        #expect(cells["G2"]?.string == "Tất cả")
        #expect(cells["H2"]?.value == "97")
        #expect(cells["I2"]?.value == "97")
        // HA_3_r of the district, as WHO gives it.
        let who = try #require(try Self.expected()["district"]?["All"]?["HA_3_r"] ?? nil)
        #expect(abs(Double(try #require(cells["J2"]?.value))! - who) <= 1e-9)
        // Age group 00-05 mo: sizes 0, the rest empty.
        #expect(cells["H3"]?.value == "0")
        #expect(cells["J3"] == nil || cells["J3"]?.value == nil)
    }

    @Test func analyzesWorkbookGainsTheSheet() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("analyze.xlsx").path
        let result = try CommandLineTool.run(["analyze", fixture("who-prevalence"), "--format", "xlsx", "--output", path, "--quiet"])
        #expect(result.status == 0)
        let book = XLSXReadBack(path: path)
        let names = try book.sheetNames()
        #expect(names.firstIndex(of: "WHO analysis") == names.firstIndex(of: "Problems").map { $0 - 1 })
        // The province first, every WHO column after the group.
        let cells = try book.cells(ofSheet: "WHO analysis")
        #expect(cells["A2"]?.string == "province")
        #expect(cells["H1"]?.string == "HAZ_pop")
    }
}
