private import CLibXLSXWriter

// The one file that calls libxlsxwriter (the way swift-system wraps system calls): raw calls and
// pointers stay here, behind typed values (XLSXCell, XLSXStyle, XLSXError) and scoped handles.
// The workbook is in constant-memory mode: each row goes to a temporary file when the next one
// starts, so rows are written in order and memory does not grow with the workbook; strings are
// then stored inline in the sheet (t="inlineStr"), not in a shared-string table.

/// Writes XLSX workbooks.
package enum XLSXWorkbook {
    /// Builds a workbook with `build` and writes it to `path`, atomically: libxlsxwriter writes a
    /// new temporary file beside `path` (`AtomicFileWriter`: mode 0600, a name nobody can plant,
    /// opened by libxlsxwriter through /proc/self/fd), which is renamed into place only once
    /// complete, so a failure leaves any earlier file at `path` untouched. The workbook is freed
    /// on every path out; the builder and its sheets must not be used after `build` returns (they
    /// then throw).
    /// - Throws: `FileSystemError` when what is at `path` is not a regular file (nor, unless
    ///   `followingSymlink`, a symbolic link); `XLSXError` (`.creatingFile`) when the file cannot be
    ///   made or renamed; the builder's own errors.
    package static func write(
        to path: String, followingSymlink: Bool = false,
        _ build: (inout XLSXWorkbookBuilder) throws -> Void
    ) throws {
        let file: AtomicFileWriter
        do {
            file = try AtomicFileWriter(path: path, followingSymlink: followingSymlink)
        } catch  where error.isRefusedReplacement {
            throw error
        } catch {
            throw XLSXError(code: .creatingFile, message: error.description, context: FileSystem.absolute(path))
        }
        try write(to: file, build)
    }

    /// The same into `file`, made beforehand (the command line makes it before reading the
    /// inputs), committed when the workbook is complete and abandoned on any failure.
    package static func write(to file: AtomicFileWriter, _ build: (inout XLSXWorkbookBuilder) throws -> Void) throws {
        defer { file.abandon() }
        // The folder in messages and for scratch files is absolute, as it always was.
        let scratchFolder = FileSystem.split(FileSystem.absolute(file.path)).folder
        let book = try OpenWorkbook(path: file.pathForAnotherWriter, shownAs: file.path, scratchFolder: scratchFolder)
        defer { book.abandon() }
        var builder = XLSXWorkbookBuilder(book: book)
        try build(&builder)
        try book.close()
        do {
            try file.commit()
        } catch {
            throw XLSXError(code: .creatingFile, message: error.description, context: file.path)
        }
    }
}

/// What the closure of `XLSXWorkbook.write` builds the workbook with. It cannot be copied out.
package struct XLSXWorkbookBuilder: ~Copyable {
    private let book: OpenWorkbook

    fileprivate init(book: OpenWorkbook) { self.book = book }

    /// The names of the sheets added so far, as written (after `addSheet`'s corrections).
    package var sheetNames: [String] { book.sheets.map(\.name) }

    /// Adds a sheet at the end. The name is made valid for Excel: forbidden characters
    /// (`[ ] : * ? / \`) become "-", it is cut to 31 characters, and a name already used
    /// (regardless of case) is numbered " (2)". `XLSXSheet.name` is the name written.
    package mutating func addSheet(name: String) throws -> XLSXSheet {
        try book.addSheet(named: name)
    }
}

