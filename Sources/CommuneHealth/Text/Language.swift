/// The language of a report's labels, headings, columns, messages and number format.
/// JSON keys, codes and file names never change with it.
///
/// To add a language (docs/languages.md): a case here, and a file beside this one with a type
/// like `English` that gives the text of every key (`LanguageTexts`). The compiler then names
/// every other place: the two switches below and `isOffered`.
public enum Language: String, Sendable, CaseIterable {
    case en, vi
    /// A pseudo-language for the tests only (Marked.swift): every text of English between ⟦ and ⟧,
    /// so that a test can tell a word that went through the keys from one that did not. The
    /// command line does not offer it (`isOffered`).
    case marked

    /// Whether `--lang` offers the language.
    package var isOffered: Bool {
        switch self {
        case .en, .vi: true
        case .marked: false
        }
    }

    /// The languages `--lang` offers, in order.
    package static var offered: [Language] { allCases.filter(\.isOffered) }
}

extension Labels {
    /// The text of `key` in this language.
    func text(_ key: LabelKey) -> String {
        switch language {
        case .en: English(format: self).text(key)
        case .vi: Vietnamese(format: self).text(key)
        case .marked: Marked(format: self).text(key)
        }
    }

    /// The text of a problem key in this language, into `sink` (`LanguageTexts.problem(_:into:)`).
    func problem<Sink: TextSink & ~Copyable>(_ key: ProblemText, into sink: inout Sink) {
        switch language {
        case .en: English(format: self).problem(key, into: &sink)
        case .vi: Vietnamese(format: self).problem(key, into: &sink)
        case .marked: Marked(format: self).problem(key, into: &sink)
        }
    }

    /// A list of texts in this language (the CSV headers).
    func list(_ key: ListKey) -> [String] {
        switch language {
        case .en: English(format: self).list(key)
        case .vi: Vietnamese(format: self).list(key)
        case .marked: Marked(format: self).list(key)
        }
    }
}

extension IndicatorWords {
    /// The words of an indicator in a language, from that language's table.
    static func of(_ id: IndicatorID, _ language: Language) -> IndicatorWords {
        switch language {
        case .en: English.indicators[id.slot]
        case .vi: Vietnamese.indicators[id.slot]
        case .marked: Marked.indicators[id.slot]
        }
    }
}
