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

/// How many people listed in `Analysis.duplicatePeople` have a place in each commune row (a file,
/// or under `current` the files a row of today's map holds), district and province of a period (a
/// person counts once per unit).
struct DuplicatePeopleByUnit {
    struct UnitKey: Hashable {
        var province: String
        var code: String
        var period: PeriodKey
    }

    private(set) var byFile: [String: Int] = [:]
    private(set) var byDistrict: [UnitKey: Int] = [:]
    private(set) var byProvince: [UnitKey: Int] = [:]

    init(_ analysis: Analysis) {
        guard !analysis.duplicatePeople.isEmpty else { return }
        // Each counted file's row: itself under `reported`; under `current` the row of today's map
        // that holds it, named by the row's first file (`CommuneSummary.file`).
        var rowOfFile: [String: (file: String, commune: Commune)] = [:]
        for summary in analysis.communes {
            for file in summary.todaysMap?.files ?? [summary.file] { rowOfFile[file] = (summary.file, summary.commune) }
        }
        for person in analysis.duplicatePeople {
            var files = Set<String>(), districts = Set<UnitKey>(), provinces = Set<UnitKey>()
            for place in person.places {
                guard let (file, commune) = rowOfFile[place.file] else { continue }
                files.insert(file)
                if let district = commune.districtCode {
                    districts.insert(UnitKey(province: commune.provinceCode, code: district, period: person.period))
                }
                provinces.insert(UnitKey(province: commune.provinceCode, code: commune.provinceCode, period: person.period))
            }
            for file in files { byFile[file, default: 0] += 1 }
            for district in districts { byDistrict[district, default: 0] += 1 }
            for province in provinces { byProvince[province, default: 0] += 1 }
        }
    }

    func count(_ unit: UnitSummary) -> Int {
        let key = UnitKey(province: unit.provinceCode, code: unit.code, period: unit.period)
        return (unit.level == .district ? byDistrict[key] : byProvince[key]) ?? 0
    }

    func count(file: String) -> Int { byFile[file] ?? 0 }
}
