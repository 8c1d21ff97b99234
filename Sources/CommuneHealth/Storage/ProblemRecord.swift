// The compact record of one file's problems in a `ProblemSpill`: its invalid records, then its
// warnings (but the geography warnings, kept in memory), then its flagged measurements. Each
// problem is a kind byte, its line and its fields; integers as LEB128 (zigzag for signed ones),
// strings as their UTF-8 length and bytes, doubles as their 8 bytes, an optional behind a byte.
// The record is read back by the same program that wrote it: no version, no byte order.

/// Writes problems into a record. A problem's file is its summary's; another file's name is
/// written out behind a flag in the kind byte.
struct ProblemRecordWriter {
    private(set) var bytes: [UInt8] = []
    let file: String

    /// `problems`: how many will be written, for the buffer's first size (about 20 bytes each).
    init(file: String, problems: Int = 0) {
        self.file = file
        bytes.reserveCapacity(max(1 << 12, 24 * problems))
    }

    /// The flag in a kind byte: the problem names a file of its own, written after the line.
    static let otherFile: UInt8 = 0x80

    mutating func invalidRecord(_ record: InvalidRecord) -> Bool {
        let kind: UInt8
        var strings: [String] = []
        switch record.reason {
        case .missingAttribute(let element, let attribute): kind = 0; strings = [element, attribute]
        case .malformedAttribute(let element, let attribute, let value): kind = 1; strings = [element, attribute, value]
        case .bornAfterReferenceDate(let birth, let reference): kind = 2; strings = [birth, reference]
        case .measuredBeforeBirth(let date, let birth): kind = 3; strings = [date, birth]
        case .nonPositiveHeight(let value): kind = 4; strings = [value]
        case .cardEndsBeforeStart(let from, let to): kind = 5; strings = [from, to]
        case .duplicateResidentID(let id): kind = 6; strings = [id]
        }
        place(kind, record.file, record.line)
        for string in strings { self.string(string) }
        return true
    }

    /// False for a geography warning: those stay in memory, before the others.
    mutating func warning(_ warning: ReadingWarning) -> Bool {
        switch warning.reason {
        case .malformedReportedSummary(let attribute, let value):
            place(0, warning.file, warning.line); string(attribute); string(value)
        case .standingUnderNineMonths(let child):
            place(1, warning.file, warning.line); string(child)
        case .superseded(let file):
            place(2, warning.file, warning.line); string(file)
        case .card(.unknownForm(let number, let why)):
            place(3, warning.file, warning.line); string(number)
            bytes.append(UInt8(CardNumberMalformation.allCases.firstIndex(of: why)!))
        case .card(.unknownGroupCode(let number, let code)):
            place(4, warning.file, warning.line); string(number); string(code)
        case .card(.childCardAged6OrMore(let number, let age)):
            place(5, warning.file, warning.line); string(number); signed(age)
        case .card(.sameNumberInFile(let number, let lines, let more)):
            // Kind 8 when lines are counted besides those named (#26), so that 6 keeps its bytes.
            place(more == 0 ? 6 : 8, warning.file, warning.line); string(number); unsigned(UInt64(lines.count))
            for line in lines { signed(line) }
            if more > 0 { unsigned(UInt64(more)) }
        case .card(.placeholderNumber(let number, let digits)):
            place(7, warning.file, warning.line); string(number); string(digits)
        case .geography:
            return false
        }
        return true
    }

    mutating func flagged(_ m: FlaggedMeasurement) {
        signed(m.line)
        string(m.childID)
        signed(m.ageDays)
        double(m.heightCm)
        double(m.weightKg)
        double(m.haz)
        bytes.append(UInt8(GrowthStatus.allCases.firstIndex(of: m.status)!))
        double(m.weight.waz)
        double(m.weight.whz)
        double(m.weight.baz)
        bytes.append(UInt8(m.flags.count))
        for flag in m.flags { bytes.append(UInt8(ZScoreIndex.allCases.firstIndex(of: flag)!)) }
    }

    private mutating func place(_ kind: UInt8, _ file: String, _ line: Int) {
        if file == self.file {
            bytes.append(kind)
            signed(line)
        } else {
            bytes.append(kind | Self.otherFile)
            signed(line)
            string(file)
        }
    }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func signed(_ value: Int) {
        let value = Int64(value)
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func double(_ value: Double?) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        double(value)
    }
}

/// Reads back what `ProblemRecordWriter` wrote. A record cut short (a failed read gives none) ends
/// the list early rather than trapping.
struct ProblemRecordReader {
    private let bytes: [UInt8]
    private var position = 0
    let file: String

