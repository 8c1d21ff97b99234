import Foundation

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
    static func parse(_ bytes: UnsafeRawBufferPointer, keyName: String, keyFractionDigits: Int,
                      keys: ClosedRange<Int>) -> (boys: [LMS], girls: [LMS])? {
        let count = keys.count
        let unset = LMS(l: .nan, m: .nan, s: .nan)
        var boys = [LMS](repeating: unset, count: count)
        var girls = boys
        var seenBoys = [Bool](repeating: false, count: count)
        var seenGirls = seenBoys
        var filled = 0
        let header = Array("sex\t\(keyName)\tL\tM\tS".utf8)

        let end = bytes.count
        var lineStart = 0
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            defer { lineStart = next }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            if bytes[lineStart] == UInt8(ascii: "s") {
                guard lineEnd - lineStart == header.count else { return nil }
                for k in 0..<header.count where bytes[lineStart + k] != header[k] { return nil }
                continue
            }

            // Sex, then a tab.
            guard lineEnd - lineStart >= 2, bytes[lineStart + 1] == UInt8(ascii: "\t") else { return nil }
            let male: Bool
            switch bytes[lineStart] {
            case UInt8(ascii: "M"): male = true
            case UInt8(ascii: "F"): male = false
            default: return nil
            }
            var cursor = lineStart + 2
            guard let key = readDecimal(bytes, &cursor, lineEnd), !key.negative,
                  key.fractionDigits == keyFractionDigits, keys.contains(key.mantissa),
                  let l = readDecimal(bytes, &cursor, lineEnd),
                  let m = readDecimal(bytes, &cursor, lineEnd),
                  let s = readDecimal(bytes, &cursor, lineEnd),
                  cursor == lineEnd + 1 else { return nil }
            let row = LMS(l: l.value, m: m.value, s: s.value)
            guard row.m > 0, row.s > 0 else { return nil }
            let index = key.mantissa - keys.lowerBound
            if male {
                guard !seenBoys[index] else { return nil }
                seenBoys[index] = true
                boys[index] = row
            } else {
                guard !seenGirls[index] else { return nil }
                seenGirls[index] = true
                girls[index] = row
            }
            filled += 1
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
    /// past that tab (or to `end + 1`). At least one digit on each side of a point; no exponent.
    static func readDecimal(_ bytes: UnsafeRawBufferPointer, _ cursor: inout Int, _ end: Int) -> Decimal? {
        var i = cursor
        var negative = false
        if i < end && bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var mantissa = 0
        var digits = 0
        var integerDigits = 0
        var fractionDigits = 0
        var sawPoint = false
        while i < end && bytes[i] != UInt8(ascii: "\t") {
            let byte = bytes[i]
            if byte == UInt8(ascii: ".") {
                guard !sawPoint, integerDigits > 0 else { return nil }
                sawPoint = true
            } else {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                mantissa = mantissa * 10 + Int(byte &- UInt8(ascii: "0"))
                // Leading zeros are not significant digits.
                if mantissa != 0 { digits += 1 }
                if sawPoint { fractionDigits += 1 } else { integerDigits += 1 }
                guard digits <= maximumDigits, fractionDigits <= maximumDigits else { return nil }
            }
            i += 1
        }
        guard integerDigits > 0, !sawPoint || fractionDigits > 0 else { return nil }
        cursor = i + 1
        return Decimal(negative: negative, mantissa: mantissa, fractionDigits: fractionDigits)
    }

    /// The bytes of a resource of this module, e.g. `who2006-wfa-daily.tsv`.
    static func resourceBytes(_ name: String) -> Data? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv") else { return nil }
        return try? Data(contentsOf: url)
    }
}
