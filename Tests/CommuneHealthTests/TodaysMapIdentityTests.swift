import Foundation
import Testing
@testable import CommuneHealth

/// A row of today's map is the unit it stands for (a 2025 commune, a divided legacy commune, an
/// unknown code), never its code alone (issue 17, docs/geography.md "Which unit a row is").
///
/// Every 2025 code is also a legacy code: 151 of the register's 471 divided legacy communes share
/// their code with a 2025 commune (02494 Xã Thái Bình is divided between 02212 and the new 02494 Xã
/// Thái Bình). The tests write small exports for every one of them, from the register itself.
@Suite struct TodaysMapIdentityTests {
    /// One small export: `residents` residents of whom `insured` hold a valid card, and children of
    /// about 38 months, `stunted` of them at 89.0 cm (below −2 SD) and `tall` at 97.5 cm.
    struct Export {
        var code: String
        var name: String
        var provinceCode: String
        var district: RegisterDistrict?
        var year: Int
        var referenceDate: String? = nil
        var residents: Int
        var insured: Int
        var stunted: Int
        var tall: Int
        /// The first card's number, when it must repeat another file's (the same person twice).
        var cards: Int? = nil

        func xml(firstCard: Int) -> String {
            let district = district.map { " districtCode=\"\($0.code)\" districtName=\"\($0.name)\"" } ?? ""
            var text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <healthStationExport xmlns="urn:commune-health:export:1" version="1.0" generated="\(year + 1)-01-05T09:00:00+07:00">
                  <commune code="\(code)" name="\(name)" provinceCode="\(provinceCode)"\(district)/>
                  <period from="\(year)-01-01" to="\(year)-12-31"\(referenceDate.map { " referenceDate=\"\($0)\"" } ?? "")/>
                  <residents count="\(residents)">

                """
            for index in 0..<residents {
                let card =
                    index < insured
                    ? "<insuranceCard number=\"GD408\(String(format: "%010d", firstCard + index))\" validFrom=\"\(year)-01-01\" validTo=\"\(year)-12-31\"/>"
                    : ""
                text += "    <resident id=\"R\(index)\" sex=\"F\" birthDate=\"1990-01-01\">\(card)</resident>\n"
            }
            text += "  </residents>\n  <growthMonitoring>\n"
            for index in 0..<(stunted + tall) {
                text +=
                    "    <measurement childId=\"K\(index)\" sex=\"M\" birthDate=\"\(year - 3)-04-03\" date=\"\(year)-06-01\""
                    + " heightCm=\"\(index < stunted ? "89.0" : "97.5")\"/>\n"
            }
            return text + "  </growthMonitoring>\n</healthStationExport>\n"
        }
    }

    /// Writes the exports to a new folder, one file each (`CODE-YEAR-N.xml`), and returns the paths.
    static func write(_ exports: [Export]) throws -> [String] {
        let folder = scratchFolder("todays-map-identity")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var cards = 0
        return try exports.enumerated().map { index, export in
            let path = folder.appendingPathComponent(String(format: "%@-%d-%03d.xml", export.code, export.year, index)).path
            try export.xml(firstCard: export.cards ?? cards).write(toFile: path, atomically: false, encoding: .utf8)
            cards += export.residents
            return path
        }
    }

    /// The files analysed on `units`; with another register than the shipped one, on today's map
    /// of that register (the people found in two files are then not looked for).
    static func analyze(_ paths: [String], _ units: MapUnits, register: CommuneRegister? = nil) -> Analysis {
        let analyzer = Analyzer(targets: .programme2021to2025, jobs: 2)
        guard let register else { return analyzer.analyze(files: paths, units: units) }
        let reported = analyzer.analyze(files: paths, units: .reported)
        return Analysis(
            outcomes: reported.files.map { .accepted($0) } + reported.rejectedFiles.map { .rejected($0) },
            targets: .programme2021to2025, units: .current, register: register)
    }

    /// The divided legacy communes whose code a 2025 commune reuses, with the first legacy commune
    /// merged whole into that 2025 commune (none for 39 of them: formed of divided parts only).
    static func collisions(_ register: CommuneRegister) -> [(divided: LegacyCommune, whole: LegacyCommune?)] {
        register.provinces(in: .current2025).flatMap { province in
            register.communes(ofProvince: province.code, in: .current2025).compactMap { commune in
                guard let legacy = register.legacyCommune(commune.code), legacy.divided,
                    let current = register.commune2025(commune.code)
                else { return nil }
                return (legacy, current.predecessors.first.flatMap { register.legacyCommune($0.code) })
            }
        }
    }

    /// Residents, insured, children assessed, stunted.
    static func counts(_ row: CommuneSummary) -> [Int] {
        [row.figures.population, row.figures.insured, row.figures.childrenAssessed, row.figures.stunted]
    }

    static func counts(_ export: Export) -> [Int] {
        [export.residents, export.insured, export.stunted + export.tall, export.stunted]
    }

    static func legacyExport(_ commune: LegacyCommune, residents: Int, insured: Int, stunted: Int, tall: Int) -> Export {
        Export(
            code: commune.code.description, name: commune.name, provinceCode: commune.province.code.description,
            district: commune.district, year: 2024, residents: residents, insured: insured, stunted: stunted, tall: tall)
    }

    @Test func theRegisterHas151DividedCommunesWhoseCodeLivesOn() {
        let cases = Self.collisions(.shared)
        #expect(cases.count == 151)
        #expect(cases.filter { $0.whole != nil }.count == 112)
        #expect(cases.contains { $0.divided.code.description == "02494" && $0.whole?.code.description == "02482" })
        #expect(cases.contains { $0.divided.code.description == "00967" && $0.whole?.code.description == "00964" })
    }

    /// For each of the 151: a 2024 file of the divided commune and one of a commune merged whole
    /// into the 2025 commune of the same code. Two rows each, with their own file's counts; every
    /// 2025 province's total is the sum of the files placed in it, the country's the sum of all.
    @Test func everyDividedCommuneWhoseCodeLivesOnKeepsItsOwnRow() throws {
        let register = CommuneRegister.shared
        let cases = Self.collisions(register)
        var exports: [Export] = []
        var provinceOf: [Int: String] = [:]
        for (index, item) in cases.enumerated() {
            let province = item.divided.successors[0].provinceCode.description
            provinceOf[exports.count] = province
            exports.append(
                Self.legacyExport(
                    item.divided, residents: 3 + index % 4, insured: 2 + index % 4 - index % 2,
                    stunted: 1 + index % 2, tall: 1))
            if let whole = item.whole {
                provinceOf[exports.count] = province
                exports.append(Self.legacyExport(whole, residents: 5 + index % 3, insured: 4, stunted: index % 3, tall: 2))
            }
        }
        let paths = try Self.write(exports)
        let analysis = Self.analyze(paths, .current)
        #expect(analysis.rejectedFiles.isEmpty)
        #expect(analysis.communes.count == exports.count)

        var fileIndex = 0
        for item in cases {
            let code = item.divided.code.description
            let rows = analysis.communes.filter { $0.commune.code == code }
            let divided = try #require(rows.first { $0.todaysMap?.divided == true }, "\(code)")
            let export = exports[fileIndex]
            #expect(divided.todaysMap?.files == [paths[fileIndex]], "\(code)")
            #expect(Self.counts(divided) == Self.counts(export), "\(code)")
            #expect(divided.todaysMap?.successors.map(\.code) == item.divided.successors.map(\.code), "\(code)")
            #expect(divided.todaysMap?.predecessors == [] && divided.todaysMap?.unknown == false, "\(code)")
            #expect(divided.commune.name == item.divided.name)
            #expect(divided.unit == CommuneUnit(kind: .divided, edition: .legacy, provinceCode: divided.commune.provinceCode, code: code))
            fileIndex += 1
            guard let whole = item.whole else {
                #expect(rows.count == 1, "\(code)")
                continue
            }
            #expect(rows.count == 2, "\(code)")
            let successor = try #require(rows.first { $0.todaysMap?.divided == false }, "\(code)")
            let wholeExport = exports[fileIndex]
            #expect(successor.todaysMap?.files == [paths[fileIndex]], "\(code)")
            #expect(Self.counts(successor) == Self.counts(wholeExport), "\(code)")
            #expect(successor.todaysMap?.predecessors.map(\.code) == [whole.code], "\(code)")
            #expect(successor.todaysMap?.lacksDivided.map(\.code).contains(item.divided.code) == true, "\(code)")
            #expect(successor.todaysMap?.unknown == false, "\(code)")
            #expect(successor.unit.kind == .commune && successor.unit.edition == .current2025)
            // The 2025 commune's row comes first, then the divided one of the same code.
            #expect(analysis.communes.firstIndex { $0.unit == successor.unit }! < analysis.communes.firstIndex { $0.unit == divided.unit }!)
            fileIndex += 1
        }

        // Every 2025 province: the sum of the files placed in it; all of them: the sum of all files.
        var expected: [String: [Int]] = [:]
        for (index, export) in exports.enumerated() {
            let sums = expected[provinceOf[index]!, default: [0, 0, 0, 0, 0]]
            expected[provinceOf[index]!] = zip(sums, [1, export.residents, export.insured, export.stunted + export.tall, export.stunted]).map { $0 + $1 }
        }
        let provinces = Dictionary(
            uniqueKeysWithValues: analysis.provinces.map {
                ($0.code, [$0.communes, $0.figures.population, $0.figures.insured, $0.figures.childrenAssessed, $0.figures.stunted])
            })
        #expect(provinces == expected)
        #expect(analysis.provinces.map(\.figures.population).reduce(0, +) == exports.map(\.residents).reduce(0, +))
        #expect(analysis.provinces.map(\.figures.stunted).reduce(0, +) == exports.map(\.stunted).reduce(0, +))
    }

    /// Tuyên Quang's two cases end to end in every format: the rows say what they are.
    @Test func thaiBinhInEveryFormat() throws {
        let register = CommuneRegister.shared
        let thaiBinh = try #require(register.legacyCommune(CommuneCode("02494")!))
        let phuThinh = try #require(register.legacyCommune(CommuneCode("02482")!))
        let paths = try Self.write([
            Self.legacyExport(thaiBinh, residents: 4, insured: 3, stunted: 2, tall: 1),
            Self.legacyExport(phuThinh, residents: 6, insured: 6, stunted: 0, tall: 2),
        ])
        let analysis = Self.analyze(paths, .current)
        #expect(
            analysis.communes.map { "\($0.commune.code) \($0.commune.name) \($0.unit.kind) \($0.figures.population)" }
                == ["02494 Xã Thái Bình commune 6", "02494 Xã Thái Bình divided 4"])
        #expect(analysis.provinces.map(\.communes) == [2])
        #expect(analysis.provinces.map(\.figures.population) == [10])

        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.render(analysis).utf8)) as? [String: Any])
        let communes = try #require(json["communes"] as? [[String: Any]])
        #expect(communes.map { $0["divided"] as? Bool } == [false, true])
        #expect(communes.map { $0["population"] as? Int } == [6, 4])
        #expect(communes.map { ($0["predecessors"] as? [[String: Any]])?.compactMap { $0["code"] as? String } } == [["02482"], []])

        let csv = CSVReport.render(analysis).split(separator: "\r\n").filter { $0.hasPrefix("commune,") }
        #expect(csv.count == 2)
        #expect(csv[0].hasPrefix("commune,02494,Xã Thái Bình,08,,2024-01-01,2024-12-31,2024-12-31,1,6,6,"))
        #expect(csv[1].hasPrefix("commune,02494,Xã Thái Bình,08,,2024-01-01,2024-12-31,2024-12-31,1,4,3,"))
        #expect(csv[0].contains(",02482,02494,false,false,") && csv[1].contains(",,,true,false,"))

        let table = TableReport.render(analysis)
        #expect(table.contains("\n  02494 Xã Thái Bình        6 "))
        #expect(table.contains("\n  02494 ÷Xã Thái Bình       4 "))
        #expect(table.contains("\n  ÷ divided legacy commune, a row of its own   ? code not in the register\n"))
        let vi = TableReport.render(analysis, language: .vi)
        #expect(vi.contains("\n  ÷ xã cũ bị chia tách, một dòng riêng   ? mã không có trong danh mục\n"))

        let markdown = MarkdownReport.render(analysis)
        #expect(markdown.contains("| 02494 | Xã Thái Bình (legacy commune, divided) |"))
        #expect(
            markdown.contains(
                "| 02494 Xã Thái Bình | 2024 | 02482 Xã Phú Thịnh | no file from 02500 Xã Tiến Bộ; lacks the divided parts of 02494 Xã Thái Bình |"))
        #expect(markdown.contains("| 02494 Xã Thái Bình | 2024 |  | divided among several 2025 communes: 02212 Phường Nông Tiến, 02494 Xã Thái Bình |"))
        let html = HTMLReport.render(analysis)
        #expect(html.contains("<td>Xã Thái Bình (legacy commune, divided)</td>"))
        #expect(HTMLReport.render(analysis, language: .vi).contains("<td>Xã Thái Bình (xã cũ, đã chia tách)</td>"))

        let (folder, book) = try XLSXReportTests.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try XLSXListSheetTests.Sheet(book, "Communes")
        #expect(try [2, 3].map { try sheet.cell("Divided among several 2025 communes", $0)?.string } == ["no", "yes"])
        #expect(try [2, 3].map { try sheet.cell("Coverage: residents", $0)?.value } == ["6", "4"])

        // Reported units: the files as they are, nothing marked.
        let reported = Self.analyze(paths, .reported)
        #expect(!TableReport.render(reported).contains("÷"))
        #expect(!MarkdownReport.render(reported).contains("legacy commune, divided"))
    }

    /// The people found in two files: each place named by its own file's commune, and counted for the
    /// row of today's map that holds the file, whichever of the row's files it is.
    @Test func duplicatePeopleFollowTheirFilesRow() throws {
        let register = CommuneRegister.shared
        let commune = { (code: String) in try #require(register.legacyCommune(CommuneCode(code)!)) }
        var tienBo = Self.legacyExport(try commune("02500"), residents: 2, insured: 2, stunted: 0, tall: 0)
        tienBo.cards = 500
        var thaiBinh = Self.legacyExport(try commune("02494"), residents: 3, insured: 3, stunted: 0, tall: 0)
        thaiBinh.cards = 501
        let paths = try Self.write([
            Self.legacyExport(try commune("02482"), residents: 2, insured: 2, stunted: 0, tall: 0),
            tienBo, thaiBinh,
        ])
        let analysis = Self.analyze(paths, .current)
        #expect(analysis.duplicatePeople.map(\.places.count) == [2])
        let byUnit = DuplicatePeopleByUnit(analysis)
        // 02482 and 02500 make the row of the 2025 commune 02494 (its file is 02482's); 02494 is divided.
        #expect(analysis.communes.map { "\($0.unit.kind) \(byUnit.count(file: $0.file))" } == ["commune 1", "divided 1"])
        #expect(analysis.provinces.map { byUnit.count($0) } == [1])
        let places = CardContent.places(analysis.duplicatePeople[0], CardContent.communeNames(analysis))
        #expect(places == "\(paths[2]):6 (Xã Thái Bình, 02494); \(paths[1]):7 (Xã Tiến Bộ, 02500)")
    }

    /// `generate --legacy-communes`: codes of the province's legacy communes, or exit status 64.
    @Test func generateTakesLegacyCommunes() throws {
        let folder = scratchFolder("legacy-communes").path
        let written = try CommandLineTool.run(["generate", "--out", folder, "--legacy-communes", "02482, 02494", "--residents", "40"])
        #expect(written.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["08-075-02482-2024.xml", "08-075-02494-2024.xml"])
        let malformed = try CommandLineTool.run(["generate", "--out", folder, "--legacy-communes", "2482"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("--legacy-communes must be commune codes of 5 digits separated by commas"))
        let elsewhere = try CommandLineTool.run(["generate", "--out", folder, "--legacy-communes", "00757"])
        #expect(elsewhere.status != 0)
        #expect(elsewhere.stderr.contains("--legacy-communes: 00757 is not a commune of province 08 on the legacy map"))
    }

    /// An unknown code equal to a 2025 code. Every 2025 code of the shipped register is also a legacy
    /// code, so a register is made where the 2025 commune 02212 was formed from 02209 alone and
    /// 02212 is no legacy code: a 2024 file of 02212 is unknown, one of 02209 goes to 02212.
    @Test func anUnknownCodeEqualToA2025CodeKeepsItsOwnRow() throws {
        let header =
            "legacyProvinceCode,legacyProvinceName,legacyDistrictCode,legacyDistrictName,legacyCommuneCode,"
            + "legacyCommuneName,divided,provinceCode,provinceName,communeCode,communeName\n"
        let rows =
            "08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02209,Xã Tràng Đà,no,08,Tỉnh Tuyên Quang,02212,Phường Nông Tiến\n"
            + "08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02215,Phường Ỷ La,no,08,Tỉnh Tuyên Quang,02215,Phường Minh Xuân\n"
        let register = try CommuneRegister(csv: Array((header + rows).utf8))
        let district = RegisterDistrict(code: DistrictCode("070")!, name: "Thành phố Tuyên Quang")
        let paths = try Self.write([
            Export(
                code: "02212", name: "Phường Nông Tiến", provinceCode: "08", district: district, year: 2024,
                residents: 5, insured: 4, stunted: 1, tall: 1),
            Export(
                code: "02209", name: "Xã Tràng Đà", provinceCode: "08", district: district, year: 2024,
                residents: 7, insured: 7, stunted: 2, tall: 3),
        ])
        let analysis = Self.analyze(paths, .current, register: register)
        #expect(
            analysis.communes.map { "\($0.commune.code) \($0.unit.kind) \($0.figures.population) \($0.figures.stunted)" }
                == ["02212 commune 7 2", "02212 unknown 5 1"])
        #expect(analysis.communes[0].todaysMap?.predecessors.map(\.code.description) == ["02209"])
        #expect(analysis.communes[1].todaysMap?.predecessors == [] && analysis.communes[1].todaysMap?.files == [paths[0]])
        #expect(analysis.provinces.map { [$0.communes, $0.figures.population, $0.figures.stunted] } == [[2, 12, 3]])
        #expect(TableReport.render(analysis).contains("\n  02212 ?Phường Nông…       5  80.0%*"))
    }

    /// A period that straddles 2025-07-01: a file on the legacy map (reference date 2025-06-30) and
    /// one on the 2025 map of the same code are two communes, not a resubmission of one.
    @Test func aLegacyAndA2025FileOfOneCodeInOnePeriodAreTwoUnits() throws {
        let register = CommuneRegister.shared
        let thaiBinh = try #require(register.legacyCommune(CommuneCode("02494")!))
        var legacy = Self.legacyExport(thaiBinh, residents: 4, insured: 3, stunted: 1, tall: 1)
        legacy.year = 2025
        legacy.referenceDate = "2025-06-30"
        let current = Export(
            code: "02494", name: "Xã Thái Bình", provinceCode: "08", district: nil, year: 2025,
            residents: 9, insured: 8, stunted: 0, tall: 3)
        let paths = try Self.write([legacy, current])
        for units in MapUnits.allCases {
            let analysis = Self.analyze(paths, units)
            #expect(analysis.rejectedFiles.isEmpty && analysis.supersededFiles.isEmpty, "\(units)")
            #expect(analysis.communes.map(\.figures.population) == [9, 4], "\(units)")
        }
        let current2025 = Self.analyze(paths, .current)
        #expect(current2025.communes.map(\.unit.kind) == [.commune, .divided])
        // Completeness: one row per map, each commune received on its own map.
        #expect(current2025.completeness.map { "\($0.edition.rawValue) \($0.received)" } == ["legacy 1", "2025 1"])
    }
}
