/// A superseded resubmission: a later file of the same commune and period replaced it.
public struct SupersededFile: Sendable, Equatable {
    public var file: String
    public var by: String
}

/// Every file of a run merged: communes counted, files rejected or superseded, and the roll-ups.
public struct Analysis: Sendable {
    public var targets: Targets
    /// Counted communes, ordered by province, district, commune code and period.
    public var communes: [CommuneSummary]
    public var districts: [UnitSummary]
    public var provinces: [UnitSummary]
    public var rejectedFiles: [FileRejection]
    public var supersededFiles: [SupersededFile]
    /// Social-insurance numbers on residents of two or more counted files of one period, by number
    /// (cards-v1 §5).
    public var duplicatePeople: [DuplicatePerson] = []

    public var invalidRecords: [InvalidRecord] { communes.flatMap(\.invalidRecords) }
    public var warnings: [ReadingWarning] { communes.flatMap(\.warnings) }

    /// Merges per-file outcomes given in input order; the result does not depend on that order
    /// beyond ties, so any number of reading jobs gives the same analysis.
    public init(outcomes: [FileSummaryOutcome], targets: Targets) {
        self.targets = targets
        var accepted: [CommuneSummary] = []
        var rejected: [FileRejection] = []
        for outcome in outcomes {
            switch outcome {
            case .accepted(let summary): accepted.append(summary)
            case .rejected(let rejection): rejected.append(rejection)
            }
        }
        let resolution = Self.resolveResubmissions(accepted)
        communes = resolution.kept.sorted(by: Self.communeOrder)
        rejectedFiles = rejected + resolution.duplicates
        supersededFiles = resolution.superseded
        duplicatePeople = findDuplicatePeople(in: communes.map {
            InsuredNumbersOfFile(file: $0.file, communeCode: $0.commune.code, period: $0.period.key, numbers: $0.insuredNumbers)
        })
        // The numbers have served: free them (8 bytes per insured resident).
        for index in communes.indices { communes[index].insuredNumbers = SortedInsuredNumbers(keys: []) }
        districts = Self.rollUp(communes, level: .district)
        provinces = Self.rollUp(communes, level: .province)
    }

    /// Files sharing commune code and period are one report: the latest @generated wins; without
    /// a @generated on each, or with the latest one shared, none can be trusted and all are rejected.
    static func resolveResubmissions<Submission: ResubmissionCandidate>(_ summaries: [Submission])
        -> (kept: [Submission], superseded: [SupersededFile], duplicates: [FileRejection]) {
        var groups: [SubmissionKey: [Submission]] = [:]
        var order: [SubmissionKey] = []
        for summary in summaries {
            let key = SubmissionKey(code: summary.communeCode, period: summary.periodKey)
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
            func reject(_ why: String) {
                for summary in group {
                    duplicates.append(FileRejection(file: summary.file, line: summary.rootLine,
                        reason: .duplicateSubmission(others: files.filter { $0 != summary.file }, reason: why)))
                }
            }
            if group.contains(where: { $0.generated == nil }) {
                reject("commune \(key.code) for the same period, and not every file has a generated time to tell which is the latest")
                continue
            }
            let latest = group.map { $0.generated! }.max()!
            let winners = group.filter { $0.generated == latest }
            if winners.count > 1 {
                reject("commune \(key.code) for the same period with the same generated time")
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
                units[key] = UnitSummary(level: level, code: code, name: name, provinceCode: summary.commune.provinceCode,
                                         period: summary.period.key, communes: 1, figures: summary.figures)
            }
        }
        return units.values.sorted { ($0.provinceCode, $0.code, $0.period) < ($1.provinceCode, $1.code, $1.period) }
    }

    /// The periods present, earliest first.
    public var periods: [PeriodKey] { Array(Set(communes.map(\.period.key))).sorted() }
}

/// What one file contributes to an analysis.
public enum FileSummaryOutcome: Sendable {
    case accepted(CommuneSummary)
    case rejected(FileRejection)
}

/// One report: a commune and a period.
struct SubmissionKey: Hashable {
    var code: String
    var period: PeriodKey
}

/// What resubmission resolution needs to know of a file.
protocol ResubmissionCandidate {
    var file: String { get }
    var rootLine: Int { get }
    var communeCode: String { get }
    var periodKey: PeriodKey { get }
    var generated: Instant? { get }
}

extension CommuneSummary: ResubmissionCandidate {
    var communeCode: String { commune.code }
    var periodKey: PeriodKey { period.key }
}
