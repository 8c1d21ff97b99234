/// Writes a JSON document as UTF-8 bytes as it goes, with no tree of values: two-space
/// indentation, `"key": value`, `{}` and `[]` when empty, one element per line, doubles in their
/// shortest round-tripping form (non-finite ones as null).
///
/// The writer keeps the indentation and the commas itself: `beginObject`, then `key` and a value
/// per member, then `endObject`; in an array, the values alone.
struct JSONWriter: ~Copyable {
    private var buffer: JSONBytes
    /// The indentation of the values of the object or array being written.
    private(set) var indent: Int
    /// Whether no value has been written yet in the object or array being written.
    private var first = true
    /// Whether the next value follows its key, or begins the document: no comma, no new line.
    private var inline = true

    /// `indent`: that of the document's first line, when it is written to be joined to another one.
    init(indent: Int = 0, capacity: Int = 1 << 16) {
        buffer = JSONBytes(capacity: capacity)
        self.indent = indent
    }

    deinit { buffer.deallocate() }

    /// Where `drain` sends the bytes written so far; nil: they stay in the buffer.
    var sink: ((UnsafeBufferPointer<UInt8>) -> Void)? = nil

    /// Above this many bytes, `drain` hands the buffer to the sink.
    var drainThreshold = 1 << 20

    /// With a sink and more than `drainThreshold` bytes written: gives them to the sink and starts
    /// the buffer again, so that a long list is never held whole.
    mutating func drain() {
        guard let sink, buffer.count >= drainThreshold else { return }
        buffer.drain(into: sink)
    }

    /// Gives every byte written so far to the sink (at the document's end).
    mutating func drainAll() {
        guard let sink else { return }
        buffer.drain(into: sink)
    }

    /// The bytes written so far.
    var bytes: [UInt8] { buffer.array() }

    /// The bytes written so far, as a String.
    var string: String { buffer.string() }

    /// The comma or new line and the indentation before a value.
    @inline(__always)
    private mutating func separate() {
        if inline { inline = false; return }
        if first { buffer.byte(UInt8(ascii: "\n")); first = false } else { buffer.append(",\n") }
        buffer.spaces(indent)
    }

    // MARK: Objects and arrays

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    mutating func beginObject(_ key: StaticString) { self.key(key); beginObject() }
    mutating func beginArray(_ key: StaticString) { self.key(key); beginArray() }

    private mutating func open(_ bracket: UInt8) {
        separate()
        openAfterSeparator(bracket)
    }

    /// `open` once its separator is written.
    private mutating func openAfterSeparator(_ bracket: UInt8) {
        buffer.byte(bracket)
        indent += 2
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        if !first {
            buffer.byte(UInt8(ascii: "\n"))
            buffer.spaces(indent)
        }
        buffer.byte(bracket)
        first = false
    }

    /// A key that needs no escape (the report's own keys).
    mutating func key(_ name: StaticString) {
        separate()
        buffer.byte(UInt8(ascii: "\""))
        buffer.append(name)
        buffer.append("\": ")
        inline = true
    }

    /// A key made of data (an indicator's id, a group's name): escaped where needed.
    mutating func key(string name: String) {
        separate()
        buffer.appendQuoted(name)
        buffer.append(": ")
        inline = true
    }

    /// An array under `key` of the elements `0..<count`, each written by `element`. With more
    /// than one job and at least `apart` elements (the communes of a province, the units of a
    /// country), the elements are written on their own threads, each into a writer of its own at
    /// this indentation, and joined in order: the same bytes as one thread writes.
    /// `elementCapacity`: about the bytes of one element written apart.
    mutating func array(
        _ key: StaticString, count: Int, jobs: Int, apart: Int = 32, elementCapacity: Int = 1 << 12,
        _ element: @Sendable (inout JSONWriter, Int) -> Void
    ) {
        beginArray(key)
        if jobs > 1 && count >= apart {
            // In waves of `wave` elements, drained after each: a country's 3,316 communes are 50 MB
            // of JSON, never held whole when the document goes to a sink.
            let indent = self.indent, wave = 64 * jobs
            for start in stride(from: 0, to: count, by: wave) {
                let written = parallelMap(count: min(wave, count - start), jobs: jobs) { offset in
                    var part = JSONWriter(indent: indent, capacity: elementCapacity)
                    element(&part, start + offset)
                    return part.bytes
                }
                for bytes in written {
                    separate()
                    bytes.withUnsafeBufferPointer { buffer.append($0) }
                }
                drain()
            }
        } else {
            for index in 0..<count {
                element(&self, index)
                drain()
            }
        }
        endArray()
    }

