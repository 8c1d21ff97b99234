import Foundation
import Testing
@testable import CommuneHealth
@testable import CommuneHealthGenerator

/// `generate`: deterministic, valid per the spec, and shaped like the province it imitates.
@Suite struct GeneratorTests {
    /// Writes a province into a fresh temporary folder; returns the folder, the summary and the
    /// files (sorted by name) with their bytes.
    private func generateProvince(
        communes: Int, residents: Int, seed: UInt64, year: Int = 2024, province: String = "08",
        nationalNumbers: Bool = false, mess: Int = 0
    ) throws
        -> (folder: URL, summary: GenerationSummary, files: [(name: String, bytes: Data)])
    {
        let folder = scratchFolder("generator-tests")
            .appendingPathComponent("out", isDirectory: true)  // not there yet: write(to:) creates it
        let options = GeneratorOptions(
            communes: communes, residents: residents, seed: seed, year: year, province: province,
            nationalNumbers: nationalNumbers, mess: mess)
        let summary = try ProvinceGenerator(options: options).write(to: folder.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let files = try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
        return (folder, summary, files)
    }

    private func removeProvince(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    /// Every file read back and summarised as `analyze` does.
    private func readProvince(_ folder: URL, _ names: [String]) -> [CommuneSummary] {
        names.compactMap { name in
            let path = folder.appendingPathComponent(name).path
            switch ExportReader().read(path: path) {
            case .accepted(let contents):
                return CommuneSummary(contents: contents, anthropometry: Anthropometry())
            case .rejected(let rejection):
                Issue.record("generated file rejected: \(rejection)")
                return nil
            }
        }
    }

    @Test func sameSeedGivesIdenticalBytes() throws {
        let first = try generateProvince(communes: 9, residents: 2_500, seed: 42)
        let second = try generateProvince(communes: 9, residents: 2_500, seed: 42)
        defer { removeProvince(first.folder); removeProvince(second.folder) }
        #expect(first.files.map(\.name) == second.files.map(\.name))
        #expect(first.files.map(\.bytes) == second.files.map(\.bytes))
        #expect(first.summary.residents == second.summary.residents)
        #expect(first.summary.measurements == second.summary.measurements)
    }

    @Test func differentSeedGivesDifferentExports() throws {
        let first = try generateProvince(communes: 9, residents: 2_500, seed: 42)
        let second = try generateProvince(communes: 9, residents: 2_500, seed: 43)
        defer { removeProvince(first.folder); removeProvince(second.folder) }
        #expect(first.files.count == second.files.count)
        #expect(first.files.map(\.bytes) != second.files.map(\.bytes))
    }

    @Test func everyFileIsAValidExport() throws {
        let communes = 14, residents = 4_000
        let province = try generateProvince(communes: communes, residents: residents, seed: 7, year: 2023)
        defer { removeProvince(province.folder) }
        #expect(province.files.count == communes)
        #expect(province.summary.files == communes)
        #expect(province.summary.residents == residents)

        let summaries = readProvince(province.folder, province.files.map(\.name))
        #expect(summaries.count == communes)
        for summary in summaries {
            #expect(summary.invalidRecords.isEmpty, "\(summary.file): \(summary.invalidRecords.prefix(3))")
            #expect(summary.warnings.isEmpty, "\(summary.file): \(summary.warnings.prefix(3))")
            #expect(summary.figures.excludedRecords == 0)
            #expect(summary.figures.implausibleChildren == 0)
            #expect(summary.figures.outOfAgeChildren == 0)
            #expect(summary.figures.population >= 1)
            #expect(summary.commune.provinceCode == "08")
            #expect(summary.commune.provinceName == "Tỉnh Tuyên Quang")
            #expect(["070", "071", "072", "073", "074", "075", "076"].contains(summary.commune.districtCode ?? ""))
            #expect(["Xã ", "Phường ", "Thị trấn "].contains { summary.commune.name.hasPrefix($0) })
            #expect(
                summary.commune.code.count == 5 && summary.commune.code.allSatisfy(\.isASCII)
                    && summary.commune.code.allSatisfy(\.isNumber))
            #expect(summary.period.from == CalendarDate("2023-01-01"))
            #expect(summary.period.to == CalendarDate("2023-12-31"))
            #expect(summary.period.referenceDate == CalendarDate("2023-12-31"))
            #expect(summary.generated != nil)
            #expect(summary.file.hasSuffix("-\(summary.commune.code)-2023.xml"))
        }
        #expect(summaries.reduce(0) { $0 + $1.figures.population } == residents)
        #expect(Set(summaries.map(\.commune.code)).count == communes)
        #expect(Set(summaries.compactMap(\.commune.districtCode)).count >= 4)
        #expect(summaries.reduce(0) { $0 + $1.figures.childrenAssessed } > 0)

        let text = province.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        #expect(text.components(separatedBy: "<measurement ").count - 1 == province.summary.measurements)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<healthStationExport xmlns=\"urn:commune-health:export:1\""))
    }

    @Test func cardNumbersLookReal() throws {
        let province = try generateProvince(communes: 3, residents: 1_500, seed: 11)
        defer { removeProvince(province.folder) }
        let text = province.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        let numbers = text.components(separatedBy: "number=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(numbers.count > 1_000)
        var tenDigits = 0
        for number in numbers {
            var copy = number
            let card = copy.withUTF8 { CardNumber(bytes: ByteView($0)) }
            #expect(card.malformation == nil && card.warning { number } == nil, "card number \(number)")
            if card.form == .tenDigit { tenDigits += 1; continue }
            #expect(card.provinceCode == 8, "issued outside the province: \(number)")
            // The benefit level of the group (Decision 1351/QĐ-BHXH).
            let levels: [String: UInt8] = [
                "TE": 1, "CC": 1, "HN": 2, "DT": 2, "BT": 2, "HT": 3, "CN": 3,
                "HS": 4, "SV": 4, "HC": 4, "DN": 4, "GD": 4,
            ]
            #expect(card.benefitLevel == levels[String(number.prefix(2))], "benefit level of \(number)")
        }
        #expect(tenDigits > 0 && tenDigits < numbers.count / 10)
        #expect(numbers.contains { $0.hasPrefix("TE1") })
        #expect(Set(numbers.map { $0.prefix(2) }).count >= 6)
    }

    @Test func socialInsuranceNumbersAreOnePerPersonButAFewPeopleLiveInTwoCommunes() {
        var seen = Set<Int>()
        var twins = 0
        for place in 0..<40 {
            for person in 0..<5_000 {
                let plan = CardNumberPlan(place: place, twin: place == 0 ? nil : place - 1, person: person, year: 2024)
                let own = CardNumberPlan(place: place, twin: nil, person: person, year: 2024)
                if plan.digits != own.digits {
                    twins += 1
                    // The number of the person at the same place of the twin commune's roster.
                    #expect(plan.digits == CardNumberPlan(place: place - 1, twin: nil, person: person, year: 2024).digits)
                    #expect(plan.origin == CardNumberPlan(place: place - 1, twin: nil, person: person, year: 2024).origin)
                }
                #expect(seen.insert(own.digits).inserted, "two people share \(own.digits)")
            }
        }
        #expect((10...50).contains(twins))  // about 1 in 8,000 of 195,000
    }

    /// What the generator counts while writing is what the reader computes from the file.
    @Test func writerFiguresAgreeWithTheReader() throws {
        let writers = try ProvinceGenerator(options: GeneratorOptions(communes: 6, residents: 3_000, seed: 5, year: 2022))
            .communeWriters()
        for writer in writers {
            let (bytes, figures) = writer.render()
            guard case .accepted(let contents) = ExportReader().read(bytes: bytes, file: writer.fileName) else {
                Issue.record("\(writer.fileName) rejected")
                continue
            }
            let computed = CommuneSummary(contents: contents, anthropometry: Anthropometry()).figures
            #expect(computed.population == figures.population)
            #expect(computed.insured == figures.insured)
            #expect(computed.childrenAssessed == figures.childrenAssessed)
            #expect(computed.stunted == figures.stunted)
        }
    }

    @Test func reportedSummaryMostlyAgrees() throws {
        let province = try generateProvince(communes: 40, residents: 8_000, seed: 3)
        defer { removeProvince(province.folder) }
        let summaries = readProvince(province.folder, province.files.map(\.name))
        #expect(summaries.allSatisfy { $0.reportedSummary != nil })
        let disagreeing = summaries.filter { !$0.reportedDisagreements.isEmpty }.count
        #expect(disagreeing > 0)
        #expect(disagreeing * 4 < summaries.count)
    }

    @Test func sameCommunesEveryYearWithATrend() throws {
        let early = try generateProvince(communes: 24, residents: 40_000, seed: 2024, year: 2021)
        let late = try generateProvince(communes: 24, residents: 40_000, seed: 2024, year: 2024)
        defer { removeProvince(early.folder); removeProvince(late.folder) }
        let before = readProvince(early.folder, early.files.map(\.name))
        let after = readProvince(late.folder, late.files.map(\.name))
        #expect(before.map(\.commune.code) == after.map(\.commune.code))
        #expect(before.map(\.commune.name) == after.map(\.commune.name))
        #expect(before.map(\.figures.population) == after.map(\.figures.population))

        let total = { (summaries: [CommuneSummary]) in summaries.map(\.figures).reduce(Figures(), +) }
        let (from, to) = (total(before), total(after))
        #expect(to.coverage! > from.coverage!)
        #expect(to.stuntingRate! < from.stuntingRate!)
        // Realistic levels: coverage in the nineties, stunting between a tenth and a third.
        for figures in [from, to] {
            #expect(figures.coverage! > 0.9 && figures.coverage! < 1)
            #expect(figures.stuntingRate! > 0.1 && figures.stuntingRate! < 0.33)
        }
    }

    @Test func oneResidentPerCommuneAtTheLeast() throws {
        let province = try generateProvince(communes: 8, residents: 8, seed: 1)
        defer { removeProvince(province.folder) }
        let summaries = readProvince(province.folder, province.files.map(\.name))
        #expect(summaries.map(\.figures.population) == Array(repeating: 1, count: 8))
    }

    /// The register's communes: every legacy commune of the province when asked for more than it
    /// has; fewer are whole groups of the 2025 communes they form, spread over the districts.
    @Test func communesComeFromTheRegister() throws {
        let all = try ProvinceGeography.selection(count: 140, seed: 9)
        #expect(all.count == 137)
        #expect(all.map(\.code) == CommuneRegister.shared.communes(ofProvince: ProvinceCode("08")!, in: .legacy).map(\.code.description))
        let hàGiang = try ProvinceGeography.selection(count: 500, seed: 9, province: ProvinceCode("02")!)
        #expect(hàGiang.count == 193 && hàGiang.allSatisfy { $0.provinceName == "Tỉnh Hà Giang" })
        let some = try ProvinceGeography.selection(count: 12, seed: 9)
        #expect(some.count == 12 && Set(some.map(\.district.code)).count >= 3)
        let units = ProvinceGeography.units2025(of: some)
        for unit in units {
            let predecessors = CommuneRegister.shared.commune2025(CommuneCode(unit.code)!)!.predecessors
            #expect(Set(unit.parts.map { some[$0.place].code }) == Set(predecessors.map(\.code.description)), "\(unit.code)")
        }
        #expect(throws: GeneratorError.self) { try ProvinceGeography.selection(count: 3, seed: 9, province: ProvinceCode("03")!) }
    }

    /// `--legacy-communes`: exactly the communes named, a divided one too; in 2025 the communes that
    /// receive them, which hold the same people when every legacy commune of theirs is named.
    @Test func namedLegacyCommunesADividedOneToo() throws {
        let codes = ["02209", "02212", "02482", "02494", "02500"]
        let places = try ProvinceGeography.places(codes: ["02500", "02494", "02482", "02212", "02209"], province: ProvinceCode("08")!)
        #expect(
            places.map { "\($0.code) \($0.name) \($0.district.code)" }
                == [
                    "02209 Xã Tràng Đà 070", "02212 Phường Nông Tiến 070", "02482 Xã Phú Thịnh 075",
                    "02494 Xã Thái Bình 075", "02500 Xã Tiến Bộ 075",
                ])
        // The divided 02494 gives a share to each of its two successors.
        #expect(
            ProvinceGeography.units2025(of: places).map { "\($0.code) \($0.parts.map { "\($0.place):\($0.share)/\($0.shares)" })" }
                == ["02212 [\"0:0/1\", \"1:0/1\", \"3:0/2\"]", "02494 [\"2:0/1\", \"3:1/2\", \"4:0/1\"]"])
        #expect(throws: GeneratorError.self) { try ProvinceGeography.places(codes: ["02209", "00757"], province: ProvinceCode("08")!) }

        func write(_ year: Int) throws -> (URL, [CommuneSummary]) {
            let folder = scratchFolder("generator-tests")
                .appendingPathComponent("out")
            let options = GeneratorOptions(communes: codes.count, residents: 1_000, seed: 33, year: year, legacyCommunes: codes)
            _ = try ProvinceGenerator(options: options).write(to: folder.path)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            return (folder, readProvince(folder, names))
        }
        let (legacyFolder, legacy) = try write(2024)
        let (currentFolder, current) = try write(2025)
        defer { removeProvince(legacyFolder); removeProvince(currentFolder) }
        #expect(legacy.map(\.commune.code) == codes && legacy.allSatisfy { $0.warnings.isEmpty })
        #expect(current.map(\.commune.code) == ["02212", "02494"] && current.allSatisfy { $0.warnings.isEmpty })
        #expect(legacy.map(\.figures.population).reduce(0, +) == 1_000)
        #expect(current.map(\.figures.population).reduce(0, +) == 1_000)
    }

