import Foundation
import Testing
@testable import CommuneHealth
import CommuneHealthTestSupport

/// The problems by kind (#27, docs/problems.md "Problems by kind"): standard error, the reports
/// for people, `validate --format csv|json` and the headings' counts.
@Suite struct ProblemKindTests {
    /// Fixtures/messy: 407 problems of 15 kinds in three files (docs/problems.md).
    private let m = fixture("messy")

    private func messy() throws -> Analysis {
        Analyzer(jobs: 1).analyze(files: try InputFiles.collect([m]), spill: try ProblemSpill())
    }

    // MARK: Standard error

    @Test func standardErrorShowsEachKindOnceWithItsHintInEnglish() throws {
        let result = try CommandLineTool.run(["analyze", m, "--format", "json", "--jobs", "2"])
        #expect(result.status == 0)
        #expect(
            result.stderr.split(separator: "\n").map(String.init) == [
                "407 problems of 15 kinds; each kind once, with its first examples and where every one is listed:",
                "Invalid record: a card's validTo before its validFrom (card ignored): 15 in 3 files; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-071-02251-2024.xml:42: <insuranceCard> validTo 2024-06-30 is before validFrom 2024-07-01; card ignored",
                "Invalid record: a measurement dated before the child's birth: 6 in 3 files; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-071-02251-2024.xml:243: <measurement> dated 2021-04-02, before the child's birth 2021-05-01; record excluded",
                "Invalid record: a malformed attribute (record excluded): 2 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-073-02305-2024-every-kind.xml:14: <resident> has a malformed birthDate 'ngày mười lăm'; record excluded",
                "Invalid record: a required attribute missing (record excluded): 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-073-02305-2024-every-kind.xml:19: <insuranceCard> lacks the required attribute number; record excluded",
                "Invalid record: a resident born after the reference date: 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-073-02305-2024-every-kind.xml:15: <resident> born 2025-03-01, after the reference date 2024-12-31; record excluded",
                "Invalid record: a height not above 0: 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-073-02305-2024-every-kind.xml:27: <measurement> has heightCm '0', not above 0; record excluded",
                "Invalid record: a resident id used twice: 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-073-02305-2024-every-kind.xml:18: <resident> id 'R02305000000' is already used by an earlier resident; record excluded",
                "Warning: a TE (children's) card held by a resident aged 6 or more: 364 in 3 files; `commune-health validate --format csv PATH` lists every one",
                "  \(m)/08-071-02251-2024.xml:6: TE card 'TE1080878095679', valid on the reference date, is held by a resident aged 61 (TE cards are for children under 6)",
                "Warning: a child under 9 months recorded standing: 7 in 3 files; `--format json` and the workbook's Problems sheet list every one",
                "  \(m)/08-071-02251-2024.xml:239: child R02251000002 is under 9 months but recorded standing; position treated as absent",
                "Warning: a commune name that differs from the register: 3 in 3 files; `--format json` and the workbook's Problems sheet list every one",
                "Warning: the same card number on two residents of a file: 2 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "Warning: the station's own summary malformed (ignored): 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "Warning: a card number of unknown form: 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "Warning: a card group code not in the table: 1 in 1 file; `commune-health validate --format csv PATH` lists every one",
                "Measurement not counted: an implausible height for age: 1 in 1 file; `commune-health zscores PATH` lists every measurement with its status",
            ])
    }

    @Test func standardErrorShowsEachKindOnceWithItsHintInVietnamese() throws {
        let result = try CommandLineTool.run(["analyze", m, "--format", "json", "--jobs", "1", "--lang", "vi"])
        #expect(result.status == 0)
        #expect(
            result.stderr.split(separator: "\n").map(String.init) == [
                "407 vấn đề thuộc 15 loại; mỗi loại nêu một lần, kèm vài ví dụ đầu tiên và nơi liệt kê đầy đủ:",
                "Bản ghi không hợp lệ: thẻ có validTo trước validFrom (bỏ qua thẻ): 15 trong 3 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-071-02251-2024.xml:42: <insuranceCard> có validTo 2024-06-30 trước validFrom 2024-07-01; thẻ bị bỏ qua",
                "Bản ghi không hợp lệ: lần đo có ngày trước ngày sinh của trẻ: 6 trong 3 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-071-02251-2024.xml:243: <measurement> đo ngày 2021-04-02, trước ngày sinh của trẻ 2021-05-01; bản ghi bị loại",
                "Bản ghi không hợp lệ: thuộc tính sai định dạng (bản ghi bị loại): 2 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-073-02305-2024-every-kind.xml:14: <resident> có thuộc tính birthDate sai định dạng 'ngày mười lăm'; bản ghi bị loại",
                "Bản ghi không hợp lệ: thiếu thuộc tính bắt buộc (bản ghi bị loại): 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-073-02305-2024-every-kind.xml:19: <insuranceCard> thiếu thuộc tính bắt buộc number; bản ghi bị loại",
                "Bản ghi không hợp lệ: cư dân sinh sau ngày tham chiếu: 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-073-02305-2024-every-kind.xml:15: <resident> sinh ngày 2025-03-01, sau ngày tham chiếu 2024-12-31; bản ghi bị loại",
                "Bản ghi không hợp lệ: chiều cao không lớn hơn 0: 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-073-02305-2024-every-kind.xml:27: <measurement> có heightCm '0', không lớn hơn 0; bản ghi bị loại",
                "Bản ghi không hợp lệ: mã cư dân bị dùng hai lần: 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-073-02305-2024-every-kind.xml:18: <resident> có id 'R02305000000' trùng với một người trước đó; bản ghi bị loại",
                "Cảnh báo: thẻ TE (trẻ em) do người từ 6 tuổi trở lên giữ: 364 trong 3 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "  \(m)/08-071-02251-2024.xml:6: thẻ TE 'TE1080878095679' còn hạn vào ngày tham chiếu nhưng người có thẻ đã 61 tuổi (thẻ TE dành cho trẻ em dưới 6 tuổi)",
                "Cảnh báo: trẻ dưới 9 tháng tuổi ghi đo tư thế đứng: 7 trong 3 tệp; `--format json` và trang Vấn đề của tệp Excel liệt kê đầy đủ",
                "  \(m)/08-071-02251-2024.xml:239: trẻ R02251000002 dưới 9 tháng tuổi nhưng ghi đo tư thế đứng; coi như không ghi tư thế",
                "Cảnh báo: tên xã khác với danh mục: 3 trong 3 tệp; `--format json` và trang Vấn đề của tệp Excel liệt kê đầy đủ",
                "Cảnh báo: cùng một số thẻ cho hai cư dân trong một tệp: 2 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "Cảnh báo: số liệu tự tổng hợp của trạm sai định dạng (bỏ qua): 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "Cảnh báo: số thẻ không đúng dạng: 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "Cảnh báo: mã đối tượng của thẻ không có trong bảng: 1 trong 1 tệp; `commune-health validate --format csv PATH` liệt kê đầy đủ",
                "Số đo không được tính: chiều cao theo tuổi không hợp lý: 1 trong 1 tệp; `commune-health zscores PATH` liệt kê từng lần đo và tình trạng",
            ])
    }

    /// Every kind present, each with more examples than fit, and twelve rejected files: 25 lines,
    /// the first ten rejected files named, the kinds that do not fit counted in the last line.
    @Test func standardErrorKeepsToItsLinesWhateverTheKinds() {
        let kinds = ProblemKind.allCases.filter { $0.category != .schema }.map { kind in
            ProblemSummary.Kind(
                kind: kind, count: 1_000, files: 10,
                examples: (1...3).map {
                    .warning(ReadingWarning(file: "a.xml", line: $0, reason: .standingUnderNineMonths(childID: "C\($0)")))
                })
        }
        let rejected = (1...12).map { FileRejection(file: "r\($0).xml", line: 1, reason: .emptyFile) }
        let lines = ProblemSummary(kinds: kinds, cap: 3).standardErrorLines(Labels(.en), rejected: rejected)
        #expect(lines.count == 25)
        #expect(lines.prefix(10) == ArraySlice((1...10).map { "r\($0).xml:1: the file is empty" }))
        #expect(lines[10] == "2 more files rejected: `commune-health validate --format csv PATH` lists every one")
        // 23 kinds but the rejected files', 13 lines left: 12 kinds of a line each, no room for
        // examples, 11 kinds left, 11,000 problems.
        #expect(lines[11] == "23,000 problems of 23 kinds; each kind once, with its first examples and where every one is listed:")
        #expect(lines[12] == "Superseded file: replaced by a later resubmission: 10 files; `--format json` and the workbook's Problems sheet list every one")
        #expect(lines.filter { $0.hasPrefix("  ") }.isEmpty)
        #expect(lines.last == "11 more kinds of problem (11,000): `commune-health validate --format csv PATH` and `--format json` list every one")
        // Three kinds and no rejected file: each kind with its three examples.
        let warnings = kinds.filter { $0.kind.category == .warning }.prefix(3)
        let few = ProblemSummary(kinds: Array(warnings), cap: 3).standardErrorLines(Labels(.en), rejected: [])
        #expect(few.count == 1 + 3 * 4)
        #expect(
            few[1] == "Warning: the station's own summary malformed (ignored): 1,000 in 10 files; `commune-health validate --format csv PATH` lists every one")
        #expect(few[2] == "  a.xml:1: child C1 is under 9 months but recorded standing; position treated as absent")
    }

    @Test func standardErrorStaysWithinItsLinesWithManyProblems() throws {
        // A messy province of 6 communes at 30 times the rate: thousands of problems.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kinds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try CommandLineTool.run([
            "generate", "--out", folder.path, "--communes", "6", "--residents", "6000",
            "--seed", "11", "--mess", "30",
        ])
        #expect(generated.status == 0)
        let result = try CommandLineTool.run(["analyze", folder.path, "--format", "csv"])
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count <= ProblemSummary.standardErrorLines)
        let total = try #require(Int(lines.first?.split(separator: " ").first?.replacingOccurrences(of: ",", with: "") ?? ""))
        #expect(total > 1_000)
        #expect(lines.first?.hasSuffix("; each kind once, with its first examples and where every one is listed:") == true)
        // Each line a kind (with its hint) or one of its examples, indented.
        for line in lines.dropFirst() {
            #expect(
                line.hasPrefix("  /") || line.hasSuffix(" every one") || line.hasSuffix(" lists every measurement with its status"),
                "\(line)")
        }
    }

    // MARK: The reports for people

    @Test func kindsAreCountedPerFileAndTheSameProblemAtALineIsOneExample() throws {
        var analysis = try messy()
        let file = analysis.files[0].file
        let twice = ReadingWarning(file: file, line: 6, reason: .card(.childCardAged6OrMore(number: "TE1", ageYears: 19)))
        let other = ReadingWarning(file: file, line: 7, reason: .card(.childCardAged6OrMore(number: "TE2", ageYears: 20)))
        let before = analysis.files[0].problems.warningCount
        analysis.files[0].warnings = [twice, twice, other]
        #expect(analysis.files[0].problems.kindCounts[.cardChildCardAged6OrMore] == 3)
        #expect(analysis.files[0].problems.kindCounts[.standingUnderNineMonths] == 0)
        let summary = ProblemSummary(analysis, examples: 3)
        #expect(summary.total == 407 - before + 3)
        let cards = try #require(summary.kinds.first { $0.kind == .cardChildCardAged6OrMore })
        #expect(cards.files == 3)
        #expect(cards.examples.prefix(2) == [.warning(twice), .warning(other)])
    }

    @Test func theHTMLReportKeepsFiftyExamplesAndCollapsesAllButFive() throws {
        let document = try #require(HTMLDocument(parsing: HTMLReport.render(try messy())))
        let kinds = document.root.descendants("div", class: "problem-kind")
        #expect(kinds.count == 15)
        let cards = try #require(kinds.first { $0["data-kind"] == "card-child-card-aged-6-or-more" })
        #expect(cards.descendants("h4").map { $0.textContent } == ["Warning: a TE (children's) card held by a resident aged 6 or more · 364 in 3 files"])
        let details = try #require(cards.descendants("details").first)
        #expect(details.descendants("summary").map { $0.textContent } == ["45 more examples (the first 50 of 364 are kept here)"])
        #expect(details.descendants("li").count == 45)
        #expect(cards.descendants("li").count == 50)
        #expect(cards.descendants("li").first?.textContent.hasPrefix("\(m)/08-071-02251-2024.xml:6: TE card 'TE1080878095679'") == true)
    }

    @Test func theMarkdownReportShowsFiveExamplesOfEachKind() throws {
        let text = MarkdownReport.render(try messy(), language: .vi)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex(of: "#### Cảnh báo: thẻ TE (trẻ em) do người từ 6 tuổi trở lên giữ · 364 trong 3 tệp"))
        #expect(lines[(at + 2)...].prefix { !$0.isEmpty }.count == 5)
        #expect(
            lines.contains(
                "| Cảnh báo: thẻ TE (trẻ em) do người từ 6 tuổi trở lên giữ | 364 | 3 | \\`commune-health validate --format csv PATH\\` liệt kê đầy đủ |"))
        #expect(lines.filter { $0.hasPrefix("#### ") && $0.contains(" · ") }.count == 15)
    }

    @Test func everyHeadingCountsTheWarnings() throws {
        let analysis = try messy()
        let english = "3 communes counted, 0 files rejected, 0 superseded, 27 invalid records excluded, 379 warnings"
        let vietnamese = "3 xã được tính, 0 tệp bị từ chối, 0 tệp được thay thế, 27 bản ghi không hợp lệ bị loại, 379 cảnh báo"
        // The table wraps the line at 80 columns.
        func unwrapped(_ text: String) -> String { text.replacingOccurrences(of: "\n  ", with: " ") }
        #expect(unwrapped(TableReport.render(analysis)).contains(english + "\n"))
        #expect(unwrapped(TableReport.render(analysis, language: .vi)).contains(vietnamese + "\n"))
        #expect(MarkdownReport.render(analysis).contains("\n" + english + ".\n"))
        #expect(HTMLReport.render(analysis).contains("<p class=\"meta\">" + english + "</p>"))
        #expect(HTMLReport.render(analysis, language: .vi).contains("<p class=\"meta\">" + vietnamese + "</p>"))
    }

    @Test func theTableReportNamesEachKindAndItsFirstPlace() throws {
        let text = TableReport.render(try messy())
        // A place too long for the 80 columns loses its start.
        func shown(_ place: String) -> String { place.count > 76 ? "…" + place.suffix(75) : place }
        #expect(
            text.contains(
                """
                Problems by kind
                  Invalid record: a card's validTo before its validFrom (card ignored): 15 in 3
                    files
                    \(shown("\(m)/08-071-02251-2024.xml:42"))
                  Invalid record: a measurement dated before the child's birth: 6 in 3 files
                    \(shown("\(m)/08-071-02251-2024.xml:243"))

                """))
        #expect(
            text.contains(
                """
                  Measurement not counted: an implausible height for age: 1 in 1 file
                    \(shown("\(m)/08-073-02305-2024-every-kind.xml:25"))

                """))
        let kinds = text.components(separatedBy: "\n").filter {
            $0.hasPrefix("  Invalid record: ") || $0.hasPrefix("  Warning: ") || $0.hasPrefix("  Measurement not counted: ")
        }
        #expect(kinds.count == 15)
        #expect(text.components(separatedBy: "\n").allSatisfy { $0.count <= TableReport.width })
    }

    // MARK: validate --format csv|json

    @Test func validateListsEveryProblemAsCSVAndJSON() throws {
        let path = m + "/08-073-02305-2024-every-kind.xml"
        let csv = try CommandLineTool.run(["validate", path, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stderr == "1 files checked: 1 readable, 0 rejected, 19 problems\n")
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.count == 21 && rows.last == "")
        #expect(
            rows.prefix(5) == [
                "file,line,category,kind,reason",
                "\(path),7,warning,card-child-card-aged-6-or-more,\"TE card 'TE1080801866692', valid on the reference date, is held by a resident aged 16 (TE cards are for children under 6)\"",
                "\(path),8,warning,card-unknown-form,\"card number 'Số thẻ 50137705' is of unknown form: it holds a character other than a capital letter or a digit; the card counts for coverage, its funding group is unknown\"",
                "\(path),9,warning,card-unknown-group-code,\"card number 'QQ4080898408718' has the group code 'QQ', which is not in the table of funding groups; its funding group is unknown\"",
                "\(path),10,invalid-record,card-ends-before-start,<insuranceCard> validTo 2024-01-01 is before validFrom 2024-12-31; card ignored",
            ])
        #expect(
            rows[8]
                == "\(path),14,schema,schema,\"schema: Element 'resident', attribute 'birthDate': 'ngày mười lăm' is not a valid value of the atomic type 'Date'.\""
        )
        #expect(
            rows[19]
                == "\(path),30,schema,schema,\"schema: Element 'reportedSummary', attribute 'population': 'mười ba' is not a valid value of the atomic type 'Count'.\""
        )
        // The text format as before: the same problems, FILE:LINE: reason.
        let text = try CommandLineTool.run(["validate", path])
        #expect(text.stdout.split(separator: "\n").count == 19)
        #expect(text.stdout.hasPrefix("\(path):7: TE card 'TE1080801866692', valid on the reference date"))
        // JSON: the same problems, with the counts of files.
        let json = try CommandLineTool.run(["validate", path, "--format", "json", "--lang", "vi", "--jobs", "1"])
        #expect(
            json.stdout.hasPrefix(
                """
                {
                  "formatVersion": 1,
                  "problems": [
                    {
                      "file": "\(path)",
                      "line": 7,
                      "category": "warning",
                      "kind": "card-child-card-aged-6-or-more",
                      "reason": "thẻ TE 'TE1080801866692' còn hạn vào ngày tham chiếu nhưng người có thẻ đã 16 tuổi (thẻ TE dành cho trẻ em dưới 6 tuổi)"
                    },
                    {
                """))
        #expect(
            json.stdout.hasSuffix(
                """
                    }
                  ],
                  "filesChecked": 1,
                  "filesRejected": 0
                }

                """))
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let problems = object["problems"] as! [[String: Any]]
        #expect(problems.count == 19)
        #expect(problems.map { $0["kind"] as! String } == rows.dropFirst().dropLast().map { $0.split(separator: ",")[3].description })
    }

    @Test func validateListsARejectedFileAndNoProblemAsJSON() throws {
        let bad = fixture("rejections/random-bytes.xml")
        let result = try CommandLineTool.run(["validate", bad, "--format", "csv"])
        #expect(result.status == 1)
        #expect(
            result.stdout
                == "file,line,category,kind,reason\r\n\(bad),1,rejected-file,no-markup,not well-formed XML: no XML markup at the start of the file (is it an XML export at all?)\r\n"
        )
        let clean = try CommandLineTool.run(["validate", fixture("messy/08-071-02251-2024.xml"), fixture("rejections/random-bytes.xml"), "--format", "json"])
        #expect(clean.status == 1)
        #expect(clean.stdout.hasSuffix("\"filesChecked\": 2,\n  \"filesRejected\": 1\n}\n"))
    }
}
