/// The card figures of `analyze --format json` (docs/spec/cards-v1.md §6): per unit `fundingGroups` and
/// `under6`, and the top-level `duplicatePeople`.
extension JSONReport {
    /// `fundingGroups: {employment, ..., unknown}` (they add up to `insured`) and
    /// `under6: {residents, uninsured, rate}`, as members of the unit's object.
    static func cardMembers(_ f: Figures, to w: inout JSONWriter) {
        w.beginObject("fundingGroups")
        for group in FundingGroup.allCases {
            w.key(string: group.rawValue)
            w.int(f.fundingGroups[group])
        }
        w.endObject()
        w.beginObject("under6")
        w.member("residents", f.under6.residents)
        w.member("uninsured", f.under6.uninsured)
        w.member("rate", f.under6.rate)
        w.endObject()
    }

    /// An element of `duplicatePeople` (sorted by number):
    /// `{number, period: {from, to}, places: [{file, line, communeCode}]}`.
    static func duplicatePerson(_ person: DuplicatePerson, to w: inout JSONWriter) {
        w.beginObject()
        w.member("number", person.digits)
        period(person.period.from, person.period.to, to: &w)
        w.beginArray("places")
        for place in person.places {
            w.beginObject()
            w.member("file", place.file)
            w.member("line", place.line)
            w.member("communeCode", place.communeCode)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
