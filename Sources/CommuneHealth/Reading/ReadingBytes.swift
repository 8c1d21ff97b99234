let knownElements: [StaticString] = [
    "healthStationExport", "commune", "period", "residents", "resident", "insuranceCard",
    "growthMonitoring", "measurement", "reportedSummary",
]

func isKnownElement(_ name: InternedName) -> Bool {
    knownElements.contains { name.equals($0) }
}

func string(_ name: InternedName) -> String { name.string }

/// An attribute value as text. Without entity substitution (which stays off for safety) libxml2
/// hands over a `&` that was written `&amp;` or `&#38;` as the five bytes `&#38;`; a raw `&`
/// cannot occur in a well-formed value, so every `&` seen here starts that sequence.
func string(_ bytes: ByteView) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return bytes.string }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = 0
    let escape = Array("&#38;".utf8)
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "&"), index + escape.count <= bytes.count,
            escape.indices.allSatisfy({ bytes[index + $0] == escape[$0] })
        {
            decoded.append(UInt8(ascii: "&"))
            index += escape.count
        } else {
            decoded.append(bytes[index])
            index += 1
        }
    }
    return String(decoding: decoded, as: UTF8.self)
}

func isDigits(_ bytes: ByteView, count: Int) -> Bool {
    bytes.count == count && (0..<count).allSatisfy { bytes[$0] &- UInt8(ascii: "0") < 10 }
}

/// "1.0", "1.2", "1.10": any 1.x reads as 1.0.
func isVersionOne(_ bytes: ByteView) -> Bool {
    bytes.count >= 3 && bytes[0] == UInt8(ascii: "1") && bytes[1] == UInt8(ascii: ".")
        && (2..<bytes.count).allSatisfy { bytes[$0] &- UInt8(ascii: "0") < 10 }
}

func parseSex(_ bytes: ByteView) -> Sex? {
    guard bytes.count == 1 else { return nil }
    switch bytes[0] {
    case UInt8(ascii: "M"): return .male
    case UInt8(ascii: "F"): return .female
    default: return nil
    }
}

@inline(__always)
func parsePoverty(_ bytes: ByteView) -> PovertyStatus? {
    if matches(bytes, "poor") { return .poor }
    if matches(bytes, "near-poor") { return .nearPoor }
    if matches(bytes, "none") { return PovertyStatus.none }
    return nil
}

func parseBoolean(_ bytes: ByteView) -> Bool? {
    if matches(bytes, "true") || matches(bytes, "1") { return true }
    if matches(bytes, "false") || matches(bytes, "0") { return false }
    return nil
}

/// Whether a value is exactly `constant`.
@inline(__always)
func matches(_ value: ByteView, _ constant: StaticString) -> Bool { value.equals(constant) }

/// The tenths digit of a decimal as written: `86` → 0, `86.25` → 2; -1 for an empty value.
func tenthsDigit(_ value: ByteView) -> Int8 {
    guard !value.isEmpty else { return -1 }
    for index in 0..<value.count where value[index] == UInt8(ascii: ".") {
        guard index + 1 < value.count else { return 0 }
        let digit = value[index + 1] &- UInt8(ascii: "0")
        return digit < 10 ? Int8(digit) : -1
    }
    return 0
}
