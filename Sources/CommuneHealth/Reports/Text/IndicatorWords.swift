/// The words of each indicator in one language: its name, its short column name and how its
/// people and cases are called. Each language's words sit in one table below, keyed by indicator.
struct IndicatorWords: Sendable {
    /// The indicator's full name: "Stunting among children under 5".
    var name: String
    /// A column or chart heading: "Stunting".
    var short: String
    /// At most 6 characters, for the 80-column table: "stunt".
    var column: String
    /// The people it counts: "children assessed" / "residents".
    var counted: String
    /// Its cases, in a sentence: "are stunted" / "insured".
    var cases: String
    /// Its severe cases: "severely".
    var severe: String
    /// Cases above the target, after a count: "stunted children above the line"; plural form.
    var gapNoun: String
    /// The same after a count of 1: "stunted child above the line".
    var gapNounOne: String
    /// A table column of the people it counts: "Children assessed" / "Residents".
    var countedHeading: String
    /// A table column of its gap: "Stunted above the line" / "To insure".
    var gapHeading: String

    static func of(_ indicator: Indicator, _ language: Language) -> IndicatorWords {
        (language == .en ? english : vietnamese)[indicator.slot]
    }

    /// English, in the order of `Indicator.all`.
    static let english: [IndicatorWords] = [
        IndicatorWords(name: "Health-insurance coverage", short: "Coverage", column: "cover",
                       counted: "residents", cases: "insured", severe: "", gapNoun: "residents still to insure",
                       gapNounOne: "resident still to insure", countedHeading: "Residents", gapHeading: "To insure"),
        IndicatorWords(name: "Stunting among children under 5", short: "Stunting", column: "stunt",
                       counted: "children assessed", cases: "are stunted", severe: "severely",
                       gapNoun: "stunted children above the line", gapNounOne: "stunted child above the line",
                       countedHeading: "Children assessed", gapHeading: "Stunted above the line"),
        IndicatorWords(name: "Underweight among children under 5", short: "Underweight", column: "underw",
                       counted: "children assessed", cases: "are underweight", severe: "severely",
                       gapNoun: "underweight children above the line", gapNounOne: "underweight child above the line",
                       countedHeading: "Children assessed", gapHeading: "Underweight above the line"),
        IndicatorWords(name: "Wasting among children under 5", short: "Wasting", column: "wast",
                       counted: "children assessed", cases: "are wasted", severe: "severely",
                       gapNoun: "wasted children above the line", gapNounOne: "wasted child above the line",
                       countedHeading: "Children assessed", gapHeading: "Wasted above the line"),
        IndicatorWords(name: "Overweight among children under 5", short: "Overweight", column: "overw",
                       counted: "children assessed", cases: "are overweight", severe: "",
                       gapNoun: "overweight children above the line", gapNounOne: "overweight child above the line",
                       countedHeading: "Children assessed", gapHeading: "Overweight above the line"),
    ]

    /// Vietnamese, in the order of `Indicator.all`.
    static let vietnamese: [IndicatorWords] = [
        IndicatorWords(name: "Tỷ lệ bao phủ bảo hiểm y tế", short: "Bao phủ BHYT", column: "BHYT",
                       counted: "người dân", cases: "có thẻ BHYT", severe: "", gapNoun: "người dân cần tham gia BHYT",
                       gapNounOne: "người dân cần tham gia BHYT", countedHeading: "Dân số", gapHeading: "Cần tham gia BHYT"),
        IndicatorWords(name: "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", short: "Thấp còi",
                       column: "th.còi", counted: "trẻ được đánh giá", cases: "bị thấp còi", severe: "thấp còi nặng",
                       gapNoun: "trẻ thấp còi vượt ngưỡng", gapNounOne: "trẻ thấp còi vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", gapHeading: "Trẻ thấp còi vượt ngưỡng"),
        IndicatorWords(name: "Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", short: "Nhẹ cân",
                       column: "nh.cân", counted: "trẻ được đánh giá", cases: "bị nhẹ cân", severe: "nhẹ cân nặng",
                       gapNoun: "trẻ nhẹ cân vượt ngưỡng", gapNounOne: "trẻ nhẹ cân vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", gapHeading: "Trẻ nhẹ cân vượt ngưỡng"),
        IndicatorWords(name: "Tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi", short: "Gầy còm",
                       column: "g.còm", counted: "trẻ được đánh giá", cases: "bị gầy còm", severe: "gầy còm nặng",
                       gapNoun: "trẻ gầy còm vượt ngưỡng", gapNounOne: "trẻ gầy còm vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", gapHeading: "Trẻ gầy còm vượt ngưỡng"),
        IndicatorWords(name: "Tỷ lệ thừa cân ở trẻ em dưới 5 tuổi", short: "Thừa cân", column: "th.cân",
                       counted: "trẻ được đánh giá", cases: "bị thừa cân", severe: "",
                       gapNoun: "trẻ thừa cân vượt ngưỡng", gapNounOne: "trẻ thừa cân vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", gapHeading: "Trẻ thừa cân vượt ngưỡng"),
    ]

