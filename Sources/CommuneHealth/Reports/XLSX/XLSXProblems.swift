/// A row of the Problems sheet: a file rejected or superseded, an invalid record, a warning, or a
/// measurement used that is implausible or out of age (JSON's rejectedFiles, supersededFiles,
/// invalidRecords, warnings and flaggedMeasurements), with its reason in the report's language.
struct XLSXProblemRow {
    var kind: XLSXLabel
    var file: String
    var line: Int?
    var commune: String?
    var message: String
    var flagged: FlaggedMeasurement?

    /// Every problem of the analysis, in JSON's order: rejected, superseded, invalid, warnings,
    /// flagged; the lists of each file read back from the spill and decoded a chunk at a time, so
    /// that they are never held whole.
    static func forEach<E: Error>(
        _ analysis: Analysis, _ labels: Labels,
        _ body: (XLSXProblemRow) throws(E) -> Void
    ) throws(E) {
        for rejection in analysis.rejectedFiles {
            try body(
                XLSXProblemRow(
                    kind: .problemRejected, file: rejection.file, line: rejection.line,
                    message: labels.reason(rejection.reason)))
        }
        for superseded in analysis.supersededFiles {
            try body(
                XLSXProblemRow(
                    kind: .problemSuperseded, file: superseded.file,
                    message: XLSXLabel.fileSuperseded.text(labels.language) + " " + superseded.by))
        }
        for summary in analysis.files {
            try summary.forEachInvalidRecord { (record: InvalidRecord) throws(E) in
                try body(
                    XLSXProblemRow(
                        kind: .problemInvalid, file: record.file, line: record.line, commune: summary.commune.code,
                        message: labels.reason(record.reason)))
            }
        }
        for summary in analysis.files {
            try summary.forEachWarning { (warning: ReadingWarning) throws(E) in
                try body(
                    XLSXProblemRow(
                        kind: .problemWarning, file: warning.file, line: warning.line, commune: summary.commune.code,
                        message: labels.reason(warning.reason)))
            }
        }
        for summary in analysis.files {
            try summary.forEachFlaggedMeasurement { (measurement: FlaggedMeasurement) throws(E) in
                try body(
                    XLSXProblemRow(
                        kind: .problemFlagged, file: summary.file, line: measurement.line,
                        commune: summary.commune.code, message: labels.flaggedStatus(measurement.status),
                        flagged: measurement))
            }
        }
    }

    init(
        kind: XLSXLabel, file: String, line: Int? = nil, commune: String? = nil, message: String,
        flagged: FlaggedMeasurement? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.commune = commune
        self.message = message
        self.flagged = flagged
    }

    /// The columns: what, where, and for a flagged measurement the child and its z-scores.
    static func columns(_ cells: XLSXCells) -> [XLSXColumn<XLSXProblemRow>] {
        let labels = cells.labels, language = labels.language
        func column(_ heading: String, _ meaning: XLSXLabel, _ cell: @escaping (XLSXProblemRow) -> XLSXCell) -> XLSXColumn<XLSXProblemRow> {
            XLSXColumn(heading, meaning.text(language), cell)
        }
        func measured(_ heading: String, _ meaning: XLSXLabel, _ value: @escaping (FlaggedMeasurement) -> Double?) -> XLSXColumn<XLSXProblemRow> {
            column(heading, meaning) { row in cells.number(row.flagged.flatMap(value)) }
        }
        return [
            column(XLSXLabel.problemKind.text(language), .problemKindMeaning) { .text($0.kind.text(language)) },
            column(labels.file, .problemFileMeaning) { .text($0.file) },
            column(labels.line, .problemLineMeaning) { cells.count($0.line) },
            column(XLSXColumnKey.code.words(language).heading, .problemCommuneMeaning) { cells.text($0.commune) },
            column(labels.child, .problemChildMeaning) { cells.text($0.flagged?.childID) },
            column(labels.ageDays, .problemChildMeaning) { cells.count($0.flagged?.ageDays) },
            measured(labels.heightCm, .problemChildMeaning) { $0.heightCm },
            measured(XLSXLabel.weightKg.text(language), .problemChildMeaning) { $0.weightKg },
            measured("HAZ", .problemZMeaning) { $0.haz },
            measured("WAZ", .problemZMeaning) { $0.weight.waz },
            measured("WHZ", .problemZMeaning) { $0.weight.whz },
            measured("BAZ", .problemZMeaning) { $0.weight.baz },
            column(XLSXLabel.problemFlags.text(language), .problemFlagsMeaning) { row in
                cells.text(row.flagged.map { $0.flags.map { $0.rawValue.uppercased() }.joined(separator: ", ") })
            },
            column(labels.message, .problemMessageMeaning) { .text($0.message) },
        ]
    }
}