    /// `--falling-behind`: the communes named grow worse each year, the others are written as ever.
    @Test func fallingBehindCommunesWorsenAndNoOtherChanges() throws {
        let codes = ["02221", "02281", "02284", "02290", "02296"]
        func write(_ year: Int, fallingBehind: [String]) throws -> (URL, [String: Data], [CommuneSummary]) {
            let folder = scratchFolder("generator-tests")
                .appendingPathComponent("out")
            var options = GeneratorOptions(communes: codes.count, residents: 2_000, seed: 33, year: year, legacyCommunes: codes)
            options.fallingBehindCommunes = fallingBehind
            _ = try ProvinceGenerator(options: options).write(to: folder.path)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            var bytes: [String: Data] = [:]
            for name in names { bytes[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
            return (folder, bytes, readProvince(folder, names))
        }
        let naHang = ["02221", "02281", "02284"]
        let (plainFolder, plain, plainSummaries) = try write(2025, fallingBehind: [])
        let (behindFolder, behind, behindSummaries) = try write(2025, fallingBehind: naHang)
        let (firstFolder, first, _) = try write(2021, fallingBehind: [])
        let (firstBehindFolder, firstBehind, _) = try write(2021, fallingBehind: naHang)
        defer { [plainFolder, behindFolder, firstFolder, firstBehindFolder].forEach(removeProvince) }
        // 2021 is the year the trend starts from: the same bytes.
        #expect(first == firstBehind)
        // 2025: Xã Nà Hang (02221, of the three) changes, Xã Bình An (02296) does not.
        #expect(plain.keys.sorted() == behind.keys.sorted() && plain.count == 2)
        let changed = plain.keys.filter { plain[$0] != behind[$0] }
        #expect(changed.count == 1 && changed[0].contains("02221"))
        let stunted = { (summaries: [CommuneSummary]) in summaries.first { $0.commune.code == "02221" }?.figures.stunted ?? 0 }
        #expect(stunted(behindSummaries) > stunted(plainSummaries))
        #expect(behindSummaries.map(\.figures.population) == plainSummaries.map(\.figures.population))
    }

    /// Hà Giang (02): its own legacy codes, names and districts, more H'Mông and Dao, more stunting.
    @Test func haGiangIsMoreOftenStunted() throws {
        let haGiang = try generateProvince(communes: 40, residents: 60_000, seed: 2024, province: "02")
        let tuyenQuang = try generateProvince(communes: 40, residents: 60_000, seed: 2024)
        defer { removeProvince(haGiang.folder); removeProvince(tuyenQuang.folder) }
        let hg = readProvince(haGiang.folder, haGiang.files.map(\.name))
        let tq = readProvince(tuyenQuang.folder, tuyenQuang.files.map(\.name))
        #expect(hg.count == 40 && hg.allSatisfy { $0.commune.provinceCode == "02" && $0.warnings.isEmpty })
        let total = { (summaries: [CommuneSummary]) in summaries.map(\.figures).reduce(Figures(), +) }
        let (hgFigures, tqFigures) = (total(hg), total(tq))
        #expect(hgFigures.stuntingRate! > tqFigures.stuntingRate! + 0.08, "\(hgFigures.stuntingRate!) vs \(tqFigures.stuntingRate!)")
        let share = { (figures: Figures, groups: [String]) in
            Double(groups.reduce(0) { $0 + (figures.coverageGroups.byEthnicity[$1]?.total ?? 0) }) / Double(figures.population)
        }
        #expect(share(hgFigures, ["H'Mông", "Dao"]) > 2 * share(tqFigures, ["H'Mông", "Dao"]))
    }

    /// Thanh Hóa (38) has 185 pairs of legacy communes whose codes are equal modulo 400: numbered
    /// by commune code (the default) their people share numbers, as if registered twice; with
    /// `--national-numbers` each commune has a range of its own and the province's own code, so
    /// only the people registered in two neighbouring communes on purpose share one.
    @Test func nationalNumbersAreUniqueInAProvinceWithManyCommunes() throws {
        let byCode = try generateProvince(communes: 600, residents: 547 * 20, seed: 3, province: "38")
        let national = try generateProvince(communes: 600, residents: 547 * 20, seed: 3, province: "38", nationalNumbers: true)
        defer { removeProvince(byCode.folder); removeProvince(national.folder) }
        #expect(byCode.summary.files == 547 && national.summary.files == 547)
        let duplicates = { (folder: URL) in
            Analyzer(jobs: 2).analyze(files: try InputFiles.collect([folder.path])).duplicatePeople
        }
        let shared = try duplicates(byCode.folder), own = try duplicates(national.folder)
        #expect(shared.count > 1_000, "\(shared.count)")
        #expect(own.count == 0)
        // A 15-character number: group, benefit level, issuing province, the 10 digits; or the 10 digits alone.
        let numbers = national.files.flatMap { file in
            String(decoding: file.bytes, as: UTF8.self).split(separator: "number=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        }
        #expect(numbers.count > 10_000)
        #expect(numbers.allSatisfy { ($0.count == 15 && $0.dropFirst(3).hasPrefix("3838")) || ($0.count == 10 && $0.hasPrefix("38")) })
    }

    /// Hải Dương (30) and Hải Phòng (31) form one 2025 province, and some of its 2025 communes hold
    /// legacy communes of both: generated together, each is written once, with the people of
    /// both, each carrying their own province's card numbers.
    @Test func legacyProvincesGeneratedTogetherWriteEach2025CommuneOnce() throws {
        let both = try generateProvince(
            communes: 1_000, residents: 9_040, seed: 3, year: 2025, province: "30,31",
            nationalNumbers: true)
        defer { removeProvince(both.folder) }
        let names = both.files.map(\.name)
        #expect(names.count == 113 && Set(names.map { $0.split(separator: "-")[1] }).count == 113)
        let kimThanh = String(decoding: try #require(both.files.first { $0.name == "31-10804-2025.xml" }).bytes, as: UTF8.self)
        #expect(kimThanh.contains("id=\"R10801") && kimThanh.contains("id=\"R11890"))
        // Hải Dương's people (legacy commune 10801) carry 30, Hải Phòng's (11890) 31.
        let cards = kimThanh.split(separator: "<resident ").dropFirst().compactMap { resident -> (String, Substring)? in
            guard let id = resident.range(of: "id=\"R"), let card = resident.range(of: "number=\"") else { return nil }
            let number = resident[card.upperBound...].prefix { $0 != "\"" }
            return (String(resident[id.upperBound...].prefix(5)), number.suffix(10).prefix(2))
        }
        #expect(cards.contains { $0.0 == "10801" } && cards.contains { $0.0 == "11890" })
        #expect(cards.allSatisfy { $0.1 == (Int($0.0)! < 11_000 ? "30" : "31") })
        let readBack = Analyzer(jobs: 2).analyze(files: try InputFiles.collect([both.folder.path]), units: .current)
        #expect(readBack.rejectedFiles.isEmpty && readBack.supersededFiles.isEmpty && readBack.duplicatePeople.isEmpty)
    }

    /// A 2025 commune holds the people of its legacy communes' files of 2024, a year older: the
    /// same ids but for a few births, deaths and moves, and the same number of residents.
    @Test func a2025CommuneHoldsItsPredecessorsPeople() throws {
        let before = try generateProvince(communes: 6, residents: 3_000, seed: 4, year: 2024)
        let after = try generateProvince(communes: 6, residents: 3_000, seed: 4, year: 2025)
        defer { removeProvince(before.folder); removeProvince(after.folder) }
        let old = readProvince(before.folder, before.files.map(\.name))
        let new = readProvince(after.folder, after.files.map(\.name))
        #expect(new.count < old.count)
        for summary in new {
            #expect(summary.warnings.isEmpty, "\(summary.file): \(summary.warnings.prefix(3))")
            #expect(summary.commune.districtCode == nil && summary.commune.provinceCode == "08")
        }
        #expect(new.reduce(0) { $0 + $1.figures.population } == 3_000)
        let ids = { (files: [(name: String, bytes: Data)]) in
            Set(
                files.flatMap {
                    String(decoding: $0.bytes, as: UTF8.self).components(separatedBy: "<resident id=\"").dropFirst()
                        .map { String($0.prefix { $0 != "\"" }) }
                })
        }
        let (oldIDs, newIDs) = (ids(before.files), ids(after.files))
        #expect(oldIDs.intersection(newIDs).count > 2_800)
    }

    /// The weight-based figures of one small commune, exactly: a change to how weights are drawn
    /// shows here first.
    @Test func weightFiguresOfASmallCommune() throws {
        let writers = try ProvinceGenerator(
            options: GeneratorOptions(
                communes: 2, residents: 6_000, seed: 17, year: 2024,
                poorMeasuringCommunes: 0)
        )
        .communeWriters()
        let writer = writers[0]
        guard case .accepted(let contents) = ExportReader().read(bytes: writer.render().bytes, file: writer.fileName) else {
            Issue.record("\(writer.fileName) rejected")
            return
        }
        let figures = CommuneSummary(contents: contents, anthropometry: Anthropometry()).figures
        let counts = { (indicator: Indicator) in
            [figures[indicator].assessed, figures[indicator].cases, figures[indicator].severe]
        }
        #expect(writer.fileName == "08-070-02521-2024.xml")
        #expect(counts(.stunting) == [122, 11, 6])
        #expect(counts(.underweight) == [111, 5, 1])
        #expect(counts(.wasting) == [110, 0, 0])
        #expect(counts(.overweight) == [110, 6, 0])
        #expect(contents.usedMeasurements.filter(\.oedema).count == 0)
    }

    /// Every measurement is weighed, save in the few stations that skip one in ten, and every
    /// weight is positive, with one decimal, and gives an unflagged z-score.
    @Test func everyWeightIsPositiveAndPlausible() throws {
        let province = try generateProvince(communes: 20, residents: 12_000, seed: 8)
        defer { removeProvince(province.folder) }
        let text = province.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        let weights = text.components(separatedBy: "weightKg=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(weights.count > province.summary.measurements * 9 / 10)
        #expect(weights.count <= province.summary.measurements)
        for weight in weights {
            let digits = weight.split(separator: ".")
            #expect(digits.count == 2 && digits[1].count == 1, "weightKg=\"\(weight)\"")
            #expect((Double(weight) ?? 0) > 0, "weightKg=\"\(weight)\"")
        }
        for summary in readProvince(province.folder, province.files.map(\.name)) {
            #expect(summary.flaggedMeasurements.isEmpty, "\(summary.file): \(summary.flaggedMeasurements.prefix(3))")
            #expect(summary.warnings.isEmpty)
        }
    }

    /// Across a province, wasting and overweight are a few percent each (some communes more),
    /// underweight a little more, and about one child in 500 has oedema, each counted as a
    /// severe case of underweight and wasting.
    @Test func provinceWeightFiguresAreRealistic() throws {
        let province = try generateProvince(communes: 60, residents: 90_000, seed: 2024)
        defer { removeProvince(province.folder) }
        let summaries = readProvince(province.folder, province.files.map(\.name))
        let total = summaries.map(\.figures).reduce(Figures(), +)
        let wasting = total[.wasting].rate!, overweight = total[.overweight].rate!, underweight = total[.underweight].rate!
        #expect(wasting > 0.02 && wasting < 0.08, "wasting \(wasting)")
        #expect(overweight > 0.01 && overweight < 0.06, "overweight \(overweight)")
        #expect(underweight > wasting && underweight < 0.2, "underweight \(underweight)")
        #expect(total[.wasting].severe > 0 && total[.wasting].severe < total[.wasting].cases / 2)
        // Communes differ: some clearly above the province's rates.
        let stable = summaries.map(\.figures).filter { $0[.wasting].assessed >= 100 }
        #expect(stable.count >= 10)
        #expect(stable.contains { $0[.wasting].rate! > wasting * 1.5 })
        #expect(stable.contains { $0[.overweight].rate! > overweight * 1.5 })

        let text = province.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        let oedema = text.components(separatedBy: "oedema=\"true\"").count - 1
        let children = total[.wasting].assessed
        #expect(oedema * 1_000 > children && oedema * 250 < children, "\(oedema) with oedema among \(children) children")
        // Written on the measurement used, so each one counts as a severe case.
        #expect(total[.wasting].severe >= oedema && total[.underweight].severe >= oedema)
        #expect(total[.overweight].assessed == total[.wasting].assessed)
    }

    /// `--mess`: the fixture's two messy communes, byte for byte, and each kind of problem counted.
    @Test func messyExportsHoldEveryKindOfProblemAtTheirRate() throws {
        let messy = try generateProvince(communes: 2, residents: 500, seed: 11, mess: 10)
        defer { removeProvince(messy.folder) }
        #expect(messy.files.map(\.name) == ["08-071-02251-2024.xml", "08-071-02269-2024.xml"])
        for file in messy.files {
            #expect(file.bytes == (try Data(contentsOf: URL(fileURLWithPath: fixture("messy/" + file.name)))))
        }
        let summaries = readProvince(messy.folder, messy.files.map(\.name))
        var kinds: [String: Int] = [:]
        for summary in summaries {
            for warning in summary.warnings {
                switch warning.reason {
                case .card(.childCardAged6OrMore): kinds["TE card at 6 or more", default: 0] += 1
                case .standingUnderNineMonths: kinds["standing under 9 months", default: 0] += 1
                case .geography(.nameDiffers): kinds["name differs", default: 0] += 1
                default: kinds["other warning", default: 0] += 1
                }
            }
            for record in summary.invalidRecords {
                switch record.reason {
                case .cardEndsBeforeStart: kinds["card dates out of order", default: 0] += 1
                case .measuredBeforeBirth: kinds["measured before birth", default: 0] += 1
                default: kinds["other invalid record", default: 0] += 1
                }
            }
        }
        #expect(
            kinds == [
                "TE card at 6 or more": 363, "standing under 9 months": 6, "name differs": 2,
                "card dates out of order": 14, "measured before birth": 5,
            ])
        // Without the option, or with 0, the clean province's bytes.
        let clean = try generateProvince(communes: 2, residents: 500, seed: 11)
        let zero = try generateProvince(communes: 2, residents: 500, seed: 11, mess: 0)
        defer { removeProvince(clean.folder); removeProvince(zero.folder) }
        #expect(zero.files.map(\.bytes) == clean.files.map(\.bytes))
        #expect(readProvince(clean.folder, clean.files.map(\.name)).allSatisfy { $0.warnings.isEmpty && $0.invalidRecords.isEmpty })
    }

    @Test func messyCountsAndNames() {
        var random = GeneratorRandom(1, 2, 3)
        #expect((0..<5).map { _ in Messiness.count(2.0, &random) } == [2, 2, 2, 2, 2])
        #expect((0..<5).map { _ in Messiness.count(0.0, &random) } == [0, 0, 0, 0, 0])
        // 1.5 on average: 1 or 2, the same sum for the same stream.
        let draws = (0..<1000).map { _ in Messiness.count(1.5, &random) }
        #expect(Set(draws) == [1, 2])
        #expect(draws.reduce(0, +) == 1521)
        #expect(Messiness.withoutDiacritics("Xã Thượng Sơn") == "Xa Thuong Son")
        #expect(Messiness.withoutDiacritics("Phường Đồng Tâm") == "Phuong Dong Tam")
    }

    @Test func attributeTextIsEscaped() {
        #expect(xmlAttributeEscaped("Xã Đồng & Quý \"A\" <B> H'Mông") == "Xã Đồng &amp; Quý &quot;A&quot; &lt;B&gt; H'Mông")
    }
}
