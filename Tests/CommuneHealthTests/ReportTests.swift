import Foundation
import Testing
@testable import CommuneHealth
import CommuneHealthTestSupport

// The reports for people (HTML, Markdown, table) and the additions to JSON and CSV: 95% Wilson
// intervals, the 50-children rule, breakdowns with their gaps, Vietnamese labels and numbers,
// trends across periods, data quality. The HTML is read back with libxml2's HTML parser
// (HTMLDocument) so that its structure is checked without a browser.
//
// The fixture province (written at run time by ReportFixture below, so that every count is
// designed here): Tuyên Quang (08), two districts, four communes, 2023 and 2024.
//
//   2024    district  residents insured  children stunted severe  notes
//   02200   070          100      90        33       8      2     8/33: the hand-computed interval
//   02203   070          200     200        60       9      3
//   02206   071          150     120        55      14      4     a resubmission supersedes an older file
//   02209   071           50      48        10       1      0     +1 implausible, +1 out of age child,
//                                                                 1 invalid resident, reportedSummary population 51
//   district 070         300     290        93      17      5
//   district 071         200     168        65      15      4
//   province             500     458       158      32      9
//   plus bad-2024.xml, not well-formed at line 4: rejected.
//
//   2023    residents insured  children stunted
//   02200      100      80        30       9
//   02203      200     188        58      12
//   02206      150     110        50      15
//   02209       50      45        10       2
//   province   500     423       148      38
//
// Children i = 0, 1, 2, ... of a commune are boy 400 days, girl 400 days, boy 1155 days, girl
// 1155 days, again and again; the first `stunted` of them are stunted, the first `severe` severely.

// MARK: - The fixture

/// One commune's export, described by counts.
private struct FixtureCommune {
    struct Adults {
        var poverty: String?
        var ethnicity: String?
        var age: Int
        var count: Int
        var insured: Int
    }

    var code: String
    var name: String
    var district: (code: String, name: String)
    var year: Int
    var generated: String?
    var adults: [Adults]
    var children: Int
    var stunted: Int
    var severe: Int
    var childEthnicity: String
    var childPoverty: String?
    var implausible = false
    var outOfAge = false
    var invalidResident = false
    var reported: String?

    /// Heights (cm) for HAZ about 0, −2.5 and −3.5 at the four ages used, from the WHO table
    /// (L = 1 at these days: M · (1 + S · z), to 0.1 cm):
    ///   boy 400 d:   M 77.0812, S 0.03157 -> 77.1, 71.0 (−2.50), 68.6 (−3.49)
    ///   girl 400 d:  M 75.3848, S 0.03498 -> 75.4, 68.8 (−2.50), 66.2 (−3.48)
    ///   boy 1155 d:  M 97.3409, S 0.03899 -> 97.3, 87.9 (−2.49), 84.1 (−3.49); 67.0 (−7.99, implausible)
    ///   girl 1155 d: M 96.3827, S 0.0404  -> 96.4, 86.6 (−2.51), 82.8 (−3.49)
    static func height(index: Int, status: Int) -> (sex: String, age: Int, height: String) {
        let table: [(String, Int, [String])] = [
            ("M", 400, ["77.1", "71.0", "68.6"]), ("F", 400, ["75.4", "68.8", "66.2"]),
            ("M", 1155, ["97.3", "87.9", "84.1"]), ("F", 1155, ["96.4", "86.6", "82.8"]),
        ]
        let row = table[index % 4]
        return (row.0, row.1, row.2[status])
    }

    var xml: String {
        let measured = CalendarDate("\(year)-06-01")!
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<healthStationExport xmlns=\"urn:commune-health:export:1\" version=\"1.0\""
        if let generated { text += " generated=\"\(generated)\"" }
        text += ">\n"
        text += "  <commune code=\"\(code)\" name=\"\(name)\" provinceCode=\"08\" provinceName=\"Tuyên Quang\" "
        text += "districtCode=\"\(district.code)\" districtName=\"\(district.name)\"/>\n"
        text += "  <period from=\"\(year)-01-01\" to=\"\(year)-12-31\"/>\n"
        text += "  <residents>\n"
        var cardSerial = 0
        func resident(_ id: String, sex: String, birth: String, ethnicity: String?, poverty: String?, insured: Bool) {
            text += "    <resident id=\"\(id)\" sex=\"\(sex)\" birthDate=\"\(birth)\""
            if let ethnicity { text += " ethnicity=\"\(ethnicity)\"" }
            if let poverty { text += " poverty=\"\(poverty)\"" }
            if insured {
                // GD, level 4, province 08, and a social-insurance number unique in the file.
                cardSerial += 1
                let serial = String(cardSerial)
                text +=
                    "><insuranceCard number=\"GD408\(code)\(String(repeating: "0", count: 5 - serial.count))\(serial)\" validFrom=\"\(year)-01-01\" validTo=\"\(year)-12-31\"/></resident>\n"
            } else {
                text += "/>\n"
            }
        }
        var serial = 0
        for group in adults {
            for index in 0..<group.count {
                serial += 1
                resident(
                    "A\(serial)", sex: index % 2 == 0 ? "F" : "M", birth: "\(year - group.age)-01-01",
                    ethnicity: group.ethnicity, poverty: group.poverty, insured: index < group.insured)
            }
        }
        var measurements = ""
        func child(_ id: String, sex: String, age: Int, height: String) {
            let birth = measured.adding(days: -age).description
            resident(id, sex: sex, birth: birth, ethnicity: childEthnicity, poverty: childPoverty, insured: true)
            measurements += "    <measurement childId=\"\(id)\" sex=\"\(sex)\" birthDate=\"\(birth)\" date=\"\(measured)\" heightCm=\"\(height)\"/>\n"
        }
        for index in 0..<children {
            let status = index < severe ? 2 : (index < stunted ? 1 : 0)
            let spec = Self.height(index: index, status: status)
            child("C\(index + 1)", sex: spec.sex, age: spec.age, height: spec.height)
        }
        if implausible { child("IMPLAUSIBLE", sex: "M", age: 1155, height: "67.0") }
        if outOfAge { child("OLDER", sex: "F", age: 1900, height: "105.0") }
        if invalidResident { text += "    <resident id=\"NOSEX\" birthDate=\"\(year - 30)-01-01\"/>\n" }
        text += "  </residents>\n  <growthMonitoring>\n" + measurements + "  </growthMonitoring>\n"
        if let reported { text += "  <reportedSummary \(reported)/>\n" }
        text += "</healthStationExport>\n"
        return text
    }
}

/// The fixture province written to a temporary folder, and its analyses.
private struct ReportFixture {
    let folder: URL
    /// Both periods.
    let analysis: Analysis
    /// 2024 only.
    let latestOnly: Analysis

    static let shared = ReportFixture()

    static let district070 = (code: "070", name: "Thành phố Tuyên Quang")
    static let district071 = (code: "071", name: "Huyện Lâm Bình")

    static let communes2024: [FixtureCommune] = [
        FixtureCommune(
            code: "02200", name: "Xã Trung Môn", district: district070, year: 2024,
            adults: [
                .init(poverty: "poor", ethnicity: "Tày", age: 30, count: 20, insured: 20),
                .init(poverty: "near-poor", ethnicity: "Dao", age: 40, count: 10, insured: 7),
                .init(poverty: nil, ethnicity: "Kinh", age: 35, count: 30, insured: 25),
                .init(poverty: nil, ethnicity: "Kinh", age: 65, count: 7, insured: 5),
            ], children: 33, stunted: 8, severe: 2, childEthnicity: "Tày", childPoverty: nil),
        FixtureCommune(
            code: "02203", name: "Phường Tân Trào", district: district070, year: 2024,
            adults: [
                .init(poverty: "none", ethnicity: "Kinh", age: 35, count: 100, insured: 100),
                .init(poverty: "poor", ethnicity: "Tày", age: 30, count: 20, insured: 20),
                .init(poverty: nil, ethnicity: nil, age: 70, count: 20, insured: 20),
            ], children: 60, stunted: 9, severe: 3, childEthnicity: "Kinh", childPoverty: nil),
        FixtureCommune(
            code: "02206", name: "Xã Lăng Can", district: district071, year: 2024,
            generated: "2025-01-10T08:00:00+07:00",
            adults: [
                .init(poverty: "poor", ethnicity: "H'Mông", age: 25, count: 40, insured: 40),
                .init(poverty: "near-poor", ethnicity: "Tày", age: 45, count: 20, insured: 10),
                .init(poverty: nil, ethnicity: "Tày", age: 50, count: 35, insured: 15),
            ], children: 55, stunted: 14, severe: 4, childEthnicity: "H'Mông", childPoverty: "poor"),
        FixtureCommune(
            code: "02209", name: "Xã Thượng Lâm", district: district071, year: 2024,
            adults: [
                .init(poverty: nil, ethnicity: "Dao", age: 30, count: 38, insured: 36)
            ], children: 10, stunted: 1, severe: 0, childEthnicity: "Dao", childPoverty: nil,
            implausible: true, outOfAge: true, invalidResident: true,
            reported: "population=\"51\" insured=\"48\" childrenAssessed=\"10\" stunted=\"1\""),
    ]

