/// The keys of the words of the geography: the warnings of docs/spec/geography-v1.md §3 and the
/// labels of completeness (§4) and of today's map (§5). The words are in each language's file
/// (Text/), with dates as each language writes them: 2025-07-01 / 01/07/2025.
extension GeographyWarningReason {
    package func text(_ language: Language) -> String { Labels(language)[.geography(.warning(self))] }
}

/// The words that reports show about the map, completeness and today's units.
package enum GeographyLabel: Hashable, Sendable {
    /// "the legacy map (in force until 2025-06-30)", as in a sentence.
    case mapInForce(MapEdition)
    /// "legacy map" / "2025 map", as a column value or a short note.
    case mapName(MapEdition)
    /// `--units reported` / `--units current`, as a report's subtitle.
    case unitsReported, unitsCurrent
    case completenessHeading, expected, received, completeness, missing, unknownCodes
    case district
    /// A legacy commune split among several 2025 communes, shown as a row of its own.
    case divided
    /// Before the legacy codes a 2025 commune lacks (`lacksDivided`).
    case lacksDivided
    /// Before the legacy communes a row holds (`predecessors`).
    case predecessors
    /// A legacy file whose commune code the register does not hold.
    case unknownCommune
    /// The line per province naming its periods of completeness below 100%, already written.
    case incompletePeriods(province: String, periods: [String])
    /// The mark of a period whose completeness is below 100%, in trend tables and charts.
    case incompleteMark
    /// What the mark means.
    case incompleteLegend
    /// "16 of 330 communes of the legacy map (4.8%)", numbers already written.
    case receivedOf(received: String, expected: String, percent: String, edition: MapEdition)
    /// A period's figure covers fewer communes than another's, the periods already written.
    case coverageDiffers(periods: [String])
    /// "314 missing" before the list.
    case missingCount(String)
    /// "Period", "Map" column headings of the completeness tables.
    case period, map
    /// The province's line of units: every period on its own map, or on today's.
    case unitsLine(MapUnits)
    /// "and 12 more" after a list cut short.
    case andMore(String)
    /// The heading of the rows on today's map that hold legacy communes, and its columns.
    case todaysMapHeading, commune, note, formedFrom
    /// Before the legacy communes merged into a row that sent no file for its period.
    case missingPredecessors
    /// CSV columns added at the end of every row: province completeness, commune rows on today's map.
    case csvColumns
    /// After the name of a row of today's map that is not a 2025 commune: "(legacy commune, divided)".
    case rowKind(CommuneUnit.Kind)
    /// The mark before such a row's name in the terminal table, and the line that explains the marks.
    case tableRowMark(CommuneUnit.Kind)
    case tableRowMarks

    /// The CSV columns after the existing ones, in this language.
    package static func csvHeader(_ language: Language) -> [String] { Labels(language).list(.csvGeography) }

    package func text(_ language: Language) -> String { Labels(language)[.geography(.label(self))] }
}
