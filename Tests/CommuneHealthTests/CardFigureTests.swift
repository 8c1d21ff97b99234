import Foundation
import Testing
@testable import CommuneHealth

// The card figures end to end (cards-v1 §2-§6): each bad-input case is its own fixture under
// Fixtures/cards/. Suite names start with CardNumber so that `swift test --filter CardNumber`
// runs every card test.

/// Reads `Fixtures/cards/NAME`, which must be accepted (also for BoundedListTests.swift).
func cards(_ name: String) -> (path: String, contents: ExportContents) {
    let (path, outcome) = readFixture("cards/\(name)")
    guard let contents = outcome.contents else {
        Issue.record("cards/\(name) was rejected: \(String(describing: outcome.rejection))")
        fatalError()
    }
    return (path, contents)
}

private func cardWarnings(_ contents: ExportContents) -> [(line: Int, reason: CardWarningReason)] {
    contents.warnings.compactMap { warning in
        if case .card(let reason) = warning.reason { return (warning.line, reason) }
        return nil
    }
}

private func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

private func analysis(_ names: [String]) -> Analysis {
    Analyzer(jobs: 1).analyze(files: names.map { fixture("cards/\($0)") })
}

@Suite struct CardNumberFigureTests {
    @Test func theFirstValidCardInDocumentOrderDecidesWhoPays() {
        let (_, contents) = cards("two-valid-cards.xml")
        // R1: DN then GD, both valid: employment. R2: GD lapsed, then HT and DN valid: social insurance.
        #expect(contents.insured == 2)
        #expect(contents.fundingGroups == FundingGroupCounts(employment: 1, socialInsurance: 1))
        #expect(contents.fundingGroups.share(.employment) == 0.5)
        // The number that counts for the duplicate check is that of the deciding card: one each.
        #expect(contents.insuredNumbers.count == 2)
        #expect(cardWarnings(contents).isEmpty)
    }

    @Test func aTECardTheDayBeforeTheSixthBirthdayIsAChildsCard() {
        let (_, contents) = cards("te-card-day-before-sixth-birthday.xml")
        #expect(contents.under6 == Under6Counts(residents: 1, uninsured: 0))
        #expect(contents.under6.rate == 0)
        #expect(contents.fundingGroups == FundingGroupCounts(stateBudget: 1))
        #expect(cardWarnings(contents).isEmpty)
    }

