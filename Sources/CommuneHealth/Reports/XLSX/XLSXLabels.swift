/// The keys of the words only the XLSX workbook shows (the words are in each language's file,
/// Text/): sheet names,
/// column headings with what each column means, and the lines of the "About" sheet. Words every
/// report shares (indicator names, bands, verdicts, groups) stay in Labels and IndicatorWords.
enum XLSXLabel: Sendable, CaseIterable {
    // Sheets
    case summarySheet, provincesSheet, districtsSheet, communesSheet, breakdownsSheet, qualitySheet, problemsSheet, aboutSheet
    case completenessSheet, missingSheet, duplicatesSheet, reviewSheet
    // The first sheet, the headline as the HTML cards say it (#27)
    case overviewSheet, overviewCounts, overviewVerdict, overviewNote
    // Values
    case yes, no
    // The About sheet: its columns, sections, items and file statuses
    case aboutSection, aboutSheetColumn, aboutItem, aboutValue, aboutJSON
    case sectionGeneral, sectionColumn, sectionFile
    case tool, inputs, language, targets, noTarget, growthStandards, growthStandardsSource, bands, intervals
    case dataQuality, specifications, specificationsValue, filesRead, sheets, units
    case fileCounted, fileRejected, fileSuperseded
    // Parts of the data-quality headings
    case values, score, boys, girls, young, old, ratio, birthDates, fewChildren
    // The Problems sheet: kinds of problem, headings and what the columns hold
    case problemRejected, problemSuperseded, problemInvalid, problemWarning, problemFlagged
    case problemKind, problemFlags, weightKg
    case problemKindMeaning, problemFileMeaning, problemLineMeaning, problemCommuneMeaning, problemChildMeaning
    case problemZMeaning, problemFlagsMeaning, problemMessageMeaning

    func text(_ language: Language) -> String { Labels(language)[.workbook(.label(self))] }

}

/// A column of the unit, breakdown and data-quality sheets: its heading and what it holds.
/// Per-indicator columns take the indicator's name in front ("Stunting: rate").
enum XLSXColumnKey: Sendable, CaseIterable {
    case level, code, name, provinceCode, provinceName, districtCode, districtName
    case periodFrom, periodTo, referenceDate, communes, file
    // Per indicator
    case counted, cases, severe, rate, ciLow, ciHigh, stable, band, target, meets, gap
    case excludedRecords, implausibleChildren, outOfAgeChildren
    // Breakdowns
    case indicator, breakdown, group, groupKey
    // Cards (cards-v1 §6); the funding groups' headings are CardLabel's
    case fundingGroup, under6Residents, under6Uninsured, under6Rate, duplicatePeople
    // A commune row under `--units current` (geography-v1 §5)
    case predecessors, lacksDivided, divided, unknownCommune
    // The Completeness and Missing communes sheets (geography-v1 §4)
    case map, expected, received, completeness, missingCount, missingCodes, unknownCodes
    case communeCode, communeName, missingDistrictCode, missingDistrictName
    // The Duplicate people sheet (cards-v1 §5)
    case number, duplicateFile, duplicateLine, duplicateCommune

    /// The heading, and what the column holds.
    func words(_ language: Language) -> (heading: String, meaning: String) {
        let labels = Labels(language)
        return (labels[.workbook(.columnHeading(self))], labels[.workbook(.columnMeaning(self))])
    }

    /// A per-indicator heading: "Stunting: rate", or the indicator's own word for its people,
    /// cases and gap ("Coverage: insured").
    func heading(_ indicator: Indicator, _ labels: Labels) -> String {
        let part: String
        switch self {
        case .counted: part = labels.countedHeading(indicator).lowercasedFirst
        case .cases: part = Self.casesWord(indicator.id, labels.language)
        case .severe: part = Self.severeWord(indicator.id, labels.language)
        case .gap: part = labels.gapHeading(indicator).lowercasedFirst
        default: part = words(labels.language).heading
        }
        return labels.short(indicator) + ": " + part
    }

    /// What a per-indicator column holds: "Stunting among children under 5: cases / counted ...".
    func meaning(_ indicator: Indicator, _ labels: Labels) -> String {
        labels.name(indicator) + ": " + words(labels.language).meaning
    }

    /// The heading of an indicator's cases: its words' `casesHeading`.
    static func casesWord(_ id: IndicatorID, _ language: Language) -> String {
        IndicatorWords.of(id, language).casesHeading
    }

    /// The heading of an indicator's severe cases.
    static func severeWord(_ id: IndicatorID, _ language: Language) -> String {
        Labels(language)[.workbook(.severe(cases: casesWord(id, language)))]
    }
}

extension String {
    /// A heading put after the indicator's name starts in lower case, unless it starts with an
    /// acronym ("BHYT").
    fileprivate var lowercasedFirst: String {
        guard let first else { return self }
        if let second = dropFirst().first, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}

/// The columns of the Review sheet that the other sheets do not have (docs/review.md).
enum XLSXReviewColumn: Sendable, CaseIterable {
    case kind, firstCounted, firstCases, firstRate, lastCounted, lastCases, lastRate
    case change, changeCILow, changeCIHigh, changePeople, judgement, targetStatus, gapLast, fewAssessed, incomplete
    case commendationRank, attentionRank

    /// The heading, and what the column holds.
    func words(_ language: Language) -> (heading: String, meaning: String) {
        let labels = Labels(language)
        return (labels[.workbook(.reviewHeading(self))], labels[.workbook(.reviewMeaning(self))])
    }

}
