/// `analyze --format xlsx --output FILE.xlsx`: an Excel workbook of the same figures as JSON, typed
/// (counts as integers, rates as percentages, intervals as two numbers, dates as dates, codes as
/// text), written in constant memory. Sheets: a summary (each province in each period), provinces,
/// districts, communes (one row per unit and period, every figure, the card figures included, and
/// under `--units current` what each commune row holds of the legacy map), breakdowns, data
/// quality, the completeness of reporting and the missing communes, the people found in two files
/// of a period, the problems, and an About sheet that says what each column means, its JSON key,
/// the units, the targets, the sources, the tool's version and every file read. Like the other renderers it loops over `Indicator.all` and
/// reads the figures of the analysis; it computes nothing of its own.
package enum XLSXReport {
    /// Where the figures come from: the tool and what it was given.
    package struct Source: Sendable {
        /// "1.0.0"; empty when unknown.
        package var toolVersion: String
        /// The paths given on the command line.
        package var inputs: [String]

        package init(toolVersion: String = "", inputs: [String] = []) {
            self.toolVersion = toolVersion
            self.inputs = inputs
        }
    }

    /// Writes the workbook to `path`, atomically: on any failure an earlier file there is untouched.
    /// A symbolic link at `path` is refused unless `followingSymlink` (`XLSXWorkbook.write`).
    package static func write(
        _ analysis: Analysis, to path: String, language: Language = .en,
        source: Source = Source(), followingSymlink: Bool = false
    ) throws {
        try write(analysis, language: language, source: source) { build in
            try XLSXWorkbook.write(to: path, followingSymlink: followingSymlink, build)
        }
    }

    /// The same into `file`, made beforehand (`XLSXWorkbook.write(to:_:)`).
    package static func write(
        _ analysis: Analysis, to file: AtomicFileWriter, language: Language = .en,
        source: Source = Source()
    ) throws {
        try write(analysis, language: language, source: source) { build in try XLSXWorkbook.write(to: file, build) }
    }

    private static func write(
        _ analysis: Analysis, language: Language, source: Source,
        into workbook: ((inout XLSXWorkbookBuilder) throws -> Void) throws -> Void
    ) throws {
        let labels = Labels(language)
        let columns = XLSXUnitColumns(labels: labels, targets: analysis.targets)
        let duplicates = DuplicatePeopleByUnit(analysis)
        let provinces = analysis.provinces.map { XLSXUnit($0, duplicates: duplicates) }
        let districts = analysis.districts.map { XLSXUnit($0, duplicates: duplicates) }
        let communes = analysis.communes.map { XLSXUnit($0, duplicates: duplicates) }
        let everyUnit = provinces + districts + communes
        let breakdownRows = everyUnit.lazy.flatMap { unit in
            Breakdown.all(unit.figures).lazy.flatMap { breakdown in
                breakdown.groups.lazy.map { XLSXBreakdownRow(unit: unit, breakdown: breakdown, group: $0) }
            }
        }
        let about = XLSXAbout(labels: labels, analysis: analysis, source: source)
        var described: [XLSXAboutRow] = []

        try workbook { book in
            /// A sheet of rows made one at a time by `rows` (as `XLSXTable.write`), its columns described.
            func table<Row>(
                _ name: XLSXLabel, _ sheetColumns: [XLSXColumn<Row>],
                rows: (_ row: (Row) throws -> Void) throws -> Void
            ) throws {
                let names = try XLSXTable.write(columns: sheetColumns, sheet: name.text(language), in: &book, rows: rows)
                described += sheetColumns.map {
                    XLSXAboutRow(section: .sectionColumn, sheet: names[0], item: $0.heading, value: $0.meaning, json: $0.json)
                }
            }
            func table<Rows: Sequence>(_ name: XLSXLabel, _ sheetColumns: [XLSXColumn<Rows.Element>], _ rows: Rows) throws {
                try table(name, sheetColumns) { row in
                    for value in rows { try row(value) }
                }
            }
            // First, the headline for a person to read (#27); the data sheets follow. Its rows are
            // written last, so that the data sheets' cells keep the style numbers they had before it.
            let overviewSheet = try book.addSheet(name: XLSXLabel.overviewSheet.text(language))
            try table(.summarySheet, columns.identity(.province) + columns.figures(headline: true), provinces)
            try table(.provincesSheet, columns.identity(.province) + columns.figures(), provinces)
            try table(.districtsSheet, columns.identity(.district) + columns.figures(), districts)
            try table(
                .communesSheet, columns.identity(nil) + columns.figures() + (analysis.units == .current ? columns.todaysMap() : []),
                communes)
            try table(.breakdownsSheet, XLSXBreakdownColumns(columns).all, breakdownRows)
            try table(.qualitySheet, columns.identity(nil, withLevel: true) + columns.qualityStatistics(), everyUnit)
            try table(.completenessSheet, XLSXListSheets.completenessColumns(columns.cells), analysis.completeness)
            try table(.missingSheet, XLSXListSheets.missingColumns(columns.cells), XLSXListSheets.missingRows(analysis))
            try table(.duplicatesSheet, XLSXListSheets.duplicateColumns(columns.cells), XLSXListSheets.duplicateRows(analysis))
            if let review = Review(analysis) { try table(.reviewSheet, XLSXReviewSheet.columns(columns.cells), review.changes) }
            // #28: WHO's standard analysis, when the run counted it.
            let who =
                WHOPrevalenceReport.units(analysis, level: .province) + WHOPrevalenceReport.units(analysis, level: .district)
                + WHOPrevalenceReport.units(analysis, level: .commune)
            if !who.isEmpty { _ = try XLSXWHOPrevalenceSheet.write(who, cells: columns.cells, in: &book) }
            // The problems of every file, a file at a time, decoded a chunk at a time.
            try table(.problemsSheet, XLSXProblemRow.columns(columns.cells)) { row in
                try XLSXProblemRow.forEach(analysis, labels, row)
            }
            let sheet = try XLSXTable(try book.addSheet(name: XLSXLabel.aboutSheet.text(language)), XLSXAbout.columns(language))
            for row in about.general(sheetNames: book.sheetNames) + described + about.files() {
                guard !sheet.isFull else { break }
                try sheet.write(row)
            }
            try sheet.finish()
            // Its columns are texts of the HTML cards, not figures of JSON: the About sheet does not list them.
            let overview = try XLSXTable(overviewSheet, XLSXOverviewRow.columns(labels, analysis.targets), widths: XLSXOverviewRow.widths)
            for row in XLSXOverviewRow.rows(ReportContent(analysis)) { try overview.write(row) }
            try overview.finish()
        }
    }
}

