/// The review's columns of `analyze --format csv` (docs/review.md), after every other column and
/// only when the run has two periods or more: the compared periods, why a unit is incomplete, then
/// per indicator the change, its interval, the change in people, the judgement, the target status
/// and the ranks. They are filled on the unit's row of the LAST period (of FIRST for a unit that
/// has no row in LAST) and empty on its other rows. Values as JSON writes them in English, as the
/// reports name them in Vietnamese.
extension CSVReport {
    /// One column per indicator: its English key after the indicator's id, its Vietnamese words
    /// after the indicator's short name, and its value.
    private struct ReviewColumn: Sendable {
        var en: String
        var vi: String
        var value: @Sendable (UnitChange, Labels) -> CSVCell
    }

    private static let reviewColumns: [ReviewColumn] = [
        ReviewColumn(en: "Change", vi: "thay đổi (kỳ cuối − kỳ đầu)") { c, l in rate(c.change, l) },
        ReviewColumn(en: "ChangeCILow", vi: "KTC 95% của thay đổi - cận dưới") { c, l in rate(c.changeCI?.low, l) },
        ReviewColumn(en: "ChangeCIHigh", vi: "KTC 95% của thay đổi - cận trên") { c, l in rate(c.changeCI?.high, l) },
        ReviewColumn(en: "ChangePeople", vi: "thay đổi số người") { c, _ in .number(c.changePeople.map(String.init) ?? "") },
        ReviewColumn(en: "Judgement", vi: "nhận định") { c, l in
            .text(c.judgement.map { l.language == .en ? $0.rawValue : l.review(.judgement($0)) } ?? "")
        },
        ReviewColumn(en: "TargetStatus", vi: "tình trạng chỉ tiêu") { c, l in
            .text(c.targetStatus.map { l.language == .en ? $0.rawValue : l.review(.targetStatus($0)) } ?? "")
        },
        ReviewColumn(en: "CommendationRank", vi: "hạng đề nghị khen") { c, _ in .number(c.commendationRank.map(String.init) ?? "") },
        ReviewColumn(en: "AttentionRank", vi: "hạng cần quan tâm") { c, _ in .number(c.attentionRank.map(String.init) ?? "") },
    ]

    static func reviewHeader(_ language: Language) -> [String] {
        let en = language == .en
        return (en ? ["reviewFirst", "reviewLast", "reviewIncomplete"]
                   : ["kỳ đầu so sánh (từ ngày)", "kỳ cuối so sánh (từ ngày)", "chưa đủ số liệu để so sánh"])
            + Indicator.all.flatMap { indicator in
                reviewColumns.map { en ? indicator.id.rawValue + $0.en : Labels(.vi).short(indicator) + " - " + $0.vi }
            }
    }

    /// The review's changes by unit, each in the order of `Indicator.all`.
    struct ReviewByUnit {
        let review: Review
        let changes: [ReviewUnit: [UnitChange]]

        init(_ review: Review) {
            self.review = review
            var changes: [ReviewUnit: [UnitChange]] = [:]
            for change in review.changes { changes[change.unit, default: []].append(change) }
            self.changes = changes
        }

        /// The cells of a unit's row of `period`: filled on the row that carries its review.
        func cells(_ unit: ReviewUnit, period: PeriodKey, _ labels: Labels) -> [CSVCell] {
            let empty = [CSVCell](repeating: .text(""), count: 3 + Indicator.all.count * reviewColumns.count)
            guard let changes = changes[unit], let any = changes.first else { return empty }
            let carrier = any.last != nil ? review.periods.last : review.periods.first
            guard period == carrier else { return empty }
            let incomplete = any.incomplete.map { labels.language == .en ? $0.rawValue : labels.review(.incomplete($0)) } ?? ""
            return [.text(review.periods.first.from.description), .text(review.periods.last.from.description), .text(incomplete)]
                + changes.flatMap { change in reviewColumns.map { $0.value(change, labels) } }
        }
    }
}
