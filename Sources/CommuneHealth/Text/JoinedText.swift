/// One piece of a message joined by `joinedText`: literal text, a value's text, or an integer.
/// A string literal is a `.literal` (`"TE card '"`), so a message reads as its pieces in order.
enum TextPiece: ExpressibleByStringLiteral {
    case literal(StaticString)
    case text(String)
    case integer(Int)

    init(stringLiteral value: StaticString) { self = .literal(value) }

    /// The piece's length in UTF-8 bytes.
    fileprivate var utf8Count: Int {
        switch self {
        case .literal(let text): return text.utf8CodeUnitCount
        case .text(let text): return text.utf8.count
        case .integer(let value):
            var digits = value < 0 ? 2 : 1
            var rest = value.magnitude
            while rest >= 10 { rest /= 10; digits += 1 }
            return digits
        }
    }

    /// Copies the piece's bytes to `target` at `offset`; returns how many.
    fileprivate func copy(into target: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        switch self {
        case .literal(let text):
            let count = text.utf8CodeUnitCount
            (target.baseAddress! + offset).initialize(from: text.utf8Start, count: count)
            return count
        case .text(var text):
            return text.withUTF8 { bytes in
                if let source = bytes.baseAddress { (target.baseAddress! + offset).initialize(from: source, count: bytes.count) }
                return bytes.count
            }
        case .integer(let value):
            let count = utf8Count
            var rest = value.magnitude
            var index = offset + count - 1
            repeat {
                target[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                index -= 1
            } while rest > 0
            if value < 0 { target[offset] = UInt8(ascii: "-") }
            return count
        }
    }
}

/// The pieces joined into one String, made at its full size at once.
///
/// For the messages made once per problem (a messy province has tens of thousands of warnings, a
/// national run millions): string interpolation grows its String piece by piece, about 2,000
/// instructions for a card warning's message; this measures the pieces, then copies them in.
func joinedText(_ pieces: [TextPiece]) -> String {
    var length = 0
    for piece in pieces { length += piece.utf8Count }
    return String(unsafeUninitializedCapacity: length) { target in
        var offset = 0
        for piece in pieces { offset += piece.copy(into: target, at: offset) }
        return offset
    }
}

/// Where the text of a problem goes, piece by piece (`LanguageTexts.problem(_:into:)`): joined into
/// a String (`JoinedString`), or written straight into a report's bytes, escaped as they come, with
/// no String made of the message (JSON's `reason`: one per problem, #30). A text is its pieces in
/// the order given, over one call or several.
protocol TextSink: ~Copyable {
    /// The next piece.
    mutating func append(_ piece: TextPiece)
}

extension TextSink where Self: ~Copyable {
    // A message's pieces in one call, in order. Fixed numbers of them rather than a variadic
    // list: a variadic parameter is an array, allocated and freed for every message, one per
    // problem in a JSON report (#30). A text of more than five pieces calls `append` twice.
    mutating func append(_ a: TextPiece, _ b: TextPiece) {
        append(a)
        append(b)
    }
    mutating func append(_ a: TextPiece, _ b: TextPiece, _ c: TextPiece) {
        append(a)
        append(b)
        append(c)
    }
    mutating func append(_ a: TextPiece, _ b: TextPiece, _ c: TextPiece, _ d: TextPiece) {
        append(a, b)
        append(c, d)
    }
    mutating func append(_ a: TextPiece, _ b: TextPiece, _ c: TextPiece, _ d: TextPiece, _ e: TextPiece) {
        append(a, b, c)
        append(d, e)
    }
}

/// The pieces of a text joined into one String.
struct JoinedString: TextSink {
    private var pieces: [TextPiece] = []

    /// The text that `write` gives, as one String.
    static func joined(_ write: (inout JoinedString) -> Void) -> String {
        var text = JoinedString()
        write(&text)
        return text.string
    }

    /// The pieces given so far, joined at once; a text made whole (interpolated) and given as the
    /// one piece is taken as it is, not copied.
    var string: String {
        if pieces.count == 1, case .text(let whole) = pieces[0] { return whole }
        return joinedText(pieces)
    }

    mutating func append(_ piece: TextPiece) { pieces.append(piece) }
}
