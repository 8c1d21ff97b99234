// The same person in two places (docs/spec/cards-v1.md §5), with bounded memory.
//
// While a file is read, each insured resident adds one UInt64: its social-insurance number
// (10 digits, below 10^10 < 2^34) in the high 34 bits and its line in the low 30 bits. Sorting
// these sorts by number, then line. At the end of the file the collector sorts them (on the
// reading thread), reports numbers on two or more residents of the file, and keeps the sorted
// array: 8 bytes per insured resident. With a spill (as `analyze` runs), the array is written to
// it at once, laid out in 256 partitions by a hash of the number, and the file keeps where each
// partition starts (1 kB). After the parallel read, the numbers of each period's files are looked
// at together, a group of partitions at a time (about 2 million numbers: 16 MB), so that a
// national run holds a group, not every insured resident of the country; within a group, a block
// of about 16,384 numbers at a time, a bitmap of 2 bytes per number finds the candidates, and only
// numbers found in two or more files become records with places.

/// The packing of a social-insurance number and a line into one sortable UInt64.
enum InsuredNumberKey {
    static let lineBits: UInt64 = 30
    /// The largest line a key holds; a later line is recorded as this one.
    static let maxLine = (1 << 30) - 1
    /// Social-insurance numbers have 10 digits.
    static let numberLimit: UInt64 = 10_000_000_000

    @inline(__always)
    static func pack(number: UInt64, line: Int) -> UInt64 {
        number << lineBits | UInt64(min(max(line, 0), maxLine))
    }

    @inline(__always)
    static func number(_ key: UInt64) -> UInt64 { key >> lineBits }

    @inline(__always)
    static func line(_ key: UInt64) -> Int { Int(key & ((1 << lineBits) - 1)) }
}

