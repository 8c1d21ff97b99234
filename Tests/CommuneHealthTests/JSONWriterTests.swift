import Testing
@testable import CommuneHealth

/// The JSON writer against the layout of docs/spec/cli-v1.md's examples: two-space indentation,
/// `{}` and `[]` when empty, strings escaped, dates as `CalendarDate.description` writes them.
@Suite("JSON writer")
struct JSONWriterTests {
    /// Values that JSON escapes, a quote, a backslash and control characters, inside the texts of
    /// problems: the pieces that come from data are escaped as a whole String's would be.
    private static let escapedValue = "a\"b\\c\n\t\u{1}đ"

    /// #30: a problem's reason written piece by piece (`member(_:text:)` with
    /// `Labels.reason(_:into:)`) is the same bytes as its text made whole and then written, and the
    /// pieces joined are that text, in every language, for a sample of every problem's text and for
    /// each text made of pieces with values to escape.
    @Test(arguments: Language.allCases) func reasonsWrittenInPiecesAreTheirTexts(_ language: Language) {
        let labels = Labels(language)
        let value = Self.escapedValue
        let records: [RecordReason] =
            ProblemText.records + [
                .malformedAttribute(element: "resident", attribute: "sex", value: value),
                .measuredBeforeBirth(date: value, birthDate: value), .cardEndsBeforeStart(validFrom: value, validTo: value),
            ]
        let cards: [CardWarningReason] = [
            .unknownForm(number: value, why: .length), .unknownGroupCode(number: value, code: value),
            .childCardAged6OrMore(number: value, ageYears: 7), .childCardAged6OrMore(number: "TE1010000000001", ageYears: -12),
            .sameNumberInFile(number: value, otherLines: [17, 18], moreLines: 3), .placeholderNumber(number: value, digits: value),
        ]
        let warnings: [WarningReason] =
            ProblemText.warnings + cards.map(WarningReason.card) + [
                .standingUnderNineMonths(childID: value), .superseded(by: value),
                .geography(.unknownCommuneCode(code: value, edition: .legacy, inOtherEdition: false)),
            ]
        var reasons: [any Sendable] = ProblemText.rejections + records + warnings
        reasons.append(value)  // any other reason: as it describes itself
        for reason in reasons {
            let text = labels.reason(reason)
            var joined = JoinedString()
            labels.reason(reason, into: &joined)
            #expect(joined.string == text, "\(reason)")
            var whole = JSONWriter(), pieces = JSONWriter()
            whole.beginObject()
            whole.member("reason", text)
            whole.endObject()
            pieces.beginObject()
            pieces.member("reason") { labels.reason(reason, into: &$0) }
            pieces.endObject()
            #expect(pieces.string == whole.string, "\(reason)")
        }
        #expect(labels.reason(WarningReason.card(cards[2])).contains("a\"b\\c\n\t\u{1}đ"))
    }

    /// #30: `problem(file:line:reason:)`, which copies what comes before the line while the file
    /// and the indentation repeat, writes the bytes of `beginObject`, the three members and
    /// `endObject`: over files that repeat, change, come back, need escapes or are short, at two
    /// indentations (the same file at both), after other values, and with a reason of pieces to
    /// escape.
    @Test func problemObjectsAreTheirMembers() {
        let files = [
            "/data/2024/08-070-02200-2024.xml", "/data/2024/08-070-02200-2024.xml", "a.xml", "a.xml",
            "/data/2024/08-070-02200-2024.xml", Self.escapedValue, Self.escapedValue, "", "b\\c",
        ]
        let labels = Labels(.vi)
        func write(_ w: inout JSONWriter, members: Bool) {
            w.beginObject()
            w.member("count", files.count)
            for key: StaticString in ["warnings", "more"] {
                w.beginArray(key)
                for (index, file) in files.enumerated() {
                    let reason = WarningReason.card(.childCardAged6OrMore(number: index.isMultiple(of: 2) ? Self.escapedValue : "TE1", ageYears: index))
                    if members {
                        w.beginObject()
                        w.member("file", repeating: file)
                        w.member("line", index * 1000 - 3)
                        w.member("reason") { labels.reason(reason, into: &$0) }
                        w.endObject()
                    } else {
                        w.problem(file: file, line: index * 1000 - 3) { labels.reason(reason, into: &$0) }
                    }
                }
                w.beginObject("nested")
                w.beginArray("deeper")
                for file in [files.last!, files.last!, "a.xml"] {
                    if members {
                        w.beginObject()
                        w.member("file", repeating: file)
                        w.member("line", 1)
                        w.member("reason") { $0.append("r") }
                        w.endObject()
                    } else {
                        w.problem(file: file, line: 1) { $0.append("r") }
                    }
                }
                w.endArray()
                w.endObject()
                w.endArray()
            }
            w.endObject()
        }
        var byMembers = JSONWriter(), byProblem = JSONWriter()
        write(&byMembers, members: true)
        write(&byProblem, members: false)
        #expect(byProblem.string == byMembers.string)
        #expect(byProblem.string.contains("      \"line\": 997,\n      \"reason\": \"thẻ TE"))
    }

