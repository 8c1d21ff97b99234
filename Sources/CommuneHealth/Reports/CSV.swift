/// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
public struct CSVWriter {
    public private(set) var text = ""

    public init() {}

    public mutating func row(_ fields: [String]) {
        text += fields.map(Self.quote).joined(separator: ",") + "\r\n"
    }

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
        writer.row(header)
        return writer.text
    }

    public static func csvRows(_ rows: [ZScoreRow]) -> String {
        var writer = CSVWriter()
        for row in rows {
            writer.row([row.file, String(row.line), row.communeCode, row.childID, row.sex, row.birthDate, row.date,
                        row.ageDays.map(String.init) ?? "", row.position, row.heightCm,
                        row.adjustedHeightCm.map { formatDecimal(roundHalfAwayFromZero($0, decimals: 4)) } ?? "",
                        z(row.haz), row.status.rawValue, row.used ? "true" : "false",
                        row.weightKg, row.oedema ? "true" : "false", z(row.weight.waz), z(row.weight.whz),
                        z(row.weight.baz), row.flags.map(\.rawValue).joined(separator: " ")])
        }
        return writer.text
    }

    private static func z(_ value: Double?) -> String { value.map { formatFixed($0, places: 2) } ?? "" }

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
