/// `analyze --format csv`: one row per province, district and commune of every period, for spreadsheets.
///
/// English (the default) is for programs as much as for people: English column names, `true`/`false`,
/// rates unrounded with a `.`. With `--lang vi` the header, level and verdicts are Vietnamese and
/// fractions take the Vietnamese decimal comma (the field is then quoted, as RFC 4180 requires);
/// integers are never grouped, so that any spreadsheet reads them as numbers.
public enum CSVReport {
    /// The English header. Columns after `file` were added with the 95% intervals and the gaps.
    public static let header = [
        "level", "code", "name", "provinceCode", "districtCode", "periodFrom", "periodTo", "referenceDate",
        "communes", "population", "insured", "coverage", "childrenAssessed", "stunted", "severelyStunted",
        "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget", "excludedRecords", "implausibleChildren",
        "outOfAgeChildren", "file",
        "coverageCILow", "coverageCIHigh", "stuntingRateCILow", "stuntingRateCIHigh", "stuntingRateStable",
        "uninsuredGap", "stuntedExcess",
    ]

    static let vietnameseHeader = [
        "cấp", "mã", "tên", "mã tỉnh", "mã huyện", "từ ngày", "đến ngày", "ngày tham chiếu",
        "số xã", "dân số", "số người có thẻ BHYT", "tỷ lệ bao phủ BHYT", "số trẻ được đánh giá", "số trẻ thấp còi",
        "số trẻ thấp còi nặng", "tỷ lệ thấp còi", "mục tiêu bao phủ BHYT", "mục tiêu thấp còi", "số bản ghi bị loại",
        "số trẻ có số đo không hợp lý", "số trẻ ngoài độ tuổi", "tệp",
        "KTC 95% bao phủ BHYT - cận dưới", "KTC 95% bao phủ BHYT - cận trên", "KTC 95% thấp còi - cận dưới",
        "KTC 95% thấp còi - cận trên", "tỷ lệ thấp còi ổn định (từ 50 trẻ)",
        "số người cần tham gia BHYT", "số trẻ thấp còi vượt ngưỡng",
    ]

    public static func render(_ analysis: Analysis, language: Language = .en) -> String {
        var writer = CSVWriter()
        let labels = Labels(language)
        writer.row(language == .en ? header + cardHeader : vietnameseHeader + vietnameseCardHeader)
        let targets = analysis.targets
        let duplicates = DuplicatePeopleByUnit(analysis)
        for province in analysis.provinces {
            writer.row([labels.level(.province), province.code, province.name ?? "", province.provinceCode, "",
                        province.period.from.description, province.period.to.description, "", String(province.communes)]
                       + figures(province.figures, targets, labels) + [""] + extra(province.figures, targets, labels)
                       + cardColumns(province.figures, duplicates: duplicates.count(province), labels))
        }
        for district in analysis.districts {
            writer.row([labels.level(.district), district.code, district.name ?? "", district.provinceCode, district.code,
                        district.period.from.description, district.period.to.description, "", String(district.communes)]
                       + figures(district.figures, targets, labels) + [""] + extra(district.figures, targets, labels)
                       + cardColumns(district.figures, duplicates: duplicates.count(district), labels))
        }
        for summary in analysis.communes {
            let c = summary.commune
            writer.row([labels.level(nil), c.code, c.name, c.provinceCode, c.districtCode ?? "",
                        summary.period.from.description, summary.period.to.description,
                        summary.period.referenceDate.description, "1"]
                       + figures(summary.figures, targets, labels) + [summary.file]
                       + extra(summary.figures, targets, labels)
                       + cardColumns(summary.figures, duplicates: duplicates.count(file: summary.file), labels))
        }
        return writer.text
    }

    private static func figures(_ f: Figures, _ targets: Targets, _ labels: Labels) -> [String] {
        [String(f.population), String(f.insured), rate(f.coverage, labels),
         String(f.childrenAssessed), String(f.stunted), String(f.severelyStunted), rate(f.stuntingRate, labels),
         flag(targets.meetsCoverage(f), labels), flag(targets.meetsStunting(f), labels),
         String(f.excludedRecords), String(f.implausibleChildren), String(f.outOfAgeChildren)]
    }

    private static func extra(_ f: Figures, _ targets: Targets, _ labels: Labels) -> [String] {
        [rate(f.coverageCI?.low, labels), rate(f.coverageCI?.high, labels),
         rate(f.stuntingRateCI?.low, labels), rate(f.stuntingRateCI?.high, labels),
         labels.language == .en ? (f.hasStableStuntingRate ? "true" : "false") : (f.hasStableStuntingRate ? "có" : "không"),
         String(targets.uninsuredGap(f)), String(targets.stuntedExcess(f))]
    }

    /// A rate unrounded, in the shortest form that reads back exactly; `,` as the mark in Vietnamese.
    private static func rate(_ value: Double?, _ labels: Labels) -> String {
        guard let value else { return "" }
        let text = "\(value)"
        return labels.language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    private static func flag(_ value: Bool?, _ labels: Labels) -> String {
        value.map { $0 ? labels.csvMet : labels.csvNotMet } ?? ""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
