// The same person in two places (cards-v1 §5), with bounded memory.
//
// While a file is read, each insured resident adds one UInt64: its social-insurance number
// (10 digits, below 10^10 < 2^34) in the high 34 bits and its line in the low 30 bits. Sorting
// these sorts by number, then line. At the end of the file the collector sorts them (on the
// reading thread), reports numbers on two or more residents of the file, and keeps the sorted
// array: 8 bytes per insured resident. After the parallel read, the files of each period are
// merged k ways over those arrays, without copying them, and only numbers found in two or more
// files become records with places.

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
public struct InsuredNumberCollector: Sendable {
    private var keys: [UInt64] = []

    public init(reservingCapacity capacity: Int = 0) { keys.reserveCapacity(capacity) }

    public var count: Int { keys.count }

    /// Adds one insured resident: the number of the card that makes it insured (the first in
    /// document order) and the resident's line. Call it once per resident.
    @inline(__always)
    public mutating func append(number: UInt64, line: Int) {
        precondition(number < InsuredNumberKey.numberLimit, "a social-insurance number has 10 digits")
        keys.append(InsuredNumberKey.pack(number: number, line: line))
    }

    /// Sorts the numbers, keeps them in an array of exactly their size, and finds the numbers
    /// on two or more residents of this file.
    public consuming func sorted() -> (numbers: SortedInsuredNumbers, sameNumberInFile: [InFileDuplicate]) {
        keys.sort()
        let exact = [UInt64](unsafeUninitializedCapacity: keys.count) { buffer, count in
            count = keys.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
        keys = []
        return (SortedInsuredNumbers(keys: exact), InFileDuplicate.find(in: exact))
    }
}

/// One file's social-insurance numbers with their lines, sorted: 8 bytes per insured resident.
public struct SortedInsuredNumbers: Sendable, Equatable {
    /// Packed as `InsuredNumberKey` says, ascending.
    let keys: [UInt64]

    public var count: Int { keys.count }
}

/// A social-insurance number on two or more residents of one file.
public struct InFileDuplicate: Sendable, Equatable {
    public var number: UInt64
    /// The residents' lines, ascending.
    public var lines: [Int]

    /// One warning at each line, naming the others.
    public func warnings(file: String) -> [CardWarning] {
        let digits = socialInsuranceDigits(number)
        return lines.map { line in
            CardWarning(file: file, line: line,
                        reason: .sameNumberInFile(number: digits, otherLines: lines.filter { $0 != line }))
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
public struct InsuredNumbersOfFile: Sendable {
    public var file: String
    public var communeCode: String
    public var period: PeriodKey
    public var numbers: SortedInsuredNumbers

    public init(file: String, communeCode: String, period: PeriodKey, numbers: SortedInsuredNumbers) {
        self.file = file
        self.communeCode = communeCode
        self.period = period
        self.numbers = numbers
    }
}

/// A social-insurance number found on residents of two or more files of one period.
public struct DuplicatePerson: Sendable, Equatable {
    public var number: UInt64
    public var period: PeriodKey
    /// Every resident with the number in the period's files, by file then line.
    public var places: [DuplicatePlace]

    /// The number as its 10 digits, leading zeros kept: the JSON `number`.
    public var digits: String { socialInsuranceDigits(number) }
}

public struct DuplicatePlace: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var communeCode: String
}

/// Every social-insurance number present in two or more files of the same period, sorted by
/// number (then period). A number found twice in one file only is not listed here: that is
/// `InFileDuplicate`'s warning.
public func findDuplicatePeople(in files: [InsuredNumbersOfFile]) -> [DuplicatePerson] {
    var filesOfPeriod: [PeriodKey: [Int]] = [:]
    for (index, file) in files.enumerated() where file.numbers.count > 0 {
        filesOfPeriod[file.period, default: []].append(index)
    }
    var people: [DuplicatePerson] = []
    for (period, indices) in filesOfPeriod where indices.count >= 2 {
        mergeNumbers(of: indices.map { files[$0] }, period: period, into: &people)
    }
    people.sort { ($0.number, $0.period) < ($1.number, $1.period) }
    return people
}

/// A k-way merge of one period's sorted arrays: each number is taken from every file that holds
/// it, and recorded when two or more do.
private func mergeNumbers(of files: [InsuredNumbersOfFile], period: PeriodKey, into people: inout [DuplicatePerson]) {
    let lists = files.map(\.numbers.keys)
    var heap = CursorHeap(lists.indices.map { MergeCursor(number: InsuredNumberKey.number(lists[$0][0]), list: $0, position: 0) })
    var runs: [(list: Int, range: Range<Int>)] = []
    while let first = heap.top {
        let number = first.number
        runs.removeAll(keepingCapacity: true)
        while let top = heap.top, top.number == number {
            let keys = lists[top.list]
            var end = top.position + 1
            while end < keys.count && InsuredNumberKey.number(keys[end]) == number { end += 1 }
            runs.append((top.list, top.position..<end))
            if end < keys.count {
                heap.replaceTop(MergeCursor(number: InsuredNumberKey.number(keys[end]), list: top.list, position: end))
            } else {
                heap.removeTop()
            }
        }
        guard runs.count >= 2 else { continue }
        var places: [DuplicatePlace] = []
        for run in runs {
            for key in lists[run.list][run.range] {
                places.append(DuplicatePlace(file: files[run.list].file, line: InsuredNumberKey.line(key),
                                             communeCode: files[run.list].communeCode))
            }
        }
        places.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        people.append(DuplicatePerson(number: number, period: period, places: places))
    }
}

private struct MergeCursor {
    var number: UInt64
    var list: Int
    var position: Int
}

/// A binary min-heap of cursors by number: one per file with numbers left.
private struct CursorHeap {
    private var items: [MergeCursor]

    init(_ items: [MergeCursor]) {
        self.items = items
        for index in stride(from: items.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }

    var top: MergeCursor? { items.first }

    mutating func replaceTop(_ cursor: MergeCursor) {
        items[0] = cursor
        siftDown(0)
    }

    mutating func removeTop() {
        let last = items.removeLast()
        guard !items.isEmpty else { return }
        items[0] = last
        siftDown(0)
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count && items[left].number < items[smallest].number { smallest = left }
            if right < items.count && items[right].number < items[smallest].number { smallest = right }
            if smallest == parent { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// A social-insurance number as its 10 digits.
func socialInsuranceDigits(_ number: UInt64) -> String {
    let text = String(number)
    return text.count >= 10 ? text : String(repeating: "0", count: 10 - text.count) + text
}
