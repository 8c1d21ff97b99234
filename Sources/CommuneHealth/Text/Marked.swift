/// The test-only pseudo-language (`Language.marked`, which `--lang` does not offer): every text of
/// English that has a letter between ⟦ and ⟧; marks (‡, †, ÷) and numbers as English writes them. A report in it shows, once the
/// marked texts and the data are taken out, whether any word reached it without a key
/// (LanguageTests). Being a `LanguageTexts` of its own, it is named by the compiler like any
/// language when a kind of key is added.
struct Marked: LanguageTexts {
    let format: Labels

    private var english: English { English(format: format) }

    /// `⟦text⟧` for a text with a letter; a mark, a number's punctuation or an empty text stays as it
    /// is, so that the reports find their marks (‡ after a rate) and nothing appears that English leaves out.
    static func mark(_ text: String) -> String { text.contains(where: \.isLetter) ? "⟦" + text + "⟧" : text }
    private func mark(_ text: String) -> String { Self.mark(text) }

    static let indicators: [IndicatorWords] = English.indicators.map { words in
        IndicatorWords(
            name: mark(words.name), short: mark(words.short), column: mark(words.column),
            counted: mark(words.counted), cases: mark(words.cases), severe: mark(words.severe),
            gapNoun: mark(words.gapNoun), gapNounOne: mark(words.gapNounOne),
            countedHeading: mark(words.countedHeading), casesHeading: mark(words.casesHeading),
            gapHeading: mark(words.gapHeading))
    }

    func heading(_ key: Heading) -> String { mark(english.heading(key)) }
    func column(_ key: Column) -> String { mark(english.column(key)) }
    func note(_ key: Note) -> String { mark(english.note(key)) }

    /// The marks of numbers have no letter: English's, unmarked, so that numbers read as numbers.
    func number(_ key: NumberText) -> String { mark(english.number(key)) }

    func count(_ key: CountText) -> String { mark(english.count(key)) }
    func unit(_ key: UnitText) -> String { mark(english.unit(key)) }
    func indicator(_ key: IndicatorText) -> String { mark(english.indicator(key)) }
    func problem(_ key: ProblemText) -> String { mark(english.problem(key)) }
    func problem<Sink: TextSink & ~Copyable>(_ key: ProblemText, into sink: inout Sink) { sink.append(.text(problem(key))) }
    func review(_ key: ReviewText) -> String { mark(english.review(key)) }
    func problemKind(_ key: ProblemKindText) -> String { mark(english.problemKind(key)) }
    func layout(_ key: LayoutText) -> String { mark(english.layout(key)) }
    func who(_ key: WHOText) -> String { mark(english.who(key)) }
    func card(_ key: CardText) -> String { mark(english.card(key)) }
    func dataQuality(_ key: DataQualityLabel) -> String { mark(english.dataQuality(key)) }
    func geography(_ key: GeographyText) -> String { mark(english.geography(key)) }
    func workbook(_ key: WorkbookText) -> String { mark(english.workbook(key)) }
    func csv(_ key: CSVText) -> String { mark(english.csv(key)) }
    func failure(_ key: FailureText) -> String { mark(english.failure(key)) }
    func list(_ key: ListKey) -> [String] { english.list(key).map(mark) }
}
