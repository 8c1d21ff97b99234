import Foundation
@testable import CommuneHealth
import CommuneHealthTestSupport

// Reads an .xlsx back for tests, without new dependencies: `unzip -p` (Debian's unzip; .ci/run
// installs it) takes a part out of the zip, libxml2 (XMLTree) parses it. Only what the tests
// check is read: sheet names, cells with their strings and styles, panes, filters, columns.

struct XLSXReadBackError: Error, CustomStringConvertible {
    var description: String
}

/// One cell of a sheet as stored.
struct XLSXStoredCell: Equatable {
    /// The `t` attribute: "s" (shared string), "inlineStr", "str", "b", "e", or nil for a number.
    var type: String?
    /// The `s` attribute: the index of the cell's format in styles.xml's cellXfs; 0 by default.
    var style: Int
    /// The `<v>` text: a number, or a shared-string index when `type` is "s".
    var value: String?
    /// The string of a string cell (shared or inline), nil for other cells.
    var string: String?
}

/// A written workbook, read back part by part.
struct XLSXReadBack {
    let path: String

    /// The names of the zip's members, in order.
    func partNames() throws -> [String] {
        try String(decoding: Self.unzip(["-Z1", path]), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// A part's bytes. `name` is an unzip pattern: escape brackets ("\\[Content_Types\\].xml").
    func part(_ name: String) throws -> Data { try Self.unzip(["-p", path, name]) }

    /// A part parsed by libxml2.
    func xml(_ name: String) throws -> XMLTree.Element { try XMLTree(parsing: [UInt8](part(name))).root }

    /// The sheet names in xl/workbook.xml, in tab order.
    func sheetNames() throws -> [String] {
        try xml("xl/workbook.xml").child("sheets")?.children("sheet").compactMap { $0["name"] } ?? []
    }

    /// The part that holds the sheet named `name`, through xl/_rels/workbook.xml.rels.
    func sheetPartName(_ name: String) throws -> String {
        let sheet = try xml("xl/workbook.xml").child("sheets")?.children("sheet").first { $0["name"] == name }
        guard let id = sheet?["r:id"] else { throw XLSXReadBackError(description: "no sheet named \(name)") }
        let relation = try xml("xl/_rels/workbook.xml.rels").children("Relationship").first { $0["Id"] == id }
        guard let target = relation?["Target"] else { throw XLSXReadBackError(description: "no relationship \(id)") }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The worksheet element of the sheet named `name`.
    func sheet(_ name: String) throws -> XMLTree.Element { try xml(sheetPartName(name)) }

    /// The cells of the sheet named `name`, by reference ("A1").
    func cells(ofSheet name: String) throws -> [String: XLSXStoredCell] {
        let shared = try sharedStrings()
        var cells: [String: XLSXStoredCell] = [:]
        for row in try sheet(name).child("sheetData")?.children("row") ?? [] {
            for cell in row.children("c") {
                guard let reference = cell["r"] else { continue }
                let value = cell.child("v")?.text
                var string: String?
                switch cell["t"] {
                case "s": string = value.flatMap(Int.init).flatMap { shared.indices.contains($0) ? shared[$0] : nil }
                case "inlineStr": string = cell.child("is")?.textContent
                case "str": string = value
                default: string = nil
                }
                cells[reference] = XLSXStoredCell(type: cell["t"], style: cell["s"].flatMap(Int.init) ?? 0, value: value, string: string)
            }
        }
        return cells
    }

    /// xl/sharedStrings.xml's strings, in order; empty when the workbook has none (inline strings).
    func sharedStrings() throws -> [String] {
        guard try partNames().contains("xl/sharedStrings.xml") else { return [] }
        return try xml("xl/sharedStrings.xml").children("si").map(\.textContent)
    }

    /// The cellXfs entry (`<xf>`) of style index `index` in xl/styles.xml.
    func cellFormat(_ index: Int) throws -> XMLTree.Element? {
        let formats = try xml("xl/styles.xml").child("cellXfs")?.children("xf") ?? []
        return formats.indices.contains(index) ? formats[index] : nil
    }

    /// The number format code of style index `index`: a custom one from `<numFmts>`, or
    /// "General" for id 0 (other built-in ids are given as "builtin:ID").
    func numberFormat(ofStyle index: Int) throws -> String? {
        guard let id = try cellFormat(index)?["numFmtId"] else { return nil }
        if id == "0" { return "General" }
        let custom = try xml("xl/styles.xml").child("numFmts")?.children("numFmt").first { $0["numFmtId"] == id }
        return custom?["formatCode"] ?? "builtin:\(id)"
    }

    /// The font element of style index `index`.
    func font(ofStyle index: Int) throws -> XMLTree.Element? {
        guard let id = try cellFormat(index)?["fontId"].flatMap(Int.init) else { return nil }
        let fonts = try xml("xl/styles.xml").child("fonts")?.children("font") ?? []
        return fonts.indices.contains(id) ? fonts[id] : nil
    }

    /// The fill colour (`fgColor rgb`, e.g. "FFFFC7CE") of style index `index`, nil without one.
    func fillColor(ofStyle index: Int) throws -> String? {
        guard let id = try cellFormat(index)?["fillId"].flatMap(Int.init) else { return nil }
        let fills = try xml("xl/styles.xml").child("fills")?.children("fill") ?? []
        guard fills.indices.contains(id) else { return nil }
        return fills[id].path("patternFill", "fgColor")?["rgb"]
    }

    /// Runs unzip and returns its standard output; throws with its standard error on failure.
    private static func unzip(_ arguments: [String]) throws -> Data {
        let candidates = ["/usr/bin/unzip", "/bin/unzip", "/usr/local/bin/unzip"]
        guard let executable = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XLSXReadBackError(description: "unzip is not installed (apt-get install unzip; .ci/run does it)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw XLSXReadBackError(
                description: "unzip \(arguments.joined(separator: " ")): status \(process.terminationStatus): "
                    + String(decoding: message, as: UTF8.self))
        }
        return data
    }
}

/// A fresh folder under the temporary directory, removed by the caller.
func makeXLSXTestFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commune-health-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
