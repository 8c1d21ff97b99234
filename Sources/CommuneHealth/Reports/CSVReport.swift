/// `analyze --format csv`: one row per commune, district and province, for spreadsheets.
public enum CSVReport {
    public static let header = [
        "level", "code", "name", "provinceCode", "districtCode", "periodFrom", "periodTo", "referenceDate",
        "communes", "population", "insured", "coverage", "childrenAssessed", "stunted", "severelyStunted",
        "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget", "excludedRecords", "implausibleChildren",
        "outOfAgeChildren", "file",
    ]

    public static func render(_ analysis: Analysis) -> String {
        var writer = CSVWriter()
        writer.row(header)
        let targets = analysis.targets
        for province in analysis.provinces {
            writer.row(["province", province.code, province.name ?? "", province.provinceCode, "",
                        province.period.from.description, province.period.to.description, "", String(province.communes)]
                       + figures(province.figures, targets) + [""])
        }
        for district in analysis.districts {
            writer.row(["district", district.code, district.name ?? "", district.provinceCode, district.code,
                        district.period.from.description, district.period.to.description, "", String(district.communes)]
                       + figures(district.figures, targets) + [""])
        }
        for summary in analysis.communes {
            let c = summary.commune
            writer.row(["commune", c.code, c.name, c.provinceCode, c.districtCode ?? "",
                        summary.period.from.description, summary.period.to.description,
                        summary.period.referenceDate.description, "1"]
                       + figures(summary.figures, targets) + [summary.file])
        }
        return writer.text
    }

    private static func figures(_ f: Figures, _ targets: Targets) -> [String] {
        [String(f.population), String(f.insured), f.coverage.map { "\($0)" } ?? "",
         String(f.childrenAssessed), String(f.stunted), String(f.severelyStunted), f.stuntingRate.map { "\($0)" } ?? "",
         flag(targets.meetsCoverage(f)), flag(targets.meetsStunting(f)),
         String(f.excludedRecords), String(f.implausibleChildren), String(f.outOfAgeChildren)]
    }

    private static func flag(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
}
