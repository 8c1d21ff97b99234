import Foundation
import Testing
@testable import CommuneHealth

/// The labels: every key has its text in every language, and every `FILE:LINE` message of the
/// command line follows `--lang`.
@Suite struct LabelTests {
    // MARK: Every key in every language

    @Test func everyKeyHasATextInEveryLanguage() {
        for key in LabelKey.samples {
            for language in Language.allCases {
                let text = Labels(language)[key]
                #expect(!text.isEmpty, "\(key) in \(language)")
                #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(key) in \(language): \(text)")
            }
        }
    }

    @Test func englishAndVietnameseDifferWhereTheWordsDiffer() {
        let en = Labels(.en), vi = Labels(.vi)
        // Marks and symbols, the same in every language: data quality's ‡ and p, completeness's †,
        // the terminal table's ÷ and ?.
        // The name of the intervals' method too.
        let symbols: Set = ["‡", "p", "†", "÷", "?", "95% Wilson"]
        for key in LabelKey.samples where !symbols.contains(en[key]) {
            #expect(en[key] != vi[key], "\(key): \(en[key])")
        }
        // Names are no words: an ethnicity is shown as written in the export.
        #expect(en[.unit(.group(.ethnicity, "Tày"))] == "Tày")
        #expect(vi[.unit(.group(.ethnicity, "Tày"))] == "Tày")
    }

    @Test func theSamplesHoldEveryFixedText() {
        let fixed = LabelKey.samples.filter {
            switch $0 {
            case .heading, .column, .note: true
            default: false
            }
        }
        #expect(fixed.count == Heading.allCases.count + Column.allCases.count + Note.allCases.count)
        #expect(ProblemText.records.count == 7 && ProblemText.warnings.count == 3)
    }

