import CLibXML2

// Every call into libxml2's SAX2 parsers (pull, and push for the words of a rejection) lives in this
// file. Callers see bytes and line numbers, never a libxml2 pointer.

/// One attribute of a start tag. Its bytes live only during the `start` callback.
struct XMLAttribute {
    let localName: InternedName
    let namespaceURI: InternedName?
    let value: ByteView
}

/// Where the start tag being reported stands: its line is counted only when asked (a warning, a
/// rejected record, an insured resident's number), during the `start` callback that reported the
/// tag, like the tag itself. A record can carry it instead of a line counted in advance.
struct StartTagPosition {
    fileprivate let context: xmlParserCtxtPtr?

    /// The 1-based line on which the tag's `<` stands; counting costs a walk back over the tag.
    var line: Int { line(from: nil) }

    /// The line, walking back to the `<` from `hint` (a byte of the tag after its name) rather
    /// than from the tag's end when `hint` lies in libxml2's input, or not at all when the tag is
    /// in its shortest form and `nameLengths` are known (`startTagLine`).
    @inline(__always)
    fileprivate func line(from hint: UnsafePointer<xmlChar>?, nameLengths: (name: Int, attribute: Int) = (0, 0)) -> Int {
        guard let context else { return 0 }
        return startTagLine(context, from: hint, nameLengths: nameLengths) ?? inputLine(context)
    }
}

/// A start tag as libxml2 reports it, names NUL-terminated, valid only during the callback.
struct XMLStartTag {
    let localName: InternedName
    let namespaceURI: InternedName?
    /// Where the tag stands, for its line.
    let position: StartTagPosition
    let attributeCount: Int
    fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// The 1-based line on which the tag's `<` stands. Counted on demand: most elements never
    /// need it, and counting costs a walk back over the tag, from the start of the first
    /// attribute's value (no `<` lies between it and the tag's own) when there is one.
    var line: Int { position.line(from: attributeCount > 0 ? attributes.unsafelyUnwrapped[3] : nil) }

    /// `line`, for a tag whose local name and first attribute's local name the handler knows the
    /// lengths of (0 when it does not): when the tag is written in its shortest form up to that
    /// attribute's value (`<resident id="`), its `<` is found without a walk back.
    @inline(__always)
    func line(nameLength: Int, firstAttributeNameLength: Int) -> Int {
        guard attributeCount > 0 else { return line }
        return position.line(from: attributes.unsafelyUnwrapped[3], nameLengths: (nameLength, firstAttributeNameLength))
    }

    /// libxml2 passes five pointers per attribute: local name, prefix, URI, value start, value end.
    /// libxml2 sets every pointer but the URI for each of the `attributeCount` attributes, so they
    /// are taken without a check (`index` must be below `attributeCount`).
    @inline(__always)
    subscript(index: Int) -> XMLAttribute {
        let base = attributes.unsafelyUnwrapped + index &* 5
        let start = base[3].unsafelyUnwrapped
        let end = base[4].unsafelyUnwrapped
        return XMLAttribute(
            localName: InternedName(base[0].unsafelyUnwrapped), namespaceURI: base[2].map(InternedName.init),
            value: ByteView(UnsafeBufferPointer(start: start, count: end - start)))
    }
}

/// What the handler makes of a start tag.
enum XMLStartVerdict {
    /// Read on; the element's end tag is reported.
    case open
    /// Read on; the element is a leaf, whose end the handler does not need: its end tag is not
    /// reported unless a child comes first, which is announced by `leafHasChild()` before the
    /// child's own start. Most elements of an export are such leaves (cards, measurements), and
    /// an end tag not reported is a call into the handler less.
    case leaf
    /// Stop reading the file at once; `startProblem` says why.
    case stop
}

