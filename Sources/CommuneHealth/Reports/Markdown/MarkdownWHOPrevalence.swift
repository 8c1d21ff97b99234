extension WHOPrevalenceReport {
    /// Per unit, one table per indicator with the key columns (`WHOKeyColumns`), in the language.
    package static func markdown(_ units: [WHOPrevalenceUnit], language: Language) -> String {
        let labels = Labels(language)
        var text = "# " + labels.who(.title) + "\n\n" + labels.who(.method) + "\n"
        for unit in units {
            // As the other reports head a unit: "Tỉnh Tuyên Quang (08), năm 2024".
            text +=
                "\n## " + (unit.name.isEmpty ? unit.code : unit.name + " (" + unit.code + ")") + ", "
                + labels.periodLong(unit.period) + "\n"
            for index in WHOKeyColumns.indices {
                let columns = WHOKeyColumns(index, labels: labels)
                text += "\n### " + labels.who(.indicator(index)) + "\n\n"
                text += "| " + ([labels.who(.columnGroup)] + columns.headings).joined(separator: " | ") + " |\n"
                text += "|" + String(repeating: " --- |", count: columns.headings.count + 1) + "\n"
                for row in unit.rows {
                    let cells = [labels.who(.group(row.group))] + columns.cells(row)
                    text += "| " + cells.map { $0.replacingPipes }.joined(separator: " | ") + " |\n"
                }
            }
        }
        return text
    }
}

extension String {
    fileprivate var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
