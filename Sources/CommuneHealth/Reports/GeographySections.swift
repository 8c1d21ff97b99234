extension Labels {
    /// A commune row's name in the reports for people: under `--units current` a divided legacy
    /// commune or an unknown code says so, so that it never reads as the 2025 commune of its code.
    func rowName(_ row: CommuneSummary) -> String {
        guard let kind = row.todaysMap?.kind, kind != .commune else { return row.commune.name }
        return row.commune.name + " " + GeographyLabel.rowKind(kind).text(language)
    }

    /// The same in the terminal table's narrow column: a mark before the name (`÷`, `?`).
    func tableRowName(_ row: CommuneSummary) -> String {
        guard let kind = row.todaysMap?.kind, kind != .commune else { return row.commune.name }
        return GeographyLabel.tableRowMark(kind).text(language) + row.commune.name
    }
}

/// The parts of the reports that docs/spec/geography-v1.md adds: completeness of reporting (§4) in the
/// data-quality part, the mark of an incomplete period on the trends, and the line that says which
/// map the units are on (§5).
extension ReportContent {
    /// The completeness rows of a province, earliest period first.
    func completeness(of province: Province) -> [ProvinceCompleteness] {
        analysis.completeness.filter { $0.province.code.description == province.latest.code }
    }

    /// The periods of a province whose completeness is below 100%.
    func incompletePeriods(of province: Province) -> Set<PeriodKey> {
        Set(completeness(of: province).filter { !$0.isComplete }.map(\.period))
    }

    /// "16 of 330 communes of the legacy map (4.8%)".
    func receivedText(_ row: ProvinceCompleteness, _ l: Labels) -> String {
        GeographyLabel.receivedOf(received: l.integer(row.received), expected: l.integer(row.expected),
                                  percent: l.percent(row.completeness), edition: row.edition).text(l.language)
    }

    /// When the province has several periods and one of them is incomplete, the sentence that says
    /// that their figures do not cover the same communes, with each period's share; nil otherwise.
    func coverageNote(_ province: Province, _ l: Labels) -> String? {
        let rows = completeness(of: province)
        guard province.history.count > 1, rows.contains(where: { !$0.isComplete }) else { return nil }
        return GeographyLabel.coverageDiffers(periods: rows.map { "\(l.period($0.period)): \(receivedText($0, l))" })
            .text(l.language)
    }

    /// The line per province naming its periods of completeness below 100% (§5, table format).
    func incompleteLine(_ province: Province, _ l: Labels) -> String? {
        let periods = completeness(of: province).filter { !$0.isComplete }
        guard !periods.isEmpty else { return nil }
        return GeographyLabel.incompletePeriods(province: l.provinceName(province.latest),
                                                periods: periods.map { "\(l.period($0.period)) (\(l.percent($0.completeness)))" })
            .text(l.language)
    }

    /// A period's name in a trend, marked when the province's completeness is below 100% then.
    func trendPeriod(_ key: PeriodKey, _ province: Province, _ l: Labels) -> String {
        l.period(key) + (incompletePeriods(of: province).contains(key) ? " " + GeographyLabel.incompleteMark.text(l.language) : "")
    }

    /// Under `--units current`, the rows of a province that hold legacy communes or stand for one
    /// (divided, unknown), by commune and period: what each figure of a legacy period is made of.
    func todaysMapRows(of province: Province) -> [CommuneSummary] {
        guard analysis.units == .current else { return [] }
        return analysis.communes.filter { row in
            guard row.commune.provinceCode == province.latest.code, let map = row.todaysMap else { return false }
            return !map.predecessors.isEmpty || map.divided || map.unknown
        }
    }

    /// The cells of such a row: commune, period, formed from, note (lacks, divided, unknown).
    func todaysMapCells(_ row: CommuneSummary, _ l: Labels) -> [String] {
        let map = row.todaysMap!, language = l.language
        let references = { (list: [CommuneReference]) in list.map { "\($0.code) \($0.name)" }.joined(separator: ", ") }
        var notes: [String] = []
        if !map.missingPredecessors.isEmpty {
            notes.append(GeographyLabel.missingPredecessors.text(language) + " " + references(map.missingPredecessors))
        }
        if !map.lacksDivided.isEmpty { notes.append(GeographyLabel.lacksDivided.text(language) + " " + references(map.lacksDivided)) }
        if map.divided { notes.append(GeographyLabel.divided.text(language) + ": " + references(map.successors)) }
        if map.unknown { notes.append(GeographyLabel.unknownCommune.text(language)) }
        return ["\(row.commune.code) \(row.commune.name)", l.period(row.period.key), references(map.predecessors),
                notes.joined(separator: "; ")]
    }

