/// A text of the reports, named by what it says and never by its English words. Each language
/// gives the text of every key in one file (English.swift, Vietnamese.swift), by a `switch` the
/// compiler checks for completeness; `Labels` reads them (`Labels.text(_:)`).
///
/// Fixed texts are cases of `Heading`, `Column` and `Note` (`CaseIterable`); texts with values in
/// them (counts, codes, periods, indicators, problems) carry those values, typed.
enum LabelKey: Sendable {
    case heading(Heading)
    case column(Column)
    case note(Note)
    case number(NumberText)
    case count(CountText)
    case unit(UnitText)
    case indicator(IndicatorText)
    case problem(ProblemText)
    case review(ReviewText)
    // #27: problems by kind.
    case problemKind(ProblemKindText)
    // #27: the layout of a province's report
    case layout(LayoutText)
    // #28: WHO's standard analysis (prevalence, its HTML section and sheet).
    case who(WHOText)

    /// Every fixed text, and every parameterised text once with example values: what the tests
    /// check in every language. Add a parameterised case here when adding one.
    static var samples: [LabelKey] {
        Heading.allCases.map(LabelKey.heading) + Column.allCases.map(LabelKey.column) + Note.allCases.map(LabelKey.note)
            + NumberText.samples.map(LabelKey.number) + CountText.samples.map(LabelKey.count)
            + UnitText.samples.map(LabelKey.unit) + IndicatorText.samples.map(LabelKey.indicator)
            + ProblemText.samples.map(LabelKey.problem) + ReviewText.samples.map(LabelKey.review)
            + ProblemKindText.samples.map(LabelKey.problemKind)
            + LayoutText.samples.map(LabelKey.layout)
            + WHOText.samples.map(LabelKey.who)  // #28
    }
}

/// Titles and section headings.
enum Heading: String, CaseIterable, Sendable {
    case reportTitle, overview, charts, misses, breakdowns, trend, quality
    case rejected, superseded, invalid, flagged, disagreement, warnings
    case districts, communes, band
}

/// Column headings and short names of things; the `table…` ones fit the 80-column table.
enum Column: String, CaseIterable, Sendable {
    case province, district, commune, code, name, residents, insured, childrenAssessed, children
    case stunted, severelyStunted, communes, rank, period, group, file, line, reason, replacedBy
    case child, ageDays, heightCm, status, figure, reported, computed, change, rate, gap, message
    case target, ci95
    case tableCode, tableName, tablePeople, tableKids
}

/// Verdicts, notes, legends and other sentences without a value of their own.
enum Note: String, CaseIterable, Sendable {
    case met, notMet, noData, csvMet, csvNotMet
    case tooFewChildren, tooFewChildrenShort, groupTooSmall, wilsonNote, unitCellNote
    case noCommuneMisses, none, noCommune, noTargetLegend, bandNote
    case legendMeets, legendMisses, legendUnstable, legendInterval, tableMarks
}

/// How a language writes numbers, dates and periods.
enum NumberText: Sendable {
    case decimalMark, thousandsSeparator
    /// A change in percentage points, its signed number already written: `+3.2 pp`.
    case pointChange(String)
    case date(CalendarDate)
    /// Two dates or periods already written: `2024-01-01 to 2024-06-30`.
    case span(from: String, to: String)
    /// A period already written, in a sentence or heading: `năm 2024`.
    case periodLong(String, isYear: Bool)
    /// A time of at least a second: `12 s`, `1 min 04 s`, `2 h 05 min` (seconds dropped).
    case duration(seconds: Int)

    static let samples: [NumberText] = [
        .decimalMark, .thousandsSeparator, .pointChange("+3.2"), .date(CalendarDate(year: 2024, month: 12, day: 31)!),
        .span(from: "2023", to: "2024"), .periodLong("2024", isYear: true),
        .periodLong("2024-01-01 – 2024-06-30", isYear: false),
        .duration(seconds: 12), .duration(seconds: 64), .duration(seconds: 7_500),
    ]
}

/// Sentences around counts of people, communes and files.
enum CountText: Sendable {
    case residentsToInsure(Int)
    case communeCount(Int)
    /// The heading's counts: communes counted, files rejected and superseded, records excluded, warnings.
    case countsLine(communes: Int, rejected: Int, superseded: Int, invalid: Int, warnings: Int)
    case qualitySummary(flagged: Int, disagreeing: Int)
    /// The progress line of a long run (docs/progress.md): files and bytes read of the totals, the
    /// rate in bytes a second (nil before it can be known) and the time left in seconds.
    case progress(files: Int, of: Int, bytes: Int, ofBytes: Int, bytesPerSecond: Double?, secondsLeft: Int?)
    /// The line under the title; the periods already written, if any.
    case generatedFrom(files: Int, periods: String?)
    /// A breakdown group's gap to the target.
    case groupGap(IndicatorID, Int)
    /// How gaps are counted, by the directions of the run's targets.
    case gapNote(toReach: Bool, toStayBelow: Bool)

