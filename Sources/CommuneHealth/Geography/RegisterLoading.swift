/// Why the register's CSV could not be read: the resource is damaged or of another layout.
package struct RegisterFormatError: Error, Sendable, CustomStringConvertible {
    package let line: Int
    package let reason: String

    package var description: String { "line \(line): \(reason)" }
}

extension CommuneRegister {
    static let header = Array(
        ("legacyProvinceCode,legacyProvinceName,legacyDistrictCode,legacyDistrictName,"
            + "legacyCommuneCode,legacyCommuneName,divided,provinceCode,provinceName,communeCode,communeName").utf8)

    /// Reads the crosswalk CSV (README of the resource): one header line, then one row per legacy
    /// commune and successor, a legacy commune's rows consecutive, codes zero-padded, no quoting.
    ///
    /// One pass over the bytes: codes are read as integers in place, names are only located
    /// (`memchr`) and kept as spans of `bytes`; a name already met under the same code (a
    /// province, a district, a 2025 commune on each of its rows) is stepped over by its length.
    init(csv bytes: [UInt8]) throws {
        try self.init(csv: RegisterBytes(copying: bytes))
    }

    init(csv bytes: RegisterBytes) throws {
        let buffer = bytes.buffer
        var builder = RegisterBuilder(expectedRows: buffer.count / 64)
        do {
            guard let base = buffer.baseAddress, buffer.count > Self.header.count, buffer.count < Int(Int32.max),
                LibC.memcmp(base, Self.header, Self.header.count) == 0,
                base[Self.header.count] == UInt8(ascii: "\n") || base[Self.header.count] == UInt8(ascii: "\r")
            else {
                throw RegisterFormatError(line: 1, reason: "the header is not the crosswalk's")
            }
            var cursor = RowCursor(base: base, position: Self.header.count + 1, end: buffer.count)
            cursor.skipLineEnd()
            var line = 1
            while cursor.position < cursor.end {
                line += 1
                try builder.addRow(at: &cursor, line: line)
            }
        }
        guard !builder.legacy.isEmpty else { throw RegisterFormatError(line: 2, reason: "the register has no row") }
        self.init(bytes: bytes, builder: builder)
    }

    private init(bytes: RegisterBytes, builder: RegisterBuilder) {
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

/// Reads the fields of a row in place.
struct RowCursor {
    let base: UnsafePointer<UInt8>
    var position: Int
    let end: Int

    /// Exactly `digits` (2, 3 or 5) ASCII digits and a comma.
    @inline(__always)
    mutating func code(_ digits: Int) -> Int? {
        guard end &- position > 8 else { return slowCode(digits) }
        // Eight bytes at once: the digits, the comma and what follows (SWAR).
        let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        let commaAt = UInt64(digits &* 8)
        guard (word >> commaAt) & 0xFF == UInt64(UInt8(ascii: ",")) else { return nil }
        let mask: UInt64 = (1 << commaAt) &- 1
        guard allASCIIDigits(word, mask: mask) else { return nil }
        // Digit values, the first in the lowest byte; then each byte plus ten times the one before.
        let values = word & 0x0F0F_0F0F_0F0F_0F0F
        let pairs = values &* 10 &+ (values >> 8)
        position &+= digits &+ 1
        switch digits {
        case 2: return Int(truncatingIfNeeded: pairs & 0xFF)
        case 3: return Int(truncatingIfNeeded: pairs & 0xFF) &* 10 &+ Int(truncatingIfNeeded: (values >> 16) & 0xFF)
        default:
            return Int(truncatingIfNeeded: pairs & 0xFF) &* 1_000 &+ Int(truncatingIfNeeded: (pairs >> 16) & 0xFF) &* 10
                &+ Int(truncatingIfNeeded: (values >> 32) & 0xFF)
        }
    }

    /// `code` near the end of the bytes, one byte at a time.
    private mutating func slowCode(_ digits: Int) -> Int? {
        guard end &- position > digits, base[position &+ digits] == UInt8(ascii: ",") else { return nil }
        var value = 0
        for offset in 0..<digits {
            let digit = base[position &+ offset] &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        position &+= digits &+ 1
        return value
    }

    /// Steps over `prefix` when the bytes at the cursor repeat it (an empty prefix never matches).
    @inline(__always)
    mutating func skip(sameAs prefix: ByteSpan) -> Bool {
        let count = Int(prefix.count)
        guard count > 0, end &- position > count, LibC.memcmp(base + position, base + Int(prefix.start), count) == 0 else { return false }
        position &+= count
        return true
    }

    /// A non-empty name and the comma after it. When the name is `known` (met before under the
    /// same code) and a comma follows at its length, the bytes are stepped over, not searched.
    @inline(__always)
    mutating func name(known: ByteSpan?) -> ByteSpan? {
        if let known, end &- position > Int(known.count), base[position &+ Int(known.count)] == UInt8(ascii: ",") {
            position &+= Int(known.count) &+ 1
            return known
        }
        return scan(to: UInt8(ascii: ","))
    }

    /// The last name of a row, up to the line end (LF or CRLF) or the end of the file.
    @inline(__always)
    mutating func lastName(known: ByteSpan?) -> ByteSpan? {
        if let known {
            let after = position &+ Int(known.count)
            if after == end || (after < end && base[after] == UInt8(ascii: "\n")) {
                position = min(after &+ 1, end)
                return known
            }
        }
        if let span = scan(to: UInt8(ascii: "\n")) {
            guard base[Int(span.start &+ span.count &- 1)] == UInt8(ascii: "\r") else { return span }
            return span.count > 1 ? ByteSpan(start: span.start, count: span.count &- 1) : nil
        }
        guard end > position else { return nil }
        defer { position = end }
        return ByteSpan(start: Int32(truncatingIfNeeded: position), count: Int32(truncatingIfNeeded: end &- position))
    }

    /// A non-empty span up to `terminator`, which it steps over.
    @inline(__always)
    private mutating func scan(to terminator: UInt8) -> ByteSpan? {
        let start = position
        guard let found = LibC.memchr(base + start, Int32(terminator), end &- start) else { return nil }
        let stop = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        guard stop > start else { return nil }
        position = stop &+ 1
        return ByteSpan(start: Int32(truncatingIfNeeded: start), count: Int32(truncatingIfNeeded: stop &- start))
    }

    @inline(__always)
    mutating func yesNo() -> Bool? {
        let bytes = base + position
        if end &- position >= 4, bytes[0] == UInt8(ascii: "y"), bytes[1] == UInt8(ascii: "e"), bytes[2] == UInt8(ascii: "s"),
            bytes[3] == UInt8(ascii: ",")
        {
            position &+= 4
            return true
        }
        if end &- position >= 3, bytes[0] == UInt8(ascii: "n"), bytes[1] == UInt8(ascii: "o"), bytes[2] == UInt8(ascii: ",") {
            position &+= 3
            return false
        }
        return nil
    }

    mutating func skipLineEnd() {
        if position < end, base[position] == UInt8(ascii: "\n"), base[position - 1] == UInt8(ascii: "\r") {
            position += 1
        }
    }
}
