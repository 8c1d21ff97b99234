/// `analyze --format markdown`: the content of the HTML report as Markdown tables (GitHub
/// flavour), for pasting into documents. The charts become tables in the same order.
public enum MarkdownReport {
    public static func render(_ analysis: Analysis, language: Language = .en) -> String {
        var writer = MarkdownWriter(content: ReportContent(analysis), labels: Labels(language))
        writer.write()
        return writer.text
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
        case "\n", "\r": out += " "
        default: out.append(character)
        }
    }
    return out
}

private struct MarkdownWriter {
    let content: ReportContent
    let labels: Labels
    var text = ""

    var targets: Targets { content.targets }

    init(content: ReportContent, labels: Labels) {
        self.content = content
        self.labels = labels
    }

    mutating func write() {
        let l = labels
        text += "# \(escapeMarkdown(l.reportTitle))\n\n"
        let span = l.periodRange(content.periods)
        text += "\(escapeMarkdown(l.generatedFrom(files: content.fileCount, periods: span))) "
        text += "\(escapeMarkdown(l.target)): \(escapeMarkdown(l.coverageShort)) \(escapeMarkdown(l.coverageTargetShort(targets))), "
        text += "\(escapeMarkdown(l.stuntingShort)) \(escapeMarkdown(l.stuntingTargetShort(targets))).\n"
        text += "\(escapeMarkdown(countsLine)).\n\n"
        if content.provinces.isEmpty { text += "\(escapeMarkdown(l.noCommune))\n\n" }
        for province in content.provinces { writeProvince(province) }
        writeQuality()
        text += "---\n\n\(escapeMarkdown(l.wilsonNote)) \(escapeMarkdown(l.gapNote(targets) ?? ""))\n"
    }

    var countsLine: String { labels.countsLine(content.analysis) }

