/// A calendar day, stored as days since 1970-01-01 so that ages are plain subtraction.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let daysSinceEpoch: Int

    package init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// The day for a real calendar date, or nil for a day that does not exist (2024-02-30).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= 28 || day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        daysSinceEpoch = CalendarDate.days(fromCivil: year, month, day)
    }

    /// Parses `YYYY-MM-DD` exactly: no sign, no time, no zone, no spaces.
    init?(bytes: ByteView) {
        guard let fields = DateFields(bytes: bytes) else { return nil }
        self = fields.date
    }

    package init?(_ text: String) {
        var copy = text
        guard let date = copy.withUTF8({ CalendarDate(bytes: ByteView($0)) }) else { return nil }
        self = date
    }

    package static func - (lhs: CalendarDate, rhs: CalendarDate) -> Int { lhs.daysSinceEpoch - rhs.daysSinceEpoch }
    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    package func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    package var components: (year: Int, month: Int, day: Int) { CalendarDate.civil(fromDays: daysSinceEpoch) }

    package var description: String {
        let (y, m, d) = components
        guard (0...9999).contains(y) else { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
        // YYYY-MM-DD written into the String at once (the dates of invalid records, one String per
        // problem: five concatenations cost 2,700 instructions, #30).
        return String(unsafeUninitializedCapacity: 10) { text in
            CalendarDate.write(year: y, month: m, day: d, to: text.baseAddress!)
            return 10
        }
    }

    /// Writes `YYYY-MM-DD`, 10 bytes, at `text`, for a year of 0 to 9999: the one place a date's
    /// digits are written (`description` and JSON's dates).
    static func write(year: Int, month: Int, day: Int, to text: UnsafeMutablePointer<UInt8>) {
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10) }
        text[0] = digit(year / 1000)
        text[1] = digit(year / 100)
        text[2] = digit(year / 10)
        text[3] = digit(year)
        text[4] = UInt8(ascii: "-")
        text[5] = digit(month / 10)
        text[6] = digit(month)
        text[7] = UInt8(ascii: "-")
        text[8] = digit(day / 10)
        text[9] = digit(day)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A validated `YYYY-MM-DD` kept as its fields: enough to order dates and count birthdays
/// without converting to a day number, which only age in days needs.
///
/// Kept packed in one word (year << 9 | month << 5 | day), which orders like the dates: a
/// comparison is one instruction, and an optional date on the reader's path is 9 bytes, not 25.
struct DateFields: Comparable {
    /// year << 9 | month << 5 | day.
    let packed: Int

    var year: Int { packed >> 9 }
    var month: Int { (packed >> 5) & 0xF }
    var day: Int { packed & 0x1F }

    /// Three dates per resident and card: the ten bytes are read as two words, bytes 0-7
    /// (`YYYY-MM-`) and 2-9 (whose top two bytes are the day), checked and converted without a
    /// branch per byte.
    @inline(__always)
    init?(bytes: ByteView) {
        guard bytes.count == 10 else { return nil }
        let head = bytes.word(at: 0), day2 = bytes.word(at: 2) >> 48
        // Byte i of a word is in its bits 8i to 8i + 7: the dashes are bytes 4 and 7.
        guard head & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000,
            allASCIIDigits(head, mask: 0x00FF_FF00_FFFF_FFFF), allASCIIDigits(day2, mask: 0xFFFF)
        else { return nil }
        // For a digit, xor with 0x30 is its value; unlike a subtraction, it borrows nothing from
        // the next byte (the dashes are below 0x30).
        let d = head ^ 0x3030_3030_3030_3030, t = day2 ^ 0x3030
        // Pairs of digits at once: byte 2i of `pairs` is digit 2i times 10 plus digit 2i + 1.
        let pairs = (d &* 10 &+ (d >> 8)) & 0x00FF_00FF_00FF_00FF
        let year = Int(truncatingIfNeeded: pairs & 0xFF) &* 100 &+ Int(truncatingIfNeeded: (pairs >> 16) & 0xFF)
        let month = Int(truncatingIfNeeded: (d >> 40) & 0xFF) &* 10 &+ Int(truncatingIfNeeded: (d >> 48) & 0xFF)
        let day = Int(truncatingIfNeeded: t & 0xFF) &* 10 &+ Int(truncatingIfNeeded: t >> 8)
        guard year >= 1, (1...12).contains(month),
            day >= 1, day <= 28 || day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        packed = year << 9 | month << 5 | day
    }

    init(_ date: CalendarDate) {
        let (year, month, day) = date.components
        packed = year << 9 | month << 5 | day
    }

