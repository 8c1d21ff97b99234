import Foundation
import Testing
@testable import CommuneHealth
@testable import CommuneHealthGenerator

// Lists that grew with the square of the input (#26): a social-insurance number on k residents
// of a file named every other line at each of them. Each bad-input case is its own fixture under
// Fixtures/cards/; the big cases are built here by `AdversarialExport`. Suite names start with
// CardNumber so that `swift test --filter CardNumber` runs them with the other card tests.

private func sameNumber(_ path: String, _ line: Int, _ others: [Int], more: Int = 0) -> ReadingWarning {
    ReadingWarning(file: path, line: line, reason: .card(.sameNumberInFile(number: "0100000031", otherLines: others, moreLines: more)))
}

/// The lines of `same-number-K-residents.xml`: R1 and R2 on lines 6 and 7, X1 (another number)
/// on line 8, then R3 ... RK on lines 9 ... K + 6.
private func groupLines(_ k: Int) -> [Int] { [6, 7] + Array(9...(k + 6)) }

/// Writes `kind` with `count` records to a scratch folder and analyzes it with one job.
/// The `zscores` rows of the first file of `kind` with `count` records.
private func zscoreRows(_ kind: AdversarialExport, count: Int) throws -> [ZScoreRow] {
    let xml = try #require(kind.exports(count: count).first).xml
    guard case .accepted(let contents) = ExportReader(keepsAllMeasurements: true).read(bytes: Array(xml.utf8), file: "a.xml") else {
        Issue.record("rejected")
        return []
    }
    return ZScoreListing.rows(of: contents, anthropometry: Anthropometry())
}

private func analyzed(_ kind: AdversarialExport, count: Int) throws -> (Analysis, [String]) {
    let folder = scratchFolder("adversarial-\(kind.rawValue)").path
    try kind.write(count: count, to: folder)
    let files = kind.exports(count: count).map { folder + "/" + $0.name }
    return (Analyzer(jobs: 1).analyze(files: files), files)
}

@Suite struct CardNumberBoundedWarningTests {
    @Test func theLimitIsTen() {
        #expect(InFileDuplicate.namedLines == 10)
    }

