/// The sheet of WHO's standard analysis (#28, docs/who-prevalence.md): one row per unit, period
/// and group, every column of `anthro_prevalence` under WHO's own name, the groups in the language.
enum XLSXWHOPrevalenceSheet {
    struct Row {
        var unit: WHOPrevalenceUnit
        var row: WHOPrevalenceRow
    }

    static func columns(_ cells: XLSXCells) -> [XLSXColumn<Row>] {
        let labels = cells.labels
        func plain(_ key: XLSXColumnKey, _ json: String, _ cell: @escaping (Row) -> XLSXCell) -> XLSXColumn<Row> {
            let words = key.words(labels.language)
            return XLSXColumn(words.heading, words.meaning, json: json, cell)
        }
        var columns = [
            plain(.level, "level") { cells.level($0.unit.level) },
            plain(.provinceCode, "provinceCode") { .text($0.unit.provinceCode) },
            plain(.code, "code") { .text($0.unit.code) },
            plain(.name, "name") { .text($0.unit.name) },
            plain(.periodFrom, "periodFrom") { cells.date($0.unit.period.from) },
            plain(.periodTo, "periodTo") { cells.date($0.unit.period.to) },
            XLSXColumn(labels.who(.columnGroup), "Group", json: "Group") { .text(labels.who(.group($0.row.group))) },
        ]
        for (index, name) in WHOPrevalence.columns.enumerated() {
            columns.append(
                XLSXColumn(name, name, json: name) { row in
                    guard let value = row.row.values[index] else { return .empty }
                    return name.hasSuffix("_pop") || name.hasSuffix("_unwpop") ? .integer(Int(value)) : .number(value)
                })
        }
        return columns
    }

    /// Writes the sheet, named in the language, when the run has WHO's figures.
    static func write(_ units: [WHOPrevalenceUnit], cells: XLSXCells, in book: inout XLSXWorkbookBuilder) throws -> [String] {
        try XLSXTable.write(columns: columns(cells), sheet: cells.labels.who(.sheetName), in: &book) { row in
            for unit in units {
                for group in unit.rows { try row(Row(unit: unit, row: group)) }
            }
        }
    }
}

extension XLSXReport {
    /// `prevalence --format xlsx`: a workbook of WHO's sheet alone.
    package static func writeWHOPrevalence(_ units: [WHOPrevalenceUnit], to path: String, language: Language = .en) throws {
        try writeWHOPrevalence(units, language: language) { build in try XLSXWorkbook.write(to: path, build) }
    }

    /// The same into `file`, made beforehand (`XLSXWorkbook.write(to:_:)`).
    package static func writeWHOPrevalence(_ units: [WHOPrevalenceUnit], to file: AtomicFileWriter, language: Language = .en) throws {
        try writeWHOPrevalence(units, language: language) { build in try XLSXWorkbook.write(to: file, build) }
    }

    private static func writeWHOPrevalence(
        _ units: [WHOPrevalenceUnit], language: Language,
        into workbook: ((inout XLSXWorkbookBuilder) throws -> Void) throws -> Void
    ) throws {
        let cells = XLSXUnitColumns(labels: Labels(language), targets: Targets.programme2021to2025).cells
        try workbook { book in _ = try XLSXWHOPrevalenceSheet.write(units, cells: cells, in: &book) }
    }
}