    var todaysMapHeaders: [GeographyLabel] { [.commune, .period, .formedFrom, .note] }

    /// The rows of `todaysMapRows`, those of one commune that hold the same legacy communes with
    /// the same note in consecutive periods made one ("2021–2024").
    func todaysMapTable(of province: Province, _ l: Labels) -> [(row: CommuneSummary, cells: [String])] {
        var result: [(row: CommuneSummary, cells: [String], first: PeriodKey, last: PeriodKey)] = []
        for row in todaysMapRows(of: province) {
            let cells = todaysMapCells(row, l)
            if let previous = result.last, previous.row.unit == row.unit,
               previous.cells[2...] == cells[2...],
               let index = periods.firstIndex(of: previous.last), periods.indices.contains(index + 1),
               periods[index + 1] == row.period.key {
                result[result.count - 1].last = row.period.key
                continue
            }
            result.append((row, cells, row.period.key, row.period.key))
        }
        return result.map { item in
            var cells = item.cells
            if item.first != item.last { cells[1] = "\(l.period(item.first))–\(l.period(item.last))" }
            return (item.row, cells)
        }
    }

    /// The missing communes of every completeness row, a row's list given once for the periods of
    /// its province that miss the very same communes: "Tỉnh Tuyên Quang, 2021, 2022, 2023, 2024".
    func missingLists(_ l: Labels) -> [(title: String, province: ProvinceCode, periods: [PeriodKey], missing: [MapCommune])] {
        var result: [(title: String, province: ProvinceCode, periods: [PeriodKey], missing: [MapCommune])] = []
        for row in analysis.completeness where !row.missing.isEmpty {
            if let last = result.last, last.province == row.province.code, last.missing == row.missing {
                result[result.count - 1].periods.append(row.period)
            } else {
                result.append(("\(row.province.name)", row.province.code, [row.period], row.missing))
            }
        }
        return result.map { item in
            (item.title + ", " + item.periods.map { l.period($0) }.joined(separator: ", "), item.province, item.periods, item.missing)
        }
    }

    /// The communes of a list of missing ones grouped by district (#27), districts by code, a group
    /// without a district last: on the legacy map each commune's district; on the 2025 map, which
    /// has none, the legacy district most of its legacy communes were in ("formerly Huyện …", the
    /// lowest code on a tie). Communes keep their order within a group.
    func missingByDistrict(_ missing: [MapCommune], _ l: Labels) -> [(code: String, title: String, communes: [MapCommune])] {
        let register = CommuneRegister.shared
        var groups: [String: (title: String, communes: [MapCommune])] = [:]
        for commune in missing {
            var key = "", title = LayoutText.noDistrict
            if let district = commune.district {
                key = district.code.description
                groups[key, default: (district.name, [])].communes.append(commune)
                continue
            }
            if let today = register.commune2025(commune.code) {
                var counts: [String: (name: String, count: Int)] = [:]
                for legacy in today.predecessors + today.dividedPredecessors {
                    guard let district = register.legacyCommune(legacy.code)?.district else { continue }
                    counts[district.code.description, default: (district.name, 0)].count += 1
                }
                if let most = counts.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).first {
                    key = most.key
                    title = .formerDistrict(most.value.name)
                }
            }
            groups[key, default: (l[.layout(title)], [])].communes.append(commune)
        }
        return groups.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { ($0, groups[$0]!.title, groups[$0]!.communes) }
    }

    /// "00688 Xã Hồ Thầu (Huyện Hoàng Su Phì)": a missing commune, with its district on the legacy map.
    func missingText(_ commune: MapCommune) -> String {
        "\(commune.code) \(commune.name)" + (commune.district.map { " (\($0.name))" } ?? "")
    }
}

// MARK: - Markdown

