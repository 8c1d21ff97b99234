/// Folds one file's records into what its figures need, by the definitions of
/// health-station-export-v1 §3: a resident is insured when a card is valid on the reference date;
/// each child's measurement used is the latest valid one in the period, the later element on a tie.
final class FileFold: ExportRecordSink {
    private let period: ReportingPeriod
    private let reference: DateFields

    private(set) var population = 0
    private(set) var insured = 0
    private var coverage = CoverageTally()
    private var current = ResidentInProgress()
    /// Per child index: its measurement used so far, as an index in `measurements`, or -1.
    private var latestByChild: [Int] = []
    private(set) var measurements: [Measurement] = []
    /// Per entry of `measurements`: its row among the kept entries, or -1.
    private(set) var usedEntries: [Int] = []

    init(period: ReportingPeriod) {
        self.period = period
        reference = DateFields(period.referenceDate)
    }

    func resident(_ resident: ResidentRecord) {
        current = ResidentInProgress(valid: true, insured: false, poverty: resident.poverty,
                                     ageGroup: CoverageAgeGroup(ageYears: resident.birthDate.completedYears(to: reference)),
                                     ethnicity: resident.ethnicity)
    }

    func card(_ card: CardRecord) {
        if card.validFrom <= reference && reference <= card.validTo { current.insured = true }
    }

    func endResident() {
        guard current.valid else { return }
        population += 1
        if current.insured { insured += 1 }
        coverage.add(current)
        current = ResidentInProgress()
    }

    func measurement(_ record: MeasurementRecord) {
        while latestByChild.count <= record.childIndex { latestByChild.append(-1) }
        guard period.contains(record.measurement.date) else { return }
        let known = latestByChild[record.childIndex]
        if known < 0 {
            latestByChild[record.childIndex] = measurements.count
            measurements.append(record.measurement)
            usedEntries.append(record.entryIndex)
        } else if record.measurement.date >= measurements[known].date {
            // The latest date wins; on a tie the later element, so `>=`.
            measurements[known] = record.measurement
            usedEntries[known] = record.entryIndex
        }
    }

    /// Residents and insured residents per group; `ethnicity(i)` names the file's i-th ethnic group.
    func coverageGroups(ethnicity: (Int) -> String) -> CoverageGroups { coverage.groups(ethnicity: ethnicity) }
}

/// The resident whose cards are being read.
private struct ResidentInProgress {
    var valid = false
    var insured = false
    var poverty = PovertyStatus.none
    var ageGroup = CoverageAgeGroup.under6
    /// Index in the file's table of ethnic groups, or -1 when not given.
    var ethnicity = -1
}

/// Residents and insured residents per group, counted in flat arrays while reading.
private struct CoverageTally {
    private var byPoverty = [GroupCount](repeating: GroupCount(), count: PovertyStatus.allCases.count)
    private var byAge = [GroupCount](repeating: GroupCount(), count: CoverageAgeGroup.allCases.count)
    private var byEthnicity: [GroupCount] = []
    private var withoutEthnicity = GroupCount()

    mutating func add(_ resident: ResidentInProgress) {
        byPoverty[resident.poverty.index].add(resident.insured)
        byAge[resident.ageGroup.index].add(resident.insured)
        if resident.ethnicity < 0 {
            withoutEthnicity.add(resident.insured)
        } else {
            while byEthnicity.count <= resident.ethnicity { byEthnicity.append(GroupCount()) }
            byEthnicity[resident.ethnicity].add(resident.insured)
        }
    }

    func groups(ethnicity: (Int) -> String) -> CoverageGroups {
        var groups = CoverageGroups()
        for (index, status) in PovertyStatus.allCases.enumerated() where byPoverty[index].total > 0 {
            groups.byPoverty[status] = byPoverty[index]
        }
        for (index, group) in CoverageAgeGroup.allCases.enumerated() where byAge[index].total > 0 {
            groups.byAgeGroup[group] = byAge[index]
        }
        for (index, count) in byEthnicity.enumerated() where count.total > 0 {
            groups.byEthnicity[ethnicity(index)] = count
        }
        if withoutEthnicity.total > 0 { groups.byEthnicity[""] = withoutEthnicity }
        return groups
    }
}

extension PovertyStatus {
    /// Position in `allCases`, without building that array per resident.
    var index: Int {
        switch self {
        case .poor: return 0
        case .nearPoor: return 1
        case .none: return 2
        }
    }
}

extension CoverageAgeGroup {
    var index: Int {
        switch self {
        case .under6: return 0
        case .from6to59: return 1
        case .from60: return 2
        }
    }
}