/// What the format reader does with the stream of elements.
protocol XMLEventHandler: AnyObject {
    /// `.stop` to stop reading the file at once; `startProblem` then says why: the large
    /// optional rejection is stored only when there is one.
    func start(_ tag: XMLStartTag) -> XMLStartVerdict
    var startProblem: RejectionReason? { get }
    /// The last element `start` called a leaf has a child, whose start follows: from now on the
    /// leaf is an open element, whose end tag is reported.
    func leafHasChild()
    /// Returns true to stop reading the file at once; `endProblem` then says why, with the line
    /// of the element it concerns (its start tag's `<`), or nil for the line of the end tag. A
    /// Bool, not the optional rejection: returning that large optional on every end tag cost
    /// its stores on each of them.
    func end(localName: InternedName, namespaceURI: InternedName?) -> Bool
    var endProblem: (reason: RejectionReason, line: Int?)? { get }
}

/// Limits on what one file may ask of the reader, checked on the raw bytes before libxml2 sees them.
public struct ReadingLimits: Sendable {
    /// The most bytes from one `<` to the next. A `<` cannot occur inside a tag or an attribute
    /// value, so this bounds every start tag, its number of attributes and each value.
    package var maxStartTagBytes: Int
    /// The deepest nesting of elements.
    package var maxDepth: Int
    /// The most elements in one file.
    package var maxElements: Int

    public static let `default` = ReadingLimits(
        maxStartTagBytes: 64 * 1024, maxDepth: 64,
        maxElements: 50_000_000)

    package init(maxStartTagBytes: Int, maxDepth: Int, maxElements: Int) {
        self.maxStartTagBytes = maxStartTagBytes
        self.maxDepth = maxDepth
        self.maxElements = maxElements
    }
}

/// Reads one XML file through libxml2's SAX2 push parser, safely: no DTD, no entity beyond the
/// predefined ones, nothing loaded from a file or the network, the first error ends the file.
final class XMLStreamParser {
    private let handler: XMLEventHandler
    private let limits: ReadingLimits
    /// Set once, when the parser is made on the file's first bytes, and read on every start tag:
    /// one thread, and no access overlaps another, so no runtime exclusivity check.
    @exclusivity(unchecked) fileprivate var context: xmlParserCtxtPtr?
    private(set) var rejection: (line: Int, reason: RejectionReason)?
    private var depth = 0
    private var elements = 0
    /// The element just started is a leaf (`XMLStartVerdict.leaf`) with no child so far: its end
    /// tag, the next event unless a child comes, is not reported. Read on every end tag: one
    /// thread, no overlapping access, so no runtime exclusivity check.
    @exclusivity(unchecked) fileprivate var inLeaf = false

    init(handler: XMLEventHandler, limits: ReadingLimits = .default) {
        self.handler = handler
        self.limits = limits
        LibXML2Setup.once()
    }

    /// Reads the file at `path` to the end or to the first problem.
    /// - Returns: nil when the whole file was read, else the line and reason it was rejected.
    func parse(path: String) -> (line: Int, reason: RejectionReason)? {
        var guardState = StartTagGuard(limit: limits.maxStartTagBytes)
        var tooLong: Int?
        let end = readInChunks(path: path) { file, chunk in
            if !guardState.accept(chunk) {
                tooLong = lineNumber(file: file, offset: guardState.offendingOffset)
                return false
            }
            return !push(UnsafeRawPointer(chunk.baseAddress!), count: chunk.count, terminate: false)
        }
        defer { finish() }
        switch end {
        case .unreadable(let message): return (0, .unreadable(.system(message)))
        case .folder: return (0, .unreadable(.folder))
        case .endOfFile(byteCount: 0): return (1, .emptyFile)
        case .endOfFile, .stopped: break
        }
        if let tooLong {
            return (tooLong, .limitExceeded(.bytesWithoutMarkup, limit: limits.maxStartTagBytes))
        }
        if rejection == nil { _ = push(nil, count: 0, terminate: true) }
        return rejection
    }

    /// Reads the file at `path` through libxml2's pull parser, which costs about 1% fewer
    /// instructions in all than the push parser of `parse(path:)` (#30): true when the whole file was
    /// read with no problem of any kind. False says nothing of why: the file is then read again
    /// by `parse(path:)`, with a new handler, for the rejection (`ExportReader.read(path:)`).
    ///
    /// libxml2 2.9 words some errors differently in its two parsers (a file cut short is "Extra
    /// content at the end of the document" when pushed, "Premature end of data in tag ..." when
    /// pulled), and a rejection quotes libxml2's words: so every rejection comes from the push
    /// parser, as before. A file the pull parser reads to its end without an error, a stop or a
    /// failed read gives the push parser the same events in the same order, the same bytes
    /// (the guard of `StartTagGuard` sees them first, a chunk at a time) and no error either.
    func readCleanly(path: String) -> Bool {
        guard let file = try? FileDescriptor.open(path, .readOnly) else { return false }
        defer { try? file.close() }
        if file.isFolder { return false }
        let source = PullSource(file: file, limit: limits.maxStartTagBytes)
        return pull(from: source)
    }

