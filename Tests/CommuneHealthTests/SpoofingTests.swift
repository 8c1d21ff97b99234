import Foundation
import Testing
@testable import CommuneHealth

// #26 item 3, no spoofing: CSV text cells that a spreadsheet would run get a leading `'` (numbers
// never), `--csv-raw` turns it off; text from the input shown on a terminal has its controls and
// bidi controls made visible, and a cut never falls inside an escape; a workbook keeps a literal
// `_xHHHH_`. Fixtures/spoofing/ holds the exports.

@Suite("Spoofing (#26)", .serialized)
struct SpoofingTests {
    // MARK: CSV cells

    @Test func textCellsThatStartAFormulaGetAnApostropheNumbersNever() {
        var writer = CSVWriter()
        writer.row([
            .text("=1+1"), .text("+84"), .text("-A1"), .text("@B"), .text("\tC"), .text("\rD"), .text("-2.10"),
            .number("-2.10"), .number("+1"), .text("Xã An"), .text(""), .text("a=b"),
        ])
        #expect(writer.text == "'=1+1,'+84,'-A1,'@B,'\tC,\"'\rD\",'-2.10,-2.10,+1,Xã An,,a=b\r\n")

        var raw = CSVWriter(neutralisesFormulas: false)
        raw.row([.text("=1+1"), .text("-A1"), .number("-2.10")])
        #expect(raw.text == "=1+1,-A1,-2.10\r\n")

        // Quoting comes after the apostrophe: the field is one cell.
        var quoted = CSVWriter()
        quoted.row([.text("=HYPERLINK(\"http://x\",\"x\")")])
        #expect(quoted.text == "\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"\r\n")
    }

    // MARK: Terminal text

