import CLibXML2

// Every call into libxml2's XML Schema support lives in this file. Callers see file names, line
// numbers and messages, never a libxml2 pointer.

/// Validation against the XML Schema of format v1 in Reading/Resources
/// (`health-station-export-v1.xsd`, compiled into the program: EmbeddedResources.swift), with libxml2.
///
/// The schema is compiled once, when `shared` is first used, and kept for the life of the
/// process: a compiled schema is read-only and serves any number of validations at once. Each
/// validation gets its own validation context and parser, so `problems(in:)` may be called from
/// many threads in parallel.
///
/// Files are validated streaming, through libxml2's SAX2 push parser with the schema plugged into
/// its events: memory stays flat whatever the size of the file. As in the reader, no DOCTYPE is
/// accepted (validation stops at its name), no entity is substituted and nothing is loaded from
/// the network. The reader's start-tag size limit is not repeated here: `FileValidator` only
/// consults the schema for files the reader accepted.
package final class SchemaCheck: @unchecked Sendable {
    package static let shared = SchemaCheck()

    /// The compiled schema; never freed, never written after `init`.
    private let schema: xmlSchemaPtr?
    /// Why the schema could not be compiled, when it could not (a broken build).
    private let loadFailure: SchemaFinding?

    private init() {
        LibXML2Setup.once()
        let text = EmbeddedResource.exportSchemaV1.bytes
        let messages = MessageList()
        let compiled: xmlSchemaPtr? = {
            guard let base = text.baseAddress?.assumingMemoryBound(to: CChar.self),
                let parser = xmlSchemaNewMemParserCtxt(base, Int32(text.count))
            else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(
                parser,
                { context, error in
                    guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                    let list = Unmanaged<MessageList>.fromOpaque(context).takeUnretainedValue()
                    list.lines.append(Int(error.pointee.line))
                    list.messages.append(message(of: error))
                }, Unmanaged.passUnretained(messages).toOpaque())
            return xmlSchemaParse(parser)
        }()
        schema = compiled
        loadFailure = compiled == nil ? .doesNotCompile(lines: messages.lines, messages: messages.messages) : nil
    }

    /// Every problem the schema finds in the file at `path`, as `FILE:LINE: schema: message`, in
    /// document order. A problem with a start tag is reported on the line of its `<`, as the
    /// reader does; a problem found at an end tag (a missing child) on the line of that end tag.
    package func problems(in path: String) -> [Located<SchemaFinding>] {
        guard let schema else { return [Located(file: path, line: 0, reason: loadFailure ?? .doesNotCompile(lines: [], messages: []))] }
        let validation = SchemaValidation(path: path)
        return withExtendedLifetime(validation) { validation.run(schema: schema) }
    }
}

/// Collects the messages of the schema compiler.
private final class MessageList {
    var lines: [Int] = []
    var messages: [String] = []
}

/// What `validate`'s schema check found, said after `schema: ` (its words in Text/).
package enum SchemaFinding: Equatable, Sendable, CustomStringConvertible {
    /// libxml2's message of a schema violation, quoted.
    case invalid(String)
    /// The file could not be read: the system's message.
    case cannotRead(String)
    case noParser
    case emptyFile
    /// A DOCTYPE: not checked further.
    case doctype
    /// libxml2's message of a well-formedness error, quoted.
    case notWellFormed(String)
    case noValidationContext
    /// The schema could not be plugged into the parser.
    case notPlugged
    /// The shipped schema does not compile: libxml2's messages and their lines.
    case doesNotCompile(lines: [Int], messages: [String])

    /// The English text (Text/English.swift), as `validate` prints it.
    package var description: String { Labels(.en).schemaFinding(self) }
}

