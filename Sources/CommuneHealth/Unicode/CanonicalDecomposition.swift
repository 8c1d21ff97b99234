/// Unicode canonical decomposition (Normalization Form D; docs/geography.md, names), without
/// Foundation: every scalar is replaced by its full canonical decomposition (the mappings of
/// Resources/canonical-decompositions.txt applied again, recursively, to their parts; the Hangul
/// syllables decomposed by the Unicode algorithm), then every run of combining marks is put in
/// canonical order, a stable sort by `canonicalCombiningClass`.
///
/// The mappings are those of the Unicode version in the resource's first line; scalars assigned
/// later are left as they are (the tests compare with Foundation's NFD where both know the scalar).
package enum CanonicalDecomposition {
    /// `text` in Normalization Form D.
    package static func nfd(_ text: String) -> String {
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

    /// Appends the full decomposition of `scalar`: its mapping, each part decomposed again.
    private static func append(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value < 0xC0 {
            scalars.append(scalar)
        } else if value >= Hangul.firstSyllable, value < Hangul.firstSyllable + Hangul.syllableCount {
            Hangul.decompose(value, into: &scalars)
        } else if let parts = mappings.mapping(of: value) {
            for part in parts { append(Unicode.Scalar(part)!, to: &scalars) }
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

    /// The one-level mappings of the resource, read once (a few hundred thousand instructions:
    /// three flat arrays, no allocation per mapping).
    private static let mappings: Table = {
        guard let table = Table(EmbeddedResource.canonicalDecompositions.bytes) else {
            fatalError("the resource canonical-decompositions.txt is damaged")
        }
        return table
    }()

    /// The resource's lines `CODEPOINT PART...` (hexadecimal; `#` lines are comments), in the
    /// file's order, which is by code point: a mapping is found by binary search.
    struct Table: Sendable {
        /// The code points that have a mapping, ascending.
        private(set) var codes: [UInt32] = []
        /// The mapping of `codes[i]` is `parts[ends[i - 1]..<ends[i]]` (from 0 for the first).
        private var ends: [Int32] = []
        private var parts: [UInt32] = []

        /// Nil unless every line that holds a field is a code point and at least one part, each a
        /// Unicode scalar in at most six upper-case hexadecimal digits, separated by spaces, the
        /// code points ascending, and the last line ended; `#` starts a comment to the line's end
        /// (#26: any other byte, a line without parts or out of order, used to stop the program
        /// here; a seventh digit shifted the first out).
        init?(_ bytes: UnsafeRawBufferPointer) {
            var value: UInt32 = 0, digits = 0, fields = 0, comment = false
            func endField() -> Bool {
                guard digits > 0 else { return true }
                guard Unicode.Scalar(value) != nil else { return false }
                if fields == 0 { codes.append(value) } else { parts.append(value) }
                fields += 1
                (value, digits) = (0, 0)
                return true
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\n"):
                    guard endField() else { return nil }
                    if fields > 0 {
                        guard fields >= 2, codes.count < 2 || codes[codes.count - 2] < codes[codes.count - 1] else { return nil }
                        ends.append(Int32(parts.count))
                    }
                    (fields, comment) = (0, false)
                case _ where comment:
                    continue
                case UInt8(ascii: "#"):
                    comment = true
                case UInt8(ascii: " "):
                    guard endField() else { return nil }
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"):
                    guard digits < 6 else { return nil }
                    let digit = byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "A") + 10
                    (value, digits) = (value << 4 | UInt32(digit), digits + 1)
                default:
                    return nil
                }
            }
            guard digits == 0, fields == 0 else { return nil }
        }

        /// The one-level mapping of `code`, if it has one.
        func mapping(of code: UInt32) -> ArraySlice<UInt32>? {
            var low = 0, high = codes.count
            while low < high {
                let middle = (low + high) / 2
                if codes[middle] < code { low = middle + 1 } else { high = middle }
            }
            guard low < codes.count, codes[low] == code else { return nil }
            return parts[Int(low == 0 ? 0 : ends[low - 1])..<Int(ends[low])]
        }
    }

    /// The algorithmic decomposition of the precomposed Hangul syllables: leading consonant, vowel,
    /// and trailing consonant unless there is none, from the syllable's index.
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
