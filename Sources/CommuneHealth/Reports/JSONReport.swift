/// `analyze --format json`: the contract of cli-v1.md; keys never change with the language.
public enum JSONReport {
    public static func render(_ analysis: Analysis) -> String {
        document(analysis).serialized() + "\n"
    }

    static func document(_ analysis: Analysis) -> JSONValue {
        let targets = analysis.targets
        return .object([
            ("formatVersion", .int(1)),
            ("targets", .object([("coverage", .double(targets.coverage)),
                                 ("stuntingRateBelow", .double(targets.stuntingRateBelow))])),
            ("communes", .array(analysis.communes.map { commune($0, targets) })),
            ("districts", .array(analysis.districts.map { unit($0, targets) })),
            ("provinces", .array(analysis.provinces.map { unit($0, targets) })),
            ("rejectedFiles", .array(analysis.rejectedFiles.map(problem))),
            ("supersededFiles", .array(analysis.supersededFiles.map {
                .object([("file", .string($0.file)), ("by", .string($0.by))])
            })),
            ("invalidRecords", .array(analysis.invalidRecords.map(problem))),
            ("warnings", .array(analysis.warnings.map(problem))),
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
        ]
        return .object(members)
    }

    static func figures(_ f: Figures, _ targets: Targets) -> [(String, JSONValue)] {
        [
            ("population", .int(f.population)), ("insured", .int(f.insured)), ("coverage", .optional(f.coverage)),
            ("childrenAssessed", .int(f.childrenAssessed)), ("stunted", .int(f.stunted)),
            ("severelyStunted", .int(f.severelyStunted)), ("stuntingRate", .optional(f.stuntingRate)),
            ("meetsCoverageTarget", .optional(targets.meetsCoverage(f))),
            ("meetsStuntingTarget", .optional(targets.meetsStunting(f))),
        ]
    }

    static func problem<R>(_ located: Located<R>) -> JSONValue {
        .object([("file", .string(located.file)), ("line", .int(located.line)),
                 ("reason", .string(located.reason.description))])
    }
}
