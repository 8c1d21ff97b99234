/// A word the reports show about data quality (docs/spec/data-quality-v1.md §3); the words are in
/// each language's file (Text/).
package enum DataQualityLabel: String, Sendable, CaseIterable {
    // Headings and notes
    case heading, sortNote, introduction, fewChildrenNote, notComputed, problematicStatisticNote
    // The mark on a stunting rate whose HAZ score is problematic, and its explanation
    case problematicMark, problematicMarkExplanation
    // Statistics
    case flaggedHAZ, sdHAZ, skewnessHAZ, kurtosisHAZ
    case flaggedWHZ, sdWHZ, skewnessWHZ, kurtosisWHZ
    case heightDigitPreference, weightDigitPreference
    case sexRatio, ageRatio, birthDatesFirstOfMonth, birthDatesFirstOfJanuary
    case hazScore, whzScore
    // Categories
    case excellent, good, acceptable, problematic
    // Columns of the per-unit table
    case columnUnit, columnChildren, columnHAZScore, columnWHZScore, columnCategory, columnPoints
    case columnFlagged, columnSD, columnSkewness, columnKurtosis
    case columnHeightDigits, columnWeightDigits, columnSexRatio, columnAgeRatio, columnPValue
    case columnFirstOfMonth, columnFirstOfJanuary
    // The chart of height tenths digits
    case digitChartTitle, digitChartNote, digitAxis, countAxis

    /// The label of a category.
    package static func category(_ category: QualityCategory) -> DataQualityLabel {
        switch category {
        case .excellent: return .excellent
        case .good: return .good
        case .acceptable: return .acceptable
        case .problematic: return .problematic
        }
    }

    package func text(_ language: Language) -> String { Labels(language)[.dataQuality(self)] }
}
