/// A warning about insurance cards: it changes no figure (docs/spec/cards-v1.md §1, §2, §3, §5).
/// Its text in each language is in that language's file (Text/); `description` is the English.
package enum CardWarningReason: Equatable, Sendable, CustomStringConvertible {
    /// A card number of neither known form; the card still counts for coverage, group `unknown`.
    case unknownForm(number: String, why: CardNumberMalformation)
    /// A 15-character number whose group code is outside the table; group `unknown`.
    case unknownGroupCode(number: String, code: String)
    /// A TE card valid on the reference date, held by a resident aged 6 or more.
    case childCardAged6OrMore(number: String, ageYears: Int)
    /// The same social-insurance number on two or more residents of one file: one warning at
    /// each of their lines, naming at most `InFileDuplicate.namedLines` of the other lines (the
    /// first in line order) and counting the rest in `moreLines`, so that a number on k residents
    /// costs k warnings of bounded size, not k² lines (#26).
    case sameNumberInFile(number: String, otherLines: [Int], moreLines: Int = 0)
    /// A card whose social-insurance number (its last 10 digits) is one digit ten times, such as
    /// `0000000000`: a placeholder typed in for want of the number, not a person's. The card counts
    /// for coverage and its group code for who pays; the number takes no part in the check for the
    /// same person in two places (#26).
    case placeholderNumber(number: String, digits: String)

    package var description: String { Labels(.en)[.card(.warning(self))] }
}

package typealias CardWarning = Located<CardWarningReason>

/// The warning for a TE card that makes a resident insured on the reference date, when the
/// resident, `ageYears` old then (`DateFields.completedYears(to:)`), is not under 6 (the card is read
/// as valid all the same). `text` makes the number's text only for a warning.
@inline(__always)
func childCardWarning(_ card: CardNumber, ageYears: Int, text: () -> String) -> CardWarningReason? {
    guard card.isChildCard, !isUnder6(ageYears: ageYears) else { return nil }
    return .childCardAged6OrMore(number: text(), ageYears: ageYears)
}