    /// The resubmission that the 02206 file above replaces.
    static let superseded2024 = FixtureCommune(
        code: "02206", name: "Xã Lăng Can", district: district071, year: 2024, generated: "2025-01-05T08:00:00+07:00",
        adults: [.init(poverty: nil, ethnicity: "Tày", age: 50, count: 10, insured: 1)],
        children: 5, stunted: 5, severe: 5, childEthnicity: "Tày", childPoverty: nil)

    static let communes2023: [FixtureCommune] = [
        FixtureCommune(
            code: "02200", name: "Xã Trung Môn", district: district070, year: 2023,
            adults: [.init(poverty: nil, ethnicity: "Kinh", age: 35, count: 70, insured: 50)],
            children: 30, stunted: 9, severe: 3, childEthnicity: "Tày", childPoverty: nil),
        FixtureCommune(
            code: "02203", name: "Phường Tân Trào", district: district070, year: 2023,
            adults: [.init(poverty: nil, ethnicity: "Kinh", age: 35, count: 142, insured: 130)],
            children: 58, stunted: 12, severe: 2, childEthnicity: "Kinh", childPoverty: nil),
        FixtureCommune(
            code: "02206", name: "Xã Lăng Can", district: district071, year: 2023,
            adults: [.init(poverty: nil, ethnicity: "Tày", age: 35, count: 100, insured: 60)],
            children: 50, stunted: 15, severe: 5, childEthnicity: "H'Mông", childPoverty: "poor"),
        FixtureCommune(
            code: "02209", name: "Xã Thượng Lâm", district: district071, year: 2023,
            adults: [.init(poverty: nil, ethnicity: "Dao", age: 35, count: 40, insured: 35)],
            children: 10, stunted: 2, severe: 0, childEthnicity: "Dao", childPoverty: nil),
    ]

    static let badFile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <healthStationExport xmlns="urn:commune-health:export:1" version="1.0">
          <commune code="02212" name="Xã Hồng Thái" provinceCode="08"
        </healthStationExport>

