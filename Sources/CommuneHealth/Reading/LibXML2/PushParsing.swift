import CLibXML2

// What the two users of libxml2's SAX2 push parser share (the export reader's XMLStreamParser and
// the schema check's SchemaValidation): the one-time process setup, the chunked read of a file,
// the parser made on the file's first bytes, and the line of the start tag just reported.

/// Process-wide libxml2 state, set once before the first parser of any kind runs.
enum LibXML2Setup {
    private static let initialized: Void = {
        xmlInitParser()
        // Every error reaches its parser through the structured callback with its line; nothing
        // is printed by libxml2 itself, in this thread or any other.
        commune_health_silence_generic_errors()
        // Nothing a document names is ever loaded: not a file, not a URL, not a DTD.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func once() { _ = initialized }
}

/// How reading a file in chunks ended.
enum ChunkedReadEnd {
    /// The whole file was read; it held `byteCount` bytes.
    case endOfFile(byteCount: Int)
    /// The consumer asked to stop.
    case stopped
    /// The path names a folder; nothing was read.
    case folder
    /// The file could not be opened or read: the system's message.
    case unreadable(String)
}

/// Size of one read, and of the parts of an in-memory document fed to the parser at once.
let pushChunkSize = 256 * 1024

/// Reads the file at `path` in chunks of `pushChunkSize` bytes, through one buffer, handing each
/// chunk (and the open descriptor) to `consume` until the end of the file or until it returns false.
func readInChunks(path: String, _ consume: (_ file: FileDescriptor, _ chunk: UnsafeBufferPointer<UInt8>) -> Bool) -> ChunkedReadEnd {
    let file: FileDescriptor
    do {
        file = try FileDescriptor.open(path, .readOnly)
    } catch {
        return .unreadable(error.description)
    }
    defer { try? file.close() }
    if file.isFolder { return .folder }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: pushChunkSize, alignment: 1)
    defer { buffer.deallocate() }
    var total = 0
    while true {
        let count: Int
        do {
            count = try file.read(into: buffer)
        } catch {
            return .unreadable(error.description)
        }
        if count == 0 { return .endOfFile(byteCount: total) }
        total += count
        if !consume(file, UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)) {
            return .stopped
        }
    }
}

/// Feeds `count` bytes (none with `terminate`, to end the document) to the push parser
/// `context`, or, when it is nil, makes the parser on these first bytes so that libxml2 sees
/// them (a BOM, `<?xml encoding=...?>`) as it is made and picks the encoding from them. The new
/// parser gets `handler` (copied by libxml2), `userData` and `options`, and is handed to `made`,
/// which must keep it, before any byte is parsed.
///
/// The parser is passed in and handed out rather than held here: libxml2 calls back into its
/// owner while it parses, and the callbacks read it.
/// - Returns: xmlParseChunk's result (0 when nothing was parsed), or nil when libxml2 could not
///   make a parser.
func pushChunk(
    _ bytes: UnsafeRawPointer?, count: Int, terminate: Bool, to context: xmlParserCtxtPtr?,
    handler: xmlSAXHandlerPtr, userData: UnsafeMutableRawPointer?, options: Int32,
    made: (xmlParserCtxtPtr) -> Void
) -> Int32? {
    let chars = bytes?.assumingMemoryBound(to: CChar.self)
    if let context {
        // libxml2 2.9 moves what it has not parsed yet to the front of its buffer when a call
        // finds more than 4 KiB parsed before it: after a push that is the whole new chunk,
        // 256 KiB copied per chunk (about one instruction a byte of the file). An empty push
        // first lets it move only the few bytes left of the last chunk; it parses nothing
        // that the next push would not (#30).
        // An error it meets stops the parser, and the push below then returns it.
        if count > 0, !terminate { _ = xmlParseChunk(context, nil, 0, 0) }
        return xmlParseChunk(context, chars, Int32(count), terminate ? 1 : 0)
    }
    let first = min(count, 4)
    guard let created = xmlCreatePushParserCtxt(handler, userData, chars, Int32(first), nil) else { return nil }
    made(created)
    xmlCtxtUseOptions(created, options)
    let rest = count - first
    guard rest > 0 || terminate else { return 0 }
    return xmlParseChunk(created, chars.map { $0 + first }, Int32(rest), terminate ? 1 : 0)
}

/// The 1-based line of the `<` of the start tag libxml2 just reported: libxml2 reports a start
/// tag once it has read it whole, so count back from its position to the tag's `<`. Nil when the
/// parser has no input position.
///
/// libxml2 keeps the column of its position beside the line: 1-based, in characters since the last
/// line end, so never more than the bytes. When the tag has fewer bytes than that column, no line
/// end lies inside it and the line is libxml2's; only a tag written over several lines (or one
/// long in multibyte characters) has its line ends counted.
///
/// `from`, when it lies in the input before the position (the start of the first attribute's
/// value, which no `<` can precede within the tag), shortens the walk back: only the tag's name
/// and first attribute's name lie between it and the `<`. With the lengths of those two local
/// names (`nameLengths`, 0 when unknown), a tag written in its shortest form needs no walk back
/// (`shortFormOpening`, #30).
@inline(__always)
func startTagLine(
    _ context: xmlParserCtxtPtr, from hint: UnsafePointer<xmlChar>? = nil, nameLengths: (name: Int, attribute: Int) = (0, 0)
) -> Int? {
    guard let input = context.pointee.input,
        let base = input.pointee.base, let cursor = input.pointee.cur
    else { return nil }
    let line = Int(input.pointee.line)
    var end = cursor
    if let hint, hint > base, hint < cursor { end = hint }
    let opening: UnsafePointer<UInt8>
    if end != cursor, let short = shortFormOpening(value: end, base: base, nameLengths: nameLengths) {
        opening = short
    } else {
        guard end > base, let found = commune_health_last_lt(base, end - base) else { return line }
        opening = UnsafePointer(found)
    }
    if cursor - opening < Int(input.pointee.col) { return line }
    return line - lineEnds(from: opening, to: cursor)
}

/// The `<` of a start tag written in its shortest form up to its first attribute's `value`,
/// `<name attribute="` (one space or tab, no prefix, nothing around `=`), as exports write their
/// records; nil when it is not, or when the lengths are unknown (0).
///
/// No `<` can stand inside a tag, and the shortest form is `name + attribute + 4` bytes long, so a
/// `<` that many bytes before the value is the tag's own; then only the one space between the
/// names could have been a line end. Two bytes compared instead of a walk back.
@inline(__always)
private func shortFormOpening(
    value: UnsafePointer<UInt8>, base: UnsafePointer<UInt8>, nameLengths: (name: Int, attribute: Int)
) -> UnsafePointer<UInt8>? {
    let length = nameLengths.name &+ nameLengths.attribute &+ 4
    guard nameLengths.attribute > 0, value - base >= length, value[-length] == UInt8(ascii: "<"),
        value[nameLengths.name &+ 1 &- length] != UInt8(ascii: "\n")
    else { return nil }
    return value - length
}

/// The line ends in `start..<end`: for the rare tag written over several lines.
private func lineEnds(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> Int {
    var count = 0
    var from = start
    while let newline = LibC.memchr(from, Int32(UInt8(ascii: "\n")), end - from) {
        count += 1
        from = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) + 1
    }
    return count
}