extension MarkdownWriter {
    /// The map the units are on, under the title, with `--units current` only.
    mutating func writeUnits() {
        guard content.analysis.units == .current else { return }
        text += escapeMarkdown(GeographyLabel.unitsLine(.current).text(labels.language)) + "\n\n"
    }

    /// Under `--units current`: what each row of a legacy period holds.
    mutating func writeTodaysMap(_ province: ReportContent.Province) {
        let rows = content.todaysMapRows(of: province)
        guard !rows.isEmpty else { return }
        let language = labels.language
        text += "### \(escapeMarkdown(GeographyLabel.todaysMapHeading.text(language)))\n\n"
        table(content.todaysMapHeaders.map { $0.text(language) }, right: [],
              content.todaysMapTable(of: province, labels).map(\.cells))
    }

    /// After a province's trend tables: what † means and the periods that cover fewer communes.
    mutating func writeTrendCompleteness(_ province: ReportContent.Province) {
        guard let note = content.coverageNote(province, labels) else { return }
        text += escapeMarkdown(GeographyLabel.incompleteLegend.text(labels.language)) + ". " + escapeMarkdown(note) + "\n\n"
    }

    /// In data quality: a row per province and period, then the missing communes of each.
    mutating func writeCompleteness() {
        let l = labels, language = l.language
        let rows = content.analysis.completeness
        text += "### \(escapeMarkdown(GeographyLabel.completenessHeading.text(language)))\n\n"
        guard !rows.isEmpty else {
            text += "\(escapeMarkdown(l.none))\n\n"
            return
        }
        table([l.province, GeographyLabel.period.text(language), GeographyLabel.map.text(language),
               GeographyLabel.expected.text(language), GeographyLabel.received.text(language),
               GeographyLabel.completeness.text(language), GeographyLabel.unknownCodes.text(language)],
              right: [3, 4, 5], rows.map { row in
                  ["\(row.province.name) (\(row.province.code))", l.period(row.period),
                   GeographyLabel.mapName(row.edition).text(language), l.integer(row.expected), l.integer(row.received),
                   l.percent(row.completeness), row.unknown.map(\.description).joined(separator: ", ")]
              })
        for list in content.missingLists(l) {
            text += "**\(escapeMarkdown(list.title + ": "))"
            text += "\(escapeMarkdown(GeographyLabel.missingCount(l.integer(list.missing.count)).text(language)))**: "
            text += escapeMarkdown(list.missing.map(content.missingText).joined(separator: "; ")) + "\n\n"
        }
    }
}

// MARK: - HTML

extension HTMLPage {
    /// The map the units are on, in the header, with `--units current` only.
    var unitsParagraph: String {
        guard content.analysis.units == .current else { return "" }
        return "<p class=\"meta units\" data-units=\"current\">\(escapeHTML(GeographyLabel.unitsLine(.current).text(labels.language)))</p>\n"
    }

    /// Under `--units current`: what each row of a legacy period holds.
    mutating func writeTodaysMap(_ province: ReportContent.Province) {
        let rows = content.todaysMapRows(of: province)
        guard !rows.isEmpty else { return }
        let language = labels.language
        html += "<h3>\(escapeHTML(GeographyLabel.todaysMapHeading.text(language)))</h3>\n<table class=\"todays-map\"><thead><tr>"
        html += content.todaysMapHeaders.map { "<th>\(escapeHTML($0.text(language)))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (row, cells) in content.todaysMapTable(of: province, labels) {
            let map = row.todaysMap!
            let kind = map.divided ? " class=\"divided\"" : map.unknown ? " class=\"unknown\"" : ""
            html += "<tr data-code=\"\(escapeHTML(row.commune.code))\"\(kind)>"
            html += cells.map { "<td>\(escapeHTML($0))</td>" }.joined() + "</tr>\n"
        }
        html += "</tbody></table>\n"
    }

    /// Under a province's trend charts: what † means and the periods that cover fewer communes.
    func trendCompleteness(_ province: ReportContent.Province) -> String {
        guard let note = content.coverageNote(province, labels) else { return "" }
        return "<p class=\"note incomplete-note\"><span class=\"swatch incomplete\" style=\"display: inline-block; width: 10px; height: 10px; margin-right: 4px; background: #f6ecd2; border: 1px dashed #d9c38f;\"></span>"
            + "\(escapeHTML(GeographyLabel.incompleteLegend.text(labels.language))). \(escapeHTML(note))</p>\n"
    }

