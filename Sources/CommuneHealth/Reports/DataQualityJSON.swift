/// The `dataQuality` object of a commune, district or province (docs/spec/data-quality-v1.md §3): exactly the
/// spec's keys, null where a statistic cannot be computed. `birthDates.firstOfMonth` and
/// `firstOfJanuary` are counts of children, out of `n`; `haz.points` and `haz.category` are the
/// points of its four statistics and the worst of their categories (the same for `whz`).
public enum DataQualityJSON {
    public static func value(_ quality: DataQuality) -> JSONValue {
        .object([
            ("haz", zScore(quality.haz)),
            ("whz", zScore(quality.whz)),
            ("heightDigits", digits(quality.heightDigits)),
            ("weightDigits", digits(quality.weightDigits)),
            ("sexRatio", .object([
                ("boys", .int(quality.sexRatio.boys)), ("girls", .int(quality.sexRatio.girls)),
                ("ratio", .optional(quality.sexRatio.ratio)), ("p", .optional(quality.sexRatio.p)),
                ("category", category(quality.sexRatio.category)),
            ])),
            ("ageRatio", .object([
                ("young", .int(quality.ageRatio.young)), ("old", .int(quality.ageRatio.old)),
                ("ratio", .optional(quality.ageRatio.ratio)), ("p", .optional(quality.ageRatio.p)),
                ("category", category(quality.ageRatio.category)),
            ])),
            ("birthDates", .object([
                ("n", .int(quality.birthDates.n)), ("firstOfMonth", .int(quality.birthDates.firstOfMonth)),
                ("firstOfJanuary", .int(quality.birthDates.firstOfJanuary)),
                ("category", category(quality.birthDates.category)),
            ])),
            ("hazScore", score(quality.hazScore)),
            ("whzScore", score(quality.whzScore)),
        ])
    }

    static func zScore(_ z: ZScoreQuality) -> JSONValue {
        .object([
            ("n", .int(z.n)), ("flagged", .int(z.flagged)), ("flaggedShare", .optional(z.flaggedShare)),
            ("sd", .optional(z.sd)), ("skewness", .optional(z.skewness)), ("kurtosis", .optional(z.kurtosis)),
            ("points", .int(z.points)), ("category", category(z.category)),
        ])
    }

    static func digits(_ digits: DigitPreference) -> JSONValue {
        .object([
            ("n", .int(digits.n)),
            ("counts", .array((0...9).map { .int(digits.counts[$0]) })),
            ("score", .optional(digits.score)),
            ("category", category(digits.category)),
        ])
    }

    static func score(_ score: QualityScore) -> JSONValue {
        .object([
            ("points", score.points.map { .int($0) } ?? .null),
            ("category", category(score.category)),
            ("fewChildren", .bool(score.fewChildren)),
        ])
    }

    static func category(_ category: QualityCategory?) -> JSONValue { .optional(category?.rawValue) }
}