        """

    init() {
        let manager = FileManager.default
        folder = scratchFolder("commune-health-reports")
        for (year, communes) in [(2023, Self.communes2023), (2024, Self.communes2024)] {
            let yearFolder = folder.appendingPathComponent(String(year))
            try! manager.createDirectory(at: yearFolder, withIntermediateDirectories: true)
            for commune in communes {
                try! Data(commune.xml.utf8).write(to: yearFolder.appendingPathComponent("\(commune.code)-\(year).xml"))
            }
        }
        let latest = folder.appendingPathComponent("2024")
        try! Data(Self.superseded2024.xml.utf8).write(to: latest.appendingPathComponent("02206-2024-old.xml"))
        try! Data(Self.badFile.utf8).write(to: latest.appendingPathComponent("bad-2024.xml"))
        let analyzer = Analyzer(jobs: 2)
        analysis = analyzer.analyze(files: try! InputFiles.collect([folder.path]))
        latestOnly = analyzer.analyze(files: try! InputFiles.collect([latest.path]))
    }

    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    /// The 1-based line of the only line of a fixture file that contains `marker`.
    func line(of marker: String, in relative: String) -> Int {
        let text = try! String(contentsOfFile: path(relative), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let hits = lines.indices.filter { lines[$0].contains(marker) }
        return hits.count == 1 ? hits[0] + 1 : 0
    }
}

// MARK: - Helpers

/// Runs the `commune-health` executable that `swift test` builds beside the test bundle.
private func runTool(_ arguments: [String]) throws -> RunResult {
    try CommandLineTool.run(arguments)
}

/// A JSON document parsed by Foundation, for reading the report back.
private func parseJSON(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

private func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

private func pair(_ value: Any?) -> [Double]? { (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } }

/// Whether a JSON [low, high] is the interval; Foundation's JSON parser may be off in the last bit.
private func same(_ value: Any?, _ interval: ProportionInterval?) -> Bool {
    guard let pair = pair(value), let interval, pair.count == 2 else { return false }
    return abs(pair[0] - interval.low) < 1e-15 && abs(pair[1] - interval.high) < 1e-15
}

private func parseHTML(_ html: String) throws -> HTMLDocument { try #require(HTMLDocument(parsing: html)) }

/// The text of an element with runs of white space made single spaces.
private func words(_ node: HTMLNode) -> String {
    node.textContent.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

private func rows(_ table: HTMLNode, in section: String = "tbody") -> [HTMLNode] {
    table.descendants(section).flatMap { $0.descendants("tr") }
}

private func cells(_ row: HTMLNode) -> [String] {
    row.children.filter { $0.name == "td" || $0.name == "th" }.map(words)
}

private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance }

/// Elements that libxml2's HTML 4 parser reports as unknown tags: SVG's and HTML5's sectioning ones.
private let unknownToHTML4: Set<String> = [
    "svg", "g", "line", "rect", "text", "polyline", "polygon", "circle",
    "header", "main", "section", "figure", "figcaption", "footer", "wbr",
    "details", "summary", "title",
]

// MARK: - Tests

@Suite struct ReportTests {
    private let fixture = ReportFixture.shared

    // MARK: Uncertainty

    /// 8 stunted of 33, by hand: p = 8/33 = 0.242424…, z = 1.959964, z² = 3.841459, z²/n = 0.116408;
    /// centre = (p + z²/2n) / (1 + z²/n) = (0.242424 + 0.058204) / 1.116408 = 0.269281;
    /// half-width = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²) = 1.755598 · √(0.0055653 + 0.00088188)
    ///            = 1.755598 · 0.080294 = 0.140964; interval [0.128317, 0.410246].
    @Test func wilsonIntervalByHand() throws {
        let interval = try #require(Uncertainty.wilson(successes: 8, trials: 33))
        #expect(close(interval.low, 0.128317, 1e-6))
        #expect(close(interval.high, 0.410246, 1e-6))
        // The same with the formula written out here, to 1e-12.
        let n = 33.0, p = 8.0 / 33.0, z = 1.959963984540054
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        #expect(close(interval.low, centre - half) && close(interval.high, centre + half))
    }

    @Test func wilsonIntervalAtTheEdges() throws {
        #expect(Uncertainty.wilson(successes: 0, trials: 0) == nil)
        let none = try #require(Uncertainty.wilson(successes: 0, trials: 10))
        #expect(none.low == 0)
        #expect(close(none.high, 0.277533, 1e-6))  // z²/(n + z²) = 3.841459 / 13.841459
        let all = try #require(Uncertainty.wilson(successes: 10, trials: 10))
        #expect(all.high == 1)
        #expect(close(all.low, 0.722467, 1e-6))
        // 458 of 500 insured: the province's coverage interval.
        let coverage = try #require(Uncertainty.wilson(successes: 458, trials: 500))
        #expect(close(coverage.low, 0.888401, 1e-6) && close(coverage.high, 0.937256, 1e-6))
    }

    @Test func figuresCarryTheirIntervalsAndTheFiftyChildrenRule() throws {
        let communes = Dictionary(
            uniqueKeysWithValues: fixture.analysis.communes
                .filter { $0.period.from.components.year == 2024 }.map { ($0.commune.code, $0.figures) })
        let trungMon = try #require(communes["02200"])
        #expect(trungMon.stuntingRateCI == Uncertainty.wilson(successes: 8, trials: 33))
        #expect(trungMon.coverageCI == Uncertainty.wilson(successes: 90, trials: 100))
        #expect(trungMon.hasStableStuntingRate == false)  // 33 children
        #expect(communes["02203"]?.hasStableStuntingRate == true)  // 60
        #expect(communes["02206"]?.hasStableStuntingRate == true)  // 55
        #expect(communes["02209"]?.hasStableStuntingRate == false)  // 10
        var fifty = Figures()
        fifty.childrenAssessed = 50
        #expect(fifty.hasStableStuntingRate)
        fifty.childrenAssessed = 49
        #expect(!fifty.hasStableStuntingRate)
    }

    // MARK: The fixture as the indicators see it

    @Test func fixtureFigures() throws {
        let analysis = fixture.analysis
        #expect(analysis.periods.map { $0.from.components.year } == [2023, 2024])
        #expect(analysis.communes.count == 8)
        let province = try #require(analysis.provinces.last)
        #expect(province.figures.population == 500 && province.figures.insured == 458)
        #expect(province.figures.childrenAssessed == 158 && province.figures.stunted == 32)
        #expect(province.figures.severelyStunted == 9)
        #expect(province.figures.implausibleChildren == 1 && province.figures.outOfAgeChildren == 1)
        #expect(province.figures.excludedRecords == 1)
        let earlier = try #require(analysis.provinces.first)
        #expect(earlier.figures.population == 500 && earlier.figures.insured == 423)
        #expect(earlier.figures.childrenAssessed == 148 && earlier.figures.stunted == 38)
        #expect(analysis.rejectedFiles.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["bad-2024.xml"])
        #expect(analysis.rejectedFiles.first?.line == 4)
        #expect(
            analysis.supersededFiles == [
                SupersededFile(
                    file: fixture.path("2024/02206-2024-old.xml"),
                    by: fixture.path("2024/02206-2024.xml"))
            ])
    }

    // MARK: Breakdowns and gaps

    @Test func breakdownsOfTheProvinceWithTheirGaps() throws {
        let province = try #require(fixture.analysis.provinces.last)
        let targets = Targets.programme2021to2025
        // Coverage's dimensions and stunting's: the first breakdown of each dimension.
        var all: [Breakdown.Dimension: Breakdown] = [:]
        for breakdown in Breakdown.all(province.figures) where all[breakdown.dimension] == nil {
            all[breakdown.dimension] = breakdown
        }
        func check(
            _ dimension: Breakdown.Dimension, _ expected: [(String?, Int, Int, Int)],
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            let groups = all[dimension]!.groups
            #expect(groups.map(\.key) == expected.map(\.0), sourceLocation: sourceLocation)
            for (group, (_, total, hits, gap)) in zip(groups, expected) {
                #expect(
                    group.count == GroupCount(total: total, hits: hits), "\(group.key ?? "nil")",
                    sourceLocation: sourceLocation)
                #expect(
                    targets.gap(all[dimension]!.indicator, group.count) == gap, "\(group.key ?? "nil")",
                    sourceLocation: sourceLocation)
            }
        }
        // key, residents, insured, residents to insure
        check(.poverty, [("poor", 135, 135, 0), ("near-poor", 30, 17, 13), ("none", 335, 306, 29)])
        check(.ageGroup, [("0-5", 160, 160, 0), ("6-59", 313, 273, 40), ("60+", 27, 25, 2)])
        check(
            .ethnicity,
            [
                ("Kinh", 197, 190, 7), ("Tày", 128, 98, 30), ("H'Mông", 95, 95, 0), ("Dao", 60, 55, 5),
                (nil, 20, 20, 0),
            ])
        // key, children assessed, stunted, stunted above the line (the largest count below 20%)
        check(.sex, [("M", 80, 17, 2), ("F", 78, 15, 0)])
        check(.childAgeGroup, [("0-23", 81, 18, 2), ("24-59", 77, 14, 0)])
    }

    @Test func gapsOfUnits() throws {
        let targets = Targets.programme2021to2025
        let province = try #require(fixture.analysis.provinces.last)
        #expect(targets.uninsuredGap(province.figures) == 42)
        #expect(targets.stuntedExcess(province.figures) == 1)  // 32 stunted, 31 of 158 stay below 20%
        let districts = fixture.analysis.districts.filter { $0.period == province.period }
        #expect(districts.map { targets.uninsuredGap($0.figures) } == [10, 32])
        #expect(districts.map { targets.stuntedExcess($0.figures) } == [0, 3])
    }

    // MARK: JSON

    @Test func jsonAddsIntervalsGapsAndBreakdownsAtEveryLevel() throws {
        let json = try parseJSON(JSONReport.render(fixture.analysis))
        #expect(json["formatVersion"] as? Int == 1)
        let communes = objects(json["communes"])
        let trungMon = try #require(communes.first { $0["code"] as? String == "02200" && ($0["file"] as? String ?? "").hasSuffix("2024.xml") })
        #expect(same(trungMon["stuntingRateCI"], Uncertainty.wilson(successes: 8, trials: 33)))
        #expect(same(trungMon["coverageCI"], Uncertainty.wilson(successes: 90, trials: 100)))
        // Written as the shortest decimals that read back exactly.
        let text = JSONReport.render(fixture.analysis)
        #expect(text.contains("\"stuntingRateCI\": [\n        0.1283171337717501,\n        0.4102461982955736\n      ]"))
        #expect(trungMon["stuntingRateStable"] as? Bool == false)
        #expect(trungMon["uninsuredGap"] as? Int == 10)
        #expect(trungMon["stuntedExcess"] as? Int == 2)

        let province = try #require(objects(json["provinces"]).last)
        #expect(same(province["coverageCI"], Uncertainty.wilson(successes: 458, trials: 500)))
        #expect(province["uninsuredGap"] as? Int == 42 && province["stuntedExcess"] as? Int == 1)
        let breakdowns = try #require(province["breakdowns"] as? [String: Any])
        let coverage = try #require(breakdowns["coverage"] as? [String: Any])
        let poverty = objects(coverage["byPoverty"])
        #expect(poverty.map { $0["group"] as? String } == ["poor", "near-poor", "none"])
        #expect(poverty.map { $0["population"] as? Int } == [135, 30, 335])
        #expect(poverty.map { $0["insured"] as? Int } == [135, 17, 306])
        #expect(poverty.map { $0["uninsuredGap"] as? Int } == [0, 13, 29])
        #expect(poverty.map { $0["meetsCoverageTarget"] as? Bool } == [true, false, false])
        #expect(same(poverty[1]["coverageCI"], Uncertainty.wilson(successes: 17, trials: 30)))
        #expect(objects(coverage["byAgeGroup"]).map { $0["group"] as? String } == ["0-5", "6-59", "60+"])
        let ethnicity = objects(coverage["byEthnicity"])
        #expect(ethnicity.map { $0["group"] as? String } == ["Kinh", "Tày", "H'Mông", "Dao", nil])
        #expect(ethnicity.last?["group"] is NSNull)
        let stunting = try #require(breakdowns["stunting"] as? [String: Any])
        let sex = objects(stunting["bySex"])
        #expect(sex.map { $0["group"] as? String } == ["M", "F"])
        #expect(sex.map { $0["childrenAssessed"] as? Int } == [80, 78])
        #expect(sex.map { $0["stunted"] as? Int } == [17, 15])
        #expect(sex.map { $0["stuntedExcess"] as? Int } == [2, 0])
        #expect(sex.map { $0["stuntingRateStable"] as? Bool } == [true, true])
        let ages = objects(stunting["byAgeGroup"])
        #expect(ages.map { $0["group"] as? String } == ["0-23", "24-59"])
        #expect(ages.map { $0["childrenAssessed"] as? Int } == [81, 77])
        #expect(ages.map { $0["stunted"] as? Int } == [18, 14])

        // Districts and communes carry breakdowns too: the groups add up to the unit.
        for unit in objects(json["districts"]) + communes {
            let b = try #require(unit["breakdowns"] as? [String: Any])
            let byPoverty = objects((b["coverage"] as? [String: Any])?["byPoverty"])
            #expect(byPoverty.compactMap { $0["population"] as? Int }.reduce(0, +) == unit["population"] as? Int)
            let bySex = objects((b["stunting"] as? [String: Any])?["bySex"])
            #expect(bySex.compactMap { $0["stunted"] as? Int }.reduce(0, +) == unit["stunted"] as? Int)
        }
        let flagged = objects(json["flaggedMeasurements"])
        #expect(flagged.map { $0["status"] as? String } == ["implausible", "out-of-age"])
        #expect(flagged.map { $0["childId"] as? String } == ["IMPLAUSIBLE", "OLDER"])
    }

    @Test func jsonKeysOfTheContractAreKeptAndNeverChangeWithTheLanguage() throws {
        let english = try parseJSON(JSONReport.render(fixture.analysis))
        let vietnamese = try parseJSON(JSONReport.render(fixture.analysis, language: .vi))
        for key in [
            "formatVersion", "targets", "communes", "districts", "provinces", "rejectedFiles",
            "supersededFiles", "invalidRecords",
        ] {
            #expect(english[key] != nil, "\(key)")
        }
        let communeKeys = [
            "code", "name", "provinceCode", "districtCode", "file", "period", "population", "insured",
            "coverage", "childrenAssessed", "stunted", "severelyStunted", "stuntingRate",
            "meetsCoverageTarget", "meetsStuntingTarget", "excludedRecords", "implausibleChildren",
            "outOfAgeChildren", "coverageCI", "stuntingRateCI", "breakdowns",
        ]
        for commune in objects(english["communes"]) {
            #expect(Set(communeKeys).isSubset(of: Set(commune.keys)))
        }
        let unitKeys = [
            "code", "name", "communes", "period", "population", "insured", "coverage", "childrenAssessed",
            "stunted", "severelyStunted", "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget",
            "coverageCI", "stuntingRateCI", "breakdowns",
        ]
        for unit in objects(english["districts"]) + objects(english["provinces"]) {
            #expect(Set(unitKeys).isSubset(of: Set(unit.keys)))
        }
        /// Every key path of a document, so that the two languages can be compared whole.
        func keyPaths(_ value: Any, _ prefix: String = "") -> Set<String> {
            if let object = value as? [String: Any] {
                return object.reduce(into: Set<String>()) { paths, member in
                    paths.insert(prefix + "." + member.key)
                    paths.formUnion(keyPaths(member.value, prefix + "." + member.key))
                }
            }
            if let array = value as? [Any] {
                return array.enumerated().reduce(into: Set<String>()) { $0.formUnion(keyPaths($1.element, prefix + "[\($1.offset)]")) }
            }
            return []
        }
        #expect(keyPaths(english) == keyPaths(vietnamese))
        // Messages follow the language; codes and numbers do not.
        let record = try #require(objects(vietnamese["invalidRecords"]).first)
        #expect(record["reason"] as? String == "<resident> thiếu thuộc tính bắt buộc sex; bản ghi bị loại")
        #expect(
            objects(english["invalidRecords"]).first?["reason"] as? String
                == "<resident> lacks the required attribute sex; record excluded")
        #expect(vietnamese["language"] as? String == "vi")
    }

    // MARK: HTML

    func html(_ analysis: Analysis? = nil, _ language: Language = .en) throws -> (text: String, document: HTMLDocument) {
        let text = HTMLReport.render(analysis ?? fixture.analysis, language: language)
        return (text, try parseHTML(text))
    }

    @Test func htmlIsOneSelfContainedDocument() throws {
        let (text, document) = try html()
        let root = document.root
        #expect(root.name == "html" && root["lang"] == "en")
        #expect(text.hasPrefix("<!DOCTYPE html>\n"))
        // Nothing to fetch and nothing to run: no script, link, img, iframe, object, no url() in CSS.
        for name in ["script", "link", "img", "iframe", "object", "embed", "audio", "video", "source", "base"] {
            #expect(root.descendants(name).isEmpty, "\(name)")
        }
        let references = root.descendants { $0["src"] != nil || $0["href"] != nil }
        #expect(references.isEmpty)
        let css = try #require(root.descendants("style").first).textContent
        #expect(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"))
        #expect(css.contains("@page { size: A4"))
        #expect(root.descendants("meta").contains { $0["charset"]?.lowercased() == "utf-8" })
        // libxml2's HTML parser finds nothing wrong but the SVG and HTML5 elements HTML 4 does not know.
        let unexpected = document.problems.filter { problem in
            !(problem.code == HTMLParseProblem.unknownTag
                && unknownToHTML4.contains { problem.message == "Tag \($0) invalid" })
        }
        #expect(unexpected.isEmpty, "\(unexpected)")
        // Each section once per province, data quality once.
        for id in [
            "province-08", "headline-08", "charts-08", "districts-08", "communes-08", "misses-08", "breakdowns-08",
            "trends-08", "data-quality",
        ] {
            #expect(root.descendants { $0["id"] == id }.count == 1, "\(id)")
        }
    }

    @Test func htmlHeadlineAgainstTheTargetsWithTheGapInPeople() throws {
        let root = try html().document.root
        let headline = try #require(root.element(id: "headline-08"))
        let cards = headline.descendants("div", class: "card")
        #expect(cards.map { $0["data-indicator"] } == ["coverage", "stunting", "underweight", "wasting", "overweight"])
        let coverage = words(cards[0]), stunting = words(cards[1])
        #expect(cards[0].hasClass("misses") && cards[1].hasClass("misses"))
        #expect(coverage.contains("Health-insurance coverage 91.6% 95% CI 88.8–93.7% 458 of 500 residents insured"))
        #expect(coverage.contains("Not met target ≥ 100% 42 residents still to insure"))
        #expect(coverage.contains("2023: 84.6% → 2024: 91.6% (+7.0 pp)"))
        #expect(stunting.contains("Stunting among children under 5 20.3%‡ high 95% CI 14.7–27.2%"))
        #expect(stunting.contains("32 of 158 children assessed are stunted, 9 severely"))
        #expect(stunting.contains("Not met target < 20% 1 stunted child above the line"))
        #expect(stunting.contains("2023: 25.7% → 2024: 20.3% (−5.4 pp)"))
        // The band beside the rate: growth indicators only; 20.3% stunting is high (20 to 30%).
        #expect(cards[0].descendants("span", class: "band-tag").isEmpty)
        #expect(cards[1].descendants("span", class: "band-tag").map { "\($0["class"] ?? ""): \(words($0))" } == ["band-tag high: high"])
        // Without a target: no verdict and no gap, the card in the indicator's colour.
        for card in cards.suffix(3) {
            #expect(card.hasClass("no-target") && card.descendants("span", class: "badge").isEmpty)
            #expect(card.descendants("p", class: "gap").isEmpty && !words(card).contains("target"))
        }
    }

    @Test func htmlBarChartsOneBarPerCommuneSortedWithTargetLines() throws {
        let root = try html().document.root
        let charts = try #require(root.element(id: "charts-08"))
        let svgs = charts.descendants("svg", class: "bar-chart")
        #expect(svgs.map { $0["data-indicator"] } == ["coverage", "stunting", "underweight", "wasting", "overweight"])
        // Coverage: lowest first; every commune of the latest period has one bar.
        let coverageBars = svgs[0].descendants("rect", class: "bar")
        #expect(coverageBars.map { $0["data-code"] } == ["02206", "02200", "02209", "02203"])
        #expect(coverageBars.map { $0.hasClass("meets") } == [false, false, false, true])
        // The plot is 390 wide from x = 190 and runs from 0 to 100%: 80% is 312 wide.
        #expect(coverageBars.map { $0["width"] } == ["312", "351", "374.4", "390"])
        let coverageTargets = svgs[0].descendants("line", class: "target")
        #expect(coverageTargets.count == 1)
        #expect(coverageTargets.first?["x1"] == "580" && coverageTargets.first?["x2"] == "580")
        // Stunting: ranked communes (50 children or more) highest first, then those not ranked.
        let stuntingBars = svgs[1].descendants("rect", class: "bar")
        #expect(stuntingBars.map { $0["data-code"] } == ["02206", "02203", "02200", "02209"])
        #expect(stuntingBars.map { $0.hasClass("unstable") } == [false, false, true, true])
        #expect(stuntingBars.map { $0.hasClass("misses") } == [true, false, true, false])
        #expect(
            svgs[1].descendants("text", class: "separator").map(words)
                == ["fewer than 50 children assessed: the rate is not stable and is not ranked"])
        // The axis ends at 50% (the next 10% above the highest interval, 41.0%): 20% is at 190 + 390 · 0.4.
        let stuntingTargets = svgs[1].descendants("line", class: "target")
        #expect(stuntingTargets.count == 1 && stuntingTargets.first?["x1"] == "346")
        #expect(svgs[1].descendants("text", class: "target-label").map(words) == ["target < 20%"])
        // A whisker (a line and two caps) per bar, and the value with its interval.
        #expect(svgs[1].descendants("line", class: "ci").count == 12)
        #expect(
            svgs[1].descendants("text", class: "value").map(words)
                == ["25.5% (15.8–38.3%)", "15.0%‡ (8.1–26.1%)", "24.2% (12.8–41.0%)", "10.0%‡ (1.8–40.4%)"])
        // Each growth rate with its band beside it; coverage has none.
        #expect(svgs[1].descendants("text", class: "band-label").map(words) == ["high", "medium", "high", "medium"])
        #expect(svgs[0].descendants("text", class: "band-label").isEmpty)
        // The fixture has no weight: the weight-based indicators have no rate, and their charts say so.
        for svg in svgs.suffix(3) {
            #expect(svg.hasClass("empty") && svg.descendants("rect").isEmpty)
            #expect(svg.descendants("text", class: "nodata").map(words) == ["No data"])
        }
    }

    @Test func htmlDistrictTable() throws {
        let root = try html().document.root
        let table = try #require(root.element(id: "districts-08")?.descendants("table").first)
        let body = rows(table)
        let ids = ["coverage", "stunting", "underweight", "wasting", "overweight"]
        #expect(rows(table, in: "thead")[0].descendants("th").compactMap { $0["data-indicator"] } == ids)
        #expect(body.map { $0["data-code"] } == ["070", "071"])
        // Per indicator: the rate (* misses the target), its band, n, the 95% interval, the gap.
        #expect(body.allSatisfy { $0.descendants("td").compactMap { $0["data-indicator"] } == ids })
        #expect(
            cells(body[0]).prefix(4) == [
                "Thành phố Tuyên Quang", "2", "96.7%* n = 300 94.0–98.2% 10 to insure",
                "18.3%‡ medium n = 93 11.7–27.3%",
            ])
        #expect(
            cells(body[1]).prefix(4) == [
                "Huyện Lâm Bình", "2", "84.0%* n = 200 78.3–88.4% 32 to insure",
                "23.1%*‡ high n = 65 14.5–34.6% 3 above",
            ])
        let total = rows(table, in: "tfoot")
        #expect(total.count == 1)
        #expect(
            cells(total[0]).prefix(4) == [
                "Tuyên Quang", "4", "91.6%* n = 500 88.8–93.7% 42 to insure",
                "20.3%*‡ high n = 158 14.7–27.2% 1 above",
            ])
        #expect(cells(body[0]).count == 7 && cells(total[0]).count == 7)
    }

    @Test func htmlCommunesThatMissATargetWorstFirst() throws {
        let root = try html().document.root
        let section = try #require(root.element(id: "misses-08"))
        let tables = section.descendants("table", class: "misses")
        #expect(tables.map { $0["data-indicator"] } == ["coverage", "stunting"])
        let coverage = rows(tables[0])
        #expect(
            coverage.map(cells) == [
                ["1", "Xã Lăng Can", "Huyện Lâm Bình", "80.0%", "72.9–85.6%", "150", "30"],
                ["2", "Xã Trung Môn", "Thành phố Tuyên Quang", "90.0%", "82.6–94.5%", "100", "10"],
                ["3", "Xã Thượng Lâm", "Huyện Lâm Bình", "96.0%", "86.5–98.9%", "50", "2"],
            ])
        // Ranked: 50 children or more. Not ranked: fewer, said so in a row of its own.
        let ranked = try #require(tables[1].descendants("tbody", class: "ranked").first)
        #expect(rows(ranked, in: "tbody").isEmpty)  // no nested tbody
        #expect(
            ranked.descendants("tr").map(cells) == [
                ["1", "Xã Lăng Can", "Huyện Lâm Bình", "25.5% high", "15.8–38.3%", "55", "4"]
            ])
        let unranked = try #require(tables[1].descendants("tbody", class: "unranked").first)
        #expect(
            unranked.descendants("tr").map(cells) == [
                ["~ fewer than 50 children assessed: the rate is not stable and is not ranked"],
                ["~", "Xã Trung Môn", "Thành phố Tuyên Quang", "24.2% high", "12.8–41.0%", "33", "2"],
            ])
    }

    @Test func htmlBreakdownTablesForTheProvinceAndEachDistrict() throws {
        let root = try html().document.root
        let section = try #require(root.element(id: "breakdowns-08"))
        let tables = section.descendants("table", class: "breakdown")
        #expect(
            tables.map { $0["data-dimension"] } == ["poverty", "ageGroup", "ethnicity"]
                + Array(repeating: ["sex", "childAgeGroup"], count: 4).flatMap { $0 })
        #expect(
            tables.map { $0["data-indicator"] } == ["coverage", "coverage", "coverage"]
                + ["stunting", "underweight", "wasting", "overweight"].flatMap { [$0, $0] })
        for table in tables {
            #expect(rows(table).map { $0["data-code"] } == ["08", "070", "071"])
        }
        let poverty = rows(tables[0])
        #expect(
            cells(poverty[0]) == [
                "Tuyên Quang", "100.0% n = 135 97.2–100.0%", "56.7% n = 30 39.2–72.6% 13 to insure",
                "91.3% n = 335 87.8–93.9% 29 to insure",
            ])
        let headers = try #require(tables[2].descendants("thead").first).descendants("th").map(words)
        #expect(headers == ["", "Kinh", "Tày", "H'Mông", "Dao", "Not recorded"])
        let sex = rows(tables[3])
        #expect(cells(sex[0]) == ["Tuyên Quang", "21.3% n = 80 13.7–31.4% 2 above", "19.2% n = 78 12.0–29.3%"])
        // District 070 has 47 boys and 46 girls assessed: both marked as too few for a stable rate.
        #expect(cells(sex[1]) == ["Thành phố Tuyên Quang", "19.1% ~ n = 47 10.4–32.5%", "17.4% ~ n = 46 9.1–30.7%"])
        let ages = rows(tables[4])
        #expect(cells(ages[0]) == ["Tuyên Quang", "22.2% n = 81 14.5–32.4% 2 above", "18.2% n = 77 11.2–28.2%"])
    }

    @Test func htmlTrendChartPerProvinceAndDistrict() throws {
        let root = try html().document.root
        let section = try #require(root.element(id: "trends-08"))
        let figures = section.descendants("figure", class: "trend")
        #expect(figures.map { $0["data-level"] } == ["province", "district", "district"])
        #expect(figures.map { $0["data-code"] } == ["08", "070", "071"])
        for figure in figures {
            let svg = try #require(figure.descendants("svg", class: "trend-chart").first)
            // A series per indicator, each in a group of its own.
            let groups = svg.descendants("g", class: "series-group")
            #expect(groups.map { $0["data-indicator"] } == ["coverage", "stunting", "underweight", "wasting", "overweight"])
            let lines = svg.descendants("polyline", class: "series")
            #expect(lines.prefix(2).map { $0.hasClass("coverage") } == [true, false])
            #expect(lines.prefix(2).map { $0.hasClass("stunting") } == [false, true])
            #expect(lines.allSatisfy { ($0["points"] ?? "").split(separator: " ").count == 2 })
            // Target lines and 95% bands for the two indicators with a target only. Coverage's panel
            // runs from y 84 (0%) to 12 (100%); the growth panel from 230 (0%) to 110 (50% in every
            // chart of the province: district 071's 2023 interval reaches 41.6%): 20% is at
            // 230 − 120 · 0.4.
            let targets = svg.descendants("line", class: "target")
            #expect(targets.map { $0["y1"] } == ["12", "182"])
            #expect(targets.map { $0.hasClass("coverage") } == [true, false])
            #expect(
                svg.descendants("polygon", class: "ci-band").map { $0.hasClass("coverage") || $0.hasClass("stunting") }
                    == [true, true])
            let ticks = svg.descendants("text", class: "tick").map(words)
            // Marked †: the fixture's province sent 4 of its 137 legacy communes (geography-v1 §4).
            #expect(ticks.suffix(2) == (figure["data-level"] == "province" ? ["2023 †", "2024 †"] : ["2023", "2024"]))
        }
        // The province's points: coverage 84.6% then 91.6%; stunting 25.7% then 20.3%.
        let province = figures[0].descendants("text", class: "point-label")
            .filter { $0.hasClass("coverage") || $0.hasClass("stunting") }.map(words)
        #expect(province == ["84.6%", "91.6%", "25.7%", "20.3%‡"])
        // One period only: no trend.
        let single = try html(fixture.latestOnly).document.root
        #expect(single.element(id: "trends-08") == nil)
        #expect(single.descendants("svg", class: "trend-chart").isEmpty)
    }

    /// The fixture with weight-based counts written in, as the weight tables will give them: per
    /// 2024 commune (children assessed as for stunting) underweight cases (severe), wasting and
    /// overweight cases; in 2023 one more of each; districts and provinces summed again.
    ///
    ///   2024    children  underweight (severe)  wasting  overweight
    ///   02200      33        5 (1)   15.2%      1  3.0%   0
    ///   02203      60        3 (0)    5.0%      4  6.7%   2
    ///   02206      55       12 (3)   21.8%      2  3.6%   1
    ///   02209      10        0 (0)    0.0%      1 10.0%   0
    ///   province  158       20 (4)   12.7%      8  5.1%   3  1.9%
    ///   (Wilson 95%: 20 of 158 8.3–18.7%, 8 of 158 2.6–9.7%, 3 of 158 0.6–5.4%, 4 of 60 2.6–15.9%)
    private func withWeights(_ analysis: Analysis) -> Analysis {
        var analysis = analysis
        let cases: [String: (underweight: Int, severe: Int, wasting: Int, overweight: Int)] = [
            "02200": (5, 1, 1, 0), "02203": (3, 0, 4, 2), "02206": (12, 3, 2, 1), "02209": (0, 0, 1, 0),
        ]
        for index in analysis.communes.indices {
            let summary = analysis.communes[index]
            let more = summary.period.from.components.year == 2023 ? 1 : 0
            let assessed = summary.figures.childrenAssessed
            let c = cases[summary.commune.code]!
            analysis.communes[index].figures[.underweight] = IndicatorCounts(
                assessed: assessed, cases: c.underweight + more,
                severe: c.severe)
            analysis.communes[index].figures[.wasting] = IndicatorCounts(assessed: assessed, cases: c.wasting + more)
            analysis.communes[index].figures[.overweight] = IndicatorCounts(assessed: assessed, cases: c.overweight + more)
        }
        analysis.districts = Analysis.rollUp(analysis.communes, level: .district)
        analysis.provinces = Analysis.rollUp(analysis.communes, level: .province)
        return analysis
    }

    @Test func htmlShowsTheWeightBasedIndicatorsOnceTheyHaveRates() throws {
        var analysis = withWeights(fixture.analysis)
        analysis.targets[.wasting] = 0.05
        let root = try html(analysis).document.root
        let cards = try #require(root.element(id: "headline-08")).descendants("div", class: "card")
        #expect(cards.map { $0["data-indicator"] } == ["coverage", "stunting", "underweight", "wasting", "overweight"])
        let underweight = words(cards[2]), wasting = words(cards[3])
        #expect(underweight.contains("Underweight among children under 5 12.7% medium 95% CI"))
        #expect(underweight.contains("20 of 158 children assessed are underweight, 4 severely"))
        #expect(underweight.contains("2023: 16.2% → 2024: 12.7% (−3.6 pp)"))
        #expect(cards[2].hasClass("no-target") && cards[4].hasClass("no-target"))
        // A target set for wasting (8 of 158, 5.1%): judged like stunting, 7 of 158 would stay below 5%.
        #expect(cards[3].hasClass("misses"))
        #expect(wasting.contains("Not met target < 5% 1 wasted child above the line"))
        #expect(words(cards[4]).contains("Overweight among children under 5 1.9% very low"))

        let svgs = try #require(root.element(id: "charts-08")).descendants("svg", class: "bar-chart")
        #expect(svgs.map { $0["data-indicator"] } == ["coverage", "stunting", "underweight", "wasting", "overweight"])
        // Ranked (50 children or more) highest first, then the others; in the indicator's colour.
        let bars = svgs[2].descendants("rect", class: "bar")
        #expect(bars.map { $0["data-code"] } == ["02206", "02203", "02200", "02209"])
        #expect(bars.allSatisfy { $0.hasClass("neutral") && $0.hasClass("underweight") })
        // Underweight's bands are WHO 1995's: low < 10%, medium < 20%, high < 30%.
        #expect(svgs[2].descendants("text", class: "band-label").map(words) == ["high", "low", "medium", "low"])
        #expect(svgs[2].descendants("line", class: "target").isEmpty && svgs[4].descendants("line", class: "target").isEmpty)
        #expect(svgs[3].descendants("text", class: "target-label").map(words) == ["target < 5%"])
        // Wasting by rate: 02203 6.7%, 02206 3.6%, then (fewer than 50) 02209 10.0%, 02200 3.0%.
        #expect(svgs[3].descendants("rect", class: "bar").map { $0.hasClass("misses") } == [true, false, true, false])

        let misses = try #require(root.element(id: "misses-08")).descendants("table", class: "misses")
        #expect(misses.map { $0["data-indicator"] } == ["coverage", "stunting", "wasting"])
        #expect(
            rows(misses[2]).filter { $0["data-code"] != nil }.map(cells) == [
                ["1", "Phường Tân Trào", "Thành phố Tuyên Quang", "6.7% medium", "2.6–15.9%", "60", "2"],
                ["~", "Xã Thượng Lâm", "Huyện Lâm Bình", "10.0% high", "1.8–40.4%", "10", "1"],
            ])
        let districts = try #require(root.element(id: "districts-08")?.descendants("table").first)
        #expect(
            cells(rows(districts, in: "tfoot")[0]).suffix(3) == [
                "12.7% medium n = 158 8.3–18.7%", "5.1%* medium n = 158 2.6–9.7% 1 above", "1.9% very low n = 158 0.6–5.4%",
            ])

        // Every indicator a line in every trend chart; bands and target lines for those with a target.
        for svg in try #require(root.element(id: "trends-08")).descendants("svg", class: "trend-chart") {
            let lines = svg.descendants("polyline", class: "series")
            #expect(
                lines.compactMap { $0["class"] } == [
                    "series coverage", "series stunting", "series underweight",
                    "series wasting", "series overweight",
                ])
            #expect(
                svg.descendants("line", class: "target").compactMap { $0["class"] }
                    == ["target coverage", "target stunting", "target wasting"])
            #expect(
                svg.descendants("polygon", class: "ci-band").compactMap { $0["class"] }
                    == ["ci-band coverage", "ci-band stunting", "ci-band wasting"])
        }
        let markdown = MarkdownReport.render(analysis)
        #expect(markdown.contains("| Underweight among children under 5 | 12.7% | 8.3–18.7% | medium | – | – | – | 16.2% → 12.7% (−3.6 pp) |"))
        #expect(markdown.contains("| Wasting among children under 5 | 5.1% | 2.6–9.7% | medium | < 5% | Not met | 1 wasted child above the line |"))
    }

    @Test func htmlDataQuality() throws {
        let root = try html().document.root
        let section = try #require(root.element(id: "data-quality"))
        func table(_ kind: String) throws -> [[String]] {
            try #require(section.descendants("table", class: kind).first, "\(kind)").descendants("tbody")
                .flatMap { $0.descendants("tr") }.map(cells)
        }
        // Each kind of problem once (#27): its words, how many problems and files, where every one is.
        let validate = "`commune-health validate --format csv PATH` lists every one"
        let json = "`--format json` and the workbook's Problems sheet list every one"
        let zscores = "`commune-health zscores PATH` lists every measurement with its status"
        #expect(
            try table("problem-kinds") == [
                ["Rejected file: not well-formed XML", "1", "1", validate],
                ["Superseded file: replaced by a later resubmission", "1", "1", json],
                ["Invalid record: a required attribute missing (record excluded)", "1", "1", validate],
                ["Warning: a commune name that differs from the register", "8", "8", json],
                ["Warning: a district code that differs from the register", "4", "4", json],
                ["Measurement not counted: an implausible height for age", "1", "1", zscores],
                ["Measurement not counted: a measurement out of the age range", "1", "1", zscores],
            ])
        let file = fixture.path("2024/02209-2024.xml")
        let invalidLine = fixture.line(of: "id=\"NOSEX\"", in: "2024/02209-2024.xml")
        let implausibleLine = fixture.line(of: "<measurement childId=\"IMPLAUSIBLE\"", in: "2024/02209-2024.xml")
        let olderLine = fixture.line(of: "<measurement childId=\"OLDER\"", in: "2024/02209-2024.xml")
        let kinds = section.descendants("div", class: "problem-kind")
        #expect(
            kinds.compactMap { $0["data-kind"] } == [
                "not-well-formed", "superseded", "record-missing-attribute",
                "geography-name-differs", "geography-district-differs",
                "implausible", "out-of-age",
            ])
        func examples(_ kind: HTMLNode) -> [String] { kind.descendants("li").map(words) }
        #expect(
            examples(kinds[1]) == ["\(fixture.path("2024/02206-2024-old.xml")): superseded by the later resubmission \(fixture.path("2024/02206-2024.xml"))"])
        #expect(examples(kinds[2]) == ["\(file):\(invalidLine): <resident> lacks the required attribute sex; record excluded"])
        #expect(examples(kinds[5]) == ["\(file):\(implausibleLine): child IMPLAUSIBLE, 1,155 days, 67.0 cm, HAZ −7.99: implausible (|HAZ| > 6)"])
        #expect(examples(kinds[6]) == ["\(file):\(olderLine): child OLDER, 1,900 days, 105.0 cm, HAZ –: out of age (60 months or older)"])
        #expect(examples(kinds[3]).count == 8 && examples(kinds[4]).count == 4)
        #expect(examples(kinds[3]).allSatisfy { $0.contains(" map (in force ") })
        // Five examples shown, the other three behind a collapsed <details>.
        #expect(kinds[3].descendants("details").flatMap { $0.descendants("summary") }.map(words) == ["3 more examples"])
        #expect(kinds.filter { !$0.descendants("details").isEmpty }.count == 1)
        #expect(try table("disagreements") == [[file, "Xã Thượng Lâm", "2024", "Residents", "51", "50"]])
        #expect(section.descendants("p", class: "none").map { $0["data-list"] } == [])
    }

    // MARK: Vietnamese

    @Test func vietnameseLabelsAndNumbersInHTML() throws {
        let root = try html(nil, .vi).document.root
        #expect(root["lang"] == "vi")
        let headline = words(try #require(root.element(id: "headline-08")))
        #expect(headline.contains("Tỷ lệ bao phủ bảo hiểm y tế 91,6% KTC 95% 88,8–93,7% 458 trên 500 người dân có thẻ BHYT"))
        #expect(headline.contains("Chưa đạt mục tiêu ≥ 100% còn 42 người dân cần tham gia BHYT"))
        #expect(headline.contains("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi 20,3%‡ cao"))
        for name in [
            "Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", "Tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi",
            "Tỷ lệ thừa cân ở trẻ em dưới 5 tuổi",
        ] {
            #expect(headline.contains(name), "\(name)")
        }
        let districts = try #require(root.element(id: "districts-08")?.descendants("table").first)
        #expect(
            cells(rows(districts, in: "thead")[0]) == [
                "Huyện", "Số xã", "Bao phủ BHYT", "Thấp còi", "Nhẹ cân",
                "Gầy còm", "Thừa cân",
            ])
        #expect(
            cells(rows(districts)[0]).prefix(4) == [
                "Thành phố Tuyên Quang", "2", "96,7%* n = 300 94,0–98,2% cần 10 người",
                "18,3%‡ trung bình n = 93 11,7–27,3%",
            ])
        let verdicts = root.descendants("span", class: "badge").map(words)
        #expect(verdicts == ["Chưa đạt", "Chưa đạt"])
        let quality = words(try #require(root.element(id: "data-quality")))
        #expect(quality.contains("<resident> thiếu thuộc tính bắt buộc sex; bản ghi bị loại"))
        #expect(quality.contains("không hợp lý (|HAZ| > 6)"))
        // No English label is left: only names, codes, file paths and numbers are not translated.
        var text = words(try #require(root.descendants("body").first))
        text = text.replacingOccurrences(of: fixture.folder.path, with: "")
        for english in [
            "Coverage", "coverage", "Stunting", "stunting", "District", "Commune", "Target", "target",
            "Not met", "Met ", "residents", "children", "Rejected", "Invalid", "None.", "Warnings",
            "Rank", "Period", "fewer than", "interval", "Progress", "Breakdowns", "Data quality",
        ] {
            #expect(!text.contains(english), "\(english)")
        }
        // Large numbers take a dot for thousands.
        #expect(quality.contains("1.155") && quality.contains("1.900"))
    }

    @Test func numbersPerLanguage() {
        let en = Labels(.en), vi = Labels(.vi)
        #expect(en.integer(1_234_567) == "1,234,567" && vi.integer(1_234_567) == "1.234.567")
        #expect(en.integer(999) == "999" && vi.integer(1000) == "1.000")
        #expect(en.percent(0.91634) == "91.6%" && vi.percent(0.91634) == "91,6%")
        #expect(en.percent(nil) == "–")
        #expect(en.decimal(12345.678, places: 2) == "12,345.68" && vi.decimal(12345.678, places: 2) == "12.345,68")
        #expect(en.targetPercent(0.2) == "20%" && vi.targetPercent(0.175) == "17,5%")
        #expect(en.interval(ProportionInterval(low: 0.128317, high: 0.410246)) == "12.8–41.0%")
        #expect(vi.interval(ProportionInterval(low: 0.128317, high: 0.410246)) == "12,8–41,0%")
        #expect(vi.verdict(true) == "Đạt" && vi.verdict(false) == "Chưa đạt" && en.verdict(nil) == "No data")
        #expect(vi.name(.coverage) == "Tỷ lệ bao phủ bảo hiểm y tế")
        #expect(vi.name(.stunting) == "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi")
        let period = PeriodKey(from: CalendarDate("2024-01-01")!, to: CalendarDate("2024-06-30")!)
        #expect(en.period(period) == "2024-01-01 to 2024-06-30" && vi.period(period) == "01/01/2024–30/06/2024")
    }

    // MARK: Markdown

    @Test func markdownHasTheSameContentAsTables() throws {
        let text = MarkdownReport.render(fixture.analysis)
        let lines = text.split(separator: "\n").map(String.init)
        func table(after heading: String) -> [String] {
            guard let start = lines.firstIndex(where: { $0.hasPrefix("#") && $0.contains(heading) }) else { return [] }
            return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("#") }.filter { $0.hasPrefix("|") }.dropFirst(2))
        }
        #expect(lines.first == "# Health-insurance coverage and growth of children under 5")
        // A row per indicator: rate, interval, band; target, verdict, gap; the change since 2023.
        let overview = table(after: "Overview")
        #expect(
            overview.map { $0.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } } == [
                "Health-insurance coverage", "Stunting among children under 5", "Underweight among children under 5",
                "Wasting among children under 5", "Overweight among children under 5",
            ])
        #expect(
            overview.prefix(2) == [
                "| Health-insurance coverage | 91.6% | 88.8–93.7% | – | ≥ 100% | Not met | 42 residents still to insure | 84.6% → 91.6% (+7.0 pp) |",
                "| Stunting among children under 5 | 20.3%‡ | 14.7–27.2% | high | < 20% | Not met | 1 stunted child above the line | 25.7% → 20.3% (−5.4 pp) |",
            ])
        // Without a target: no target, verdict or gap (the fixture has no weight, so no rate either).
        #expect(overview.suffix(3).allSatisfy { $0.hasSuffix(" | – | – | – | – |") })
        #expect(
            table(after: "Health-insurance coverage by commune") == [
                "| 1 | Xã Lăng Can | Huyện Lâm Bình | 80.0% | 72.9–85.6% | 150 | Not met | 30 |",
                "| 2 | Xã Trung Môn | Thành phố Tuyên Quang | 90.0% | 82.6–94.5% | 100 | Not met | 10 |",
                "| 3 | Xã Thượng Lâm | Huyện Lâm Bình | 96.0% | 86.5–98.9% | 50 | Not met | 2 |",
                "| 4 | Phường Tân Trào | Thành phố Tuyên Quang | 100.0% | 98.1–100.0% | 200 | Met | – |",
            ])
        #expect(
            table(after: "Stunting among children under 5 by commune") == [
                "| 1 | Xã Lăng Can | Huyện Lâm Bình | 25.5% | 15.8–38.3% | 55 | high | Not met | 4 |",
                "| 2 | Phường Tân Trào | Thành phố Tuyên Quang | 15.0%‡ | 8.1–26.1% | 60 | medium | Met | – |",
                "| ~ | Xã Trung Môn | Thành phố Tuyên Quang | 24.2% | 12.8–41.0% | 33 | high | Not met | 2 |",
                "| ~ | Xã Thượng Lâm | Huyện Lâm Bình | 10.0%‡ | 1.8–40.4% | 10 | medium | Met | – |",
            ])
        // A column per indicator: rate (* misses the target), interval, band, n, gap.
        #expect(
            table(after: "Districts, 2024").map { $0.components(separatedBy: " | ").prefix(4).joined(separator: " | ") } == [
                "| Thành phố Tuyên Quang | 2 | 96.7%\\* (94.0–98.2%), n = 300, 10 to insure | 18.3%‡ (11.7–27.3%), medium, n = 93",
                "| Huyện Lâm Bình | 2 | 84.0%\\* (78.3–88.4%), n = 200, 32 to insure | 23.1%\\*‡ (14.5–34.6%), high, n = 65, 3 above",
                "| **Tuyên Quang** | **4** | **91.6%\\* (88.8–93.7%), n = 500, 42 to insure** | **20.3%\\*‡ (14.7–27.2%), high, n = 158, 1 above**",
            ])
        #expect(lines.contains("| District | Communes | Coverage | Stunting | Underweight | Wasting | Overweight |"))
        #expect(table(after: "Communes, 2024").first?.hasPrefix("| 02200 | Xã Trung Môn | Thành phố Tuyên Quang | 90.0%\\* | 24.2%\\*~, high |") == true)
        #expect(table(after: "Coverage below the target").count == 3)
        #expect(
            table(after: "Stunting at or above the target") == [
                "| 1 | Xã Lăng Can | Huyện Lâm Bình | 25.5% | 15.8–38.3% | 55 | high | 4 |",
                "| ~ | Xã Trung Môn | Thành phố Tuyên Quang | 24.2% | 12.8–41.0% | 33 | high | 2 |",
            ])
        // Only the indicators with a target have a table of misses.
        #expect(lines.filter { $0.hasPrefix("#### ") && $0.contains("the target (target") }.count == 2)
        #expect(
            table(after: "Coverage by poverty status") == [
                "| Tuyên Quang | 100.0% (97.2–100.0%), n = 135 | 56.7% (39.2–72.6%), n = 30, 13 to insure | 91.3% (87.8–93.9%), n = 335, 29 to insure |",
                "| Thành phố Tuyên Quang | 100.0% (91.2–100.0%), n = 40 | 70.0% (39.7–89.2%), n = 10, 3 to insure | 97.2% (94.3–98.6%), n = 250, 7 to insure |",
                "| Huyện Lâm Bình | 100.0% (96.1–100.0%), n = 95 | 50.0% (29.9–70.1%), n = 20, 10 to insure | 74.1% (63.9–82.2%), n = 85, 22 to insure |",
            ])
        #expect(
            table(after: "Province Tuyên Quang").map { $0.components(separatedBy: " | ").prefix(3).joined(separator: " | ") } == [
                // † : the fixture's province sent 4 of its 137 legacy communes (geography-v1 §4).
                "| 2023 † | 84.6%\\* (81.2–87.5%) | 25.7%\\* (19.3–33.3%), high",
                "| 2024 † | 91.6%\\* (88.8–93.7%) | 20.3%\\*‡ (14.7–27.2%), high",
            ])
        // Each kind of problem once (#27), then each kind's first examples.
        #expect(
            table(after: "Problems by kind") == [
                "| Rejected file: not well-formed XML | 1 | 1 | \\`commune-health validate --format csv PATH\\` lists every one |",
                "| Superseded file: replaced by a later resubmission | 1 | 1 | \\`--format json\\` and the workbook's Problems sheet list every one |",
                "| Invalid record: a required attribute missing (record excluded) | 1 | 1 | \\`commune-health validate --format csv PATH\\` lists every one |",
                "| Warning: a commune name that differs from the register | 8 | 8 | \\`--format json\\` and the workbook's Problems sheet list every one |",
                "| Warning: a district code that differs from the register | 4 | 4 | \\`--format json\\` and the workbook's Problems sheet list every one |",
                "| Measurement not counted: an implausible height for age | 1 | 1 | \\`commune-health zscores PATH\\` lists every measurement with its status |",
                "| Measurement not counted: a measurement out of the age range | 1 | 1 | \\`commune-health zscores PATH\\` lists every measurement with its status |",
            ])
        let invalidLine = fixture.line(of: "id=\"NOSEX\"", in: "2024/02209-2024.xml")
        let kindHeading = "#### Invalid record: a required attribute missing (record excluded) · 1 in 1 file"
        let kindAt = try #require(lines.firstIndex(of: kindHeading))
        #expect(lines[kindAt + 1] == "- \(fixture.path("2024/02209-2024.xml")):\(invalidLine): \\<resident> lacks the required attribute sex; record excluded")
        #expect(table(after: "Stations whose own summary disagrees").count == 1)
        // Every row of a table has as many cells as its header (escaped pipes are not cell borders).
        var blockWidth: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { blockWidth = nil; continue }
            let borders = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let width = blockWidth { #expect(borders == width, "\(line)") } else { blockWidth = borders }
        }
        let vietnamese = MarkdownReport.render(fixture.analysis, language: .vi)
        #expect(vietnamese.contains("| Tỷ lệ bao phủ bảo hiểm y tế | 91,6% | 88,8–93,7% | – | ≥ 100% | Chưa đạt | còn 42 người dân cần tham gia BHYT |"))
        #expect(vietnamese.contains("| Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi | 20,3%‡ | 14,7–27,2% | cao | < 20% | Chưa đạt |"))
        for name in ["Nhẹ cân", "Gầy còm", "Thừa cân"] { #expect(vietnamese.contains(name), "\(name)") }
    }

    // MARK: Table

    @Test func tableStaysWithinEightyColumnsInBothLanguages() throws {
        for language in Language.allCases {
            for analysis in [fixture.analysis, fixture.latestOnly] {
                let text = TableReport.render(analysis, language: language)
                for line in text.split(separator: "\n") {
                    #expect(line.count <= 80, "\(language): \(line)")
                }
            }
        }
        let english = TableReport.render(fixture.analysis).split(separator: "\n").map(String.init)
        #expect(english.contains("    91.6% (95% CI 88.8–93.7%)"))
        #expect(english.contains("    458 of 500 residents insured"))
        #expect(english.contains("    target ≥ 100%: NOT MET, 42 residents still to insure"))
        #expect(english.contains("  02200 Xã Trung Môn      100  90.0%*     33  24.2%*~      –        –        –"))
        #expect(english.contains("  02206 Xã Lăng Can       150  80.0%*     55  25.5%*       –        –        –"))
        #expect(english.contains("    Near-poor                       30  56.7%*  39.2–72.6  13 to insure"))
        // † : the fixture's province sent 4 of its 137 legacy communes (geography-v1 §4).
        #expect(english.contains("  2023 †                   84.6%*   25.7%*       –        –        –"))
        let vietnamese = TableReport.render(fixture.analysis, language: .vi).split(separator: "\n").map(String.init)
        #expect(vietnamese.contains("    91,6% (KTC 95% 88,8–93,7%)"))
        #expect(vietnamese.contains("    458 trên 500 người dân có thẻ BHYT"))
        #expect(vietnamese.contains("    mục tiêu ≥ 100%: CHƯA ĐẠT, còn 42 người dân cần tham gia BHYT"))
        #expect(vietnamese.contains("  02200 Xã Trung Môn      100  90,0%*     33  24,2%*~      –        –        –"))
    }

    // MARK: CSV

    @Test func csvAddsIntervalsAndGapsAndSpeaksVietnamese() throws {
        let english = CSVReport.render(fixture.analysis).split(separator: "\r\n").map(String.init)
        #expect(english[0].contains(",file,coverageCILow,coverageCIHigh,stuntingRateCILow,stuntingRateCIHigh,stuntingRateStable,uninsuredGap,stuntedExcess,"))
        let interval = Uncertainty.wilson(successes: 8, trials: 33)!
        let trungMon = try #require(english.first { $0.hasPrefix("commune,02200,") && $0.contains("2024-01-01") })
        #expect(
            trungMon.contains(
                ",\(Uncertainty.wilson(successes: 90, trials: 100)!.low),\(Uncertainty.wilson(successes: 90, trials: 100)!.high),\(interval.low),\(interval.high),false,10,2,"
            ))
        #expect(english[0].contains(",expected,received,completeness,predecessors,lacksDivided,divided,unknown,"))
        // The card columns, then (two periods: 2023 and 2024) the review's 3 + 5 × 8 (docs/review.md).
        #expect(
            english[0].contains(
                ",insuredEmployment,insuredSocialInsurance,insuredStateBudget,insuredBudgetSupported,insuredHousehold,insuredUnknown"
                    + ",under6Residents,under6Uninsured,under6UninsuredRate,duplicatePeople,reviewFirst,reviewLast,reviewIncomplete,coverageChange,"))
        #expect(english[0].hasSuffix(",overweightCommendationRank,overweightAttentionRank"))
        #expect(trungMon.contains(",0,0,0,0,90,0,33,0,0.0,0,2023-01-01,2024-01-01,,"))
        let vietnamese = CSVReport.render(fixture.analysis, language: .vi).split(separator: "\r\n").map(String.init)
        #expect(vietnamese[0].hasPrefix("cấp,mã,tên,mã tỉnh,mã huyện,từ ngày,đến ngày"))
        let row = try #require(vietnamese.first { $0.hasPrefix("xã,02200,") && $0.contains("2024-01-01") })
        #expect(row.contains(",100,90,\"0,9\",33,8,2,\"0,24242424242424243\",Chưa đạt,Chưa đạt,"))
    }

    // MARK: The command line

    @Test func commandLineWritesTheHTMLReport() throws {
        let output = fixture.folder.appendingPathComponent("report.html").path
        let result = try runTool([
            "analyze", fixture.folder.path, "--format", "html", "--lang", "vi",
            "--output", output,
        ])
        #expect(result.status == 1)  // bad-2024.xml is rejected; the report is still written
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad-2024.xml:4: không phải XML hợp lệ"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        // #28: the command counts WHO's standard analysis for HTML (its section), the rest is the same.
        var reader = ExportReader()
        reader.tracksChildGroups = true
        let counted = Analyzer(jobs: 2, reader: reader).analyze(files: try InputFiles.collect([fixture.folder.path]))
        #expect(text == HTMLReport.render(counted, language: .vi))
        #expect(text.contains("<section class=\"who-prevalence\""))
        #expect(
            HTMLReport.render(fixture.analysis, language: .vi)
                == text.replacing(
                    /<section class="who-prevalence".*?<\/section>\n/.dotMatchesNewlines(), with: ""))
        let markdown = try runTool([
            "analyze", fixture.folder.appendingPathComponent("2023").path,
            "--format", "markdown",
        ])
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout
                == MarkdownReport.render(
                    Analyzer(jobs: 1).analyze(
                        files: try InputFiles.collect([fixture.folder.appendingPathComponent("2023").path]))))
    }
}