    static let samples: [CountText] = [
        .residentsToInsure(54), .communeCount(1), .communeCount(12),
        .countsLine(communes: 12, rejected: 1, superseded: 2, invalid: 3, warnings: 4),
        .qualitySummary(flagged: 1, disagreeing: 2),
        .generatedFrom(files: 12, periods: "2024"), .generatedFrom(files: 12, periods: nil),
        .groupGap(.coverage, 5), .groupGap(.stunting, 5),
        .gapNote(toReach: true, toStayBelow: true), .gapNote(toReach: true, toStayBelow: false),
        .gapNote(toReach: false, toStayBelow: true),
        .progress(files: 37, of: 140, bytes: 48_200_000, ofBytes: 178_400_000, bytesPerSecond: 251_300_000, secondsLeft: 64),
        .progress(files: 1, of: 140, bytes: 1_300_000, ofBytes: 178_400_000, bytesPerSecond: nil, secondsLeft: nil),
    ]
}

/// Units, levels, groups of the breakdowns and the status of a measurement.
enum UnitText: Sendable {
    case unnamedProvince(code: String)
    case unnamedDistrict(code: String)
    /// nil: a commune.
    case level(UnitSummary.Level?)
    case growthStatus(GrowthStatus)
    /// A group of a breakdown, by its key (nil when not recorded); an ethnicity is its own name.
    case group(Breakdown.Dimension, String?)
    /// "Coverage by poverty status".
    case breakdown(Breakdown.Dimension, IndicatorID)
    /// "Communes, 2024", the period already written long.
    case communesOf(period: String)
    case districtsOf(period: String)

    static var samples: [UnitText] {
        var samples: [UnitText] = [.unnamedProvince(code: "02"), .unnamedDistrict(code: "026"),
                                   .level(.province), .level(.district), .level(nil),
                                   .communesOf(period: "2024"), .districtsOf(period: "2024")]
        samples += GrowthStatus.allCases.map(UnitText.growthStatus)
        samples += Breakdown.Dimension.allCases.map { UnitText.breakdown($0, .stunting) }
        let groups: [(Breakdown.Dimension, String?)] = [
            (.poverty, "poor"), (.poverty, "near-poor"), (.poverty, nil), (.ageGroup, "0-5"), (.ageGroup, "6-59"),
            (.ageGroup, "60+"), (.ethnicity, nil), (.ethnicity, Breakdown.otherEthnicities), (.sex, "M"), (.sex, "F"),
            (.childAgeGroup, "0-23"), (.childAgeGroup, "24-59"),
        ]
        return samples + groups.map { UnitText.group($0.0, $0.1) }
    }
}

/// The words of an indicator in a table cell or heading.
enum IndicatorWord: CaseIterable, Sendable {
    case name, short, column, countedHeading, gapHeading
}

/// Texts about one indicator; the language file holds each indicator's words (`IndicatorWords`).
enum IndicatorText: Sendable {
    case word(IndicatorID, IndicatorWord)
    /// "39 of 193 children assessed are stunted, 3 severely"; `severe` only for an indicator with severe cases.
    case cases(IndicatorID, cases: Int, assessed: Int, severe: Int?)
    /// "54 residents still to insure" / "1 stunted child above the line".
    case gap(IndicatorID, Int)
    case band(PublicHealthBands.Band)
    /// "target ≥ 100%", the comparison already written.
    case target(String)
    /// "Stunting among children under 5 by commune, 2024", the period already written long.
    case byCommune(IndicatorID, period: String)
    /// How communes are ordered: worst first by the direction of the target.
    case sortNote(TargetDirection)
    /// "Coverage below the target".
    case misses(IndicatorID)

    static var samples: [IndicatorText] {
        var samples: [IndicatorText] = []
        for id in IndicatorID.allCases {
            samples += IndicatorWord.allCases.map { IndicatorText.word(id, $0) }
            samples += [.cases(id, cases: 39, assessed: 193, severe: id.indicator.hasSevere ? 3 : nil),
                        .gap(id, 1), .gap(id, 54), .byCommune(id, period: "2024"), .misses(id)]
        }
        samples += PublicHealthBands.Band.allCases.map(IndicatorText.band)
        return samples + [.target("≥ 100%"), .sortNote(.atLeast), .sortNote(.below)]
    }
}

