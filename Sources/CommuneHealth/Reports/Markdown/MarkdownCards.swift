extension CardContent {
    static func markdown(_ province: ReportContent.Province, _ l: Labels) -> String {
        let language = l.language
        var out = "### \(escapeMarkdown(CardLabel.fundingGroupsHeading.text(language)))\n\n"
        let headers =
            [CardLabel.unit.text(language), CardLabel.coverageShort.text(language), CardLabel.insuredShort.text(language)]
            + FundingGroup.allCases.map { $0.label(language) }
            + [CardLabel.under6Residents.text(language), CardLabel.under6Short.text(language)]
        out += "| " + headers.map(escapeMarkdown).joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: headers.count - 1) + "\n"
        for unit in units(province, l) {
            let f = unit.figures
            let cells =
                [unit.name, l.percent(f.coverage), l.integer(f.fundingGroups.total)]
                + FundingGroup.allCases.map { countAndShare(f.fundingGroups[$0], f.fundingGroups.share($0), l) }
                + [l.integer(f.under6.residents), countAndShare(f.under6.uninsured, f.under6.rate, l)]
            out +=
                "| "
                + cells.map { unit.isProvince ? "**" + escapeMarkdown($0) + "**" : escapeMarkdown($0) }
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
            out +=
                "| "
                + [person.digits, l.period(person.period), places(person, names)].map(escapeMarkdown)
                .joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }
}
