/// The `dataQuality` object of a commune, district or province (docs/spec/data-quality-v1.md §3): exactly the
/// spec's keys, null where a statistic cannot be computed. `birthDates.firstOfMonth` and
/// `firstOfJanuary` are counts of children, out of `n`; `haz.points` and `haz.category` are the
/// points of its four statistics and the worst of their categories (the same for `whz`).
enum DataQualityJSON {
    static func write(_ quality: DataQuality, to w: inout JSONWriter) {
        w.beginObject()
        w.key("haz")
        zScore(quality.haz, to: &w)
        w.key("whz")
        zScore(quality.whz, to: &w)
        w.key("heightDigits")
        digits(quality.heightDigits, to: &w)
        w.key("weightDigits")
        digits(quality.weightDigits, to: &w)
        let (sex, age) = (quality.sexRatio, quality.ageRatio)
        ratio("sexRatio", ("boys", sex.boys), ("girls", sex.girls), sex.ratio, sex.p, sex.category, to: &w)
        ratio("ageRatio", ("young", age.young), ("old", age.old), age.ratio, age.p, age.category, to: &w)
        w.beginObject("birthDates")
        w.member("n", quality.birthDates.n)
        w.member("firstOfMonth", quality.birthDates.firstOfMonth)
        w.member("firstOfJanuary", quality.birthDates.firstOfJanuary)
        w.member("category", quality.birthDates.category?.rawValue)
        w.endObject()
        w.key("hazScore")
        score(quality.hazScore, to: &w)
        w.key("whzScore")
        score(quality.whzScore, to: &w)
        w.endObject()
    }

    /// `sexRatio` and `ageRatio`: `{<first>, <second>, ratio, p, category}`.
    private static func ratio(
        _ key: StaticString, _ first: (StaticString, Int), _ second: (StaticString, Int),
        _ ratio: Double?, _ p: Double?, _ category: QualityCategory?, to w: inout JSONWriter
    ) {
        w.beginObject(key)
        w.member(first.0, first.1)
        w.member(second.0, second.1)
        w.member("ratio", ratio)
        w.member("p", p)
        w.member("category", category?.rawValue)
        w.endObject()
    }

    static func zScore(_ z: ZScoreQuality, to w: inout JSONWriter) {
        w.beginObject()
        w.member("n", z.n)
        w.member("flagged", z.flagged)
        w.member("flaggedShare", z.flaggedShare)
        w.member("sd", z.sd)
        w.member("skewness", z.skewness)
        w.member("kurtosis", z.kurtosis)
        w.member("points", z.points)
        w.member("category", z.category?.rawValue)
        w.endObject()
    }

    static func digits(_ digits: DigitPreference, to w: inout JSONWriter) {
        w.beginObject()
        w.member("n", digits.n)
        w.beginArray("counts")
        for digit in 0...9 { w.int(digits.counts[digit]) }
        w.endArray()
        w.member("score", digits.score)
        w.member("category", digits.category?.rawValue)
        w.endObject()
    }

    static func score(_ score: QualityScore, to w: inout JSONWriter) {
        w.beginObject()
        w.member("points", score.points)
        w.member("category", score.category?.rawValue)
        w.member("fewChildren", score.fewChildren)
        w.endObject()
    }
}
