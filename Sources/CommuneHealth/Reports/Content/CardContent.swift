/// The card figures in the reports for people (Table/TableCards.swift, Markdown/MarkdownCards.swift,
/// HTML/HTMLCards.swift): per province and its districts, the funding-group mix of the insured and
/// the children under 6 without a card beside coverage; in the data-quality part, the people found
/// in two files.
enum CardContent {
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
}