/// Collects, while one file is read, the social-insurance number of each insured resident.
///
/// Not copyable, its keys in a plain allocation of its own: an append is a capacity check and a
/// store, with no uniqueness check (one per insured resident with an array, #30), and the radix
/// sort takes the allocation as its scratch rather than a copy.
package struct InsuredNumberCollector: ~Copyable {
    private var keys: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    package private(set) var count = 0

    package init(reservingCapacity capacity: Int = 0) {
        self.capacity = max(capacity, 16)
        keys = .allocate(capacity: self.capacity)
    }

    deinit { keys.deallocate() }

    /// Adds one insured resident: the number of the card that makes it insured (the first in
    /// document order) and the resident's line. Call it once per resident.
    @inline(__always)
    package mutating func append(number: UInt64, line: Int) {
        precondition(number < InsuredNumberKey.numberLimit, "a social-insurance number has 10 digits")
        if count == capacity { grow() }
        (keys + count).initialize(to: InsuredNumberKey.pack(number: number, line: line))
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: keys, count: count)
        keys.deallocate()
        (keys, capacity) = (grown, capacity * 2)
    }

    /// Sorts the numbers, keeps them in an array of exactly their size, and finds the numbers
    /// on two or more residents of this file.
    package consuming func sorted() -> (numbers: SortedInsuredNumbers, sameNumberInFile: [InFileDuplicate]) {
        let collected = UnsafeMutableBufferPointer(start: keys, count: count)
        var exact: [UInt64]
        if count > Self.radixSortThreshold {
            exact = Self.radixSorted(collected)
        } else {
            exact = Array(collected)
            exact.sort()
        }
        return (SortedInsuredNumbers(keys: exact), InFileDuplicate.find(in: exact))
    }

    /// Up to this many keys, the comparison sort.
    private static let radixSortThreshold = 256

    /// Sorts the keys by number, then line; a large array ends in a buffer of exactly its size.
    /// The keys come in line order (residents in document order), so a stable sort by the number
    /// alone sorts by both: a least-significant-digit radix sort over the number's 34 bits in
    /// three passes of 12, 11 and 11 bits, linear in the keys (Swift's comparison sort took a
    /// quarter of the card figures' time). Small files take the comparison sort.
    static func sortByNumber(_ keys: inout [UInt64]) {
        guard keys.count > radixSortThreshold else {
            keys.sort()
            return
        }
        // Taken out of `keys`, so that the passes write into uniquely held buffers.
        var source: [UInt64] = []
        swap(&source, &keys)
        keys = source.withUnsafeMutableBufferPointer { radixSorted($0) }
    }

    /// The keys of `first` (more than `radixSortThreshold`), sorted as `sortByNumber` says, in a new array of
    /// exactly their count; `first` is the sort's scratch and is left in no order.
    /// - Complexity: O(n), three passes of scattering and one of counting.
    static func radixSorted(_ first: UnsafeMutableBufferPointer<UInt64>) -> [UInt64] {
        let count = first.count
        // The target is left unzeroed (every slot is written by the first pass), and the three
        // passes' counts are made in one read of the keys. Shifts and masks are constants and
        // every buffer is opened once, so that the loops carry no bounds or uniqueness checks.
        var target = [UInt64](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        let low = InsuredNumberKey.lineBits, middle = low + 12, high = low + 23
        // Three tables of 4,096 counts, end to end.
        var counts = [Int](repeating: 0, count: 3 << 12)
        target.withUnsafeMutableBufferPointer { second in
            counts.withUnsafeMutableBufferPointer { counts in
                for key in first {
                    counts[Int(truncatingIfNeeded: key &>> low) & 0xFFF] &+= 1
                    counts[1 << 12 | Int(truncatingIfNeeded: key &>> middle) & 0x7FF] &+= 1
                    counts[2 << 12 | Int(truncatingIfNeeded: key &>> high) & 0x7FF] &+= 1
                }
                for pass in 0..<3 {
                    var total = 0
                    for digit in pass << 12..<(pass << 12) + (pass == 0 ? 1 << 12 : 1 << 11) {
                        let here = counts[digit]
                        counts[digit] = total
                        total &+= here
                    }
                }
                scatter(from: first, to: second, counts: counts, shift: low, mask: 0xFFF, offset: 0)
                scatter(from: second, to: first, counts: counts, shift: middle, mask: 0x7FF, offset: 1 << 12)
                scatter(from: first, to: second, counts: counts, shift: high, mask: 0x7FF, offset: 2 << 12)
            }
        }
        // Three passes: the result is in `target`, a buffer of exactly `count` keys.
        return target
    }

    /// One pass of the radix sort: each key of `from` to its digit's next place in `to`.
    @inline(__always)
    private static func scatter(
        from: UnsafeMutableBufferPointer<UInt64>, to: UnsafeMutableBufferPointer<UInt64>,
        counts: UnsafeMutableBufferPointer<Int>, shift: UInt64, mask: Int, offset: Int
    ) {
        for key in from {
            let digit = offset | Int(truncatingIfNeeded: key &>> shift) & mask
            to[counts[digit]] = key
            counts[digit] &+= 1
        }
    }
}