    @Test func aTECardOnTheSixthBirthdayIsAWarningAndStillCounts() {
        let (path, contents) = cards("te-card-on-sixth-birthday.xml")
        #expect(contents.under6 == Under6Counts())
        #expect(contents.under6.rate == nil)
        #expect(contents.insured == 1)
        #expect(contents.fundingGroups == FundingGroupCounts(stateBudget: 1))
        let line = line(of: "TE1080100000012", in: "cards/te-card-on-sixth-birthday.xml")
        #expect(
            contents.warnings == [
                ReadingWarning(
                    file: path, line: line,
                    reason: .card(.childCardAged6OrMore(number: "TE1080100000012", ageYears: 6)))
            ])
        #expect(
            Labels(.en).message(contents.warnings[0])
                == "\(path):\(line): TE card 'TE1080100000012', valid on the reference date, is held by a resident aged 6 (TE cards are for children under 6)")
    }

    @Test func aChildWhoseCardEndedTheDayBeforeTheReferenceDateIsUninsured() {
        let (_, contents) = cards("under6-card-expired-day-before.xml")
        #expect(contents.population == 1 && contents.insured == 0)
        #expect(contents.under6 == Under6Counts(residents: 1, uninsured: 1))
        #expect(contents.under6.rate == 1)
        #expect(contents.fundingGroups == FundingGroupCounts())
        #expect(contents.insuredNumbers.count == 0)
    }

    @Test func theSameNumberTwiceInOneFileIsAWarningAtBothLines() {
        let (path, contents) = cards("same-number-in-one-file.xml")
        // GD4080100000031 and the 10-digit 0100000031 are one social-insurance number.
        let first = line(of: "id=\"R1\"", in: "cards/same-number-in-one-file.xml")
        let second = line(of: "id=\"R3\"", in: "cards/same-number-in-one-file.xml")
        #expect(
            contents.warnings == [
                ReadingWarning(file: path, line: first, reason: .card(.sameNumberInFile(number: "0100000031", otherLines: [second]))),
                ReadingWarning(file: path, line: second, reason: .card(.sameNumberInFile(number: "0100000031", otherLines: [first]))),
            ])
        #expect(contents.fundingGroups == FundingGroupCounts(household: 1, unknown: 1))
        // Within one file only: not a person listed across files.
        #expect(analysis(["same-number-in-one-file.xml"]).duplicatePeople.isEmpty)
    }

    /// A resident's line is that of its tag's `<`, also when the tag is written over several
    /// lines, shares its line with the tag before it, or is long in multibyte letters (libxml2's
    /// column counts characters, so such a line is counted the slow way).
    @Test func theLinesOfTheSameNumberAreThoseOfEachTagsLessThan() {
        let (path, contents) = cards("same-number-tags-over-lines.xml")
        #expect(line(of: "<resident id=\"R1\"", in: "cards/same-number-tags-over-lines.xml") == 7)
        #expect(line(of: "/><resident", in: "cards/same-number-tags-over-lines.xml") == 12)
        #expect(line(of: "<resident id=\"R4\"", in: "cards/same-number-tags-over-lines.xml") == 15)
        #expect(
            contents.warnings == [
                ReadingWarning(file: path, line: 7, reason: .card(.sameNumberInFile(number: "0100000031", otherLines: [12, 15]))),
                ReadingWarning(file: path, line: 12, reason: .card(.sameNumberInFile(number: "0100000031", otherLines: [7, 15]))),
                ReadingWarning(file: path, line: 15, reason: .card(.sameNumberInFile(number: "0100000031", otherLines: [7, 12]))),
            ])
    }

    @Test func theSameNumberInTwoFilesOfOnePeriodIsListed() throws {
        let result = analysis(["same-period-b.xml", "same-period-a.xml"])
        let a = fixture("cards/same-period-a.xml"), b = fixture("cards/same-period-b.xml")
        #expect(result.duplicatePeople.count == 1)
        let person = try #require(result.duplicatePeople.first)
        #expect(person.digits == "0100000041")
        #expect(person.period == PeriodKey(from: CalendarDate("2024-01-01")!, to: CalendarDate("2024-12-31")!))
        #expect(
            person.places == [
                DuplicatePlace(file: a, line: line(of: "id=\"R1\"", in: "cards/same-period-a.xml"), communeCode: "02218"),
                DuplicatePlace(file: b, line: line(of: "id=\"X2\"", in: "cards/same-period-b.xml"), communeCode: "02221"),
            ])
        // Figures are not changed.
        #expect(result.provinces.map(\.figures.insured) == [4])
        #expect(result.communes.allSatisfy { $0.insuredNumbers.count == 0 })  // freed after the check
        let json = try jsonObject(JSONReport.render(result))
        let listed = try #require(json["duplicatePeople"] as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["number"] as? String == "0100000041")
        #expect(listed.first?["period"] as? [String: String] == ["from": "2024-01-01", "to": "2024-12-31"])
        let places = try #require(listed.first?["places"] as? [[String: Any]])
        #expect(places.map { $0["file"] as? String } == [a, b])
        #expect(places.map { $0["line"] as? Int } == person.places.map(\.line))
        #expect(places.map { $0["communeCode"] as? String } == ["02218", "02221"])
    }

    @Test func theSameNumberInTwoPeriodsIsNotADuplicate() throws {
        #expect(analysis(["same-period-a.xml", "other-period.xml"]).duplicatePeople.isEmpty)
        let json = try jsonObject(JSONReport.render(analysis(["same-period-a.xml", "other-period.xml"])))
        #expect((json["duplicatePeople"] as? [Any])?.isEmpty == true)
    }

    @Test func numbersOfUnknownFormAndGroupCodesOutsideTheTable() {
        let (path, contents) = cards("unknown-forms.xml")
        let name = "cards/unknown-forms.xml"
        #expect(
            contents.warnings == [
                ReadingWarning(
                    file: path, line: line(of: "te1080100000051", in: name),
                    reason: .card(.unknownForm(number: "te1080100000051", why: .groupCode))),
                ReadingWarning(
                    file: path, line: line(of: "ZZ4080100000052", in: name),
                    reason: .card(.unknownGroupCode(number: "ZZ4080100000052", code: "ZZ"))),
                ReadingWarning(
                    file: path, line: line(of: "GD6080100000054", in: name),
                    reason: .card(.unknownForm(number: "GD6080100000054", why: .benefitLevel))),
            ])
        // Every card still counts for coverage; all four are of unknown funding group.
        #expect(contents.insured == 4)
        #expect(contents.fundingGroups == FundingGroupCounts(unknown: 4))
        // Two numbers of unknown form take no part in the duplicate check.
        #expect(contents.insuredNumbers.count == 2)
    }

    @Test func aFewWarningsAreEachShownLikeEveryWarning() throws {
        let path = fixture("cards/many-unknown-forms.xml")
        #expect(cards("many-unknown-forms.xml").contents.warnings.count == 12)
        let result = try CommandLineTool.run(["analyze", path, "--format", "json"])
        #expect(result.status == 0)
        // Twenty problems or fewer: each on its line, as `FILE:LINE: reason` (#27).
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("is of unknown form") }.count == 12)
        #expect(lines.allSatisfy { $0.hasPrefix("\(path):") })
    }
}

