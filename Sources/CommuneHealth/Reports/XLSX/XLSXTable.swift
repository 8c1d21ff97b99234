/// One column of a sheet: its heading, what it holds (for the About sheet), the JSON key of the
/// same figure (`analyze --format json`, a path such as `indicators.stunting.ci.0`; `$.` starts
/// from the document), and the cell of a row. A sheet is a list of these: adding a figure to a
/// sheet is adding one column.
struct XLSXColumn<Row> {
    var heading: String
    var meaning: String
    var json: String?
    var cell: (Row) -> XLSXCell

    init(_ heading: String, _ meaning: String, json: String? = nil, _ cell: @escaping (Row) -> XLSXCell) {
        self.heading = heading
        self.meaning = meaning
        self.json = json
        self.cell = cell
    }

    /// The same column for a row that holds this column's row.
    func pulled<Outer>(_ inner: @escaping (Outer) -> Row) -> XLSXColumn<Outer> {
        let cell = self.cell
        return XLSXColumn<Outer>(heading, meaning, json: json) { cell(inner($0)) }
    }
}

/// A sheet written as a table: a bold header row that stays in view, filter buttons on it, then
/// one row per value, in order (constant memory), and column widths that fit what was written.
final class XLSXTable<Row> {
    let sheet: XLSXSheet
    let columns: [XLSXColumn<Row>]
    private var widths: [Int]
    /// The widths the sheet asked for, its texts wrapped within them (#27); nil: fitted to the texts.
    private let fixedWidths: [Double]?

    /// Widths in characters of the default font: at least this, at most that (long texts such as
    /// file paths and notes are cut off in view, not in the cell).
    static var minimumWidth: Int { 6 }
    static var maximumWidth: Int { 60 }

    /// Rows a sheet holds, header included: Excel's limit unless a test asks for fewer.
    let rowLimit: Int

    init(
        _ sheet: XLSXSheet, _ columns: [XLSXColumn<Row>], rowLimit: Int = XLSXSheet.maximumRows,
        widths fixedWidths: [Double]? = nil
    ) throws {
        self.sheet = sheet
        self.rowLimit = rowLimit
        self.columns = columns
        self.fixedWidths = fixedWidths
        widths = columns.map { Self.displayWidth(of: .text($0.heading)) }
        try sheet.writeRow(columns.map { fixedWidths == nil ? XLSXCell.header($0.heading) : XLSXCell.header($0.heading).styled(.wrap) })
        try sheet.freezeHeader()
        if !columns.isEmpty { try sheet.autofilter(columns: columns.count) }
    }

    /// Whether the sheet has as many rows as Excel allows.
    var isFull: Bool { sheet.rowCount >= rowLimit }

    /// Excel's limit on the characters of a cell; longer texts are cut, with "…" at the end.
    static var maximumTextLength: Int { 32_767 }

    /// Writes `rows` as a table on a sheet named `name`; when a sheet is full the rows go on in
    /// "NAME (2)" and so on, each with the header. Returns the names of the sheets written.
    @discardableResult
    static func write<Rows: Sequence>(
        _ rows: Rows, columns: [XLSXColumn<Row>], sheet name: String,
        in book: inout XLSXWorkbookBuilder, rowLimit: Int = XLSXSheet.maximumRows,
        widths: [Double]? = nil
    ) throws -> [String]
    where Rows.Element == Row {
        try write(columns: columns, sheet: name, in: &book, rowLimit: rowLimit, widths: widths) { row in
            for value in rows { try row(value) }
        }
    }

    /// The same, for rows made one at a time: `rows` hands each to its argument, which writes it
    /// at once, so that no list of them is held.
    @discardableResult
    static func write(
        columns: [XLSXColumn<Row>], sheet name: String, in book: inout XLSXWorkbookBuilder,
        rowLimit: Int = XLSXSheet.maximumRows, widths: [Double]? = nil,
        rows: (_ row: (Row) throws -> Void) throws -> Void
    ) throws -> [String] {
        var table = try XLSXTable(try book.addSheet(name: name), columns, rowLimit: rowLimit, widths: widths)
        var names = [table.sheet.name]
        try rows { row in
            if table.isFull {
                try table.finish()
                table = try XLSXTable(try book.addSheet(name: name), columns, rowLimit: rowLimit, widths: widths)
                names.append(table.sheet.name)
            }
            try table.write(row)
        }
        try table.finish()
        return names
    }

    func write(_ row: Row) throws {
        let cells = columns.map { Self.fitted($0.cell(row)) }
        for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], Self.displayWidth(of: cell)) }
        try sheet.writeRow(cells)
    }

    /// Sets the widths and the page setup; call once every row is written.
    func finish() throws {
        let widths = fixedWidths ?? self.widths.map { Double(min(max($0 + 2, Self.minimumWidth), Self.maximumWidth)) }
        try sheet.columnWidths(widths)
        let layout = XLSXPrintLayout(columnWidths: widths)
        try sheet.printSetup(landscape: layout.landscape, pagesWide: layout.pagesWide)
    }

    /// A text cell cut to Excel's limit, in UTF-16 units (what Excel counts), at a character.
    static func fitted(_ cell: XLSXCell) -> XLSXCell {
        let (value, style) = cell.unstyled
        guard case .text(let text) = value, text.utf16.count > maximumTextLength else { return cell }
        var cut = "", length = 0
        for character in text {
            length += character.utf16.count
            if length > maximumTextLength - 1 { break }
            cut.append(character)
        }
        return XLSXCell.text(cut + "…").styled(style)
    }

    /// About how many characters a cell shows.
    static func displayWidth(of cell: XLSXCell) -> Int {
        switch cell.unstyled.value {
        case .text(let text): return text.count
        case .integer(let value): return String(value).count
        case .number(let value): return min(String(value).count, 12)
        case .percent: return 6
        case .date: return 10
        case .empty, .styled: return 0
        }
    }
}

/// How a sheet prints on A4 (#27): portrait when its columns fit the width of a portrait page,
/// else landscape; scaled to one page wide when that keeps at least `minimumScale` of the size,
/// else to as many pages across as keep it. The header row repeats on every page.
struct XLSXPrintLayout: Equatable {
    var landscape: Bool
    var pagesWide: Int

    /// The printable width of an A4 page with Excel's default margins (0.7 inch left and right),
    /// in pixels at 96 per inch: portrait 8.27 − 1.4 inches, landscape 11.69 − 1.4 inches.
    static let portraitWidth = 659.0
    static let landscapeWidth = 987.0
    static let minimumScale = 0.6

    /// A column `characters` wide in the default font (Calibri 11) is 7 pixels a character and 5 more.
    static func pixels(_ characters: Double) -> Double { (characters * 7 + 5).rounded(.down) }

    init(columnWidths: [Double]) {
        let total = columnWidths.map(Self.pixels).reduce(0, +)
        landscape = total > Self.portraitWidth
        let page = (landscape ? Self.landscapeWidth : Self.portraitWidth) / Self.minimumScale
        pagesWide = max(1, Int((total / page).rounded(.up)))
    }
}
