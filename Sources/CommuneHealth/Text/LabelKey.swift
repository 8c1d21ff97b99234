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
    // #29: every other word of the tool goes through a key too.
    case card(CardText)
    case dataQuality(DataQualityLabel)
    case geography(GeographyText)
    case workbook(WorkbookText)
    case csv(CSVText)
    case failure(FailureText)

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
            + CardText.samples.map(LabelKey.card) + DataQualityLabel.allCases.map(LabelKey.dataQuality)
            + GeographyText.samples.map(LabelKey.geography) + WorkbookText.samples.map(LabelKey.workbook)
            + CSVText.samples.map(LabelKey.csv) + FailureText.samples.map(LabelKey.failure)  // #29
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
    /// The method of the groups' intervals, after "95% CI": a name, the same in every language.
    case wilsonMethod
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
        var samples: [UnitText] = [
            .unnamedProvince(code: "02"), .unnamedDistrict(code: "026"),
            .level(.province), .level(.district), .level(nil),
            .communesOf(period: "2024"), .districtsOf(period: "2024"),
        ]
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
            samples += [
                .cases(id, cases: 39, assessed: 193, severe: id.indicator.hasSevere ? 3 : nil),
                .gap(id, 1), .gap(id, 54), .byCommune(id, period: "2024"), .misses(id),
            ]
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
    /// Why the files of one commune and period cannot be told apart (after a rejection's others).
    case duplicate(DuplicateReason)
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
    /// `validate`'s schema findings, after `schema: ` (Reading/LibXML2/SchemaCheck.swift).
    case schema(SchemaFinding)

    static var samples: [ProblemText] {
        ProblemText.rejections.map(ProblemText.rejection) + ProblemText.records.map(ProblemText.record)
            + ProblemText.warnings.map(ProblemText.warning)
            + [.duplicate(.noGeneratedTime(commune: "00001")), .duplicate(.sameGeneratedTime(commune: "00001"))]
            + [
                .superseded(file: "a.xml", by: "b.xml"), .supersededNotListed(file: "a.xml", by: "b.xml"),
                .noFilesFound(["exports"]), .compareNotFound("2019..2025", periods: ["2021", "2025"]),
                .validated(files: 3, rejected: 1, problems: 2),
            ]
            // #26
            + [
                .sameNumberInFile(number: "0894950744", otherLines: [17], moreLines: 0),
                .sameNumberInFile(number: "0894950744", otherLines: [2, 3], moreLines: 0),
                .sameNumberInFile(number: "0894950744", otherLines: Array(2...11), moreLines: 1_989),
                .placeholderNumber(card: "GD4080000000000", digits: "0000000000"),
            ]
            + ProblemText.schemaFindings.map(ProblemText.schema)
    }

    /// One of every schema finding.
    static let schemaFindings: [SchemaFinding] = [
        .invalid("Element 'x': This element is not expected."), .cannotRead("Permission denied"), .noParser, .emptyFile,
        .doctype, .notWellFormed("AttValue: ' expected"), .noValidationContext, .notPlugged,
        .doesNotCompile(lines: [], messages: []), .doesNotCompile(lines: [3], messages: ["Element 'x': bad"]),
    ]

    /// One of every rejection reason.
    static let rejections: [RejectionReason] = [
        .unreadable(.system("Permission denied")), .unreadable(.folder), .unreadable(.noParser), .emptyFile,
        .notWellFormed(.libxml2("AttValue: ' expected")), .notWellFormed(.invalidEncoding), .notWellFormed(.stopped(code: 9)),
        .noMarkup, .doctype,
        .wrongRoot("html"), .wrongNamespace(nil), .wrongNamespace("urn:other"), .unsupportedVersion("2.0"),
        .missingAttribute(element: "commune", attribute: "code"),
        .malformedAttribute(element: "period", attribute: "from", value: "2024-13-01"),
        .missingElement("period"), .unexpectedElement("extra"), .misplacedElement("period"),
        .periodEndsBeforeStart(from: "2024-12-31", to: "2024-01-01"), .referenceDateOutsidePeriod("2025-01-01"),
        .countMismatch(declared: 3, actual: 2), .limitExceeded(.elements, limit: 6), .limitExceeded(.depth, limit: 64),
        .limitExceeded(.bytesWithoutMarkup, limit: 65_536),
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
            + [
                .summaryLine(problems: 61_661, kinds: 5), .moreKinds(kinds: 3, problems: 12), .moreRejected(3), .moreExamples(count: 45, kept: 50, of: 2_391),
                .flagged(child: "C1", ageDays: 912, heightCm: "74.0", haz: "-6.31", status: .implausible),
                .whereEveryProblemIs, .heading, .kindColumn, .problemsColumn, .filesColumn, .fullListColumn,
            ]
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
        [
            .heading(periods: "2021–2025"), .intro(first: "2021", last: "2025"), .fewAssessed, .commendation, .attention,
            .noneListed, .rankRule, .columnChange, .columnInterval, .columnPeople, .columnJudgement, .columnTarget,
            .chartCaption(.stunting, first: "2021", last: "2025"), .changeInterval(low: "−33.6", high: "−9.5"), .nothingComparable,
        ]
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
        var samples: [WHOText] = [
            .title, .sheetName, .method, .columnGroup, .columnChildren, .columnMean, .columnSD, .stuntedAndWasted,
            .cutoff(-3), .cutoff(-2), .cutoff(2), .distributionTitle, .distributionNote, .girls, .boys,
            .summary(n: "120", mean: "−1.23", sd: "1.05"),
        ]
        samples += WHOPrevalence.Index.allCases.map(WHOText.indicator)
        samples += [
            WHOGroup.all, .age(.months0to5), .sex(.female), .sex(.male), .ageAndSex(.months48to59, .male),
            .area(.urban), .area(.rural), .poverty(.poor), .poverty(.nearPoor), .poverty(.none), .ethnicity("Tày"),
        ]
        .map(WHOText.group)
        return samples
    }
}

