import Foundation

/// Why the register's CSV could not be read: the resource is damaged or of another layout.
public struct RegisterFormatError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public var description: String { "line \(line): \(reason)" }
}

extension CommuneRegister {
    static let header = Array(("legacyProvinceCode,legacyProvinceName,legacyDistrictCode,legacyDistrictName,"
        + "legacyCommuneCode,legacyCommuneName,divided,provinceCode,provinceName,communeCode,communeName").utf8)

    /// Reads the crosswalk CSV (README of the resource): one header line, then one row per legacy
    /// commune and successor, a legacy commune's rows consecutive, codes zero-padded, no quoting.
    ///
    /// One pass over the bytes: codes are read as integers in place, names are only located
    /// (`memchr`) and kept as spans of `bytes`.
    public init(csv bytes: [UInt8]) throws {
        var builder = RegisterBuilder(expectedRows: bytes.count / 64)
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > Self.header.count,
                  memcmp(base, Self.header, Self.header.count) == 0,
                  base[Self.header.count] == UInt8(ascii: "\n") || base[Self.header.count] == UInt8(ascii: "\r") else {
                throw RegisterFormatError(line: 1, reason: "the header is not the crosswalk's")
            }
            var cursor = RowCursor(base: base, position: Self.header.count + 1, end: buffer.count, line: 1)
            cursor.skipLineEnd()
            while cursor.position < cursor.end {
                cursor.line += 1
                try builder.add(cursor.row(), line: cursor.line)
            }
        }
        guard !builder.legacy.isEmpty else { throw RegisterFormatError(line: 2, reason: "the register has no row") }
        self.init(bytes: bytes, builder: builder)
    }

    private init(bytes: [UInt8], builder: RegisterBuilder) {
        self.bytes = bytes
        legacy = builder.legacy
        rowSuccessor = builder.rowSuccessor
        legacyIndexByCode = builder.legacyIndexByCode
        currentIndexByCode = builder.currentIndexByCode
        legacyProvinceName = builder.legacyProvinceName
        legacyProvinceCommunes = builder.legacyProvinceCommunes
        mergedInto = builder.mergedInto
        currentProvinceName = builder.currentProvinceName
        districtName = builder.districtName
        (current, predecessorIndices) = builder.linkingPredecessors()
    }
}

/// One row as read: codes and name spans.
struct RegisterRow {
    var legacyProvince: Int, legacyProvinceName: ByteSpan
    var district: Int, districtName: ByteSpan
    var legacyCommune: Int, legacyCommuneName: ByteSpan
    var divided: Bool
    var province: Int, provinceName: ByteSpan
    var commune: Int, communeName: ByteSpan
}

/// Reads the fields of one row in place.
struct RowCursor {
    let base: UnsafePointer<UInt8>
    var position: Int
    let end: Int
    var line: Int

    private func failure(_ reason: String) -> RegisterFormatError { RegisterFormatError(line: line, reason: reason) }

    mutating func row() throws -> RegisterRow {
        let legacyProvince = try code(2), legacyProvinceName = try name()
        let district = try code(3), districtName = try name()
        let legacyCommune = try code(5), legacyCommuneName = try name()
        let divided = try yesNo()
        let province = try code(2), provinceName = try name()
        let commune = try code(5), communeName = try name(lastOfRow: true)
        return RegisterRow(legacyProvince: legacyProvince, legacyProvinceName: legacyProvinceName,
                           district: district, districtName: districtName,
                           legacyCommune: legacyCommune, legacyCommuneName: legacyCommuneName, divided: divided,
                           province: province, provinceName: provinceName, commune: commune, communeName: communeName)
    }

    /// Exactly `digits` ASCII digits and a comma.
    private mutating func code(_ digits: Int) throws -> Int {
        guard position + digits < end, base[position + digits] == UInt8(ascii: ",") else {
            throw failure("expected a code of \(digits) digits and a comma")
        }
        var value = 0
        for offset in 0..<digits {
            let digit = base[position + offset] &- 0x30
            guard digit < 10 else { throw failure("a code holds a byte that is not a digit") }
            value = value &* 10 &+ Int(digit)
        }
        position += digits + 1
        return value
    }

    /// A non-empty name up to the next comma, or to the end of the line for the last field.
    private mutating func name(lastOfRow: Bool = false) throws -> ByteSpan {
        let start = position
        var stop = end
        if let found = memchr(base + start, Int32(lastOfRow ? UInt8(ascii: "\n") : UInt8(ascii: ",")), end - start) {
            stop = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        } else if !lastOfRow {
            throw failure("the row ends too early")
        }
        position = stop + 1
        if lastOfRow, stop > start, base[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
        guard stop > start else { throw failure("a name is empty") }
        return ByteSpan(start: Int32(start), count: Int32(stop - start))
    }

    private mutating func yesNo() throws -> Bool {
        if end - position >= 4, base[position] == UInt8(ascii: "y"), base[position + 1] == UInt8(ascii: "e"),
           base[position + 2] == UInt8(ascii: "s"), base[position + 3] == UInt8(ascii: ",") {
            position += 4
            return true
        }
        if end - position >= 3, base[position] == UInt8(ascii: "n"), base[position + 1] == UInt8(ascii: "o"),
           base[position + 2] == UInt8(ascii: ",") {
            position += 3
            return false
        }
        throw failure("divided is neither yes nor no")
    }

    mutating func skipLineEnd() {
        if position < end, base[position] == UInt8(ascii: "\n"), position > 0, base[position - 1] == UInt8(ascii: "\r") {
            position += 1
        }
    }
}
