import Foundation
import Testing
@testable import CommuneHealth
import CommuneHealthTestSupport

// The XLSX writer, read back with unzip and libxml2 (XLSXReadBack): what is in the file, exactly.

@Suite("XLSX workbook")
struct XLSXWorkbookTests {
    /// Two sheets, the first with a bold header, a commune row and a province row.
    static func writeSample(to path: String) throws {
        try XLSXWorkbook.write(to: path) { book in
            let communes = try book.addSheet(name: "Xã")
            try communes.columnWidths([8, 24, 10, 10, 10, 12])
            try communes.freezeHeader()
            try communes.autofilter(columns: 6)
            try communes.writeRow(["code", "name", "people", "coverage", "stunting", "measured"].map(XLSXCell.header))
            try communes.writeRow([
                .text("02221"), .text("Phường Mỹ Lâm"), .integer(169), .percent(0.975),
                XLSXCell.number(26.7).highlighted, .date(year: 2024, month: 1, day: 15),
            ])
            try communes.writeRow([.text("08"), .text("Tuyên Quang"), .integer(2200), .percent(1), .number(20.2), .empty])
            let districts = try book.addSheet(name: "Huyện")
            try districts.writeRow([.header("code")])
        }
    }

    @Test func sheetNamesAndCells() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try Self.writeSample(to: path)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xlsx"])
        let book = XLSXReadBack(path: path)

        #expect(try book.sheetNames() == ["Xã", "Huyện"])
        let cells = try book.cells(ofSheet: "Xã")
        // Constant-memory mode stores strings inline in the sheet, not in a shared-string table.
        #expect(try !book.partNames().contains("xl/sharedStrings.xml"))

        let header = try #require(cells["A1"])
        #expect(header.type == "inlineStr" && header.string == "code")
        #expect(try book.font(ofStyle: header.style)?.child("b") != nil)

        #expect(cells["A2"] == XLSXStoredCell(type: "inlineStr", style: 0, value: nil, string: "02221"))
        #expect(cells["A3"]?.string == "08")
        #expect(cells["B2"]?.string == "Phường Mỹ Lâm")
        #expect(cells["B3"]?.string == "Tuyên Quang")
        #expect(cells["C2"] == XLSXStoredCell(type: nil, style: 0, value: "169", string: nil))

        let percent = try #require(cells["D2"])
        #expect(percent.type == nil && percent.value == "0.975")
        #expect(try book.numberFormat(ofStyle: percent.style) == "0.0%")
        #expect(cells["D3"]?.value == "1" && cells["D3"]?.style == percent.style)

        let highlighted = try #require(cells["E2"])
        #expect(highlighted.value == "26.7")
        #expect(try book.fillColor(ofStyle: highlighted.style) == "FFFFC7CE")
        #expect(try book.numberFormat(ofStyle: highlighted.style) == "General")
        #expect(cells["E3"]?.style == 0)

        let date = try #require(cells["F2"])
        #expect(date.type == nil && date.value == "45306")  // days since 1899-12-30
        #expect(try book.numberFormat(ofStyle: date.style) == "yyyy-mm-dd")
        #expect(cells["F3"] == nil)  // .empty without a style writes nothing
        #expect(try book.cells(ofSheet: "Huyện")["A1"]?.string == "code")
    }

    @Test func frozenHeaderFilterAndColumns() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try Self.writeSample(to: path)
        let sheet = try XLSXReadBack(path: path).sheet("Xã")

        let pane = try #require(sheet.path("sheetViews", "sheetView", "pane"))
        #expect(pane["state"] == "frozen" && pane["ySplit"] == "1" && pane["topLeftCell"] == "A2")
        #expect(pane["xSplit"] == nil)
        #expect(sheet.child("autoFilter")?["ref"] == "A1:F3")
        let columns = sheet.child("cols")?.children("col") ?? []
        #expect(columns.count == 6)
        #expect(columns.first?["min"] == "1" && columns.first?["customWidth"] == "1")
        #expect(try XLSXReadBack(path: path).sheet("Huyện").child("autoFilter") == nil)
    }

    @Test func sheetNamesAreMadeValid() throws {
        #expect(XLSXSheetName.make(from: "Huyện [2024]: a/b\\c*?", avoiding: []) == "Huyện -2024-- a-b-c--")
        #expect(XLSXSheetName.make(from: "'quoted'", avoiding: []) == "quoted")
        #expect(XLSXSheetName.make(from: "  ", avoiding: []) == "Sheet")
        #expect(XLSXSheetName.make(from: "History", avoiding: []) == "History (2)")
        #expect(XLSXSheetName.make(from: "xã", avoiding: ["Xã", "XÃ (2)"]) == "xã (3)")
        let long = "Các xã chưa đạt chỉ tiêu bảo hiểm y tế năm 2024"
        let cut = XLSXSheetName.make(from: long, avoiding: [])
        #expect(cut == "Các xã chưa đạt chỉ tiêu bảo hi")
        #expect(cut.utf16.count == 31)
        let numbered = XLSXSheetName.make(from: long, avoiding: [cut])
        #expect(numbered == "Các xã chưa đạt chỉ tiêu bả (2)")

        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("names.xlsx").path
        var written: [String] = []
        try XLSXWorkbook.write(to: path) { book in
            _ = try book.addSheet(name: long)
            _ = try book.addSheet(name: long)
            _ = try book.addSheet(name: "a/b")
            written = book.sheetNames
        }
        #expect(written == [cut, numbered, "a-b"])
        #expect(try XLSXReadBack(path: path).sheetNames() == written)
    }

    @Test func manyRowsInOrder() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.xlsx").path
        try XLSXWorkbook.write(to: path) { book in
            let sheet = try book.addSheet(name: "Rows")
            for index in 0..<20_000 { try sheet.writeRow([.integer(index), .text("xã \(index)")]) }
            #expect(sheet.rowCount == 20_000)
        }
        let cells = try XLSXReadBack(path: path).cells(ofSheet: "Rows")
        #expect(cells.count == 40_000)
        #expect(cells["A20000"]?.value == "19999" && cells["B20000"]?.string == "xã 19999")
    }
}

