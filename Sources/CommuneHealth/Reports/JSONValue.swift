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
    public func serialized(indent: Int = 0, jobs: Int = 1) -> String {
        // Written as UTF-8 bytes into one buffer of its own: appending to a String costs a check
        // of the string's form per append, and appending a few bytes to an [UInt8] goes through
        // the generic append(contentsOf:); a report is made of hundreds of thousands of appends.
        var output = JSONBytes(capacity: 1 << 16)
        defer { output.deallocate() }
        write(to: &output, indent: indent, jobs: jobs)
        return output.string()
    }

    /// With more than one job, the elements of a long array (the communes of a province, the
    /// units of a country) are written on their own threads and joined in order: the same bytes.
    private static let elementsWrittenApart = 32

    private func write(to output: inout JSONBytes, indent: Int, jobs: Int = 1) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.appendInteger(value)
        // `description`, not interpolation: interpolating asks the runtime which protocols Double
        // conforms to, a search of every conformance in the binary on first use.
        case .double(let value):
            if value.isFinite { output.append(value.description) } else { output.append("null") }
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            if values.isEmpty { output.append("[]"); return }
            output.append("[\n")
            let last = values.count - 1
            if jobs > 1 && values.count >= Self.elementsWrittenApart {
                let written = parallelMap(count: values.count, jobs: jobs) { values[$0].serialized(indent: indent + 2) }
                for index in written.indices {
                    output.spaces(indent + 2)
                    output.append(written[index])
                    if index == last { output.byte(UInt8(ascii: "\n")) } else { output.append(",\n") }
                }
                output.spaces(indent)
                output.byte(UInt8(ascii: "]"))
                return
            }
            for index in values.indices {
                output.spaces(indent + 2)
                values[index].write(to: &output, indent: indent + 2)
                if index == last { output.byte(UInt8(ascii: "\n")) } else { output.append(",\n") }
            }
            output.spaces(indent)
            output.byte(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.append("{\n")
            let last = members.count - 1
            for index in members.indices {
                output.spaces(indent + 2)
                Self.writeString(members[index].0, to: &output)
                output.append(": ")
                members[index].1.write(to: &output, indent: indent + 2, jobs: jobs)
                if index == last { output.byte(UInt8(ascii: "\n")) } else { output.append(",\n") }
            }
            output.spaces(indent)
            output.byte(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ value: String, to output: inout JSONBytes) {
        // Most strings (codes, names, dates) need no escape: checked and appended whole from
        // their UTF-8 storage (a loop over `utf8` would cost a generic step per byte).
        var contiguous = value
        let plain = contiguous.withUTF8 { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            output.byte(UInt8(ascii: "\""))
            output.append(bytes)
            output.byte(UInt8(ascii: "\""))
            return true
        }
        if plain { return }
        output.byte(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append("\\\"")
            case UInt8(ascii: "\\"): output.append("\\\\")
            case UInt8(ascii: "\n"): output.append("\\n")
            case UInt8(ascii: "\r"): output.append("\\r")
            case UInt8(ascii: "\t"): output.append("\\t")
            case _ where byte < 0x20:
                let hex = String(byte, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.byte(byte)
            }
        }
        output.byte(UInt8(ascii: "\""))
    }
}

/// The bytes of a JSON document being written: a capacity check and a copy per append.
private struct JSONBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    func deallocate() { base.deallocate() }

    func string() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        reserve(length)
        let source = text.utf8Start
        for index in 0..<length { base[count + index] = source[index] }
        count += length
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let source = bytes.baseAddress { (base + count).initialize(from: source, count: bytes.count) }
        count += bytes.count
    }

    @inline(__always)
    mutating func spaces(_ width: Int) {
        reserve(width)
        (base + count).initialize(repeating: UInt8(ascii: " "), count: width)
        count += width
    }

    mutating func appendInteger(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // The digits from the last, then reversed in place: no String per number.
        reserve(20)
        let start = count
        repeat {
            base[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var low = start, high = count - 1
        while low < high {
            let swap = base[low]
            base[low] = base[high]
            base[high] = swap
            low += 1
            high -= 1
        }
    }
}
