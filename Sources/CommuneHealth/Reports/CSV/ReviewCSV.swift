/// The review's columns of `analyze --format csv` (docs/review.md), after every other column and
/// only when the run has two periods or more: the compared periods, why a unit is incomplete, then
/// per indicator the change, its interval, the change in people, the judgement, the target status
/// and the ranks. They are filled on the unit's row of the LAST period (of FIRST for a unit that
/// has no row in LAST) and empty on its other rows. Values as JSON writes them in English, as the
/// reports name them in Vietnamese.
extension CSVReport {
    /// One column per indicator: its key and its value.
    private struct ReviewColumn: Sendable {
        var column: CSVReviewColumn
        var value: @Sendable (UnitChange, Labels) -> CSVCell
    }

    private static let reviewColumns: [ReviewColumn] = [
        ReviewColumn(column: .change) { c, l in rate(c.change, l) },
        ReviewColumn(column: .changeCILow) { c, l in rate(c.changeCI?.low, l) },
        ReviewColumn(column: .changeCIHigh) { c, l in rate(c.changeCI?.high, l) },
        ReviewColumn(column: .changePeople) { c, _ in .number(c.changePeople.map(String.init) ?? "") },
        ReviewColumn(column: .judgement) { c, l in
            .text(c.judgement.map { l[.csv(.judgement($0))] } ?? "")
        },
        ReviewColumn(column: .targetStatus) { c, l in
            .text(c.targetStatus.map { l[.csv(.targetStatus($0))] } ?? "")
        },
        ReviewColumn(column: .commendationRank) { c, _ in .number(c.commendationRank.map(String.init) ?? "") },
        ReviewColumn(column: .attentionRank) { c, _ in .number(c.attentionRank.map(String.init) ?? "") },
    ]

    static func reviewHeader(_ labels: Labels) -> [String] {
        labels.list(.csvReview)
            + Indicator.all.flatMap { indicator in reviewColumns.map { labels[.csv(.reviewColumn(indicator.id, $0.column))] } }
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
            let incomplete = any.incomplete.map { labels[.csv(.incomplete($0))] } ?? ""
            return [.text(review.periods.first.from.description), .text(review.periods.last.from.description), .text(incomplete)]
                + changes.flatMap { change in reviewColumns.map { $0.value(change, labels) } }
        }
    }
}