@Suite("XLSX workbook failures")
struct XLSXWorkbookFailureTests {
    struct Stop: Error {}

    /// A folder holding report.xlsx with known bytes.
    static func folderWithReport() throws -> (folder: URL, path: String, bytes: Data) {
        let folder = try makeXLSXTestFolder()
        let path = folder.appendingPathComponent("report.xlsx").path
        let bytes = Data("an earlier report".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        return (folder, path, bytes)
    }

    static func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func invalidValuesThrowAndLeaveTheEarlierFile() throws {
        let (folder, path, bytes) = try Self.folderWithReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        let invalid: [XLSXCell] = [
            .number(.nan), .percent(.infinity), .date(year: 2024, month: 2, day: 30),
            .date(year: 1899, month: 12, day: 31),
        ]
        for cell in invalid {
            let error = #expect(throws: XLSXError.self) {
                try XLSXWorkbook.write(to: path) { book in
                    let sheet = try book.addSheet(name: "Xã")
                    try sheet.writeRow([.header("value")])
                    try sheet.writeRow([.text("02221"), cell.highlighted])
                }
            }
            #expect(error?.code == .parameterValidation)
            #expect(error?.context == "row 2 of sheet 'Xã', column 2")
            #expect(FileManager.default.contents(atPath: path) == bytes)
            #expect(Self.contents(of: folder) == ["report.xlsx"])
        }
        #expect(throws: XLSXError.self) { try XLSXSheetTestSupport.writeWidth(-1, to: path) }
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func theBuildersOwnErrorPassesThrough() throws {
        let (folder, path, bytes) = try Self.folderWithReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: Stop.self) {
            try XLSXWorkbook.write(to: path) { book in
                try book.addSheet(name: "Xã").writeRow([.text("half")])
                throw Stop()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(Self.contents(of: folder) == ["report.xlsx"])
    }

    @Test func aFolderThatIsAFileThrows() throws {
        let (folder, path, _) = try Self.folderWithReport()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: XLSXError.self) {
            try XLSXWorkbook.write(to: path + "/inside.xlsx") { book in _ = try book.addSheet(name: "Xã") }
        }
        #expect(error?.code == .creatingFile)
        #expect(error?.message.contains("Not a directory") == true)
    }

    @Test(.enabled(if: geteuid() != 0, "root writes into read-only folders"))
    func aReadOnlyFolderThrowsAndLeavesTheEarlierFile() throws {
        let (folder, path, bytes) = try Self.folderWithReport()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o555)
        let error = #expect(throws: XLSXError.self) {
            try XLSXWorkbook.write(to: path) { book in try book.addSheet(name: "Xã").writeRow([.text("new")]) }
        }
        #expect(error?.code == .creatingFile)
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func aFolderInTheWayIsLeftAlone() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try FileManager.default.createDirectory(atPath: path + "/kept", withIntermediateDirectories: true)
        // Refused before anything is built (#26): only a regular file is replaced.
        let error = #expect(throws: FileSystemError.self) {
            try XLSXWorkbook.write(to: path) { book in try book.addSheet(name: "Xã").writeRow([.text("new")]) }
        }
        #expect(error == FileSystemError(.replace(.folder), path: path, code: 0))
        #expect(Self.contents(of: folder) == ["report.xlsx"])
        #expect(Self.contents(of: URL(fileURLWithPath: path)) == ["kept"])
    }

    @Test func aSheetUsedAfterItsWorkbookThrows() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var escaped: XLSXSheet?
        try XLSXWorkbook.write(to: folder.appendingPathComponent("closed.xlsx").path) { book in
            escaped = try book.addSheet(name: "Xã")
        }
        let sheet = try #require(escaped)
        let error = #expect(throws: XLSXError.self) { try sheet.writeRow([.text("late")]) }
        #expect(error?.code == .parameterValidation)
        #expect(throws: XLSXError.self) { try sheet.freezeHeader() }
    }
}

enum XLSXSheetTestSupport {
    /// Writes a one-sheet workbook with one column of the given width.
    static func writeWidth(_ width: Double, to path: String) throws {
        try XLSXWorkbook.write(to: path) { book in try book.addSheet(name: "Xã").columnWidths([width]) }
    }
}

@Suite("XML tree of a written part")
struct XMLTreeTests {
    @Test func readsElementsAttributesAndText() throws {
        let xml = #"<a xmlns:r="urn:r"><b r:id="rId1" n="1">Tuyên <i>Quang</i></b><b/></a>"#
        let root = try XMLTree(parsing: Array(xml.utf8)).root
        #expect(root.name == "a" && root.children("b").count == 2)
        #expect(root.child("b")?["r:id"] == "rId1" && root.child("b")?["n"] == "1")
        #expect(root.child("b")?.textContent == "Tuyên Quang")
    }

    @Test func refusesADoctypeAndMalformedXML() {
        let entity = #"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>"#
        #expect(throws: XMLTree.ParseError.self) { try XMLTree(parsing: Array(entity.utf8)) }
        let error = #expect(throws: XMLTree.ParseError.self) { try XMLTree(parsing: Array("<a><b></a>".utf8)) }
        #expect(error?.line == 1)
    }
}