    /// `readCleanly(path:)` for a document held in memory; for tests and the fuzzer.
    func readCleanly(bytes: UnsafeRawBufferPointer) -> Bool {
        guard !bytes.isEmpty else { return false }
        var guardState = StartTagGuard(limit: limits.maxStartTagBytes)
        guard guardState.accept(bytes.bindMemory(to: UInt8.self)) else { return false }
        return pull(from: PullSource(bytes: bytes))
    }

    /// The pull parser over `source`, with the handler and options of the push parser.
    private func pull(from source: PullSource) -> Bool {
        var sax = StreamSAX.handler
        guard
            let created = xmlCreateIOParserCtxt(
                &sax, Unmanaged.passUnretained(self).toOpaque(),
                { source, buffer, count in
                    guard let source, let buffer, count > 0 else { return -1 }
                    return Unmanaged<PullSource>.fromOpaque(source)._withUnsafeGuaranteedRef {
                        $0.read(into: UnsafeMutableRawPointer(buffer), count: Int(count))
                    }
                }, nil, Unmanaged.passUnretained(source).toOpaque(), XML_CHAR_ENCODING_NONE)
        else { return false }
        context = created
        defer { finish() }
        xmlCtxtUseOptions(created, StreamSAX.options)
        let result = withExtendedLifetime(source) { xmlParseDocument(created) }
        // libxml2 reports a byte it cannot convert from the file's encoding to no parser when it
        // pulls: its input buffer keeps the error.
        let converted = created.pointee.input?.pointee.buf.map { $0.pointee.error == 0 } ?? false
        return result == 0 && created.pointee.wellFormed != 0 && created.pointee.errNo == 0 && rejection == nil
            && !source.failed && converted
    }