/// One validation of one file: owns the validation context, the SAX plug and the push parser,
/// and gathers the problems.
private final class SchemaValidation {
    let path: String
    private(set) var problems: [Located<SchemaFinding>] = []
    private var parser: xmlParserCtxtPtr?
    /// True once parsing must stop (a DOCTYPE, a well-formedness error).
    private var stopped = false
    /// The place, in bytes of the decoded document, of the last start or end tag reported, and
    /// the line an error raised right there belongs to (for a start tag, the line of its `<`).
    private var eventOffset = -1
    private var eventLine = 1

    init(path: String) { self.path = path }

    func run(schema: xmlSchemaPtr) -> [Located<SchemaFinding>] {
        guard let validation = xmlSchemaNewValidCtxt(schema) else {
            return [Located(file: path, line: 0, reason: .noValidationContext)]
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        let me = Unmanaged.passUnretained(self).toOpaque()
        xmlSchemaSetValidStructuredErrors(validation, SchemaSetup.validityError, me)
        // Streaming validation has no tree and, plugged into our own parser, no parser context of
        // its own to take a line from: it asks this locator for the line of every problem.
        xmlSchemaValidateSetLocator(validation, SchemaSetup.locator, me)

        // The plug keeps pointers to the handler and to the two slots until it is unplugged.
        let handler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
        handler.initialize(to: SchemaSetup.handler)
        let handlerSlot = UnsafeMutablePointer<xmlSAXHandlerPtr?>.allocate(capacity: 1)
        handlerSlot.initialize(to: handler)
        let dataSlot = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
        dataSlot.initialize(to: me)
        defer {
            dataSlot.deallocate()
            handlerSlot.deallocate()
            handler.deallocate()
        }
        guard let plug = xmlSchemaSAXPlug(validation, handlerSlot, dataSlot), let plugged = handlerSlot.pointee else {
            return [Located(file: path, line: 0, reason: .notPlugged)]
        }
        // The plug forwards our element events but not the parser's own errors; those come with
        // the parser context, whose `_private` leads back here.
        plugged.pointee.serror = SchemaSetup.parserError
        defer {
            if let parser {
                xmlFreeParserCtxt(parser)
                self.parser = nil
            }
            xmlSchemaSAXUnplug(plug)
        }
        parse(handler: plugged, userData: dataSlot.pointee)
        return problems
    }

    // MARK: Reading

    private func parse(handler: xmlSAXHandlerPtr, userData: UnsafeMutableRawPointer?) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        var failed = false
        let end = readInChunks(path: path) { _, chunk in
            let made = pushChunk(
                chunk.baseAddress, count: chunk.count, terminate: false, to: parser,
                handler: handler, userData: userData, options: SchemaSetup.options
            ) { created in
                parser = created
                created.pointee._private = me
            }
            if made == nil {
                failed = true
                return false
            }
            return !stopped
        }
        switch end {
        case .unreadable(let message):
            report(line: 0, .cannotRead(message))
            return
        case .folder:
            report(line: 0, .cannotRead(Errno.isDirectory.description))
            return
        case .stopped where failed:
            report(line: 0, .noParser)
            return
        case .endOfFile(byteCount: 0):
            report(line: 1, .emptyFile)
            return
        case .endOfFile, .stopped:
            break
        }
        if !stopped, let parser { xmlParseChunk(parser, nil, 0, 1) }
    }

    // MARK: Events

    private var position: (offset: Int, line: Int)? {
        guard let parser, let input = parser.pointee.input,
            let base = input.pointee.base, let cur = input.pointee.cur
        else { return nil }
        return (Int(input.pointee.consumed) + (cur - base), Int(input.pointee.line))
    }

    /// A start tag: problems found now belong to the line of its `<`.
    fileprivate func didStartElement() {
        guard let parser, let here = position else { return }
        eventOffset = here.offset
        eventLine = startTagLine(parser) ?? here.line
    }