    mutating func table(_ headers: [String], right: Set<Int>, _ rows: [[String]]) {
        text += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
        text += "|" + headers.indices.map { right.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows { text += "| " + row.map(escapeMarkdown).joined(separator: " | ") + " |\n" }
        text += "\n"
    }

    // MARK: Province

    mutating func writeProvince(_ province: ReportContent.Province) {
        let l = labels
        let unit = province.latest
        let f = unit.figures
        text += "## \(escapeMarkdown(l.provinceName(unit))) (\(unit.code)), \(escapeMarkdown(l.periodLong(unit.period))) · "
        text += "\(escapeMarkdown(l.communeCount(unit.communes)))\n\n"

        text += "### \(escapeMarkdown(l.overviewHeading))\n\n"
        let first = province.history.first!
        let trend = content.hasSeveralPeriods && first.period != unit.period
        var headers = [l.figure, l.rate, l.ci95, l.target, l.status, l.gap]
        if trend { headers.append("\(l.period(first.period)) → \(l.period(unit.period))") }
        var coverageRow = [l.coverageName, l.percent(f.coverage), l.interval(f.coverageCI), l.coverageTargetShort(targets),
                           l.verdict(targets.meetsCoverage(f)),
                           targets.meetsCoverage(f) == false ? l.residentsToInsure(targets.uninsuredGap(f)) : "–"]
        var stuntingRow = [l.stuntingName, l.percent(f.stuntingRate) + (f.hasStableStuntingRate || f.childrenAssessed == 0 ? "" : " ~"),
                           l.interval(f.stuntingRateCI), l.stuntingTargetShort(targets), l.verdict(targets.meetsStunting(f)),
                           targets.meetsStunting(f) == false ? l.stuntedAboveLine(targets.stuntedExcess(f), targets) : "–"]
        if trend {
            coverageRow.append(change(first.figures.coverage, f.coverage))
            stuntingRow.append(change(first.figures.stuntingRate, f.stuntingRate))
        }
        table(headers, right: [1, 2], [coverageRow, stuntingRow])
        text += "\(escapeMarkdown(l.insuredOf(f.insured, f.population))); "
        text += "\(escapeMarkdown(l.stuntedOf(f.stunted, f.childrenAssessed, severely: f.severelyStunted))).\n\n"

        writeCharts(province)
        writeDistricts(province)
        writeMisses(province)
        writeBreakdowns(province)
        if content.hasSeveralPeriods { writeTrends(province) }
    }

    func change(_ from: Double?, _ to: Double?) -> String {
        guard let from, let to else { return "–" }
        return "\(labels.percent(from)) → \(labels.percent(to)) (\(labels.pointChange(to - from)))"
    }

    mutating func writeCharts(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.chartsHeading))\n\n"
        text += "#### \(escapeMarkdown(l.coverageByCommune(province.period))) — \(escapeMarkdown(l.coverageSortNote))\n\n"
        table([l.rank, l.commune, l.district, l.coverageShort, l.ci95, l.residents, l.status, l.toInsure],
              right: [0, 3, 4, 5, 7],
              content.order(.coverage, province.communes).all.enumerated().map { index, summary in
                  let f = summary.figures
                  let met = targets.meetsCoverage(f)
                  return [f.coverage == nil ? "–" : String(index + 1), summary.commune.name, districtName(summary, province),
                          l.percent(f.coverage), l.interval(f.coverageCI), l.integer(f.population), l.verdict(met),
                          met == false ? l.integer(targets.uninsuredGap(f)) : "–"]
              })
        text += "#### \(escapeMarkdown(l.stuntingByCommune(province.period))) — \(escapeMarkdown(l.stuntingSortNote))\n\n"
        let order = content.order(.stunting, province.communes)
        let rows = order.ranked.enumerated().map { stuntingRow($0.element, province, rank: String($0.offset + 1)) }
            + order.unranked.map { stuntingRow($0, province, rank: $0.figures.childrenAssessed == 0 ? "–" : "~") }
        table([l.rank, l.commune, l.district, l.stuntingShort, l.ci95, l.childrenAssessed, l.status, l.aboveLine],
              right: [0, 3, 4, 5, 7], rows)
        if !order.unranked.isEmpty { text += "~ \(escapeMarkdown(l.tooFewChildren)).\n\n" }
    }

    func stuntingRow(_ summary: CommuneSummary, _ province: ReportContent.Province, rank: String) -> [String] {
        let l = labels
        let f = summary.figures
        let met = targets.meetsStunting(f)
        return [rank, summary.commune.name, districtName(summary, province), l.percent(f.stuntingRate),
                l.interval(f.stuntingRateCI), l.integer(f.childrenAssessed), l.verdict(met),
                met == false ? l.integer(targets.stuntedExcess(f)) : "–"]
    }

    func districtName(_ summary: CommuneSummary, _ province: ReportContent.Province) -> String {
        guard let code = summary.commune.districtCode else { return "–" }
        return summary.commune.districtName ?? province.districtNames[code] ?? code
    }

    mutating func writeDistricts(_ province: ReportContent.Province) {
        let l = labels
        guard !province.districts.isEmpty else { return }
        text += "### \(escapeMarkdown(l.districtsOf(province.period)))\n\n"
        let rows = province.districts.map { unitRow(l.districtName($0), $0.communes, $0.figures, bold: false) }
            + [unitRow(l.provinceName(province.latest), province.latest.communes, province.latest.figures, bold: true)]
        text += "| " + [l.district, l.communes, l.residents, l.coverageShort, l.ci95, l.toInsure, l.childrenAssessed,
                       l.stuntingShort, l.ci95, l.aboveLine].map(escapeMarkdown).joined(separator: " | ") + " |\n"
        text += "| --- |" + String(repeating: " ---: |", count: 9) + "\n"
        for row in rows { text += "| " + row.joined(separator: " | ") + " |\n" }
        text += "\n"
        if province.districts.contains(where: { !$0.figures.hasStableStuntingRate }) {
            text += "~ \(escapeMarkdown(l.tooFewChildren)).\n\n"
        }
    }

    /// A row of escaped cells, the province's in bold.
    func unitRow(_ name: String, _ communes: Int, _ f: Figures, bold: Bool) -> [String] {
        let l = labels
        let unstable = !f.hasStableStuntingRate && f.childrenAssessed > 0
        let cells = [name, l.integer(communes), l.integer(f.population), l.percent(f.coverage), l.interval(f.coverageCI),
                     targets.meetsCoverage(f) == false ? l.integer(targets.uninsuredGap(f)) : "–",
                     l.integer(f.childrenAssessed), l.percent(f.stuntingRate) + (unstable ? " ~" : ""),
                     l.interval(f.stuntingRateCI), targets.meetsStunting(f) == false ? l.integer(targets.stuntedExcess(f)) : "–"]
        return cells.map { bold ? "**" + escapeMarkdown($0) + "**" : escapeMarkdown($0) }
    }

    mutating func writeMisses(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.missesHeading))\n\n"
        text += "#### \(escapeMarkdown(l.coverageMisses)) (\(escapeMarkdown(l.coverageTarget(targets))))\n\n"
        let coverage = content.misses(.coverage, province).all
        if coverage.isEmpty {
            text += "\(escapeMarkdown(l.noCommuneMisses))\n\n"
        } else {
            table([l.rank, l.commune, l.district, l.coverageShort, l.ci95, l.residents, l.toInsure], right: [0, 3, 4, 5, 6],
                  coverage.enumerated().map { index, summary in
                      let f = summary.figures
                      return [String(index + 1), summary.commune.name, districtName(summary, province), l.percent(f.coverage),
                              l.interval(f.coverageCI), l.integer(f.population), l.integer(targets.uninsuredGap(f))]
                  })
        }
        text += "#### \(escapeMarkdown(l.stuntingMisses)) (\(escapeMarkdown(l.stuntingTarget(targets))))\n\n"
        let stunting = content.misses(.stunting, province)
        if stunting.ranked.isEmpty && stunting.unranked.isEmpty {
            text += "\(escapeMarkdown(l.noCommuneMisses))\n\n"
        } else {
            let targets = self.targets
            let names = stunting.ranked.map { districtName($0, province) } + stunting.unranked.map { districtName($0, province) }
            var index = 0
            let row = { (summary: CommuneSummary, rank: String) -> [String] in
                let f = summary.figures
                defer { index += 1 }
                return [rank, summary.commune.name, names[index], l.percent(f.stuntingRate),
                        l.interval(f.stuntingRateCI), l.integer(f.childrenAssessed), l.integer(targets.stuntedExcess(f))]
            }
            table([l.rank, l.commune, l.district, l.stuntingShort, l.ci95, l.childrenAssessed, l.aboveLine],
                  right: [0, 3, 4, 5, 6],
                  stunting.ranked.enumerated().map { row($0.element, String($0.offset + 1)) }
                      + stunting.unranked.map { row($0, "~") })
            if !stunting.unranked.isEmpty { text += "~ \(escapeMarkdown(l.tooFewChildren)).\n\n" }
        }
    }

    mutating func writeBreakdowns(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.breakdownsHeading))\n\n"
        let units: [(String, Figures)] = [(l.provinceName(province.latest), province.latest.figures)]
            + province.districts.map { (l.districtName($0), $0.figures) }
        for breakdown in Breakdown.all(province.latest.figures) {
            let indicator = breakdown.indicator, dimension = breakdown.dimension
            let columns = content.columns(breakdown, province)
            let target = l.target(indicator, targets).map { " (\($0))" } ?? ""
            text += "#### \(escapeMarkdown(l.dimension(breakdown) + target))\n\n"
            table([""] + columns.map { l.group(dimension, $0) }, right: Set(columns.indices.map { $0 + 1 }),
                  units.map { name, figures in
                      [name] + columns.map { key in
                          cell(indicator, content.count(breakdown, key, in: figures, shown: columns))
                      }
                  })
        }
        text += "\(escapeMarkdown(l.ci95)): 95% Wilson; ~ \(escapeMarkdown(l.groupTooSmall)).\n\n"
    }

    func cell(_ indicator: Indicator, _ count: GroupCount) -> String {
        let l = labels
        guard count.total > 0 else { return "–" }
        let unstable = indicator.isUnstable(count)
        var cell = "\(l.percent(count.rate))\(unstable ? " ~" : "") (\(l.interval(count.interval))), n = \(l.integer(count.total))"
        if targets.meets(indicator, count) == false { cell += ", \(l.groupGap(indicator, targets.gap(indicator, count)))" }
        return cell
    }

    mutating func writeTrends(_ province: ReportContent.Province) {
        let l = labels
        text += "### \(escapeMarkdown(l.trendHeading)), \(escapeMarkdown(l.periodRange(content.periods.first!, content.periods.last!)))\n\n"
        let histories = [("\(l.province) \(l.provinceName(province.latest))", province.history)]
            + province.districtHistories.map { (l.districtName($0.last!), $0) }
        for (name, history) in histories {
            text += "#### \(escapeMarkdown(name))\n\n"
            table([l.period, l.coverageShort, l.ci95, l.status, l.stuntingShort, l.ci95, l.status], right: [1, 2, 4, 5],
                  history.map { unit in
                      let f = unit.figures
                      let unstable = !f.hasStableStuntingRate && f.childrenAssessed > 0
                      return [l.period(unit.period), l.percent(f.coverage), l.interval(f.coverageCI),
                              l.verdict(targets.meetsCoverage(f)), l.percent(f.stuntingRate) + (unstable ? " ~" : ""),
                              l.interval(f.stuntingRateCI), l.verdict(targets.meetsStunting(f))]
                  })
        }
    }

    // MARK: Data quality

    mutating func writeQuality() {
        let l = labels
        let analysis = content.analysis
        text += "## \(escapeMarkdown(l.qualityHeading))\n\n"
        text += "\(escapeMarkdown(countsLine)); \(escapeMarkdown(l.qualitySummary(flagged: content.flagged.count, disagreeing: content.disagreements.count, warnings: analysis.warnings.count))).\n\n"
        list(l.rejectedHeading, [l.file, l.line, l.reason], right: [1], analysis.rejectedFiles.map {
            [$0.file, l.integer($0.line), l.reason($0.reason)]
        })
        list(l.supersededHeading, [l.file, l.replacedBy], right: [], analysis.supersededFiles.map { [$0.file, $0.by] })
        list(l.invalidHeading, [l.file, l.line, l.reason], right: [1], analysis.invalidRecords.map {
            [$0.file, l.integer($0.line), l.reason($0.reason)]
        })
        list(l.flaggedHeading, [l.file, l.line, l.commune, l.period, l.child, l.ageDays, l.heightCm, "HAZ", l.status],
             right: [1, 5, 6, 7], content.flagged.map { item in
                 let m = item.measurement
                 return [item.summary.file, l.integer(m.line), item.summary.commune.name, l.period(item.summary.period.key),
                         m.childID, l.integer(m.ageDays), l.decimal(m.heightCm, places: 1),
                         m.haz.map { l.decimal($0, places: 2) } ?? "–", l.flaggedStatus(m.status)]
             })
        list(l.disagreementHeading, [l.file, l.commune, l.period, l.figure, l.reported, l.computed], right: [4, 5],
             content.disagreements.flatMap { item in
                 item.differences.map { [item.summary.file, item.summary.commune.name, l.period(item.summary.period.key),
                                         l.reportedFigure($0.name), l.integer($0.reported), l.integer($0.computed)] }
             })
        list(l.warningsHeading, [l.file, l.line, l.message], right: [1], analysis.warnings.map {
            [$0.file, l.integer($0.line), l.reason($0.reason)]
        })
    }

    mutating func list(_ heading: String, _ headers: [String], right: Set<Int>, _ rows: [[String]]) {
        text += "### \(escapeMarkdown(heading))\n\n"
        if rows.isEmpty { text += "\(escapeMarkdown(labels.none))\n\n" } else { table(headers, right: right, rows) }
    }
}
