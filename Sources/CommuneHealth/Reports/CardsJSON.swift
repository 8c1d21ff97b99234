/// The card figures of `analyze --format json` (docs/spec/cards-v1.md §6): per unit `fundingGroups` and
/// `under6`, and the top-level `duplicatePeople`.
extension JSONReport {
    /// `fundingGroups: {employment, ..., unknown}` (they add up to `insured`) and
    /// `under6: {residents, uninsured, rate}`.
    static func cardMembers(_ f: Figures) -> [(String, JSONValue)] {
        [
            ("fundingGroups", .object(FundingGroup.allCases.map { ($0.rawValue, .int(f.fundingGroups[$0])) })),
            ("under6", .object([("residents", .int(f.under6.residents)), ("uninsured", .int(f.under6.uninsured)),
                                ("rate", .optional(f.under6.rate))])),
        ]
    }

    /// `[{number, period: {from, to}, places: [{file, line, communeCode}]}]`, sorted by number.
    static func duplicatePeople(_ people: [DuplicatePerson]) -> JSONValue {
        .array(people.map { person in
            .object([
                ("number", .string(person.digits)),
                ("period", .object([("from", .string(person.period.from.description)),
                                    ("to", .string(person.period.to.description))])),
                ("places", .array(person.places.map { place in
                    .object([("file", .string(place.file)), ("line", .int(place.line)),
                             ("communeCode", .string(place.communeCode))])
                })),
            ])
        })
    }
}