    var date: CalendarDate { CalendarDate(daysSinceEpoch: CalendarDate.days(fromCivil: year, month, day)) }

    static func < (lhs: DateFields, rhs: DateFields) -> Bool { lhs.packed < rhs.packed }
    static func == (lhs: DateFields, rhs: DateFields) -> Bool { lhs.packed == rhs.packed }

    /// Whole years from `self` (a birth date) to `date`, as people count birthdays: a birthday on
    /// 29 February comes on 1 March in common years. The one rule of age in years (FileFold).
    /// The month and day are the packed word's low 9 bits, ordered like (month, day).
    @inline(__always)
    func completedYears(to date: DateFields) -> Int {
        date.year - year - ((date.packed & 0x1FF) < (packed & 0x1FF) ? 1 : 0)
    }
}

/// An instant from `YYYY-MM-DDThh:mm:ss` with `Z` or `±hh:mm`, as seconds since 1970 UTC.
package struct Instant: Hashable, Comparable, Sendable {
    package let secondsSinceEpoch: Int

    init?(bytes: ByteView) {
        guard bytes.count == 20 || bytes.count == 25,
            let date = CalendarDate(bytes: bytes.prefix(10)),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hour = parseDigits(bytes, 11, 2), let minute = parseDigits(bytes, 14, 2),
            let second = parseDigits(bytes, 17, 2), hour < 24, minute < 60, second < 60
        else { return nil }
        var offset = 0
        if bytes.count == 20 {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            let sign = bytes[19]
            guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
                let oh = parseDigits(bytes, 20, 2), let om = parseDigits(bytes, 23, 2),
                oh <= 14, om < 60
            else { return nil }
            offset = (oh * 60 + om) * 60 * (sign == UInt8(ascii: "+") ? 1 : -1)
        }
        secondsSinceEpoch = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    package init?(_ text: String) {
        var copy = text
        guard let instant = copy.withUTF8({ Instant(bytes: ByteView($0)) }) else { return nil }
        self = instant
    }

    package static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}

/// Parses a decimal written as digits with an optional `.` and fraction: no sign, exponent or separator.
func parseDecimal(_ bytes: ByteView) -> Double? {
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var integerDigits = 0
    var fractionDigits = 0
    var seenPoint = false
    for index in 0..<bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: ".") {
            guard !seenPoint else { return nil }
            seenPoint = true
            continue
        }
        let digit = byte &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
        if mantissa == 0 && digit == 0 { continue }
        significantDigits += 1
        if significantDigits <= 19 { mantissa = mantissa * 10 + UInt64(digit) }
    }
    // "86." and ".5" are not decimals in the spec's sense: digits stand on both sides of a point.
    guard integerDigits > 0, !seenPoint || fractionDigits > 0 else { return nil }
    // Both operands are exact (below 2^53 and at most 10^15), so one correctly rounded division
    // gives the double nearest to the written decimal, as strtod would.
    if significantDigits <= 15 && fractionDigits <= 15 {
        return Double(mantissa) / powersOfTen[fractionDigits]
    }
    // A number too large for a double is no measurement anyone took: malformed, not infinite.
    guard let value = Double(bytes.string), value.isFinite else { return nil }
    return value
}

/// Parses a non-negative integer written as digits only.
func parseInteger(_ bytes: ByteView) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for index in 0..<bytes.count {
        let byte = bytes[index]
        guard byte &- UInt8(ascii: "0") < 10 else { return nil }
        value = value * 10 + Int(byte &- UInt8(ascii: "0"))
    }
    return value
}

/// Written out so that the compiler lays the array down statically, with no lazy initialiser
/// on the path that parses every height.
private let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]

/// Whether every byte of `word` under `mask` (0xFF for the bytes to test) is an ASCII digit: its
/// high nibble is 3, and adding 6 keeps it so (0x3A-0x3F would carry into the nibble). Only the
/// masked bytes take part, so no carry comes from the others. The one eight-byte digit check:
/// dates, card numbers (CardNumber.swift) and the register's codes (RegisterLoading.swift).
@inline(__always)
func allASCIIDigits(_ word: UInt64, mask: UInt64) -> Bool {
    let nibbles = 0xF0F0_F0F0_F0F0_F0F0 & mask, threes = 0x3030_3030_3030_3030 & mask
    let masked = word & mask
    return masked & nibbles == threes && (masked &+ (0x0606_0606_0606_0606 & mask)) & nibbles == threes
}

@inline(__always)
private func parseDigits(_ bytes: ByteView, _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for index in start..<(start + count) {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
    }
    return value
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
