/// `zscores --format csv|json`: one row per measurement, so a health worker can see each child.
package enum ZScoreReport {
    package static let header = [
        "file", "line", "communeCode", "childId", "sex", "birthDate", "date", "ageDays",
        "position", "heightCm", "adjustedHeightCm", "haz", "status", "used",
        "weightKg", "oedema", "waz", "whz", "baz", "flags",
    ]

    package static func csvHeader() -> String {
        var writer = CSVWriter()
        writer.header(header)
        return writer.text
    }

    /// The rows; `neutralisingFormulas: false` (`--csv-raw`) writes text cells as they are.
    /// Height and weight are numbers as read, but text on an invalid row (where they may be anything).
    package static func csvRows(_ rows: [ZScoreRow], neutralisingFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        for row in rows {
            let invalid = row.status == .invalid
            func measured(_ value: String) -> CSVCell { invalid ? .text(value) : .number(value) }
            writer.row([
                .text(row.file), .number(String(row.line)), .text(row.communeCode), .text(row.childID),
                .text(row.sex), .text(row.birthDate), .text(row.date),
                .number(row.ageDays.map(String.init) ?? ""), .text(row.position), measured(row.heightCm),
                .number(row.adjustedHeightCm.map { formatDecimal(roundHalfAwayFromZero($0, decimals: 4)) } ?? ""),
                z(row.haz), .text(row.status.rawValue), .text(row.used ? "true" : "false"),
                measured(row.weightKg), .text(row.oedema ? "true" : "false"), z(row.weight.waz), z(row.weight.whz),
                z(row.weight.baz), .text(row.flags.map(\.rawValue).joined(separator: " ")),
            ])
        }
        return writer.text
    }

    private static func z(_ value: Double?) -> CSVCell { .number(value.map { formatFixed($0, places: 2) } ?? "") }
}