/// One language's text of every key, one `switch` per kind of key. To add a language: a case of
/// `Language`, a type like `English` beside this file, and its case in the switches of
/// Language.swift, which the compiler names (docs/languages.md).
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
    /// The same text into `sink`: one String, or pieces written where the text goes (#30).
    func problem<Sink: TextSink & ~Copyable>(_ key: ProblemText, into sink: inout Sink)
    func review(_ key: ReviewText) -> String
    func problemKind(_ key: ProblemKindText) -> String
    func layout(_ key: LayoutText) -> String
    /// #28.
    func who(_ key: WHOText) -> String
    // #29
    func card(_ key: CardText) -> String
    func dataQuality(_ key: DataQualityLabel) -> String
    func geography(_ key: GeographyText) -> String
    func workbook(_ key: WorkbookText) -> String
    func csv(_ key: CSVText) -> String
    func failure(_ key: FailureText) -> String
    /// The CSV headers' lists of columns.
    func list(_ key: ListKey) -> [String]
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
        case .card(let key): card(key)
        case .dataQuality(let key): dataQuality(key)
        case .geography(let key): geography(key)
        case .workbook(let key): workbook(key)
        case .csv(let key): csv(key)
        case .failure(let key): failure(key)
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

// MARK: #29

/// The words of the card figures and warnings (docs/spec/cards-v1.md).
enum CardText: Sendable {
    case label(CardLabel)
    /// A funding group's column heading of at most 7 characters.
    case fundingShort(FundingGroup)
    case warning(CardWarningReason)
    /// Why a card number is of unknown form.
    case malformation(CardNumberMalformation)

    static var samples: [CardText] {
        var labels: [CardLabel] = [
            .fundingGroupsHeading, .under6WithoutCard, .uninsured, .duplicatePeople, .under6Short,
            .under6Residents, .insuredShort, .coverageShort, .unit, .share, .number, .places, .period,
            .duplicatePeopleCount(1), .duplicatePeopleCount(2), .duplicateNote, .under6Note, .mixNote,
        ]
        labels +=
            FundingGroup.allCases.map(CardLabel.fundingGroup) + UninsuredColumn.allCases.map(CardLabel.uninsuredColumn)
            + CardCSVColumn.allCases.map(CardLabel.csvColumn)
        let malformations: [CardNumberMalformation] = [
            .notASCII, .length, .groupCode, .benefitLevel, .provinceCode,
            .socialInsuranceNumber,
        ]
        let warnings: [CardWarningReason] = [
            .unknownForm(number: "XX", why: .length), .unknownGroupCode(number: "ZZ4080000000001", code: "ZZ"),
            .childCardAged6OrMore(number: "TE1010000000001", ageYears: 7),
            .sameNumberInFile(number: "0894950744", otherLines: [17], moreLines: 0),
            .placeholderNumber(number: "GD4080000000000", digits: "0000000000"),
        ]
        return labels.map(CardText.label) + FundingGroup.allCases.map(CardText.fundingShort)
            + malformations.map(CardText.malformation) + warnings.map(CardText.warning)
    }
}

/// The words of the geography: the warnings of docs/spec/geography-v1.md §3 and the labels of
/// completeness (§4) and of today's map (§5).
enum GeographyText: Sendable {
    case label(GeographyLabel)
    /// Indirect, as in `WarningReason`: its names would make every key larger, and a file has at
    /// most a few of these.
    indirect case warning(GeographyWarningReason)

