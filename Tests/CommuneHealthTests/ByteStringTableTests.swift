import Testing
@testable import CommuneHealth

/// The byte-string table behind resident ids, child ids and ethnic groups.
@Suite struct ByteStringTableTests {
    @Test func everyDistinctKeyGetsTheNextIndexAndKeepsIt() {
        var table = ByteStringTable()
        let keys = (0..<100_000).map { "R\($0)" } + ["", "a", "Tày", "H'Mông", String(repeating: "x", count: 1_000)]
        for (expected, key) in keys.enumerated() {
            var copy = key
            let result = copy.withUTF8 { table.insert(ByteView($0)) }
            #expect(result.index == expected && result.inserted, "\(key)")
        }
        #expect(table.count == keys.count)
        for (expected, key) in keys.enumerated().reversed() where expected % 997 == 0 || expected >= 100_000 {
            var copy = key
            let again = copy.withUTF8 { table.insert(ByteView($0)) }
            #expect(again.index == expected && !again.inserted)
            #expect(copy.withUTF8 { table.index(of: ByteView($0)) } == expected)
            #expect(table.string(at: expected) == key)
        }
        var missing = "R100000"
        #expect(missing.withUTF8 { table.index(of: ByteView($0)) } == nil)
    }

    @Test func keysThatDifferOnlyInLengthOrOneByteStayApart() {
        var table = ByteStringTable()
        let keys = ["R0001", "R00010", "R0001\u{0}", "R0002", "r0001", "R0001 "]
        for key in keys {
            var copy = key
            #expect(copy.withUTF8 { table.insert(ByteView($0)) }.inserted, "\(key.debugDescription)")
        }
        #expect(table.count == keys.count)
    }
}
