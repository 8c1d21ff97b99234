/// Vietnamese place names compared as docs/spec/geography-v1.md §3.2 says: only a real difference counts.
extension CommuneRegister {
    /// Whether `a` and `b` name the same place: equal after Unicode normalisation, case folding,
    /// the unit-type word removed and the tone mark's placement ignored (`nameKey`).
    /// The same bytes give the same key: most files spell their commune as the register does, and
    /// making both keys (decomposition, tone marks) cost about 190,000 instructions a file (#30).
    package static func namesMatch(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8) || nameKey(a) == nameKey(b)
    }

    /// The key that two names share exactly when they match:
    ///
    /// 1. canonical decomposition (NFD) of the lower-cased name, so NFC and NFD input agree and
    ///    `Đ`/`đ`, `Ỷ`/`ỷ` fold;
    /// 2. per syllable (a run of letters and marks), the tone mark (grave, acute, hook above,
    ///    tilde, dot below) is taken off its vowel and written at the syllable's end: Vietnamese
    ///    has one tone per syllable and its place on the vowel is spelling only, so the old style
    ///    (`Hóa`, `Thủy`, `Hòa`, `Khỏe`) and the new (`Hoá`, `Thuỷ`, `Hoà`, `Khoẻ`) give one key,
    ///    for oa, oe, uy, uơ and every other cluster alike; the other marks (circumflex, breve,
    ///    horn) stay on their letter, they make different letters;
    /// 3. runs of white space become one space, none at either end;
    /// 4. a leading unit-type word is removed: Xã, Phường, Thị trấn, Đặc khu, Thành phố, Thị xã,
    ///    Huyện, Quận, Tỉnh (only when a name follows it).
    package static func nameKey(_ name: String) -> String {
        let key = toneKey(name).unicodeScalars
        for unit in unitWordKeys where key.count > unit.count && key.starts(with: unit) {
            return String(String.UnicodeScalarView(key.dropFirst(unit.count)))
        }
        return String(key)
    }

    /// The unit-type words as keys, each followed by the space that separates it from the name.
    private static let unitWordKeys: [[Unicode.Scalar]] = [
        "Thị trấn", "Thị xã", "Thành phố", "Đặc khu", "Xã", "Phường", "Huyện", "Quận", "Tỉnh",
    ].map { Array((toneKey($0) + " ").unicodeScalars) }

    /// Steps 1 to 3 of `nameKey`.
    private static func toneKey(_ name: String) -> String {
        let decomposed = CanonicalDecomposition.nfd(name.lowercased())
        var key = String.UnicodeScalarView()
        var tones = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if isToneMark(scalar) {
                tones.append(scalar)
                continue
            }
            let inSyllable = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            if inSyllable {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(scalar)
                continue
            }
            key.append(contentsOf: tones)
            tones.removeAll()
            if scalar.properties.isWhitespace {
                pendingSpace = !key.isEmpty
            } else {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(scalar)
            }
        }
        key.append(contentsOf: tones)
        return String(key)
    }

    /// The five tone marks of Vietnamese as combining characters.
    private static func isToneMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: return true
        default: return false
        }
    }
}
