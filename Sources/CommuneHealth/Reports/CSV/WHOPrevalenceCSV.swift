extension WHOPrevalenceReport {
    /// The CSV header: the unit, then WHO's `Group` and columns.
    package static let csvHeader = ["level", "provinceCode", "code", "name", "periodFrom", "periodTo", "Group"] + WHOPrevalence.columns

    /// One row per unit and group; WHO's labels and column names whatever the language, an empty
    /// cell where WHO gives NA, values as `number` writes them.
    ///
    /// - Parameter neutralisingFormulas: text cells (a name from the input) that a spreadsheet would
    ///   run get a leading `'` (#26; `--csv-raw` turns it off); numbers never.
    package static func csv(_ units: [WHOPrevalenceUnit], neutralisingFormulas: Bool = true) -> String {
        var writer = CSVWriter(neutralisesFormulas: neutralisingFormulas)
        writer.header(csvHeader)
        for unit in units {
            let head: [CSVCell] = [
                .text(levelKey(unit.level)), .text(unit.provinceCode), .text(unit.code), .text(unit.name),
                .text(unit.period.from.description), .text(unit.period.to.description),
            ]
            for row in unit.rows {
                writer.row(head + [.text(row.group.whoLabel)] + row.values.map { .number($0.map(number) ?? "") })
            }
        }
        return writer.text
    }
}
