/// A superseded resubmission: a later file of the same commune and period replaced it.
package struct SupersededFile: Sendable, Equatable {
    package var file: String
    package var by: String
}

/// Every file of a run merged: communes counted, files rejected or superseded, and the roll-ups.
public struct Analysis: Sendable {
    package var targets: Targets
    /// The map the units are on (`analyze --units`, docs/spec/geography-v1.md §5).
    package var units: MapUnits
    /// The counted files as read (not rejected, not superseded), in the order of `communes` under
    /// `reported`: where warnings, invalid records and flagged measurements come from.
    package var files: [CommuneSummary]
    /// Counted communes, ordered by province, district, commune code and period: the files
    /// themselves under `reported`, their rows on the 2025 map under `current` (`todaysMap`).
    package var communes: [CommuneSummary]
    package var districts: [UnitSummary]
    package var provinces: [UnitSummary]
    package var rejectedFiles: [FileRejection]
    package var supersededFiles: [SupersededFile]
    /// Reporting completeness per province and period (docs/spec/geography-v1.md §4, §5.8).
    package var completeness: [ProvinceCompleteness]
    /// Social-insurance numbers on residents of two or more counted files of one period, by number
    /// (docs/spec/cards-v1.md §5).
    package var duplicatePeople: [DuplicatePerson] = []
    /// The periods the review compares when `--compare` names them; nil: the first and the last
    /// present (`comparedPeriods`, Review.swift).
    package var comparison: ComparedPeriods?

    /// Every invalid record of the counted files, in order: all of them in memory at once, read
    /// back from the spill if they were written to one. No report uses it: each takes every file's
    /// lists a chunk at a time (`CommuneSummary.forEachInvalidRecord` and the like).
    package var invalidRecords: [InvalidRecord] { files.flatMap(\.invalidRecords) }
    /// Every warning, in order: all of them in memory at once, as `invalidRecords`.
    package var warnings: [ReadingWarning] { files.flatMap(\.warnings) }

    /// The number of invalid records, warnings and flagged measurements of the counted files.
    package var invalidRecordCount: Int { files.reduce(0) { $0 + $1.problems.invalidCount } }
    package var warningCount: Int { files.reduce(0) { $0 + $1.problems.warningCount } }
    package var flaggedCount: Int { files.reduce(0) { $0 + $1.problems.flaggedCount } }

    /// Merges per-file outcomes given in input order; the result does not depend on that order
    /// beyond ties, so any number of reading jobs gives the same analysis.
    ///
    /// `jobs`: how many threads look for the same person in two files (the result is the same).
    package init(
        outcomes: [FileSummaryOutcome], targets: Targets, units: MapUnits = .reported,
        register: CommuneRegister = .shared, jobs: Int = 1
    ) {
        self.targets = targets
        self.units = units
        var accepted: [CommuneSummary] = []
        var rejected: [FileRejection] = []
        for outcome in outcomes {
            switch outcome {
            case .accepted(let summary): accepted.append(summary)
            case .rejected(let rejection): rejected.append(rejection)
            }
        }
        let resolution = Self.resolveResubmissions(accepted)
        files = resolution.kept.sorted(by: Self.communeOrder)
        rejectedFiles = rejected + resolution.duplicates
        supersededFiles = resolution.superseded
        // The same person in two counted files of a period: on the files as read, whatever the units.
        duplicatePeople = findDuplicatePeople(
            in: files.map {
                InsuredNumbersOfFile(file: $0.file, communeCode: $0.commune.code, period: $0.period.key, numbers: $0.insuredNumbers)
            }, jobs: jobs)
        // The numbers have served: free them (8 bytes per insured resident).
        for index in files.indices { files[index].insuredNumbers = SortedInsuredNumbers(keys: []) }
        switch units {
        case .reported: communes = files
        case .current: communes = Self.onTodaysMap(files, register: register).sorted(by: Self.communeOrder)
        }
        districts = Self.rollUp(communes, level: .district)
        provinces = Self.rollUp(communes, level: .province)
        completeness = register.completeness(of: files.compactMap(\.received), units: units)
    }