@Suite struct CardNumberUninsuredTests {
    private let name = "cards/uninsured.xml"

    private func rows(under age: Int? = nil) -> [UninsuredResident] {
        UninsuredRun(jobs: 1, underAge: age).run(files: [fixture(name)]).rows.flatMap { $0 }
    }

    @Test func everyResidentWithoutAValidCardFieldByField() {
        let path = fixture(name)
        #expect(
            rows() == [
                UninsuredResident(
                    file: path, line: line(of: "id=\"A1\"", in: name), communeCode: "02218", residentId: "A1",
                    sex: .female, birthDate: CalendarDate("1985-04-02")!, ageYears: 39, ethnicity: "Dao",
                    poverty: .poor, lastCardValidTo: CalendarDate("2024-06-30")!, entitledFree: true),
                UninsuredResident(
                    file: path, line: line(of: "id=\"A2\"", in: name), communeCode: "02218", residentId: "A2",
                    sex: .male, birthDate: CalendarDate("1990-10-10")!, ageYears: 34, ethnicity: "",
                    poverty: .nearPoor, lastCardValidTo: nil, entitledFree: false),
                UninsuredResident(
                    file: path, line: line(of: "id=\"K1\"", in: name), communeCode: "02218", residentId: "K1",
                    sex: .male, birthDate: CalendarDate("2019-01-01")!, ageYears: 5, ethnicity: "Tày",
                    poverty: .none, lastCardValidTo: nil, entitledFree: true),
                UninsuredResident(
                    file: path, line: line(of: "id=\"K2\"", in: name), communeCode: "02218", residentId: "K2",
                    sex: .female, birthDate: CalendarDate("2018-12-31")!, ageYears: 6, ethnicity: "Tày",
                    poverty: .none, lastCardValidTo: CalendarDate("2024-12-30")!, entitledFree: false),
            ])
    }

    @Test func csvAndJSON() throws {
        let path = fixture(name)
        let listing = UninsuredRun(jobs: 1).run(files: [path])
        #expect(
            UninsuredReport.csv(listing.rows) == """
                file,line,communeCode,residentId,sex,birthDate,ageYears,ethnicity,poverty,lastCardValidTo,entitledFree\r
                \(path),6,02218,A1,F,1985-04-02,39,Dao,poor,2024-06-30,true\r
                \(path),11,02218,A2,M,1990-10-10,34,,near-poor,,false\r
                \(path),15,02218,K1,M,2019-01-01,5,Tày,none,,true\r
                \(path),16,02218,K2,F,2018-12-31,6,Tày,none,2024-12-30,false\r

                """)
        #expect(
            UninsuredReport.csv([], language: .vi)
                == "tệp,dòng,mã xã,mã người dân,giới tính,ngày sinh,tuổi,dân tộc,\"hộ nghèo, cận nghèo\",hạn thẻ gần nhất,thuộc diện NSNN đóng\r\n")
        let json = try jsonObject(UninsuredReport.json(listing))
        #expect(json["formatVersion"] as? Int == 1)
        #expect((json["rejectedFiles"] as? [Any])?.isEmpty == true)
        let residents = try #require(json["residents"] as? [[String: Any]])
        #expect(residents.count == 4)
        let a2 = residents[1]
        #expect(Set(a2.keys) == Set(UninsuredColumn.allCases.map(\.rawValue)))
        #expect(a2["file"] as? String == path && a2["line"] as? Int == 11 && a2["communeCode"] as? String == "02218")
        #expect(a2["residentId"] as? String == "A2" && a2["sex"] as? String == "M" && a2["birthDate"] as? String == "1990-10-10")
        #expect(a2["ageYears"] as? Int == 34 && a2["ethnicity"] is NSNull && a2["poverty"] as? String == "near-poor")
        #expect(a2["lastCardValidTo"] is NSNull && a2["entitledFree"] as? Bool == false)
        #expect(residents[0]["lastCardValidTo"] as? String == "2024-06-30" && residents[0]["entitledFree"] as? Bool == true)
    }

    @Test func underSixKeepsTheChildrenUnder6() {
        #expect(rows(under: 6).map(\.residentId) == ["K1"])
        #expect(rows(under: 40).map(\.residentId) == ["A1", "A2", "K1", "K2"])
        #expect(rows(under: 1).isEmpty)
    }

    @Test func theCommandLine() throws {
        let path = fixture(name)
        let result = try CommandLineTool.run(["uninsured", path, "--under", "6"])
        #expect(result.status == 0)
        #expect(
            result.stdout == "file,line,communeCode,residentId,sex,birthDate,ageYears,ethnicity,poverty,lastCardValidTo,entitledFree\r\n"
                + "\(path),15,02218,K1,M,2019-01-01,5,Tày,none,,true\r\n")
        let rejected = try CommandLineTool.run(["uninsured", path, fixture("rejections")])
        #expect(rejected.status == 1)
        #expect(rejected.stdout.hasPrefix("file,line,"))
        let json = try CommandLineTool.run(["uninsured", path, "--format", "json", "--under", "6", "--lang", "vi"])
        #expect(json.status == 0)
        #expect((try jsonObject(json.stdout)["residents"] as? [[String: Any]])?.map { $0["residentId"] as? String } == ["K1"])
        #expect(try CommandLineTool.run(["uninsured"]).status == 64)
    }
}

