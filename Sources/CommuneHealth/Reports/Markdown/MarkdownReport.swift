/// `analyze --format markdown`: the content of the HTML report as Markdown tables (GitHub
/// flavour), for pasting into documents. The charts become tables in the same order.
package enum MarkdownReport {
    /// The whole document, as `write` hands it over.
    package static func render(_ analysis: Analysis, language: Language = .en) -> String {
        var writer = MarkdownWriter(content: ReportContent(analysis), labels: Labels(language))
        writer.write()
        return writer.text
    }

    /// Writes the document to `sink` as it goes, a megabyte or so at a time: the lists of
    /// problems, read back from the spill a file at a time, are never held whole, nor is the text.
    package static func write(
        _ analysis: Analysis, language: Language = .en,
        to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        write(analysis, language: language, flushingAbove: DocumentSink.defaultThreshold, to: sink)
    }

    /// `write(_:language:to:)`, handing the text over whenever more than `threshold` bytes are written.
    static func write(
        _ analysis: Analysis, language: Language, flushingAbove threshold: Int,
        to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var writer = MarkdownWriter(
            content: ReportContent(analysis), labels: Labels(language), sink: sink,
            flushingAbove: threshold)
        writer.write()
    }
}

/// Escapes the characters that Markdown or a table cell would read as markup: `<` only where it
/// could open an HTML tag (`<resident>`), not in `< 20%`.
func escapeMarkdown(_ text: String) -> String {
    var out = ""
    var characters = text.makeIterator()
    var next = characters.next()
    while let character = next {
        next = characters.next()
        switch character {
        case "\\", "|", "*", "_", "`", "[", "]": out += "\\" + String(character)
        case "<" where next.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false: out += "\\<"
        case "\n", "\r", "\r\n": out += " "
        default:
            // #26: other controls and bidi controls from the input shown as escapes (docs/reports.md).
            TerminalText.appendShownInDocument(character, to: &out)
        }
    }
    return out
}

