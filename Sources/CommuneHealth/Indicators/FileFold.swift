/// Folds one file's records into what its figures need, by the definitions of
/// health-station-export-v1 §3: a resident is insured when a card is valid on the reference date;
/// each child's measurement used is the latest valid one in the period, the later element on a tie.
///
/// A struct held inline by the reader (`ExportHandler.fold`): handing over a record is a direct
/// call on the reader's own storage, with no optional to unwrap, no reference count and no
/// runtime exclusivity check per stored property.
struct FileFold: ExportRecordSink, ~Copyable {
    private var period: ReportingPeriod
    private var reference: DateFields

    private(set) var population = 0
    private(set) var insured = 0
    private var coverage = CoverageTally()
    private var current = ResidentInProgress()
    /// Per child index: its measurement used so far, as an index in `measurements`, or -1.
    private var latestByChild: [Int] = []
    private(set) var measurements: [Measurement] = []
    /// Per entry of `measurements`: its row among the kept entries, or -1.
    private(set) var usedEntries: [Int] = []
    /// Whether to keep each resident's poverty status and ethnic group, and each measurement
    /// used's child index, for the groups of WHO's standard analysis (#28).
    private let tracksChildren: Bool
    /// Per entry of `measurements`: its child index (`tracksChildren`).
    private(set) var usedChildren: [Int] = []
    /// Per resident id index: poverty status and ethnic group index (`tracksChildren`).
    private var residentPoverty: [PovertyStatus] = []
    private var residentEthnicity: [Int32] = []

    // Cards (cards-v1): who pays, children under 6, the numbers for the duplicate check.
    /// Insured residents per funding group, by its position in `FundingGroup.allCases`.
    private var fundingGroupTally = FundingGroupTally()
    var fundingGroups: FundingGroupCounts {
        var counts = FundingGroupCounts()
        for (index, group) in FundingGroup.allCases.enumerated() { counts[group] = fundingGroupTally[index] }
        return counts
    }
    private(set) var under6 = Under6Counts()
    private var insuredNumbers = InsuredNumberCollector()
    /// TE cards held at 6 or more, in document order, as the warnings they give (made once: a
    /// messy file can hold one for nearly every resident); the reader gives the number's own warnings.
    private var cardWarnings: [ReadingWarning] = []
    /// The file's name, for those warnings.
    private let file: String
    /// Whether to keep the residents without a valid card (`uninsured`).
    private let listsUninsured: Bool
    private(set) var uninsuredResidents: [UninsuredInFile] = []

    init(period: ReportingPeriod, file: String = "", listsUninsured: Bool = false, tracksChildren: Bool = false) {
        self.period = period
        self.file = file
        self.listsUninsured = listsUninsured
        self.tracksChildren = tracksChildren
        reference = DateFields(period.referenceDate)
    }

    /// A fold that has seen no period yet; the reader replaces it once the period is known, and
    /// hands it no record before.
    init() {
        self.init(period: ReportingPeriod(from: CalendarDate(daysSinceEpoch: 0), to: CalendarDate(daysSinceEpoch: 0)))
    }

    @inline(__always)
    mutating func resident(_ resident: ResidentRecord) {
        let age = resident.birthDate.completedYears(to: reference)
        current = ResidentInProgress(
            valid: true, insured: false, poverty: resident.poverty,
            ageGroup: CoverageAgeGroup(ageYears: age),
            ethnicity: resident.ethnicity)
        current.line = resident.line
        current.ageYears = age
        if tracksChildren, resident.idIndex >= 0 {
            while residentPoverty.count <= resident.idIndex {
                residentPoverty.append(.none)
                residentEthnicity.append(-1)
            }
            residentPoverty[resident.idIndex] = resident.poverty
            residentEthnicity[resident.idIndex] = Int32(resident.ethnicity)
        }
        if listsUninsured {
            current.birth = resident.birthDate
            current.sex = resident.sex
            current.idIndex = resident.idIndex
        }
    }

