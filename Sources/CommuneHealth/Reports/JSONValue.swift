/// A JSON document with object keys kept in the order they were written.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    static func optional(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
    static func optional(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }
    static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// Serializes with two-space indentation; doubles in their shortest round-tripping form.
    public func serialized(indent: Int = 0) -> String {
        // Written as UTF-8 bytes into one buffer: appending to a String costs a check of the
        // string's form per append, and a report is made of hundreds of thousands of appends.
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(to: &output, indent: indent)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append("null", to: &output)
        case .bool(let value): Self.append(value ? "true" : "false", to: &output)
        case .int(let value): Self.appendInteger(value, to: &output)
        // `description`, not interpolation: interpolating asks the runtime which protocols Double
        // conforms to, a search of every conformance in the binary on first use.
        case .double(let value):
            if value.isFinite { output.append(contentsOf: value.description.utf8) } else { Self.append("null", to: &output) }
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            if values.isEmpty { Self.append("[]", to: &output); return }
            Self.append("[\n", to: &output)
            for (index, value) in values.enumerated() {
                Self.spaces(indent + 2, to: &output)
                value.write(to: &output, indent: indent + 2)
                Self.append(index == values.count - 1 ? "\n" : ",\n", to: &output)
            }
            Self.spaces(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { Self.append("{}", to: &output); return }
            Self.append("{\n", to: &output)
            for (index, (key, value)) in members.enumerated() {
                Self.spaces(indent + 2, to: &output)
                Self.writeString(key, to: &output)
                Self.append(": ", to: &output)
                value.write(to: &output, indent: indent + 2)
                Self.append(index == members.count - 1 ? "\n" : ",\n", to: &output)
            }
            Self.spaces(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private static func append(_ text: StaticString, to output: inout [UInt8]) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    private static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // The digits from the last, then reversed in place: no String per number.
        let start = output.count
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }

    private static func spaces(_ count: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings (codes, names, dates) need no escape: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: value.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &output)
            case UInt8(ascii: "\\"): append("\\\\", to: &output)
            case UInt8(ascii: "\n"): append("\\n", to: &output)
            case UInt8(ascii: "\r"): append("\\r", to: &output)
            case UInt8(ascii: "\t"): append("\\t", to: &output)
            case _ where byte < 0x20:
                let hex = String(byte, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