struct MarkdownWriter {
    let content: ReportContent
    let labels: Labels
    /// The text not yet handed to the sink; the whole document without one.
    var text = ""
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
        text += "# \(escapeMarkdown(l.reportTitle))\n\n"
        let span = l.periodRange(content.periods)
        text += escapeMarkdown(l.generatedFrom(files: content.fileCount, periods: span))
        if let line = l.targetsLine(targets) { text += " \(escapeMarkdown(l.target)): \(escapeMarkdown(line))." }
        text += "\n\(escapeMarkdown(countsLine)).\n\n"
        writeUnits()
        if content.provinces.isEmpty { text += "\(escapeMarkdown(l.noCommune))\n\n" }
        for province in content.provinces {
            writeProvince(province)
            document.drain(&text)
        }
        writeQuality()
        var notes = [l.wilsonNote, l.gapNote(targets), l.bandNote].compactMap { $0 }
        if document.showsMark(text) { notes.append(l.qualityMarkExplanation) }
        text += "---\n\n\(notes.map(escapeMarkdown).joined(separator: " "))\n"
        document.flush(&text)
    }

    var countsLine: String { labels.countsLine(content.analysis) }

    mutating func table(_ headers: [String], right: Set<Int>, _ rows: [[String]]) {
        tableHeader(headers, right: right)
        for row in rows { tableRow(row) }
        text += "\n"
    }

    mutating func tableHeader(_ headers: [String], right: Set<Int>) {
        text += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
        text += "|" + headers.indices.map { right.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
    }

    mutating func tableRow(_ cells: [String]) {
        text += "| "
        for (index, cell) in cells.enumerated() {
            if index > 0 { text += " | " }
            text += escapeMarkdown(cell)
        }
        text += " |\n"
    }

    // MARK: Province

    mutating func writeProvince(_ province: ReportContent.Province) {
        let l = labels
        let unit = province.latest
        text += "## \(escapeMarkdown(l.provinceName(unit))) (\(unit.code)), \(escapeMarkdown(l.periodLong(unit.period))) · "
        text += "\(escapeMarkdown(l.communeCount(unit.communes)))\n\n"
        writeOverview(province)
        writeCharts(province)
        writeDistricts(province)
        text += CardContent.markdown(province, labels)
        writeCommunes(province)
        writeMisses(province)
        writeBreakdowns(province)
        if content.hasSeveralPeriods { writeTrends(province) }
        if let review = content.review { text += ReviewContent.markdown(review, province: province.latest.code, targets, labels) }
        let quality = DataQualityMarkdown.section(province, labels: labels) { province.hasDistricts ? districtName($0, province) : nil }
        text += quality
        writeTodaysMap(province)
    }

    /// A row per indicator: rate, interval, band; target, verdict and gap; the change since the first period.
    mutating func writeOverview(_ province: ReportContent.Province) {
        let l = labels
        let f = province.latest.figures
        text += "### \(escapeMarkdown(l.overviewHeading))\n\n"
        let first = province.history.first!
        let trend = content.hasSeveralPeriods && first.period != province.period
        var headers = [l.figure, l.rate, l.ci95, l.bandHeading, l.target, l.status, l.gap]
        if trend { headers.append("\(l.period(first.period)) → \(l.period(province.period))") }
        table(
            headers, right: [1, 2],
            Indicator.all.map { indicator in
                let counts = f[indicator]
                let met = targets.meets(indicator, counts)
                let hasTarget = targets[indicator.id] != nil
                var row = [
                    l.name(indicator),
                    l.percent(counts.rate) + l.qualityMark(indicator, f) + (indicator.isUnstable(counts.asGroup) ? " ~" : ""),
                    l.interval(counts.interval), l.band(indicator, counts.rate), l.targetShort(indicator, targets) ?? "–",
                    hasTarget ? l.verdict(met) : "–", met == false ? l.gap(indicator, targets.gap(indicator, counts)) : "–",
                ]
                if trend { row.append(change(first.figures[indicator].rate, counts.rate)) }
                return row
            })
        text += Indicator.all.map { escapeMarkdown(l.casesOf($0, f[$0])) }.joined(separator: "; ") + ".\n\n"
    }

    func change(_ from: Double?, _ to: Double?) -> String {
        guard let from, let to else { return "–" }
        return "\(labels.percent(from)) → \(labels.percent(to)) (\(labels.pointChange(to - from)))"
    }

    // MARK: Communes by indicator

    /// The bar charts of HTML as tables: per indicator, every commune worst first.
    mutating func writeCharts(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.chartsHeading))\n\n"
        for indicator in Indicator.all {
            text += "#### \(escapeMarkdown(l.byCommune(indicator, province.period))) — \(escapeMarkdown(l.sortNote(indicator)))\n\n"
            let ranking = content.order(indicator, province.communes)
            guard ranking.all.contains(where: { $0.figures[indicator].rate != nil }) else {
                text += "\(escapeMarkdown(l.noData)).\n\n"
                continue
            }
            communeTable(indicator, ranking, province, gapOnly: false)
        }
    }

    /// Communes ranked, then those not ranked (rank `~`, or `–` without a rate): rate, interval,
    /// the number counted, the band; the verdict (unless `gapOnly`) and the gap with a target.
    mutating func communeTable(
        _ indicator: Indicator, _ ranking: ReportContent.Ranking, _ province: ReportContent.Province,
        gapOnly: Bool
    ) {
        let l = labels
        let hasTarget = targets[indicator.id] != nil
        // Without districts (today's map) no District column (#27).
        let district = province.hasDistricts ? 1 : 0
        var headers = [l.rank, l.commune] + (district == 1 ? [l.district] : []) + [l.short(indicator), l.ci95, l.countedHeading(indicator)]
        if indicator.bands != nil { headers.append(l.bandHeading) }
        if hasTarget { headers += gapOnly ? [l.gapHeading(indicator)] : [l.status, l.gapHeading(indicator)] }
        let rank = { (summary: CommuneSummary, ranked: Int?) -> String in
            summary.figures[indicator].rate == nil ? "–" : ranked.map { String($0 + 1) } ?? "~"
        }
        let rows =
            ranking.ranked.enumerated().map { (rank($0.element, $0.offset), $0.element) }
            + ranking.unranked.map { (rank($0, nil), $0) }
        table(
            headers, right: Set([0, 2 + district, 3 + district, 4 + district] + (hasTarget ? [headers.count - 1] : [])),
            rows.map { rank, summary in
                let counts = summary.figures[indicator]
                let met = targets.meets(indicator, counts)
                var row = [rank, l.rowName(summary)] + (district == 1 ? [districtName(summary, province)] : [])
                row += [
                    l.percent(counts.rate) + l.qualityMark(indicator, summary.figures),
                    l.interval(counts.interval), l.integer(counts.assessed),
                ]
                if indicator.bands != nil { row.append(l.band(indicator, counts.rate)) }
                if hasTarget && !gapOnly { row.append(l.verdict(met)) }
                if hasTarget { row.append(met == false ? l.integer(targets.gap(indicator, counts)) : "–") }
                return row
            })
        if ranking.unranked.contains(where: { $0.figures[indicator].assessed > 0 }) {
            text += "~ \(escapeMarkdown(l.tooFewChildren)).\n\n"
        }
    }

    func districtName(_ summary: CommuneSummary, _ province: ReportContent.Province) -> String {
        guard let code = summary.commune.districtCode else { return "–" }
        return summary.commune.districtName ?? province.districtNames[code] ?? code
    }

    // MARK: Districts and communes

    mutating func writeDistricts(_ province: ReportContent.Province) {
        let l = labels
        guard !province.districts.isEmpty else { return }
        text += "### \(escapeMarkdown(l.districtsOf(province.period)))\n\n"
        let units =
            province.districts.map { (l.districtName($0), $0.communes, $0.figures, false) }
            + [(l.provinceName(province.latest), province.latest.communes, province.latest.figures, true)]
        let headers = [l.district, l.communes] + Indicator.all.map(l.short)
        text += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
        text += "| --- |" + String(repeating: " ---: |", count: headers.count - 1) + "\n"
        for (name, communes, figures, bold) in units {
            let cells =
                [name, l.integer(communes)]
                + Indicator.all.map { cell($0, figures[$0].asGroup, detail: true, marked: $0.carriesQualityMark(figures)) }
            text += "| " + cells.map { bold ? "**" + escapeMarkdown($0) + "**" : escapeMarkdown($0) }.joined(separator: " | ") + " |\n"
        }
        text += "\n\(escapeMarkdown(l.tableMarks)). \(escapeMarkdown(l.unitCellNote))\n\n"
    }

    mutating func writeCommunes(_ province: ReportContent.Province) {
        let l = labels
        guard !province.communes.isEmpty else { return }
        text += "### \(escapeMarkdown(l.communesOf(province.period)))\n\n"
        let district = province.hasDistricts ? 1 : 0
        table(
            [l.code, l.commune] + (district == 1 ? [l.district] : []) + Indicator.all.map(l.short),
            right: Set((2 + district)..<(2 + district + Indicator.all.count)),
            province.communes.map { summary in
                [summary.commune.code, l.rowName(summary)] + (district == 1 ? [districtName(summary, province)] : [])
                    + Indicator.all.map {
                        cell($0, summary.figures[$0].asGroup, detail: false, marked: $0.carriesQualityMark(summary.figures))
                    }
            })
        text += "\(escapeMarkdown(l.tableMarks)).\n\n"
    }

    /// A rate with `*` when it misses its target and `~` when it is not stable, then its band:
    /// `23.1%*, high`; with `detail`, its interval, the number counted and the gap:
    /// `23.1%* (14.5–34.6%), high, n = 65, 3 above`.
    /// With `marked`, the data-quality mark after the rate and its marks: `23.1%*‡`.
    func cell(_ indicator: Indicator, _ count: GroupCount, detail: Bool, gap: Bool = true, marked: Bool = false) -> String {
        let l = labels
        guard count.total > 0 else { return "–" }
        let met = targets.meets(indicator, count)
        var cell =
            l.percent(count.rate) + (met == false ? "*" : "") + (indicator.isUnstable(count) ? "~" : "")
            + (marked ? l.qualityMark : "")
        if detail { cell += " (\(l.interval(count.interval)))" }
        if indicator.bands != nil { cell += ", " + l.band(indicator, count.rate) }
        if detail && gap { cell += ", n = \(l.integer(count.total))" }
        if detail && gap && met == false { cell += ", \(l.groupGap(indicator, targets.gap(indicator, count)))" }
        return cell
    }

    // MARK: Communes that miss a target

    mutating func writeMisses(_ province: ReportContent.Province) {
        let l = labels
        let judged = Indicator.all.filter { targets[$0.id] != nil }
        guard !judged.isEmpty else { return }
        text += "### \(escapeMarkdown(l.missesHeading))\n\n"
        for indicator in judged {
            text += "#### \(escapeMarkdown(l.missesOf(indicator))) (\(escapeMarkdown(l.target(indicator, targets) ?? "")))\n\n"
            let misses = content.misses(indicator, province)
            if misses.isEmpty {
                text += "\(escapeMarkdown(l.noCommuneMisses))\n\n"
            } else {
                communeTable(indicator, misses, province, gapOnly: true)
            }
        }
    }

    mutating func writeBreakdowns(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.breakdownsHeading))\n\n"
        let units: [(String, Figures)] =
            [(l.provinceName(province.latest), province.latest.figures)]
            + province.districts.map { (l.districtName($0), $0.figures) }
        for breakdown in Breakdown.all(province.latest.figures) {
            let indicator = breakdown.indicator, dimension = breakdown.dimension
            let columns = content.columns(breakdown, province)
            let target = l.target(indicator, targets).map { " (\($0))" } ?? ""
            text += "#### \(escapeMarkdown(l.dimension(breakdown) + target))\n\n"
            table(
                [""] + columns.map { l.group(dimension, $0) }, right: Set(columns.indices.map { $0 + 1 }),
                units.map { name, figures in
                    [name]
                        + columns.map { key in
                            cell(indicator, content.count(breakdown, key, in: figures, shown: columns))
                        }
                })
        }
        text += "\(escapeMarkdown(l.ci95)): \(escapeMarkdown(l[.note(.wilsonMethod)])); ~ \(escapeMarkdown(l.groupTooSmall)).\n\n"
    }

    func cell(_ indicator: Indicator, _ count: GroupCount) -> String {
        let l = labels
        guard count.total > 0 else { return "–" }
        let unstable = indicator.isUnstable(count)
        var cell = "\(l.percent(count.rate))\(unstable ? " ~" : "") (\(l.interval(count.interval))), n = \(l.integer(count.total))"
        if targets.meets(indicator, count) == false { cell += ", \(l.groupGap(indicator, targets.gap(indicator, count)))" }
        return cell
    }

    /// A table per unit, a row per period: every indicator's rate, interval and band.
    mutating func writeTrends(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.trendHeading)), \(escapeMarkdown(l.periodRange(content.periods.first!, content.periods.last!)))\n\n"
        let histories =
            [("\(l.province) \(l.provinceName(province.latest))", province.history)]
            + province.districtHistories.map { (l.districtName($0.last!), $0) }
        for (name, history) in histories {
            text += "#### \(escapeMarkdown(name))\n\n"
            table(
                [l.period] + Indicator.all.map(l.short), right: Set(1...Indicator.all.count),
                history.map { unit in
                    [content.trendPeriod(unit.period, province, l)]
                        + Indicator.all.map {
                            cell($0, unit.figures[$0].asGroup, detail: true, gap: false, marked: $0.carriesQualityMark(unit.figures))
                        }
                })
        }
        text += "\(escapeMarkdown(l.tableMarks)).\n\n"
        writeTrendCompleteness(province)
    }

    // MARK: Data quality

    mutating func writeQuality() {
        let l = labels
        let analysis = content.analysis
        text += "## \(escapeMarkdown(l.qualityHeading))\n\n"
        text +=
            "\(escapeMarkdown(countsLine)); \(escapeMarkdown(l.qualitySummary(flagged: analysis.flaggedCount, disagreeing: content.disagreements.count))).\n\n"
        // Each kind of problem once (#27): every one is in JSON and the workbook.
        writeProblemKinds(ProblemSummary(analysis, examples: ProblemSummary.shown))
        list(
            l.disagreementHeading, [l.file, l.commune, l.period, l.figure, l.reported, l.computed], right: [4, 5],
            content.disagreements.flatMap { item in
                item.differences.map {
                    [
                        item.summary.file, item.summary.commune.name, l.period(item.summary.period.key),
                        l.reportedFigure($0.name), l.integer($0.reported), l.integer($0.computed),
                    ]
                }
            })
        writeCompleteness()
        text += CardContent.markdownDuplicates(analysis, labels)
    }

    mutating func list(_ heading: String, _ headers: [String], right: Set<Int>, _ rows: [[String]]) {
        list(heading, headers, right: right) { row in
            for cells in rows { row(cells) }
        }
    }

    /// A list under its heading, or "none": `rows` makes the rows one at a time and hands each to
    /// its argument, which writes it and drains the text, so that a long list is never held whole.
    mutating func list(_ heading: String, _ headers: [String], right: Set<Int>, rows: (_ row: ([String]) -> Void) -> Void) {
        text += "### \(escapeMarkdown(heading))\n\n"
        var count = 0
        rows { cells in
            if count == 0 { tableHeader(headers, right: right) }
            count += 1
            tableRow(cells)
            document.drain(&text)
        }
        text += count == 0 ? "\(escapeMarkdown(labels.none))\n\n" : "\n"
    }
}