/// One file's social-insurance numbers with their lines, sorted: 8 bytes per insured resident, in
/// memory or in a spill.
package struct SortedInsuredNumbers: Sendable, Equatable {
    /// Packed as `InsuredNumberKey` says, ascending; empty once spilled.
    let keys: [UInt64]
    /// Where the numbers are when they were written to a spill.
    private(set) var spilled: SpilledNumbers?

    init(keys: [UInt64]) {
        self.keys = keys
        spilled = nil
    }

    package var count: Int { spilled.map { Int($0.starts[NumberPartitions.count]) } ?? keys.count }

    /// Writes the numbers to `spill`, laid out by partition (each partition still ascending), and
    /// keeps only where each partition starts. A failed write keeps them in memory.
    /// - Complexity: O(n) in the numbers, two passes and one copy.
    mutating func spill(to spill: ProblemSpill) {
        guard spilled == nil, !keys.isEmpty else { return }
        var starts = [UInt32](repeating: 0, count: NumberPartitions.count + 1)
        for key in keys { starts[NumberPartitions.of(InsuredNumberKey.number(key)) + 1] &+= 1 }
        for index in 1...NumberPartitions.count { starts[index] &+= starts[index - 1] }
        var next = starts.map(Int.init)
        let count = keys.count
        let laidOut = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for key in keys {
                let partition = NumberPartitions.of(InsuredNumberKey.number(key))
                buffer[next[partition]] = key
                next[partition] += 1
            }
            initialized = count
        }
        guard let offset = laidOut.withUnsafeBytes({ spill.append($0) }) else { return }
        self = SortedInsuredNumbers(keys: [])
        spilled = SpilledNumbers(spill: spill, offset: offset, starts: starts)
    }

    /// How many numbers fall in each partition.
    func partitionCounts() -> [Int] {
        if let spilled { return (0..<NumberPartitions.count).map { Int(spilled.starts[$0 + 1] - spilled.starts[$0]) } }
        var counts = [Int](repeating: 0, count: NumberPartitions.count)
        for key in keys { counts[NumberPartitions.of(InsuredNumberKey.number(key))] += 1 }
        return counts
    }

    /// The keys of the partitions `partitions`, laid out partition by partition (each still
    /// ascending), and where each partition's keys start in them (`partitions.count + 1` places,
    /// the last their count): one read of the spill, whose layout this is, or a layout of the keys
    /// in memory. A read of the spill that failed gives no keys.
    /// - Complexity: O(n) in the file's numbers in memory, one read of the group's in a spill.
    func partitionedKeys(in partitions: Range<Int>) -> (keys: [UInt64], starts: [Int]) {
        guard let spilled else {
            var starts = [Int](repeating: 0, count: partitions.count + 1)
            for key in keys {
                let partition = NumberPartitions.of(InsuredNumberKey.number(key))
                if partitions.contains(partition) { starts[partition - partitions.lowerBound + 1] += 1 }
            }
            for index in 0..<partitions.count { starts[index + 1] += starts[index] }
            var next = starts
            let count = starts[partitions.count]
            let laidOut = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
                for key in keys {
                    let partition = NumberPartitions.of(InsuredNumberKey.number(key))
                    guard partitions.contains(partition) else { continue }
                    buffer[next[partition - partitions.lowerBound]] = key
                    next[partition - partitions.lowerBound] += 1
                }
                initialized = count
            }
            return (laidOut, starts)
        }
        let first = Int(spilled.starts[partitions.lowerBound]), end = Int(spilled.starts[partitions.upperBound])
        let read = spilled.spill.readWords(offset: spilled.offset + 8 * first, count: end - first)
        // A read that failed gives no keys (the spill keeps the failure, which the caller reports):
        // then no partition has any.
        guard read.count == end - first else { return ([], [Int](repeating: 0, count: partitions.count + 1)) }
        return (read, (partitions.lowerBound...partitions.upperBound).map { Int(spilled.starts[$0]) - first })
    }
}

/// A file's numbers in a spill: from `offset`, partition `p`'s keys are `starts[p]..<starts[p + 1]`.
struct SpilledNumbers: Sendable, Equatable {
    let spill: ProblemSpill
    let offset: Int
    let starts: [UInt32]

    static func == (a: Self, b: Self) -> Bool { a.spill === b.spill && a.offset == b.offset && a.starts == b.starts }
}

/// The 256 partitions of the numbers: the top 8 bits of a multiplicative hash of the number
/// (another multiplier than the bitmap's and the table's, whose top bits would otherwise be the
/// same within a partition).
enum NumberPartitions {
    static let count = 256

    @inline(__always)
    static func of(_ number: UInt64) -> Int { Int(truncatingIfNeeded: (number &* 0xBF58_476D_1CE4_E5B9) >> 56) }

