/// `analyze --format html`: one self-contained page (inline CSS and SVG, no script, nothing fetched)
/// that opens in any browser and prints on A4.
///
/// Per province, for its latest period: a headline card per indicator (with its band, and against
/// its target when it has one), a bar chart per indicator over communes (worst first, 95% interval
/// whiskers, the target line), the district and commune tables, the communes that miss each
/// target, the breakdowns by group; then, when the input holds several periods, a trend chart per
/// province and district with every indicator. Last, data quality. Every section loops over
/// `Indicator.all`: sections (HTMLSections, HTMLTables), charts (HTMLCharts), style (HTMLStyle).
package enum HTMLReport {
    /// The whole page, as `write` hands it over.
    package static func render(_ analysis: Analysis, language: Language = .en) -> String {
        var page = HTMLPage(content: ReportContent(analysis), labels: Labels(language))
        page.write()
        return page.html
    }

    /// Writes the page to `sink` as it goes, a megabyte or so at a time: the lists of problems,
    /// read back from the spill a file at a time, are never held whole, nor is the page.
    package static func write(
        _ analysis: Analysis, language: Language = .en,
        to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        write(analysis, language: language, flushingAbove: DocumentSink.defaultThreshold, to: sink)
    }

    /// `write(_:language:to:)`, handing the page over whenever more than `threshold` bytes are written.
    static func write(
        _ analysis: Analysis, language: Language, flushingAbove threshold: Int,
        to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var page = HTMLPage(content: ReportContent(analysis), labels: Labels(language), sink: sink, flushingAbove: threshold)
        page.write()
    }
}

/// Escapes text for HTML content and attribute values.
func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            // #26: other controls and bidi controls from the input shown as escapes (docs/reports.md).
            TerminalText.appendShownInDocument(character, to: &out)
        }
    }
    return out
}

/// The page being written: the document outline and data quality here, the sections of a province
/// in HTMLSections and HTMLTables.
struct HTMLPage {
    let content: ReportContent
    let labels: Labels
    /// The page not yet handed to the sink; the whole page without one.
    var html = ""
    var document: DocumentSink

    var targets: Targets { content.targets }

    init(
        content: ReportContent, labels: Labels, sink: DocumentSink.Sink? = nil,
        flushingAbove threshold: Int = DocumentSink.defaultThreshold
    ) {
        self.content = content
        self.labels = labels
        document = DocumentSink(sink, threshold: threshold, mark: labels.qualityMark)
    }

    mutating func write() {
        let l = labels
        html += "<!DOCTYPE html>\n<html lang=\"\(l.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(escapeHTML(title))</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n"
        html += "<header class=\"report-header\">\n<h1>\(escapeHTML(l.reportTitle))</h1>\n"
        let span = l.periodRange(content.periods)
        html += "<p class=\"meta\">\(escapeHTML(l.generatedFrom(files: content.fileCount, periods: span)))"
        if let line = l.targetsLine(targets) { html += " \(escapeHTML(l.target)): \(escapeHTML(line))." }
        html += "</p>\n<p class=\"meta\">\(escapeHTML(countsLine))</p>\n\(unitsParagraph)</header>\n<main>\n"
        if content.provinces.isEmpty { html += "<p class=\"empty\">\(escapeHTML(l.noCommune))</p>\n" }
        for province in content.provinces {
            writeProvince(province)
            document.drain(&html)
        }
        writeQuality()
        html += "</main>\n<footer>\n<p class=\"note\">\(escapeHTML(l.wilsonNote))</p>\n"
        var rules = l.gapNote(targets).map { $0 + " " } ?? ""
        rules += l.tooFewChildren.prefix(1).uppercased() + l.tooFewChildren.dropFirst() + "."
        html += "<p class=\"note\">\(escapeHTML(rules))</p>\n"
        html += "<p class=\"note band-note\">\(escapeHTML(l.bandNote))</p>\n"
        if document.showsMark(html) {
            html += "<p class=\"note quality-mark-note\">\(escapeHTML(l.qualityMarkExplanation))</p>\n"
        }
        html += "</footer>\n</body>\n</html>\n"
        document.flush(&html)
    }

    var title: String {
        let names = content.provinces.map { labels.provinceName($0.latest) }.joined(separator: ", ")
        return names.isEmpty ? labels.reportTitle : "\(labels.reportTitle): \(names)"
    }

    var countsLine: String { labels.countsLine(content.analysis) }

    mutating func writeProvince(_ province: ReportContent.Province) {
        let l = labels
        let unit = province.latest
        let id = province.latest.code
        html += "<section class=\"province\" id=\"province-\(escapeHTML(id))\" data-period=\"\(escapeHTML(l.period(unit.period)))\">\n"
        html += "<h2>\(escapeHTML(l.provinceName(unit))) (\(escapeHTML(unit.code))), \(escapeHTML(l.periodLong(unit.period))) · "
        html += "\(escapeHTML(l.communeCount(unit.communes)))</h2>\n"
        writeHeadline(province)
        writeCharts(province)
        writeCards(province)
        writeDistricts(province)
        writeCommunes(province)
        writeMisses(province)
        writeBreakdowns(province)
        writeWHOPrevalence(province)  // #28: only when the run counted WHO's standard analysis
        if content.hasSeveralPeriods { writeTrends(province) }
        if let review = content.review { html += ReviewContent.html(review, province: id, targets, l) }
        writeMeasurementQuality(province)
        writeTodaysMap(province)
        html += "</section>\n"
    }