    /// An end tag: problems found now (a missing child) are on its line, except for an empty
    /// element `<x/>`, whose problems belong to the line of its `<`, already recorded.
    fileprivate func didEndElement() {
        guard let parser, let input = parser.pointee.input, let here = position,
            let base = input.pointee.base, let cur = input.pointee.cur
        else { return }
        let selfClosing = cur - base >= 2 && cur[-1] == UInt8(ascii: ">") && cur[-2] == UInt8(ascii: "/")
        if !selfClosing { eventLine = here.line }
        eventOffset = here.offset
    }

    /// The line of a problem the schema reports now.
    fileprivate func currentLine() -> Int {
        guard let here = position else { return eventLine }
        return here.offset == eventOffset ? eventLine : here.line
    }

    fileprivate func doctype() {
        report(line: currentLine(), .doctype)
        stop()
    }

    fileprivate func notWellFormed(_ message: String, line: Int) {
        report(line: line > 0 ? line : currentLine(), .notWellFormed(message))
        stop()
    }

    fileprivate func invalid(_ message: String) {
        report(line: currentLine(), .invalid(message))
    }

    private func stop() {
        guard !stopped else { return }
        stopped = true
        if let parser { xmlStopParser(parser) }
    }

    private func report(line: Int, _ finding: SchemaFinding) {
        problems.append(Located(file: path, line: line, reason: finding))
    }
}

/// libxml2's message without its trailing newline, and with the format's own namespace left out
/// of element names: `Element 'resident'` rather than `Element '{urn:commune-health:export:1}resident'`.
private func message(of error: UnsafePointer<xmlError>) -> String {
    var text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    while text.last?.isNewline == true || text.last == " " { text.removeLast() }
    text = text.replacing("##other{urn:commune-health:export:1}*", with: "an element of another namespace")
    text = text.replacing("{urn:commune-health:export:1}", with: "")
    return text
}

/// Process-wide pieces: the handler template, the callbacks (C functions cannot capture, so they
/// find their validation through the pointer libxml2 hands back).
private enum SchemaSetup {
    /// No NOENT (no entity is ever substituted), no HUGE; nothing from the network.
    static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue)

    /// Our own events; the plug calls them before it hands the same event to the schema.
    /// Made on each use: the C struct (it has a `_private` pointer) is not Sendable, so it cannot
    /// be a shared `static let`; making it is a few stores, once per parser or chunk.
    static var handler: xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, _, _, _, _, _, _, _, _ in
            guard let context else { return }
            Unmanaged<SchemaValidation>.fromOpaque(context).takeUnretainedValue().didStartElement()
        }
        sax.endElementNs = { context, _, _, _ in
            guard let context else { return }
            Unmanaged<SchemaValidation>.fromOpaque(context).takeUnretainedValue().didEndElement()
        }
        // A DOCTYPE stops validation as soon as its name is read, before any declaration in it.
        sax.internalSubset = { context, _, _, _ in
            guard let context else { return }
            Unmanaged<SchemaValidation>.fromOpaque(context).takeUnretainedValue().doctype()
        }
        sax.externalSubset = sax.internalSubset
        return sax
    }

    /// Errors of the parser itself. Their user data is the plug, so the validation is found
    /// through the parser context that the error carries.
    static let parserError: xmlStructuredErrorFunc = { _, error in
        guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue,
            let context = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self),
            let validation = context.pointee._private
        else { return }
        Unmanaged<SchemaValidation>.fromOpaque(validation).takeUnretainedValue()
            .notWellFormed(message(of: error), line: Int(error.pointee.line))
    }

    /// Problems the schema finds.
    static let validityError: xmlStructuredErrorFunc = { context, error in
        guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        Unmanaged<SchemaValidation>.fromOpaque(context).takeUnretainedValue().invalid(message(of: error))
    }

    static let locator: xmlSchemaValidityLocatorFunc = { context, file, line in
        file?.pointee = nil
        guard let context else {
            line?.pointee = 0
            return -1
        }
        line?.pointee = UInt(Unmanaged<SchemaValidation>.fromOpaque(context).takeUnretainedValue().currentLine())
        return 0
    }
}