    /// The English of a problem is its reason's description, which `validate` and the JSON print.
    @Test func englishProblemsAreTheReasonsOwnWords() {
        let en = Labels(.en)
        for reason in ProblemText.rejections { #expect(en.reason(reason) == reason.description) }
        for reason in ProblemText.records { #expect(en.reason(reason) == reason.description) }
        for reason in ProblemText.warnings { #expect(en.reason(reason) == reason.description) }
    }

    @Test func vietnameseProblemsAreTranslatedByTheirCaseNotByTheirWords() {
        let vi = Labels(.vi)
        #expect(
            vi.reason(RejectionReason.noMarkup)
                == "không phải XML hợp lệ: đầu tệp không có thẻ XML nào (đây có phải tệp xuất XML không?)")
        // libxml2's own message stays as libxml2 wrote it, even when it reads like the reader's words.
        #expect(
            vi.reason(RejectionReason.notWellFormed(.libxml2("no XML markup at the start of the file")))
                == "không phải XML hợp lệ: no XML markup at the start of the file")
        #expect(
            vi.reason(RejectionReason.duplicateSubmission(others: ["b.xml"], reason: .sameGeneratedTime(commune: "02218")))
                == "gửi trùng với b.xml: cùng xã 02218, cùng kỳ báo cáo và cùng thời điểm tạo (generated)")
        #expect(
            vi.message(InvalidRecord(file: "a.xml", line: 9, reason: .duplicateResidentID("R1")))
                == "a.xml:9: <resident> có id 'R1' trùng với một người trước đó; bản ghi bị loại")
    }

    @Test func numbersDatesAndPeriodsFollowTheLanguage() throws {
        let date = try #require(CalendarDate(year: 2024, month: 7, day: 5))
        #expect(Labels(.en).date(date) == "2024-07-05")
        #expect(Labels(.vi).date(date) == "05/07/2024")
        #expect(Labels(.en).integer(2214) == "2,214" && Labels(.vi).integer(2214) == "2.214")
        #expect(Labels(.en).pointChange(0.032) == "+3.2 pp" && Labels(.vi).pointChange(-0.032) == "−3,2 điểm %")
        #expect(Labels(.vi).residentsToInsure(1234) == "còn 1.234 người dân cần tham gia BHYT")
    }

    // MARK: The command line in Vietnamese

    @Test func aRejectedFileIsReportedInVietnamese() throws {
        let path = fixture("rejections/random-bytes.xml")
        let result = try CommandLineTool.run(["analyze", path, "--format", "json", "--lang", "vi"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "\(path):1: không phải XML hợp lệ: đầu tệp không có thẻ XML nào (đây có phải tệp xuất XML không?)\n")
        let english = try CommandLineTool.run(["analyze", path, "--format", "json"])
        #expect(
            english.stderr
                == "\(path):1: not well-formed XML: no XML markup at the start of the file (is it an XML export at all?)\n")
    }

    @Test func anInvalidRecordIsReportedInVietnamese() throws {
        let relative = "reader/record-measurement-height-zero.xml"
        let path = fixture(relative)
        let line = line(of: "heightCm=\"0\"", in: relative)
        let result = try CommandLineTool.run(["analyze", path, "--format", "json", "--lang", "vi"])
        #expect(result.status == 0)
        // The fixture's commune is not named as the map names it: its map warnings follow.
        #expect(result.stderr.hasPrefix("\(path):\(line): <measurement> có heightCm '0', không lớn hơn 0; bản ghi bị loại\n"))
    }

    @Test func warningsSupersededFilesAndTheirCountAreInVietnamese() throws {
        let folder = try Self.resubmission(standingBabies: 12)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old.xml").path, new = folder.appendingPathComponent("new.xml").path
        let result = try CommandLineTool.run(["analyze", folder.path, "--format", "json", "--lang", "vi"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(old): đã được thay thế bằng bản gửi lại sau \(new)")
        #expect(lines.contains("\(new):7: trẻ C1 dưới 9 tháng tuổi nhưng ghi đo tư thế đứng; coi như không ghi tư thế"))
        // Thirteen problems: each on its line (#27).
        #expect(lines.filter { $0.contains("dưới 9 tháng tuổi") }.count == 12)
        #expect(lines.count == 13)
        let english = try CommandLineTool.run(["analyze", folder.path, "--format", "json"])
        #expect(english.stderr.split(separator: "\n").filter { $0.contains("is under 9 months but recorded standing") }.count == 12)
    }

    @Test func zscoresFollowsLang() throws {
        let folder = try Self.resubmission(standingBabies: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = fixture("rejections/random-bytes.xml")
        let old = folder.appendingPathComponent("old.xml").path, new = folder.appendingPathComponent("new.xml").path
        let result = try CommandLineTool.run(["zscores", folder.path, bad, "--format", "json", "--lang", "vi"])
        #expect(result.status == 1)
        let noMarkup = "không phải XML hợp lệ: đầu tệp không có thẻ XML nào (đây có phải tệp xuất XML không?)"
        #expect(
            result.stderr == """
                \(bad):1: \(noMarkup)
                \(old): đã được thay thế bằng bản gửi lại sau \(new); không liệt kê các dòng của tệp này

                """)
        #expect(result.stdout.contains(noMarkup))
        let english = try CommandLineTool.run(["zscores", folder.path, bad, "--format", "json"])
        #expect(english.stderr.contains("\(old): superseded by the later resubmission \(new); its rows are not listed"))
    }

    @Test func validateFollowsLang() throws {
        let relative = "reader/record-measurement-height-zero.xml"
        let path = fixture(relative)
        let line = line(of: "heightCm=\"0\"", in: relative)
        let result = try CommandLineTool.run(["validate", path, "--lang", "vi"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(path):\(line): <measurement> có heightCm '0', không lớn hơn 0; bản ghi bị loại\n"))
        #expect(result.stderr == "đã kiểm tra 1 tệp: 1 tệp đọc được, 0 tệp bị từ chối, \(result.stdout.split(separator: "\n").count) vấn đề\n")
        let english = try CommandLineTool.run(["validate", path])
        #expect(english.stdout.contains("\(path):\(line): <measurement> has heightCm '0', not above 0; record excluded\n"))
        #expect(english.stderr.hasPrefix("1 files checked: 1 readable, 0 rejected, "))
    }

    /// A folder with two exports of one commune and period: old.xml, replaced by the later
    /// new.xml, whose measurements from line 7 on are each of a child under 9 months measured standing.
    static func resubmission(standingBabies: Int) throws -> URL {
        let folder = scratchFolder("commune-health-labels")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func export(generated: String, measurements: [String]) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <healthStationExport xmlns="urn:commune-health:export:1" version="1.0" generated="\(generated)">
              <commune code="02218" name="Phường Hưng Thành" provinceCode="08"/>
              <period from="2024-01-01" to="2024-12-31"/>
              <residents/>
              <growthMonitoring>

            """ + measurements.joined() + """
                  </growthMonitoring>
                </healthStationExport>

                """
        }
        let babies = (1...standingBabies).map {
            "    <measurement childId=\"C\($0)\" sex=\"M\" birthDate=\"2024-03-01\" date=\"2024-06-01\" heightCm=\"62.0\" position=\"standing\"/>\n"
        }
        try export(generated: "2025-01-05T08:30:00+07:00", measurements: [])
            .write(to: folder.appendingPathComponent("old.xml"), atomically: true, encoding: .utf8)
        try export(generated: "2025-01-06T08:30:00+07:00", measurements: babies)
            .write(to: folder.appendingPathComponent("new.xml"), atomically: true, encoding: .utf8)
        return folder
    }
}