    /// Reads a document held in memory; for tests and the fuzzer.
    func parse(bytes: UnsafeRawBufferPointer) -> (line: Int, reason: RejectionReason)? {
        guard !bytes.isEmpty else { return (1, .emptyFile) }
        var guardState = StartTagGuard(limit: limits.maxStartTagBytes)
        let all = bytes.bindMemory(to: UInt8.self)
        if !guardState.accept(all) {
            let line = 1 + all[..<guardState.offendingOffset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return (line, .limitExceeded(.bytesWithoutMarkup, limit: limits.maxStartTagBytes))
        }
        var offset = 0
        while offset < bytes.count && rejection == nil {
            let count = min(pushChunkSize, bytes.count - offset)
            if push(bytes.baseAddress! + offset, count: count, terminate: false) { break }
            offset += count
        }
        if rejection == nil { _ = push(nil, count: 0, terminate: true) }
        finish()
        return rejection
    }

    /// Feeds bytes to the parser, made on the first call.
    /// - Returns: true when reading must stop.
    private func push(_ bytes: UnsafeRawPointer?, count: Int, terminate: Bool) -> Bool {
        var sax = StreamSAX.handler
        guard
            let result = pushChunk(
                bytes, count: count, terminate: terminate, to: context, handler: &sax,
                userData: Unmanaged.passUnretained(self).toOpaque(), options: StreamSAX.options,
                made: { context = $0 })
        else {
            rejection = (0, .unreadable(.noParser))
            return true
        }
        check(result)
        return rejection != nil
    }

    /// Some failures, such as bytes that cannot be converted from the declared encoding, are only
    /// reported by xmlParseChunk's result, not through the error callback.
    private func check(_ result: Int32) {
        guard rejection == nil, let context else { return }
        if result != 0 || context.pointee.wellFormed == 0 {
            let reason: ParserFault =
                result == Int32(XML_ERR_INVALID_ENCODING.rawValue) || result == Int32(XML_ERR_INVALID_CHAR.rawValue)
                ? .invalidEncoding : .stopped(code: result)
            reject(.notWellFormed(reason), line: max(currentLine, 1))
        }
    }

    private func finish() {
        if let context {
            xmlFreeParserCtxt(context)
            self.context = nil
        }
    }

    fileprivate var currentLine: Int {
        guard let context else { return 0 }
        return inputLine(context)
    }

    fileprivate func reject(_ reason: RejectionReason, line: Int) {
        guard rejection == nil else { return }
        rejection = (line, reason)
        if let context { xmlStopParser(context) }
    }

    @inline(__always)
    fileprivate func didStart(_ tag: XMLStartTag) {
        guard rejection == nil else { return }
        if inLeaf {
            // A child of a leaf: the leaf is open after all.
            inLeaf = false
            depth += 1
            handler.leafHasChild()
        }
        depth += 1
        elements += 1
        if depth > limits.maxDepth {
            reject(.limitExceeded(.depth, limit: limits.maxDepth), line: tag.line)
        } else if elements > limits.maxElements {
            reject(.limitExceeded(.elements, limit: limits.maxElements), line: tag.line)
        } else {
            switch handler.start(tag) {
            case .open:
                break
            case .leaf:
                // Closed at once unless a child comes: its end tag will not be reported.
                inLeaf = true
                depth -= 1
            case .stop:
                if let reason = handler.startProblem { reject(reason, line: tag.line) }
            }
        }
    }

    @inline(__always)
    fileprivate func didEnd(localName: UnsafePointer<UInt8>, namespaceURI: UnsafePointer<UInt8>?) {
        guard rejection == nil else { return }
        depth -= 1
        if handler.end(localName: InternedName(localName), namespaceURI: namespaceURI.map(InternedName.init)),
            let problem = handler.endProblem
        {
            reject(problem.reason, line: problem.line ?? currentLine)
        }
    }
}

/// The bytes the pull parser's source reads from the file at once: 64 KiB, which the system copies
/// into the buffer and libxml2 copies out of it, 4,000 bytes at a time, while they are still in
/// the processor's nearest caches. With 256 KiB (the push parser's chunk), the system's copy and
/// libxml2's took 32.2 and 12.4 ms of one job's messy province, with 64 KiB 30.7 and 10.0 ms
/// (`perf`, three runs each; #30). The reads are four times as many: about 2,800 for a province.
let pullChunkSize = 64 * 1024

/// What the pull parser reads: a file, through one buffer of `pullChunkSize` bytes, each chunk
/// checked by `StartTagGuard` before libxml2 sees a byte of it; or a document in memory, checked
/// whole. libxml2 asks for about 4,000 bytes at a time, copied out of the chunk.
private final class PullSource {
    private let file: FileDescriptor?
    private let buffer: UnsafeMutableRawBufferPointer?
    private var next: UnsafeRawPointer?
    private var end: UnsafeRawPointer?
    private var guardState: StartTagGuard
    /// A read failed, or a stretch between two `<` went over the limit: the parser was told of
    /// an error, and the push parser will say which.
    private(set) var failed = false

    init(file: FileDescriptor, limit: Int) {
        self.file = file
        buffer = .allocate(byteCount: pullChunkSize, alignment: 1)
        guardState = StartTagGuard(limit: limit)
    }

    /// `bytes`, already accepted by a `StartTagGuard`, must outlive the source.
    init(bytes: UnsafeRawBufferPointer) {
        file = nil
        buffer = nil
        next = bytes.baseAddress
        end = bytes.baseAddress.map { $0 + bytes.count }
        guardState = StartTagGuard(limit: .max)
    }

    deinit { buffer?.deallocate() }

    /// Copies at most `count` bytes to `target`: how many, 0 at the end, -1 after a failure.
    func read(into target: UnsafeMutableRawPointer, count: Int) -> Int32 {
        if failed { return -1 }
        if next == end {
            guard let file, let buffer else { return 0 }
            let read: Int
            do {
                read = try file.read(into: buffer)
            } catch {
                failed = true
                return -1
            }
            if read == 0 { return 0 }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<read])
            guard guardState.accept(chunk.bindMemory(to: UInt8.self)) else {
                failed = true
                return -1
            }
            next = chunk.baseAddress
            end = chunk.baseAddress.map { $0 + read }
        }
        guard let from = next, let end else { return 0 }
        let copied = min(count, end - from)
        target.copyMemory(from: from, byteCount: copied)
        next = from + copied
        return Int32(copied)
    }
}

