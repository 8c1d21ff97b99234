// The keys of the words the card figures show; the words are in each language's file (Text/).

/// A label of the card figures: `CardLabel.fundingGroup(.stateBudget).text(language)`.
package enum CardLabel: Hashable, Sendable {
    case fundingGroup(FundingGroup)
    /// The heading of the per-group counts.
    case fundingGroupsHeading
    /// Children under 6 on the reference date without a valid card.
    case under6WithoutCard
    /// Residents without a valid card on the reference date.
    case uninsured
    /// People whose social-insurance number is on residents of two or more files of one period.
    case duplicatePeople
    case uninsuredColumn(UninsuredColumn)
    /// The card columns of `analyze --format csv`.
    case csvColumn(CardCSVColumn)
    /// Short headings of the reports for people.
    case under6Short, under6Residents, insuredShort, coverageShort, unit, share, number, places, period
    case duplicatePeopleCount(Int)
    case duplicateNote
    case under6Note
    case mixNote

    package func text(_ language: Language) -> String { Labels(language)[.card(.label(self))] }
}

/// The columns of `commune-health uninsured`, in order (docs/spec/cards-v1.md §4). The raw value is the
/// JSON key and the English CSV header; each language's header is `CardLabel.uninsuredColumn`.
package enum UninsuredColumn: String, CaseIterable, Sendable {
    case file, line, communeCode, residentId, sex, birthDate, ageYears, ethnicity, poverty, lastCardValidTo, entitledFree
}

extension FundingGroup {
    package func label(_ language: Language) -> String { CardLabel.fundingGroup(self).text(language) }

    /// A column heading of at most 7 characters, for the terminal table and chart legends.
    package func shortLabel(_ language: Language) -> String { Labels(language)[.card(.fundingShort(self))] }
}

extension CardWarningReason {
    /// The message in `language` (the words are in each language's file).
    package func text(_ language: Language) -> String { Labels(language)[.card(.warning(self))] }
}

extension CardNumberMalformation {
    package func text(_ language: Language) -> String { Labels(language)[.card(.malformation(self))] }
}

/// The card columns `analyze --format csv` adds after the others, in order. The raw value is the
/// English header.
package enum CardCSVColumn: String, CaseIterable, Sendable {
    case insuredEmployment, insuredSocialInsurance, insuredStateBudget, insuredBudgetSupported, insuredHousehold
    case insuredUnknown, under6Residents, under6Uninsured, under6UninsuredRate, duplicatePeople

    /// The column of each funding group's count.
    package static func insured(_ group: FundingGroup) -> CardCSVColumn {
        switch group {
        case .employment: return .insuredEmployment
        case .socialInsurance: return .insuredSocialInsurance
        case .stateBudget: return .insuredStateBudget
        case .budgetSupported: return .insuredBudgetSupported
        case .household: return .insuredHousehold
        case .unknown: return .insuredUnknown
        }
    }
}