    /// Elements written apart, each a writer's bytes at this writer's indentation (one or more
    /// values, separated as they were written), appended in order: the same bytes as writing them here.
    mutating func elements(_ parts: [[UInt8]]) {
        for bytes in parts where !bytes.isEmpty {
            separate()
            bytes.withUnsafeBufferPointer { buffer.append($0) }
        }
    }

    /// The new line after the document.
    mutating func endDocument() { buffer.byte(UInt8(ascii: "\n")) }

    // MARK: Values

    mutating func null() { separate(); buffer.append("null") }
    mutating func bool(_ value: Bool) { separate(); buffer.append(value ? "true" : "false") }
    mutating func int(_ value: Int) { separate(); buffer.appendInteger(value) }
    mutating func string(_ value: String) { separate(); buffer.appendQuoted(value) }
    /// A string that the elements of a list repeat (each problem's file): its escape check is
    /// made once while it repeats, not once per element.
    mutating func string(repeating value: String) { separate(); buffer.appendQuoted(repeating: value) }

    mutating func double(_ value: Double) {
        separate()
        // `description`, not interpolation: interpolating asks the runtime which protocols Double
        // conforms to, a search of every conformance in the binary on first use.
        if value.isFinite { buffer.append(string: value.description) } else { buffer.append("null") }
    }

    /// A date as `CalendarDate.description` writes it, "YYYY-MM-DD", with no String made of it.
    mutating func date(_ value: CalendarDate) {
        let (year, month, day) = value.components
        guard (0...9999).contains(year) else { string(value.description); return }
        separate()
        buffer.appendDate(year: year, month: month, day: day)
    }

    mutating func int(_ value: Int?) { if let value { int(value) } else { null() } }
    mutating func double(_ value: Double?) { if let value { double(value) } else { null() } }
    mutating func bool(_ value: Bool?) { if let value { bool(value) } else { null() } }
    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }

    // MARK: Members: a key and its value

    mutating func member(_ key: StaticString, _ value: Int) { self.key(key); int(value) }
    mutating func member(_ key: StaticString, _ value: Int?) { self.key(key); int(value) }
    mutating func member(_ key: StaticString, _ value: Double) { self.key(key); double(value) }
    mutating func member(_ key: StaticString, _ value: Double?) { self.key(key); double(value) }
    mutating func member(_ key: StaticString, _ value: Bool) { self.key(key); bool(value) }
    mutating func member(_ key: StaticString, _ value: Bool?) { self.key(key); bool(value) }
    mutating func member(_ key: StaticString, _ value: String) { self.key(key); string(value) }
    mutating func member(_ key: StaticString, _ value: String?) { self.key(key); string(value) }
    mutating func member(_ key: StaticString, repeating value: String) { self.key(key); string(repeating: value) }
    mutating func member(_ key: StaticString, _ value: CalendarDate) { self.key(key); date(value) }

    /// The bytes of a problem's object from its brace to its line's value (`problem`), for
    /// `problemFile` at `problemIndent`; empty until the first problem.
    private var problemHead: [UInt8] = []
    private var problemFile = ""
    private var problemIndent = -1

    /// A problem as `{"file": file, "line": line, "reason": text}`, the text given piece by
    /// piece by `write` (`TextSink`): `beginObject`, `member("file", repeating:)`,
    /// `member("line", _:)`, `member("reason", text:)` and `endObject`. What the first two write
    /// (the brace, the indentation, two keys and the file, escaped) is kept while the file and the
    /// indentation repeat, as they do over a file's problems, and then copied: one object per
    /// problem, tens of thousands in a messy province (#30).
    mutating func problem(file: String, line: Int, reason write: (inout JSONWriter) -> Void) {
        separate()
        if file != problemFile || indent != problemIndent {
            let start = buffer.count
            openAfterSeparator(UInt8(ascii: "{"))
            member("file", repeating: file)
            key("line")
            problemHead = buffer.copy(from: start)
            problemFile = file
            problemIndent = indent - 2
        } else {
            // The state `key("line")` leaves.
            problemHead.withUnsafeBufferPointer { buffer.append($0) }
            indent += 2
            first = false
            inline = true
        }
        int(line)
        member("reason", text: write)
        endObject()
    }

    /// A string member whose text `write` gives piece by piece (`TextSink`), escaped as it comes:
    /// the same bytes as `member(key, text)` with the text made first, without making it (a
    /// problem's reason, one per problem; #30).
    mutating func member(_ key: StaticString, text write: (inout JSONWriter) -> Void) {
        self.key(key)
        separate()
        buffer.byte(UInt8(ascii: "\""))
        write(&self)
        buffer.byte(UInt8(ascii: "\""))
    }
}

