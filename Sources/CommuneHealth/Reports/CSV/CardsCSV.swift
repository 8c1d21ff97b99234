/// The card columns of `analyze --format csv` (docs/spec/cards-v1.md §6), after every other column: insured
/// residents per funding group, the children under 6 without a card, and the number of people of
/// the unit whose social-insurance number is also on a resident of another file of the period.
extension CSVReport {
    static func cardHeader(_ labels: Labels) -> [String] { CardCSVColumn.allCases.map { labels[.card(.label(.csvColumn($0)))] } }

    static func cardColumns(_ f: Figures, duplicates: Int, _ labels: Labels) -> [CSVCell] {
        FundingGroup.allCases.map { count(f.fundingGroups[$0]) }
            + [count(f.under6.residents), count(f.under6.uninsured), rate(f.under6.rate, labels), count(duplicates)]
    }
}
