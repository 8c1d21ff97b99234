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
