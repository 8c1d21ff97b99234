/// Text from the input (names, IDs, file and folder paths) made safe to show on a terminal
/// (docs/reports.md, "Text shown on a terminal"): every control character and every bidi control
/// is written as a visible escape, `\u{1B}`, `\u{202E}`, so that a name cannot move the cursor,
/// clear the screen, erase the warning above it or reverse the figures after it.
///
/// Made visible: C0 controls U+0000–U+001F (tab and line feed too: inside a name they are
/// controls), DEL U+007F, C1 controls U+0080–U+009F, the bidi embeddings, overrides and isolates
/// U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and U+061C, and the line and
/// paragraph separators U+2028, U+2029. The escape is `\u{` the code in upper-case hex `}`. Every
/// other character is kept as it is; a backslash is not doubled, so text that spells an escape
/// shows as one (it moves nothing either way).
package enum TerminalText {
    /// `text` with every control and bidi control written as a visible escape.
    package static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        return pieces(text).joined()
    }

    /// The visible text in pieces that are never cut: a character, or one escape.
    static func pieces(_ text: String) -> [String] {
        var pieces: [String] = []
        for character in text {
            guard character.unicodeScalars.contains(where: isEscaped) else {
                pieces.append(String(character))
                continue
            }
            // A control is a character of its own (but CR LF); anything else in it is kept whole.
            var kept = String.UnicodeScalarView()
            for scalar in character.unicodeScalars {
                if isEscaped(scalar) {
                    if !kept.isEmpty { pieces.append(String(kept)); kept = String.UnicodeScalarView() }
                    pieces.append(escape(scalar))
                } else {
                    kept.append(scalar)
                }
            }
            if !kept.isEmpty { pieces.append(String(kept)) }
        }
        return pieces
    }

    /// `text` made visible in exactly `width` characters: padded with spaces, or cut with `…` when
    /// longer. The cut falls between pieces, never inside an escape (nor, since every bidi control
    /// is an escape, between an override and its end).
    package static func fitted(_ text: String, width: Int) -> String {
        let pieces = pieces(text)
        let count = pieces.reduce(0) { $0 + $1.count }
        if count <= width { return pieces.joined() + String(repeating: " ", count: width - count) }
        var cut = "", used = 0
        for piece in pieces {
            if used + piece.count > width - 1 { break }
            cut += piece
            used += piece.count
        }
        return cut + "…" + String(repeating: " ", count: max(0, width - 1 - used))
    }

    /// Whether `scalar` is shown as an escape.
    static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0, DEL, C1
        case 0x202A...0x202E, 0x2066...0x2069: return true  // embeddings, overrides, isolates
        case 0x200E, 0x200F, 0x061C: return true  // LRM, RLM, ALM
        case 0x2028, 0x2029: return true  // line and paragraph separators
        default: return false
        }
    }

    /// What Markdown and HTML show as an escape: the same but tab, line feed and carriage
    /// return, which their formats treat as white space.
    static func isEscapedInDocuments(_ scalar: Unicode.Scalar) -> Bool {
        isEscaped(scalar) && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// Appends `character` to a document's text (HTML, Markdown) as it is, or as its escapes when
    /// it holds a control or bidi control that a document must not carry.
    static func appendShownInDocument(_ character: Character, to text: inout String) {
        if character.unicodeScalars.contains(where: isEscapedInDocuments) {
            text += visible(String(character))
        } else {
            text.append(character)
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}

extension Labels {
    /// A province's name for the terminal table: made visible.
    func terminalProvinceName(_ unit: UnitSummary) -> String { TerminalText.visible(provinceName(unit)) }
}
