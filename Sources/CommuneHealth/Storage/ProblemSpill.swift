import Synchronization

/// Where the problems of a run go once each file's summary is made (docs/problems.md): an
/// unlinked temporary file in `$TMPDIR`, each file's invalid records, warnings and flagged
/// measurements written once as a compact record (`ProblemRecordWriter`), read back one file at a
/// time, in the order the reports list them, when they are written. A summary keeps only the
/// counts and where its record lies, so that memory grows with the largest commune and the number
/// of files, never with the number of problems. The same file takes each counted file's insured
/// residents' numbers (`SortedInsuredNumbers.spill(to:)`, docs/cards.md), read back a group of
/// partitions at a time for the check of the same person in two places.
///
/// Written from every reading job at once: each record's place is reserved under a lock and
/// written outside it. The file's order of records is that in which files finish (it differs from
/// run to run); nothing is read from it but by a record's place, so the reports do not depend on it.
public final class ProblemSpill: Sendable {
    private let file: UnlinkedTemporaryFile
    /// How many bytes of problems the files may keep in memory, all together, rather than write
    /// here (`keepsInMemory`).
    let memoryBudget: Int
    /// The most bytes of problems one file may keep in memory; a file with more writes them all.
    let fileMemoryLimit: Int
    private struct State {
        var end = 0
        var writeFailure: FileSystemError?
        var readFailure: FileSystemError?
        var memoryHeld = 0
    }
    private let state = Mutex(State())

    /// `analyze`'s budget (#30): 5 MiB, about 80,000 warnings of 64 bytes, a messy province's
    /// problems all together (64,859 take 4.2 MB in memory), which are then neither encoded,
    /// written nor read back; the rest are written.
    package static let analyzeMemoryBudget = 5 << 20
    /// `analyze`'s limit for one file (#30): 256 KiB, about 4,000 warnings. A messy province's file
    /// at the rate of real exports has about 35 kB of problems and keeps them; at a hundred times
    /// that rate no file does, so that memory at 100x the problems stays that of a run that
    /// writes them all (a budget of 5 MiB without this limit kept the first few large files and
    /// took 66-68 MB at 100x; docs/problems.md, Benchmarks/README.md).
    package static let analyzeFileMemoryLimit = 256 << 10

    /// Creates the temporary file in `folder` (`$TMPDIR`, else `/tmp`). With `memoryBudget`, the
    /// problems of files that fit in it all together stay in memory (none by default).
    /// - Throws: `FileSystemError` (`.createTemporaryIn`) when it cannot be made there.
    package init(folder: String? = nil, memoryBudget: Int = 0, fileMemoryLimit: Int = .max) throws(FileSystemError) {
        file = try UnlinkedTemporaryFile(prefix: "commune-health-problems", in: folder ?? UnlinkedTemporaryFile.folder)
        self.memoryBudget = memoryBudget
        self.fileMemoryLimit = fileMemoryLimit
    }

    /// Writes to and reads from `file` (the tests' full disk and unreadable file).
    init(file: UnlinkedTemporaryFile) {
        self.file = file
        memoryBudget = 0
        fileMemoryLimit = 0
    }

    /// Takes `bytes` of the memory budget for a file's problems, if they fit in what is left;
    /// false when they do not (they are then written). First come, first kept: which files keep
    /// theirs depends on the order they finish in, never what the reports show.
    func keepsInMemory(_ bytes: Int) -> Bool {
        guard bytes <= fileMemoryLimit else { return false }
        return state.withLock { state in
            guard state.memoryHeld + bytes <= memoryBudget else { return false }
            state.memoryHeld += bytes
            return true
        }
    }

    /// The first write that failed (a full disk): that file's problems, and those of any file
    /// after it that failed too, stayed in memory; the reports are the same.
    package var writeFailure: FileSystemError? { state.withLock { $0.writeFailure } }

    /// The first read that failed: that file's problems were read as none, so the reports lack
    /// them and the caller must say so.
    package var readFailure: FileSystemError? { state.withLock { $0.readFailure } }

    /// The bytes written so far.
    package var size: Int { state.withLock { $0.end } }

    /// Writes `bytes`; returns their offset, or nil when the write failed (`writeFailure`).
    func append(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBytes { append($0) } }