    /// Consecutive partitions in groups of about `budget` numbers over `counts` (the numbers per
    /// partition of a period's files, or of some consecutive partitions: the groups' places are
    /// `counts`' indices); a partition larger than `budget` is a group of its own.
    static func groups(_ counts: [Int], budget: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0, size = 0
        for partition in counts.indices {
            if size > 0 && size + counts[partition] > budget {
                groups.append(start..<partition)
                start = partition
                size = 0
            }
            size += counts[partition]
        }
        groups.append(start..<counts.count)
        return groups
    }
}

/// A social-insurance number on two or more residents of one file.
package struct InFileDuplicate: Sendable, Equatable {
    package var number: UInt64
    /// The residents' lines, ascending.
    package var lines: [Int]

    /// How many of the other lines a warning names at most; it counts the rest (#26).
    package static let namedLines = 10

    /// One warning at each line (cards-v1 §5: "a warning at both lines"), naming the first
    /// `namedLines` other lines of the group and counting the rest: k residents with one number
    /// give k warnings of at most ten lines each, linear in k (naming every other line was k²).
    package func warnings(file: String) -> [CardWarning] {
        let digits = socialInsuranceDigits(number)
        let more = max(0, lines.count - 1 - Self.namedLines)
        // The first lines but the warning's own resident's (by position: two residents may share a
        // line): the first `namedLines + 1` hold them all.
        let head = Array(lines.prefix(Self.namedLines + 1))
        return lines.indices.map { index in
            var named = head
            named.remove(at: min(index, named.count - 1))
            return CardWarning(
                file: file, line: lines[index],
                reason: .sameNumberInFile(number: digits, otherLines: named, moreLines: more))
        }
    }

    /// Runs of one number in sorted keys; allocates only for the duplicates found.
    static func find(in keys: [UInt64]) -> [InFileDuplicate] {
        var found: [InFileDuplicate] = []
        var start = 0
        while start < keys.count {
            let number = InsuredNumberKey.number(keys[start])
            var end = start + 1
            while end < keys.count && InsuredNumberKey.number(keys[end]) == number { end += 1 }
            if end - start >= 2 {
                found.append(InFileDuplicate(number: number, lines: keys[start..<end].map(InsuredNumberKey.line)))
            }
            start = end
        }
        return found
    }
}

/// The numbers of one counted file: rejected and superseded files are left out by the caller,
/// or a resubmission would look like a second commune.
package struct InsuredNumbersOfFile: Sendable {
    package var file: String
    package var communeCode: String
    package var period: PeriodKey
    package var numbers: SortedInsuredNumbers

    package init(file: String, communeCode: String, period: PeriodKey, numbers: SortedInsuredNumbers) {
        self.file = file
        self.communeCode = communeCode
        self.period = period
        self.numbers = numbers
    }
}

/// A social-insurance number found on residents of two or more files of one period.
package struct DuplicatePerson: Sendable, Equatable {
    package var number: UInt64
    package var period: PeriodKey
    /// Every resident with the number in the period's files, by file then line.
    package var places: [DuplicatePlace]

    /// The number as its 10 digits, leading zeros kept: the JSON `number`.
    package var digits: String { socialInsuranceDigits(number) }
}

package struct DuplicatePlace: Sendable, Equatable {
    package var file: String
    package var line: Int
    package var communeCode: String
}