    /// #30: one to five pieces in one call (`TextSink`'s fixed numbers of them) are those pieces
    /// in turn, joined into a String and written into JSON alike.
    @Test func piecesInOneCallAreThePiecesInTurn() {
        let pieces: [TextPiece] = ["a ", .text(Self.escapedValue), .integer(-7), " đ ", .text("")]
        func give<Sink: TextSink & ~Copyable>(_ count: Int, to sink: inout Sink) {
            switch count {
            case 1: sink.append(pieces[0])
            case 2: sink.append(pieces[0], pieces[1])
            case 3: sink.append(pieces[0], pieces[1], pieces[2])
            case 4: sink.append(pieces[0], pieces[1], pieces[2], pieces[3])
            default: sink.append(pieces[0], pieces[1], pieces[2], pieces[3], pieces[4])
            }
        }
        for count in 1...5 {
            var joined = JoinedString(), written = JSONWriter(), whole = JSONWriter()
            give(count, to: &joined)
            written.member("t") { give(count, to: &$0) }
            let text = joinedText(Array(pieces.prefix(count)))
            #expect(joined.string == text)
            whole.member("t", text)
            #expect(written.string == whole.string)
        }
        #expect(joinedText(pieces) == "a a\"b\\c\n\t\u{1}đ-7 đ ")
    }