/// Messages about files and records, shown as `FILE:LINE: message` and in the reports.
enum ProblemText: Sendable {
    case rejection(RejectionReason)
    case record(RecordReason)
    case warning(WarningReason)
    /// `analyze`: a file replaced by a later resubmission.
    case superseded(file: String, by: String)
    /// `zscores`: the same, whose rows are left out.
    case supersededNotListed(file: String, by: String)
    case noFilesFound([String])
    /// `analyze --compare`: the argument as given and the periods present, already written.
    case compareNotFound(String, periods: [String])
    /// `validate`'s last line.
    case validated(files: Int, rejected: Int, problems: Int)

    // #26: the card warnings of a social-insurance number on several residents of a file, and
    // of a placeholder number (Cards/CardWarnings.swift).
    /// The number is also on the residents at `otherLines` (at most ten) and `moreLines` more.
    case sameNumberInFile(number: String, otherLines: [Int], moreLines: Int)
    /// The card `card` holds the placeholder social-insurance number `digits`.
    case placeholderNumber(card: String, digits: String)

    static var samples: [ProblemText] {
        ProblemText.rejections.map(ProblemText.rejection) + ProblemText.records.map(ProblemText.record)
            + ProblemText.warnings.map(ProblemText.warning)
            + [.superseded(file: "a.xml", by: "b.xml"), .supersededNotListed(file: "a.xml", by: "b.xml"),
               .noFilesFound(["exports"]), .compareNotFound("2019..2025", periods: ["2021", "2025"]),
               .validated(files: 3, rejected: 1, problems: 2)]
            // #26
            + [.sameNumberInFile(number: "0894950744", otherLines: [17], moreLines: 0),
               .sameNumberInFile(number: "0894950744", otherLines: [2, 3], moreLines: 0),
               .sameNumberInFile(number: "0894950744", otherLines: Array(2...11), moreLines: 1_989),
               .placeholderNumber(card: "GD4080000000000", digits: "0000000000")]
    }

    /// One of every rejection reason.
    static let rejections: [RejectionReason] = [
        .unreadable("Permission denied"), .emptyFile, .notWellFormed("AttValue: ' expected"), .noMarkup, .doctype,
        .wrongRoot("html"), .wrongNamespace(nil), .wrongNamespace("urn:other"), .unsupportedVersion("2.0"),
        .missingAttribute(element: "commune", attribute: "code"),
        .malformedAttribute(element: "period", attribute: "from", value: "2024-13-01"),
        .missingElement("period"), .unexpectedElement("extra"), .misplacedElement("period"),
        .periodEndsBeforeStart(from: "2024-12-31", to: "2024-01-01"), .referenceDateOutsidePeriod("2025-01-01"),
        .countMismatch(declared: 3, actual: 2), .limitExceeded("more than 6 elements"),
        .duplicateSubmission(others: ["b.xml"], reason: .noGeneratedTime(commune: "00001")),
        .duplicateSubmission(others: ["b.xml"], reason: .sameGeneratedTime(commune: "00001")),
    ]

    /// One of every record reason.
    static let records: [RecordReason] = [
        .missingAttribute(element: "resident", attribute: "sex"),
        .malformedAttribute(element: "resident", attribute: "birthDate", value: "1990-02-30"),
        .bornAfterReferenceDate(birthDate: "2025-02-01", referenceDate: "2024-12-31"),
        .measuredBeforeBirth(date: "2023-01-01", birthDate: "2023-02-01"), .nonPositiveHeight("0"),
        .cardEndsBeforeStart(validFrom: "2024-12-31", validTo: "2024-01-01"), .duplicateResidentID("R1"),
    ]

    /// One of every warning reason.
    static let warnings: [WarningReason] = [
        .malformedReportedSummary(attribute: "population", value: "many"), .standingUnderNineMonths(childID: "C1"),
        .superseded(by: "b.xml"),
    ]
}

