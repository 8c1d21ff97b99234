import CommuneHealth

/// Appends the pieces of an export to a byte buffer without going through `String`.
struct XMLByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ fragment: [UInt8]) { bytes.append(contentsOf: fragment) }

    /// A non-negative integer in decimal.
    mutating func append(integer value: Int) { append(integer: value, width: 1) }

    /// A non-negative integer left-padded with zeros to `width` digits.
    mutating func append(integer value: Int, width: Int) {
        precondition(value >= 0)
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let count = max(digits, width)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        rest = value
        var index = start + count - 1
        while rest > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// `YYYY-MM-DD`.
    mutating func append(date: CalendarDate) {
        let (year, month, day) = date.components
        append(integer: year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        append(integer: month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        append(integer: day, width: 2)
    }

    /// A decimal with one fraction digit, from a count of tenths: 862 → `86.2`.
    mutating func append(tenths: Int) {
        append(integer: tenths / 10)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(tenths % 10))
    }
}

/// `text` with the characters that XML does not allow literally in a double-quoted attribute
/// value replaced by references (whitespace other than a space too, so it survives normalisation).
func xmlAttributeEscaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "\t": result += "&#9;"
        case "\n": result += "&#10;"
        case "\r": result += "&#13;"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// The UTF-8 bytes of `text`, for a fragment appended many times.
func utf8Bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