    /// The check for bytes to escape, a word at a time and the last few in the word that ends with
    /// them: each byte that JSON escapes is found at every place of strings of 1 to 40 bytes.
    @Test func everyByteToEscapeIsFoundWherever() {
        for length in 1...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(!plain.withUnsafeBufferPointer(needsEscape))
            for place in 0..<length {
                for byte: UInt8 in [0x00, 0x1F, 0x0A, UInt8(ascii: "\""), UInt8(ascii: "\\")] {
                    var bytes = plain
                    bytes[place] = byte
                    #expect(bytes.withUnsafeBufferPointer(needsEscape), "byte \(byte) at \(place) of \(length)")
                }
                var beyond = plain
                beyond[place] = 0xC4  // UTF-8 beyond ASCII, and space: no escape
                beyond[length - 1 - place] = 0x20
                #expect(!beyond.withUnsafeBufferPointer(needsEscape))
            }
        }
    }

    @Test func layoutAndEscapes() {
        var w = JSONWriter()
        w.beginObject()
        w.member("a", 1)
        w.beginObject("empty")
        w.endObject()
        w.beginArray("list")
        w.double(0.5)
        w.double(Double.nan)
        w.string("tab\there \"q\" \\ \u{1}")
        w.beginArray()
        w.endArray()
        w.endArray()
        w.member("none", nil as Int?)
        w.endObject()
        w.endDocument()
        #expect(
            w.string == """
                {
                  "a": 1,
                  "empty": {},
                  "list": [
                    0.5,
                    null,
                    "tab\\there \\"q\\" \\\\ \\u0001",
                    []
                  ],
                  "none": null
                }

                """)
    }

    /// The word-at-a-time check agrees with the byte-at-a-time definition for every byte value at
    /// every position of buffers of 1 to 24 bytes (so in a whole word and in the tail), among
    /// plain ASCII and among the bytes of "Tuyên Quang" (UTF-8 beyond ASCII never needs an escape).
    @Test func escapeCheckFindsEveryByteThatNeedsOne() {
        func byByte(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopqrstuvwx".utf8), Array("Tuyên Quang Hà Giang xã ".utf8)]
        var checked = 0, escaped = 0
        for filler in fillers {
            for length in 1...24 {
                let plain = Array(filler.prefix(length))
                #expect(plain.withUnsafeBufferPointer(needsEscape) == false)
                for position in 0..<plain.count {
                    for value in 0...255 {
                        var bytes = plain
                        bytes[position] = UInt8(value)
                        let expected = byByte(bytes)
                        if bytes.withUnsafeBufferPointer(needsEscape) != expected {
                            Issue.record("byte \(value) at \(position) of \(length): expected \(expected)")
                        }
                        checked += 1
                        if expected { escaped += 1 }
                    }
                }
            }
        }
        #expect(checked == 2 * 300 * 256)
        #expect(escaped == 2 * 300 * 34)
        #expect([UInt8]().withUnsafeBufferPointer(needsEscape) == false)
    }

    /// A warning's message written through JSON: quoted, escaped only where needed, the same
    /// bytes whichever path (plain or escaped) the writer takes.
    @Test func messagesJoinedAtOnceReadAsTheirPieces() {
        #expect(joinedText(["TE card '", .text("TE1080100000012"), "' aged ", .integer(63), "."]) == "TE card 'TE1080100000012' aged 63.")
        #expect(
            joinedText([.integer(0), " ", .integer(-45), " ", .integer(Int.min), " ", .integer(Int.max)])
                == "0 -45 \(Int.min) \(Int.max)")
        #expect(joinedText(["thẻ TE '", .text("Xã Thái Bình"), "' ", .text("")]) == "thẻ TE 'Xã Thái Bình' ")
        #expect(joinedText([]) == "")
        var w = JSONWriter()
        w.string(CardWarningReason.childCardAged6OrMore(number: "TE\"1", ageYears: 7).text(.vi))
        #expect(w.string == "\"thẻ TE 'TE\\\"1' còn hạn vào ngày tham chiếu nhưng người có thẻ đã 7 tuổi (thẻ TE dành cho trẻ em dưới 6 tuổi)\"")
    }

    @Test func datesAsTheirDescription() {
        let dates = [
            CalendarDate(daysSinceEpoch: 0), CalendarDate(daysSinceEpoch: 19_723),
            CalendarDate(daysSinceEpoch: -718_000), CalendarDate(daysSinceEpoch: -800_000),
            CalendarDate(daysSinceEpoch: 2_932_896), CalendarDate(daysSinceEpoch: 2_932_897),
        ]
        for date in dates {
            var w = JSONWriter()
            w.date(date)
            #expect(w.string == "\"" + date.description + "\"", "\(date.components)")
        }
    }

    /// `CalendarDate.description`: four-digit years written at once, any other year padded as before
    /// (a year before 0 as it always was, zeros before its sign).
    @Test func datesDescribedExactly() {
        let cases: [(Int, String)] = [
            (0, "1970-01-01"), (19_723, "2024-01-01"), (19_782, "2024-02-29"), (20_088, "2024-12-31"),
            (-719_528, "0000-01-01"), (-719_529, "00-1-12-31"), (2_932_896, "9999-12-31"), (2_932_897, "10000-01-01"),
        ]
        for (days, text) in cases { #expect(CalendarDate(daysSinceEpoch: days).description == text, "\(days)") }
    }

    /// Elements written apart on their own threads are joined into the same bytes.
    @Test func elementsWrittenApartJoinTheSame() {
        func written(jobs: Int) -> String {
            var w = JSONWriter()
            w.beginObject()
            w.array("items", count: 40, jobs: jobs, apart: 2) { w, index in
                w.beginObject()
                w.member("index", index)
                w.beginArray("pair")
                w.int(index)
                w.int(-index)
                w.endArray()
                w.endObject()
            }
            w.endObject()
            return w.string
        }
        #expect(written(jobs: 3) == written(jobs: 1))
        #expect(written(jobs: 1).contains("\n    {\n      \"index\": 39,\n      \"pair\": [\n        39,\n        -39\n      ]\n    }\n  ]\n}"))
    }

    /// A repeated value (each problem's file) is written as `string` writes it, every time: a long
    /// plain one (checked once, then known by the address of its bytes), one with an escape (never
    /// remembered), a short one, and a long plain one made again with other bytes between (#30).
    @Test func repeatingValuesAreWrittenLikeAnyString() {
        let long = "exports/commune-health-compare/messy-1/08-070-02200-2024.xml"
        let quoted = "exports/a \"quoted\" folder/08-070-02200-2024.xml"
        let values = [
            long, long, quoted, quoted, "short.xml", "short.xml", long,
            String(long.dropLast(4)) + ".xm\"", long,
        ]
        var repeating = JSONWriter(), plain = JSONWriter()
        repeating.beginArray()
        plain.beginArray()
        for value in values {
            repeating.beginObject()
            repeating.member("file", repeating: value)
            repeating.endObject()
            plain.beginObject()
            plain.member("file", value)
            plain.endObject()
        }
        repeating.endArray()
        plain.endArray()
        #expect(repeating.string == plain.string)
        #expect(repeating.string.contains("\"file\": \"exports/a \\\"quoted\\\" folder/08-070-02200-2024.xml\""))
        #expect(repeating.string.contains("\"file\": \"exports/commune-health-compare/messy-1/08-070-02200-2024.xm\\\"\""))
    }
}