    // MARK: Data quality

    mutating func writeQuality() {
        let l = labels
        let analysis = content.analysis
        // The cells are made without `self`, which is being written when the rows are made.
        let (file, num, text) = (Self.file, Self.num, Self.text)
        html += "<section class=\"quality\" id=\"data-quality\">\n<h2>\(escapeHTML(l.qualityHeading))</h2>\n"
        html += "<p>\(escapeHTML(countsLine)); \(escapeHTML(l.qualitySummary(flagged: analysis.flaggedCount, disagreeing: content.disagreements.count))).</p>\n"
        // Each kind of problem once (#27): every one is in JSON and the workbook.
        writeProblemKinds(ProblemSummary(analysis))
        html += "<h3>\(escapeHTML(l.disagreementHeading))</h3>\n"
        table(
            "disagreements", [l.file, l.commune, l.period, l.figure, l.reported, l.computed],
            content.disagreements.flatMap { item in
                item.differences.map { difference in
                    [
                        file(item.summary.file), text(item.summary.commune.name), text(l.period(item.summary.period.key)),
                        text(l.reportedFigure(difference.name)), num(l.integer(difference.reported)),
                        num(l.integer(difference.computed)),
                    ]
                }
            })
        writeCompleteness()
        writeDuplicatePeople()
        html += "</section>\n"
    }

    /// A file path that may break after each `/` (with `<wbr>`, which adds no text).
    private static func file(_ path: String) -> String {
        "<td class=\"file\">"
            + path.split(separator: "/", omittingEmptySubsequences: false)
            .map { escapeHTML(String($0)) }.joined(separator: "/<wbr>") + "</td>"
    }
    private static func num(_ value: String) -> String { "<td class=\"num\">\(escapeHTML(value))</td>" }
    private static func text(_ value: String) -> String { "<td>\(escapeHTML(value))</td>" }

    private mutating func table(_ kind: String, _ headers: [String], _ rows: [[String]]) {
        table(kind, headers) { row in
            for cells in rows { row(cells) }
        }
    }

    /// A table of cells already made (`file`, `num`, `text`), or "none": `rows` makes the rows
    /// one at a time and hands each to its argument, which writes it and drains the page, so that
    /// a long list is never held whole.
    private mutating func table(_ kind: String, _ headers: [String], rows: (_ row: ([String]) -> Void) -> Void) {
        var count = 0
        rows { cells in
            if count == 0 {
                html += "<table class=\"quality \(kind)\">\n<thead><tr>"
                for header in headers { html += "<th>\(escapeHTML(header))</th>" }
                html += "</tr></thead>\n<tbody>\n"
            }
            count += 1
            html += "<tr>"
            for cell in cells { html += cell }
            html += "</tr>\n"
            document.drain(&html)
        }
        if count == 0 {
            html += "<p class=\"none\" data-list=\"\(kind)\">\(escapeHTML(labels.none))</p>\n"
        } else {
            html += "</tbody>\n</table>\n"
        }
    }

    // MARK: Small parts

    /// The data-quality mark after the indicator's rate in a unit with `figures`, when it carries it.
    func qualityMarkTag(_ indicator: Indicator, _ figures: Figures) -> String {
        indicator.carriesQualityMark(figures) ? qualityMarkTag : ""
    }

    var qualityMarkTag: String { "<span class=\"quality-mark\">\(escapeHTML(labels.qualityMark))</span>" }

    func stateClass(_ met: Bool?) -> String {
        switch met {
        case true?: return "meets"
        case false?: return "misses"
        case nil: return "nodata"
        }
    }

    /// `meets`, `misses` or `nodata` against the indicator's target; `no-target` when it has none.
    func state(_ indicator: Indicator, _ count: GroupCount) -> String {
        targets[indicator.id] == nil ? "no-target" : stateClass(targets.meets(indicator, count))
    }

    func badge(_ met: Bool?) -> String {
        "<span class=\"badge \(stateClass(met))\">\(escapeHTML(labels.verdict(met)))</span>"
    }

    /// The band of public-health significance of a rate, as a tag with a leading space; empty for
    /// an indicator without bands or without a rate.
    func bandTag(_ indicator: Indicator, _ rate: Double?) -> String {
        guard let rate, let bands = indicator.bands else { return "" }
        let band = bands.band(of: rate)
        return " <span class=\"band-tag \(band.rawValue)\" title=\"\(escapeHTML(labels.bandHeading))\">"
            + "\(escapeHTML(labels.band(indicator, rate)))</span>"
    }

    func districtName(_ summary: CommuneSummary, _ province: ReportContent.Province) -> String {
        guard let code = summary.commune.districtCode else { return "–" }
        return summary.commune.districtName ?? province.districtNames[code] ?? code
    }
}
