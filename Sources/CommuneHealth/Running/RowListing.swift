/// Rows listed from a set of files (`zscores`, `uninsured`), read in parallel: rows in file then
/// document order, only from the files that count. A superseded file was replaced by a later one
/// and a duplicate is rejected, so each row appears once per period.
package struct RowListing<Row: Sendable>: Sendable {
    /// One array of rows per counted file, in input order.
    package var rows: [[Row]]
    package var rejectedFiles: [FileRejection]
    package var supersededFiles: [SupersededFile]

    /// One accepted file's rows, with what resubmission resolution needs.
    private struct FileRows: ResubmissionCandidate {
        var file: String
        var rootLine: Int
        var communeCode: String
        var periodKey: PeriodKey
        var referenceDate: CalendarDate
        var generated: Instant?
        var rows: [Row]
    }

    /// Reads every file once with `reader` and lists `rows(contents)` of the files that count;
    /// `progress` counts the files read.
    init(
        files: [String], jobs: Int, reader: ExportReader, progress: ProgressCounter?,
        rows: @escaping @Sendable (ExportContents) -> [Row]
    ) {
        let outcomes = parallelMap(count: files.count, jobs: jobs, progress: progress) { index -> Result<FileRows, FileRejection> in
            switch reader.read(path: files[index]) {
            case .accepted(let contents):
                return .success(
                    FileRows(
                        file: contents.file, rootLine: contents.rootLine, communeCode: contents.commune.code,
                        periodKey: contents.period.key, referenceDate: contents.period.referenceDate,
                        generated: contents.generated, rows: rows(contents)))
            case .rejected(let rejection): return .failure(rejection)
            }
        }
        var accepted: [FileRows] = []
        var rejected: [FileRejection] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let rows): accepted.append(rows)
            case .failure(let rejection): rejected.append(rejection)
            }
        }
        let resolution = Analysis.resolveResubmissions(accepted)
        let counted = Set(resolution.kept.map(\.file))
        self.rows = accepted.filter { counted.contains($0.file) }.map(\.rows)
        rejectedFiles = rejected + resolution.duplicates
        supersededFiles = resolution.superseded
    }
}
