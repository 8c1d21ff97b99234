/// The 5-year review in the reports for people (docs/review.md): per province and per indicator
/// with a target, a table of every commune and the province (FIRST and LAST rates, the change with
/// its interval, the judgement), the communes to commend and those that need attention, and in
/// HTML a dot-and-arrow chart per commune. Every format loops over `Indicator.all`.
enum ReviewContent {
    /// The review of one province for one indicator.
    struct Block {
        var indicator: Indicator
        /// The communes, then the province.
        var rows: [UnitChange]
        var commendation: [UnitChange]
        var attention: [UnitChange]
    }

    /// The blocks of a province: one per indicator with a target, in the order of `Indicator.all`.
    static func blocks(_ review: Review, province: String, _ targets: Targets) -> [Block] {
        Indicator.all.filter { targets[$0.id] != nil }.map { indicator in
            Block(
                indicator: indicator,
                rows: review.changes(.commune, province: province, indicator) + review.changes(.province, province: province, indicator),
                commendation: review.commendation(province: province, indicator),
                attention: review.attention(province: province, indicator))
        }
    }

    /// Whether no unit of the province has figures in both periods: the review is then one note.
    static func nothingComparable(_ review: Review, province: String) -> Bool {
        review.changes.allSatisfy { $0.unit.provinceCode != province || $0.incomplete == .onlyFirst || $0.incomplete == .onlyLast }
    }

    /// The name of a row: the commune's, saying when it is a divided legacy commune or an unknown
    /// code (as `Labels.rowName`), or the province's.
    static func name(_ change: UnitChange, _ l: Labels) -> String {
        let name = change.name ?? change.unit.code
        guard change.unit.level == .commune, change.unit.kind != .commune else { return name }
        return name + " " + GeographyLabel.rowKind(change.unit.kind).text(l.language)
    }

    /// The same in the terminal table's narrow column: a mark before the name (`÷`, `?`).
    static func tableName(_ change: UnitChange, _ l: Labels) -> String {
        let name = change.name ?? change.unit.code
        guard change.unit.level == .commune, change.unit.kind != .commune else { return name }
        return GeographyLabel.tableRowMark(change.unit.kind).text(l.language) + name
    }

    /// A commune of a list: `02296 Xã Bình An: −22.0 pp (−33.6 to −9.5), improved, reached the target`.
    static func listItem(_ change: UnitChange, _ indicator: Indicator, _ targets: Targets, _ l: Labels) -> String {
        "\(change.unit.code) \(name(change, l)): \(change.change.map(l.pointChange) ?? "–") "
            + "(\(l.changeInterval(change.changeCI))), \(l.reviewStatus(change, indicator, targets))"
    }
}

extension Labels {
    func review(_ key: ReviewText) -> String { self[.review(key)] }

    /// "5-year review, 2021 to 2025".
    func reviewHeading(_ periods: ComparedPeriods) -> String {
        review(.heading(periods: periodRange(periods.first, periods.last)))
    }

    /// A change's interval in percentage points: `−33.6 to −9.5` / `−33,6 đến −9,5`; a dash without one.
    func changeInterval(_ value: DifferenceInterval?) -> String {
        guard let value else { return "–" }
        func signed(_ x: Double) -> String {
            let text = decimal(x * 100, places: 1)
            return text.hasPrefix("−") || roundHalfAwayFromZero(x * 100, decimals: 1) == 0 ? text : "+" + text
        }
        return review(.changeInterval(low: signed(value.low), high: signed(value.high)))
    }

    /// `+5` / `−22` / `0`.
    func signedInteger(_ value: Int) -> String { value > 0 ? "+" + integer(value) : value < 0 ? "−" + integer(-value) : "0" }

    /// "improved, reached the target", "no clear change, still short, fewer than 50 children…", or why it is incomplete.
    func reviewStatus(_ change: UnitChange, _ indicator: Indicator, _ targets: Targets) -> String {
        if let incomplete = change.incomplete { return review(.incomplete(incomplete)) }
        var parts: [String] = []
        if let judgement = change.judgement { parts.append(review(.judgement(judgement))) }
        if let status = change.targetStatus { parts.append(review(.targetStatus(status))) }
        if let gap = change.gapLast, gap > 0 { parts.append(self.gap(indicator, gap)) }
        if change.fewAssessed { parts.append(review(.fewAssessed)) }
        return parts.isEmpty ? noData : parts.joined(separator: ", ")
    }
}