    @inline(__always)
    mutating func card(_ card: CardRecord) {
        guard card.validFrom <= reference && reference <= card.validTo else {
            // The latest card that ended before the reference date, for the follow-up list.
            if listsUninsured, card.validTo < reference, current.lastValidTo.map({ $0 < card.validTo }) ?? true {
                current.lastValidTo = card.validTo
            }
            return
        }
        if let warning = childCardWarning(card.number, ageYears: current.ageYears, text: { string(card.numberText) }) {
            cardWarnings.append(ReadingWarning(file: file, line: card.line, reason: .card(warning)))
        }
        guard !current.insured else { return }
        // The first valid card in document order decides who pays and which number counts.
        current.insured = true
        current.fundingGroupIndex = card.number.fundingGroupIndex
        // A placeholder number (0000000000) is nobody's: it takes no part in the duplicate check (#26).
        current.insuredNumber =
            card.number.hasPlaceholderNumber
            ? ResidentInProgress.noNumber
            : card.number.socialInsuranceNumber ?? ResidentInProgress.noNumber
    }

    @inline(__always)
    mutating func endResident() {
        guard current.valid else { return }
        population += 1
        if current.insured {
            insured += 1
            fundingGroupTally.add(current.fundingGroupIndex)
            if current.insuredNumber != ResidentInProgress.noNumber {
                insuredNumbers.append(number: current.insuredNumber, line: current.line)
            }
        }
        if isUnder6(ageYears: current.ageYears) { under6.add(insured: current.insured) }
        if listsUninsured, !current.insured {
            uninsuredResidents.append(
                UninsuredInFile(
                    line: current.line, idIndex: current.idIndex, sex: current.sex, birth: current.birth!,
                    ageYears: current.ageYears, ethnicity: current.ethnicity, poverty: current.poverty,
                    lastValidTo: current.lastValidTo))
        }
        coverage.add(current)
        // The next `resident` sets every field; until then only `valid` is read.
        current.valid = false
    }

    /// Room for the numbers of `residents` insured residents, when the file announces its count.
    mutating func reserve(residents: Int) {
        insuredNumbers = InsuredNumberCollector(reservingCapacity: residents)
    }

    /// At the end of the file: the sorted numbers of the insured residents (8 bytes each), and
    /// the card warnings by line, with one at each line of a number on two residents of the file.
    mutating func finishCards(file: String) -> (numbers: SortedInsuredNumbers, warnings: [ReadingWarning]) {
        var collector = InsuredNumberCollector()
        swap(&collector, &insuredNumbers)
        let (numbers, twice) = collector.sorted()
        var warnings = cardWarnings
        cardWarnings = []
        for duplicate in twice {
            warnings += duplicate.warnings(file: file).map { ReadingWarning(file: $0.file, line: $0.line, reason: .card($0.reason)) }
        }
        return (numbers, warnings)
    }

    @inline(__always)
    mutating func measurement(_ record: MeasurementRecord) {
        while latestByChild.count <= record.childIndex { latestByChild.append(-1) }
        guard period.contains(record.measurement.date) else { return }
        let known = latestByChild[record.childIndex]
        if known < 0 {
            latestByChild[record.childIndex] = measurements.count
            measurements.append(record.measurement)
            usedEntries.append(record.entryIndex)
            if tracksChildren { usedChildren.append(record.childIndex) }
        } else if record.measurement.date >= measurements[known].date {
            // The latest date wins; on a tie the later element, so `>=`.
            measurements[known] = record.measurement
            usedEntries[known] = record.entryIndex
        }
    }

    /// The poverty status and ethnic group index (-1: none) of the resident of id index `index`;
    /// nil for -1 or a resident not kept.
    func residentGroups(_ index: Int) -> (poverty: PovertyStatus, ethnicity: Int)? {
        guard index >= 0, index < residentPoverty.count else { return nil }
        return (residentPoverty[index], Int(residentEthnicity[index]))
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
    var line = 0
    var ageYears = 0
    var fundingGroupIndex = FundingGroup.unknownIndex
    /// The social-insurance number of the card that makes the resident insured, or `noNumber`.
    var insuredNumber = ResidentInProgress.noNumber
    static let noNumber = UInt64.max
    // Kept only for the follow-up list (a default DateFields would cost a date conversion per resident).
    var birth: DateFields?
    var sex = Sex.female
    var idIndex = -1
    var lastValidTo: DateFields?
}

/// Insured residents per funding group, by its position in `FundingGroup.allCases`: six counts
/// held inline, so that counting one is an add, with no array to check for uniqueness per
/// resident (#30).
private struct FundingGroupTally {
    private var counts: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)

    @inline(__always)
    mutating func add(_ index: UInt8) {
        precondition(index <= FundingGroup.unknownIndex, "a funding group's index is 0 to 5")
        withUnsafeMutableBytes(of: &counts) { $0.baseAddress!.assumingMemoryBound(to: Int.self)[Int(index)] += 1 }
    }

