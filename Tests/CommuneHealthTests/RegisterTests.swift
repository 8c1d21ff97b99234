import Foundation
import Testing
@testable import CommuneHealth

// Figures from the real register, vn-communes-2025-crosswalk.csv (Tuyên Quang 08 and Hà Giang 02).

private let register = CommuneRegister.shared
private func commune(_ text: String) -> CommuneCode { CommuneCode(text)! }
private func province(_ text: String) -> ProvinceCode { ProvinceCode(text)! }
private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
private func reference(_ code: String, _ name: String, _ provinceCode: String) -> CommuneReference {
    CommuneReference(code: commune(code), name: name, provinceCode: province(provinceCode))
}

private let tuyenQuang = RegisterProvince(code: ProvinceCode("08")!, name: "Tỉnh Tuyên Quang")
private let haGiang = RegisterProvince(code: ProvinceCode("02")!, name: "Tỉnh Hà Giang")
private let cityOfTuyenQuang = RegisterDistrict(code: DistrictCode("070")!, name: "Thành phố Tuyên Quang")

@Suite struct RegisterLookupTests {
    @Test func editionsChangeOnTheFirstOfJuly2025() {
        #expect(CommuneRegister.edition(on: day("2025-06-30")) == .legacy)
        #expect(CommuneRegister.edition(on: day("2025-07-01")) == .current2025)
        #expect(CommuneRegister.edition(on: day("2021-12-31")) == .legacy)
    }

    @Test func bothMapsHaveTheirCounts() {
        #expect(register.communeCount(in: .legacy) == 10_035)
        #expect(register.communeCount(in: .current2025) == 3_316)
        #expect(register.provinces(in: .legacy).count == 63)
        #expect(register.provinces(in: .current2025).count == 34)
        #expect(register.province(province("02"), in: .legacy) == haGiang)
        #expect(register.province(province("02"), in: .current2025) == nil)
        let legacy = register.provinces(in: .legacy).flatMap { register.communes(ofProvince: $0.code, in: .legacy) }
        #expect(legacy.count == 10_035)
        #expect(Set(legacy.compactMap { $0.district?.code }).count == 691)
        #expect(legacy.filter { register.legacyCommune($0.code)?.divided == true }.count == 471)
    }