    static var samples: [GeographyText] {
        var labels: [GeographyLabel] = [
            .unitsReported, .unitsCurrent, .completenessHeading, .expected, .received,
            .completeness, .missing, .unknownCodes, .district, .divided, .lacksDivided,
            .predecessors, .unknownCommune, .incompleteMark, .incompleteLegend, .period, .map,
            .todaysMapHeading, .commune, .note, .formedFrom, .missingPredecessors, .csvColumns,
            .tableRowMarks, .incompletePeriods(province: "Hà Giang", periods: ["2024"]),
            .coverageDiffers(periods: ["2024: 90%"]), .missingCount("3"), .andMore("12"),
        ]
        for edition in [MapEdition.legacy, .current2025] {
            labels += [
                .mapInForce(edition), .mapName(edition),
                .receivedOf(received: "16", expected: "330", percent: "4.8%", edition: edition),
            ]
        }
        labels += [MapUnits.reported, .current].map(GeographyLabel.unitsLine)
        // A 2025 commune's row has neither kind nor mark: empty in every language, not sampled.
        labels += [CommuneUnit.Kind.divided, .unknown].flatMap { [GeographyLabel.rowKind($0), .tableRowMark($0)] }
        var warnings: [GeographyWarningReason] = [.districtCodeOn2025Map(districtCode: "026")]
        for edition in [MapEdition.legacy, .current2025] {
            for other in [false, true] {
                warnings += [
                    .unknownCommuneCode(code: "00001", edition: edition, inOtherEdition: other),
                    .nameDiffers(code: "00001", name: "A", registerName: "B", edition: edition, matchesOtherEdition: other),
                ]
            }
        }
        return labels.map(GeographyText.label) + warnings.map(GeographyText.warning)
    }
}

/// The words only the XLSX workbook shows (Reports/XLSX/XLSXLabels.swift).
enum WorkbookText: Sendable {
    case label(XLSXLabel)
    case columnHeading(XLSXColumnKey), columnMeaning(XLSXColumnKey)
    case reviewHeading(XLSXReviewColumn), reviewMeaning(XLSXReviewColumn)
    /// The heading of an indicator's severe cases, its cases' heading already written.
    case severe(cases: String)

    static var samples: [WorkbookText] {
        XLSXLabel.allCases.map(WorkbookText.label) + XLSXColumnKey.allCases.flatMap { [WorkbookText.columnHeading($0), .columnMeaning($0)] }
            + XLSXReviewColumn.allCases.flatMap { [WorkbookText.reviewHeading($0), .reviewMeaning($0)] } + [.severe(cases: "stunted")]
    }
}

/// The values and per-indicator columns of `analyze --format csv` (and `uninsured`'s CSV):
/// English writes values as JSON does (`true`, `improved`), for programs.
enum CSVText: Sendable {
    case bool(Bool)
    case qualityCategory(QualityCategory)
    case judgement(ChangeJudgement)
    case targetStatus(TargetStatus)
    case incomplete(Incompleteness)
    /// An indicator's column; `suffix` is the English key after the indicator's id.
    case indicatorColumn(IndicatorID, CSVIndicatorColumn)
    /// The review's column of an indicator.
    case reviewColumn(IndicatorID, CSVReviewColumn)

    static var samples: [CSVText] {
        [.bool(true), .bool(false)] + [QualityCategory.excellent, .good, .acceptable, .problematic].map(CSVText.qualityCategory)
            + [ChangeJudgement.improved, .worsened, .noClearChange].map(CSVText.judgement)
            + [TargetStatus.reached, .stillShort, .fellBack, .metBoth].map(CSVText.targetStatus)
            + [Incompleteness.onlyFirst, .onlyLast, .missingPredecessors, .lacksDivided, .communesDiffer].map(CSVText.incomplete)
            + CSVIndicatorColumn.allCases.map { CSVText.indicatorColumn(.stunting, $0) }
            + CSVReviewColumn.allCases.map { CSVText.reviewColumn(.coverage, $0) }
    }
}

/// A growth indicator's columns of `analyze --format csv` (docs/spec/growth-indicators-v1.md §4).
enum CSVIndicatorColumn: String, CaseIterable, Sendable {
    case assessed = "Assessed", cases = "Cases", severe = "Severe", rate = "Rate", ciLow = "CILow", ciHigh = "CIHigh"
    case band = "Band", meetsTarget = "MeetsTarget"
}

/// The review's columns of an indicator in `analyze --format csv` (docs/review.md).
enum CSVReviewColumn: String, CaseIterable, Sendable {
    case change = "Change", changeCILow = "ChangeCILow", changeCIHigh = "ChangeCIHigh", changePeople = "ChangePeople"
    case judgement = "Judgement", targetStatus = "TargetStatus", commendationRank = "CommendationRank"
    case attentionRank = "AttentionRank"
}