    subscript(index: Int) -> Int {
        precondition(index >= 0 && index <= Int(FundingGroup.unknownIndex), "a funding group's index is 0 to 5")
        return withUnsafeBytes(of: counts) { $0.load(fromByteOffset: index * MemoryLayout<Int>.stride, as: Int.self) }
    }
}

/// A resident without a valid card, as the fold keeps it for `uninsured` (no String yet).
struct UninsuredInFile {
    var line: Int
    var idIndex: Int
    var sex: Sex
    var birth: DateFields
    var ageYears: Int
    var ethnicity: Int
    var poverty: PovertyStatus
    var lastValidTo: DateFields?
}

/// Residents and insured residents per group, counted while reading: the three poverty statuses
/// and three age groups in fields of their own (no array to check for uniqueness per resident),
/// the file's ethnic groups in a flat array.
struct CoverageTally: ~Copyable {
    private var poor = GroupCount(), nearPoor = GroupCount(), notPoor = GroupCount()
    private var under6 = GroupCount(), from6to59 = GroupCount(), from60 = GroupCount()
    private var byEthnicity = EthnicGroupCounts()
    private var withoutEthnicity = GroupCount()

    /// In the order of `PovertyStatus.allCases` (`PovertyStatus.index`).
    private var byPoverty: [GroupCount] { [poor, nearPoor, notPoor] }
    /// In the order of `CoverageAgeGroup.allCases` (`CoverageAgeGroup.index`).
    private var byAge: [GroupCount] { [under6, from6to59, from60] }

    @inline(__always)
    fileprivate mutating func add(_ resident: ResidentInProgress) {
        switch resident.poverty {
        case .poor: poor.add(resident.insured)
        case .nearPoor: nearPoor.add(resident.insured)
        case .none: notPoor.add(resident.insured)
        }
        switch resident.ageGroup {
        case .under6: under6.add(resident.insured)
        case .from6to59: from6to59.add(resident.insured)
        case .from60: from60.add(resident.insured)
        }
        if resident.ethnicity < 0 {
            withoutEthnicity.add(resident.insured)
        } else {
            byEthnicity.add(resident.insured, at: resident.ethnicity)
        }
    }

    func groups(ethnicity: (Int) -> String) -> CoverageGroups {
        let byPoverty = self.byPoverty, byAge = self.byAge
        var groups = CoverageGroups()
        for (index, status) in PovertyStatus.allCases.enumerated() where byPoverty[index].total > 0 {
            groups.byPoverty[status] = byPoverty[index]
        }
        for (index, group) in CoverageAgeGroup.allCases.enumerated() where byAge[index].total > 0 {
            groups.byAgeGroup[group] = byAge[index]
        }
        for index in 0..<byEthnicity.count where byEthnicity[index].total > 0 {
            groups.byEthnicity[ethnicity(index)] = byEthnicity[index]
        }
        if withoutEthnicity.total > 0 { groups.byEthnicity[""] = withoutEthnicity }
        return groups
    }
}

/// Residents and insured residents per ethnic group index of the file, in an allocation of their
/// own: the tally is not copyable, so counting one resident is an add, with no array to check for
/// uniqueness (#30).
struct EthnicGroupCounts: ~Copyable {
    private var counts: UnsafeMutablePointer<GroupCount>
    private var capacity = 16
    /// One past the highest index counted.
    private(set) var count = 0

    init() {
        counts = .allocate(capacity: 16)
    }

    deinit { counts.deallocate() }

    @inline(__always)
    mutating func add(_ insured: Bool, at index: Int) {
        if index >= count { grow(to: index + 1) }
        counts[index].add(insured)
    }

    subscript(index: Int) -> GroupCount {
        precondition(index >= 0 && index < count, "an ethnic group index within the counts")
        return counts[index]
    }

    /// Zero counts up to `needed`, the storage doubled when full.
    @inline(never)
    private mutating func grow(to needed: Int) {
        if needed > capacity {
            var newCapacity = capacity * 2
            while newCapacity < needed { newCapacity *= 2 }
            let grown = UnsafeMutablePointer<GroupCount>.allocate(capacity: newCapacity)
            grown.moveInitialize(from: counts, count: count)
            counts.deallocate()
            (counts, capacity) = (grown, newCapacity)
        }
        (counts + count).initialize(repeating: GroupCount(), count: needed - count)
        count = needed
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