/// One sheet of a workbook being written: rows go in order, from the first.
package final class XLSXSheet {
    /// Excel's limits.
    package static let maximumRows = 1_048_576
    package static let maximumColumns = 16_384

    /// The name as written in the workbook.
    package let name: String
    /// How many rows were written; the next `writeRow` writes row `rowCount + 1` (1-based).
    package private(set) var rowCount = 0

    private let book: OpenWorkbook
    private let worksheet: UnsafeMutablePointer<lxw_worksheet>
    private var filterColumns: Int?

    fileprivate init(name: String, book: OpenWorkbook, worksheet: UnsafeMutablePointer<lxw_worksheet>) {
        self.name = name
        self.book = book
        self.worksheet = worksheet
    }

    /// Writes the next row, cell by cell from column A; `.empty` cells without a style are skipped.
    /// Every value is checked before any is written (finite numbers, real dates).
    package func writeRow(_ cells: [XLSXCell]) throws {
        try checkOpen()
        let context = "row \(rowCount + 1) of sheet '\(name)'"
        guard rowCount < Self.maximumRows, cells.count <= Self.maximumColumns else {
            throw XLSXError(
                code: .indexOutOfRange, message: "beyond Excel's \(Self.maximumRows) rows or \(Self.maximumColumns) columns",
                context: context)
        }
        for (column, cell) in cells.enumerated() { try Self.validate(cell.unstyled.value, context: "\(context), column \(column + 1)") }
        defer { rowCount += 1 }
        for (column, cell) in cells.enumerated() {
            let result = try write(cell, row: lxw_row_t(rowCount), column: lxw_col_t(column))
            try check(result, "\(context), column \(column + 1)")
        }
    }

    /// Keeps the first `rows` rows (the header) in view when scrolling.
    package func freezeHeader(rows: Int = 1) throws {
        try checkOpen()
        guard rows >= 1, rows < Self.maximumRows else {
            throw XLSXError(code: .parameterValidation, message: "cannot freeze \(rows) rows", context: "sheet '\(name)'")
        }
        worksheet_freeze_panes(worksheet, lxw_row_t(rows), 0)
    }

    /// Puts filter buttons on the first row over the first `columns` columns; the filtered range
    /// runs to the last row written, and is set when the workbook is closed.
    package func autofilter(columns: Int) throws {
        try checkOpen()
        guard (1...Self.maximumColumns).contains(columns) else {
            throw XLSXError(code: .parameterValidation, message: "cannot filter \(columns) columns", context: "sheet '\(name)'")
        }
        filterColumns = columns
    }

    /// Sets the widths of the first columns, in characters of the default font (0 to 255).
    /// libxlsxwriter 1.1.4 keeps them until the sheet is assembled, so this may come before or
    /// after the rows, even in constant-memory mode.
    package func columnWidths(_ widths: [Double]) throws {
        try checkOpen()
        for (column, width) in widths.enumerated() {
            let context = "column \(column + 1) of sheet '\(name)'"
            guard column < Self.maximumColumns, width.isFinite, (0...255).contains(width) else {
                throw XLSXError(code: .parameterValidation, message: "invalid column width \(width)", context: context)
            }
            try check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil), context)
        }
    }

    // MARK: Printing (#27)

    /// Prints the sheet on A4 paper (portrait, or `landscape`), with the first `headerRows` rows
    /// repeated at the top of every page and the grid printed; with `pagesWide`, scaled down so
    /// that its columns take that many pages across (as many pages down as they need).
    package func printSetup(landscape: Bool, pagesWide: Int?, headerRows: Int = 1) throws {
        try checkOpen()
        let context = "page setup of sheet '\(name)'"
        guard headerRows >= 0, headerRows < Self.maximumRows, (pagesWide ?? 1) >= 1, (pagesWide ?? 1) <= Int(UInt16.max) else {
            throw XLSXError(
                code: .parameterValidation, message: "cannot repeat \(headerRows) rows on \(pagesWide ?? 0) pages",
                context: context)
        }
        worksheet_set_paper(worksheet, 9)  // A4
        if landscape { worksheet_set_landscape(worksheet) }
        if headerRows > 0 { try check(worksheet_repeat_rows(worksheet, 0, lxw_row_t(headerRows - 1)), context) }
        if let pagesWide { worksheet_fit_to_pages(worksheet, UInt16(pagesWide), 0) }
        worksheet_gridlines(worksheet, UInt8(LXW_SHOW_ALL_GRIDLINES.rawValue))
    }

    /// Sets what is only known at the end (the filter's last row); called by the workbook's close.
    fileprivate func finish() throws {
        guard let columns = filterColumns else { return }
        let lastRow = lxw_row_t(max(rowCount - 1, 0))
        try check(worksheet_autofilter(worksheet, 0, 0, lastRow, lxw_col_t(columns - 1)), "autofilter of sheet '\(name)'")
    }

    private func write(_ cell: XLSXCell, row: lxw_row_t, column: lxw_col_t) throws -> lxw_error {
        let (value, style) = cell.unstyled
        switch value {
        case .text(let text):
            let format = try book.format(.general, style)
            // Always a string, never a formula (`=` too); a literal `_xHHHH_` escaped (#26).
            return XLSXText.escapingLiteralEscapes(text).withCString { worksheet_write_string(worksheet, row, column, $0, format) }
        case .integer(let integer):
            return worksheet_write_number(worksheet, row, column, Double(integer), try book.format(.general, style))
        case .number(let number):
            return worksheet_write_number(worksheet, row, column, number, try book.format(.general, style))
        case .percent(let fraction):
            return worksheet_write_number(worksheet, row, column, fraction, try book.format(.percent, style))
        case .date(let year, let month, let day):
            var date = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
            return worksheet_write_datetime(worksheet, row, column, &date, try book.format(.date, style))
        case .empty, .styled:  // `unstyled` never gives `.styled`
            if style.isEmpty { return LXW_NO_ERROR }
            return worksheet_write_blank(worksheet, row, column, try book.format(.general, style))
        }
    }

    private static func validate(_ value: XLSXCell, context: String) throws {
        switch value {
        case .number(let number), .percent(let number):
            guard number.isFinite else {
                throw XLSXError(code: .parameterValidation, message: "\(number) is not a finite number", context: context)
            }
        case .date(let year, let month, let day):
            guard XLSXDate.isValid(year: year, month: month, day: day) else {
                throw XLSXError(
                    code: .parameterValidation, message: "\(year)-\(month)-\(day) is not a date from 1900 to 9999",
                    context: context)
            }
        case .text, .integer, .empty, .styled:
            return
        }
    }

    private func checkOpen() throws {
        guard book.isOpen else { throw OpenWorkbook.closedError(context: "sheet '\(name)'") }
    }
}

@available(*, unavailable, message: "a sheet belongs to the one scope that writes its workbook")
extension XLSXSheet: Sendable {}

