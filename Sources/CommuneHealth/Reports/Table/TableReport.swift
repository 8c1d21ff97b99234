/// `analyze --format table`: for an 80-column terminal. Per province, its latest period: the
/// headline, districts and communes with 95% intervals, breakdowns by group; the trend when the
/// input holds several periods; last the counts of what was rejected or excluded.
package enum TableReport {
    /// No line of the report is wider than this, whatever the data (long names are cut with …).
    package static let width = 80

    package static func render(_ analysis: Analysis, language: Language = .en) -> String {
        let content = ReportContent(analysis)
        let l = Labels(language)
        let targets = analysis.targets
        var out = analysis.units == .current ? GeographyLabel.unitsLine(.current).text(language) + "\n\n" : ""
        for province in content.provinces {
            let unit = province.latest
            out += "\(l.terminalProvinceName(unit)) (\(unit.code)), \(l.periodLong(unit.period)): \(l.communeCount(unit.communes))\n"
            for indicator in Indicator.all { out += headline(indicator, unit.figures, targets, l) }
            out += "\n"
            if !province.districts.isEmpty {
                out += l.districtsOf(province.period) + "\n" + header(l)
                for district in province.districts {
                    out += row(
                        code: district.code, name: l.districtName(district), figures: district.figures,
                        targets: targets, labels: l)
                }
                out += "\n"
            }
            out += l.communesOf(province.period) + "\n" + header(l)
            for summary in province.communes {
                out += row(
                    code: summary.commune.code, name: l.tableRowName(summary), figures: summary.figures,
                    targets: targets, labels: l)
            }
            out += "  " + l.tableMarks + "\n"
            if province.communes.contains(where: { ($0.todaysMap?.kind ?? .commune) != .commune }) {
                out += "  " + GeographyLabel.tableRowMarks.text(language) + "\n"
            }
            out += "\n"
            out += breakdowns(unit, targets, l)
            out += CardContent.table(province, l)
            if content.hasSeveralPeriods { out += trend(province, content, targets, l) }
            if let review = content.review { out += ReviewContent.table(review, province: unit.code, targets, l) }
            out += completeness(province, content, l)
        }
        if content.provinces.isEmpty { out += l.noCommune + "\n\n" }
        if out.contains(l.qualityMark) { out += l.qualityMarkExplanation + "\n\n" }
        out += l.countsLine(analysis) + "\n"
        out += l.qualitySummary(flagged: analysis.flaggedCount, disagreeing: content.disagreements.count) + "\n"
        out += ProblemSummary(analysis, examples: 1).tableLines(l)
        out += CardContent.tableDuplicates(analysis, l)
        return wrap(out)
    }

    /// An indicator of the province: rate, interval and band; its counts; the verdict and the gap.
    private static func headline(_ indicator: Indicator, _ f: Figures, _ targets: Targets, _ l: Labels) -> String {
        let counts = f[indicator]
        var out = "  \(l.name(indicator))\n"
        out += "    \(l.percent(counts.rate))\(l.qualityMark(indicator, f)) (\(l.ci95) \(l.interval(counts.interval)))"
        if indicator.isUnstable(counts.asGroup) { out += " ~" }
        if indicator.bands != nil, counts.rate != nil { out += ", " + l.band(indicator, counts.rate) }
        out += "\n    \(l.casesOf(indicator, counts))\n"
        if let target = l.target(indicator, targets) {
            let met = targets.meets(indicator, counts)
            out += "    \(target): \(verdict(met, l))"
            if met == false { out += ", \(l.gap(indicator, targets.gap(indicator, counts)))" }
            out += "\n"
        }
        return out
    }

    private static func breakdowns(_ unit: UnitSummary, _ targets: Targets, _ l: Labels) -> String {
        var out = "\(l.breakdownsHeading), \(l.terminalProvinceName(unit))\n"
        for breakdown in Breakdown.all(unit.figures) {
            let indicator = breakdown.indicator
            let target = l.target(indicator, targets).map { " (\($0))" } ?? ""
            out += "  \(l.dimension(breakdown))\(target)\n"
            for group in breakdown.groups {
                out += breakdownRow(l.group(breakdown.dimension, group.key), indicator, group.count, targets, l)
            }
        }
        return out + "\n"
    }

    private static func trend(
        _ province: ReportContent.Province, _ content: ReportContent, _ targets: Targets,
        _ l: Labels
    ) -> String {
        var out = "\(l.trendHeading), \(l.terminalProvinceName(province.latest))\n"
        out += "  " + pad(l.period, 23)
        for indicator in Indicator.all { out += " " + leftPad(l.column(indicator), 6) + "  " }
        out = out.trimmingTrailingSpaces() + "\n"
        for past in province.history {
            out += "  " + pad(content.trendPeriod(past.period, province, l), 23)
            out += rateCells(Indicator.all, past.figures, targets, l)
            out = out.trimmingTrailingSpaces() + "\n"
        }
        return out + "\n"
    }

    private static func header(_ l: Labels) -> String {
        var line =
            "  " + pad(l.tableCode, 5) + " " + pad(l.tableName, 13) + " " + leftPad(l.tablePeople, 7) + " "
            + leftPad(l.column(.coverage), 6) + "   " + leftPad(l.tableKids, 5)
        for indicator in Indicator.growth { line += " " + leftPad(l.column(indicator), 6) + "  " }
        return line.trimmingTrailingSpaces() + "\n"
    }

    private static func row(code: String, name: String, figures f: Figures, targets: Targets, labels l: Labels) -> String {
        var line =
            "  " + pad(code, 5) + " " + pad(name, 13) + " " + leftPad(l.integer(f.population), 7) + " "
            + rateCell(.coverage, f, targets, l) + " " + leftPad(l.integer(f.childrenAssessed), 5)
        line += rateCells(Indicator.growth, f, targets, l)
        return line.trimmingTrailingSpaces() + "\n"
    }

    /// The cells of `indicators`, each after a space; a rate that carries the data-quality mark
    /// has it right after its own marks (`35.5%*‡`), in the space before the next cell when the
    /// cell is full (`35.5%*~‡`).
    private static func rateCells(_ indicators: [Indicator], _ f: Figures, _ targets: Targets, _ l: Labels) -> String {
        var text = "", spills = false
        for indicator in indicators {
            var cell = rateCell(indicator, f, targets, l)
            if indicator.carriesQualityMark(f) {
                cell = cell.trimmingTrailingSpaces() + l.qualityMark
                if cell.count < 8 { cell += String(repeating: " ", count: 8 - cell.count) }
            }
            text += (spills ? "" : " ") + cell
            spills = cell.count > 8
        }
        return text
    }

    /// A rate in 6 characters, then `*` when it misses its target and `~` when it is not stable.
    private static func rateCell(_ indicator: Indicator, _ f: Figures, _ targets: Targets, _ l: Labels) -> String {
        let counts = f[indicator]
        return leftPad(l.percent(counts.rate), 6) + mark(targets.meets(indicator, counts))
            + (indicator.isUnstable(counts.asGroup) ? "~" : " ")
    }

    private static func breakdownRow(
        _ name: String, _ indicator: Indicator, _ count: GroupCount,
        _ targets: Targets, _ l: Labels
    ) -> String {
        let met = targets.meets(indicator, count)
        var line =
            "    " + pad(name, 26) + " " + leftPad(l.integer(count.total), 7) + " "
            + leftPad(l.percent(count.rate), 6) + mark(met) + (indicator.isUnstable(count) ? "~" : " ") + " "
            + pad(bare(count.interval, l), 10)
        if met == false { line += " " + l.groupGap(indicator, targets.gap(indicator, count)) }
        return line.trimmingTrailingSpaces() + "\n"
    }

    /// An interval without its % sign, to fit a column: `91.1–93.3`.
    private static func bare(_ value: ProportionInterval?, _ l: Labels) -> String {
        let text = l.interval(value)
        return text.hasSuffix("%") ? String(text.dropLast()) : text
    }

    private static func mark(_ met: Bool?) -> String { met == false ? "*" : " " }

    private static func verdict(_ met: Bool?, _ l: Labels) -> String {
        met == false ? l.verdict(met).uppercased() : l.verdict(met)
    }

    /// Lines longer than the width are wrapped at a space, continued with an indent. Each line is
    /// made visible first (`TerminalText`): whatever control reached it from the input is shown.
    static func wrap(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = TerminalText.visible(String(line)).trimmingTrailingSpaces()
            let indent = String(rest.prefix { $0 == " " }) + "  "
            while rest.count > width {
                let limit = rest.index(rest.startIndex, offsetBy: width)
                guard let space = rest[..<limit].lastIndex(of: " "), rest[..<space].contains(where: { $0 != " " }) else { break }
                out += String(rest[..<space]).trimmingTrailingSpaces() + "\n"
                rest = indent + rest[rest.index(after: space)...]
            }
            out += rest + "\n"
        }
        return String(out.dropLast())
    }

    /// `text` made visible in `width` columns, cut with `…` when longer (every terminal table's
    /// cells); the cut never falls inside an escape (`TerminalText.fitted`).
    static func pad(_ text: String, _ width: Int) -> String { TerminalText.fitted(text, width: width) }

    static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