    @Test func aLegacyCommuneMergedWhole() {
        let phanThiet = register.legacyCommune(commune("02200"))
        #expect(
            phanThiet
                == LegacyCommune(
                    code: commune("02200"), name: "Phường Phan Thiết", province: tuyenQuang,
                    district: cityOfTuyenQuang, divided: false,
                    successors: [reference("02215", "Phường Minh Xuân", "08")]))
        #expect(register.commune2025(commune("02200")) == nil)
        #expect(
            register.currentPlacement(ofLegacy: commune("02200"), provinceCode: province("08"))
                == .successor(commune: commune("02215"), province: province("08")))
    }

    @Test func aLegacyCommuneDividedAmongTwo() {
        let kimPhu = register.legacyCommune(commune("02497"))
        #expect(kimPhu?.divided == true)
        #expect(kimPhu?.successors == [reference("02215", "Phường Minh Xuân", "08"), reference("02509", "Phường Mỹ Lâm", "08")])
        #expect(
            register.currentPlacement(ofLegacy: commune("02497"), provinceCode: province("08"))
                == .divided(successors: [commune("02215"), commune("02509")], province: province("08")))
        #expect(register.lacksDivided(commune("02215")) == [commune("02497")])
        #expect(register.lacksDivided(commune("02509")) == [commune("02497")])
        #expect(register.lacksDivided(commune("02212")) == [commune("02494")])
        #expect(register.lacksDivided(commune("02623")) == [])
    }

    @Test func aHaGiangCommuneKeepsItsCodeAndMovesToTuyenQuang() {
        let thuanHoa = register.legacyCommune(commune("00922"))
        #expect(thuanHoa?.province == haGiang)
        #expect(thuanHoa?.district == RegisterDistrict(code: DistrictCode("030")!, name: "Huyện Vị Xuyên"))
        #expect(thuanHoa?.successors == [reference("00922", "Xã Thuận Hòa", "08")])
        #expect(register.commune2025(commune("00922"))?.province == tuyenQuang)
        #expect(
            register.currentPlacement(ofLegacy: commune("00922"), provinceCode: province("02"))
                == .successor(commune: commune("00922"), province: province("08")))
    }

    @Test func a2025CommuneAndItsPredecessors() {
        let minhXuan = register.commune2025(commune("02215"))
        #expect(minhXuan?.name == "Phường Minh Xuân")
        #expect(minhXuan?.province == tuyenQuang)
        #expect(minhXuan?.predecessors.map(\.code.description) == ["02200", "02203", "02206", "02215", "02216", "02488"])
        #expect(minhXuan?.predecessors[3] == reference("02215", "Phường Ỷ La", "08"))
        #expect(minhXuan?.dividedPredecessors == [reference("02497", "Xã Kim Phú", "08")])
    }

    @Test func anUnknownCodeGoesToTheProvinceItsProvinceMergedInto() {
        #expect(register.legacyCommune(commune("99999")) == nil)
        #expect(register.commune2025(commune("99999")) == nil)
        #expect(register.currentPlacement(ofLegacy: commune("99999"), provinceCode: province("02")) == .unknown(province: province("08")))
        #expect(register.currentPlacement(ofLegacy: commune("99999"), provinceCode: province("08")) == .unknown(province: province("08")))
        #expect(register.currentPlacement(ofLegacy: commune("99999"), provinceCode: province("99")) == .unknown(province: province("99")))
    }

    @Test func tuyenQuangOnBothMaps() {
        #expect(register.province2025(mergedFrom: province("02")) == tuyenQuang)
        #expect(register.province2025(mergedFrom: province("08")) == tuyenQuang)
        #expect(register.province2025(mergedFrom: province("99")) == nil)
        #expect(register.legacyProvinces(mergedInto: province("08")) == [haGiang, tuyenQuang])
        let today = register.communes(ofProvince: province("08"), in: .current2025)
        #expect(today.count == 124)
        #expect(today.first == MapCommune(code: commune("00691"), name: "Phường Hà Giang 2", provinceCode: province("08"), district: nil))
        #expect(today.last?.code == commune("02623"))
        #expect(register.communes(ofProvince: province("08"), in: .legacy).count == 137)
        #expect(register.communes(ofProvince: province("02"), in: .legacy).count == 193)
        let legacy = register.communes(ofProvince: province("02"), in: .legacy) + register.communes(ofProvince: province("08"), in: .legacy)
        let placements = legacy.map { register.currentPlacement(ofLegacy: $0.code, provinceCode: $0.provinceCode) }
        #expect(placements.count == 330)
        #expect(placements.allSatisfy { $0.province == province("08") })
        let divided = placements.filter { if case .divided = $0 { true } else { false } }
        #expect(divided.count == 5)
        #expect(
            Set(today.map(\.code))
                == Set(
                    placements.flatMap { placement -> [CommuneCode] in
                        switch placement {
                        case .successor(let code, _): return [code]
                        case .divided(let successors, _): return successors
                        case .unknown: return []
                        }
                    }))
    }

    @Test func every2025CodeIsAlsoALegacyCodeThatKeptIt() {
        // Decision 19/2025/QĐ-TTg: a merged unit keeps the code of one of its units. So a 2025 code
        // in a 2024 file is never unknown: it shows up as a name or province that differs.
        for province in register.provinces(in: .current2025) {
            for unit in register.communes(ofProvince: province.code, in: .current2025) {
                #expect(
                    register.commune2025(unit.code)?.predecessors.contains { $0.code == unit.code } == true
                        || register.commune2025(unit.code)?.dividedPredecessors.contains { $0.code == unit.code } == true)
            }
        }
    }

    @Test func loadingTheResourceAgainGivesTheSameRegister() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv")
        let again = try CommuneRegister(csv: [UInt8](Data(contentsOf: url)))
        #expect(again.communeCount(in: .legacy) == 10_035)
        #expect(again.legacyCommune(commune("02497")) == register.legacyCommune(commune("02497")))
    }

    @Test func everyRowOfTheCSVIsWhatTheRegisterAnswers() throws {
        // The loader steps over names met before by their length: read every row the slow way.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CommuneHealth/Geography/Resources/vn-communes-2025-crosswalk.csv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count == 10_597)
        for row in rows {
            let field = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let old = try #require(register.legacyCommune(commune(field[4])))
            let new = try #require(register.commune2025(commune(field[9])))
            #expect(
                [
                    old.province.code.description, old.province.name, old.district.code.description, old.district.name,
                    old.code.description, old.name, old.divided ? "yes" : "no",
                ] == Array(field[0...6]))
            #expect([new.province.code.description, new.province.name, new.code.description, new.name] == Array(field[7...10]))
            #expect(old.successors.contains(reference(field[9], field[10], field[7])))
        }
    }

    @Test func aDamagedRegisterIsRefused() {
        let header =
            "legacyProvinceCode,legacyProvinceName,legacyDistrictCode,legacyDistrictName,legacyCommuneCode,"
            + "legacyCommuneName,divided,provinceCode,provinceName,communeCode,communeName\n"
        let good = "08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02200,Phường Phan Thiết,no,08,Tỉnh Tuyên Quang,02215,Phường Minh Xuân\n"
        #expect(throws: Never.self) { try CommuneRegister(csv: Array((header + good).utf8)) }
        let crlf = try? CommuneRegister(
            csv: Array(
                (header + good + good.replacingOccurrences(of: "02200,Phường Phan Thiết", with: "02203,Phường Minh Xuân"))
                    .replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(crlf?.commune2025(commune("02215"))?.predecessors.map(\.name) == ["Phường Phan Thiết", "Phường Minh Xuân"])
        let unterminated = try? CommuneRegister(csv: Array((header + good.dropLast()).utf8))
        #expect(unterminated?.commune2025(commune("02215"))?.name == "Phường Minh Xuân")
        #expect(throws: RegisterFormatError.self) { try CommuneRegister(csv: Array(good.utf8)) }
        #expect(throws: RegisterFormatError.self) { try CommuneRegister(csv: Array((header + good.replacingOccurrences(of: "02200", with: "0220")).utf8)) }
        #expect(throws: RegisterFormatError.self) { try CommuneRegister(csv: Array((header + good + good).utf8)) }
        #expect(throws: RegisterFormatError.self) { try CommuneRegister(csv: Array((header + good.replacingOccurrences(of: ",no,", with: ",maybe,")).utf8)) }
    }
}

@Suite struct RegisterCheckTests {
    private func check(_ code: String, _ name: String, province: String, district: String? = nil, on date: String) -> [GeographyWarningReason] {
        register.check(Commune(code: code, name: name, provinceCode: province, districtCode: district), on: day(date))
    }

    @Test func aCommuneAsTheRegisterHasItGivesNoWarning() {
        #expect(check("02200", "Phường Phan Thiết", province: "08", district: "070", on: "2024-12-31") == [])
        #expect(check("02215", "Phường Minh Xuân", province: "08", on: "2025-12-31") == [])
        #expect(check("02266", "Lăng Can", province: "08", district: "071", on: "2025-06-30") == [])
    }

    @Test func namesInBothToneStylesAndInNFDMatch() {
        #expect(check("00922", "Xã Thuận Hoà", province: "02", district: "030", on: "2024-12-31") == [])
        #expect(check("00922", "Xã Thuận Hòa".decomposedStringWithCanonicalMapping, province: "08", on: "2025-12-31") == [])
        #expect(check("00928", "xã thanh thuỷ", province: "02", district: "030", on: "2024-12-31") == [])
    }

    @Test func aNameThatReallyDiffers() {
        #expect(
            check("02212", "Phường Nông Tiền", province: "08", district: "070", on: "2024-12-31")
                == [.nameDiffers(code: "02212", name: "Phường Nông Tiền", registerName: "Phường Nông Tiến", edition: .legacy, matchesOtherEdition: false)])
        #expect(
            check("00922", "Xã Thuận Hóa", province: "08", on: "2025-12-31")
                == [.nameDiffers(code: "00922", name: "Xã Thuận Hóa", registerName: "Xã Thuận Hòa", edition: .current2025, matchesOtherEdition: false)])
    }

    @Test func a2025CommuneInA2024File() {
        // 02215 is Phường Ỷ La until 2025-06-30; the merged Phường Minh Xuân kept its code.
        #expect(
            check("02215", "Phường Minh Xuân", province: "08", district: "070", on: "2024-12-31")
                == [.nameDiffers(code: "02215", name: "Phường Minh Xuân", registerName: "Phường Ỷ La", edition: .legacy, matchesOtherEdition: true)])
    }

    @Test func aHaGiangFileOfTheLegacyMapUnderTheNewProvince() {
        #expect(
            check("00922", "Xã Thuận Hòa", province: "08", district: "030", on: "2024-12-31")
                == [.provinceCodeDiffers(code: "00922", provinceCode: "08", registerProvince: haGiang, edition: .legacy, matchesOtherEdition: true)])
        #expect(
            check("00922", "Xã Thuận Hòa", province: "02", on: "2025-12-31")
                == [.provinceCodeDiffers(code: "00922", provinceCode: "02", registerProvince: tuyenQuang, edition: .current2025, matchesOtherEdition: true)])
    }

    @Test func unknownCodes() {
        #expect(
            check("99999", "Xã Không Có", province: "08", on: "2024-12-31")
                == [.unknownCommuneCode(code: "99999", edition: .legacy, inOtherEdition: false)])
        #expect(
            check("02200", "Phường Phan Thiết", province: "08", on: "2025-12-31")
                == [.unknownCommuneCode(code: "02200", edition: .current2025, inOtherEdition: true)])
    }

    @Test func aCodeOnlyThe2025MapHasInAnOlderFile() throws {
        // Not in the real register (every 2025 code was a legacy code): a register of one row.
        let csv =
            String(decoding: CommuneRegister.header, as: UTF8.self) + "\n"
            + "08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02200,Phường Phan Thiết,no,08,Tỉnh Tuyên Quang,90001,Phường Mới\n"
        let small = try CommuneRegister(csv: Array(csv.utf8))
        #expect(
            small.check(Commune(code: "90001", name: "Phường Mới", provinceCode: "08"), on: day("2024-12-31"))
                == [.unknownCommuneCode(code: "90001", edition: .legacy, inOtherEdition: true)])
        #expect(
            GeographyWarningReason.unknownCommuneCode(code: "90001", edition: .legacy, inOtherEdition: true).text(.en)
                == "commune code 90001 is not on the legacy map (in force until 2025-06-30) but is on the 2025 map: a 2025 code in a file dated before 2025-07-01"
        )
    }

    @Test func districtCodes() {
        #expect(
            check("02200", "Phường Phan Thiết", province: "08", district: "075", on: "2024-12-31")
                == [.districtCodeDiffers(code: "02200", districtCode: "075", registerDistrict: cityOfTuyenQuang)])
        #expect(
            check("02215", "Phường Minh Xuân", province: "08", district: "070", on: "2025-07-01")
                == [.districtCodeOn2025Map(districtCode: "070")])
        #expect(
            check("02200", "Phường Phan Thiết", province: "08", district: "070", on: "2025-07-01")
                == [.unknownCommuneCode(code: "02200", edition: .current2025, inOtherEdition: true), .districtCodeOn2025Map(districtCode: "070")])
    }

    @Test func everyWarningHasItsTextInBothLanguages() {
        let warnings: [GeographyWarningReason] = [
            .unknownCommuneCode(code: "02200", edition: .current2025, inOtherEdition: true),
            .unknownCommuneCode(code: "99999", edition: .legacy, inOtherEdition: false),
            .nameDiffers(code: "02215", name: "Phường Minh Xuân", registerName: "Phường Ỷ La", edition: .legacy, matchesOtherEdition: true),
            .provinceCodeDiffers(code: "00922", provinceCode: "08", registerProvince: haGiang, edition: .legacy, matchesOtherEdition: true),
            .districtCodeDiffers(code: "02200", districtCode: "075", registerDistrict: cityOfTuyenQuang),
            .districtCodeOn2025Map(districtCode: "070"),
        ]
        for warning in warnings {
            #expect(warning.description == warning.text(.en))
            #expect(warning.text(.en) != warning.text(.vi))
        }
        #expect(
            warnings[0].text(.vi) == "mã xã 02200 không có trong danh mục đơn vị hành chính 2025 (áp dụng từ 01/07/2025): "
                + "đây là mã của danh mục cũ, không còn sử dụng từ 01/07/2025")
        #expect(
            warnings[2].text(.en) == "commune 02215 is named 'Phường Minh Xuân'; its name on the legacy map (in force until 2025-06-30) is "
                + "'Phường Ỷ La'; 'Phường Minh Xuân' is the name of 02215 on the 2025 map: a 2025 commune in a file dated before 2025-07-01")
        #expect(
            "\(GeographyWarning(file: "a.xml", line: 3, reason: warnings[5]))"
                == "a.xml:3: districtCode 070 is given, but the 2025 map (in force from 2025-07-01) has no district level")
    }
}

