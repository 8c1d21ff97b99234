/// `analyze --format json`: the contract of docs/spec/cli-v1.md; keys never change with the language, and
/// keys are only ever added. Messages (`reason`) follow the language.
///
/// Added to cli-v1's keys: `language`, `uncertainty`; per unit `coverageCI` and `stuntingRateCI`
/// as [low, high] (95% Wilson) or null, `uninsuredGap`, `stuntedExcess`, `stuntingRateStable`
/// (false below 50 children assessed) and `breakdowns`; `warnings` and `flaggedMeasurements`;
/// `indicators` per unit (docs/spec/growth-indicators-v1.md §4) and `targets.<name>RateBelow` for the growth
/// indicators given a target; `fundingGroups` and `under6` per unit and the top-level
/// `duplicatePeople` (docs/spec/cards-v1.md §6, CardsJSON.swift).
public enum JSONReport {
    /// With `jobs` above 1 the units are built and written on that many threads; the bytes are
    /// the same for any number of jobs.
    public static func render(_ analysis: Analysis, language: Language = .en, jobs: Int = 1) -> String {
        document(analysis, language: language, jobs: jobs).serialized(jobs: jobs) + "\n"
    }

    static func document(_ analysis: Analysis, language: Language = .en, jobs: Int = 1) -> JSONValue {
        let targets = analysis.targets
        let labels = Labels(language)
        return .object([
            ("formatVersion", .int(1)),
            ("language", .string(language.rawValue)),
            ("units", .string(analysis.units.rawValue)),
            ("targets", .object(Indicator.all.compactMap { indicator in
                targets[indicator.id].map { (targetKey(indicator), .double($0)) }
            })),
            ("uncertainty", .object([("interval", .string("wilson")), ("confidence", .double(0.95)),
                                     ("minimumChildrenAssessed", .int(Uncertainty.minimumStableChildren))])),
            ("communes", .array(parallelMap(count: analysis.communes.count, jobs: jobs) { commune(analysis.communes[$0], targets) })),
            ("districts", .array(analysis.districts.map { unit($0, targets) })),
            ("provinces", .array(analysis.provinces.map { unit($0, targets) })),
            ("rejectedFiles", .array(analysis.rejectedFiles.map { problem($0, labels) })),
            ("supersededFiles", .array(analysis.supersededFiles.map {
                .object([("file", .string($0.file)), ("by", .string($0.by))])
            })),
            ("invalidRecords", .array(analysis.invalidRecords.map { problem($0, labels) })),
            ("warnings", .array(analysis.warnings.map { problem($0, labels) })),
            ("flaggedMeasurements", .array(analysis.files.flatMap { summary in
                summary.flaggedMeasurements.map { flagged($0, summary) }
            })),
            ("completeness", .array(analysis.completeness.map(completeness))),
            ("duplicatePeople", duplicatePeople(analysis.duplicatePeople)),
        ])
    }

    static func commune(_ summary: CommuneSummary, _ targets: Targets) -> JSONValue {
        let c = summary.commune
        var members: [(String, JSONValue)] = [
            ("code", .string(c.code)), ("name", .string(c.name)), ("provinceCode", .string(c.provinceCode)),
            ("provinceName", .optional(c.provinceName)),
            ("districtCode", .optional(c.districtCode)), ("districtName", .optional(c.districtName)),
            ("file", .string(summary.file)),
            ("period", .object([("from", .string(summary.period.from.description)),
                                ("to", .string(summary.period.to.description)),
                                ("referenceDate", .string(summary.period.referenceDate.description))])),
        ]
        members += figures(summary.figures, targets)
        let f = summary.figures
        members += [
            ("excludedRecords", .int(f.excludedRecords)),
            ("implausibleChildren", .int(f.implausibleChildren)),
            ("outOfAgeChildren", .int(f.outOfAgeChildren)),
        ]
        if let reported = summary.reportedSummary {
            members.append(("reportedSummary", .object([
                ("population", reported.population.map { .int($0) } ?? .null),
                ("insured", reported.insured.map { .int($0) } ?? .null),
                ("childrenAssessed", reported.childrenAssessed.map { .int($0) } ?? .null),
                ("stunted", reported.stunted.map { .int($0) } ?? .null),
            ])))
        }
        members.append(("breakdowns", breakdowns(f, targets)))
        if let row = summary.todaysMap { members += todaysMap(row) }
        return .object(members)
    }

    static func unit(_ unit: UnitSummary, _ targets: Targets) -> JSONValue {
        var members: [(String, JSONValue)] = [("code", .string(unit.code)), ("name", .optional(unit.name))]
        if unit.level == .district { members.append(("provinceCode", .string(unit.provinceCode))) }
        members += [
            ("communes", .int(unit.communes)),
            ("period", .object([("from", .string(unit.period.from.description)),
                                ("to", .string(unit.period.to.description))])),
        ]
        members += figures(unit.figures, targets)
        members += [
            ("excludedRecords", .int(unit.figures.excludedRecords)),
            ("implausibleChildren", .int(unit.figures.implausibleChildren)),
            ("outOfAgeChildren", .int(unit.figures.outOfAgeChildren)),
            ("breakdowns", breakdowns(unit.figures, targets)),
        ]
        return .object(members)
    }

