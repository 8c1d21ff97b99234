import Foundation
import Testing
@testable import CommuneHealth

// #26 item 3, no spoofing: CSV text cells that a spreadsheet would run get a leading `'` (numbers
// never), `--csv-raw` turns it off. Fixtures/spoofing/ holds the exports.

@Suite("Spoofing (#26)", .serialized)
struct SpoofingTests {
    // MARK: CSV cells

    @Test func textCellsThatStartAFormulaGetAnApostropheNumbersNever() {
        var writer = CSVWriter()
        writer.row([.text("=1+1"), .text("+84"), .text("-A1"), .text("@B"), .text("\tC"), .text("\rD"), .text("-2.10"),
                    .number("-2.10"), .number("+1"), .text("Xã An"), .text(""), .text("a=b")])
        #expect(writer.text == "'=1+1,'+84,'-A1,'@B,'\tC,\"'\rD\",'-2.10,-2.10,+1,Xã An,,a=b\r\n")

        var raw = CSVWriter(neutralisesFormulas: false)
        raw.row([.text("=1+1"), .text("-A1"), .number("-2.10")])
        #expect(raw.text == "=1+1,-A1,-2.10\r\n")

        // Quoting comes after the apostrophe: the field is one cell.
        var quoted = CSVWriter()
        quoted.row([.text("=HYPERLINK(\"http://x\",\"x\")")])
        #expect(quoted.text == "\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"\r\n")
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
        #expect(result.stdout == header
                + "\(path),7,02218,'+84912345678,M,2024-06-01,0,,none,,true\r\n"
                + "\(path),8,02218,'-A1,M,2022-06-02,2,,none,,true\r\n"
                + "\(path),9,02218,'@B2,F,2021-03-04,3,,none,,true\r\n"
                + "\(path),10,02218,'\tC3,F,2020-05-06,4,,none,,true\r\n")
        let raw = try CommandLineTool.run(["uninsured", path, "--csv-raw"])
        #expect(raw.stdout == header
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
        #expect(commune.hasPrefix("commune,02218,\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",08,075,2024-01-01,2024-12-31,"
                                  + "2024-12-31,1,4,0,0.0,3,1,0,0.3333333333333333,false,false,1,0,0,\(path),"))
        // --csv-raw: the same bytes but the name's apostrophe.
        let raw = try CommandLineTool.run(["analyze", path, "--format", "csv", "--csv-raw"])
        #expect(raw.status == 0)
        #expect(raw.stdout.contains("commune,02218,\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",08,075,"))
        #expect(raw.stdout.replacingOccurrences(of: ",\"=HYPERLINK", with: ",\"'=HYPERLINK") == result.stdout)
    }
}