/// One group of one breakdown of one unit: a row of the Breakdowns sheet.
struct XLSXBreakdownRow {
    var unit: XLSXUnit
    var breakdown: Breakdown
    var group: Breakdown.Group
}

/// The columns of the Breakdowns sheet: the unit, the indicator, the breakdown and group, then the
/// group's counts, rate, interval and, where the indicator has a target, verdict and gap.
struct XLSXBreakdownColumns {
    let all: [XLSXColumn<XLSXBreakdownRow>]

    init(_ units: XLSXUnitColumns) {
        let cells = units.cells, labels = units.labels, targets = units.targets, language = labels.language
        func column(_ key: XLSXColumnKey, _ cell: @escaping (XLSXBreakdownRow) -> XLSXCell) -> XLSXColumn<XLSXBreakdownRow> {
            let words = key.words(language)
            return XLSXColumn(words.heading.capitalizedFirst, words.meaning, cell)
        }
        var columns = units.identity(nil, withLevel: true).map { $0.pulled { (row: XLSXBreakdownRow) in row.unit } }
        for index in columns.indices { columns[index].json = nil }
        columns += [
            column(.indicator) { .text(labels.short($0.breakdown.indicator)) },
            column(.breakdown) { .text(labels.dimension($0.breakdown)) },
            column(.group) { .text(labels.group($0.breakdown.dimension, $0.group.key)) },
            column(.groupKey) { row in
                row.group.key.map { $0 == Breakdown.otherEthnicities ? .empty : .text($0) } ?? .empty
            },
            column(.counted) { cells.count($0.group.count.total) },
            column(.cases) { cells.count($0.group.count.hits) },
            column(.rate) { row in
                let cell = cells.rate(row.group.count.rate)
                return targets.meets(row.breakdown.indicator, row.group.count) == false ? cell.highlighted : cell
            },
            column(.ciLow) { cells.rate($0.group.count.interval?.low) },
            column(.ciHigh) { cells.rate($0.group.count.interval?.high) },
            column(.stable) { row in
                row.breakdown.indicator.minimumStable > 0 ? cells.yesNo(row.breakdown.indicator.isStable(row.group.count)) : .empty
            },
            column(.meets) { cells.meets(targets.meets($0.breakdown.indicator, $0.group.count)) },
            column(.gap) { row in
                targets[row.breakdown.indicator.id] == nil ? .empty : cells.count(targets.gap(row.breakdown.indicator, row.group.count))
            },
        ]
        all = columns
    }
}