/// Every social-insurance number present in two or more files of the same period, sorted by
/// number (then period). A number found twice in one file only is not listed here: that is
/// `InFileDuplicate`'s warning.
///
/// `groupSize`: about how many numbers are read together (16 MB), looked at a block at a time;
/// numbers in other partitions cannot be the same, so each group is complete by itself. With
/// `jobs` above one, the groups are looked at on that many threads at once, each group a `jobs`th
/// of `groupSize` at most (so that together they hold no more), and small enough that every job
/// has several; the people found are the same whatever `jobs` is, sorted the same way.
package func findDuplicatePeople(
    in files: [InsuredNumbersOfFile], groupSize: Int = 1 << 21,
    jobs: Int = 1
) -> [DuplicatePerson] {
    var filesOfPeriod: [PeriodKey: [Int]] = [:]
    for (index, file) in files.enumerated() where file.numbers.count > 0 {
        filesOfPeriod[file.period, default: []].append(index)
    }
    let jobs = max(1, jobs)
    var tasks: [(period: PeriodKey, files: [InsuredNumbersOfFile], group: Range<Int>)] = []
    for (period, indices) in filesOfPeriod where indices.count >= 2 {
        let periodFiles = indices.map { files[$0] }
        let total = periodFiles.reduce(0) { $0 + $1.numbers.count }
        let budget = jobs == 1 ? groupSize : max(1, min(groupSize / jobs, (total + 4 * jobs - 1) / (4 * jobs)))
        guard total > budget else {
            tasks.append((period, periodFiles, 0..<NumberPartitions.count))
            continue
        }
        var counts = [Int](repeating: 0, count: NumberPartitions.count)
        for file in periodFiles { for (partition, count) in file.numbers.partitionCounts().enumerated() { counts[partition] += count } }
        for group in NumberPartitions.groups(counts, budget: budget) { tasks.append((period, periodFiles, group)) }
    }
    let found = parallelMap(count: tasks.count, jobs: jobs) { [tasks] index -> [DuplicatePerson] in
        let task = tasks[index]
        var people: [DuplicatePerson] = []
        mergeNumbers(
            of: task.files, keys: task.files.map { $0.numbers.partitionedKeys(in: task.group) }, partitions: task.group.count,
            period: task.period, into: &people)
        return people
    }
    var people = found.flatMap { $0 }
    people.sort { ($0.number, $0.period) < ($1.number, $1.period) }
    return people
}