    /// k = 2 is `theSameNumberTwiceInOneFileIsAWarningAtBothLines` (CardFigureTests); here k = 10,
    /// 11 (every other line named: ten, the limit) and 12 (ten named, one counted).
    @Test func tenResidentsWithOneNumberNameTheNineOthers() {
        let (path, contents) = cards("same-number-ten-residents.xml")
        let lines = groupLines(10)
        #expect(lines == [6, 7, 9, 10, 11, 12, 13, 14, 15, 16])
        #expect(contents.warnings == lines.map { line in sameNumber(path, line, lines.filter { $0 != line }) })
        #expect(
            Labels(.en).message(contents.warnings[0])
                == "\(path):6: social-insurance number 0100000031 is also on the residents at lines 7, 9, 10, 11, 12, 13, 14, 15, 16 of this file")
    }

    @Test func elevenResidentsWithOneNumberNameTheTenOthers() {
        let (path, contents) = cards("same-number-eleven-residents.xml")
        let lines = groupLines(11)
        #expect(lines == [6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17])
        #expect(contents.warnings == lines.map { line in sameNumber(path, line, lines.filter { $0 != line }) })
        #expect(
            Labels(.en).message(contents.warnings[10])
                == "\(path):17: social-insurance number 0100000031 is also on the residents at lines 6, 7, 9, 10, 11, 12, 13, 14, 15, 16 of this file")
    }

    @Test func twelveResidentsWithOneNumberNameTenAndCountOne() {
        let (path, contents) = cards("same-number-twelve-residents.xml")
        let lines = groupLines(12)
        #expect(lines == [6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18])
        #expect(contents.warnings.count == 12)
        #expect(contents.warnings[0] == sameNumber(path, 6, [7, 9, 10, 11, 12, 13, 14, 15, 16, 17], more: 1))
        #expect(contents.warnings[5] == sameNumber(path, 12, [6, 7, 9, 10, 11, 13, 14, 15, 16, 17], more: 1))
        #expect(contents.warnings[10] == sameNumber(path, 17, [6, 7, 9, 10, 11, 12, 13, 14, 15, 16], more: 1))
        #expect(contents.warnings[11] == sameNumber(path, 18, [6, 7, 9, 10, 11, 12, 13, 14, 15, 16], more: 1))
        #expect(
            Labels(.en).message(contents.warnings[11])
                == "\(path):18: social-insurance number 0100000031 is also on the residents at lines 6, 7, 9, 10, 11, 12, 13, 14, 15, 16 and 1 more line of this file"
        )
        #expect(
            Labels(.vi).message(contents.warnings[11])
                == "\(path):18: mã số BHXH 0100000031 cũng có ở người dân tại dòng 6, 7, 9, 10, 11, 12, 13, 14, 15, 16 và 1 dòng khác của tệp này")
    }

    /// Two residents on one line each name the other (by position, not by line), as they did
    /// when every other line was named.
    @Test func residentsOnOneLineNameEachOther() {
        let group = InFileDuplicate(number: 31, lines: [4, 4, 4])
        #expect(group.warnings(file: "a.xml").map(\.reason) == Array(repeating: .sameNumberInFile(number: "0000000031", otherLines: [4, 4]), count: 3))
    }

    /// 2,000 residents with one number: 2,000 warnings of ten lines each, not 2,000 × 1,999 lines;
    /// the spilled record gives them back the same.
    @Test func twoThousandResidentsWithOneNumber() throws {
        let (result, files) = try analyzed(.sharedNumber, count: 2_000)
        let warnings = result.warnings
        #expect(warnings.count == 2_000)
        #expect(
            warnings.allSatisfy {
                if case .card(.sameNumberInFile("0123456789", let lines, 1_989)) = $0.reason { return lines.count == 10 } else { return false }
            })
        #expect(
            warnings[0]
                == ReadingWarning(
                    file: files[0], line: 6,
                    reason: .card(
                        .sameNumberInFile(
                            number: "0123456789", otherLines: Array(7...16), moreLines: 1_989))))
        #expect(
            warnings[1_999]
                == ReadingWarning(
                    file: files[0], line: 2_005,
                    reason: .card(
                        .sameNumberInFile(
                            number: "0123456789", otherLines: Array(6...15), moreLines: 1_989))))
        #expect(
            Labels(.en).reason(warnings[1_999].reason)
                == "social-insurance number 0123456789 is also on the residents at lines 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 and 1,989 more lines of this file")
        #expect(
            Labels(.vi).reason(warnings[1_999].reason)
                == "mã số BHXH 0123456789 cũng có ở người dân tại dòng 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 và 1.989 dòng khác của tệp này")
        #expect(result.duplicatePeople.isEmpty)
    }

    /// The same number on 1,000 residents of each of two files: one person with 2,000 places
    /// (linear: one place per resident), and 1,000 bounded warnings in each file.
    @Test func oneNumberOnTwoThousandResidentsOfTwoFiles() throws {
        let (result, files) = try analyzed(.sharedNumberAcrossFiles, count: 2_000)
        #expect(result.duplicatePeople.count == 1)
        #expect(result.duplicatePeople[0].digits == "0123456789")
        #expect(result.duplicatePeople[0].places.count == 2_000)
        #expect(result.duplicatePeople[0].places[1_000] == DuplicatePlace(file: files[1], line: 6, communeCode: "02212"))
        #expect(result.warnings.count == 2_000)
        #expect(result.warnings[1_999].reason == .card(.sameNumberInFile(number: "0123456789", otherLines: Array(6...15), moreLines: 989)))
    }
}

