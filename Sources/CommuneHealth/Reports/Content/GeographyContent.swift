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
        GeographyLabel.receivedOf(
            received: l.integer(row.received), expected: l.integer(row.expected),
            percent: l.percent(row.completeness), edition: row.edition
        ).text(l.language)
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
        return GeographyLabel.incompletePeriods(
            province: l.provinceName(province.latest),
            periods: periods.map { "\(l.period($0.period)) (\(l.percent($0.completeness)))" }
        )
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
        return [
            "\(row.commune.code) \(row.commune.name)", l.period(row.period.key), references(map.predecessors),
            notes.joined(separator: "; "),
        ]
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
                periods[index + 1] == row.period.key
            {
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
