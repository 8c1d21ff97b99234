/// Everything the tool does with one file, from its bytes to every report in every language: the
/// path the fuzzer drives and its regression tests replay.
public enum WholeFileRun {
    /// Reads `bytes` as the file `file` and renders every output format; returns the outputs.
    public static func render(bytes: [UInt8], file: String) -> [String] {
        let anthropometry = Anthropometry()
        switch ExportReader(keepsAllMeasurements: true).read(bytes: bytes, file: file) {
        case .accepted(let contents):
            let summary = CommuneSummary(contents: contents, anthropometry: anthropometry)
            let analysis = Analysis(outcomes: [.accepted(summary)], targets: .programme2021to2025)
            var outputs = [ZScoreReport.csvRows(ZScoreListing.rows(of: contents, anthropometry: anthropometry))]
            for language in Language.offered {
                outputs.append(JSONReport.render(analysis, language: language))
                outputs.append(CSVReport.render(analysis, language: language))
                outputs.append(TableReport.render(analysis, language: language))
                outputs.append(MarkdownReport.render(analysis, language: language))
                outputs.append(HTMLReport.render(analysis, language: language))
            }
            // The same file on today's map (docs/spec/geography-v1.md §5), once.
            let current = Analysis(outcomes: [.accepted(summary)], targets: .programme2021to2025, units: .current)
            outputs += [
                JSONReport.render(current), CSVReport.render(current), TableReport.render(current),
                MarkdownReport.render(current), HTMLReport.render(current),
            ]
            return outputs
        case .rejected(let rejection):
            return [rejection.description]
        }
    }
}