@Suite struct CardNumberReportTests {
    @Test func jsonFundingGroupsAddUpToInsured() throws {
        // Several files of one commune and period are resubmissions; take the ones that are not.
        let result = analysis(["same-period-a.xml", "same-period-b.xml", "other-period.xml"])
        let data = Data(JSONReport.render(result).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var units = 0
        for level in ["communes", "districts", "provinces"] {
            for unit in try #require(document[level] as? [[String: Any]]) {
                let groups = try #require(unit["fundingGroups"] as? [String: Int])
                #expect(Set(groups.keys) == Set(FundingGroup.allCases.map(\.rawValue)))
                #expect(groups.values.reduce(0, +) == unit["insured"] as? Int)
                let under6 = try #require(unit["under6"] as? [String: Any])
                #expect(under6["residents"] as? Int == 0 && under6["uninsured"] as? Int == 0)
                #expect(under6["rate"] is NSNull)
                units += 1
            }
        }
        #expect(units == 3 + 2 + 2)
        let province = try #require((document["provinces"] as? [[String: Any]])?.last)
        #expect(
            province["fundingGroups"] as? [String: Int] == [
                "employment": 1, "socialInsurance": 1, "stateBudget": 0,
                "budgetSupported": 0, "household": 2, "unknown": 0,
            ])
    }

    @Test func everyFormatShowsTheCardFigures() {
        let result = analysis(["same-period-a.xml", "same-period-b.xml", "under6-card-expired-day-before.xml"])
        for language in Language.allCases {
            let words = [CardLabel.fundingGroupsHeading, .under6WithoutCard].map { $0.text(language) }
            let table = TableReport.render(result, language: language)
            #expect(words.allSatisfy(table.contains))
            #expect(table.contains("\n  0100000041, 2024:\n"))
            let markdown = MarkdownReport.render(result, language: language)
            #expect(markdown.contains(CardLabel.fundingGroupsHeading.text(language)))
            #expect(markdown.contains("| 0100000041 | 2024 |"))
            let html = HTMLReport.render(result, language: language)
            #expect(html.contains("<svg class=\"funding-mix\""))
            #expect(html.contains("<table class=\"quality duplicate-people\">"))
            #expect(html.contains("<table class=\"cards under6\">"))
        }
        let csv = CSVReport.render(result).split(separator: "\r\n").map(String.init)
        // The province of 2024: DN, HT, GD, GD; one child under 6 without a card; one person twice.
        let province = csv.first { $0.hasPrefix("province,08,") }
        #expect(province?.hasSuffix(",1,1,0,0,2,0,1,1,1.0,1") == true)
        let commune = csv.first { $0.hasPrefix("commune,02221,") }
        #expect(commune?.hasSuffix(",1,1,0,0,0,0,0,0,,1") == true)
        let vietnamese = CSVReport.render(result, language: .vi).split(separator: "\r\n").map(String.init)
        #expect(
            vietnamese[0].hasSuffix(
                ",có thẻ - người lao động và người sử dụng lao động đóng,có thẻ - tổ chức bảo hiểm xã hội đóng"
                    + ",có thẻ - ngân sách nhà nước đóng,có thẻ - ngân sách nhà nước hỗ trợ mức đóng,có thẻ - tham gia theo hộ gia đình"
                    + ",có thẻ - không xác định,số trẻ dưới 6 tuổi,số trẻ dưới 6 tuổi chưa có thẻ BHYT,tỷ lệ trẻ dưới 6 tuổi chưa có thẻ BHYT"
                    + ",số người trùng mã số BHXH với tệp khác"))
        #expect(vietnamese.first { $0.hasPrefix("tỉnh,08,") }?.hasSuffix(",1,1,0,0,2,0,1,1,\"1,0\",1") == true)
    }
}

