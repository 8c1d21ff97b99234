/// The commune a file reports on, as its `<commune>` element gives it.
package struct Commune: Hashable, Sendable {
    package var code: String
    package var name: String
    package var provinceCode: String
    package var provinceName: String?
    package var districtCode: String?
    package var districtName: String?

    package init(
        code: String, name: String, provinceCode: String, provinceName: String? = nil,
        districtCode: String? = nil, districtName: String? = nil
    ) {
        self.code = code
        self.name = name
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.districtCode = districtCode
        self.districtName = districtName
    }
}

/// The reporting period [from, to] and the reference date R on which residence and cards are judged.
package struct ReportingPeriod: Hashable, Comparable, Sendable {
    package var from: CalendarDate
    package var to: CalendarDate
    package var referenceDate: CalendarDate

    package init(from: CalendarDate, to: CalendarDate, referenceDate: CalendarDate? = nil) {
        self.from = from
        self.to = to
        self.referenceDate = referenceDate ?? to
    }

    package func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }

    /// Two files report the same period when from and to agree; the reference date may differ.
    package var key: PeriodKey { PeriodKey(from: from, to: to) }

    package static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.from, lhs.to, lhs.referenceDate) < (rhs.from, rhs.to, rhs.referenceDate)
    }
}

/// A period as units are grouped by it: files of different periods are never summed.
package struct PeriodKey: Hashable, Comparable, Sendable {
    package var from: CalendarDate
    package var to: CalendarDate

    package static func < (lhs: PeriodKey, rhs: PeriodKey) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
}

public enum Sex: String, Hashable, Sendable {
    case male = "M"
    case female = "F"
}

public enum MeasuredPosition: String, Hashable, Sendable {
    case lying
    case standing
}

package enum PovertyStatus: String, Hashable, Sendable, CaseIterable {
    case poor
    case nearPoor = "near-poor"
    case none
}

/// A valid measurement, as read.
package struct Measurement: Sendable {
    package var line: Int
    package var childID: String
    package var sex: Sex
    package var birthDate: CalendarDate
    package var date: CalendarDate
    package var heightCm: Double
    package var position: MeasuredPosition?
    package var weightKg: Double?
    package var oedema: Bool
    /// The tenths digit of @heightCm and @weightKg as written (`86` → 0, `86.25` → 2), for the
    /// digit preference of data-quality-v1; -1 when not written.
    package var heightTenthsDigit: Int8 = -1
    package var weightTenthsDigit: Int8 = -1
}

/// One `<measurement>` element as written, valid or not, for the per-child listing.
package struct MeasurementEntry: Sendable {
    package enum Validity: Sendable {
        case valid(Measurement)
        case invalid(RawMeasurement)
    }
    package var line: Int
    package var validity: Validity
    package var inPeriod: Bool
    package var used: Bool
}

/// The attributes of a measurement as written, kept for the listing of invalid rows.
package struct RawMeasurement: Sendable, Equatable {
    package var childID = "", sex = "", birthDate = "", date = "", position = "", height = ""
    package var weight = "", oedema = ""
}

/// What a station's own software computed; compared with the tool's figures, never used for them.
package struct ReportedSummary: Hashable, Sendable {
    package var population: Int?
    package var insured: Int?
    package var childrenAssessed: Int?
    package var stunted: Int?
}

/// Everything read from one accepted file, before any figure is computed.
package struct ExportContents: Sendable {
    package var file: String
    /// The line of the root element, where file-level messages about the whole report point.
    package var rootLine = 1
    /// The line of `<commune>`, where the checks against the map point (geography-v1 §3).
    package var communeLine = 1
    package var commune: Commune
    package var period: ReportingPeriod
    package var generated: Instant?
    package var generatedText: String?
    package var software: String?
    package var population = 0
    package var insured = 0
    package var coverageGroups = CoverageGroups()
    package var excludedRecords = 0
    package var invalidRecords: [InvalidRecord] = []
    package var warnings: [ReadingWarning] = []
    package var reportedSummary: ReportedSummary?
    /// The measurement used for each child: the latest valid one in the period.
    package var usedMeasurements: [Measurement] = []
    /// Per measurement used: the child's poverty status and ethnic group from the resident of
    /// the same id, only when the reader was asked (`ExportReader.tracksChildGroups`, #28).
    package var childGroups: [WHOChildGroups]?
    /// Every measurement element, only when the reader was asked to keep them.
    package var entries: [MeasurementEntry] = []
    /// Insured residents per funding group, and the children under 6 (cards-v1 §2, §3).
    package var fundingGroups = FundingGroupCounts()
    package var under6 = Under6Counts()
    /// The social-insurance numbers of the insured residents, sorted, for the check across files.
    package var insuredNumbers = SortedInsuredNumbers(keys: [])
    /// The residents without a valid card, only when the reader was asked to list them.
    package var uninsured: [UninsuredResident] = []
}

/// Counts of residents and insured residents per group, for the coverage breakdowns.
package struct CoverageGroups: Sendable, Equatable {
    package var byPoverty: [PovertyStatus: GroupCount] = [:]
    package var byAgeGroup: [CoverageAgeGroup: GroupCount] = [:]
    package var byEthnicity: [String: GroupCount] = [:]

    package init() {}

    package static func + (lhs: CoverageGroups, rhs: CoverageGroups) -> CoverageGroups {
        var sum = lhs
        sum.byPoverty.merge(rhs.byPoverty, uniquingKeysWith: +)
        sum.byAgeGroup.merge(rhs.byAgeGroup, uniquingKeysWith: +)
        sum.byEthnicity.merge(rhs.byEthnicity, uniquingKeysWith: +)
        return sum
    }
}

/// A numerator over a denominator: members of a group, and those of them that count.
package struct GroupCount: Sendable, Equatable {
    package var total = 0
    package var hits = 0

    package init(total: Int = 0, hits: Int = 0) {
        self.total = total
        self.hits = hits
    }

    mutating func add(_ hit: Bool) {
        total += 1
        if hit { hits += 1 }
    }

    package static func + (lhs: GroupCount, rhs: GroupCount) -> GroupCount {
        GroupCount(total: lhs.total + rhs.total, hits: lhs.hits + rhs.hits)
    }
}

/// Age groups for coverage: the state pays the cards of children under 6.
package enum CoverageAgeGroup: String, Hashable, Sendable, CaseIterable {
    case under6 = "0-5"
    case from6to59 = "6-59"
    case from60 = "60+"

    init(ageYears: Int) {
        self = isUnder6(ageYears: ageYears) ? .under6 : (ageYears < 60 ? .from6to59 : .from60)
    }
}
