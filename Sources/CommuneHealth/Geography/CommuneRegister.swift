/// The map a file is read against: the one in force on its period's reference date.
package enum MapEdition: String, Hashable, Sendable, CaseIterable {
    /// 63 provinces, their districts and 10,035 communes, in force until 2025-06-30.
    case legacy
    /// 34 provinces and 3,316 communes, no district level, in force from 2025-07-01.
    case current2025 = "2025"

    /// The other edition: the one a code unknown in this edition may come from.
    package var other: MapEdition { self == .legacy ? .current2025 : .legacy }
}

/// The register of Vietnam's communes before and after 1 July 2025 (docs/spec/geography-v1.md §2), read from
/// the resource `vn-communes-2025-crosswalk.csv`: both editions of the map and the crosswalk from
/// each legacy commune to its successor(s).
///
/// Codes are held as integers and names as byte spans of the CSV, turned into `String` only when
/// asked for: loading is one pass over the bytes with no string built.
package struct CommuneRegister: Sendable {
    /// The first day of the 2025 edition.
    package static let firstDayOf2025Edition = CalendarDate(year: 2025, month: 7, day: 1)!

    /// The edition in force on `date`: legacy until 2025-06-30, 2025 from 2025-07-01.
    package static func edition(on date: CalendarDate) -> MapEdition {
        date < firstDayOf2025Edition ? .legacy : .current2025
    }

    /// The register shipped with the package, loaded once.
    package static let shared: CommuneRegister = {
        let name = "vn-communes-2025-crosswalk"
        do {
            return try CommuneRegister(csv: RegisterBytes(embedded: EmbeddedResource.communeCrosswalk.bytes))
        } catch {
            fatalError("the commune register \(name).csv is damaged: \(error)")
        }
    }()

    // MARK: Storage (filled by `init(csv:)`, RegisterLoading.swift)

    /// The CSV itself: every name is a span of it.
    let bytes: RegisterBytes
    /// Legacy communes in the file's order: by province, district, code.
    let legacy: [LegacyEntry]
    /// 2025 communes in the order they first appear.
    let current: [CurrentEntry]
    /// Per CSV row, the index in `current` of its successor; a legacy commune's rows are consecutive.
    let rowSuccessor: [UInt16]
    /// Indices in `legacy`, grouped per 2025 commune (`CurrentEntry.predecessors`).
    let predecessorIndices: [UInt16]
    /// Code → index in `legacy` or `current`; `noIndex` when the edition lacks the code.
    let legacyIndexByCode: [UInt16]
    let currentIndexByCode: [UInt16]
    /// Per legacy province code: its name, its communes (a range of `legacy`) and the 2025 province
    /// it merged into (`noProvince`, or `splitProvince` if its communes went to several).
    let legacyProvinceName: [ByteSpan?]
    let legacyProvinceCommunes: [Range<Int32>]
    let mergedInto: [UInt8]
    /// Per 2025 province code, its name.
    let currentProvinceName: [ByteSpan?]
    /// Per district code, its name.
    let districtName: [ByteSpan?]

    static let noIndex = UInt16.max
    static let noProvince: UInt8 = 255
    static let splitProvince: UInt8 = 254
}

/// The register's CSV: the program's own resource read in place (static data, never freed or
/// written: no 1.3 MB copy at start-up, #30), or a copy owned here of bytes given to
/// `init(csv:)`.
final class RegisterBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    private let owned: Bool

    init(embedded bytes: UnsafeRawBufferPointer) {
        buffer = bytes.bindMemory(to: UInt8.self)
        owned = false
    }

    init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(copy)
        owned = true
    }

    deinit {
        if owned { buffer.deallocate() }
    }
}

/// A span of the register's bytes: a name.
struct ByteSpan: Sendable {
    var start: Int32
    var count: Int32
}

struct LegacyEntry: Sendable {
    var code: Int32
    var name: ByteSpan
    /// The rows of this commune, consecutive: `rowSuccessor[rows]` are its successors.
    var firstRow: Int32
    var rowCount: Int32
    var district: UInt16
    var province: UInt8
    var divided: Bool
}

struct CurrentEntry: Sendable {
    var code: Int32
    var name: ByteSpan
    var predecessors: Range<Int32>
    var province: UInt8
}

// MARK: What the register answers

/// A province of one edition of the map.
package struct RegisterProvince: Hashable, Sendable {
    package let code: ProvinceCode
    package let name: String
}

/// A district of the legacy map.
package struct RegisterDistrict: Hashable, Sendable {
    package let code: DistrictCode
    package let name: String
}

/// A commune as a map lists it: among the communes expected of a province, or missing from it.
/// `district` is nil on the 2025 map.
package struct MapCommune: Hashable, Sendable {
    package let code: CommuneCode
    package let name: String
    package let provinceCode: ProvinceCode
    package let district: RegisterDistrict?
}

/// A commune of the other edition: a successor or a predecessor.
package struct CommuneReference: Hashable, Sendable {
    package let code: CommuneCode
    package let name: String
    package let provinceCode: ProvinceCode
}

/// A commune of the legacy map and where it went on 1 July 2025.
package struct LegacyCommune: Hashable, Sendable {
    package let code: CommuneCode
    package let name: String
    package let province: RegisterProvince
    package let district: RegisterDistrict
    /// Split among several 2025 communes: its counts cannot follow it to one of them.
    package let divided: Bool
    /// The 2025 commune(s) it went to, by code: one unless `divided`.
    package let successors: [CommuneReference]
}

/// A commune of the 2025 map and the legacy communes it was formed from.
package struct Commune2025: Hashable, Sendable {
    package let code: CommuneCode
    package let name: String
    package let province: RegisterProvince
    /// The legacy communes merged whole into it (itself, under its legacy name, if it kept its code).
    package let predecessors: [CommuneReference]
    /// The divided legacy communes of which it received a part: what it lacks on today's map
    /// (`lacksDivided`, docs/spec/geography-v1.md §5.3).
    package let dividedPredecessors: [CommuneReference]
}
