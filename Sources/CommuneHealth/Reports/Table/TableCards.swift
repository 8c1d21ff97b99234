extension CardContent {
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
        out +=
            "  " + pad(CardLabel.unit.text(language), 16) + " " + leftPad(CardLabel.coverageShort.text(language), 12) + " "
            + leftPad(CardLabel.under6Residents.text(language), 16) + " " + leftPad(CardLabel.uninsured.text(language), 16)
            + " " + leftPad("%", 6) + "\n"
        for unit in units(province, l) {
            let f = unit.figures
            out +=
                "  " + pad(unit.name, 16) + " " + leftPad(l.percent(f.coverage), 12) + " "
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

    private static func pad(_ text: String, _ width: Int) -> String { TableReport.pad(text, width) }
    private static func leftPad(_ text: String, _ width: Int) -> String { TableReport.leftPad(text, width) }
}
