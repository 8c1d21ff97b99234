/// A set of byte strings that gives each distinct string a small index, without a `String` or a
/// heap allocation per lookup: resident ids, child ids and ethnic groups are compared as the bytes
/// libxml2 hands over.
///
/// Keys that come in strictly increasing order (by length, then bytes), as an export's resident
/// and child ids mostly do, are only appended: a key greater than the last cannot be any earlier
/// one, so no hash is made and no slot is read. The slots are built the first time a key comes
/// out of that order, and from then on every key is hashed. A probe of the slots is a read at a
/// random place of a table larger than the first-level cache; on a province's residents it was
/// the most expensive instruction of the reader in wall time (#30).
///
/// - Complexity: insert is O(length) (expected, once hashed); the hash is seeded per process, so
///   a crafted file cannot force collisions. Building the slots is O(total length), once.
///   `index(of:)` is O(length × log count) while the keys are in order, O(length) expected after.
struct ByteStringTable: ~Copyable {
    /// The entries' bytes end to end, in storage of its own: appending a key of a few bytes to an
    /// `[UInt8]` goes through the generic `append(contentsOf:)` (about 100 instructions per
    /// resident id); here it is a capacity check and a copy.
    ///
    /// The table is not copyable, so its storage is only ever its own: the arena, the offsets and
    /// the slots are plain allocations, with no uniqueness check per insert (three per new id with
    /// arrays, #30).
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0
    private var arenaCapacity = 256
    /// For entry i: its bytes are arena[offsets[i] ..< offsets[i + 1]]; `count + 1` of them.
    private var offsets: UnsafeMutablePointer<Int>
    private var offsetsCapacity = 64
    /// Open addressing, linear probing. A slot holds the upper half of its entry's hash beside the
    /// entry's index + 1 (0 is empty), so probing past other entries never touches `offsets` or
    /// the arena: one cache line per lookup in the common case. A power of two of them.
    /// Nil while every key came in order: the slots are built when one does not.
    private var slots: UnsafeMutablePointer<UInt64>?
    private var slotCount = 64

    private static let processSeed: UInt64 = UInt64.random(in: 1...UInt64.max)
    /// The process's seed, copied so that hashing does not go through the global's lazy
    /// initialiser on every key.
    private let seed = ByteStringTable.processSeed

    private(set) var count = 0
    /// The entry `insertRepeating` returned last, or -1.
    private var lastRepeated = -1

    init() {
        arena = .allocate(capacity: 256)
        offsets = .allocate(capacity: 64)
        offsets.initialize(to: 0)
    }

    deinit {
        arena.deallocate()
        offsets.deallocate()
        slots?.deallocate()
    }

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

    /// Room for `count` entries without growing: the offsets, and the slots once they are built.
    mutating func reserve(_ count: Int) {
        if count + 1 > offsetsCapacity { growOffsets(to: count + 1) }
        var capacity = slotCount
        while count * 2 > capacity { capacity *= 2 }
        if capacity > slotCount {
            if slots == nil { slotCount = capacity } else { rehash(capacity: capacity) }
        }
    }

    /// The index of `key`, or nil when it was never inserted.
    func index(of key: ByteView) -> Int? { key.withBuffer { index(of: $0) } }

