/// Unicode canonical decomposition (Normalization Form D, Unicode Standard Annex #15), without
/// Foundation: every scalar is replaced by its full canonical decomposition (the mappings of
/// Resources/canonical-decompositions.txt applied again to their own parts, and the Hangul
/// syllables decomposed by the Unicode algorithm), then every run of combining marks is put in
/// canonical order, a stable sort by `canonicalCombiningClass`.
///
/// The mappings are those of the Unicode version in the resource's first line; scalars assigned
/// later are left as they are (the tests compare with Foundation's NFD where both know the scalar).
enum CanonicalDecomposition {
    /// `text` in Normalization Form D.
    static func nfd(_ text: String) -> String {
        // In ASCII no scalar decomposes and every combining class is 0.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars { append(scalar, to: &scalars) }
        putInCanonicalOrder(&scalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Appends the full decomposition of `scalar`.
    private static func append(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value < 0xC0 {
            scalars.append(scalar)
        } else if value >= Hangul.firstSyllable, value < Hangul.firstSyllable + Hangul.syllableCount {
            Hangul.decompose(value, into: &scalars)
        } else if let parts = mappings[value] {
            scalars.append(contentsOf: parts)
        } else {
            scalars.append(scalar)
        }
    }

    /// Canonical ordering: within each run of scalars of non-zero combining class, a stable sort
    /// by class (insertion sort: the runs are a few marks long).
    private static func putInCanonicalOrder(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.count > 1 else { return }
        for index in 1..<scalars.count {
            let scalar = scalars[index]
            let combiningClass = scalar.properties.canonicalCombiningClass.rawValue
            guard combiningClass != 0 else { continue }
            var position = index
            while position > 0 {
                let before = scalars[position - 1].properties.canonicalCombiningClass.rawValue
                guard before > combiningClass else { break }
                scalars[position] = scalars[position - 1]
                position -= 1
            }
            scalars[position] = scalar
        }
    }

    /// Scalar → its full canonical decomposition (not yet in canonical order), Hangul syllables
    /// aside; read once from the resource.
    private static let mappings: [UInt32: [Unicode.Scalar]] = {
        let oneLevel = parse(EmbeddedResource.canonicalDecompositions.bytes)
        var full: [UInt32: [Unicode.Scalar]] = [:]
        full.reserveCapacity(oneLevel.count)
        func expand(_ value: UInt32, into parts: inout [Unicode.Scalar]) {
            if let mapping = oneLevel[value] {
                for part in mapping { expand(part, into: &parts) }
            } else {
                parts.append(Unicode.Scalar(value)!)
            }
        }
        for value in oneLevel.keys {
            var parts: [Unicode.Scalar] = []
            expand(value, into: &parts)
            full[value] = parts
        }
        return full
    }()

    /// Reads the resource's lines `CODEPOINT PART...` (hexadecimal; `#` lines are comments).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [UInt32: [UInt32]] {
        var table: [UInt32: [UInt32]] = [:]
        var fields: [UInt32] = []
        var value: UInt32 = 0, digits = 0, comment = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"):
                if digits > 0 { fields.append(value) }
                if !comment, fields.count >= 2 { table[fields[0]] = Array(fields.dropFirst()) }
                fields.removeAll(keepingCapacity: true)
                (value, digits, comment) = (0, 0, false)
            case _ where comment:
                continue
            case UInt8(ascii: "#"):
                comment = true
            case UInt8(ascii: " "):
                if digits > 0 { fields.append(value) }
                (value, digits) = (0, 0)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                (value, digits) = (value << 4 | UInt32(byte - UInt8(ascii: "0")), digits + 1)
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                (value, digits) = (value << 4 | UInt32(byte - UInt8(ascii: "A") + 10), digits + 1)
            default:
                preconditionFailure("canonical-decompositions.txt: unexpected byte \(byte)")
            }
        }
        precondition(digits == 0 && fields.isEmpty, "canonical-decompositions.txt: the last line is not ended")
        return table
    }

    /// The algorithmic decomposition of the precomposed Hangul syllables (Unicode Standard §3.12).
    private enum Hangul {
        static let firstSyllable: UInt32 = 0xAC00
        static let firstLeading: UInt32 = 0x1100, firstVowel: UInt32 = 0x1161, firstTrailing: UInt32 = 0x11A7
        static let vowelCount: UInt32 = 21, trailingCount: UInt32 = 28
        static let syllableCount: UInt32 = 19 * 21 * 28

        static func decompose(_ value: UInt32, into scalars: inout [Unicode.Scalar]) {
            let index = value - firstSyllable
            let perLeading = vowelCount * trailingCount
            scalars.append(Unicode.Scalar(firstLeading + index / perLeading)!)
            scalars.append(Unicode.Scalar(firstVowel + (index % perLeading) / trailingCount)!)
            let trailing = index % trailingCount
            if trailing != 0 { scalars.append(Unicode.Scalar(firstTrailing + trailing)!) }
        }
    }
}
