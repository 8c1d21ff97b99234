import Foundation
import Testing
@testable import CommuneHealth

// The command line as scripts use it (cli-v1.md): the built `commune-health` executable run with
// Foundation's Process. Fixtures/conformance/ is a copy of the conformance kit
// (the conformance kit in shared/conformance, whose README allows copying it): its exports, expected.json and
// expected-z.csv.

/// What one run of the executable gave.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CommandLineTool {
    /// The executable built beside the test bundle (`swift test` builds every product), or
    /// `.build/debug/commune-health` under the package root.
    static let url: URL? = {
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        var candidates = [products.appendingPathComponent("commune-health")]
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/commune-health"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the executable; standard output and error go to files so that a large output cannot
    /// block on a full pipe.
    /// `environment`: variables set for the run over the tests' own.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
        let executable = try #require(url, "the commune-health executable was not found beside the tests")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commune-health-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        try #require(FileManager.default.createFile(atPath: outURL.path, contents: nil), "cannot create \(outURL.path)")
        try #require(FileManager.default.createFile(atPath: errURL.path, contents: nil), "cannot create \(errURL.path)")
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A JSON document as JSONSerialization gives it, with typed accessors that fail the test.
private struct JSON {
    let value: Any?

    subscript(key: String) -> JSON {
        JSON(value: (value as? [String: Any])?[key])
    }

    subscript(index: Int) -> JSON {
        guard let array = value as? [Any], array.indices.contains(index) else { return JSON(value: nil) }
        return JSON(value: array[index])
    }

    var array: [JSON] { (value as? [Any] ?? []).map { JSON(value: $0) } }
    var keys: Set<String> { Set((value as? [String: Any] ?? [:]).keys) }
    var string: String? { value as? String }
    var int: Int? { (value as? NSNumber)?.intValue }
    /// From the number's decimal text: JSONSerialization hands out NSDecimalNumber, whose
    /// doubleValue can be an ulp or more away from the double the text stands for.
    var double: Double? {
        guard let number = value as? NSNumber else { return nil }
        return Double(number.description)
    }
    var bool: Bool? { value as? Bool }
    var isNull: Bool { value is NSNull }
    var exists: Bool { value != nil }

    static func parse(_ text: String) throws -> JSON {
        JSON(value: try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }
}

/// Parses RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends.
private func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let c = characters.popFirst() {
        if quoted {
            if c == "\"" {
                if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\r" || c == "\n" {
            if c == "\r", characters.first == "\n" { characters.removeFirst() }
            row.append(field); field = ""
            rows.append(row); row = []
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite(.serialized) struct EndToEndTests {
    static let communeKeys: Set<String> = [
        "code", "name", "provinceCode", "districtCode", "file", "period", "population", "insured", "coverage",
        "childrenAssessed", "stunted", "severelyStunted", "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget",
        "excludedRecords", "implausibleChildren", "outOfAgeChildren",
    ]
    static let districtKeys: Set<String> = [
        "code", "name", "provinceCode", "communes", "period", "population", "insured", "coverage", "childrenAssessed",
        "stunted", "severelyStunted", "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget",
    ]
    static let provinceKeys: Set<String> = [
        "code", "name", "communes", "period", "population", "insured", "coverage", "childrenAssessed",
        "stunted", "severelyStunted", "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget",
    ]
    static let topKeys: Set<String> = [
        "formatVersion", "targets", "communes", "districts", "provinces", "rejectedFiles", "supersededFiles", "invalidRecords",
    ]

    /// The meets… values are JSON booleans or null, never numbers or strings.
    func expectLiteralFlags(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pattern = try NSRegularExpression(pattern: "\"meets(Coverage|Stunting)Target\"\\s*:\\s*([^,\\s}]+)")
        let range = NSRange(text.startIndex..., in: text)
        let matches = pattern.matches(in: text, range: range)
        #expect(!matches.isEmpty, sourceLocation: sourceLocation)
        for match in matches {
            let value = String(text[Range(match.range(at: 2), in: text)!])
            #expect(["true", "false", "null"].contains(value), "\(value)", sourceLocation: sourceLocation)
        }
    }

    // MARK: analyze --format json

    @Test func analyzeJSONOfTheRollUpFixtures() throws {
        let folder = fixture("indicators/rollup")
        let result = try CommandLineTool.run(["analyze", folder, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)  // stdout holds the JSON and nothing else
        try expectLiteralFlags(result.stdout)
        #expect(json.keys.isSuperset(of: Self.topKeys))
        #expect(json["formatVersion"].int == 1)
        #expect(json["targets"]["coverage"].double == 1.0)
        #expect(json["targets"]["stuntingRateBelow"].double == 0.2)
        #expect(json["rejectedFiles"].array.isEmpty)
        #expect(json["supersededFiles"].array.isEmpty)
        #expect(json["invalidRecords"].array.isEmpty)

        let communes = json["communes"].array
        #expect(communes.count == 6)
        for commune in communes { #expect(commune.keys.isSuperset(of: Self.communeKeys), "\(commune.keys)") }
        // Commune 01002 (2024): 3 residents, none insured; K1 stunted, K2 severely, K3 normal.
        let c2 = try #require(communes.first { $0["code"].string == "01002" })
        #expect(c2["name"].string == "Xã Hai")
        #expect(c2["provinceCode"].string == "08")
        #expect(c2["districtCode"].string == "070")
        #expect(c2["file"].string == folder + "/c2.xml")
        #expect(c2["period"]["from"].string == "2024-01-01")
        #expect(c2["period"]["to"].string == "2024-12-31")
        #expect(c2["period"]["referenceDate"].string == "2024-12-31")
        #expect(c2["population"].int == 3)
        #expect(c2["insured"].int == 0)
        #expect(c2["coverage"].double == 0.0)
        #expect(c2["childrenAssessed"].int == 3)
        #expect(c2["stunted"].int == 2)
        #expect(c2["severelyStunted"].int == 1)
        #expect(c2["stuntingRate"].double == 2.0 / 3.0)
        #expect(c2["meetsCoverageTarget"].bool == false)
        #expect(c2["meetsStuntingTarget"].bool == false)
        #expect(c2["excludedRecords"].int == 0)
        #expect(c2["implausibleChildren"].int == 0)
        #expect(c2["outOfAgeChildren"].int == 0)
        // Commune 01004 has no district: districtCode null; everyone insured, no child assessed.
        let c4 = try #require(communes.first { $0["code"].string == "01004" })
        #expect(c4["districtCode"].isNull)
        #expect(c4["population"].int == 4)
        #expect(c4["insured"].int == 4)
        #expect(c4["coverage"].double == 1.0)
        #expect(c4["meetsCoverageTarget"].bool == true)
        #expect(c4["childrenAssessed"].int == 0)
        #expect(c4["stuntingRate"].isNull)
        #expect(c4["meetsStuntingTarget"].isNull)
        // 01001 reports two periods; both are listed.
        #expect(
            communes.filter { $0["code"].string == "01001" }.compactMap { $0["period"]["from"].string }.sorted()
                == ["2023-01-01", "2024-01-01"])

        let districts = json["districts"].array
        #expect(districts.count == 4)
        for district in districts { #expect(district.keys.isSuperset(of: Self.districtKeys), "\(district.keys)") }
        let d070 = try #require(districts.first { $0["code"].string == "070" && $0["period"]["from"].string == "2024-01-01" })
        #expect(d070["name"].string == "Thành phố Tuyên Quang")
        #expect(d070["provinceCode"].string == "08")
        #expect(d070["communes"].int == 2)
        #expect(d070["period"]["to"].string == "2024-12-31")
        #expect(d070["population"].int == 4)
        #expect(d070["insured"].int == 1)
        #expect(d070["coverage"].double == 0.25)
        #expect(d070["childrenAssessed"].int == 4)
        #expect(d070["stunted"].int == 2)
        #expect(d070["severelyStunted"].int == 1)
        #expect(d070["stuntingRate"].double == 0.5)
        #expect(d070["meetsCoverageTarget"].bool == false)
        #expect(d070["meetsStuntingTarget"].bool == false)
        let d100 = try #require(districts.first { $0["code"].string == "100" })
        #expect(d100["provinceCode"].string == "10")
        #expect(d100["stuntingRate"].isNull)
        #expect(d100["meetsStuntingTarget"].isNull)
        #expect(d100["coverage"].double == 0.0)

        let provinces = json["provinces"].array
        #expect(provinces.count == 3)
        for province in provinces { #expect(province.keys.isSuperset(of: Self.provinceKeys), "\(province.keys)") }
        let p08 = try #require(provinces.first { $0["code"].string == "08" && $0["period"]["from"].string == "2024-01-01" })
        #expect(p08["name"].string == "Tuyên Quang")
        #expect(p08["communes"].int == 4)
        #expect(p08["period"]["to"].string == "2024-12-31")
        #expect(p08["population"].int == 10)
        #expect(p08["insured"].int == 6)
        #expect(p08["coverage"].double == 0.6)
        #expect(p08["childrenAssessed"].int == 5)
        #expect(p08["stunted"].int == 3)
        #expect(p08["severelyStunted"].int == 1)
        #expect(p08["stuntingRate"].double == 0.6)
        #expect(p08["meetsCoverageTarget"].bool == false)
        #expect(p08["meetsStuntingTarget"].bool == false)
        let p08in2023 = try #require(provinces.first { $0["code"].string == "08" && $0["period"]["from"].string == "2023-01-01" })
        #expect(p08in2023["communes"].int == 1)
        #expect(p08in2023["population"].int == 5)
        #expect(p08in2023["meetsCoverageTarget"].bool == true)
        #expect(p08in2023["meetsStuntingTarget"].bool == true)
    }

    @Test func analyzeAppliesTheTargetsGiven() throws {
        let result = try CommandLineTool.run([
            "analyze", fixture("indicators/targets"), "--format", "json",
            "--coverage-target", "0.9", "--stunting-target", "0.25",
        ])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)
        #expect(json["targets"]["coverage"].double == 0.9)
        #expect(json["targets"]["stuntingRateBelow"].double == 0.25)
        let exact = try #require(json["communes"].array.first { $0["code"].string == "03001" })
        #expect(exact["coverage"].double == 1.0)
        #expect(exact["stuntingRate"].double == 0.2)
        #expect(exact["meetsCoverageTarget"].bool == true)
        #expect(exact["meetsStuntingTarget"].bool == true)
        // With the default targets, a rate of exactly 0.20 does not meet "below 20%".
        let defaults = try JSON.parse(try CommandLineTool.run(["analyze", fixture("indicators/targets"), "--format", "json"]).stdout)
        let exactDefault = try #require(defaults["communes"].array.first { $0["code"].string == "03001" })
        #expect(exactDefault["meetsCoverageTarget"].bool == true)
        #expect(exactDefault["meetsStuntingTarget"].bool == false)
        let empty = try #require(defaults["communes"].array.first { $0["code"].string == "03002" })
        #expect(empty["coverage"].isNull)
        #expect(empty["meetsCoverageTarget"].isNull)
    }

    @Test func analyzeJSONHasEveryGrowthIndicatorAndNamedTargets() throws {
        let path = fixture("indicators/growth/oedema-and-weight.xml")
        let result = try CommandLineTool.run([
            "analyze", path, "--format", "json", "--target", "wasting=0.05",
            "--target", "stunting=0.15",
        ])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)
        #expect(json["targets"].keys == ["coverage", "stuntingRateBelow", "wastingRateBelow"])
        #expect(json["targets"]["wastingRateBelow"].double == 0.05)
        #expect(json["targets"]["stuntingRateBelow"].double == 0.15)
        for unit in [json["communes"][0], json["districts"][0], json["provinces"][0]] {
            let indicators = unit["indicators"]
            #expect(indicators.keys == ["stunting", "underweight", "wasting", "overweight"])
            #expect(indicators["underweight"].keys == ["assessed", "cases", "severe", "rate", "ci", "band"])
            #expect(indicators["overweight"].keys == ["assessed", "cases", "rate", "ci", "band"])
            #expect(indicators["wasting"]["assessed"].int == 5)
            #expect(indicators["wasting"]["cases"].int == 3)
            #expect(indicators["wasting"]["severe"].int == 3)
            #expect(indicators["wasting"]["rate"].double == 0.6)
            #expect(indicators["wasting"]["band"].string == "very-high")
            #expect(indicators["wasting"]["target"].double == 0.05)
            #expect(indicators["wasting"]["meetsTarget"].bool == false)
            #expect(indicators["stunting"]["meetsTarget"].bool == true)
            #expect(indicators["overweight"]["cases"].int == 1)
            #expect(unit["childrenAssessed"].int == 7)
        }
        let unknown = try CommandLineTool.run(["analyze", path, "--target", "happiness=0.5"])
        #expect(unknown.status == 64)
        let outOfRange = try CommandLineTool.run(["analyze", path, "--target", "wasting=5"])
        #expect(outOfRange.status == 64)
    }

    @Test func analyzeCSVHasTheGrowthIndicatorColumns() throws {
        let path = fixture("indicators/growth/oedema-and-weight.xml")
        let rows = parseCSV(try CommandLineTool.run(["analyze", path, "--format", "csv", "--target", "wasting=0.05"]).stdout)
        let header = try #require(rows.first)
        let commune = try #require(rows.last)
        let field = Dictionary(uniqueKeysWithValues: zip(header, commune))
        #expect(header.count == commune.count)
        #expect(field["underweightAssessed"] == "5" && field["underweightCases"] == "3" && field["underweightSevere"] == "2")
        #expect(field["wastingRate"] == "0.6" && field["wastingBand"] == "very-high" && field["wastingMeetsTarget"] == "false")
        #expect(field["overweightCases"] == "1" && field["overweightSevere"] == nil && field["overweightMeetsTarget"] == "")
        #expect(field["stuntingAssessed"] == "7" && field["childrenAssessed"] == "7")
    }

    @Test func oneRejectedFileExitsOneAndTheOthersAreStillReported() throws {
        let folder = fixture("indicators/resubmission/rejected-is-not-a-resubmission")
        let result = try CommandLineTool.run(["analyze", folder, "--format", "json"])
        #expect(result.status == 1)
        let json = try JSON.parse(result.stdout)
        #expect(json["communes"].array.map { $0["file"].string } == [folder + "/a.xml"])
        let rejected = json["rejectedFiles"].array
        #expect(rejected.count == 1)
        #expect(rejected.first?["file"].string == folder + "/b.xml")
        #expect(rejected.first?["line"].int == 5)
        #expect(rejected.first?["reason"].string == RejectionReason.countMismatch(declared: 3, actual: 2).description)
        // The rejection goes to standard error as FILE:LINE: reason.
        #expect(result.stderr.contains("\(folder)/b.xml:5: \(RejectionReason.countMismatch(declared: 3, actual: 2))"))
    }

    @Test func supersededFilesAreReportedAndDoNotFailTheRun() throws {
        let folder = fixture("indicators/resubmission/later-wins")
        let result = try CommandLineTool.run(["analyze", folder, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)
        #expect(json["supersededFiles"].array.map { $0["file"].string } == [folder + "/a.xml"])
        #expect(json["supersededFiles"].array.map { $0["by"].string } == [folder + "/b.xml"])
        #expect(json["communes"].array.map { $0["file"].string } == [folder + "/b.xml"])
        #expect(json["rejectedFiles"].array.isEmpty)
    }

    @Test func invalidRecordsAreListedWithFileLineAndReason() throws {
        let path = fixture("reader/record-measurement-height-comma.xml")
        let result = try CommandLineTool.run(["analyze", path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSON.parse(result.stdout)
        let records = json["invalidRecords"].array
        #expect(records.count == 1)
        #expect(records.first?["file"].string == path)
        #expect(records.first?["line"].int == 17)
        #expect(
            records.first?["reason"].string
                == RecordReason.malformedAttribute(element: "measurement", attribute: "heightCm", value: "86,2").description)
        #expect(json["communes"][0]["excludedRecords"].int == 1)
        #expect(json["communes"][0]["population"].int == 3)
        #expect(json["communes"][0]["insured"].int == 2)
        #expect(json["communes"][0]["name"].string == "Xã Phúc Ứng")
    }

    // MARK: The conformance kit

    @Test func conformanceKitMatchesExpectedJSON() throws {
        let folder = fixture("conformance")
        let expected = try JSON.parse(try String(contentsOfFile: folder + "/expected.json", encoding: .utf8))
        let result = try CommandLineTool.run(["analyze", folder, "--format", "json"])
        #expect(result.status == 1)  // the kit holds files that must be rejected
        let json = try JSON.parse(result.stdout)
        let counts = [
            "population", "insured", "childrenAssessed", "stunted", "severelyStunted",
            "excludedRecords", "implausibleChildren", "outOfAgeChildren",
        ]
        let communes = json["communes"].array
        #expect(communes.count == expected["communes"].array.count)
        for want in expected["communes"].array {
            let code = try #require(want["code"].string)
            let matching = communes.filter { $0["code"].string == code }
            #expect(matching.count == 1, "commune \(code)")
            guard let got = matching.first else { continue }
            #expect(got.keys.isSuperset(of: Self.communeKeys))
            for key in counts { #expect(got[key].int == want[key].int, "commune \(code) \(key)") }
            #expect(got["name"].string?.precomposedStringWithCanonicalMapping == want["name"].string, "commune \(code) name")
            #expect(got["provinceCode"].string == want["provinceCode"].string)
            #expect(got["districtCode"].string == want["districtCode"].string)
            #expect(got["file"].string == folder + "/" + want["file"].string!)
            let population = want["population"].int!, insured = want["insured"].int!
            let assessed = want["childrenAssessed"].int!, stunted = want["stunted"].int!
            #expect(got["coverage"].double == Double(insured) / Double(population))
            if assessed == 0 {
                #expect(got["stuntingRate"].isNull)
            } else {
                #expect(got["stuntingRate"].double == Double(stunted) / Double(assessed))
            }
        }
        for level in ["districts", "provinces"] {
            let units = json[level].array
            #expect(units.count == expected[level].array.count, "\(level)")
            for want in expected[level].array {
                let got = try #require(units.first { $0["code"].string == want["code"].string }, "\(level) \(want["code"].string ?? "")")
                for key in counts.prefix(5) { #expect(got[key].int == want[key].int, "\(level) \(want["code"].string!) \(key)") }
                #expect(got["communes"].int == want["communes"].int)
            }
        }
        let rejected = json["rejectedFiles"].array
        #expect(
            Set(rejected.compactMap { $0["file"].string.map { URL(fileURLWithPath: $0).lastPathComponent } })
                == Set(expected["rejectedFiles"].array.compactMap(\.string)))
        #expect(rejected.count == expected["rejectedFiles"].array.count)
        for rejection in rejected {
            #expect(rejection["line"].int.map { $0 >= 1 } == true, "\(rejection["file"].string ?? "")")
            #expect(rejection["reason"].string?.isEmpty == false)
        }
        #expect(
            json["supersededFiles"].array.compactMap { $0["file"].string.map { URL(fileURLWithPath: $0).lastPathComponent } }
                == expected["supersededFiles"].array.compactMap(\.string))
        #expect(json["supersededFiles"][0]["by"].string == folder + "/resub-new.xml")
        // The first ten rejections are also told on standard error, each on its line, then how
        // many more (the problems are many: each other kind once, #27).
        for rejection in rejected.prefix(10) {
            #expect(result.stderr.contains("\(rejection["file"].string!):\(rejection["line"].int!): "))
        }
        #expect(result.stderr.contains("\n\(rejected.count - 10) more files rejected: `commune-health validate --format csv PATH` lists every one\n"))
    }

    @Test func conformanceKitRejectionLines() throws {
        // The lines where each rejected file of the kit goes wrong, read off the files.
        let folder = fixture("conformance")
        let json = try JSON.parse(try CommandLineTool.run(["analyze", folder, "--format", "json"]).stdout)
        var lines: [String: Int] = [:]
        for rejection in json["rejectedFiles"].array {
            lines[URL(fileURLWithPath: rejection["file"].string!).lastPathComponent] = rejection["line"].int
        }
        #expect(
            lines == [
                "bad-binary.xml": 1, "bad-empty.xml": 1, "bad-xxe.xml": 2, "bad-lol.xml": 2, "bad-namespace.xml": 2,
                "bad-version.xml": 2, "bad-code.xml": 2, "bad-count.xml": 2, "bad-noperiod.xml": 2, "bad-period.xml": 2,
                "bad-truncated.xml": 2, "dup-a.xml": 2, "dup-b.xml": 2,
            ])
    }

    @Test func conformanceKitZScoresMatchExpectedCSV() throws {
        let folder = fixture("conformance")
        let result = try CommandLineTool.run(["zscores", folder, "--format", "csv"])
        #expect(result.status == 1)
        let rows = parseCSV(result.stdout)
        let header = try #require(rows.first)
        #expect(header == ZScoreReport.header)
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        var haz: [String: String] = [:]
        for row in rows.dropFirst() where row.count == header.count && row[column("used")] == "true" {
            haz[row[column("communeCode")] + "," + row[column("childId")] + "," + row[column("date")]] = row[column("haz")]
        }
        let expected = try String(contentsOfFile: folder + "/expected-z.csv", encoding: .utf8)
        var checked = 0
        for line in expected.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let key = fields[0] + "," + fields[1] + "," + fields[2]
            let want = try #require(Double(fields[3]))
            let got = try #require(haz[key].flatMap(Double.init), "no used row for \(key)")
            #expect(got == want, "\(key)")
            checked += 1
        }
        #expect(checked == 367)
    }

    // MARK: zscores and validate

    @Test func zscoresCSVHeaderAndRows() throws {
        let path = fixture("indicators/stunting/ages.xml")
        let result = try CommandLineTool.run(["zscores", path, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "file,line,communeCode,childId,sex,birthDate,date,ageDays,position,heightCm,adjustedHeightCm,haz,status,used,weightKg,oedema,waz,whz,baz,flags"
        )
        #expect(lines.count == 8)  // header, six rows, and the empty string after the last CRLF
        #expect(lines[1] == "\(path),8,02218,A0,M,2024-06-01,2024-06-01,0,lying,46,46,-2.05,stunted,true,,false,,,,")
        #expect(lines[2] == "\(path),9,02218,A730,M,2022-06-02,2024-06-01,730,standing,84,84.7,-1.02,normal,true,,false,,,,")
        #expect(lines[3] == "\(path),10,02218,A731,M,2022-06-01,2024-06-01,731,lying,84,83.3,-1.25,normal,true,,false,,,,")
        #expect(lines[4] == "\(path),11,02218,A1826,M,2019-06-02,2024-06-01,1826,,100,100,-2.15,stunted,true,,false,,,,")
        #expect(lines[5] == "\(path),12,02218,A1827,M,2019-06-01,2024-06-01,1827,,100,100,,out-of-age,true,,false,,,,")
        #expect(lines[6] == "\(path),13,02218,G1826,F,2019-06-02,2024-06-01,1826,lying,90,89.3,-4.23,severely-stunted,true,,false,,,,")
        #expect(lines[7] == "")
    }

    @Test func zscoresListsEveryKindOfRow() throws {
        let path = fixture("indicators/stunting/outside-period.xml")
        let rows = parseCSV(try CommandLineTool.run(["zscores", path, "--format", "csv"]).stdout)
        #expect(
            rows.dropFirst().map { [$0[1], $0[3], $0[11], $0[12], $0[13]] } == [
                ["8", "C1", "-0.01", "normal", "true"],
                ["9", "C1", "-3.82", "outside-period", "false"],
                ["10", "C2", "-2.20", "outside-period", "false"],
                ["11", "C1", "-2.81", "outside-period", "false"],
            ])
        let invalid = fixture("reader/record-measurement-height-comma.xml")
        let invalidRows = parseCSV(try CommandLineTool.run(["zscores", invalid, "--format", "csv"]).stdout)
        #expect(
            invalidRows.dropFirst().map { [$0[1], $0[3], $0[9], $0[11], $0[12], $0[13]] } == [
                ["15", "R2", "86.2", "-2.94", "stunted", "true"],
                ["16", "R3", "78", "0.07", "normal", "true"],
                ["17", "R9", "86,2", "", "invalid", "false"],
            ])
    }

    @Test func validatePrintsFileLineMessagesAndExitsOneOnABadFile() throws {
        let bad = fixture("reader/count-mismatch.xml")
        let result = try CommandLineTool.run(["validate", bad])
        #expect(result.status == 1)
        #expect(result.stdout == "\(bad):5: \(RejectionReason.countMismatch(declared: 4, actual: 3))\n")
        #expect(!result.stderr.isEmpty)

        let excluded = fixture("reader/record-resident-born-after-r.xml")
        let ok = try CommandLineTool.run(["validate", excluded])
        #expect(ok.status == 0)
        #expect(
            ok.stdout.components(separatedBy: "\n").contains(
                "\(excluded):13: \(RecordReason.bornAfterReferenceDate(birthDate: "2025-01-01", referenceDate: "2024-12-31"))"))
        for line in ok.stdout.split(separator: "\n") { #expect(line.hasPrefix("\(excluded):")) }

        // Several files: every problem line, and exit 1 because one is rejected.
        let both = try CommandLineTool.run(["validate", excluded, bad])
        #expect(both.status == 1)
        #expect(both.stdout.contains("\(bad):5: "))
        #expect(both.stdout.contains("\(excluded):13: "))
    }

    // MARK: Exit status 64 and standard output

    @Test(
        "command-line mistakes exit 64 with nothing on standard output",
        arguments: [
            ["analyze", "--no-such-option", "FIXTURE"],
            ["analyze"],
            ["analyze", "/no/such/folder/commune-health"],
            ["zscores"],
            ["zscores", "/no/such/file.xml"],
            ["validate"],
            ["validate", "/no/such/file.xml"],
            ["analyze", "FIXTURE", "--format", "yaml"],
        ])
    func usageErrors(_ arguments: [String]) throws {
        let resolved = arguments.map { $0 == "FIXTURE" ? fixture("indicators/rollup") : $0 }
        let result = try CommandLineTool.run(resolved)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func analyzeWritesNothingButTheResultToStandardOutput() throws {
        // A run with rejections, superseded files, invalid records and warnings: stdout is only JSON.
        let result = try CommandLineTool.run(["analyze", fixture("conformance"), "--format", "json"])
        let trimmed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(trimmed.hasPrefix("{"))
        #expect(trimmed.hasSuffix("}"))
        _ = try JSON.parse(result.stdout)
        #expect(result.stderr.contains("\nSuperseded file: replaced by a later resubmission: 1 file; "))
        #expect(!result.stdout.contains("superseded by the later resubmission"))
    }
}
