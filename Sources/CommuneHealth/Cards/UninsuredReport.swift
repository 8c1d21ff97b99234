/// `uninsured --format csv|json`: one row per resident without a valid card (docs/spec/cards-v1.md §4).
/// Field values never change with the language; the CSV header and the messages do.
package enum UninsuredReport {
    /// The English header: the JSON keys.
    package static var header: [String] { UninsuredColumn.allCases.map(\.rawValue) }

    /// `neutralisingFormulas: false` (`--csv-raw`) writes text cells as they are (docs/reports.md).
    package static func csv(_ rows: [[UninsuredResident]], language: Language = .en,
                           neutralisingFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        writer.header(UninsuredColumn.allCases.map { CardLabel.uninsuredColumn($0).text(language) })
        for file in rows {
            for row in file { writer.row(UninsuredColumn.allCases.map(row.cell)) }
        }
        return writer.text
    }

    package static func jsonRow(_ row: UninsuredResident) -> JSONValue {
        .object(UninsuredColumn.allCases.map { column in
            let value: JSONValue
            switch column {
            case .line: value = .int(row.line)
            case .ageYears: value = .int(row.ageYears)
            case .entitledFree: value = .bool(row.entitledFree)
            case .ethnicity: value = row.ethnicity.isEmpty ? .null : .string(row.ethnicity)
            case .lastCardValidTo: value = .optional(row.lastCardValidTo?.description)
            default: value = .string(row.field(column))
            }
            return (column.rawValue, value)
        })
    }

    /// `{"formatVersion": 1, "residents": [...], "rejectedFiles": [...]}`, reasons in `language`.
    package static func json(_ listing: UninsuredRun.Listing, language: Language = .en) -> String {
        let labels = Labels(language)
        return JSONValue.object([
            ("formatVersion", .int(1)),
            ("residents", .array(listing.rows.flatMap { $0.map(jsonRow) })),
            ("rejectedFiles", .array(listing.rejectedFiles.map { JSONReport.problem($0, labels) })),
        ]).serialized() + "\n"
    }
}