/// A row of the About sheet.
struct XLSXAboutRow {
    var section: XLSXLabel
    var sheet: String = ""
    var item: String
    var value: XLSXCell
    var json: String?

    init(section: XLSXLabel, sheet: String = "", item: String, value: String, json: String? = nil) {
        self.init(section: section, sheet: sheet, item: item, cell: .text(value), json: json)
    }

    init(section: XLSXLabel, sheet: String = "", item: String, cell: XLSXCell, json: String? = nil) {
        self.section = section
        self.sheet = sheet
        self.item = item
        self.value = cell
        self.json = json
    }
}

/// What the About sheet says besides the columns: the tool, the targets, the sources, the files.
struct XLSXAbout {
    let labels: Labels
    let analysis: Analysis
    let source: XLSXReport.Source

    var language: Language { labels.language }

    static func columns(_ language: Language) -> [XLSXColumn<XLSXAboutRow>] {
        [
            XLSXColumn(XLSXLabel.aboutSection.text(language), "") { .text($0.section.text(language)) },
            XLSXColumn(XLSXLabel.aboutSheetColumn.text(language), "") { .text($0.sheet) },
            XLSXColumn(XLSXLabel.aboutItem.text(language), "") { .text($0.item) },
            XLSXColumn(XLSXLabel.aboutValue.text(language), "") { $0.value },
            XLSXColumn(XLSXLabel.aboutJSON.text(language), "") { row in row.json.map(XLSXCell.text) ?? .empty },
        ]
    }

    func general(sheetNames: [String]) -> [XLSXAboutRow] {
        func row(_ item: XLSXLabel, _ value: String, json: String? = nil) -> XLSXAboutRow {
            XLSXAboutRow(section: .sectionGeneral, item: item.text(language), value: value, json: json)
        }
        var rows = [
            row(.tool, "commune-health" + (source.toolVersion.isEmpty ? "" : " " + source.toolVersion)),
            row(.inputs, source.inputs.joined(separator: ", ")),
            row(.language, language.rawValue, json: "$.language"),
            row(.units, analysis.units.rawValue + ": " + GeographyLabel.unitsLine(analysis.units).text(language), json: "$.units"),
        ]
        for indicator in Indicator.all {
            rows.append(
                XLSXAboutRow(
                    section: .sectionGeneral, item: XLSXLabel.targets.text(language) + ": " + labels.short(indicator),
                    value: labels.targetShort(indicator, analysis.targets) ?? XLSXLabel.noTarget.text(language),
                    json: analysis.targets[indicator.id] == nil ? nil : "$.targets." + JSONReport.targetKey(indicator)))
        }
        rows += [
            row(.growthStandards, XLSXLabel.growthStandardsSource.text(language)),
            row(.bands, labels.bandNote),
            row(.intervals, labels.wilsonNote, json: "$.uncertainty"),
        ]
        if let gaps = labels.gapNote(analysis.targets) { rows.append(row(.targets, gaps)) }
        rows += [
            row(.dataQuality, DataQualityLabel.introduction.text(language)),
            row(.specifications, XLSXLabel.specificationsValue.text(language)),
            XLSXAboutRow(
                section: .sectionGeneral, item: XLSXLabel.filesRead.text(language),
                cell: .integer(analysis.files.count + analysis.rejectedFiles.count + analysis.supersededFiles.count)),
            row(.sheets, sheetNames.joined(separator: ", ")),
        ]
        return rows
    }

    /// Every file read, by path: counted, rejected (with the reason) or superseded (by which file).
    func files() -> [XLSXAboutRow] {
        var rows: [(file: String, status: String)] = analysis.files.map { ($0.file, XLSXLabel.fileCounted.text(language)) }
        rows += analysis.rejectedFiles.map { ($0.file, XLSXLabel.fileRejected.text(language) + ": " + labels.reason($0.reason)) }
        rows += analysis.supersededFiles.map { ($0.file, XLSXLabel.fileSuperseded.text(language) + " " + $0.by) }
        return rows.sorted { $0.file < $1.file }.map {
            XLSXAboutRow(section: .sectionFile, item: $0.file, value: $0.status)
        }
    }
}

extension String {
    /// The same text with its first letter in upper case: a heading on its own.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