    @Test func controlsAndBidiControlsAreMadeVisible() {
        #expect(TerminalText.visible("Xã Bình An") == "Xã Bình An")
        #expect(TerminalText.visible("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(
            TerminalText.visible("\u{0}\u{9}\u{A}\u{D}\u{7F}\u{80}\u{9B}\u{9F}\u{A0}")
                == "\\u{0}\\u{9}\\u{A}\\u{D}\\u{7F}\\u{80}\\u{9B}\\u{9F}\u{A0}")
        #expect(TerminalText.visible("\r\n") == "\\u{D}\\u{A}")
        #expect(
            TerminalText.visible("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}")
                == "\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}\\u{2066}\\u{2067}\\u{2068}\\u{2069}")
        #expect(
            TerminalText.visible("\u{200E}\u{200F}\u{61C}\u{2028}\u{2029}")
                == "\\u{200E}\\u{200F}\\u{61C}\\u{2028}\\u{2029}")
        // A zero-width joiner and a combining mark are not controls.
        #expect(TerminalText.visible("e\u{301}\u{200D}") == "e\u{301}\u{200D}")
    }

    @Test func aCutNeverFallsInsideAnEscape() {
        // The override first: it is shown whole, then the name up to the cut.
        #expect(TerminalText.fitted("\u{202E}Xã Bình An Dài\u{202C}", width: 13) == "\\u{202E}Xã B…")
        // An escape that would cross the cut is left out whole; the cell keeps its width.
        #expect(TerminalText.fitted("Xã\u{9B}2J\tAn\u{202E}Bình\u{202C}", width: 13) == "Xã\\u{9B}2J…  ")
        #expect(TerminalText.fitted("Xã Bình\u{202E}An\u{202C}", width: 13) == "Xã Bình…     ")
        #expect(TerminalText.fitted("Xã An", width: 13) == "Xã An        ")
        #expect(TerminalText.fitted("Phường Mỹ Lâm", width: 13) == "Phường Mỹ Lâm")
        #expect(TerminalText.fitted("Phường Tân Trào", width: 13) == "Phường Tân T…")
    }

    // MARK: CSV outputs

    @Test func zscoresNeutralisesIDsAndKeepsZScoresAsNumbers() throws {
        let path = fixture("spoofing/formulas.xml")
        let result = try CommandLineTool.run(["zscores", path])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 6)
        #expect(lines[1] == "\(path),13,02218,'+84912345678,M,2024-06-01,2024-06-01,0,lying,45.9,45.9,-2.10,stunted,true,,false,,,,")
        #expect(lines[2] == "\(path),14,02218,'-A1,M,2022-06-02,2024-06-01,730,standing,84,84.7,-1.02,normal,true,,false,,,,")
        // An invalid row's height is the attribute as written: text.
        #expect(lines[3] == "\(path),15,02218,'@B2,F,2021-03-04,2024-06-01,,standing,'-90,,,invalid,false,,false,,,,")
        #expect(lines[4] == "\(path),16,02218,'\tC3,F,2020-05-06,2024-06-01,1487,standing,95,95,-1.90,normal,true,,false,,,,")
        #expect(lines[5] == "")

        let raw = try CommandLineTool.run(["zscores", path, "--csv-raw"])
        #expect(raw.status == 0)
        let rawLines = raw.stdout.components(separatedBy: "\r\n")
        #expect(rawLines[0] == lines[0])
        #expect(rawLines[1] == "\(path),13,02218,+84912345678,M,2024-06-01,2024-06-01,0,lying,45.9,45.9,-2.10,stunted,true,,false,,,,")
        #expect(rawLines[2] == "\(path),14,02218,-A1,M,2022-06-02,2024-06-01,730,standing,84,84.7,-1.02,normal,true,,false,,,,")
        #expect(rawLines[3] == "\(path),15,02218,@B2,F,2021-03-04,2024-06-01,,standing,-90,,,invalid,false,,false,,,,")
        #expect(rawLines[4] == "\(path),16,02218,\tC3,F,2020-05-06,2024-06-01,1487,standing,95,95,-1.90,normal,true,,false,,,,")
    }

    @Test func uninsuredNeutralisesIDs() throws {
        let path = fixture("spoofing/formulas.xml")
        let header = "file,line,communeCode,residentId,sex,birthDate,ageYears,ethnicity,poverty,lastCardValidTo,entitledFree\r\n"
        let result = try CommandLineTool.run(["uninsured", path])
        #expect(result.status == 0)
        #expect(
            result.stdout == header
                + "\(path),7,02218,'+84912345678,M,2024-06-01,0,,none,,true\r\n"
                + "\(path),8,02218,'-A1,M,2022-06-02,2,,none,,true\r\n"
                + "\(path),9,02218,'@B2,F,2021-03-04,3,,none,,true\r\n"
                + "\(path),10,02218,'\tC3,F,2020-05-06,4,,none,,true\r\n")
        let raw = try CommandLineTool.run(["uninsured", path, "--csv-raw"])
        #expect(
            raw.stdout == header
                + "\(path),7,02218,+84912345678,M,2024-06-01,0,,none,,true\r\n"
                + "\(path),8,02218,-A1,M,2022-06-02,2,,none,,true\r\n"
                + "\(path),9,02218,@B2,F,2021-03-04,3,,none,,true\r\n"
                + "\(path),10,02218,\tC3,F,2020-05-06,4,,none,,true\r\n")
    }

    @Test func analyzeCSVNeutralisesTheCommuneName() throws {
        let path = fixture("spoofing/formulas.xml")
        let result = try CommandLineTool.run(["analyze", path, "--format", "csv"])
        #expect(result.status == 0)
        let commune = try #require(result.stdout.components(separatedBy: "\r\n").first { $0.hasPrefix("commune,") })
        #expect(
            commune.hasPrefix(
                "commune,02218,\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",08,075,2024-01-01,2024-12-31,"
                    + "2024-12-31,1,4,0,0.0,3,1,0,0.3333333333333333,false,false,1,0,0,\(path),"))
        // --csv-raw: the same bytes but the name's apostrophe.
        let raw = try CommandLineTool.run(["analyze", path, "--format", "csv", "--csv-raw"])
        #expect(raw.status == 0)
        #expect(raw.stdout.contains("commune,02218,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",08,075,"))
        #expect(raw.stdout.replacingOccurrences(of: ",\"=HYPERLINK", with: ",\"'=HYPERLINK") == result.stdout)
    }

    /// `validate --format csv` (#27) types its cells as the other CSV writers do (#26): the file and
    /// the message are text, neutralised; the line is a number; `--csv-raw` writes them as they are.
    @Test func validateCSVNeutralisesItsTextCells() throws {
        let report = ValidationReport(
            file: "=cmd.xml", rejected: false,
            entries: [
                ValidationProblem(line: 3, kind: .cardPlaceholderNumber, message: "+1 placeholder"),
                ValidationProblem(line: 7, kind: .standingUnderNineMonths, message: "child C1 under 9 months"),
            ])
        #expect(
            ValidationListing.csvRows(report) == "'=cmd.xml,3,warning,card-placeholder-number,'+1 placeholder\r\n"
                + "'=cmd.xml,7,warning,standing-under-9-months,child C1 under 9 months\r\n")
        #expect(
            ValidationListing.csvRows(report, neutralisingFormulas: false)
                == "=cmd.xml,3,warning,card-placeholder-number,+1 placeholder\r\n"
                + "=cmd.xml,7,warning,standing-under-9-months,child C1 under 9 months\r\n")
        // The command line takes --csv-raw with validate's CSV.
        let path = fixture("spoofing/formulas.xml")
        let raw = try CommandLineTool.run(["validate", path, "--format", "csv", "--csv-raw"])
        #expect(raw.status == 0)
        #expect(raw.stdout.hasPrefix("file,line,category,kind,reason\r\n\(path),15,invalid-record,record-malformed-attribute,"))
    }

    // MARK: Terminal and standard error

    @Test func theTableShowsControlsAndCutsNamesOnTheirVisibleForm() throws {
        let folder = fixture("spoofing/terminal")
        let result = try CommandLineTool.run(["analyze", folder])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains("  02221 Xã\\u{9B}2J…         1   0.0%*      1   0.0% ~      –        –        –"))
        #expect(lines.contains("  02218 \\u{202E}Xã B…       1   0.0%*      1   0.0% ~      –        –        –"))
        expectNoRawControls(result.stdout)
        // The names in full on standard error, made visible.
        #expect(result.stderr.contains("/controls.xml:4: commune 02221 is named 'Xã\\u{9B}2J\\u{9}An\\u{202E}Bình\\u{202C}'; "))
        #expect(result.stderr.contains("/override-long.xml:4: commune 02218 is named '\\u{202E}Xã Bình An Dài\\u{202C}'; "))
        expectNoRawControls(result.stderr)
    }

    @Test func markdownAndHTMLShowControlsAsEscapes() throws {
        let folder = fixture("spoofing/terminal")
        let markdown = try CommandLineTool.run(["analyze", folder, "--format", "markdown"])
        #expect(markdown.stdout.contains("| 02221 | Xã\\u{9B}2J\tAn\\u{202E}Bình\\u{202C} | Thành phố Tuyên Quang |"))
        let html = try CommandLineTool.run(["analyze", folder, "--format", "html"])
        #expect(html.stdout.contains("02221</td><td>Xã\\u{9B}2J\tAn\\u{202E}Bình\\u{202C}</td>"))
        for output in [markdown.stdout, html.stdout] {
            #expect(!output.unicodeScalars.contains { TerminalText.isEscapedInDocuments($0) })
        }
    }

    @Test func aFileNameWithEscapeSequencesIsShownVisibleOnStandardError() throws {
        let folder = scratchFolder("spoofing")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Would clear the screen, move up a line and erase it: the warning above would be gone.
        let name = "x\u{1B}[2J\u{1B}[1A\u{1B}[2K\u{9B}2J.xml"
        try Data("not xml".utf8).write(to: folder.appendingPathComponent(name))
        let shown = folder.path + "/x\\u{1B}[2J\\u{1B}[1A\\u{1B}[2K\\u{9B}2J.xml"

        let result = try CommandLineTool.run(["analyze", folder.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(
            result.stderr == shown + ":1: not well-formed XML: no XML markup at the start of the file "
                + "(is it an XML export at all?)\n")

        let validate = try CommandLineTool.run(["validate", folder.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.hasPrefix(shown + ":1: "))
        expectNoRawControls(validate.stdout)

        // A path that does not exist, in the command-line error.
        let missing = try CommandLineTool.run(["zscores", folder.path + "/gone\u{1B}[2J"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Error: " + folder.path + "/gone\\u{1B}[2J: no such file or folder\n"))
        expectNoRawControls(missing.stderr)
    }

    // MARK: Workbook

    @Test func aLiteralEscapeInWorkbookTextReadsBackAsWritten() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("text.xlsx").path
        try XLSXWorkbook.write(to: path) { book in
            let sheet = try book.addSheet(name: "Text")
            try sheet.writeRow([
                .text("_x0053_"), .text("a_x005F_b"), .text("_x12_"), .text("=1+1"), .text("\u{1}"),
                .text("_X0053_"), .text("__x0041__"),
            ])
        }
        let cells = try XLSXReadBack(path: path).cells(ofSheet: "Text")
        // As stored: the `_` of a literal `_xHHHH_` is `_x005F_`; a control is escaped by libxlsxwriter.
        #expect(cells["A1"]?.string == "_x005F_x0053_")
        #expect(cells["B1"]?.string == "a_x005F_x005F_b")
        #expect(cells["C1"]?.string == "_x12_")
        #expect(cells["D1"] == XLSXStoredCell(type: "inlineStr", style: 0, value: nil, string: "=1+1"))
        #expect(cells["E1"]?.string == "_x0001_")
        #expect(cells["F1"]?.string == "_X0053_")
        #expect(cells["G1"]?.string == "__x005F_x0041__")
        // As Excel reads them (ECMA-376 ST_Xstring): the text written.
        #expect(
            ["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map { cells[$0]?.string.map(decodedXstring) }
                == ["_x0053_", "a_x005F_b", "_x12_", "=1+1", "\u{1}", "_X0053_", "__x0041__"])
    }

    @Test func aNameThatLooksLikeAFormulaIsTextInTheWorkbook() throws {
        let analysis = Analyzer(jobs: 1).analyze(files: [fixture("spoofing/formulas.xml")])
        let (folder, book) = try XLSXReportTests.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The commune's name in B2, a string as written: no apostrophe, no formula.
        let name = try #require(try book.cells(ofSheet: "Communes")["B2"])
        #expect(name.type == "inlineStr")
        #expect(name.string == "=HYPERLINK(\"http://x\",\"x\")")
        let sheet = try String(decoding: book.part(book.sheetPartName("Communes")), as: UTF8.self)
        #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
    }

    /// No character that `TerminalText` escapes is left in `text` but the line feeds between lines.
    func expectNoRawControls(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { $0 != "\n" && TerminalText.isEscaped($0) }
        #expect(raw.isEmpty, "\(raw.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }
}

/// A string as a spreadsheet reads it (ECMA-376 ST_Xstring): every `_xHHHH_` (four hex digits,
/// lower-case x) is the character U+HHHH, read left to right, once.
func decodedXstring(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
        if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
            scalars[(index + 2)...(index + 5)].allSatisfy(\.properties.isASCIIHexDigit),
            let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
            let scalar = Unicode.Scalar(value)
        {
            out.append(scalar)
            index += 7
        } else {
            out.append(scalars[index])
            index += 1
        }
    }
    return String(out)
}