/// The libxlsxwriter workbook, its formats and sheets, freed on close or when abandoned.
private final class OpenWorkbook {
    enum NumberFormat: Hashable {
        case general, percent, date

        var code: String? {
            switch self {
            case .general: return nil
            case .percent: return "0.0%"
            case .date: return "yyyy-mm-dd"
            }
        }
    }

    private struct FormatKey: Hashable {
        var numberFormat: NumberFormat
        var style: XLSXStyle
    }

    /// Excel's "light red fill".
    static let highlightColor: lxw_color_t = 0xFFC7CE

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var scratchFolder: UnsafeMutablePointer<CChar>?
    private var formats: [FormatKey: UnsafeMutablePointer<lxw_format>] = [:]
    private(set) var sheets: [XLSXSheet] = []
    private let shownPath: String

    /// Opens a constant-memory workbook that writes `path` on close and keeps its temporary
    /// files in `scratchFolder` (the destination's folder, not /tmp, which may be in memory).
    init(path: String, shownAs shownPath: String, scratchFolder folder: String) throws {
        self.shownPath = shownPath
        // A C string of its own, alive as long as the workbook (libxlsxwriter keeps the pointer).
        let characters = folder.utf8CString
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: characters.count)
        characters.withUnsafeBufferPointer { copy.initialize(from: $0.baseAddress!, count: $0.count) }
        scratchFolder = copy
        var options = lxw_workbook_options(
            constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: scratchFolder,
            use_zip64: UInt8(LXW_FALSE.rawValue))
        workbook = workbook_new_opt(path, &options)
        guard workbook != nil else {
            abandon()
            throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: shownPath)
        }
    }

    deinit { abandon() }

    var isOpen: Bool { workbook != nil }

    static func closedError(context: String) -> XLSXError {
        XLSXError(
            code: .parameterValidation, message: "the workbook is closed: used outside XLSXWorkbook.write's closure",
            context: context)
    }

    func addSheet(named requested: String) throws -> XLSXSheet {
        guard let workbook else { throw Self.closedError(context: "sheet '\(requested)'") }
        let name = XLSXSheetName.make(from: requested, avoiding: sheets.map(\.name))
        try check(workbook_validate_sheet_name(workbook, name), "sheet name '\(name)'")
        guard let worksheet = workbook_add_worksheet(workbook, name) else {
            throw XLSXError(LXW_ERROR_CREATING_TMPFILE, context: "sheet '\(name)'")
        }
        let sheet = XLSXSheet(name: name, book: self, worksheet: worksheet)
        sheets.append(sheet)
        return sheet
    }

    /// The format for a value's number format and style; nil (the default) for plain General.
    func format(_ numberFormat: NumberFormat, _ style: XLSXStyle) throws -> UnsafeMutablePointer<lxw_format>? {
        if numberFormat == .general && style.isEmpty { return nil }
        let key = FormatKey(numberFormat: numberFormat, style: style)
        if let format = formats[key] { return format }
        guard let workbook else { throw Self.closedError(context: shownPath) }
        guard let format = workbook_add_format(workbook) else {
            throw XLSXError(LXW_ERROR_MEMORY_MALLOC_FAILED, context: shownPath)
        }
        if let code = numberFormat.code { format_set_num_format(format, code) }
        if style.contains(.bold) { format_set_bold(format) }
        if style.contains(.highlight) { format_set_bg_color(format, Self.highlightColor) }
        if style.contains(.wrap) {
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        formats[key] = format
        return format
    }

    /// Writes the file; libxlsxwriter frees the workbook whether or not that succeeds.
    func close() throws {
        guard let workbook else { throw Self.closedError(context: shownPath) }
        for sheet in sheets { try sheet.finish() }
        self.workbook = nil
        let result = workbook_close(workbook)
        abandon()
        try check(result, "writing \(shownPath)")
    }

    /// Frees whatever is still held; the sheets then throw when used.
    func abandon() {
        if let workbook { lxw_workbook_free(workbook) }
        workbook = nil
        formats = [:]
        sheets = []
        scratchFolder?.deallocate()
        scratchFolder = nil
    }
}

extension XLSXError {
    fileprivate init(_ error: lxw_error, context: String) {
        self.init(code: Code(rawValue: Int(error.rawValue)), message: String(cString: lxw_strerror(error)), context: context)
    }
}

extension XLSXError.Code {
    /// The output file (or its temporary file) could not be created or renamed into place.
    package static let creatingFile = Self(rawValue: Int(LXW_ERROR_CREATING_XLSX_FILE.rawValue))
    /// A value, width, name or call that libxlsxwriter or Excel would refuse.
    package static let parameterValidation = Self(rawValue: Int(LXW_ERROR_PARAMETER_VALIDATION.rawValue))
    /// A row or column beyond Excel's limits.
    package static let indexOutOfRange = Self(rawValue: Int(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.rawValue))
}

/// Throws libxlsxwriter's error, if any.
private func check(_ result: lxw_error, _ context: @autoclosure () -> String) throws {
    guard result != LXW_NO_ERROR else { return }
    throw XLSXError(result, context: context())
}