@Suite struct VietnameseNameTests {
    @Test func bothTonePlacementsGiveOneKey() {
        for (old, new) in [
            ("Hóa", "Hoá"), ("Thủy", "Thuỷ"), ("Hòa", "Hoà"), ("Khỏe", "Khoẻ"), ("Thụy", "Thuỵ"),
            ("Huyện Chiêm Hóa", "Chiêm Hoá"), ("Tỉnh Thanh Hóa", "thanh hoá"), ("Xã Khánh Hòa", "XÃ KHÁNH HOÀ"),
        ] {
            #expect(CommuneRegister.namesMatch(old, new), "\(old) / \(new)")
            #expect(CommuneRegister.nameKey(old) == CommuneRegister.nameKey(new))
        }
    }

    @Test func nfdInputMatches() {
        let nfd = "Phường Ỷ La".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array("Phường Ỷ La".utf8))
        #expect(CommuneRegister.namesMatch(nfd, "Phường Ỷ La"))
        #expect(CommuneRegister.namesMatch("Thuỷ".decomposedStringWithCanonicalMapping, "Thủy"))
    }

    @Test func theUnitTypeWordAndSpacingDoNotCount() {
        #expect(CommuneRegister.namesMatch("Thị trấn Lăng Can", "Lăng Can"))
        #expect(CommuneRegister.namesMatch("Xã Lăng Can", "Thị Trấn  Lăng Can "))
        #expect(CommuneRegister.namesMatch("Đặc khu Phú Quốc", "Phú Quốc"))
        #expect(CommuneRegister.namesMatch("Thành phố Tuyên Quang", "Tuyên Quang"))
        #expect(CommuneRegister.nameKey("Xã") == CommuneRegister.nameKey("xã"))
        #expect(!CommuneRegister.nameKey("Xã").isEmpty)
    }

    @Test func aRealDifferenceStays() {
        #expect(!CommuneRegister.namesMatch("Xã Thuận Hòa", "Xã Thuận Hóa"))
        #expect(!CommuneRegister.namesMatch("Xã Thuận Hòa", "Xã Thuận Hoa"))
        #expect(!CommuneRegister.namesMatch("Phường Minh Xuân", "Phường Ỷ La"))
        #expect(!CommuneRegister.namesMatch("Xã Thái Bình", "Xã Thái Bính"))
        #expect(!CommuneRegister.namesMatch("Phường Hà Giang 1", "Phường Hà Giang 2"))
        #expect(!CommuneRegister.namesMatch("Xã Đà Vị", "Xã Da Vị"))
    }
}