/// The problems of a run by kind (#27, docs/problems.md): what each kind is, how many, where
/// every one of them is listed.
enum ProblemKindText: Sendable {
    /// What the kind is, in a few words.
    case kind(ProblemKind)
    /// "Rejected file", "Invalid record", "Warning", …
    case category(ProblemKind.Category)
    /// Where every problem of the kind is, with FILE:LINE.
    case fullList(ProblemKind.FullList)
    /// "2,391 in 137 files"; for a file's kind (rejected, superseded) the files alone.
    case count(ProblemKind.Category, problems: Int, files: Int)
    /// Standard error's first line when the problems are too many to list.
    case summaryLine(problems: Int, kinds: Int)
    /// Standard error's last line when some kinds are not shown.
    case moreKinds(kinds: Int, problems: Int)
    /// Standard error's line after the first rejected files: how many more.
    case moreRejected(Int)
    /// The summary of a collapsed list of examples: how many it holds, of how many.
    case moreExamples(count: Int, kept: Int, of: Int)
    /// A flagged measurement as an example: the child, its age in days, height and HAZ already written.
    case flagged(child: String, ageDays: Int, heightCm: String, haz: String, status: GrowthStatus)
    /// Where every problem of the run is listed (the reports' note above the kinds).
    case whereEveryProblemIs
    case heading
    case kindColumn, problemsColumn, filesColumn, fullListColumn

    static var samples: [ProblemKindText] {
        ProblemKind.allCases.map(ProblemKindText.kind) + ProblemKind.Category.allCases.map(ProblemKindText.category)
            + ProblemKind.FullList.allCases.map(ProblemKindText.fullList)
            + ProblemKind.Category.allCases.flatMap { [ProblemKindText.count($0, problems: 1, files: 1), .count($0, problems: 2_391, files: 137)] }
            + [.summaryLine(problems: 61_661, kinds: 5), .moreKinds(kinds: 3, problems: 12), .moreRejected(3), .moreExamples(count: 45, kept: 50, of: 2_391),
               .flagged(child: "C1", ageDays: 912, heightCm: "74.0", haz: "-6.31", status: .implausible),
               .whereEveryProblemIs, .heading, .kindColumn, .problemsColumn, .filesColumn, .fullListColumn]
    }
}

/// The words of the 5-year review (docs/review.md).
enum ReviewText: Sendable {
    /// "5-year review, 2021 to 2025", the periods already written.
    case heading(periods: String)
    /// What the section shows, the two periods already written.
    case intro(first: String, last: String)
    case judgement(ChangeJudgement)
    case targetStatus(TargetStatus)
    case incomplete(Incompleteness)
    /// A rate over too few children: shown, not ranked.
    case fewAssessed
    /// The lists' headings.
    case commendation, attention
    /// An empty list.
    case noneListed
    /// How the lists are ranked and what the marks mean.
    case rankRule
    /// The columns: change (pp), its interval, the change in people, the judgement, the target status.
    case columnChange, columnInterval, columnPeople, columnJudgement, columnTarget
    /// No unit of the province has figures in both periods on the same map.
    case nothingComparable
    /// A change's interval, both ends already written in points: `−33.6 to −9.5`.
    case changeInterval(low: String, high: String)
    /// "Stunting among children under 5: 2021 → 2025" above a chart, the periods already written.
    case chartCaption(IndicatorID, first: String, last: String)

    static var samples: [ReviewText] {
        [.heading(periods: "2021–2025"), .intro(first: "2021", last: "2025"), .fewAssessed, .commendation, .attention,
         .noneListed, .rankRule, .columnChange, .columnInterval, .columnPeople, .columnJudgement, .columnTarget,
         .chartCaption(.stunting, first: "2021", last: "2025"), .changeInterval(low: "−33.6", high: "−9.5"), .nothingComparable]
            + [ChangeJudgement.improved, .worsened, .noClearChange].map(ReviewText.judgement)
            + [TargetStatus.reached, .stillShort, .fellBack, .metBoth].map(ReviewText.targetStatus)
            + [Incompleteness.onlyFirst, .onlyLast, .missingPredecessors, .lacksDivided, .communesDiffer]
                .map(ReviewText.incomplete)
    }
}

/// The words of a report laid out for a province of many communes (#27): the dot plot of an
/// indicator over 40 communes or more, and the long lists grouped by district.
enum LayoutText: Sendable {
    /// Under a dot plot: how it is read, the number of communes named already written.
    case dotPlotNote(named: String)
    /// A group of communes of the 2025 map by the legacy district most of each came from.
    case formerDistrict(String)
    /// A group of communes without a district on either map.
    case noDistrict

    static let samples: [LayoutText] = [.dotPlotNote(named: "10"), .formerDistrict("Huyện Đồng Văn"), .noDistrict]
}

// MARK: #28

