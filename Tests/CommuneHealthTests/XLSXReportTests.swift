import Foundation
import Testing
@testable import CommuneHealth

// `analyze --format xlsx`: the workbook read back (XLSXReadBack) against JSONReport's document (its bytes read back) of
// the same analysis, and the command line's exit statuses.

@Suite("XLSX report")
struct XLSXReportTests {
    /// The ten communes of the conformance kit (codes such as 02200, with a leading zero).
    static func analysis() throws -> Analysis {
        let folder = fixture("conformance")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("0") && $0.hasSuffix(".xml") }.sorted().map { folder + "/" + $0 }
        #expect(files.count == 10)
        return Analyzer(jobs: 2).analyze(files: files)
    }

    /// Writes the workbook of `analysis` in `language` to a fresh folder; the caller removes it.
    static func write(_ analysis: Analysis, _ language: Language = .en) throws -> (folder: URL, book: XLSXReadBack) {
        let folder = try makeXLSXTestFolder()
        let path = folder.appendingPathComponent("report.xlsx").path
        try XLSXReport.write(
            analysis, to: path, language: language,
            source: XLSXReport.Source(toolVersion: "9.9.9", inputs: ["conformance"]))
        return (folder, XLSXReadBack(path: path))
    }

    @Test func sheetNamesAndHeader() throws {
        let (folder, book) = try Self.write(try Self.analysis())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try book.sheetNames() == [
                "Overview", "Summary", "Provinces", "Districts", "Communes", "Breakdowns", "Data quality",
                "Completeness", "Missing communes", "Duplicate people", "Problems", "About",
            ])
        let cells = try book.cells(ofSheet: "Communes")
        let header = try Self.header(cells)
        #expect(
            Array(header.prefix(10)) == [
                "Code", "Name", "Province code", "Province", "District code", "District",
                "Period from", "Period to", "Reference date", "File",
            ])
        #expect(
            header.contains("Coverage: rate") && header.contains("Stunting: 95% CI low")
                && header.contains("Wasting: severely wasted") && header.contains("HAZ score: Points"))
        #expect(try book.font(ofStyle: try #require(cells["A1"]).style)?.child("b") != nil)

        let sheet = try book.sheet("Communes")
        #expect(sheet.path("sheetViews", "sheetView", "pane")?["state"] == "frozen")
        #expect(sheet.child("autoFilter")?["ref"] == "A1:\(Self.columnName(header.count - 1))11")
        #expect((sheet.child("cols")?.children("col") ?? []).count == header.count)
    }

    /// Every cell of every commune row with a JSON key equals JSONReport's value for that commune.
    @Test func communeRowsEqualJSON() throws {
        let analysis = try Self.analysis()
        let (folder, book) = try Self.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cells = try book.cells(ofSheet: "Communes")
        let document = try JSONReport.document(analysis)
        let communes = try #require(document["communes"]?.array)
        #expect(communes.count == analysis.communes.count)
        let columns = XLSXUnitColumns(labels: Labels(.en), targets: analysis.targets)
        let defined = columns.identity(nil) + columns.figures()
        #expect(try Self.header(cells) == defined.map(\.heading))
        var compared = 0
        for (index, commune) in communes.enumerated() {
            for (column, definition) in defined.enumerated() {
                guard let key = definition.json else { continue }
                let reference = Self.columnName(column) + String(index + 2)
                let expected = try #require(
                    key.hasPrefix("$.") ? document[path: String(key.dropFirst(2))] : commune[path: key],
                    "\(key) in JSON")
                #expect(
                    Self.agrees(cells[reference], expected),
                    "\(reference) \(definition.heading) (\(key)): \(String(describing: cells[reference])) vs \(expected.serialized())")
                compared += 1
            }
        }
        #expect(compared > 10 * 50)
    }

    @Test func typedCells() throws {
        let (folder, book) = try Self.write(try Self.analysis())
        defer { try? FileManager.default.removeItem(at: folder) }
        let cells = try book.cells(ofSheet: "Communes")
        let header = try Self.header(cells)
        func cell(_ heading: String, row: Int = 2) throws -> XLSXStoredCell {
            let column = try #require(header.firstIndex(of: heading), "column \(heading)")
            return try #require(cells[Self.columnName(column) + String(row)])
        }
        // A code is text and keeps its leading zero.
        let code = try cell("Code")
        #expect(code.type == "inlineStr" && code.string == "02200")
        #expect(try cell("Province code").string == "08")
        // A count is an integer.
        let residents = try cell("Coverage: residents")
        #expect(residents.type == nil && Int(residents.value ?? "") != nil)
        // A rate is a number with a percent format, and so are both ends of its interval.
        for heading in ["Coverage: rate", "Coverage: 95% CI low", "Coverage: 95% CI high", "Stunting: rate"] {
            let rate = try cell(heading)
            #expect(rate.type == nil && Double(rate.value ?? "") != nil, "\(heading)")
            #expect(try book.numberFormat(ofStyle: rate.style) == "0.0%", "\(heading)")
        }
        // A date is a date.
        let from = try cell("Period from")
        #expect(from.type == nil && from.value == "45292")  // 2024-01-01
        #expect(try book.numberFormat(ofStyle: from.style) == "yyyy-mm-dd")
        // A unit that misses a target: its name, its rate and its verdict on a red fill.
        let analysis = try Self.analysis()
        let missing = try #require(analysis.communes.firstIndex { analysis.targets.meetsCoverage($0.figures) == false })
        #expect(try book.fillColor(ofStyle: try cell("Name", row: missing + 2).style) == "FFFFC7CE")
        #expect(try book.fillColor(ofStyle: try cell("Coverage: rate", row: missing + 2).style) == "FFFFC7CE")
        #expect(try cell("Coverage: meets target", row: missing + 2).string == "Not met")
        // The About sheet names the tool's version and every file read.
        let about = try book.cells(ofSheet: "About")
        let texts = about.values.compactMap(\.string)
        #expect(texts.contains("commune-health 9.9.9"))
        #expect(texts.filter { $0.hasSuffix("-2024.xml") }.count == 10)
        #expect(texts.contains { $0.hasPrefix("WHO Child Growth Standards (2006)") })
    }

    @Test func vietnamese() throws {
        let (folder, book) = try Self.write(try Self.analysis(), .vi)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try book.sheetNames() == [
                "Tổng quan", "Tóm tắt", "Tỉnh", "Huyện", "Xã", "Theo nhóm", "Chất lượng số liệu",
                "Mức độ đầy đủ", "Xã chưa báo cáo", "Người bị trùng", "Vấn đề", "Giải thích",
            ])
        let header = try Self.header(try book.cells(ofSheet: "Xã"))
        #expect(Array(header.prefix(3)) == ["Mã", "Tên", "Mã tỉnh"])
        #expect(header.contains("Bao phủ BHYT: tỷ lệ") && header.contains("Thấp còi: KTC 95% cận dưới"))
        #expect(header.contains("Bao phủ BHYT: có thẻ BHYT"))
        let verdicts = try book.cells(ofSheet: "Xã").values.compactMap(\.string)
        #expect(verdicts.contains("Chưa đạt"))
    }

    @Test func problemsAndLongTexts() throws {
        var files = try FileManager.default.contentsOfDirectory(atPath: fixture("conformance"))
            .filter { $0.hasPrefix("0") || $0 == "bad-code.xml" }.map { fixture("conformance/" + $0) }
        files.sort()
        let analysis = Analyzer(jobs: 2).analyze(files: files)
        #expect(analysis.rejectedFiles.count == 1)
        let (folder, book) = try Self.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cells = try book.cells(ofSheet: "Problems")
        #expect(try Self.header(cells).first == "Kind")
        #expect(cells["A2"]?.string == "rejected file")
        #expect(cells["B2"]?.string?.hasSuffix("bad-code.xml") == true)
        #expect(cells["C2"]?.type == nil && cells["C2"]?.value != nil)

        // A text longer than Excel's 32,767 characters is cut, with its style kept.
        let long = XLSXCell.text(String(repeating: "ă", count: 40_000)).highlighted
        let fitted = XLSXTable<Int>.fitted(long)
        guard case .text(let text) = fitted.unstyled.value else { Issue.record("not a text"); return }
        #expect(text.utf16.count == 32_767 && text.hasSuffix("…"))
        #expect(fitted.unstyled.style == .highlight)
        #expect(XLSXTable<Int>.fitted(.text("02221")) == .text("02221"))
    }

    @Test func aFullSheetGoesOnInTheNext() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rows.xlsx").path
        let columns = [XLSXColumn<Int>("n", "a number") { .integer($0) }]
        var names: [String] = []
        try XLSXWorkbook.write(to: path) { book in
            names = try XLSXTable.write(1...7, columns: columns, sheet: "Rows", in: &book, rowLimit: 3)
        }
        #expect(names == ["Rows", "Rows (2)", "Rows (3)", "Rows (4)"])
        let book = XLSXReadBack(path: path)
        #expect(try book.sheetNames() == names)
        for (index, name) in names.enumerated() {
            let cells = try book.cells(ofSheet: name)
            #expect(cells["A1"]?.string == "n")
            let values = ["A2", "A3"].compactMap { cells[$0]?.value }
            #expect(values == [2 * index + 1, 2 * index + 2].filter { $0 <= 7 }.map(String.init))
        }
    }

    // MARK: The command line

    @Test func xlsxWithoutOutputExits64() throws {
        let result = try CommandLineTool.run(["analyze", fixture("conformance/02200-2024.xml"), "--format", "xlsx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output"))
        #expect(result.stdout.isEmpty)
    }

    @Test func writesTheWorkbook() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        let result = try CommandLineTool.run(["analyze", fixture("conformance/02200-2024.xml"), "--format", "xlsx", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try XLSXReadBack(path: path).cells(ofSheet: "Communes")["A2"]?.string == "02200")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xlsx"])
    }

    @Test func unwritableOutputExits74AndKeepsTheEarlierFile() throws {
        let folder = try makeXLSXTestFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        // A folder that does not exist.
        let nowhere = folder.appendingPathComponent("missing/report.xlsx").path
        let missing = try CommandLineTool.run(["analyze", fixture("conformance/02200-2024.xml"), "--format", "xlsx", "--output", nowhere])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("cannot write"))

        // A directory in the way: the earlier file inside it and the directory stay as they were.
        let inTheWay = folder.appendingPathComponent("report.xlsx")
        try FileManager.default.createDirectory(at: inTheWay, withIntermediateDirectories: false)
        try Data("earlier".utf8).write(to: inTheWay.appendingPathComponent("keep.txt"))
        let blocked = try CommandLineTool.run([
            "analyze", fixture("conformance/02200-2024.xml"), "--format", "xlsx",
            "--output", inTheWay.path,
        ])
        #expect(blocked.status == 73)  // EX_CANTCREAT: only a regular file is replaced (#26)
        #expect(blocked.stderr.hasSuffix("commune-health: cannot write \(inTheWay.path): it is a folder; only a regular file is replaced\n"))
        #expect(try String(contentsOf: inTheWay.appendingPathComponent("keep.txt"), encoding: .utf8) == "earlier")

        // An earlier workbook in a folder that became read-only is untouched (not as root, who may write anyway).
        let earlier = folder.appendingPathComponent("earlier.xlsx")
        try Data("earlier workbook".utf8).write(to: earlier)
        chmod(folder.path, 0o555)
        if access(folder.path, W_OK) != 0 {
            let readOnly = try CommandLineTool.run([
                "analyze", fixture("conformance/02200-2024.xml"), "--format", "xlsx",
                "--output", earlier.path,
            ])
            #expect(readOnly.status == 74)
        }
        chmod(folder.path, 0o755)
        #expect(try Data(contentsOf: earlier) == Data("earlier workbook".utf8))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["report.xlsx", "earlier.xlsx"])
    }

    // MARK: Helpers

    /// The header row's texts, from A1 on.
    static func header(_ cells: [String: XLSXStoredCell]) throws -> [String] {
        var texts: [String] = []
        while let cell = cells[columnName(texts.count) + "1"], let text = cell.string { texts.append(text) }
        return texts
    }

    /// "A" for 0, "Z" for 25, "AA" for 26.
    static func columnName(_ index: Int) -> String {
        var name = "", number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Whether a stored cell holds a JSON value: null is no cell; true/false are "Met"/"Not met"
    /// or "yes"/"no"; numbers agree to 1e-15 (libxlsxwriter writes 16 significant digits);
    /// "2024-01-01" is that date's serial number; bands are written with a space for the hyphen.
    static func agrees(_ cell: XLSXStoredCell?, _ expected: JSONValue) -> Bool {
        switch expected {
        case .null: return cell == nil
        case .bool(let value):
            return cell?.string == (value ? "Met" : "Not met") || cell?.string == (value ? "yes" : "no")
        case .int(let value):
            return cell?.type == nil && cell?.value == String(value)
        case .double(let value):
            guard cell?.type == nil, let stored = cell?.value.flatMap(Double.init) else { return false }
            return abs(stored - value) <= 1e-15 * max(abs(value), 1)
        case .string(let text):
            if let serial = dateSerial(text) { return cell?.type == nil && cell?.value == String(serial) }
            return cell?.string == text || cell?.string == text.replacingOccurrences(of: "-", with: " ")
        case .array(let items):
            // A list of codes (`missing`, `unknown`, `predecessors`, `lacksDivided`): the codes,
            // space-separated; an empty list is no cell.
            let codes = items.compactMap { item -> String? in
                if case .string(let code) = item { return code }
                if case .string(let code)? = item["code"] { return code }
                return nil
            }
            guard codes.count == items.count else { return false }
            return codes.isEmpty ? cell == nil : cell?.string == codes.joined(separator: " ")
        case .object:
            return false
        }
    }

    /// Days from 1899-12-30 (Excel's day 0 for dates after February 1900) to "YYYY-MM-DD".
    static func dateSerial(_ text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        components.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return nil }
        return Int((date.timeIntervalSince1970 / 86_400).rounded()) + 25_569
    }
}

extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// A dotted path: "indicators.stunting.ci.0".
    subscript(path path: String) -> JSONValue? {
        var value: JSONValue? = self
        for part in path.split(separator: ".") {
            if case .array(let items)? = value, let index = Int(part) {
                value = items.indices.contains(index) ? items[index] : nil
            } else if case .null? = value {
                return .null  // an interval that is null: both of its ends are
            } else {
                value = value?[String(part)]
            }
        }
        return value
    }

    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