@Suite struct CompletenessTests {
    private let year2024 = ReportingPeriod(from: CalendarDate("2024-01-01")!, to: CalendarDate("2024-12-31")!)
    private let half2025 = ReportingPeriod(from: CalendarDate("2025-07-01")!, to: CalendarDate("2025-12-31")!)

    /// 2024: six Tuyên Quang files (one for a Hà Giang commune, one for a code nobody has) and one
    /// Hà Giang file; second half of 2025: four Tuyên Quang files, one with a closed legacy code.
    private var received: [ReceivedCommune] {
        [("08", "02200"), ("08", "02203"), ("08", "02212"), ("08", "02497"), ("08", "99999"), ("08", "00922"), ("02", "00688")]
            .map { ReceivedCommune(period: year2024, provinceCode: province($0.0), communeCode: commune($0.1)) }
            + ["02215", "02212", "00922", "02200"]
            .map { ReceivedCommune(period: half2025, provinceCode: province("08"), communeCode: commune($0)) }
    }

    @Test func reportedUnitsMeasureEachProvinceOnTheMapOfItsPeriod() {
        let rows = register.completeness(of: received)
        #expect(
            rows.map { "\($0.province.code) \($0.period.from) \($0.edition.rawValue)" }
                == ["02 2024-01-01 legacy", "08 2024-01-01 legacy", "08 2025-07-01 2025"])

