/// `uninsured --format csv|json`: one row per resident without a valid card (docs/spec/cards-v1.md §4).
/// Field values never change with the language; the CSV header and the messages do.
package enum UninsuredReport {
    /// The English header: the JSON keys.
    package static var header: [String] { UninsuredColumn.allCases.map(\.rawValue) }

    /// `neutralisingFormulas: false` (`--csv-raw`) writes text cells as they are (docs/reports.md).
    package static func csv(
        _ rows: [[UninsuredResident]], language: Language = .en,
        neutralisingFormulas: Bool = true
    ) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        writer.header(UninsuredColumn.allCases.map { CardLabel.uninsuredColumn($0).text(language) })
        for file in rows {
            for row in file { writer.row(UninsuredColumn.allCases.map(row.cell)) }
        }
        return writer.text
    }
}
