/// `analyze --format table`: for an 80-column terminal. Per province, its latest period: the
/// headline, districts and communes with 95% intervals, breakdowns by group; the trend when the
/// input holds several periods; last the counts of what was rejected or excluded.
public enum TableReport {
    /// No line of the report is wider than this, whatever the data (long names are cut with …).
    public static let width = 80

    public static func render(_ analysis: Analysis, language: Language = .en) -> String {
        let content = ReportContent(analysis)
        let l = Labels(language)
        let targets = analysis.targets
        var out = ""
        for province in content.provinces {
            let unit = province.latest
            let f = unit.figures
            out += "\(l.provinceName(unit)) (\(unit.code)), \(l.periodLong(unit.period)): \(l.communeCount(unit.communes))\n"
            out += "  \(l.coverageName)\n"
            out += "    \(l.percent(f.coverage)) (\(l.ci95) \(l.interval(f.coverageCI))), \(l.insuredOf(f.insured, f.population))\n"
            out += "    \(l.coverageTarget(targets)): \(verdict(targets.meetsCoverage(f), l))"
            if targets.meetsCoverage(f) == false { out += ", \(l.residentsToInsure(targets.uninsuredGap(f)))" }
            out += "\n"
            out += "  \(l.stuntingName)\n"
            out += "    \(l.percent(f.stuntingRate)) (\(l.ci95) \(l.interval(f.stuntingRateCI)))"
            out += f.hasStableStuntingRate || f.childrenAssessed == 0 ? "\n" : " ~\n"
            out += "    \(l.stuntedOf(f.stunted, f.childrenAssessed, severely: f.severelyStunted))\n"
            out += "    \(l.stuntingTarget(targets)): \(verdict(targets.meetsStunting(f), l))"
            if targets.meetsStunting(f) == false { out += ", \(l.stuntedAboveLine(targets.stuntedExcess(f), targets))" }
            out += "\n\n"

            if !province.districts.isEmpty {
                out += l.districtsOf(province.period) + "\n" + header(l)
                for district in province.districts {
                    out += row(code: district.code, name: l.districtName(district), figures: district.figures,
                               targets: targets, labels: l)
                }
                out += "\n"
            }
            out += l.communesOf(province.period) + "\n" + header(l)
            for summary in province.communes {
                out += row(code: summary.commune.code, name: summary.commune.name, figures: summary.figures,
                           targets: targets, labels: l)
            }
            out += "  " + l.tableMarks + "\n\n"

            out += "\(l.breakdownsHeading), \(l.provinceName(unit))\n"
            for breakdown in Breakdown.all(f) {
                let indicator = breakdown.indicator
                let target = indicator == .coverage ? l.coverageTarget(targets) : l.stuntingTarget(targets)
                out += "  \(l.dimension(breakdown.dimension)) (\(target))\n"
                for group in breakdown.groups {
                    out += breakdownRow(l.group(breakdown.dimension, group.key), indicator, group.count, targets, l)
                }
            }
            out += "\n"

            if content.hasSeveralPeriods {
                out += "\(l.trendHeading), \(l.provinceName(unit))\n"
                out += "  " + pad(l.period, 23) + " " + leftPad(l.tableCover, 6) + "  " + pad(l.tableCI, 10) + " "
                out += leftPad(l.tableStunt, 6) + "   " + l.tableCI + "\n"
                for past in province.history {
                    let pf = past.figures
                    out += "  " + pad(l.period(past.period), 23) + " " + leftPad(l.percent(pf.coverage), 6)
                    out += mark(targets.meetsCoverage(pf)) + " " + pad(bare(pf.coverageCI, l), 10) + " "
                    out += leftPad(l.percent(pf.stuntingRate), 6) + mark(targets.meetsStunting(pf))
                    out += (pf.hasStableStuntingRate || pf.childrenAssessed == 0 ? " " : "~") + " "
                    out += bare(pf.stuntingRateCI, l) + "\n"
                }
                out += "\n"
            }
        }
        if content.provinces.isEmpty { out += l.noCommune + "\n\n" }
        out += l.countsLine(analysis) + "\n"
        out += l.qualitySummary(flagged: content.flagged.count, disagreeing: content.disagreements.count,
                                warnings: analysis.warnings.count) + "\n"
        return wrap(out)
    }

    private static func header(_ l: Labels) -> String {
        "  " + pad(l.tableCode, 5) + " " + pad(l.tableName, 16) + " " + leftPad(l.tablePeople, 7) + " "
            + leftPad(l.tableCover, 6) + "  " + pad(l.tableCI, 10) + " " + leftPad(l.tableKids, 6) + " "
            + leftPad(l.tableStunt, 6) + "   " + l.tableCI + "\n"
    }

    private static func row(code: String, name: String, figures f: Figures, targets: Targets, labels l: Labels) -> String {
        let unstable = !f.hasStableStuntingRate && f.childrenAssessed > 0
        return "  " + pad(code, 5) + " " + pad(name, 16) + " " + leftPad(l.integer(f.population), 7) + " "
            + leftPad(l.percent(f.coverage), 6) + mark(targets.meetsCoverage(f)) + " " + pad(bare(f.coverageCI, l), 10) + " "
            + leftPad(l.integer(f.childrenAssessed), 6) + " " + leftPad(l.percent(f.stuntingRate), 6)
            + mark(targets.meetsStunting(f)) + (unstable ? "~" : " ") + " " + bare(f.stuntingRateCI, l) + "\n"
    }

    private static func breakdownRow(_ name: String, _ indicator: Breakdown.Indicator, _ count: GroupCount,
                                     _ targets: Targets, _ l: Labels) -> String {
        let met = targets.meets(indicator, count)
        let unstable = indicator == .stunting && count.total > 0 && count.total < Uncertainty.minimumStableChildren
        var line = "    " + pad(name, 26) + " " + leftPad(l.integer(count.total), 7) + " "
            + leftPad(l.percent(count.rate), 6) + mark(met) + (unstable ? "~" : " ") + " " + pad(bare(count.interval, l), 10)
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

    /// Lines longer than the width are wrapped at a space, continued with an indent.
    static func wrap(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = String(line).trimmingTrailingSpaces()
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

    private static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - count)
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
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
