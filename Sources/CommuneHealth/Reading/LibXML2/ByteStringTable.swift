/// A set of byte strings that gives each distinct string a small index, without a `String` or a
/// heap allocation per lookup: resident ids, child ids and ethnic groups are compared as the bytes
/// libxml2 hands over.
///
/// - Complexity: insert and lookup are O(length) expected; the hash is seeded per process, so a
///   crafted file cannot force collisions.
struct ByteStringTable {
    /// The entries' bytes end to end. Its own storage, not an `[UInt8]`: appending a key of a few
    /// bytes to an array goes through the generic `append(contentsOf:)` (about 100 instructions
    /// per resident id); here it is a capacity check and a copy. Copied on write.
    private var arena = ByteArena(capacity: 256)
    /// For entry i: its bytes are arena[offsets[i] ..< offsets[i + 1]].
    private var offsets: [Int] = [0]
    /// Open addressing, linear probing. A slot holds the upper half of its entry's hash beside the
    /// entry's index + 1 (0 is empty), so probing past other entries never touches `offsets` or
    /// the arena: one cache line per lookup in the common case.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)

    private static let processSeed: UInt64 = UInt64.random(in: 1...UInt64.max)
    /// The process's seed, copied so that hashing does not go through the global's lazy
    /// initialiser on every key.
    private let seed = ByteStringTable.processSeed

    var count: Int { offsets.count - 1 }
    /// The entry `insertRepeating` returned last, or -1.
    private var lastRepeated = -1

    /// The index of `key`, inserting it when new.
    @inline(__always)
    mutating func insert(_ key: ByteView) -> (index: Int, inserted: Bool) {
        key.withBuffer { insert($0) }
    }

    /// The index of `key`, inserting it when new, trying first the entry this method returned
    /// last: for values that mostly repeat from one record to the next (a commune's ethnic
    /// groups), a comparison of a few bytes instead of a hash and a probe.
    @inline(__always)
    mutating func insertRepeating(_ key: ByteView) -> Int {
        key.withBuffer { buffer in
            if lastRepeated >= 0 && equals(lastRepeated, buffer) { return lastRepeated }
            return insertNotRepeated(buffer)
        }
    }

    /// The slow path of `insertRepeating`, out of line so that its fast path inlines.
    @inline(never)
    private mutating func insertNotRepeated(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        lastRepeated = insert(key).index
        return lastRepeated
    }

    /// Room for `count` entries without growing: the slots and the offsets.
    mutating func reserve(_ count: Int) {
        offsets.reserveCapacity(count + 1)
        var capacity = slots.count
        while count * 2 > capacity { capacity *= 2 }
        if capacity > slots.count { rehash(capacity: capacity) }
    }

    /// The index of `key`, or nil when it was never inserted.
    func index(of key: ByteView) -> Int? { key.withBuffer { index(of: $0) } }

    @inline(__always)
    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let hash = hash(key)
        let slot = slotOf(key, hash: hash)
        if let entry = entry(in: slot) { return (entry, false) }
        let index = offsets.count - 1
        if !isKnownUniquelyReferenced(&arena) { arena = arena.copy() }
        arena.append(key)
        offsets.append(arena.count)
        slots[slot] = (hash & Self.tagMask) | UInt64(index + 1)
        if (index + 1) * 2 > slots.count { rehash(capacity: slots.count * 2) }
        return (index, true)
    }

    /// The index of `key`, or nil.
    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        entry(in: slotOf(key, hash: hash(key)))
    }

    /// The entry a slot holds, or nil when it is empty.
    @inline(__always)
    private func entry(in slot: Int) -> Int? {
        let stored = slots[slot]
        return stored == 0 ? nil : Int(stored & 0xFFFF_FFFF) - 1
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// Probes from the key's home slot: the slot that holds `key`, or the empty slot where it
    /// would go.
    @inline(__always)
    private func slotOf(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let tag = hash & Self.tagMask
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return slot }
            if stored & Self.tagMask == tag, equals(Int(stored & 0xFFFF_FFFF) - 1, key) { return slot }
            slot = (slot + 1) & mask
        }
    }

    func string(at index: Int) -> String {
        String(decoding: arena.bytes(offsets[index]..<offsets[index + 1]), as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[entry]
        guard offsets[entry + 1] - start == key.count else { return false }
        return key.isEmpty || memcmpBytes(arena.base + start, key.baseAddress!, key.count)
    }

    private mutating func rehash(capacity: Int) {
        var newSlots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        // The hashes are not kept (one array less to append to per entry): made again from the
        // bytes, a few times per table at most once it is sized from a declared count.
        for entry in 0..<count {
            let entryHash = hash(arena.bytes(offsets[entry]..<offsets[entry + 1]))
            var slot = Int(truncatingIfNeeded: entryHash) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = (entryHash & Self.tagMask) | UInt64(entry + 1)
        }
        slots = newSlots
    }

    /// Eight bytes at a time through a multiply-xorshift mix, finished so low bits are well spread.
    @inline(__always)
    private func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        // An empty key hashes alike with or without an address (a table rebuilt from its arena
        // may hand one over without).
        guard let base = key.baseAddress, !key.isEmpty else { return Self.finish(h, tail: 0) }
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= key.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            index += 8
        }
        // The last 0 to 7 bytes in at most two loads that stay inside the key: ids, codes and
        // ethnic groups are mostly this short, and a byte loop would cost a branch per byte.
        let rest = key.count - index
        let tail: UInt64
        if rest >= 4 {
            let low = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: key.count - 4, as: UInt32.self))
            tail = low | high << 32
        } else if rest > 0 {
            tail = UInt64(base[index]) | UInt64(base[index + rest / 2]) << 8 | UInt64(base[key.count - 1]) << 16
        } else {
            tail = 0
        }
        return Self.finish(h, tail: tail)
    }

    @inline(__always)
    private static func finish(_ state: UInt64, tail: UInt64) -> UInt64 {
        var h = (state ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }
}

@inline(__always)
private func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for index in 0..<count where a[index] != b[index] { return false }
    return true
}

/// The bytes of a `ByteStringTable`'s entries, end to end, in storage that doubles when full.
private final class ByteArena {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    func copy() -> ByteArena {
        let copy = ByteArena(capacity: capacity)
        copy.base.initialize(from: base, count: count)
        copy.count = count
        return copy
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    @inline(__always)
    func append(_ key: UnsafeBufferPointer<UInt8>) {
        guard let source = key.baseAddress, !key.isEmpty else { return }
        if count + key.count > capacity { grow(to: count + key.count) }
        (base + count).initialize(from: source, count: key.count)
        count += key.count
    }

    private func grow(to needed: Int) {
        (base, capacity) = grownByteStorage(base, count: count, capacity: capacity, needed: needed)
    }
}
