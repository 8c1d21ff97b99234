/// One cell of a CSV row, typed by the writer, which knows its column: a count, rate or z-score
/// is a `number` and is written as it is ("-2.10" stays a number); anything else (names, codes,
/// IDs, file paths, dates, words) is `text`, neutralised when it could start a formula.
package enum CSVCell: Equatable, Sendable {
    case text(String)
    case number(String)
}

/// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
///
/// A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
/// (OWASP's advice against CSV injection: a spreadsheet would run it as a formula); numbers are
/// never touched. `neutralisesFormulas: false` (`--csv-raw`) writes text as it is. docs/reports.md.
package struct CSVWriter {
    package private(set) var text = ""
    /// Whether text cells that a spreadsheet would take for a formula get a leading `'`.
    package let neutralisesFormulas: Bool

    package init(neutralisesFormulas: Bool = true) {
        self.neutralisesFormulas = neutralisesFormulas
    }

    package mutating func row(_ cells: [CSVCell]) {
        text += cells.map { Self.field($0, neutralisingFormulas: neutralisesFormulas) }.joined(separator: ",") + "\r\n"
    }

    /// A row of text cells: a header.
    package mutating func header(_ names: [String]) { row(names.map(CSVCell.text)) }

    /// The one place a cell becomes a field: a text cell neutralised (when asked), then quoted.
    static func field(_ cell: CSVCell, neutralisingFormulas: Bool) -> String {
        switch cell {
        case .number(let value): return quote(value)
        case .text(let value):
            guard neutralisingFormulas, let first = value.unicodeScalars.first, formulaStarts.contains(first) else {
                return quote(value)
            }
            return quote("'" + value)
        }
    }

    /// What a spreadsheet takes for the start of a formula (OWASP, CSV injection).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