        let haGiang2024 = rows[0]
        #expect((haGiang2024.province, haGiang2024.expected, haGiang2024.received, haGiang2024.missing.count) == (haGiang, 193, 1, 192))
        #expect(
            haGiang2024.missing.first
                == MapCommune(
                    code: commune("00691"), name: "Phường Trần Phú", provinceCode: province("02"),
                    district: RegisterDistrict(code: DistrictCode("024")!, name: "Thành phố Hà Giang")))
        #expect(haGiang2024.unknown == [])

        let tuyenQuang2024 = rows[1]
        #expect((tuyenQuang2024.expected, tuyenQuang2024.received, tuyenQuang2024.missing.count) == (137, 4, 133))
        #expect(tuyenQuang2024.unknown == [commune("00922"), commune("99999")])
        #expect(
            tuyenQuang2024.missing.first
                == MapCommune(
                    code: commune("02206"), name: "Phường Tân Quang", provinceCode: province("08"),
                    district: cityOfTuyenQuang))
        #expect(abs(tuyenQuang2024.completeness - 4.0 / 137.0) < 1e-12)
        #expect(!tuyenQuang2024.isComplete)

        let tuyenQuang2025 = rows[2]
        #expect((tuyenQuang2025.province, tuyenQuang2025.expected, tuyenQuang2025.received) == (tuyenQuang, 124, 3))
        #expect(tuyenQuang2025.unknown == [commune("02200")])
        #expect(tuyenQuang2025.missing.first == MapCommune(code: commune("00691"), name: "Phường Hà Giang 2", provinceCode: province("08"), district: nil))
        #expect(tuyenQuang2025.missing.count == 121)
    }

    @Test func todaysMapExpectsEveryLegacyCommuneOfTheMergedProvince() {
        let rows = register.completeness(of: received, units: .current)
        #expect(rows.map { "\($0.province.code) \($0.period.from) \($0.edition.rawValue)" } == ["08 2024-01-01 legacy", "08 2025-07-01 2025"])
        let legacy = rows[0]
        #expect(legacy.province == tuyenQuang)
        #expect((legacy.expected, legacy.received, legacy.missing.count) == (330, 6, 324))
        #expect(legacy.unknown == [commune("99999")])
        #expect(legacy.missing.first?.code == commune("00691"))
        #expect(legacy.missing.first?.provinceCode == province("02"))
        #expect(rows[1] == register.completeness(of: received)[2])
    }

    @Test func aProvinceWithoutFilesHasNoRowAndAnUnknownProvinceNone() {
        let onlyHaGiang = [ReceivedCommune(period: year2024, provinceCode: province("02"), communeCode: commune("00922"))]
        let current = register.completeness(of: onlyHaGiang, units: .current)
        #expect(current.map(\.expected) == [330])
        #expect(register.completeness(of: onlyHaGiang).map(\.expected) == [193])
        let nowhere = [ReceivedCommune(period: year2024, provinceCode: province("99"), communeCode: commune("99999"))]
        #expect(register.completeness(of: nowhere).isEmpty)
        #expect(register.completeness(of: nowhere, units: .current).isEmpty)
        // Hà Giang no longer exists on the 2025 map: a 2025 file under 02 has no row to count in.
        let late = [ReceivedCommune(period: half2025, provinceCode: province("02"), communeCode: commune("00922"))]
        #expect(register.completeness(of: late).isEmpty)
    }

    @Test func aCompleteProvince() {
        let all = register.communes(ofProvince: province("08"), in: .current2025)
            .map { ReceivedCommune(period: half2025, provinceCode: $0.provinceCode, communeCode: $0.code) }
        let row = register.completeness(of: all + all)
        #expect(row.count == 1)
        #expect((row[0].expected, row[0].received, row[0].completeness, row[0].isComplete) == (124, 124, 1.0, true))
        #expect(row[0].missing.isEmpty && row[0].unknown.isEmpty)
    }
}