/// The words of WHO's standard analysis (docs/who-prevalence.md). WHO's own column names
/// (HAZ_pop, HA_2_r, …) are never translated.
enum WHOText: Sendable {
    case title
    /// What the tables are and how they are computed.
    case method
    case indicator(WHOPrevalence.Index)
    /// A row's group, in the words of the language (WHO's own labels in English).
    case group(WHOGroup)
    case columnGroup, columnChildren, columnMean, columnSD, stuntedAndWasted
    /// "< −3 SD" (negative) or "> +2 SD".
    case cutoff(Int)
    /// The distribution charts' heading and what they draw.
    case distributionTitle, distributionNote
    case girls, boys
    /// "n = 120, mean −1.23, SD 1.05", the numbers already written.
    case summary(n: String, mean: String, sd: String)
    /// The workbook's sheet.
    case sheetName

    static var samples: [WHOText] {
        var samples: [WHOText] = [.title, .sheetName, .method, .columnGroup, .columnChildren, .columnMean, .columnSD, .stuntedAndWasted,
                                  .cutoff(-3), .cutoff(-2), .cutoff(2), .distributionTitle, .distributionNote, .girls, .boys,
                                  .summary(n: "120", mean: "−1.23", sd: "1.05")]
        samples += WHOPrevalence.Index.allCases.map(WHOText.indicator)
        samples += [WHOGroup.all, .age(.months0to5), .sex(.female), .sex(.male), .ageAndSex(.months48to59, .male),
                    .area(.urban), .area(.rural), .poverty(.poor), .poverty(.nearPoor), .poverty(.none), .ethnicity("Tày")]
            .map(WHOText.group)
        return samples
    }
}

/// One language's text of every key, one `switch` per kind of key. To add a language: a case of
/// `Language`, a type like `English` beside this file, and its case in `Labels.text(_:)`.
protocol LanguageTexts: Sendable {
    /// Writes the numbers inside texts as this language does.
    var format: Labels { get }
    /// The words of each indicator, in the order of `Indicator.all`.
    static var indicators: [IndicatorWords] { get }
    func heading(_ key: Heading) -> String
    func column(_ key: Column) -> String
    func note(_ key: Note) -> String
    func number(_ key: NumberText) -> String
    func count(_ key: CountText) -> String
    func unit(_ key: UnitText) -> String
    func indicator(_ key: IndicatorText) -> String
    func problem(_ key: ProblemText) -> String
    func review(_ key: ReviewText) -> String
    func problemKind(_ key: ProblemKindText) -> String
    func layout(_ key: LayoutText) -> String
    /// #28.
    func who(_ key: WHOText) -> String
}

extension LanguageTexts {
    func text(_ key: LabelKey) -> String {
        switch key {
        case .heading(let key): heading(key)
        case .column(let key): column(key)
        case .note(let key): note(key)
        case .number(let key): number(key)
        case .count(let key): count(key)
        case .unit(let key): unit(key)
        case .indicator(let key): indicator(key)
        case .problem(let key): problem(key)
        case .review(let key): review(key)
        case .problemKind(let key): problemKind(key)
        case .layout(let key): layout(key)
        case .who(let key): who(key)  // #28
        }
    }

    /// The words of one indicator in this language.
    func words(_ id: IndicatorID) -> IndicatorWords { Self.indicators[id.slot] }

    /// An integer as this language groups it.
    func n(_ value: Int) -> String { format.integer(value) }

    /// A duration with the language's units: `12 s`, `1 min 04 s`, `2 h 05 min` (seconds dropped
    /// from an hour on).
    func duration(_ total: Int, units: (hours: String, minutes: String, seconds: String)) -> String {
        let (h, m, s) = (total / 3_600, total / 60 % 60, total % 60)
        func twoDigits(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        if h > 0 { return "\(h) \(units.hours) \(twoDigits(m)) \(units.minutes)" }
        if m > 0 { return "\(m) \(units.minutes) \(twoDigits(s)) \(units.seconds)" }
        return "\(s) \(units.seconds)"
    }

    /// Bytes a second as megabytes (10^6) a second, one decimal.
    func megabytes(_ bytesPerSecond: Double) -> String { format.decimal(bytesPerSecond / 1e6, places: 1) }

    /// An amount of bytes and its total in one unit with one decimal, MB (10^6 bytes) for a total
    /// under 10 GB, GB (10^9) from it: `48.2 of 178.4 MB`.
    func size(_ bytes: Int, of total: Int, joinedBy separator: String) -> String {
        let (scale, unit) = total < 10_000_000_000 ? (1e6, " MB") : (1e9, " GB")
        return format.decimal(Double(bytes) / scale, places: 1) + separator + format.decimal(Double(total) / scale, places: 1) + unit
    }
}