    /// Files sharing commune code and period are one report: the latest @generated wins; without
    /// a @generated on each, or with the latest one shared, none can be trusted and all are rejected.
    static func resolveResubmissions<Submission: ResubmissionCandidate>(_ summaries: [Submission])
        -> (kept: [Submission], superseded: [SupersededFile], duplicates: [FileRejection])
    {
        var groups: [SubmissionKey: [Submission]] = [:]
        var order: [SubmissionKey] = []
        for summary in summaries {
            let key = SubmissionKey(
                code: summary.communeCode, period: summary.periodKey,
                edition: CommuneRegister.edition(on: summary.referenceDate))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(summary)
        }
        var kept: [Submission] = []
        var superseded: [SupersededFile] = []
        var duplicates: [FileRejection] = []
        for key in order {
            let group = groups[key]!.sorted { $0.file < $1.file }
            if group.count == 1 {
                kept.append(group[0])
                continue
            }
            let files = group.map(\.file)
            func reject(_ why: DuplicateReason) {
                for summary in group {
                    duplicates.append(
                        FileRejection(
                            file: summary.file, line: summary.rootLine,
                            reason: .duplicateSubmission(others: files.filter { $0 != summary.file }, reason: why)))
                }
            }
            if group.contains(where: { $0.generated == nil }) {
                reject(.noGeneratedTime(commune: key.code))
                continue
            }
            let latest = group.map { $0.generated! }.max()!
            let winners = group.filter { $0.generated == latest }
            if winners.count > 1 {
                reject(.sameGeneratedTime(commune: key.code))
                continue
            }
            kept.append(winners[0])
            for summary in group where summary.file != winners[0].file {
                superseded.append(SupersededFile(file: summary.file, by: winners[0].file))
            }
        }
        duplicates.sort { $0.file < $1.file }
        superseded.sort { $0.file < $1.file }
        return (kept, superseded, duplicates)
    }

    static func communeOrder(_ a: CommuneSummary, _ b: CommuneSummary) -> Bool {
        let left = (a.commune.provinceCode, a.commune.districtCode ?? "", a.commune.code)
        let right = (b.commune.provinceCode, b.commune.districtCode ?? "", b.commune.code)
        if left != right { return left < right }
        // Rows of one code on today's map: the 2025 commune, then the divided legacy one, then an unknown one.
        let (kindA, kindB) = (a.todaysMap?.kind ?? .commune, b.todaysMap?.kind ?? .commune)
        if kindA != kindB { return kindA < kindB }
        if a.period.key != b.period.key { return a.period.key < b.period.key }
        return a.file < b.file
    }

    /// Sums the communes of each district or province per period: never an average of rates.
    static func rollUp(_ communes: [CommuneSummary], level: UnitSummary.Level) -> [UnitSummary] {
        struct Key: Hashable { var province: String; var code: String; var period: PeriodKey }
        var units: [Key: UnitSummary] = [:]
        for summary in communes {
            let code: String
            let name: String?
            switch level {
            case .district:
                guard let district = summary.commune.districtCode else { continue }
                code = district
                name = summary.commune.districtName
            case .province:
                code = summary.commune.provinceCode
                name = summary.commune.provinceName
            }
            let key = Key(province: summary.commune.provinceCode, code: code, period: summary.period.key)
            if var unit = units[key] {
                unit.communes += 1
                unit.figures = unit.figures + summary.figures
                if unit.name == nil { unit.name = name }
                units[key] = unit
            } else {
                units[key] = UnitSummary(
                    level: level, code: code, name: name, provinceCode: summary.commune.provinceCode,
                    period: summary.period.key, communes: 1, figures: summary.figures)
            }
        }
        return units.values.sorted { ($0.provinceCode, $0.code, $0.period) < ($1.provinceCode, $1.code, $1.period) }
    }

    /// The periods present, earliest first.
    package var periods: [PeriodKey] { Array(Set(communes.map(\.period.key))).sorted() }
}

/// What one file contributes to an analysis.
package enum FileSummaryOutcome: Sendable {
    case accepted(CommuneSummary)
    case rejected(FileRejection)
}

/// One report: a commune and a period, on the map of the file's reference date. A file of a period
/// that straddles 2025-07-01 on the legacy map and one on the 2025 map are two communes even when
/// the code is the same (every 2025 code is also a legacy code, usually of another commune).
struct SubmissionKey: Hashable {
    var code: String
    var period: PeriodKey
    var edition: MapEdition
}

/// What resubmission resolution needs to know of a file.
protocol ResubmissionCandidate {
    var file: String { get }
    var rootLine: Int { get }
    var communeCode: String { get }
    var periodKey: PeriodKey { get }
    var referenceDate: CalendarDate { get }
    var generated: Instant? { get }
}

extension CommuneSummary: ResubmissionCandidate {
    var communeCode: String { commune.code }
    var periodKey: PeriodKey { period.key }
    var referenceDate: CalendarDate { period.referenceDate }
}
