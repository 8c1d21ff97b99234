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

    /// Keys in increasing order are only appended (no slot is built); the first key out of order
    /// builds the slots, and an earlier key, not only the last, is then found again (#30).
    @Test(arguments: [6, 8, 9, 12, 16, 17, 40])
    func keysInOrderThenAnEarlierOneAreStillTold(width: Int) {
        var table = ByteStringTable()
        func key(_ number: Int) -> String {
            let digits = String(number)
            return "R" + String(repeating: "0", count: width - 1 - digits.count) + digits
        }
        func insert(_ key: String) -> (index: Int, inserted: Bool) {
            var copy = key
            return copy.withUTF8 { table.insert(ByteView($0)) }
        }
        func lookup(_ key: String) -> Int? {
            var copy = key
            return copy.withUTF8 { table.index(of: ByteView($0)) }
        }
        // Every other number, so that the numbers between are missing.
        for number in stride(from: 0, to: 2_000, by: 2) {
            #expect(insert(key(number)) == (number / 2, true))
        }
        #expect(insert(key(1_998)) == (999, false), "the last key again")
        // Looked up while in order: by bisection.
        #expect(lookup(key(0)) == 0)
        #expect(lookup(key(1_000)) == 500)
        #expect(lookup(key(1_998)) == 999)
        #expect(lookup(key(1_001)) == nil)
        #expect(lookup(key(2_000)) == nil)
        #expect(lookup(String(key(2).dropLast())) == nil, "a shorter key")
        // An earlier key: out of order, so the slots are built, and it is found.
        #expect(insert(key(1_000)) == (500, false))
        #expect(insert(key(1_001)) == (1_000, true), "a new key between two")
        #expect(insert(key(0)) == (0, false))
        #expect(insert(key(2_000)) == (1_001, true))
        #expect(lookup(key(1_001)) == 1_000)
        #expect(lookup(key(3)) == nil)
        #expect(table.count == 1_002)
        #expect(table.string(at: 500) == key(1_000))
    }

    /// A key equal to the last but one, or differing from the last only in its final byte (past
    /// the last whole word), is told apart while the keys are in order.
    @Test func keysInOrderAreComparedToTheirLastByte() {
        var table = ByteStringTable()
        func insert(_ key: String) -> (index: Int, inserted: Bool) {
            var copy = key
            return copy.withUTF8 { table.insert(ByteView($0)) }
        }
        #expect(insert("R0000000001") == (0, true))
        #expect(insert("R0000000002") == (1, true))
        #expect(insert("R0000000001") == (0, false), "smaller than the last: looked up")
        #expect(insert("R0000000003") == (2, true))
        #expect(insert("R000000003") == (3, true), "shorter")
        #expect(insert("R0000000002") == (1, false))
    }
}