    @inline(__always)
    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        if slots == nil {
            // In order so far: compared with the last key only.
            let order = count == 0 ? 1 : Self.compare(key, bytes(count - 1))
            if order > 0 { return (append(key), true) }
            if order == 0 { return (count - 1, false) }
        }
        return insertHashed(key)
    }

    /// The hashed path of `insert`, out of line so that the path of keys in order inlines; builds
    /// the slots when the keys were in order until now.
    @inline(never)
    private mutating func insertHashed(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        if slots == nil { buildSlots() }
        let slots = self.slots.unsafelyUnwrapped
        let hash = hash(key)
        let slot = slotOf(key, hash: hash, in: slots)
        if let entry = entry(in: slot, of: slots) { return (entry, false) }
        let index = append(key)
        slots[slot] = (hash & Self.tagMask) | UInt64(index + 1)
        if (index + 1) * 2 > slotCount { rehash(capacity: slotCount * 2) }
        return (index, true)
    }

    /// Adds `key` as the next entry, its bytes at the end of the arena; returns its index.
    @inline(__always)
    private mutating func append(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let index = count
        if let source = key.baseAddress, !key.isEmpty {
            if arenaCount + key.count > arenaCapacity {
                (arena, arenaCapacity) = grownByteStorage(
                    arena, count: arenaCount, capacity: arenaCapacity,
                    needed: arenaCount + key.count)
            }
            Self.copy(source, to: arena + arenaCount, count: key.count)
            arenaCount += key.count
        }
        if index + 2 > offsetsCapacity { growOffsets(to: index + 2) }
        offsets[index + 1] = arenaCount
        count = index + 1
        return index
    }

    /// Copies `count` bytes; a key of 8 to 16 bytes (an id) in two words rather than a call.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        guard count >= 8 && count <= 16 else {
            destination.initialize(from: source, count: count)
            return
        }
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
        let head = from.loadUnaligned(as: UInt64.self)
        let tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        to.storeBytes(of: head, as: UInt64.self)
        to.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
    }

    /// The slots of every entry so far, for the first key out of order: from then on the table
    /// hashes.
    @inline(never)
    private mutating func buildSlots() {
        var capacity = slotCount
        while (count + 1) * 2 > capacity { capacity *= 2 }
        rehash(capacity: capacity)
    }

    /// The order the keys are first taken in: by length, then by bytes (as big-endian words).
    /// Any total order would do; this one costs a comparison of lengths and a few words.
    /// - Returns: a positive number when `key` comes after `other`, 0 when they are equal.
    @inline(__always)
    private static func compare(_ key: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Int {
        let length = key.count
        if length != other.count { return length > other.count ? 1 : -1 }
        guard length > 0, let a = key.baseAddress.map(UnsafeRawPointer.init),
            let b = other.baseAddress.map(UnsafeRawPointer.init)
        else { return 0 }
        if length >= 8 {
            // Whole words, then the last eight bytes (overlapping the words already equal).
            var offset = 0
            while true {
                let x = a.loadUnaligned(fromByteOffset: offset, as: UInt64.self).bigEndian
                let y = b.loadUnaligned(fromByteOffset: offset, as: UInt64.self).bigEndian
                if x != y { return x > y ? 1 : -1 }
                if offset == length - 8 { return 0 }
                offset = min(offset + 8, length - 8)
            }
        }
        if length >= 4 {
            // The first four bytes, then the last four (overlapping them), as one number each.
            let x =
                UInt64(a.loadUnaligned(as: UInt32.self).bigEndian) << 32
                | UInt64(a.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self).bigEndian)
            let y =
                UInt64(b.loadUnaligned(as: UInt32.self).bigEndian) << 32
                | UInt64(b.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self).bigEndian)
            return x == y ? 0 : x > y ? 1 : -1
        }
        for index in 0..<length where key[index] != other[index] { return key[index] > other[index] ? 1 : -1 }
        return 0
    }

    /// Room for `needed` offsets (entries + 1), doubling.
    private mutating func growOffsets(to needed: Int) {
        var capacity = offsetsCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        grown.moveInitialize(from: offsets, count: count + 1)
        offsets.deallocate()
        (offsets, offsetsCapacity) = (grown, capacity)
    }

    /// The bytes of entry `index`.
    @inline(__always)
    private func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena + offsets[index], count: offsets[index + 1] - offsets[index])
    }

    /// The index of `key`, or nil: by bisection while the keys are in order.
    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        if let slots { return entry(in: slotOf(key, hash: hash(key), in: slots), of: slots) }
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            let order = Self.compare(key, bytes(middle))
            if order == 0 { return middle }
            if order > 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The entry a slot holds, or nil when it is empty.
    @inline(__always)
    private func entry(in slot: Int, of slots: UnsafeMutablePointer<UInt64>) -> Int? {
        let stored = slots[slot]
        return stored == 0 ? nil : Int(stored & 0xFFFF_FFFF) - 1
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// Probes from the key's home slot: the slot that holds `key`, or the empty slot where it
    /// would go.
    @inline(__always)
    private func slotOf(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, in slots: UnsafeMutablePointer<UInt64>) -> Int {
        let tag = hash & Self.tagMask
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return slot }
            if stored & Self.tagMask == tag, equals(Int(stored & 0xFFFF_FFFF) - 1, key) { return slot }
            slot = (slot + 1) & mask
        }
    }

    func string(at index: Int) -> String {
        String(decoding: bytes(index), as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[entry]
        guard offsets[entry + 1] - start == key.count else { return false }
        return Self.compare(key, UnsafeBufferPointer(start: arena + start, count: key.count)) == 0
    }

    private mutating func rehash(capacity: Int) {
        let newSlots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        newSlots.initialize(repeating: 0, count: capacity)
        let mask = capacity - 1
        // The hashes are not kept (one array less to append to per entry): made again from the
        // bytes, a few times per table at most once it is sized from a declared count.
        for entry in 0..<count {
            let entryHash = hash(bytes(entry))
            var slot = Int(truncatingIfNeeded: entryHash) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = (entryHash & Self.tagMask) | UInt64(entry + 1)
        }
        slots?.deallocate()
        (slots, slotCount) = (newSlots, capacity)
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