    init(_ bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var atEnd: Bool { position >= bytes.count }

    mutating func invalidRecords(_ count: Int) -> [InvalidRecord] {
        var records: [InvalidRecord] = []
        records.reserveCapacity(count)
        while records.count < count && !atEnd {
            let (kind, file, line) = place()
            let reason: RecordReason
            switch kind {
            case 0: reason = .missingAttribute(element: string(), attribute: string())
            case 1: reason = .malformedAttribute(element: string(), attribute: string(), value: string())
            case 2: reason = .bornAfterReferenceDate(birthDate: string(), referenceDate: string())
            case 3: reason = .measuredBeforeBirth(date: string(), birthDate: string())
            case 4: reason = .nonPositiveHeight(string())
            case 5: reason = .cardEndsBeforeStart(validFrom: string(), validTo: string())
            default: reason = .duplicateResidentID(string())
            }
            records.append(InvalidRecord(file: file, line: line, reason: reason))
        }
        return records
    }

    mutating func warnings(_ count: Int) -> [ReadingWarning] {
        var warnings: [ReadingWarning] = []
        warnings.reserveCapacity(count)
        while warnings.count < count && !atEnd {
            let (kind, file, line) = place()
            let reason: WarningReason
            switch kind {
            case 0: reason = .malformedReportedSummary(attribute: string(), value: string())
            case 1: reason = .standingUnderNineMonths(childID: string())
            case 2: reason = .superseded(by: string())
            case 3:
                let number = string()
                let why = CardNumberMalformation.allCases[min(Int(byte()), CardNumberMalformation.allCases.count - 1)]
                reason = .card(.unknownForm(number: number, why: why))
            case 4: reason = .card(.unknownGroupCode(number: string(), code: string()))
            case 5: reason = .card(.childCardAged6OrMore(number: string(), ageYears: signed()))
            case 6, 8:
                let number = string()
                let count = Int(unsigned())
                var lines: [Int] = []
                lines.reserveCapacity(min(count, bytes.count))
                for _ in 0..<count where !atEnd { lines.append(signed()) }
                let more = kind == 8 ? Int(truncatingIfNeeded: unsigned()) : 0
                reason = .card(.sameNumberInFile(number: number, otherLines: lines, moreLines: more))
            default: reason = .card(.placeholderNumber(number: string(), digits: string()))
            }
            warnings.append(ReadingWarning(file: file, line: line, reason: reason))
        }
        return warnings
    }

    mutating func flaggedMeasurements(_ count: Int) -> [FlaggedMeasurement] {
        var measurements: [FlaggedMeasurement] = []
        measurements.reserveCapacity(count)
        while measurements.count < count && !atEnd {
            let line = signed(), child = string(), ageDays = signed(), height = double()
            let weight = optionalDouble(), haz = optionalDouble()
            let status = GrowthStatus.allCases[min(Int(byte()), GrowthStatus.allCases.count - 1)]
            let scores = WeightBasedZScores(waz: optionalDouble(), whz: optionalDouble(), baz: optionalDouble())
            let flagCount = Int(byte())
            var flags: [ZScoreIndex] = []
            for _ in 0..<flagCount { flags.append(ZScoreIndex.allCases[min(Int(byte()), ZScoreIndex.allCases.count - 1)]) }
            measurements.append(
                FlaggedMeasurement(
                    line: line, childID: child, ageDays: ageDays, heightCm: height,
                    weightKg: weight, haz: haz, status: status, weight: scores, flags: flags))
        }
        return measurements
    }

    private mutating func place() -> (kind: UInt8, file: String, line: Int) {
        let kind = byte()
        let line = signed()
        if kind & ProblemRecordWriter.otherFile != 0 { return (kind & ~ProblemRecordWriter.otherFile, string(), line) }
        return (kind, file, line)
    }

    private mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unsigned() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if shift < 64 { value |= UInt64(byte & 0x7F) << shift }
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    mutating func signed() -> Int {
        let value = unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    mutating func string() -> String {
        let count = min(Int(truncatingIfNeeded: unsigned() & 0x7FFF_FFFF), bytes.count - position)
        guard count > 0 else { return "" }
        defer { position += count }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self)
        }
    }

    mutating func double() -> Double {
        var bits: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(byte()) << UInt64(shift) }
        return Double(bitPattern: bits)
    }

    mutating func optionalDouble() -> Double? { byte() == 0 ? nil : double() }
}
