import Foundation
import Testing
@testable import CommuneHealth

/// The library's NFD (CanonicalDecomposition.swift, no Foundation) against Foundation's
/// `decomposedStringWithCanonicalMapping`.
@Suite struct CanonicalDecompositionTests {
    /// The Unicode version of Resources/canonical-decompositions.txt (its first line).
    static let dataVersion = (major: 14, minor: 0)

    /// Whether the resource's Unicode version knows `scalar`. A scalar assigned later (or not yet,
    /// as far as the standard library knows) is skipped: there the resource, the standard library
    /// and Foundation may each follow a different Unicode version.
    static func known(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return (age.major, age.minor) <= dataVersion
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    func expectSameAsFoundation(_ range: ClosedRange<UInt32>) {
        var compared = 0
        var differences: [String] = []
        for value in range {
            guard let scalar = Unicode.Scalar(value), Self.known(scalar) else { continue }
            let text = String(Character(scalar))
            let ours = Self.scalars(CanonicalDecomposition.nfd(text))
            let foundation = Self.scalars(text.decomposedStringWithCanonicalMapping)
            compared += 1
            if ours != foundation, differences.count < 20 {
                differences.append(String(value, radix: 16, uppercase: true) + ": \(ours) vs \(foundation)")
            }
        }
        #expect(differences == [])
        #expect(compared > 0)
    }

    @Test func everyScalarUpToU2FFFDecomposesAsInFoundation() {
        expectSameAsFoundation(0x0000...0x2FFF)
    }

    @Test func latinExtendedAdditionalDecomposesAsInFoundation() {
        // Vietnamese letters with a tone mark: U+1EA0-U+1EF9.
        expectSameAsFoundation(0x1E00...0x1EFF)
    }

    @Test func theRestOfTheBMPAndPlanesOneAndTwoDecomposeAsInFoundation() {
        // Hangul syllables, CJK compatibility ideographs, the musical symbols of U+1D15E-U+1D1C0
        // and the CJK compatibility supplement of U+2F800-U+2FA1D among them.
        expectSameAsFoundation(0x3000...0x2FFFF)
    }

    @Test func marksInEitherOrderGiveTheSameCanonicalOrder() {
        let below = CanonicalDecomposition.nfd("e\u{0323}\u{0302}")
        let above = CanonicalDecomposition.nfd("e\u{0302}\u{0323}")
        #expect(Self.scalars(below) == [0x65, 0x323, 0x302])
        #expect(Self.scalars(above) == [0x65, 0x323, 0x302])
        #expect(Self.scalars(CanonicalDecomposition.nfd("ệ")) == [0x65, 0x323, 0x302])
        // Two marks of the same class keep their order (a stable sort).
        #expect(Self.scalars(CanonicalDecomposition.nfd("a\u{0301}\u{0300}")) == [0x61, 0x301, 0x300])
        #expect(Self.scalars(CanonicalDecomposition.nfd("a\u{0300}\u{0301}")) == [0x61, 0x300, 0x301])
    }

    @Test func vietnameseNamesAgreeWithFoundationInNFCAndNFD() {
        let names = [
            "Hoà", "Hòa", "Hoà Bình", "Xã Hồng Thái", "Phường Phan Thiết", "Tuyên Quang", "Đặc khu Côn Đảo",
            "Thị trấn Vĩnh Lộc", "Huyện Lâm Bình", "Xã Thượng Lâm", "Ỷ La", "Nghĩa Thuận", "Quản Bạ",
            "Xã Yên Nguyên", "Phường Ỷ La", "ĐỒNG VĂN", "Mường Khương",
        ]
        for name in names {
            let nfd = name.decomposedStringWithCanonicalMapping
            let nfc = name.precomposedStringWithCanonicalMapping
            #expect(Self.scalars(CanonicalDecomposition.nfd(nfc)) == Self.scalars(nfd), "\(name)")
            #expect(Self.scalars(CanonicalDecomposition.nfd(nfd)) == Self.scalars(nfd), "\(name)")
            #expect(Self.scalars(CanonicalDecomposition.nfd(name)) == Self.scalars(nfd), "\(name)")
        }
        #expect(CanonicalDecomposition.nfd("Hoà").unicodeScalars.elementsEqual(CanonicalDecomposition.nfd("Hoa\u{0300}").unicodeScalars))
        #expect(CommuneRegister.namesMatch("Hoà", "Hòa"))
    }

    @Test func marksInRandomOrderAgreeWithFoundation() {
        // Bases (precomposed or not) followed by marks of several classes in any order.
        let bases: [Unicode.Scalar] = ["a", "e", "o", "u", "ơ", "ư", "â", "ệ", "Ạ", "ṩ", "\u{1100}", "한", "Å"]
        let marks: [Unicode.Scalar] = [
            "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}", "\u{0302}", "\u{031B}",
            "\u{0306}", "\u{0327}", "\u{0345}", "\u{05B0}", "\u{0F71}", "\u{0F72}", "\u{1DCE}",
        ]
        var random = SplitMix(state: 0x5EED)
        var differences: [String] = []
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                text.append(bases.randomElement(using: &random)!)
                for _ in 0..<Int.random(in: 0...4, using: &random) { text.append(marks.randomElement(using: &random)!) }
            }
            let string = String(text)
            let ours = Self.scalars(CanonicalDecomposition.nfd(string))
            let foundation = Self.scalars(string.decomposedStringWithCanonicalMapping)
            if ours != foundation, differences.count < 10 { differences.append("\(Self.scalars(string)): \(ours) vs \(foundation)") }
        }
        #expect(differences == [])
    }

    @Test func aDecomposedStarterIsOrderedWithTheMarksAfterIt() {
        // U+0F73 (class 0) decomposes to U+0F71 U+0F72 (classes 129, 130), which then go before a
        // following U+0327 (class 202), as canonical ordering and Python's unicodedata put them. Foundation
        // leaves them after it, so U+0F73 is not among the bases of the random strings above.
        #expect(Self.scalars(CanonicalDecomposition.nfd("a\u{0F73}\u{0327}")) == [0x61, 0xF71, 0xF72, 0x327])
    }

    @Test func theResourceParsesToEveryMappingOfItsLines() throws {
        let table = try #require(CanonicalDecomposition.Table(EmbeddedResource.canonicalDecompositions.bytes))
        #expect(table.codes.count == 2_061)
        #expect(table.mapping(of: 0x00C0).map(Array.init) == [0x0041, 0x0300])
        #expect(table.mapping(of: 0x1EC7).map(Array.init) == [0x1EB9, 0x0302])
        #expect(table.mapping(of: 0x0041) == nil)
        #expect(table.mapping(of: 0xAC00) == nil)  // Hangul: algorithmic
        #expect(table.mapping(of: 0x2FA1D).map(Array.init) == [0x2A600])  // the last line
    }

    /// A damaged table is refused, not a stop of the program (#26); a good one is read.
    @Test(arguments: [
        ("00C0 0041 0300\n", true),
        ("# comment\n00C0 0041 0300 # inline\n\n00C1 0041 0301\n", true),
        ("00C0 0041 0300", false),  // the last line not ended
        ("00C0\n", false),  // no part
        ("00C1 0041\n00C0 0041\n", false),  // out of order
        ("00C0 0041 0300\n00C0 0041\n", false),  // twice
        ("00c0 0041\n", false),  // lower case
        ("00C0 0041\t0300\n", false),  // a tab
        ("1000041 0041\n", false),  // seven digits
        ("00C0 110000\n", false),  // beyond Unicode
        ("00C0 D800\n", false),  // a surrogate
    ])
    func aTableIsReadOrRefused(text: String, isRead: Bool) {
        let bytes = Array(text.utf8)
        let table = bytes.withUnsafeBytes { CanonicalDecomposition.Table($0) }
        #expect((table != nil) == isRead)
    }
}

/// A seeded generator, so that a failure of the random strings can be replayed.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
