/// The words of each indicator in one language: its name, its short column name and how its
/// people and cases are called. Each language's table is in its file (`English.indicators`,
/// `Vietnamese.indicators`), in the order of `Indicator.all`.
struct IndicatorWords: Sendable {
    /// The indicator's full name: "Stunting among children under 5".
    var name: String
    /// A column or chart heading: "Stunting".
    var short: String
    /// At most 6 characters, for the 80-column table: "stunt".
    var column: String
    /// The people it counts: "children assessed" / "residents".
    var counted: String
    /// Its cases, in a sentence: "are stunted" / "insured".
    var cases: String
    /// Its severe cases: "severely".
    var severe: String
    /// Cases above the target, after a count: "stunted children above the line"; plural form.
    var gapNoun: String
    /// The same after a count of 1: "stunted child above the line".
    var gapNounOne: String
    /// A table column of the people it counts: "Children assessed" / "Residents".
    var countedHeading: String
    /// A table column of its cases: "stunted" / "insured".
    var casesHeading: String
    /// A table column of its gap: "Stunted above the line" / "To insure".
    var gapHeading: String

    subscript(_ word: IndicatorWord) -> String {
        switch word {
        case .name: name
        case .short: short
        case .column: column
        case .countedHeading: countedHeading
        case .gapHeading: gapHeading
        }
    }
}

extension Labels {
    func name(_ indicator: Indicator) -> String { self[.indicator(.word(indicator.id, .name))] }
    func short(_ indicator: Indicator) -> String { self[.indicator(.word(indicator.id, .short))] }
    func column(_ indicator: Indicator) -> String { self[.indicator(.word(indicator.id, .column))] }

    /// "target ≥ 100%" / "mục tiêu < 20%"; nil without a target.
    func target(_ indicator: Indicator, _ targets: Targets) -> String? {
        targetShort(indicator, targets).map { self[.indicator(.target($0))] }
    }

    /// "≥ 100%" / "< 20%"; nil without a target.
    func targetShort(_ indicator: Indicator, _ targets: Targets) -> String? {
        guard let rate = targets[indicator.id] else { return nil }
        return (indicator.direction == .atLeast ? "≥ " : "< ") + targetPercent(rate)
    }

    /// "39 of 193 children assessed are stunted, 3 severely".
    func casesOf(_ indicator: Indicator, _ counts: IndicatorCounts) -> String {
        self[
            .indicator(
                .cases(
                    indicator.id, cases: counts.cases, assessed: counts.assessed,
                    severe: indicator.hasSevere ? counts.severe : nil))]
    }

    /// "54 residents still to insure" / "1 stunted child above the line".
    func gap(_ indicator: Indicator, _ gap: Int) -> String { self[.indicator(.gap(indicator.id, gap))] }

    /// "very high" / "rất cao"; a dash without a rate.
    func band(_ indicator: Indicator, _ rate: Double?) -> String {
        guard let rate, let bands = indicator.bands else { return "–" }
        return self[.indicator(.band(bands.band(of: rate)))]
    }

    /// A table column of the people it counts: "Children assessed" / "Residents".
    func countedHeading(_ indicator: Indicator) -> String { self[.indicator(.word(indicator.id, .countedHeading))] }
    /// A table column of its gap to the target: "Stunted above the line" / "To insure".
    func gapHeading(_ indicator: Indicator) -> String { self[.indicator(.word(indicator.id, .gapHeading))] }

    /// "Stunting among children under 5 by commune, 2024".
    func byCommune(_ indicator: Indicator, _ key: PeriodKey) -> String {
        self[.indicator(.byCommune(indicator.id, period: periodLong(key)))]
    }

    /// How communes are ordered for the indicator: worst first by its direction.
    func sortNote(_ indicator: Indicator) -> String { self[.indicator(.sortNote(indicator.direction))] }

    /// "Coverage below the target" / "Stunting at or above the target".
    func missesOf(_ indicator: Indicator) -> String { self[.indicator(.misses(indicator.id))] }

    /// Every target of the run: "Coverage ≥ 100%, Stunting < 20%"; nil when there is none.
    func targetsLine(_ targets: Targets) -> String? {
        let parts = Indicator.all.compactMap { indicator in targetShort(indicator, targets).map { "\(short(indicator)) \($0)" } }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    var unitCellNote: String { self[.note(.unitCellNote)] }
    var noTargetLegend: String { self[.note(.noTargetLegend)] }
    var bandHeading: String { self[.heading(.band)] }
    var bandNote: String { self[.note(.bandNote)] }
}
