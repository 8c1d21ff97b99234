/// Reads the growth-standard TSV resources straight from their bytes.
///
/// A file is `#` comment lines, one header line `sex<TAB>KEY<TAB>L<TAB>M<TAB>S`, then one line per
/// sex and key: `M` or `F`, the key (a day `0`, `1`, ... or a length in cm with exactly one
/// decimal, `45.0`), then L, M and S as plain decimals (`-0.3521`, `2.441`, `0.09182`). Lines
/// end with LF or CRLF; empty lines are skipped.
///
/// Numbers are read digit by digit: a decimal of at most 15 significant digits is an integer
/// mantissa below 2^53 over a power of ten at most 10^15, both exact in a Double, so one IEEE
/// division gives the correctly rounded value, the same Double that `Double(String)` gives.
enum LMSTableParser {
    /// Parses `bytes` into one row of L, M, S per sex for every key of `keys`, in key units
    /// (days, or tenths of a cm when `keyFractionDigits` is 1).
    /// - Returns: nil on a malformed line, a key outside `keys`, a key given twice for one sex,
    ///   a key missing for either sex, M or S not above 0, or a header other than
    ///   `sex<TAB>keyName<TAB>L<TAB>M<TAB>S`.
    static func parse(
        _ bytes: UnsafeRawBufferPointer, keyName: String, keyFractionDigits: Int,
        keys: ClosedRange<Int>
    ) -> (boys: [LMS], girls: [LMS])? {
        let count = keys.count
        // An unset row has M = NaN; a set row has M > 0, so NaN also marks "not seen yet".
        let unset = LMS(l: .nan, m: .nan, s: .nan)
        var boys = [LMS](repeating: unset, count: count)
        var girls = boys
        let header = Array("sex\t\(keyName)\tL\tM\tS".utf8)
        guard let start = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let end = bytes.count

        let filled: Int? = boys.withUnsafeMutableBufferPointer { boys in
            girls.withUnsafeMutableBufferPointer { girls in
                var filled = 0
                var lineStart = 0
                while lineStart < end {
                    var lineEnd = end
                    if let newline = LibC.memchr(start + lineStart, 0x0A, end - lineStart) {
                        lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(start)
                    }
                    let next = lineEnd + 1
                    if lineEnd > lineStart && start[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                    defer { lineStart = next }
                    if lineEnd == lineStart || start[lineStart] == UInt8(ascii: "#") { continue }
                    if start[lineStart] == UInt8(ascii: "s") {
                        guard lineEnd - lineStart == header.count,
                            LibC.memcmp(start + lineStart, header, header.count) == 0
                        else { return nil }
                        continue
                    }

                    // Sex, then a tab.
                    guard lineEnd - lineStart >= 2, start[lineStart + 1] == UInt8(ascii: "\t") else { return nil }
                    let male: Bool
                    switch start[lineStart] {
                    case UInt8(ascii: "M"): male = true
                    case UInt8(ascii: "F"): male = false
                    default: return nil
                    }
                    var cursor = lineStart + 2
                    guard let key = readDecimal(start, &cursor, lineEnd), !key.negative,
                        key.fractionDigits == keyFractionDigits, keys.contains(key.mantissa),
                        let l = readDecimal(start, &cursor, lineEnd),
                        let m = readDecimal(start, &cursor, lineEnd),
                        let s = readDecimal(start, &cursor, lineEnd),
                        cursor == lineEnd + 1
                    else { return nil }
                    let row = LMS(l: l.value, m: m.value, s: s.value)
                    guard row.m > 0, row.s > 0 else { return nil }
                    let index = key.mantissa - keys.lowerBound
                    if male {
                        guard boys[index].m.isNaN else { return nil }
                        boys[index] = row
                    } else {
                        guard girls[index].m.isNaN else { return nil }
                        girls[index] = row
                    }
                    filled += 1
                }
                return filled
            }
        }
        guard filled == 2 * count else { return nil }
        return (boys, girls)
    }

    struct Decimal {
        var negative: Bool
        var mantissa: Int
        var fractionDigits: Int

        var value: Double {
            let magnitude = Double(mantissa) / LMSTableParser.powersOfTen[fractionDigits]
            return negative ? -magnitude : magnitude
        }
    }

    static let maximumDigits = 15
    static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// Reads `-?digits(.digits)?` from `cursor` up to the next tab or `end`, and moves `cursor`
    /// past that tab (or to `end + 1`). At least one digit on each side of a point; no exponent;
    /// at most 15 significant digits and 15 decimals.
    @inline(__always)
    static func readDecimal(_ bytes: UnsafePointer<UInt8>, _ cursor: inout Int, _ end: Int) -> Decimal? {
        var i = cursor
        var negative = false
        if i < end && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        // The digits are summed without checks; a run longer than 15 digits (which may still
        // hold at most 15 significant ones, after leading zeros) is counted again exactly.
        var mantissa = 0
        let integerStart = i
        while i < end {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            mantissa = mantissa &* 10 &+ Int(digit)
            i += 1
        }
        let integerEnd = i
        guard integerEnd > integerStart else { return nil }
        var fractionDigits = 0
        if i < end && bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < end {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                mantissa = mantissa &* 10 &+ Int(digit)
                i += 1
            }
            fractionDigits = i - fractionStart
            guard fractionDigits > 0 else { return nil }
        }
        guard fractionDigits <= maximumDigits, i == end || bytes[i] == UInt8(ascii: "\t") else { return nil }
        let written = integerEnd - integerStart + fractionDigits
        if written > maximumDigits {
            guard let exact = significantMantissa(bytes, integerStart, i) else { return nil }
            mantissa = exact
        }
        cursor = i + 1
        return Decimal(negative: negative, mantissa: mantissa, fractionDigits: fractionDigits)
    }

    /// The mantissa of the digits in `start..<end` (a point among them skipped), or nil when
    /// they hold more than 15 significant digits: the slow path of `readDecimal` for long runs.
    static func significantMantissa(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var mantissa = 0
        var digits = 0
        for index in start..<end where bytes[index] != UInt8(ascii: ".") {
            mantissa = mantissa * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            if mantissa != 0 { digits += 1 }
            guard digits <= maximumDigits else { return nil }
        }
        return mantissa
    }

    /// The bytes of a table of this module, e.g. `who2006-wfa-daily` (the `.tsv` compiled in).
    static func resourceBytes(_ name: String) -> UnsafeRawBufferPointer? {
        EmbeddedResource(fileName: name)?.bytes
    }
}
