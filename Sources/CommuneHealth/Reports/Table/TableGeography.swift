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
