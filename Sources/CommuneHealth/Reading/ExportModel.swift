/// The commune a file reports on, as its `<commune>` element gives it.
public struct Commune: Hashable, Sendable {
    public var code: String
    public var name: String
    public var provinceCode: String
    public var provinceName: String?
    public var districtCode: String?
    public var districtName: String?

    public init(code: String, name: String, provinceCode: String, provinceName: String? = nil,
                districtCode: String? = nil, districtName: String? = nil) {
        self.code = code
        self.name = name
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.districtCode = districtCode
        self.districtName = districtName
    }
}

/// The reporting period [from, to] and the reference date R on which residence and cards are judged.
public struct ReportingPeriod: Hashable, Comparable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var referenceDate: CalendarDate

    public init(from: CalendarDate, to: CalendarDate, referenceDate: CalendarDate? = nil) {
        self.from = from
        self.to = to
        self.referenceDate = referenceDate ?? to
    }

    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }

    /// Two files report the same period when from and to agree; the reference date may differ.
    public var key: PeriodKey { PeriodKey(from: from, to: to) }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.from, lhs.to, lhs.referenceDate) < (rhs.from, rhs.to, rhs.referenceDate)
    }
}

/// A period as units are grouped by it: files of different periods are never summed.
public struct PeriodKey: Hashable, Comparable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate

    public static func < (lhs: PeriodKey, rhs: PeriodKey) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
}

public enum Sex: String, Hashable, Sendable {
    case male = "M"
    case female = "F"
}

public enum MeasuredPosition: String, Hashable, Sendable {
    case lying
    case standing
}

public enum PovertyStatus: String, Hashable, Sendable, CaseIterable {
    case poor
    case nearPoor = "near-poor"
    case none
}

/// A valid measurement, as read.
public struct Measurement: Sendable {
    public var line: Int
    public var childID: String
    public var sex: Sex
    public var birthDate: CalendarDate
    public var date: CalendarDate
    public var heightCm: Double
    public var position: MeasuredPosition?
    public var weightKg: Double?
    public var oedema: Bool
    /// The tenths digit of @heightCm and @weightKg as written (`86` → 0, `86.25` → 2), for the
    /// digit preference of data-quality-v1; -1 when not written.
    public var heightTenthsDigit: Int8 = -1
    public var weightTenthsDigit: Int8 = -1
}

/// One `<measurement>` element as written, valid or not, for the per-child listing.
public struct MeasurementEntry: Sendable {
    public enum Validity: Sendable {
        case valid(Measurement)
        case invalid(RawMeasurement)
    }
    public var line: Int
    public var validity: Validity
    public var inPeriod: Bool
    public var used: Bool
}

/// The attributes of a measurement as written, kept for the listing of invalid rows.
public struct RawMeasurement: Sendable, Equatable {
    public var childID = "", sex = "", birthDate = "", date = "", position = "", height = ""
    public var weight = "", oedema = ""
}

/// What a station's own software computed; compared with the tool's figures, never used for them.
public struct ReportedSummary: Hashable, Sendable {
    public var population: Int?
    public var insured: Int?
    public var childrenAssessed: Int?
    public var stunted: Int?
}

/// Everything read from one accepted file, before any figure is computed.
public struct ExportContents: Sendable {
    public var file: String
    /// The line of the root element, where file-level messages about the whole report point.
    public var rootLine = 1
    /// The line of `<commune>`, where the checks against the map point (geography-v1 §3).
    public var communeLine = 1
    public var commune: Commune
    public var period: ReportingPeriod
    public var generated: Instant?
    public var generatedText: String?
    public var software: String?
    public var population = 0
    public var insured = 0
    public var coverageGroups = CoverageGroups()
    public var excludedRecords = 0
    public var invalidRecords: [InvalidRecord] = []
    public var warnings: [ReadingWarning] = []
    public var reportedSummary: ReportedSummary?
    /// The measurement used for each child: the latest valid one in the period.
    public var usedMeasurements: [Measurement] = []
    /// Per measurement used: the child's poverty status and ethnic group from the resident of
    /// the same id, only when the reader was asked (`ExportReader.tracksChildGroups`, #28).
    public var childGroups: [WHOChildGroups]?
    /// Every measurement element, only when the reader was asked to keep them.
    public var entries: [MeasurementEntry] = []
    /// Insured residents per funding group, and the children under 6 (cards-v1 §2, §3).
    public var fundingGroups = FundingGroupCounts()
    public var under6 = Under6Counts()
    /// The social-insurance numbers of the insured residents, sorted, for the check across files.
    public var insuredNumbers = SortedInsuredNumbers(keys: [])
    /// The residents without a valid card, only when the reader was asked to list them.
    public var uninsured: [UninsuredResident] = []
}

/// Counts of residents and insured residents per group, for the coverage breakdowns.
public struct CoverageGroups: Sendable, Equatable {
    public var byPoverty: [PovertyStatus: GroupCount] = [:]
    public var byAgeGroup: [CoverageAgeGroup: GroupCount] = [:]
    public var byEthnicity: [String: GroupCount] = [:]

    public init() {}

    public static func + (lhs: CoverageGroups, rhs: CoverageGroups) -> CoverageGroups {
        var sum = lhs
        sum.byPoverty.merge(rhs.byPoverty, uniquingKeysWith: +)
        sum.byAgeGroup.merge(rhs.byAgeGroup, uniquingKeysWith: +)
        sum.byEthnicity.merge(rhs.byEthnicity, uniquingKeysWith: +)
        return sum
    }
}

/// A numerator over a denominator: members of a group, and those of them that count.
public struct GroupCount: Sendable, Equatable {
    public var total = 0
    public var hits = 0

    public init(total: Int = 0, hits: Int = 0) {
        self.total = total
        self.hits = hits
    }

    mutating func add(_ hit: Bool) {
        total += 1
        if hit { hits += 1 }
    }

    public static func + (lhs: GroupCount, rhs: GroupCount) -> GroupCount {
        GroupCount(total: lhs.total + rhs.total, hits: lhs.hits + rhs.hits)
    }
}

/// Age groups for coverage: the state pays the cards of children under 6.
public enum CoverageAgeGroup: String, Hashable, Sendable, CaseIterable {
    case under6 = "0-5"
    case from6to59 = "6-59"
    case from60 = "60+"

    init(ageYears: Int) {
        self = isUnder6(ageYears: ageYears) ? .under6 : (ageYears < 60 ? .from6to59 : .from60)
    }
}