    /// The public-health bands, by language.
    static func band(_ band: PublicHealthBands.Band, _ language: Language) -> String {
        switch (band, language) {
        case (.veryLow, .en): return "very low"
        case (.low, .en): return "low"
        case (.medium, .en): return "medium"
        case (.high, .en): return "high"
        case (.veryHigh, .en): return "very high"
        case (.veryLow, .vi): return "rất thấp"
        case (.low, .vi): return "thấp"
        case (.medium, .vi): return "trung bình"
        case (.high, .vi): return "cao"
        case (.veryHigh, .vi): return "rất cao"
        }
    }
}

extension Labels {
    func name(_ indicator: Indicator) -> String { IndicatorWords.of(indicator, language).name }
    func short(_ indicator: Indicator) -> String { IndicatorWords.of(indicator, language).short }
    func column(_ indicator: Indicator) -> String { IndicatorWords.of(indicator, language).column }

    /// "target ≥ 100%" / "target < 20%"; nil without a target.
    func target(_ indicator: Indicator, _ targets: Targets) -> String? {
        targetShort(indicator, targets).map { (language == .en ? "target " : "mục tiêu ") + $0 }
    }

    /// "≥ 100%" / "< 20%"; nil without a target.
    func targetShort(_ indicator: Indicator, _ targets: Targets) -> String? {
        guard let rate = targets[indicator.id] else { return nil }
        return (indicator.direction == .atLeast ? "≥ " : "< ") + targetPercent(rate)
    }

    /// "39 of 193 children assessed are stunted, 3 severely".
    func casesOf(_ indicator: Indicator, _ counts: IndicatorCounts) -> String {
        let words = IndicatorWords.of(indicator, language)
        var text = language == .en
            ? "\(integer(counts.cases)) of \(integer(counts.assessed)) \(words.counted) \(words.cases)"
            : "\(integer(counts.cases)) trên \(integer(counts.assessed)) \(words.counted) \(words.cases)"
        if indicator.hasSevere {
            text += language == .en ? ", \(integer(counts.severe)) \(words.severe)" : ", \(integer(counts.severe)) trẻ \(words.severe)"
        }
        return text
    }

    /// "54 residents still to insure" / "1 stunted child above the line".
    func gap(_ indicator: Indicator, _ gap: Int) -> String {
        if indicator.id == .coverage { return residentsToInsure(gap) }
        let words = IndicatorWords.of(indicator, language)
        return "\(integer(gap)) " + (gap == 1 ? words.gapNounOne : words.gapNoun)
    }

    /// "very high" / "rất cao"; a dash without a rate.
    func band(_ indicator: Indicator, _ rate: Double?) -> String {
        guard let rate, let bands = indicator.bands else { return "–" }
        return IndicatorWords.band(bands.band(of: rate), language)
    }

    /// A table column of the people it counts: "Children assessed" / "Residents".
    func countedHeading(_ indicator: Indicator) -> String { IndicatorWords.of(indicator, language).countedHeading }
    /// A table column of its gap to the target: "Stunted above the line" / "To insure".
    func gapHeading(_ indicator: Indicator) -> String { IndicatorWords.of(indicator, language).gapHeading }

    /// "Stunting among children under 5 by commune, 2024".
    func byCommune(_ indicator: Indicator, _ key: PeriodKey) -> String {
        pick("\(name(indicator)) by commune, \(periodLong(key))", "\(name(indicator)) theo xã, \(periodLong(key))")
    }

    /// How communes are ordered for the indicator: worst first by its direction.
    func sortNote(_ indicator: Indicator) -> String {
        indicator.direction == .atLeast
            ? pick("lowest rate first", "tỷ lệ thấp nhất xếp trước")
            : pick("highest rate first", "tỷ lệ cao nhất xếp trước")
    }

    /// "Coverage below the target" / "Stunting at or above the target".
    func missesOf(_ indicator: Indicator) -> String {
        let short = self.short(indicator)
        return indicator.direction == .atLeast
            ? pick("\(short) below the target", "\(short) chưa đạt mục tiêu")
            : pick("\(short) at or above the target", "\(short) chưa đạt mục tiêu")
    }

    /// Every target of the run: "Coverage ≥ 100%, Stunting < 20%"; nil when there is none.
    func targetsLine(_ targets: Targets) -> String? {
        let parts = Indicator.all.compactMap { indicator in targetShort(indicator, targets).map { "\(short(indicator)) \($0)" } }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    var unitCellNote: String {
        pick("Each cell: the rate with its band, its 95% interval, n (residents or children assessed) and the gap to the target.",
             "Mỗi ô: tỷ lệ và mức ý nghĩa, KTC 95%, n (dân số hoặc số trẻ được đánh giá) và khoảng cách đến mục tiêu.")
    }

    var noTargetLegend: String {
        pick("no target: the band of public-health significance only", "không có mục tiêu: chỉ xếp mức ý nghĩa sức khỏe cộng đồng")
    }

    var bandHeading: String { pick("Public-health significance", "Mức ý nghĩa sức khỏe cộng đồng") }
    var bandNote: String {
        pick("Bands of public-health significance: WHO/UNICEF 2019 (stunting, wasting, overweight) and WHO 1995 (underweight).",
             "Mức ý nghĩa sức khỏe cộng đồng theo WHO/UNICEF 2019 (thấp còi, gầy còm, thừa cân) và WHO 1995 (nhẹ cân).")
    }
}