    /// In data quality: a table of provinces and periods, then the missing communes of each.
    mutating func writeCompleteness() {
        let l = labels, language = l.language
        let rows = content.analysis.completeness
        html += "<h3>\(escapeHTML(GeographyLabel.completenessHeading.text(language)))</h3>\n"
        guard !rows.isEmpty else {
            html += "<p class=\"none\" data-list=\"completeness\">\(escapeHTML(l.none))</p>\n"
            return
        }
        html += "<table class=\"completeness\"><thead><tr>"
        for (index, header) in [l.province, GeographyLabel.period.text(language), GeographyLabel.map.text(language),
                                GeographyLabel.expected.text(language), GeographyLabel.received.text(language),
                                GeographyLabel.completeness.text(language), GeographyLabel.unknownCodes.text(language)].enumerated() {
            html += (3...5).contains(index) ? "<th class=\"num\">" : "<th>"
            html += escapeHTML(header) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr data-province=\"\(row.province.code)\" data-period=\"\(escapeHTML(l.period(row.period)))\""
            html += row.isComplete ? ">" : " class=\"incomplete\">"
            html += "<td>\(escapeHTML("\(row.province.name) (\(row.province.code))"))</td><td>\(escapeHTML(l.period(row.period)))</td>"
            html += "<td>\(escapeHTML(GeographyLabel.mapName(row.edition).text(language)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.integer(row.expected)))</td><td class=\"num\">\(escapeHTML(l.integer(row.received)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.percent(row.completeness)))</td>"
            html += "<td>\(escapeHTML(row.unknown.map(\.description).joined(separator: ", ")))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        // Each list collapsed, its communes grouped by district or former district (#27).
        for list in content.missingLists(l) {
            html += "<details class=\"missing\" data-province=\"\(list.province)\" "
            html += "data-periods=\"\(escapeHTML(list.periods.map { l.period($0) }.joined(separator: " ")))\">"
            html += "<summary><strong>\(escapeHTML(list.title + ": "))"
            html += "\(escapeHTML(GeographyLabel.missingCount(l.integer(list.missing.count)).text(language)))</strong></summary>\n"
            for group in content.missingByDistrict(list.missing, l) {
                html += "<p class=\"missing-district\" data-district=\"\(escapeHTML(group.code))\">"
                html += "<strong>\(escapeHTML(group.title)) (\(escapeHTML(l.integer(group.communes.count))))</strong>: "
                html += group.communes.map { "<span class=\"commune\" data-code=\"\($0.code)\">\(escapeHTML("\($0.code) \($0.name)"))</span>" }
                    .joined(separator: "; ")
                html += "</p>\n"
            }
            html += "</details>\n"
        }
    }
}

// MARK: - Table

extension TableReport {
    /// Per province: the line naming its incomplete periods, then each period's completeness and
    /// the first missing communes.
    static func completeness(_ province: ReportContent.Province, _ content: ReportContent, _ l: Labels) -> String {
        let rows = content.completeness(of: province)
        guard !rows.isEmpty else { return "" }
        let language = l.language
        var out = "\(GeographyLabel.completenessHeading.text(language)), \(l.terminalProvinceName(province.latest))\n"
        if let line = content.incompleteLine(province, l) { out += "  \(TerminalText.visible(line))\n" }
        for row in rows {
            out += "  \(l.period(row.period)): \(content.receivedText(row, l))"
            if !row.unknown.isEmpty {
                out += "; \(GeographyLabel.unknownCodes.text(language)): \(row.unknown.map(\.description).joined(separator: ", "))"
            }
            out += "\n"
            guard !row.missing.isEmpty else { continue }
            let shown = row.missing.prefix(5).map(content.missingText)
            var list = shown.joined(separator: "; ")
            if row.missing.count > shown.count {
                list += "; " + GeographyLabel.andMore(l.integer(row.missing.count - shown.count)).text(language)
            }
            out += "    \(GeographyLabel.missingCount(l.integer(row.missing.count)).text(language)): \(list)\n"
        }
        if let note = content.coverageNote(province, l) { out += "  \(note)\n" }
        return out + "\n"
    }
}