    /// Writes `bytes`; returns their offset, or nil when the write failed (`writeFailure`).
    func append(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let offset = state.withLock { state in
            defer { state.end += bytes.count }
            return state.end
        }
        do throws(FileSystemError) {
            try file.write(bytes, at: offset)
            return offset
        } catch {
            state.withLock { if $0.writeFailure == nil { $0.writeFailure = error } }
            return nil
        }
    }

    /// The `count` bytes at `offset`; empty when the read failed (`readFailure`).
    func read(offset: Int, count: Int) -> [UInt8] { read(offset: offset, count: count, as: UInt8.self) }

    /// The `count` 8-byte words at `offset` (written from this machine's memory, so in its byte
    /// order); empty when the read failed (`readFailure`).
    func readWords(offset: Int, count: Int) -> [UInt64] { read(offset: offset, count: count, as: UInt64.self) }

    private func read<Element: FixedWidthInteger>(offset: Int, count: Int, as: Element.Type) -> [Element] {
        guard count > 0 else { return [] }
        do {
            return try [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                try Result { () throws(FileSystemError) in
                    try file.read(into: UnsafeMutableRawBufferPointer(buffer), at: offset)
                }.get()
                initialized = count
            }
        } catch let error as FileSystemError {
            state.withLock { if $0.readFailure == nil { $0.readFailure = error } }
            return []
        } catch {
            return []
        }
    }
}

