/// `uninsured --format json`: the residents' rows and the rejected files (docs/spec/cards-v1.md §4).
extension UninsuredReport {
    package static func jsonRow(_ row: UninsuredResident) -> JSONValue {
        .object(
            UninsuredColumn.allCases.map { column in
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