@Suite struct CardNumberPlaceholderTests {
    @Test func oneDigitTenTimesIsAPlaceholderInEitherForm() {
        let (path, contents) = cards("placeholder-numbers.xml")
        func placeholder(_ line: Int, _ number: String, _ digits: String) -> ReadingWarning {
            ReadingWarning(file: path, line: line, reason: .card(.placeholderNumber(number: number, digits: digits)))
        }
        #expect(
            contents.warnings == [
                placeholder(6, "0000000000", "0000000000"),
                placeholder(7, "GD4089999999999", "9999999999"),
                // Two residents with 1111111111: placeholders, not the same person twice.
                placeholder(8, "1111111111", "1111111111"),
                placeholder(9, "HT3081111111111", "1111111111"),
                // 0000000001 is a number: on two residents, the warning of a number twice in a file.
                ReadingWarning(file: path, line: 10, reason: .card(.sameNumberInFile(number: "0000000001", otherLines: [11]))),
                ReadingWarning(file: path, line: 11, reason: .card(.sameNumberInFile(number: "0000000001", otherLines: [10]))),
                // Every card with a placeholder, also one that is no longer valid.
                placeholder(12, "GD4080000000000", "0000000000"),
                placeholder(12, "GD4085555555555", "5555555555"),
            ])
        // The cards count for coverage and who pays, by their group code.
        #expect(contents.insured == 7)
        #expect(contents.fundingGroups == FundingGroupCounts(socialInsurance: 1, household: 3, unknown: 3))
        // Only R5's and R6's numbers take part in the duplicate check.
        #expect(contents.insuredNumbers.count == 2)
        #expect(
            Labels(.en).message(contents.warnings[0])
                == "\(path):6: card number '0000000000' holds the placeholder social-insurance number 0000000000 (one digit ten times), not a person's: the card counts for coverage, the number is left out of the check for the same person in two places"
        )
        #expect(
            Labels(.vi).message(contents.warnings[1])
                == "\(path):7: số thẻ BHYT 'GD4089999999999' có mã số BHXH giả 9999999999 (một chữ số lặp lại mười lần), không phải mã của một người: thẻ vẫn được tính vào bao phủ, mã số không được dùng để tìm người có mặt ở hai nơi"
        )
    }

    @Test func aPlaceholderInTwoCommunesIsNotAPersonListed() {
        let result = Analyzer(jobs: 1).analyze(files: ["placeholder-numbers.xml", "placeholder-numbers-other-commune.xml"].map { fixture("cards/\($0)") })
        #expect(result.duplicatePeople.isEmpty)
        #expect(result.warnings.filter { if case .card(.placeholderNumber) = $0.reason { true } else { false } }.count == 8)
    }

    /// The export of issue 26: 20,000 residents holding `0000000000`. One warning per card, no
    /// warning of the same number (which named 19,999 lines at each of the 20,000).
    @Test func twentyThousandResidentsWithThePlaceholder() throws {
        let (result, files) = try analyzed(.placeholderNumber, count: 20_000)
        let warnings = result.warnings
        #expect(warnings.count == 20_000)
        #expect(
            warnings.enumerated().allSatisfy { index, warning in
                warning == ReadingWarning(file: files[0], line: index + 6, reason: .card(.placeholderNumber(number: "0000000000", digits: "0000000000")))
            })
        #expect(result.duplicatePeople.isEmpty)
        #expect(result.provinces.map(\.figures.insured) == [20_000])
        let json = JSONReport.render(result)
        // One element of `warnings` per card, the same but for its line.
        let reason = #""reason": "card number '0000000000' holds the placeholder social-insurance number 0000000000"#
        #expect(json.components(separatedBy: reason).count == 20_001)
        #expect(!json.contains("also on the residents"))
    }
}

@Suite struct BoundedMeasurementListTests {
    /// One child measured 10,000 times: one child assessed (its latest measurement), no list that
    /// grows with the measurements but `zscores`' one row each.
    @Test func oneChildMeasuredTenThousandTimes() throws {
        let (result, _) = try analyzed(.oneChildMeasured, count: 10_000)
        let commune = try #require(result.communes.first)
        #expect(commune.figures.childrenAssessed == 1)
        #expect(result.warnings.isEmpty && result.invalidRecords.isEmpty)
        #expect(result.flaggedCount == 0)
        let rows = try zscoreRows(.oneChildMeasured, count: 10_000)
        #expect(rows.count == 10_000)
        #expect(rows.filter(\.used).count == 1)
    }

    /// 10,000 children with one childId are one child to the tool: one measurement used (the last
    /// in document order, all on the same date), no list of the others.
    @Test func tenThousandChildrenWithOneID() throws {
        let (result, _) = try analyzed(.childrenWithOneID, count: 10_000)
        let commune = try #require(result.communes.first)
        #expect(commune.figures.childrenAssessed == 1)
        #expect(result.warnings.isEmpty && result.invalidRecords.isEmpty)
        let rows = try zscoreRows(.childrenWithOneID, count: 10_000)
        #expect(rows.count == 10_000)
        #expect(rows.filter(\.used).map(\.line) == [10_007])
    }

    /// 10,000 residents with one id: one counts, each other one is an invalid record of its own line.
    @Test func tenThousandResidentsWithOneID() throws {
        let (result, files) = try analyzed(.residentsWithOneID, count: 10_000)
        #expect(result.provinces.map(\.figures.population) == [1])
        let invalid = result.invalidRecords
        #expect(invalid.count == 9_999)
        #expect(invalid.enumerated().allSatisfy { $1 == InvalidRecord(file: files[0], line: $0 + 7, reason: .duplicateResidentID("R1")) })
    }
}