    static func figures(_ f: Figures, _ targets: Targets) -> [(String, JSONValue)] {
        [
            ("population", .int(f.population)), ("insured", .int(f.insured)), ("coverage", .optional(f.coverage)),
            ("coverageCI", interval(f.coverageCI)),
            ("childrenAssessed", .int(f.childrenAssessed)), ("stunted", .int(f.stunted)),
            ("severelyStunted", .int(f.severelyStunted)), ("stuntingRate", .optional(f.stuntingRate)),
            ("stuntingRateCI", interval(f.stuntingRateCI)),
            ("stuntingRateStable", .bool(f.hasStableStuntingRate)),
            ("meetsCoverageTarget", .optional(targets.meetsCoverage(f))),
            ("meetsStuntingTarget", .optional(targets.meetsStunting(f))),
            ("uninsuredGap", .int(targets.uninsuredGap(f))),
            ("stuntedExcess", .int(targets.stuntedExcess(f))),
            ("indicators", indicators(f, targets)),
            ("dataQuality", DataQualityJSON.value(DataQuality(f.quality))),
        ] + cardMembers(f)
    }

    /// `{"stunting": {assessed, cases, severe, rate, ci, band, target, meetsTarget}, ...}`.
    static func indicators(_ f: Figures, _ targets: Targets) -> JSONValue {
        .object(Indicator.growth.map { indicator in
            let counts = f[indicator]
            var members: [(String, JSONValue)] = [("assessed", .int(counts.assessed)), ("cases", .int(counts.cases))]
            if indicator.hasSevere { members.append(("severe", .int(counts.severe))) }
            members += [("rate", .optional(counts.rate)), ("ci", interval(counts.interval)),
                        ("band", .optional(counts.rate.flatMap { indicator.bands?.band(of: $0).rawValue }))]
            if let target = targets[indicator.id] {
                members += [("target", .double(target)), ("meetsTarget", .optional(targets.meets(indicator, counts)))]
            }
            return (indicator.id.rawValue, .object(members))
        })
    }

    /// The key of a target under `targets`: cli-v1's `coverage` and `stuntingRateBelow`, then
    /// `underweightRateBelow` and so on.
    static func targetKey(_ indicator: Indicator) -> String {
        indicator.direction == .atLeast ? indicator.id.rawValue : indicator.id.rawValue + "RateBelow"
    }

    static func interval(_ value: ProportionInterval?) -> JSONValue {
        value.map { .array([.double($0.low), .double($0.high)]) } ?? .null
    }

    /// cli-v1's names for the groups of coverage and stunting; the other indicators use the
    /// generic names of `indicators`.
    private static let groupNames: [IndicatorID: [String]] = [
        .coverage: ["population", "insured", "coverage", "coverageCI", "", "meetsCoverageTarget", "uninsuredGap"],
        .stunting: ["childrenAssessed", "stunted", "stuntingRate", "stuntingRateCI", "stuntingRateStable",
                    "meetsStuntingTarget", "stuntedExcess"],
    ]
    private static let genericGroupNames = ["assessed", "cases", "rate", "ci", "stable", "meetsTarget", "gap"]

    /// `{"coverage": {"byPoverty": [...], ...}, "stunting": {"bySex": [...], "byAgeGroup": [...]},
    ///   "underweight": {...}, ...}`, each group with its counts, rate, interval, verdict and gap.
    static func breakdowns(_ f: Figures, _ targets: Targets) -> JSONValue {
        var byIndicator: [(String, JSONValue)] = []
        for indicator in Indicator.all {
            let names = groupNames[indicator.id] ?? genericGroupNames
            let members: [(String, JSONValue)] = Breakdown.all(f).filter { $0.indicator == indicator }.map { breakdown in
                (breakdown.dimension.jsonKey, .array(breakdown.groups.map { group in
                    let count = group.count
                    var object: [(String, JSONValue)] = [
                        ("group", .optional(group.key)), (names[0], .int(count.total)), (names[1], .int(count.hits)),
                        (names[2], .optional(count.rate)), (names[3], interval(count.interval)),
                    ]
                    if !names[4].isEmpty { object.append((names[4], .bool(indicator.isStable(count)))) }
                    if targets[indicator.id] != nil {
                        object += [(names[5], .optional(targets.meets(indicator, count))),
                                   (names[6], .int(targets.gap(indicator, count)))]
                    }
                    return .object(object)
                }))
            }
            byIndicator.append((indicator.id.rawValue, .object(members)))
        }
        return .object(byIndicator)
    }

    static func problem<R>(_ located: Located<R>, _ labels: Labels = Labels(.en)) -> JSONValue {
        .object([("file", .string(located.file)), ("line", .int(located.line)),
                 ("reason", .string(labels.reason(located.reason)))])
    }

    static func flagged(_ measurement: FlaggedMeasurement, _ summary: CommuneSummary) -> JSONValue {
        .object([
            ("file", .string(summary.file)), ("line", .int(measurement.line)),
            ("communeCode", .string(summary.commune.code)), ("childId", .string(measurement.childID)),
            ("ageDays", .int(measurement.ageDays)), ("heightCm", .double(measurement.heightCm)),
            ("haz", .optional(measurement.haz)), ("status", .string(measurement.status.rawValue)),
            ("weightKg", .optional(measurement.weightKg)), ("waz", .optional(measurement.weight.waz)),
            ("whz", .optional(measurement.weight.whz)), ("baz", .optional(measurement.weight.baz)),
            ("flags", .array(measurement.flags.map { .string($0.rawValue) })),
        ])
    }
}
