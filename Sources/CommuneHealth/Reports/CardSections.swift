/// The card figures in the reports for people (table, Markdown; HTML in HTMLCards.swift): per
/// province and its districts, the funding-group mix of the insured and the children under 6
/// without a card beside coverage; in the data-quality part, the people found in two files.
enum CardSections {
    /// The province, then its districts of the latest period.
    static func units(_ province: ReportContent.Province, _ l: Labels) -> [(name: String, figures: Figures, isProvince: Bool)] {
        [(l.provinceName(province.latest), province.latest.figures, true)]
            + province.districts.map { (l.districtName($0), $0.figures, false) }
    }

    /// `12 (3.4%)`: the count and its share, or a dash when there is nothing to share.
    static func countAndShare(_ count: Int, _ share: Double?, _ l: Labels) -> String {
        share == nil ? "–" : "\(l.integer(count)) (\(l.percent(share)))"
    }

    /// `1,234:56 (Commune)` for each place of a duplicate person.
    static func places(_ person: DuplicatePerson, _ communeNames: [String: String]) -> String {
        person.places.map { place in
            "\(place.file):\(place.line) (\(communeNames[place.file].map { "\($0), " } ?? "")\(place.communeCode))"
        }.joined(separator: "; ")
    }

    /// The commune's name in each counted file, by file: a place is the file's own commune, on the
    /// map of its date (a code alone may name a legacy and a 2025 commune, and under `current` the
    /// rows carry 2025 names).
    static func communeNames(_ analysis: Analysis) -> [String: String] {
        var names: [String: String] = [:]
        for summary in analysis.files { names[summary.file] = summary.commune.name }
        return names
    }

    // MARK: Table (80 columns)

    static func table(_ province: ReportContent.Province, _ l: Labels) -> String {
        let language = l.language
        var out = "\(CardLabel.fundingGroupsHeading.text(language)), \(l.terminalProvinceName(province.latest))\n"
        var header = "  " + pad(CardLabel.unit.text(language), 16) + " " + leftPad(CardLabel.insuredShort.text(language), 11)
        for group in FundingGroup.allCases { header += " " + leftPad(group.shortLabel(language), 7) }
        out += header + "\n"
        for unit in units(province, l) {
            let groups = unit.figures.fundingGroups
            var line = "  " + pad(unit.name, 16) + " " + leftPad(l.integer(groups.total), 11)
            for group in FundingGroup.allCases { line += " " + leftPad(l.percent(groups.share(group)), 7) }
            out += line + "\n"
        }
        out += "\n\(CardLabel.under6WithoutCard.text(language)), \(l.terminalProvinceName(province.latest))\n"
        out += "  " + pad(CardLabel.unit.text(language), 16) + " " + leftPad(CardLabel.coverageShort.text(language), 12) + " "
            + leftPad(CardLabel.under6Residents.text(language), 16) + " " + leftPad(CardLabel.uninsured.text(language), 16)
            + " " + leftPad("%", 6) + "\n"
        for unit in units(province, l) {
            let f = unit.figures
            out += "  " + pad(unit.name, 16) + " " + leftPad(l.percent(f.coverage), 12) + " "
                + leftPad(l.integer(f.under6.residents), 16) + " " + leftPad(l.integer(f.under6.uninsured), 16) + " "
                + leftPad(l.percent(f.under6.rate), 6) + "\n"
        }
        return out + "\n"
    }

    /// The line of the data-quality part, then one line per person (number, period, places).
    static func tableDuplicates(_ analysis: Analysis, _ l: Labels) -> String {
        let people = analysis.duplicatePeople
        var out = CardLabel.duplicatePeopleCount(people.count).text(l.language) + "\n"
        let names = communeNames(analysis)
        for person in people {
            out += "  \(person.digits), \(l.period(person.period)):\n"
            for place in person.places {
                // The file's name only: a terminal line holds 80 columns, a path may not fit (JSON,
                // Markdown and HTML give the whole path).
                let name = place.file.split(separator: "/").last.map(String.init) ?? place.file
                let commune = names[place.file].map { "\($0), " } ?? ""
                out += "    " + TerminalText.visible("\(name):\(place.line) (\(commune)\(place.communeCode))") + "\n"
            }
        }
        return out
    }

    // MARK: Markdown

    static func markdown(_ province: ReportContent.Province, _ l: Labels) -> String {
        let language = l.language
        var out = "### \(escapeMarkdown(CardLabel.fundingGroupsHeading.text(language)))\n\n"
        let headers = [CardLabel.unit.text(language), CardLabel.coverageShort.text(language), CardLabel.insuredShort.text(language)]
            + FundingGroup.allCases.map { $0.label(language) }
            + [CardLabel.under6Residents.text(language), CardLabel.under6Short.text(language)]
        out += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: headers.count - 1) + "\n"
        for unit in units(province, l) {
            let f = unit.figures
            let cells = [unit.name, l.percent(f.coverage), l.integer(f.fundingGroups.total)]
                + FundingGroup.allCases.map { countAndShare(f.fundingGroups[$0], f.fundingGroups.share($0), l) }
                + [l.integer(f.under6.residents), countAndShare(f.under6.uninsured, f.under6.rate, l)]
            out += "| " + cells.map { unit.isProvince ? "**" + escapeMarkdown($0) + "**" : escapeMarkdown($0) }
                .joined(separator: " | ") + " |\n"
        }
        out += "\n\(escapeMarkdown(CardLabel.mixNote.text(language))) \(escapeMarkdown(CardLabel.under6Note.text(language)))\n\n"
        return out
    }

    static func markdownDuplicates(_ analysis: Analysis, _ l: Labels) -> String {
        let language = l.language
        let people = analysis.duplicatePeople
        var out = "### \(escapeMarkdown(CardLabel.duplicatePeople.text(language)))\n\n"
        out += "\(escapeMarkdown(CardLabel.duplicatePeopleCount(people.count).text(language))). "
        out += "\(escapeMarkdown(CardLabel.duplicateNote.text(language)))\n\n"
        guard !people.isEmpty else { return out }
        let names = communeNames(analysis)
        let headers = [CardLabel.number.text(language), CardLabel.period.text(language), CardLabel.places.text(language)]
        out += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n| --- | --- | --- |\n"
        for person in people {
            out += "| " + [person.digits, l.period(person.period), places(person, names)].map(escapeMarkdown)
                .joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String { TableReport.pad(text, width) }
    private static func leftPad(_ text: String, _ width: Int) -> String { TableReport.leftPad(text, width) }
}
