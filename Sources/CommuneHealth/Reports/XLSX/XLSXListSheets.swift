/// The sheets of lists that are not units: the completeness of reporting per province and period
/// and the communes missing from it (geography-v1 §4, JSON's `completeness`), and the people
/// whose social-insurance number is on residents of two or more files of a period (cards-v1 §5,
/// JSON's `duplicatePeople`). Their JSON keys start with `$.` and name the list with `[]`: a row
/// is an element of the innermost list (`$.completeness[].missing[].code`).
enum XLSXListSheets {
    /// A missing commune of one province and period: a row of the Missing communes sheet.
    struct MissingRow {
        var completeness: ProvinceCompleteness
        var commune: MapCommune
    }

    /// One resident of a person listed in `duplicatePeople`: a row of the Duplicate people sheet.
    struct DuplicateRow {
        var person: DuplicatePerson
        var place: DuplicatePlace
    }

    static func missingRows(_ analysis: Analysis) -> some Sequence<MissingRow> {
        analysis.completeness.lazy.flatMap { row in row.missing.lazy.map { MissingRow(completeness: row, commune: $0) } }
    }

    static func duplicateRows(_ analysis: Analysis) -> some Sequence<DuplicateRow> {
        analysis.duplicatePeople.lazy.flatMap { person in person.places.lazy.map { DuplicateRow(person: person, place: $0) } }
    }

    private static func column<Row>(
        _ key: XLSXColumnKey, _ language: Language, json: String,
        _ cell: @escaping (Row) -> XLSXCell
    ) -> XLSXColumn<Row> {
        let words = key.words(language)
        return XLSXColumn(words.heading, words.meaning, json: json, cell)
    }

    /// The province and period of a completeness row, as the first columns of both sheets.
    private static func provinceAndPeriod<Row>(_ cells: XLSXCells, _ row: @escaping (Row) -> ProvinceCompleteness) -> [XLSXColumn<Row>] {
        let language = cells.language, base = "$.completeness[]."
        return [
            column(.provinceCode, language, json: base + "provinceCode") { .text(row($0).province.code.description) },
            column(.provinceName, language, json: base + "provinceName") { .text(row($0).province.name) },
            column(.periodFrom, language, json: base + "period.from") { cells.date(row($0).period.from) },
            column(.periodTo, language, json: base + "period.to") { cells.date(row($0).period.to) },
        ]
    }

    /// The Completeness sheet: one row per province and period.
    static func completenessColumns(_ cells: XLSXCells) -> [XLSXColumn<ProvinceCompleteness>] {
        let language = cells.language, base = "$.completeness[]."
        let codes = { (codes: [String]) -> XLSXCell in codes.isEmpty ? .empty : .text(codes.joined(separator: " ")) }
        return provinceAndPeriod(cells) { $0 } + [
            XLSXColumn(XLSXColumnKey.map.words(language).heading, XLSXColumnKey.map.words(language).meaning) {
                .text(GeographyLabel.mapName($0.edition).text(language))
            },
            column(.expected, language, json: base + "expected") { cells.count($0.expected) },
            column(.received, language, json: base + "received") { cells.count($0.received) },
            column(.completeness, language, json: base + "completeness") { row in
                row.isComplete ? .percent(row.completeness) : XLSXCell.percent(row.completeness).highlighted
            },
            XLSXColumn(XLSXColumnKey.missingCount.words(language).heading, XLSXColumnKey.missingCount.words(language).meaning) {
                cells.count($0.missing.count)
            },
            column(.missingCodes, language, json: base + "missing") { codes($0.missing.map(\.code.description)) },
            column(.unknownCodes, language, json: base + "unknown") { codes($0.unknown.map(\.description)) },
        ]
    }

    /// The Missing communes sheet: one row per commune expected of a province in a period that
    /// sent no counted file.
    static func missingColumns(_ cells: XLSXCells) -> [XLSXColumn<MissingRow>] {
        let language = cells.language, base = "$.completeness[].missing[]."
        return provinceAndPeriod(cells) { $0.completeness } + [
            column(.communeCode, language, json: base + "code") { .text($0.commune.code.description) },
            column(.communeName, language, json: base + "name") { .text($0.commune.name) },
            column(.missingDistrictCode, language, json: base + "districtCode") { cells.text($0.commune.district?.code.description) },
            column(.missingDistrictName, language, json: base + "districtName") { cells.text($0.commune.district?.name) },
        ]
    }

    /// The Duplicate people sheet: one row per resident that holds a number also held by a
    /// resident of another file of the period.
    static func duplicateColumns(_ cells: XLSXCells) -> [XLSXColumn<DuplicateRow>] {
        let language = cells.language, base = "$.duplicatePeople[]."
        return [
            column(.number, language, json: base + "number") { .text($0.person.digits) },
            column(.periodFrom, language, json: base + "period.from") { cells.date($0.person.period.from) },
            column(.periodTo, language, json: base + "period.to") { cells.date($0.person.period.to) },
            column(.duplicateFile, language, json: base + "places[].file") { .text($0.place.file) },
            column(.duplicateLine, language, json: base + "places[].line") { cells.count($0.place.line) },
            column(.duplicateCommune, language, json: base + "places[].communeCode") { .text($0.place.communeCode) },
        ]
    }
}