/// The numbers held by two or more of one period's files, a block of consecutive partitions at
/// a time (a number lies in one partition only), in two passes over the block's keys in every
/// file, linear in the numbers:
///
/// 1. a bitmap of 16 bits per number of the block: each number tests and sets the bit of its
///    hash; a number whose bit is already set may be in an earlier file (or be a hash collision,
///    about 1 in 16 at most) and becomes a candidate;
/// 2. every place of a candidate (a small open-addressing table of the candidates answers), sorted
///    by number; a number whose places lie in two or more files is a person listed.
///
/// `keys[f]` holds file `f`'s keys laid out by partition, `partitions + 1` places of starts: a
/// block's keys in a file are consecutive, and each pass reads them in order.
///
/// A k-way merge over a heap of cursors did the same in O(N log k) and took a twentieth of a
/// province's run. One bitmap and one table for the whole group (2 MB and 1 MB for a province)
/// took 15 ms of a province's 750 (#30): each number a random access to memory outside the
/// processor's nearer caches. A block of about `duplicateBlockNumbers` numbers has a bitmap of 32 kB and a
/// table of a few kB, which stay in them.
/// - Complexity: O(n) in the numbers, plus the sort of the candidates' places.
private func mergeNumbers(
    of files: [InsuredNumbersOfFile], keys: [(keys: [UInt64], starts: [Int])], partitions: Int, period: PeriodKey,
    into people: inout [DuplicatePerson]
) {
    var bitmap: [UInt64] = []
    var candidates: [UInt64] = []
    var hits: [(number: UInt64, file: Int, line: Int)] = []
    var counts = [Int](repeating: 0, count: partitions)
    for file in keys { for partition in 0..<partitions { counts[partition] += file.starts[partition + 1] - file.starts[partition] } }
    for block in NumberPartitions.groups(counts, budget: duplicateBlockNumbers) {
        let total = counts[block].reduce(0, +)
        guard total >= 2 else { continue }
        var bitCount = 1 << 12
        while bitCount < total * 16 { bitCount <<= 1 }
        let shift = UInt64(64 - bitCount.trailingZeroBitCount)
        bitmap.removeAll(keepingCapacity: true)
        bitmap.append(contentsOf: repeatElement(0, count: bitCount / 64))
        candidates.removeAll(keepingCapacity: true)
        bitmap.withUnsafeMutableBufferPointer { bitmap in
            for file in keys {
                file.keys.withUnsafeBufferPointer { keys in
                    for key in keys[file.starts[block.lowerBound]..<file.starts[block.upperBound]] {
                        let number = InsuredNumberKey.number(key)
                        let bit = Int(truncatingIfNeeded: (number &* 0x9E37_79B9_7F4A_7C15) >> shift)
                        let mask: UInt64 = 1 << UInt64(bit & 63)
                        if bitmap[bit >> 6] & mask != 0 { candidates.append(number) } else { bitmap[bit >> 6] |= mask }
                    }
                }
            }
        }
        guard !candidates.isEmpty else { continue }
        let table = NumberTable(candidates)

        hits.removeAll(keepingCapacity: true)
        for (index, file) in keys.enumerated() {
            file.keys.withUnsafeBufferPointer { keys in
                for key in keys[file.starts[block.lowerBound]..<file.starts[block.upperBound]]
                where table.contains(InsuredNumberKey.number(key)) {
                    hits.append((InsuredNumberKey.number(key), index, InsuredNumberKey.line(key)))
                }
            }
        }
        hits.sort { ($0.number, $0.file, $0.line) < ($1.number, $1.file, $1.line) }
        var start = 0
        while start < hits.count {
            let number = hits[start].number
            var end = start + 1
            var severalFiles = false
            while end < hits.count && hits[end].number == number {
                if hits[end].file != hits[start].file { severalFiles = true }
                end += 1
            }
            if severalFiles {
                var places = hits[start..<end].map {
                    DuplicatePlace(file: files[$0.file].file, line: $0.line, communeCode: files[$0.file].communeCode)
                }
                places.sort { ($0.file, $0.line) < ($1.file, $1.line) }
                people.append(DuplicatePerson(number: number, period: period, places: places))
            }
            start = end
        }
    }
}

/// About how many numbers `mergeNumbers` looks at together: their bitmap of 16 bits each is
/// 32 kB, the size of a processor core's nearest data cache on most machines.
let duplicateBlockNumbers = 16_384

/// A set of social-insurance numbers: open addressing with linear probing, at most half full.
private struct NumberTable {
    /// number + 1 in each used slot, 0 in an empty one (numbers are below 10^10).
    private var slots: [UInt64]
    private let shift: UInt64

    init(_ numbers: [UInt64]) {
        var capacity = 16
        while capacity < numbers.count * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for number in numbers { insert(number) }
    }

    @inline(__always)
    private func slot(_ number: UInt64) -> Int { Int(truncatingIfNeeded: (number &* 0xD6E8_FEB8_6659_FD93) >> shift) }

    private mutating func insert(_ number: UInt64) {
        let mask = slots.count - 1
        var index = slot(number)
        while slots[index] != 0 {
            if slots[index] == number + 1 { return }
            index = (index + 1) & mask
        }
        slots[index] = number + 1
    }

    @inline(__always)
    func contains(_ number: UInt64) -> Bool {
        let mask = slots.count - 1
        var index = slot(number)
        while true {
            let value = slots[index]
            if value == 0 { return false }
            if value == number + 1 { return true }
            index = (index + 1) & mask
        }
    }
}

/// A social-insurance number as its 10 digits.
func socialInsuranceDigits(_ number: UInt64) -> String {
    let text = String(number)
    return text.count >= 10 ? text : String(repeating: "0", count: 10 - text.count) + text
}
