// The values of the XLSX writer: cells, their look, errors and sheet names. Plain Swift; only
// XLSXWorkbook.swift turns them into libxlsxwriter calls.

/// How a cell looks on top of the number format its value needs.
package struct XLSXStyle: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold text: header cells.
    package static let bold = XLSXStyle(rawValue: 1 << 0)
    /// A light red fill (#FFC7CE, Excel's "light red fill"): a unit that misses a target.
    package static let highlight = XLSXStyle(rawValue: 1 << 1)
    /// Text wrapped within the column's width, at the top of its cell: the Overview sheet (#27).
    package static let wrap = XLSXStyle(rawValue: 1 << 2)
}

/// One cell of a row, typed: the workbook stores numbers as numbers, dates as dates and codes as
/// text, so that a spreadsheet sorts and sums them correctly.
package enum XLSXCell: Equatable, Sendable {
    /// A string, UTF-8 in the file. Codes such as "02221" are text so they keep their leading zero.
    case text(String)
    /// A whole number (Excel keeps 15 significant digits).
    case integer(Int)
    /// A number in the General format. It must be finite.
    case number(Double)
    /// A fraction shown as a percentage with one decimal: 0.975 shows as 97.5% (format `0.0%`).
    case percent(Double)
    /// A calendar date, stored as an Excel date and shown as `yyyy-mm-dd`. Years 1900 to 9999.
    case date(year: Int, month: Int, day: Int)
    /// Nothing; written as a blank cell only when it has a style (so that a fill shows).
    case empty
    /// A cell with a style; `styled(_:)`, `bold` and `highlighted` build it.
    indirect case styled(XLSXCell, XLSXStyle)

    /// A bold text cell, for a header row.
    package static func header(_ text: String) -> XLSXCell { .text(text).bold }

    /// The same value with `style` added to any style it already has.
    package func styled(_ style: XLSXStyle) -> XLSXCell {
        let (value, current) = unstyled
        return .styled(value, current.union(style))
    }

    /// The same value in bold.
    package var bold: XLSXCell { styled(.bold) }

    /// The same value on a light red fill.
    package var highlighted: XLSXCell { styled(.highlight) }

    /// The value without any style, and the union of its styles.
    var unstyled: (value: XLSXCell, style: XLSXStyle) {
        var style: XLSXStyle = []
        var cell = self
        while case .styled(let inner, let innerStyle) = cell {
            style.formUnion(innerStyle)
            cell = inner
        }
        return (cell, style)
    }
}

/// A failure of the XLSX writer, as a value: libxlsxwriter's error code and message (or the
/// code libxlsxwriter uses for the same kind of failure, when the check is done here), and what
/// was being written.
package struct XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A libxlsxwriter error code (`lxw_error`); the constants are on `XLSXError.Code`.
    package struct Code: RawRepresentable, Hashable, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }
    }

    package var code: Code
    /// What went wrong, e.g. libxlsxwriter's `lxw_strerror` text.
    package var message: String
    /// Where: the file, sheet, row or column being written.
    package var context: String

    package init(code: Code, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// The English message (Text/English.swift).
    package var description: String { Labels(.en)[.failure(.workbook(self))] }
}

/// Excel's rules for sheet names: at most 31 characters, none of `[ ] : * ? / \`, not starting
/// or ending with an apostrophe, not empty, not "History", unique regardless of case.
enum XLSXSheetName {
    static let maximumLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// A valid name as close to `name` as the rules allow, different from every name in `taken`:
    /// forbidden characters become "-", control characters spaces, and a name that is too long
    /// or already taken is shortened (never inside a character) and, if taken, numbered " (2)".
    static func make(from name: String, avoiding taken: [String]) -> String {
        var cleaned = String(
            name.map { character -> Character in
                if forbidden.contains(character) { return "-" }
                if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return " " }
                return character
            })
        cleaned = trimmed(cleaned)
        if cleaned.isEmpty { cleaned = "Sheet" }
        let takenKeys = Set(taken.map(key)).union(["history"])
        var candidate = shortened(cleaned, to: maximumLength)
        var number = 2
        while takenKeys.contains(key(candidate)) {
            let suffix = " (\(number))"
            candidate = shortened(cleaned, to: maximumLength - suffix.utf16.count) + suffix
            number += 1
        }
        return candidate
    }

    /// `text` cut to at most `limit` UTF-16 units (what Excel counts), at a character boundary,
    /// then trimmed again so that the cut does not leave an apostrophe or a space at the end.
    private static func shortened(_ text: String, to limit: Int) -> String {
        var result = ""
        var length = 0
        for character in text {
            let width = character.utf16.count
            if length + width > limit { break }
            result.append(character)
            length += width
        }
        let cut = trimmed(result)
        return cut.isEmpty ? "Sheet" : cut
    }

    private static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, first == "'" || first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last == "'" || last.isWhitespace { characters.removeLast() }
        return String(characters)
    }

    /// Excel compares sheet names regardless of case.
    private static func key(_ name: String) -> String { name.lowercased() }
}

/// The Gregorian calendar check of a date cell.
enum XLSXDate {
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}

/// #26: the text of a string cell as the file must hold it. In a workbook `_xHHHH_` (four hex
/// digits) stands for the character U+HHHH (ECMA-376 ST_Xstring), so a literal `_x0053_` would
/// show as "S": its `_` is written `_x005F_`, which Excel reads back as `_` (docs/xlsx.md).
/// libxlsxwriter 1.1.4 escapes control characters that way but not a literal `_xHHHH_`.
enum XLSXText {
    static func escapingLiteralEscapes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 7, bytes.contains(UInt8(ascii: "_")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 12)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "_"), startsEscape(bytes, at: index) {
                out += Array("_x005F".utf8)
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `_xHHHH_` begins at `index`.
    private static func startsEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_") else {
            return false
        }
        return bytes[(index + 2)...(index + 5)].allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