/// The line libxml2 has reached in the parser's current input; 0 when it has none.
private func inputLine(_ context: xmlParserCtxtPtr) -> Int {
    guard let input = context.pointee.input else { return 0 }
    return Int(input.pointee.line)
}

/// Watches the raw bytes for a stretch longer than the limit between two `<`, before libxml2
/// parses it: libxml2 2.9 checks duplicate attributes in quadratic time, so one start tag with
/// 100,000 attributes would keep it busy for many seconds. The start of the file counts as a `<`.
struct StartTagGuard {
    private var scan = commune_health_markup_gap(last_markup: 0, offset: 0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The offset of the `<` that starts the stretch that went over the limit.
    /// - Complexity: O(n / limit) calls over n bytes, each scanning backwards from the end of
    ///   its window to the nearest `<`.
    var offendingOffset: Int { Int(scan.last_markup) }

    /// Takes the next chunk of the file; false once a stretch is over the limit.
    mutating func accept(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return commune_health_check_markup_gaps(&scan, base, bytes.count, Int64(limit)) == 0
    }
}

/// The 1-based line of byte `offset` of an open file, counted from its start; used only to
/// report a rejection, so the file is read again rather than counting lines on the hot path.
private func lineNumber(file: FileDescriptor, offset: Int) -> Int {
    var line = 1
    var position = 0
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while position < offset {
        let count = buffer.withUnsafeMutableBytes { bytes in
            let wanted = UnsafeMutableRawBufferPointer(rebasing: bytes[..<min(bytes.count, offset - position)])
            return (try? file.read(fromAbsoluteOffset: position, into: wanted)) ?? 0
        }
        if count <= 0 { break }
        for index in 0..<count where buffer[index] == UInt8(ascii: "\n") { line += 1 }
        position += count
    }
    return line
}

/// The reader's SAX2 callbacks and parser options.
private enum StreamSAX {
    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Made on each use: the C struct (it has a `_private` pointer) is not Sendable, so it cannot
    /// be a shared `static let`; making it is a few stores, once per parser or chunk.
    static var handler: xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            // The parser outlives every callback it makes: no retain and release per element.
            Unmanaged<XMLStreamParser>.fromOpaque(context)._withUnsafeGuaranteedRef { parser in
                parser.didStart(
                    XMLStartTag(
                        localName: InternedName(localName), namespaceURI: uri.map(InternedName.init),
                        position: StartTagPosition(context: parser.context),
                        attributeCount: Int(attributeCount), attributes: attributes))
            }
        }
        sax.endElementNs = { context, localName, _, uri in
            guard let context, let localName else { return }
            Unmanaged<XMLStreamParser>.fromOpaque(context)._withUnsafeGuaranteedRef { parser in
                // The end of a leaf with no child: nothing to report.
                if parser.inLeaf {
                    parser.inLeaf = false
                    return
                }
                parser.didEnd(localName: localName, namespaceURI: uri)
            }
        }
        // A DOCTYPE is refused as soon as its name is read, before any declaration in it is parsed.
        sax.internalSubset = { context, _, _, _ in
            guard let context else { return }
            let parser = Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue()
            parser.reject(.doctype, line: parser.currentLine)
        }
        sax.externalSubset = sax.internalSubset
        sax.serror = { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let parser = Unmanaged<XMLStreamParser>.fromOpaque(context).takeUnretainedValue()
            var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            while message.last?.isNewline == true { message.removeLast() }
            let line = error.pointee.line > 0 ? Int(error.pointee.line) : parser.currentLine
            // libxml2 says "Document is empty" for any file whose first bytes are not markup.
            let empty = error.pointee.code == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue)
            parser.reject(empty ? .noMarkup : .notWellFormed(.libxml2(message)), line: line)
        }
        return sax
    }
}