extension JSONWriter: TextSink {
    /// A piece of the string being written (`member(_:text:)`, `problem`): escaped, no quotes, no
    /// separator.
    mutating func append(_ piece: TextPiece) {
        switch piece {
        case .literal(let words):
            // The words of Text/, never input: none holds a byte that JSON escapes (asserted in
            // debug builds, which LanguageTests runs over a sample of every problem's text).
            words.withUTF8Buffer { bytes in
                assert(!needsEscape(bytes), "a literal piece of a message holds a byte that JSON escapes")
                buffer.append(bytes)
            }
        case .text(var text): text.withUTF8 { buffer.appendEscaped($0) }
        case .integer(let value): buffer.appendInteger(value)
        }
    }
}

/// The bytes of a JSON document being written: a capacity check and a copy per append. Appending
/// to a String costs a check of the string's form per append, and appending a few bytes to an
/// [UInt8] goes through the generic append(contentsOf:); a report is made of hundreds of
/// thousands of appends.
private struct JSONBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// Hands the bytes to `sink` and empties the buffer (its capacity stays).
    mutating func drain(into sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        sink(UnsafeBufferPointer(start: base, count: count))
        count = 0
    }

    func string() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// The bytes from `start` on, copied.
    func copy(from start: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count - start) { bytes, initialized in
            bytes.baseAddress?.initialize(from: base + start, count: count - start)
            initialized = count - start
        }
    }

    /// One copy, by memcpy (`Array(_:)` of a buffer copies byte by byte).
    func array() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { bytes, initialized in
            bytes.baseAddress?.initialize(from: base, count: count)
            initialized = count
        }
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        (base, capacity) = grownByteStorage(base, count: count, capacity: capacity, needed: needed)
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// (Not `append(_:)`: a literal would be taken as a String, and each append would retain and
    /// release it.)
    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        reserve(length)
        let target = base + count
        // Keys and numbers are a few bytes: copied in place, or as two overlapping words, rather
        // than through a call to memcpy.
        if length < 8 {
            for index in 0..<length { target[index] = source[index] }
        } else if length <= 16 {
            let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
            to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
            to.storeBytes(
                of: from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self),
                toByteOffset: length - 8, as: UInt64.self)
        } else {
            target.initialize(from: source, count: length)
        }
        count += length
    }

    /// "YYYY-MM-DD" between quotes, for a year of four digits at most.
    mutating func appendDate(year: Int, month: Int, day: Int) {
        reserve(12)
        let text = base + count
        text[0] = UInt8(ascii: "\"")
        CalendarDate.write(year: year, month: month, day: day, to: text + 1)
        text[11] = UInt8(ascii: "\"")
        count += 12
    }

    @inline(__always)
    mutating func spaces(_ width: Int) {
        reserve(width)
        (base + count).initialize(repeating: UInt8(ascii: " "), count: width)
        count += width
    }

    mutating func appendInteger(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // The digits from the last, then reversed in place: no String per number.
        reserve(20)
        let start = count
        repeat {
            base[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var low = start, high = count - 1
        while low < high {
            let swap = base[low]
            base[low] = base[high]
            base[high] = swap
            low += 1
            high -= 1
        }
    }

    /// The last string given to `appendQuoted(repeating:)` that needed no escape, held so that
    /// its storage, and so the address of its bytes, stays its own while it is remembered.
    private var repeatedPlain = ""
    private var repeatedPlainBytes: UnsafeBufferPointer<UInt8>?

    /// `appendQuoted` for a string that repeats from one call to the next (a problem's file path,
    /// one String for every problem of its file): the same storage as the last plain one needs
    /// no check of its bytes (#30).
    mutating func appendQuoted(repeating value: String) {
        var contiguous = value
        let known = contiguous.withUTF8 { bytes -> Bool in
            guard let remembered = repeatedPlainBytes, bytes.count >= 16,
                bytes.baseAddress == remembered.baseAddress, bytes.count == remembered.count
            else { return false }
            byte(UInt8(ascii: "\""))
            append(bytes)
            byte(UInt8(ascii: "\""))
            return true
        }
        if known { return }
        let plain = contiguous.withUTF8 { !needsEscape($0) }
        appendQuoted(contiguous)
        // Strings of 15 bytes or less are held inline, their bytes copied to a temporary.
        if plain && contiguous.utf8.count >= 16 {
            repeatedPlain = contiguous
            repeatedPlainBytes = repeatedPlain.withUTF8 { $0 }
        }
    }

    /// `value` between quotes, with `"`, `\` and the control characters escaped.
    mutating func appendQuoted(_ value: String) {
        // Most strings (codes, names, dates) need no escape: checked and appended whole from
        // their UTF-8 storage (a loop over `utf8` would cost a generic step per byte).
        var contiguous = value
        byte(UInt8(ascii: "\""))
        contiguous.withUTF8 { appendEscaped($0) }
        byte(UInt8(ascii: "\""))
    }

    /// `bytes` with `"`, `\` and the control characters escaped: the inside of a JSON string.
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        if !needsEscape(bytes) {
            append(bytes)
            return
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case _ where byte < 0x20:
                let hex = String(byte, radix: 16)
                append(string: "\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: self.byte(byte)
            }
        }
    }
}

/// Whether `bytes` hold a byte that a JSON string escapes: `"`, `\` or a control character.
/// Eight bytes at a time (a warning's path and message are 150 bytes or so, and a messy national
/// run has millions): a word has a byte below 0x20 when `(w - 0x20…20) & ~w & 0x80…80` is not
/// zero, and a byte equal to `c` when the same test for zero holds for `w ^ c…c`. Bytes of 0x80
/// and above (UTF-8 beyond ASCII) never match. The last few in the word that ends with them; one
/// byte at a time in fewer than eight.
@inline(__always)
func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    let quotes = ones &* 0x22, backslashes = ones &* 0x5C
    let raw = UnsafeRawPointer(base)
    var offset = 0
    @inline(__always)
    func matches(_ word: UInt64) -> Bool {
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ quotes, backslash = word ^ backslashes
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs != 0
    }
    while offset + 8 <= bytes.count {
        if matches(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
        offset += 8
    }
    guard offset < bytes.count else { return false }
    if bytes.count >= 8 {
        // The last few bytes in the word that ends with them (its first bytes are checked again).
        return matches(raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }
    while offset < bytes.count {
        let byte = base[offset]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
        offset += 1
    }
    return false
}
