/// One cell of a CSV row, typed by the writer, which knows its column: a count, rate or z-score
/// is a `number` and is written as it is ("-2.10" stays a number); anything else (names, codes,
/// IDs, file paths, dates, words) is `text`, neutralised when it could start a formula.
public enum CSVCell: Equatable, Sendable {
    case text(String)
    case number(String)
}

/// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
///
/// A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
/// (OWASP's advice against CSV injection: a spreadsheet would run it as a formula); numbers are
/// never touched. `neutralisesFormulas: false` (`--csv-raw`) writes text as it is. docs/reports.md.
public struct CSVWriter {
    public private(set) var text = ""
    /// Whether text cells that a spreadsheet would take for a formula get a leading `'`.
    public let neutralisesFormulas: Bool

    public init(neutralisesFormulas: Bool = true) {
        self.neutralisesFormulas = neutralisesFormulas
    }

    public mutating func row(_ cells: [CSVCell]) {
        text += cells.map { Self.field($0, neutralisingFormulas: neutralisesFormulas) }.joined(separator: ",") + "\r\n"
    }

    /// A row of text cells: a header.
    public mutating func header(_ names: [String]) { row(names.map(CSVCell.text)) }

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

/// `zscores --format csv|json`: one row per measurement, so a health worker can see each child.
public enum ZScoreReport {
    public static let header = ["file", "line", "communeCode", "childId", "sex", "birthDate", "date", "ageDays",
                                "position", "heightCm", "adjustedHeightCm", "haz", "status", "used",
                                "weightKg", "oedema", "waz", "whz", "baz", "flags"]

    public static func csvHeader() -> String {
        var writer = CSVWriter()
        writer.header(header)
        return writer.text
    }

    /// The rows; `neutralisingFormulas: false` (`--csv-raw`) writes text cells as they are.
    /// Height and weight are numbers as read, but text on an invalid row (where they may be anything).
    public static func csvRows(_ rows: [ZScoreRow], neutralisingFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        for row in rows {
            let invalid = row.status == .invalid
            func measured(_ value: String) -> CSVCell { invalid ? .text(value) : .number(value) }
            writer.row([.text(row.file), .number(String(row.line)), .text(row.communeCode), .text(row.childID),
                        .text(row.sex), .text(row.birthDate), .text(row.date),
                        .number(row.ageDays.map(String.init) ?? ""), .text(row.position), measured(row.heightCm),
                        .number(row.adjustedHeightCm.map { formatDecimal(roundHalfAwayFromZero($0, decimals: 4)) } ?? ""),
                        z(row.haz), .text(row.status.rawValue), .text(row.used ? "true" : "false"),
                        measured(row.weightKg), .text(row.oedema ? "true" : "false"), z(row.weight.waz), z(row.weight.whz),
                        z(row.weight.baz), .text(row.flags.map(\.rawValue).joined(separator: " "))])
        }
        return writer.text
    }

    private static func z(_ value: Double?) -> CSVCell { .number(value.map { formatFixed($0, places: 2) } ?? "") }

    public static func jsonRow(_ row: ZScoreRow) -> JSONValue {
        .object([
            ("file", .string(row.file)), ("line", .int(row.line)), ("communeCode", .string(row.communeCode)),
            ("childId", .string(row.childID)), ("sex", .string(row.sex)), ("birthDate", .string(row.birthDate)),
            ("date", .string(row.date)), ("ageDays", row.ageDays.map { .int($0) } ?? .null),
            ("position", row.position.isEmpty ? .null : .string(row.position)), ("heightCm", .string(row.heightCm)),
            ("adjustedHeightCm", row.adjustedHeightCm.map { .double(roundHalfAwayFromZero($0, decimals: 2)) } ?? .null),
            ("haz", .optional(row.haz)), ("status", .string(row.status.rawValue)), ("used", .bool(row.used)),
            ("positionWarning", .bool(row.positionWarning)),
            ("weightKg", row.weightKg.isEmpty ? .null : .string(row.weightKg)), ("oedema", .bool(row.oedema)),
            ("waz", .optional(row.weight.waz)), ("whz", .optional(row.weight.whz)), ("baz", .optional(row.weight.baz)),
            ("flags", .array(row.flags.map { .string($0.rawValue) })),
        ])
    }
}