/// The lists of column names of the CSV headers.
enum ListKey: CaseIterable, Sendable {
    /// cli-v1's columns of `analyze --format csv`, then the intervals and gaps.
    case csvBase
    /// The data-quality columns (docs/spec/data-quality-v1.md §3).
    case csvQuality
    /// The geography columns (docs/spec/geography-v1.md §4, §5).
    case csvGeography
    /// The review's first three columns.
    case csvReview
}

/// Messages of a run that failed or was refused: the file system, standard output, the workbook,
/// the command line's values.
enum FailureText: Sendable {
    case fileSystem(FileSystemError)
    case workbook(XLSXError)
    /// A PATH given that does not exist.
    case missingPath(String)
    /// `commune-health: cannot write PATH: …`, the error already written.
    case cannotWrite(path: String, error: String)
    /// The temporary file of problems failed: the problems were kept in memory; the error already written.
    case problemsKeptInMemory(error: String)
    /// Problems could not be read back from their temporary file; the error already written.
    case reportLacksProblems(error: String)
    /// No PATH given.
    case noPath
    /// `--output ''`.
    case emptyOutput
    /// A target option (`--coverage-target`) outside 0…1.
    case targetRange(option: String)
    /// A count option (`--jobs`) below 1.
    case atLeastOne(option: String)
    /// `--format xlsx` without `--output`.
    case workbookNeedsOutput
    /// `generate`'s refusals and last lines, and the generator's errors.
    case generate(GenerateText)
    static var samples: [FailureText] {
        var errors: [FileSystemError] = [
            .init(.createFileIn, path: "out", code: 13), .init(.write, path: "out.csv", code: 28),
            .init(.renameInto, path: "out.csv", code: 18), .init(.createFolder, path: "out", code: 17),
            .init(.createTemporaryIn, path: "scratch", code: 28), .init(.readTemporary, path: "scratch/x", code: 5),
            .init(.writeStandardOutput, path: "", code: 32), .init(.emptyPath, path: "", code: 0),
        ]
        errors += [FileSystemError.FileKind.folder, .device, .fifo, .socket, .symbolicLink].map { .init(.replace($0), path: "out", code: 0) }
        return errors.map(FailureText.fileSystem)
            + [
                .workbook(XLSXError(code: XLSXError.Code(rawValue: 3), message: "Error creating output xlsx file", context: "out.xlsx")),
                .missingPath("exports"), .cannotWrite(path: "out.csv", error: "disk full"),
                .problemsKeptInMemory(error: "disk full"), .reportLacksProblems(error: "disk full"), .noPath, .emptyOutput,
                .targetRange(option: "--coverage-target"), .atLeastOne(option: "--jobs"), .workbookNeedsOutput,
            ]
            + GenerateText.samples.map(FailureText.generate)
    }
}

/// `commune-health generate`'s refusals and last lines (Sources/commune-health/Generate.swift),
/// and the generator's errors (`GeneratorError`).
package enum GenerateText: Equatable, Sendable {
    /// `--out ''`.
    case emptyOut
    /// A count option (`--mess`) below 0.
    case notNegative(option: String)
    /// A count option (`--communes`) below 1: `FailureText.atLeastOne`'s text.
    case atLeastOne(option: String)
    /// `--residents` below the number of communes.
    case residentsBelowCommunes
    /// `--residents` below `--communes` (the generator's own check).
    case residentsBelowCommunesOption
    /// `--legacy-communes` that are not commune codes.
    case legacyCommuneCodes
    /// `--legacy-communes` with several `--province`s.
    case legacyCommunesOfOneProvince
    /// A `--legacy-communes` code that is not a commune of the province.
    case notACommuneOf(commune: String, province: String)
    /// `--province` that is not province codes of the legacy map.
    case provinceCodes
    /// One `--province` code that is not a province of the legacy map.
    case unknownProvince(String)
    /// `--year` outside the years the generator writes.
    case yearRange(lower: Int, upper: Int)
    /// `--adversarial` that is not one of `values`.
    case adversarialOneOf([String])
    /// The last line after an adversarial export.
    case wroteAdversarial(kind: String, records: Int, folder: String)
    /// The last line after a province.
    case wroteProvince(files: Int, residents: Int, measurements: Int, folder: String)

    static var samples: [GenerateText] {
        [
            .emptyOut, .notNegative(option: "--mess"), .atLeastOne(option: "--communes"), .residentsBelowCommunes, .residentsBelowCommunesOption,
            .legacyCommuneCodes, .legacyCommunesOfOneProvince, .notACommuneOf(commune: "02482", province: "08"),
            .provinceCodes, .unknownProvince("99"), .yearRange(lower: 2019, upper: 2030),
            .adversarialOneOf(["a1", "b2"]),
            .wroteAdversarial(kind: "a1", records: 1000, folder: "out"),
            .wroteProvince(files: 4, residents: 8000, measurements: 1200, folder: "out"),
        ]
    }
}