@Suite struct CardNumberSortTests {
    @Test func theRadixSortSortsByNumberThenLine() {
        var state: UInt64 = 0x1234_5678
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 20
        }
        for count in [0, 1, 2, 256, 257, 5_000] {
            // Lines ascending, as residents come; numbers from a small range so that many repeat,
            // numbers of any size and the largest ones, so that every digit of the radix sort is used.
            var keys: [UInt64] = []
            for line in 0..<count {
                let number =
                    line % 7 == 0
                    ? 9_999_999_999 - next() % 3
                    : line % 3 == 0 ? next() % 10_000_000_000 : next() % 1_000
                keys.append(InsuredNumberKey.pack(number: number, line: line + 1))
            }
            let expected = keys.sorted()
            // The collector, from its smallest allocation up (#30): the same order.
            var collector = InsuredNumberCollector()
            for key in keys { collector.append(number: InsuredNumberKey.number(key), line: InsuredNumberKey.line(key)) }
            #expect(collector.count == count)
            #expect(collector.sorted().numbers.keys == expected, "\(count) keys collected")
            InsuredNumberCollector.sortByNumber(&keys)
            #expect(keys == expected, "\(count) keys")
        }
    }
}

@Suite struct CardNumberDigitsTests {
    private func card(_ text: String) -> CardNumber {
        var copy = text
        return copy.withUTF8 { CardNumber(bytes: ByteView($0)) }
    }

    @Test func digitsEightAtATimeReadEveryNumber() {
        var state: UInt64 = 0xC0FFEE
        for round in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let number = round < 3 ? [0, 9_999_999_999, 1_000_000_000][round] : (state >> 11) % 10_000_000_000
            let digits = String(number)
            let ten = String(repeating: "0", count: 10 - digits.count) + digits
            let province = Int(state >> 58) % 100
            let fifteen = "DN\(1 + round % 5)\(province < 10 ? "0" : "")\(province)\(ten)"
            #expect(card(ten).socialInsuranceNumber == number, "\(ten)")
            let parsed = card(fifteen)
            #expect(
                parsed.socialInsuranceNumber == number && parsed.provinceCode == UInt8(province)
                    && parsed.benefitLevel == UInt8(1 + round % 5), "\(fifteen)")
            #expect(parsed.groupCode?.description == "DN" && parsed.form == .fifteen)
        }
    }

    @Test func everyByteThatIsNotADigitIsSeen() {
        let good = "HT3081234567890"
        for position in 3..<15 {
            for byte: UInt8 in [0x2F, 0x3A, 0x3F, 0x40, 0x20, 0xB0, 0x00, 0x39 + 0x80] {
                var bytes = Array(good.utf8)
                bytes[position] = byte
                let parsed = bytes.withUnsafeBufferPointer { CardNumber(bytes: ByteView($0)) }
                #expect(parsed.form == .unknown, "byte \(byte) at \(position)")
            }
        }
        for position in 0..<10 {
            for byte: UInt8 in [0x2F, 0x3A, 0x41, 0x00] {
                var bytes = Array("0123456789".utf8)
                bytes[position] = byte
                let parsed = bytes.withUnsafeBufferPointer { CardNumber(bytes: ByteView($0)) }
                #expect(parsed.form == .unknown, "byte \(byte) at \(position)")
            }
        }
    }
}
