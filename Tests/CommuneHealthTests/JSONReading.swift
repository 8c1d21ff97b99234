@testable import CommuneHealth

/// The JSON report read back into a JSONValue, for the tests that compare it with other formats:
/// the report is written straight as bytes, with no tree of its own. Numbers with a fraction or
/// an exponent are doubles, the others integers, as the writer writes them; the document read
/// back must serialize to exactly the bytes read.
struct JSONReadingError: Error, CustomStringConvertible {
    var description: String
}

extension JSONReport {
    static func document(_ analysis: Analysis, language: Language = .en) throws -> JSONValue {
        try JSONValue.reading(render(analysis, language: language))
    }
}

extension DataQualityJSON {
    static func value(_ quality: DataQuality) throws -> JSONValue {
        var writer = JSONWriter()
        write(quality, to: &writer)
        return try JSONValue.reading(writer.string)
    }
}

extension JSONValue {
    /// `text`, one document and an optional final new line; throws unless it is written back the same.
    static func reading(_ text: String) throws -> JSONValue {
        var reader = JSONReader(bytes: Array(text.utf8))
        let value = try reader.value()
        reader.skipSpace()
        guard reader.atEnd else { throw JSONReadingError(description: "bytes after the document at \(reader.offset)") }
        guard value.serialized() == text || value.serialized() + "\n" == text else {
            throw JSONReadingError(description: "the document read back is not written back the same")
        }
        return value
    }
}

private struct JSONReader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    mutating func skipSpace() {
        while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
    }

    func fail(_ what: String) -> JSONReadingError { JSONReadingError(description: "\(what) at \(offset)") }

    mutating func expect(_ word: String) throws {
        let word = Array(word.utf8)
        guard offset + word.count <= bytes.count, Array(bytes[offset..<offset + word.count]) == word else {
            throw fail("expected \(String(decoding: word, as: UTF8.self))")
        }
        offset += word.count
    }

    mutating func value() throws -> JSONValue {
        skipSpace()
        guard offset < bytes.count else { throw fail("end of input") }
        switch bytes[offset] {
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "{"): return try object()
        default: return try number()
        }
    }

    mutating func array() throws -> JSONValue {
        try expect("[")
        var values: [JSONValue] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(values) }
        while true {
            values.append(try value())
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            try expect("]")
            return .array(values)
        }
    }

    mutating func object() throws -> JSONValue {
        try expect("{")
        var members: [(String, JSONValue)] = []
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members) }
        while true {
            skipSpace()
            let key = try string()
            skipSpace()
            try expect(":")
            members.append((key, try value()))
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    mutating func string() throws -> String {
        try expect("\"")
        var text: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else { text.append(byte); continue }
            guard offset < bytes.count else { break }
            let escaped = bytes[offset]
            offset += 1
            switch escaped {
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                guard offset + 4 <= bytes.count,
                    let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16),
                    let scalar = Unicode.Scalar(code)
                else { throw fail("bad \\u escape") }
                offset += 4
                text += Array(String(Character(scalar)).utf8)
            default: text.append(escaped)  // \" \\ \/
            }
        }
        throw fail("unterminated string")
    }

    mutating func number() throws -> JSONValue {
        let start = offset
        while offset < bytes.count, Array("+-0123456789.eE".utf8).contains(bytes[offset]) { offset += 1 }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if !text.contains(where: { ".eE".contains($0) }), let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw fail("bad number \(text)") }
        return .double(value)
    }
}