/// The problems of one counted file: invalid records, warnings and flagged measurements, held in
/// memory or written to a `ProblemSpill` with only their counts kept here.
package struct FileProblems: Sendable {
    enum Storage: Sendable {
        case memory(invalid: [InvalidRecord], warnings: [ReadingWarning], flagged: [FlaggedMeasurement])
        /// `geography`: the file's geography warnings, at most a few per file and always first
        /// among its warnings, kept here; the rest of its problems in `spill`'s record.
        case spilled(ProblemSpill, SpilledRecord, geography: [ReadingWarning])
    }

    /// Where a file's record lies in the spill, and where each of its three lists starts in it.
    struct SpilledRecord: Sendable {
        var offset: Int
        var invalidBytes: Int
        var warningBytes: Int
        var flaggedBytes: Int
        /// Whether a warning names a file other than the summary's (never, as the reader makes them).
        var warningsNameOtherFiles = false
        /// Where each chunk of `chunkSize` problems starts in each list, in bytes from the list's
        /// start (the first at 0), so that any chunk can be read and decoded alone.
        var invalidChunks: [Int] = []
        var warningChunks: [Int] = []
        var flaggedChunks: [Int] = []

        /// The bytes of chunk `index` of a list of `bytes` bytes whose chunks start at `starts`,
        /// from the list's start `listOffset` in the spill.
        func chunk(_ index: Int, of starts: [Int], listOffset: Int, bytes: Int, in spill: ProblemSpill) -> [UInt8] {
            let start = starts[index], end = index + 1 < starts.count ? starts[index + 1] : bytes
            return spill.read(offset: offset + listOffset + start, count: end - start)
        }
    }

    /// How many problems the reports decode at a time.
    static let chunkSize = 2048

    var storage: Storage
    package private(set) var invalidCount: Int
    package private(set) var warningCount: Int
    package private(set) var flaggedCount: Int
    /// How many of each kind the three lists hold (#27): counted here, before they go to a spill.
    package private(set) var kindCounts: ProblemKindCounts

    package init(invalid: [InvalidRecord] = [], warnings: [ReadingWarning] = [], flagged: [FlaggedMeasurement] = []) {
        storage = .memory(invalid: invalid, warnings: warnings, flagged: flagged)
        invalidCount = invalid.count
        warningCount = warnings.count
        flaggedCount = flagged.count
        kindCounts = ProblemKindCounts(invalid: invalid, warnings: warnings, flagged: flagged)
    }

    package var isEmpty: Bool { invalidCount == 0 && warningCount == 0 && flaggedCount == 0 }

    /// The bytes of the problems held in memory, as the spill's memory budget counts them (a
    /// flagged measurement also holds its flags' array); 0 once written.
    var memoryBytes: Int {
        guard case .memory(let invalid, let warnings, let flagged) = storage else { return 0 }
        return MemoryLayout<InvalidRecord>.stride * invalid.count + MemoryLayout<ReadingWarning>.stride * warnings.count
            + (MemoryLayout<FlaggedMeasurement>.stride + 64) * flagged.count
    }

    /// Whether the problems are in a spill rather than in memory.
    package var isSpilled: Bool {
        if case .spilled = storage { return true }
        return false
    }

    /// The invalid records, read back from the spill when they are there.
    func invalidRecords(file: String) -> [InvalidRecord] {
        switch storage {
        case .memory(let invalid, _, _): return invalid
        case .spilled(let spill, let record, _):
            guard invalidCount > 0 else { return [] }
            var reader = ProblemRecordReader(spill.read(offset: record.offset, count: record.invalidBytes), file: file)
            return reader.invalidRecords(invalidCount)
        }
    }

    func warnings(file: String) -> [ReadingWarning] {
        switch storage {
        case .memory(_, let warnings, _): return warnings
        case .spilled(let spill, let record, let geography):
            guard warningCount > geography.count else { return geography }
            var reader = ProblemRecordReader(
                spill.read(offset: record.offset + record.invalidBytes, count: record.warningBytes),
                file: file)
            return geography + reader.warnings(warningCount - geography.count)
        }
    }

    /// The lists of a file's problems, as the reports name them.
    enum List: Sendable {
        case invalidRecords, warnings, flaggedMeasurements
    }

    /// How many elements each chunk of `list` holds, in order, when the reports take it a chunk of
    /// `chunkSize` at a time (`invalidRecords(file:chunk:)` and the others): any chunk can be
    /// decoded alone, on any thread. A spilled file's geography warnings are a chunk of their own,
    /// its first.
    func chunkCounts(of list: List) -> [Int] {
        func sizes(_ count: Int) -> [Int] {
            stride(from: 0, to: count, by: Self.chunkSize).map { min(Self.chunkSize, count - $0) }
        }
        switch (list, storage) {
        case (.invalidRecords, _): return sizes(invalidCount)
        case (.flaggedMeasurements, _): return sizes(flaggedCount)
        case (.warnings, .memory): return sizes(warningCount)
        case (.warnings, .spilled(_, _, let geography)):
            return (geography.isEmpty ? [] : [geography.count]) + sizes(warningCount - geography.count)
        }
    }

    /// Chunk `index` of the invalid records (`chunkCounts(of: .invalidRecords)`).
    func invalidRecords(file: String, chunk index: Int) -> [InvalidRecord] {
        let count = chunkCounts(of: .invalidRecords)[index]
        switch storage {
        case .memory(let invalid, _, _): return Array(invalid[index * Self.chunkSize..<index * Self.chunkSize + count])
        case .spilled(let spill, let record, _):
            var reader = ProblemRecordReader(
                record.chunk(
                    index, of: record.invalidChunks, listOffset: 0,
                    bytes: record.invalidBytes, in: spill), file: file)
            return reader.invalidRecords(count)
        }
    }

    /// Chunk `index` of the warnings (`chunkCounts(of: .warnings)`).
    func warnings(file: String, chunk index: Int) -> [ReadingWarning] {
        let count = chunkCounts(of: .warnings)[index]
        switch storage {
        case .memory(_, let warnings, _): return Array(warnings[index * Self.chunkSize..<index * Self.chunkSize + count])
        case .spilled(let spill, let record, let geography):
            if !geography.isEmpty && index == 0 { return geography }
            var reader = ProblemRecordReader(
                record.chunk(
                    geography.isEmpty ? index : index - 1, of: record.warningChunks,
                    listOffset: record.invalidBytes, bytes: record.warningBytes, in: spill),
                file: file)
            return reader.warnings(count)
        }
    }

    /// Chunk `index` of the flagged measurements (`chunkCounts(of: .flaggedMeasurements)`).
    func flaggedMeasurements(chunk index: Int) -> [FlaggedMeasurement] {
        let count = chunkCounts(of: .flaggedMeasurements)[index]
        switch storage {
        case .memory(_, _, let flagged): return Array(flagged[index * Self.chunkSize..<index * Self.chunkSize + count])
        case .spilled(let spill, let record, _):
            var reader = ProblemRecordReader(
                record.chunk(
                    index, of: record.flaggedChunks,
                    listOffset: record.invalidBytes + record.warningBytes,
                    bytes: record.flaggedBytes, in: spill), file: "")
            return reader.flaggedMeasurements(count)
        }
    }

    /// The first `limit` warnings (or all, when fewer), reading no more of the spill's record
    /// than they need (standard error shows the first few of each file).
    func warnings(file: String, first limit: Int) -> [ReadingWarning] {
        switch storage {
        case .memory(_, let warnings, _): return Array(warnings.prefix(limit))
        case .spilled(let spill, let record, let geography):
            let wanted = min(limit, warningCount) - geography.count
            guard wanted > 0 else { return Array(geography.prefix(limit)) }
            // Only the chunks that hold them (standard error's ten: the first chunk's bytes).
            let chunks = (wanted + Self.chunkSize - 1) / Self.chunkSize
            let bytes = chunks < record.warningChunks.count ? record.warningChunks[chunks] : record.warningBytes
            var reader = ProblemRecordReader(spill.read(offset: record.offset + record.invalidBytes, count: bytes), file: file)
            return geography + reader.warnings(wanted)
        }
    }

    /// Whether every warning names `file` (so that a file's warnings can be counted without
    /// reading them back).
    func warningsNameOnly(file: String) -> Bool {
        switch storage {
        case .memory(_, let warnings, _): return warnings.allSatisfy { $0.file == file }
        case .spilled(_, let record, let geography):
            return !record.warningsNameOtherFiles && geography.allSatisfy { $0.file == file }
        }
    }

    func flaggedMeasurements() -> [FlaggedMeasurement] {
        switch storage {
        case .memory(_, _, let flagged): return flagged
        case .spilled(let spill, let record, _):
            guard flaggedCount > 0 else { return [] }
            var reader = ProblemRecordReader(
                spill.read(
                    offset: record.offset + record.invalidBytes + record.warningBytes,
                    count: record.flaggedBytes), file: "")
            return reader.flaggedMeasurements(flaggedCount)
        }
    }

    /// Writes the problems held in memory to `spill` and keeps only their counts and place. A
    /// file without problems writes nothing; one whose problems fit in what is left of the spill's
    /// memory budget, or cannot all be written (a name of another file, a geography warning after
    /// another warning, a failed write), keeps them in memory.
    mutating func spill(to spill: ProblemSpill, file: String) {
        guard case .memory(let invalid, let warnings, let flagged) = storage, !isEmpty else { return }
        let geographyCount = warnings.prefix { if case .geography = $0.reason { return true } else { return false } }.count
        guard geographyCount < warnings.count || !invalid.isEmpty || !flagged.isEmpty else { return }
        // Within the run's budget, they stay as they are: no encoding, no write, no decoding (#30).
        if spill.keepsInMemory(memoryBytes) { return }
        var writer = ProblemRecordWriter(file: file, problems: invalid.count + warnings.count + 4 * flagged.count)
        var invalidChunks: [Int] = [], warningChunks: [Int] = [], flaggedChunks: [Int] = []
        for (index, record) in invalid.enumerated() {
            if index % Self.chunkSize == 0 { invalidChunks.append(writer.bytes.count) }
            guard writer.invalidRecord(record) else { return }
        }
        let invalidBytes = writer.bytes.count
        for (index, warning) in warnings[geographyCount...].enumerated() {
            if index % Self.chunkSize == 0 { warningChunks.append(writer.bytes.count - invalidBytes) }
            guard writer.warning(warning) else { return }
        }
        let warningBytes = writer.bytes.count - invalidBytes
        for (index, measurement) in flagged.enumerated() {
            if index % Self.chunkSize == 0 { flaggedChunks.append(writer.bytes.count - invalidBytes - warningBytes) }
            writer.flagged(measurement)
        }
        let flaggedBytes = writer.bytes.count - invalidBytes - warningBytes
        guard let offset = spill.append(writer.bytes) else { return }
        storage = .spilled(
            spill,
            SpilledRecord(
                offset: offset, invalidBytes: invalidBytes, warningBytes: warningBytes,
                flaggedBytes: flaggedBytes,
                warningsNameOtherFiles: warnings.contains { $0.file != file },
                invalidChunks: invalidChunks, warningChunks: warningChunks,
                flaggedChunks: flaggedChunks),
            geography: Array(warnings[..<geographyCount]))
    }
}
