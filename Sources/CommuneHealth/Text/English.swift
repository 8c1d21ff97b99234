/// Every text of the tool in English, by key (see LabelKey.swift). The reasons' `description`
/// (Reading/Problems.swift), which `validate` prints, is their English text here.
struct English: LanguageTexts {
    let format: Labels

    private static let minimum = Uncertainty.minimumStableChildren

    func heading(_ key: Heading) -> String {
        switch key {
        case .reportTitle: "Health-insurance coverage and growth of children under 5"
        case .overview: "Overview"
        case .charts: "Communes, indicator by indicator, worst first"
        case .misses: "Communes that miss a target, worst first"
        case .breakdowns: "Breakdowns by group"
        case .trend: "Progress across periods"
        case .quality: "Data quality"
        case .rejected: "Rejected files (nothing of them is counted)"
        case .superseded: "Superseded files (a later resubmission replaced them)"
        case .invalid: "Invalid records (excluded, the rest of the file counts)"
        case .flagged: "Implausible and out-of-age measurements (not counted)"
        case .disagreement: "Stations whose own summary disagrees with the computed figures"
        case .warnings: "Warnings (no figure changed)"
        case .districts: "Districts"
        case .communes: "Communes"
        case .band: "Public-health significance"
        }
    }

    func column(_ key: Column) -> String {
        switch key {
        case .province: "Province"
        case .district: "District"
        case .commune: "Commune"
        case .code: "Code"
        case .name: "Name"
        case .residents: "Residents"
        case .insured: "Insured"
        case .childrenAssessed: "Children assessed"
        case .children: "Children"
        case .stunted: "Stunted"
        case .severelyStunted: "Severely stunted"
        case .communes: "Communes"
        case .rank: "Rank"
        case .period: "Period"
        case .group: "Group"
        case .file: "File"
        case .line: "Line"
        case .reason: "Reason"
        case .replacedBy: "Replaced by"
        case .child: "Child"
        case .ageDays: "Age (days)"
        case .heightCm: "Height (cm)"
        case .status: "Status"
        case .figure: "Figure"
        case .reported: "Reported by the station"
        case .computed: "Computed"
        case .change: "Change"
        case .rate: "Rate"
        case .gap: "Gap to target"
        case .message: "Message"
        case .target: "Target"
        case .ci95: "95% CI"
        case .tableCode: "code"
        case .tableName: "name"
        case .tablePeople: "people"
        case .tableKids: "kids"
        }
    }

    func note(_ key: Note) -> String {
        switch key {
        case .met: "Met"
        case .notMet: "Not met"
        case .noData: "No data"
        case .csvMet: "true"
        case .csvNotMet: "false"
        case .tooFewChildren: "fewer than \(Self.minimum) children assessed: the rate is not stable and is not ranked"
        case .tooFewChildrenShort, .legendUnstable: "fewer than \(Self.minimum) children: not ranked"
        case .groupTooSmall: "fewer than \(Self.minimum) children in the group: the rate is not stable"
        case .wilsonNote:
            "Intervals are 95% Wilson score intervals: the range in which the true rate lies with 95% confidence, given the number of people counted."
        case .unitCellNote:
            "Each cell: the rate with its band, its 95% interval, n (residents or children assessed) and the gap to the target."
        case .noCommuneMisses: "Every commune meets this target."
        case .none: "None."
        case .noCommune: "No commune was counted."
        case .noTargetLegend: "no target: the band of public-health significance only"
        case .bandNote:
            "Bands of public-health significance: WHO/UNICEF 2019 (stunting, wasting, overweight) and WHO 1995 (underweight)."
        case .legendMeets: "meets the target"
        case .legendMisses: "misses the target"
        case .legendInterval: "95% interval"
        case .tableMarks: "* misses the target   ~ fewer than \(Self.minimum) children: rate not stable, not ranked"
        case .wilsonMethod: "95% Wilson"
        }
    }

    func number(_ key: NumberText) -> String {
        switch key {
        case .decimalMark: "."
        case .thousandsSeparator: ","
        case .pointChange(let signed): signed + " pp"
        case .date(let date): date.description
        case .span(let from, let to): from + " to " + to
        case .periodLong(let period, _): period
        case .duration(let seconds): duration(seconds, units: (hours: "h", minutes: "min", seconds: "s"))
        }
    }

    func count(_ key: CountText) -> String {
        switch key {
        case .residentsToInsure(let count): "\(n(count)) residents still to insure"
        case .communeCount(let count): "\(n(count)) \(count == 1 ? "commune" : "communes")"
        case .countsLine(let communes, let rejected, let superseded, let invalid, let warnings):
            "\(n(communes)) communes counted, \(n(rejected)) files rejected, \(n(superseded)) superseded, \(n(invalid)) invalid records excluded, \(n(warnings)) warnings"
        case .qualitySummary(let flagged, let disagreeing):
            "\(n(flagged)) measurements implausible or out of age, \(n(disagreeing)) stations disagreeing with the computed figures"
        case .progress(let files, let total, let bytes, let totalBytes, let rate, let left):
            "\(n(files)) of \(n(total)) files, " + size(bytes, of: totalBytes, joinedBy: " of ")
                + (rate.map { ", " + megabytes($0) + " MB/s" } ?? "")
                + (left.map { ", " + number(.duration(seconds: $0)) + " left" } ?? "")
        case .generatedFrom(let files, let periods): "From \(n(files)) station exports\(periods.map { ", " + $0 } ?? "")."
        case .groupGap(let id, let gap): id == .coverage ? "\(n(gap)) to insure" : "\(n(gap)) above"
        case .gapNote(let toReach, let toStayBelow):
            "Gaps are in people: "
                + [
                    toReach ? "for a target to reach (≥), the people still needed to reach it (residents to insure)" : nil,
                    toStayBelow ? "for a target to stay below (<), the cases above the largest number that keeps the rate below it" : nil,
                ].compactMap { $0 }.joined(separator: "; ") + "."
        }
    }

    func unit(_ key: UnitText) -> String {
        switch key {
        case .unnamedProvince(let code): "Province \(code)"
        case .unnamedDistrict(let code): "District \(code)"
        case .level(.province?): "province"
        case .level(.district?): "district"
        case .level(nil): "commune"
        case .growthStatus(let status): Self.status(status)
        case .group(let dimension, let key): Self.group(dimension, key)
        case .breakdown(let dimension, let id): "\(words(id).short) by \(Self.dimension(dimension))"
        case .communesOf(let period): "Communes, \(period)"
        case .districtsOf(let period): "Districts, \(period)"
        }
    }

    private static func status(_ status: GrowthStatus) -> String {
        switch status {
        case .implausible: "implausible (|HAZ| > 6)"
        case .outOfAge: "out of age (60 months or older)"
        case .normal: "normal"
        case .stunted: "stunted"
        case .severelyStunted: "severely stunted"
        }
    }

    private static func dimension(_ dimension: Breakdown.Dimension) -> String {
        switch dimension {
        case .poverty: "poverty status"
        case .ageGroup, .childAgeGroup: "age group"
        case .ethnicity: "ethnicity"
        case .sex: "sex"
        }
    }

    private static func group(_ dimension: Breakdown.Dimension, _ key: String?) -> String {
        switch (dimension, key) {
        case (.poverty, "poor"?): "Poor"
        case (.poverty, "near-poor"?): "Near-poor"
        case (.poverty, _): "Other"
        case (.ageGroup, "0-5"?): "Under 6 (state-paid cards)"
        case (.ageGroup, "6-59"?): "6 to 59 years"
        case (.ageGroup, _): "60 and over"
        case (.ethnicity, nil): "Not recorded"
        case (.ethnicity, Breakdown.otherEthnicities?): "Other groups"
        case (.ethnicity, let name?): name
        case (.sex, "M"?): "Boys"
        case (.sex, _): "Girls"
        case (.childAgeGroup, "0-23"?): "0–23 months"
        case (.childAgeGroup, _): "24–59 months"
        }
    }

    func indicator(_ key: IndicatorText) -> String {
        switch key {
        case .word(let id, let word): words(id)[word]
        case .cases(let id, let cases, let assessed, let severe):
            "\(n(cases)) of \(n(assessed)) \(words(id).counted) \(words(id).cases)"
                + (severe.map { ", \(n($0)) \(words(id).severe)" } ?? "")
        case .gap(.coverage, let gap): count(.residentsToInsure(gap))
        case .gap(let id, let gap): "\(n(gap)) " + (gap == 1 ? words(id).gapNounOne : words(id).gapNoun)
        case .band(let band): Self.band(band)
        case .target(let comparison): "target " + comparison
        case .byCommune(let id, let period): "\(words(id).name) by commune, \(period)"
        case .sortNote(.atLeast): "lowest rate first"
        case .sortNote(.below): "highest rate first"
        case .misses(let id):
            id.indicator.direction == .atLeast ? "\(words(id).short) below the target" : "\(words(id).short) at or above the target"
        }
    }

    private static func band(_ band: PublicHealthBands.Band) -> String {
        switch band {
        case .veryLow: "very low"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very high"
        }
    }

    func problem(_ key: ProblemText) -> String {
        switch key {
        case .rejection(let reason): rejection(reason)
        case .record(let reason): JoinedString.joined { record(reason, into: &$0) }
        case .warning(let reason): JoinedString.joined { warning(reason, into: &$0) }
        case .duplicate(let reason): duplicate(reason)
        case .superseded(let file, let by): "\(file): superseded by the later resubmission \(by)"
        case .supersededNotListed(let file, let by):
            "\(file): superseded by the later resubmission \(by); its rows are not listed"
        case .noFilesFound(let paths): "no *.xml file found under \(paths.joined(separator: ", "))"
        case .compareNotFound(let argument, let periods):
            "--compare \(argument): FIRST and LAST must name two periods of the files, FIRST earlier; the periods are \(periods.isEmpty ? "none" : periods.joined(separator: ", "))"
        case .validated(let files, let rejected, let problems):
            "\(files) files checked: \(files - rejected) readable, \(rejected) rejected, \(problems) problems"
        // #26
        case .sameNumberInFile(let number, let lines, let more):
            "social-insurance number \(number) is also on the resident\(lines.count + more == 1 ? "" : "s") at line\(lines.count + more == 1 ? "" : "s") "
                + lines.map(String.init).joined(separator: ", ")
                + (more == 0 ? "" : " and \(n(more)) more line\(more == 1 ? "" : "s")") + " of this file"
        case .placeholderNumber(let card, let digits):
            "card number '\(card)' holds the placeholder social-insurance number \(digits) (one digit ten times), not a person's: "
                + "the card counts for coverage, the number is left out of the check for the same person in two places"
        case .schema(let finding): schema(finding)
        }
    }

    /// `problem(_:)` into a sink: the texts of records and warnings, made once per problem, go
    /// piece by piece (a JSON report's `reason`: no String made of them); any other as its String.
    func problem<Sink: TextSink & ~Copyable>(_ key: ProblemText, into sink: inout Sink) {
        switch key {
        case .record(let reason): record(reason, into: &sink)
        case .warning(let reason): warning(reason, into: &sink)
        default: sink.append(.text(problem(key)))
        }
    }

    /// The words of each indicator, in the order of `Indicator.all`.
    static let indicators: [IndicatorWords] = [
        IndicatorWords(
            name: "Health-insurance coverage", short: "Coverage", column: "cover",
            counted: "residents", cases: "insured", severe: "", gapNoun: "residents still to insure",
            gapNounOne: "resident still to insure", countedHeading: "Residents", casesHeading: "insured",
            gapHeading: "To insure"),
        IndicatorWords(
            name: "Stunting among children under 5", short: "Stunting", column: "stunt",
            counted: "children assessed", cases: "are stunted", severe: "severely",
            gapNoun: "stunted children above the line", gapNounOne: "stunted child above the line",
            countedHeading: "Children assessed", casesHeading: "stunted",
            gapHeading: "Stunted above the line"),
        IndicatorWords(
            name: "Underweight among children under 5", short: "Underweight", column: "underw",
            counted: "children assessed", cases: "are underweight", severe: "severely",
            gapNoun: "underweight children above the line", gapNounOne: "underweight child above the line",
            countedHeading: "Children assessed", casesHeading: "underweight",
            gapHeading: "Underweight above the line"),
        IndicatorWords(
            name: "Wasting among children under 5", short: "Wasting", column: "wast",
            counted: "children assessed", cases: "are wasted", severe: "severely",
            gapNoun: "wasted children above the line", gapNounOne: "wasted child above the line",
            countedHeading: "Children assessed", casesHeading: "wasted",
            gapHeading: "Wasted above the line"),
        IndicatorWords(
            name: "Overweight among children under 5", short: "Overweight", column: "overw",
            counted: "children assessed", cases: "are overweight", severe: "",
            gapNoun: "overweight children above the line", gapNounOne: "overweight child above the line",
            countedHeading: "Children assessed", casesHeading: "overweight",
            gapHeading: "Overweight above the line"),
    ]

    func review(_ key: ReviewText) -> String {
        switch key {
        case .heading(let periods): "5-year review, \(periods)"
        case .intro(let first, let last):
            "Each commune on the same map in \(first) and \(last): the change of its rate in percentage points (last − first) with its 95% interval (Newcombe's), and whether it is more than noise."
        case .judgement(.improved): "improved"
        case .judgement(.worsened): "worsened"
        case .judgement(.noClearChange): "no clear change"
        case .targetStatus(.reached): "reached the target"
        case .targetStatus(.stillShort): "still short"
        case .targetStatus(.fellBack): "fell back"
        case .targetStatus(.metBoth): "met in both"
        case .incomplete(.onlyFirst): "incomplete: no figures in the last period"
        case .incomplete(.onlyLast): "incomplete: no figures in the first period"
        case .incomplete(.missingPredecessors): "incomplete: not every legacy commune of it reported in both periods"
        case .incomplete(.lacksDivided): "incomplete: one period lacks the part of a divided commune"
        case .incomplete(.communesDiffer): "incomplete: its communes differ between the periods"
        case .fewAssessed: "fewer than \(Self.minimum) children in a period: not ranked"
        case .commendation: "For commendation (improved beyond noise)"
        case .attention: "Needing attention (worsened, then furthest from the target)"
        case .noneListed: "none"
        case .rankRule:
            "Ranked by the change the interval is sure of (its end nearest 0), then by the change; attention then by the gap to the target in people. Incomplete communes and rates of fewer than \(Self.minimum) children are not ranked."
        case .columnChange: "change"
        case .columnInterval: "95% CI of the change"
        case .columnPeople: "people"
        case .columnJudgement: "judgement"
        case .columnTarget: "target"
        case .chartCaption(let id, let first, let last): "\(words(id).name): \(first) → \(last)"
        case .changeInterval(let low, let high): "\(low) to \(high)"
        case .nothingComparable:
            "No unit has figures in both periods on the same map (the map of 2025 is not that of the years before): --units current compares them on today's map."
        }
    }

    // #27
    func layout(_ key: LayoutText) -> String {
        switch key {
        case .dotPlotNote(let named):
            "A row per commune, worst first: the \(named) worst named, every other commune a dot (its name in the table of communes, and on pointing at the dot)"
        case .formerDistrict(let name): "formerly \(name)"
        case .noDistrict: "no district"
        }
    }
}

// #27: problems by kind.
extension English {
    func problemKind(_ key: ProblemKindText) -> String {
        switch key {
        case .kind(let kind): Self.kind(kind)
        case .category(let category):
            switch category {
            case .rejectedFile: "Rejected file"
            case .superseded: "Superseded file"
            case .invalidRecord: "Invalid record"
            case .warning: "Warning"
            case .flaggedMeasurement: "Measurement not counted"
            case .schema: "XML Schema"
            }
        case .fullList(let list):
            switch list {
            case .validate: "`commune-health validate --format csv PATH` lists every one"
            case .zscores: "`commune-health zscores PATH` lists every measurement with its status"
            case .analyzeJSON: "`--format json` and the workbook's Problems sheet list every one"
            }
        case .count(let category, let problems, let files):
            switch category {
            case .rejectedFile, .superseded: "\(n(files)) \(files == 1 ? "file" : "files")"
            default: "\(n(problems)) in \(n(files)) \(files == 1 ? "file" : "files")"
            }
        case .summaryLine(let problems, let kinds):
            "\(n(problems)) problems of \(n(kinds)) \(kinds == 1 ? "kind" : "kinds"); each kind once, with its first examples and where every one is listed:"
        case .moreKinds(let kinds, let problems):
            "\(n(kinds)) more \(kinds == 1 ? "kind" : "kinds") of problem (\(n(problems))): `commune-health validate --format csv PATH` and `--format json` list every one"
        case .moreRejected(let count):
            "\(n(count)) more \(count == 1 ? "file" : "files") rejected: `commune-health validate --format csv PATH` lists every one"
        case .moreExamples(let count, let kept, let total):
            "\(n(count)) more \(count == 1 ? "example" : "examples")" + (kept < total ? " (the first \(n(kept)) of \(n(total)) are kept here)" : "")
        case .flagged(let child, let ageDays, let height, let haz, let status):
            "child \(child), \(n(ageDays)) days, \(height) cm, HAZ \(haz): \(unit(.growthStatus(status)))"
        case .whereEveryProblemIs:
            "Each kind of problem once, with how many problems and files it touches and its first examples. Every problem, with FILE:LINE, is in this run's JSON (`--format json`) and workbook (`--format xlsx`, Problems sheet); `commune-health validate --format csv PATH` lists those of the format and the cards, `commune-health zscores PATH` every measurement."
        case .heading: "Problems by kind"
        case .kindColumn: "Kind"
        case .problemsColumn: "Problems"
        case .filesColumn: "Files"
        case .fullListColumn: "Every one"
        }
    }

    private static func kind(_ kind: ProblemKind) -> String {
        switch kind {
        case .unreadable: "the file cannot be read"
        case .emptyFile: "the file is empty"
        case .notWellFormed: "not well-formed XML"
        case .noMarkup: "no XML markup at the start of the file"
        case .doctype: "a DOCTYPE in the file"
        case .wrongRoot: "not a health-station export (another root element)"
        case .wrongNamespace: "the root element in another namespace"
        case .unsupportedVersion: "an unsupported format version"
        case .headerMissingAttribute: "a required attribute missing"
        case .headerMalformedAttribute: "a malformed attribute"
        case .missingElement: "a required element missing"
        case .unexpectedElement: "an unknown element in the export namespace"
        case .misplacedElement: "an element out of place"
        case .periodEndsBeforeStart: "the period ends before it starts"
        case .referenceDateOutsidePeriod: "the reference date outside the period"
        case .countMismatch: "the residents' count differs from the residents in the file"
        case .limitExceeded: "a safety limit exceeded"
        case .duplicateSubmission: "two submissions of the same commune and period that cannot be told apart"
        case .superseded: "replaced by a later resubmission"
        case .recordMissingAttribute: "a required attribute missing (record excluded)"
        case .recordMalformedAttribute: "a malformed attribute (record excluded)"
        case .bornAfterReferenceDate: "a resident born after the reference date"
        case .measuredBeforeBirth: "a measurement dated before the child's birth"
        case .nonPositiveHeight: "a height not above 0"
        case .cardEndsBeforeStart: "a card's validTo before its validFrom (card ignored)"
        case .duplicateResidentID: "a resident id used twice"
        case .malformedReportedSummary: "the station's own summary malformed (ignored)"
        case .standingUnderNineMonths: "a child under 9 months recorded standing"
        case .geographyUnknownCode: "a commune code not on the map"
        case .geographyNameDiffers: "a commune name that differs from the register"
        case .geographyProvinceDiffers: "a province code that differs from the register"
        case .geographyDistrictDiffers: "a district code that differs from the register"
        case .geographyDistrictOn2025Map: "a district code on the 2025 map, which has no districts"
        case .cardUnknownForm: "a card number of unknown form"
        case .cardUnknownGroupCode: "a card group code not in the table"
        case .cardChildCardAged6OrMore: "a TE (children's) card held by a resident aged 6 or more"
        case .cardSameNumberInFile: "the same card number on two residents of a file"
        case .cardPlaceholderNumber: "a placeholder card number (one digit ten times)"
        case .implausible: "an implausible height for age"
        case .outOfAge: "a measurement out of the age range"
        case .weightScoreFlagged: "a weight-based z-score flagged"
        case .schema: "not as the XML Schema requires"
        }
    }
}

// MARK: #28, WHO's standard analysis

extension English {
    func who(_ key: WHOText) -> String {
        switch key {
        case .title: "WHO's standard analysis of child growth (anthro_prevalence)"
        case .method:
            "The standard analysis of WHO and UNICEF (2019), as WHO's R package anthro computes it (anthro_prevalence) for a sample without clusters, strata or weights: per group, the mean z-score with its SD, and the share of children below −3 and −2 SD and above +2 SD with its 95% logit interval (t quantile, N − 1 degrees of freedom, N the children of the unit). Flagged z-scores are left out; a child with oedema counts below −3 SD for weight-for-age and weight-for-height and is left out of their means; children older than 1,826 days are left out. The other tables of this report keep their Wilson intervals."
        case .indicator(let index):
            switch index {
            case .ha: "Length/height-for-age (HAZ)"
            case .wa: "Weight-for-age (WAZ)"
            case .bmi: "BMI-for-age (BAZ)"
            case .wh: "Weight-for-length/height (WHZ)"
            }
        case .group(let group): group.whoLabel
        case .columnGroup: "Group"
        case .columnChildren: "children"
        case .columnMean: "mean z"
        case .columnSD: "SD"
        case .stuntedAndWasted: "HAZ < −2 and WHZ < −2"
        case .cutoff(let sd): sd < 0 ? "below −\(-sd) SD" : "above +\(sd) SD"
        case .distributionTitle: "Distribution of z-scores against the WHO standard"
        case .distributionNote:
            "Histograms of the unflagged z-scores in bins of 0.1 SD (0.2 SD under 1,000 children, 0.5 SD under 200; the share of children in each bin divided by its width, no smoothing), girls and boys apart; the curve is the WHO standard, N(0, 1); the solid line is the mean and the band the mean ± 1 SD. Children with oedema have no weight-based z-score and are not drawn."
        case .girls: "Girls"
        case .boys: "Boys"
        case .summary(let n, let mean, let sd): "n = \(n), mean \(mean), SD \(sd)"
        case .sheetName: "WHO analysis"
        }
    }
}

// MARK: #29: the cards, data quality, geography, workbook, CSV and failures

extension English {
    func card(_ key: CardText) -> String {
        switch key {
        case .label(let label): cardLabel(label)
        case .fundingShort(let group): fundingGroupShort(group)
        case .warning(let reason): JoinedString.joined { cardWarning(reason, into: &$0) }
        case .malformation(let why): malformation(why)
        }
    }

    func dataQuality(_ key: DataQualityLabel) -> String { dataQualityLabel(key) }

    func geography(_ key: GeographyText) -> String {
        switch key {
        case .label(let label): geographyLabel(label)
        case .warning(let reason): geographyWarning(reason)
        }
    }

    func workbook(_ key: WorkbookText) -> String {
        switch key {
        case .label(let label): workbookLabel(label)
        case .columnHeading(let column): workbookColumn(column).heading
        case .columnMeaning(let column): workbookColumn(column).meaning
        case .reviewHeading(let column): reviewColumn(column).heading
        case .reviewMeaning(let column): reviewColumn(column).meaning
        case .severe(let cases): "severely " + cases
        }
    }

    /// Values as JSON writes them, column names as keys: English CSV is for programs as much as for people.
    func csv(_ key: CSVText) -> String {
        switch key {
        case .bool(let value): value ? "true" : "false"
        case .qualityCategory(let category): category.rawValue
        case .judgement(let judgement): judgement.rawValue
        case .targetStatus(let status): status.rawValue
        case .incomplete(let incompleteness): incompleteness.rawValue
        case .indicatorColumn(let id, let column): id.rawValue + column.rawValue
        case .reviewColumn(let id, let column): id.rawValue + column.rawValue
        }
    }

    func list(_ key: ListKey) -> [String] {
        switch key {
        case .csvBase:
            [
                "level", "code", "name", "provinceCode", "districtCode", "periodFrom", "periodTo", "referenceDate",
                "communes", "population", "insured", "coverage", "childrenAssessed", "stunted", "severelyStunted",
                "stuntingRate", "meetsCoverageTarget", "meetsStuntingTarget", "excludedRecords", "implausibleChildren",
                "outOfAgeChildren", "file",
                "coverageCILow", "coverageCIHigh", "stuntingRateCILow", "stuntingRateCIHigh", "stuntingRateStable",
                "uninsuredGap", "stuntedExcess",
            ]
        case .csvQuality:
            [
                "hazScorePoints", "hazScoreCategory", "whzScorePoints", "whzScoreCategory", "qualityFewChildren",
                "hazChildren", "hazFlagged", "hazFlaggedShare", "hazSD", "hazSkewness", "hazKurtosis",
                "whzChildren", "whzFlaggedShare", "whzSD", "heightDigitScore", "weightDigitScore",
                "sexRatio", "sexRatioP", "ageRatio", "ageRatioP", "birthDatesFirstOfMonthShare", "birthDatesFirstOfJanuaryShare",
            ]
        case .csvGeography: ["expected", "received", "completeness", "predecessors", "lacksDivided", "divided", "unknown"]
        case .csvReview: ["reviewFirst", "reviewLast", "reviewIncomplete"]
        }
    }

    func failure(_ key: FailureText) -> String {
        switch key {
        case .fileSystem(let error): fileSystem(error)
        case .workbook(let error): "\(error.context): \(error.message) (libxlsxwriter error \(error.code.rawValue))"
        case .missingPath(let path): "\(path): no such file or folder"
        case .cannotWrite(let path, let error): "cannot write \(path): \(error)"
        case .problemsKeptInMemory(let error): "\(error); the problems of some files were kept in memory"
        case .reportLacksProblems(let error): "\(error); the report lacks some problems"
        case .noPath: "give at least one PATH (a file or a folder of exports)"
        case .emptyOutput: "--output needs a file name, not an empty path"
        case .targetRange(let option): "\(option) must be between 0 and 1"
        case .atLeastOne(let option): "\(option) must be at least 1"
        case .workbookNeedsOutput: "--format xlsx writes a binary workbook: give --output FILE.xlsx"
        case .generate(let key): generate(key)
        }
    }

    private func fileSystem(_ error: FileSystemError) -> String {
        let (path, reason) = (error.path, error.reason)
        return switch error.operation {
        case .createFileIn: "cannot create a file in \(path): \(reason)"
        case .write: "cannot write \(path): \(reason)"
        case .renameInto: "cannot rename the finished file into place: \(reason)"
        case .createFolder: "cannot create the folder \(path): \(reason)"
        case .createTemporaryIn: "cannot create a temporary file in \(path) (TMPDIR): \(reason)"
        case .readTemporary: "cannot read back the temporary file \(path): \(reason)"
        case .replace(.symbolicLink): "it is a symbolic link; give --follow-symlink to replace the file it points to"
        case .replace(let kind): "it is \(fileKind(kind)); only a regular file is replaced"
        case .writeStandardOutput: "cannot write standard output: \(reason)"
        case .emptyPath: "the path is empty"
        }
    }

    private func fileKind(_ kind: FileSystemError.FileKind) -> String {
        switch kind {
        case .folder: "a folder"
        case .device: "a device"
        case .fifo: "a FIFO (named pipe)"
        case .socket: "a socket"
        case .symbolicLink: "a symbolic link"
        }
    }

    private func uninsuredColumn(_ key: UninsuredColumn) -> String { key.rawValue }
    private func cardCSVColumn(_ key: CardCSVColumn) -> String { key.rawValue }

    /// A card warning (one per warning, so in pieces rather than interpolated: `TextSink`).
    private func cardWarning<Sink: TextSink & ~Copyable>(_ reason: CardWarningReason, into sink: inout Sink) {
        switch reason {
        case .unknownForm(let number, let why):
            sink.append(
                "card number '", .text(number), "' is of unknown form: ", .text(malformation(why)),
                "; the card counts for coverage, its funding group is unknown")
        case .unknownGroupCode(let number, let code):
            sink.append(
                "card number '", .text(number), "' has the group code '", .text(code),
                "', which is not in the table of funding groups; its funding group is unknown")
        case .childCardAged6OrMore(let number, let age):
            sink.append(
                "TE card '", .text(number), "', valid on the reference date, is held by a resident aged ",
                .integer(age), " (TE cards are for children under 6)")
        case .sameNumberInFile(let number, let lines, let more):
            sink.append(.text(problem(.sameNumberInFile(number: number, otherLines: lines, moreLines: more))))
        case .placeholderNumber(let number, let digits):
            sink.append(.text(problem(.placeholderNumber(card: number, digits: digits))))
        }
    }

    /// A geography warning; dates as English writes them: 2025-07-01.
    private func geographyWarning(_ reason: GeographyWarningReason) -> String {
        func mapName(_ edition: MapEdition) -> String { geographyLabel(.mapInForce(edition)) }
        switch reason {
        case .unknownCommuneCode(let code, let edition, let inOtherEdition):
            let notOn = "commune code \(code) is not on \(mapName(edition))"
            guard inOtherEdition else { return notOn + ", nor on the \(edition == .legacy ? "2025" : "legacy") map" }
            switch edition {
            case .legacy: return notOn + " but is on the 2025 map: a 2025 code in a file dated before 2025-07-01"
            case .current2025: return notOn + ": it is a legacy code, no longer used from 2025-07-01"
            }
        case .nameDiffers(let code, let name, let registerName, let edition, let matchesOtherEdition):
            let differs = "commune \(code) is named '\(name)'; its name on \(mapName(edition)) is '\(registerName)'"
            guard matchesOtherEdition else { return differs }
            switch edition {
            case .legacy:
                return differs + "; '\(name)' is the name of \(code) on the 2025 map: a 2025 commune in a file dated before 2025-07-01"
            case .current2025: return differs + "; '\(name)' was the name of \(code) on the legacy map, until 2025-06-30"
            }
        case .provinceCodeDiffers(let code, let provinceCode, let province, let edition, let matchesOtherEdition):
            let differs = "commune \(code) lies in province \(province.code) (\(province.name)) on \(mapName(edition)), not in \(provinceCode)"
            guard matchesOtherEdition else { return differs }
            switch edition {
            case .legacy: return differs + "; \(provinceCode) is its province from 2025-07-01"
            case .current2025: return differs + "; \(provinceCode) was its province until 2025-06-30"
            }
        case .districtCodeDiffers(let code, let districtCode, let district):
            return "commune \(code) lies in district \(district.code) (\(district.name)) on \(mapName(.legacy)), not in \(districtCode)"
        case .districtCodeOn2025Map(let districtCode):
            return "districtCode \(districtCode) is given, but \(mapName(.current2025)) has no district level"
        }
    }

    /// The reasons' words, which `description` gives too (Reading/Problems.swift) and `validate`
    /// prints: a file rejected whole.
    private func rejection(_ reason: RejectionReason) -> String {
        switch reason {
        case .unreadable(let why): "cannot read the file: " + readFailure(why)
        case .emptyFile: "the file is empty"
        case .notWellFormed(let fault): "not well-formed XML: " + parserFault(fault)
        case .noMarkup: "not well-formed XML: no XML markup at the start of the file (is it an XML export at all?)"
        case .doctype: "a DOCTYPE is not allowed in a health-station export"
        case .wrongRoot(let name): "the root element is <\(name)>, expected <healthStationExport>"
        case .wrongNamespace(let uri):
            "the root element is in namespace \(uri.map { "'\($0)'" } ?? "none"), expected 'urn:commune-health:export:1'"
        case .unsupportedVersion(let version): "unsupported format version '\(version)' (this tool reads 1.x)"
        case .missingAttribute(let element, let attribute): "<\(element)> lacks the required attribute \(attribute)"
        case .malformedAttribute(let element, let attribute, let value):
            "<\(element)> has a malformed \(attribute) '\(value)'"
        case .missingElement(let name): "the required element <\(name)> is missing"
        case .unexpectedElement(let name): "unknown element <\(name)> in the export namespace"
        case .misplacedElement(let name):
            "<\(name)> is out of place (expected commune, period, residents, growthMonitoring, reportedSummary in that order, each once)"
        case .periodEndsBeforeStart(let from, let to): "the period ends (\(to)) before it starts (\(from))"
        case .referenceDateOutsidePeriod(let date): "referenceDate \(date) lies outside the period"
        case .countMismatch(let declared, let actual):
            "residents count=\"\(declared)\" but the file holds \(actual) <resident> element\(actual == 1 ? "" : "s")"
        case .limitExceeded(let kind, let limit): "the file exceeds a safety limit: " + safetyLimit(kind, limit)
        case .duplicateSubmission(let others, let reason): "duplicate submission with \(others.joined(separator: ", ")): \(duplicate(reason))"
        }
    }

    private func readFailure(_ failure: ReadFailure) -> String {
        switch failure {
        case .system(let message): message
        case .folder: "it is a folder"
        case .noParser: "libxml2 could not create a parser"
        }
    }

    private func parserFault(_ fault: ParserFault) -> String {
        switch fault {
        case .libxml2(let message): message
        case .invalidEncoding: "the bytes are not valid in the file's encoding"
        case .stopped(let code): "libxml2 stopped with error \(code)"
        }
    }

    private func safetyLimit(_ kind: SafetyLimit, _ limit: Int) -> String {
        switch kind {
        case .elements: "more than \(limit) elements"
        case .depth: "elements nested deeper than \(limit)"
        case .bytesWithoutMarkup: "more than \(limit) bytes without markup (a start tag, attribute value or text that long)"
        }
    }

    private func schema(_ finding: SchemaFinding) -> String {
        "schema: "
            + {
                switch finding {
                case .invalid(let message): message
                case .cannotRead(let message): "cannot read the file: " + message
                case .noParser: "libxml2 could not create a parser"
                case .emptyFile: "the file is empty"
                case .doctype: "not checked further: a DOCTYPE is not allowed in a health-station export"
                case .notWellFormed(let message): "not well-formed XML: " + message
                case .noValidationContext: "libxml2 could not create a validation context"
                case .notPlugged: "libxml2 could not plug the schema into its parser"
                case .doesNotCompile(let lines, let messages):
                    "the shipped schema health-station-export-v1.xsd does not compile: "
                        + (messages.isEmpty ? "unknown error" : zip(lines, messages).map { "line \($0): \($1)" }.joined(separator: "; "))
                }
            }()
    }

    private func generate(_ key: GenerateText) -> String {
        switch key {
        case .emptyOut: "--out needs a folder name, not an empty path"
        case .atLeastOne(let option): failure(.atLeastOne(option: option))
        case .notNegative(let option): "\(option) must be 0 or more"
        case .residentsBelowCommunes: "--residents must be at least the number of communes"
        case .residentsBelowCommunesOption: "--residents must be at least --communes"
        case .legacyCommuneCodes: "--legacy-communes must be commune codes of 5 digits separated by commas, such as 02482,02494"
        case .legacyCommunesOfOneProvince: "--legacy-communes takes the communes of one --province"
        case .notACommuneOf(let commune, let province):
            "--legacy-communes: \(commune) is not a commune of province \(province) on the legacy map"
        case .provinceCodes: "--province must be province codes of the legacy map, such as 08 or 02, or 30,31"
        case .unknownProvince(let code): "--province \(code) is not a province of the legacy map"
        case .yearRange(let lower, let upper): "--year must be between \(lower) and \(upper)"
        case .adversarialOneOf(let values): "--adversarial must be one of \(values.joined(separator: ", "))"
        case .wroteAdversarial(let kind, let records, let folder): "wrote the \(kind) export of \(records) records to \(folder)"
        case .wroteProvince(let files, let residents, let measurements, let folder):
            "wrote \(files) exports, \(residents) residents, \(measurements) measurements to \(folder)"
        }
    }

    private func duplicate(_ reason: DuplicateReason) -> String {
        switch reason {
        case .noGeneratedTime(let code):
            "commune \(code) for the same period, and not every file has a generated time to tell which is the latest"
        case .sameGeneratedTime(let code): "commune \(code) for the same period with the same generated time"
        }
    }

    /// A record excluded while the rest of its file counts.
    private func record<Sink: TextSink & ~Copyable>(_ reason: RecordReason, into sink: inout Sink) {
        switch reason {
        case .missingAttribute(let element, let attribute):
            sink.append(.text("<\(element)> lacks the required attribute \(attribute); record excluded"))
        case .malformedAttribute(let element, let attribute, let value):
            sink.append(.text("<\(element)> has a malformed \(attribute) '\(value)'; record excluded"))
        case .bornAfterReferenceDate(let birth, let reference):
            sink.append(.text("<resident> born \(birth), after the reference date \(reference); record excluded"))
        case .measuredBeforeBirth(let date, let birth):
            sink.append("<measurement> dated ", .text(date), ", before the child's birth ", .text(birth), "; record excluded")
        case .nonPositiveHeight(let value): sink.append(.text("<measurement> has heightCm '\(value)', not above 0; record excluded"))
        case .cardEndsBeforeStart(let from, let to):
            sink.append("<insuranceCard> validTo ", .text(to), " is before validFrom ", .text(from), "; card ignored")
        case .duplicateResidentID(let id):
            sink.append(.text("<resident> id '\(id)' is already used by an earlier resident; record excluded"))
        }
    }

    /// Something worth telling that changes no figure.
    private func warning<Sink: TextSink & ~Copyable>(_ reason: WarningReason, into sink: inout Sink) {
        switch reason {
        case .malformedReportedSummary(let attribute, let value):
            sink.append(.text("<reportedSummary> has a malformed \(attribute) '\(value)'; the station's summary is ignored"))
        case .standingUnderNineMonths(let child):
            sink.append("child ", .text(child), " is under 9 months but recorded standing; position treated as absent")
        case .superseded(let file): sink.append(.text("superseded by the later resubmission \(file)"))
        case .geography(let reason): sink.append(.text(geographyWarning(reason)))
        case .card(let card): cardWarning(card, into: &sink)
        }
    }

    private func cardLabel(_ key: CardLabel) -> String {
        switch key {
        case .fundingGroup(let group): return fundingGroup(group)
        case .fundingGroupsHeading: return "Insured residents by who pays"
        case .under6WithoutCard: return "Children under 6 without a card"
        case .uninsured: return "Uninsured"
        case .duplicatePeople: return "Duplicate people (the same social-insurance number in two or more files)"
        case .uninsuredColumn(let column): return uninsuredColumn(column)
        case .csvColumn(let column): return cardCSVColumn(column)
        case .under6Short: return "Under 6 without card"
        case .under6Residents: return "Children under 6"
        case .insuredShort: return "Insured"
        case .coverageShort: return "Coverage"
        case .unit: return "Unit"
        case .share: return "share"
        case .number: return "Social-insurance number"
        case .places: return "Places (file:line, commune)"
        case .period: return "Period"
        case .duplicatePeopleCount(let count):
            return "\(count) \(count == 1 ? "person" : "people") with the same social-insurance number in two or more files of one period"
        case .duplicateNote:
            return "The province's population may count them twice; no figure is changed (which record is right cannot be told from the files)."
        case .under6Note: return "Children under 6 have their card paid by the state budget (group TE): every one without a card is entitled to a free one."
        case .mixNote: return "Insured residents by the group that pays their card, as the card's group code says (the first valid card of each resident)."
        }
    }

    private func fundingGroup(_ key: FundingGroup) -> String {
        switch key {
        case .employment: return "Employment (worker and employer pay)"
        case .socialInsurance: return "Social insurance pays"
        case .stateBudget: return "State budget pays"
        case .budgetSupported: return "State budget supports"
        case .household: return "Household"
        case .unknown: return "Unknown"
        }
    }

    private func fundingGroupShort(_ key: FundingGroup) -> String {
        switch key {
        case .employment: return "Work"
        case .socialInsurance: return "SocIns"
        case .stateBudget: return "Budget"
        case .budgetSupported: return "Support"
        case .household: return "Househ"
        case .unknown: return "Unknown"
        }
    }

    private func malformation(_ key: CardNumberMalformation) -> String {
        switch key {
        case .notASCII: return "it holds a character other than a capital letter or a digit"
        case .length: return "it is neither 15 characters (2 capital letters, a benefit level 1-5, 2 province digits, 10 digits) nor 10 digits long"
        case .groupCode: return "its first two characters, the group code, are not capital letters"
        case .benefitLevel: return "its third character, the benefit level, is not a digit 1 to 5"
        case .provinceCode: return "its 4th and 5th characters, the issuing province, are not digits"
        case .socialInsuranceNumber: return "its social-insurance number (the last 10 characters) is not all digits"
        }
    }

    private func dataQualityLabel(_ key: DataQualityLabel) -> String {
        switch key {
        case .heading: return "Data quality of the measurements"
        case .sortNote: return "worst HAZ score first"
        case .introduction: return "Penalty points of SMART's plausibility check: 0–9 excellent, 10–14 good, 15–24 acceptable, 25 and more problematic."
        case .fewChildrenNote: return "fewer than \(DataQuality.minimumChildren) children: the score rests on too few children"
        case .notComputed: return "not computed (too few children)"
        case .problematicStatisticNote: return "In bold: a statistic judged problematic"
        case .problematicMark: return "‡"
        case .problematicMarkExplanation:
            return "‡ The quality of the height data is problematic (HAZ score of 25 points or more): this stunting rate may be far from the truth."
        case .excellent: return "excellent"
        case .good: return "good"
        case .acceptable: return "acceptable"
        case .problematic: return "problematic"
        case .digitChartTitle: return "Tenths digit of the heights"
        case .digitChartNote:
            return
                "Heights measured to the millimetre end in each digit about equally often (10 %); heaping on .0 and .5 shows rounding to the whole or half centimetre."
        case .digitAxis: return "Tenths digit"
        case .countAxis: return "Heights"
        case .flaggedHAZ: return "Flagged HAZ (|HAZ| > 6)"
        case .sdHAZ: return "Standard deviation of HAZ"
        case .skewnessHAZ: return "Skewness of HAZ"
        case .kurtosisHAZ: return "Kurtosis of HAZ"
        case .flaggedWHZ: return "Flagged WHZ (|WHZ| > 5)"
        case .sdWHZ: return "Standard deviation of WHZ"
        case .skewnessWHZ: return "Skewness of WHZ"
        case .kurtosisWHZ: return "Kurtosis of WHZ"
        case .heightDigitPreference: return "Height digit preference"
        case .weightDigitPreference: return "Weight digit preference"
        case .sexRatio: return "Sex ratio (boys / girls)"
        case .ageRatio: return "Age ratio (6–29 months / 30–59 months)"
        case .birthDatesFirstOfMonth: return "Birth dates on the 1st of a month"
        case .birthDatesFirstOfJanuary: return "Birth dates on 1 January"
        case .hazScore: return "Height-for-age (HAZ) data quality score"
        case .whzScore: return "Weight-for-height (WHZ) data quality score"
        case .columnUnit: return "Unit"
        case .columnChildren: return "Children"
        case .columnHAZScore: return "HAZ score"
        case .columnWHZScore: return "WHZ score"
        case .columnCategory: return "Quality"
        case .columnPoints: return "Points"
        case .columnFlagged: return "Flagged"
        case .columnSD: return "SD"
        case .columnSkewness: return "Skewness"
        case .columnKurtosis: return "Kurtosis"
        case .columnHeightDigits: return "Height digits"
        case .columnWeightDigits: return "Weight digits"
        case .columnSexRatio: return "Boys / girls"
        case .columnAgeRatio: return "6–29 / 30–59 months"
        case .columnPValue: return "p"
        case .columnFirstOfMonth: return "Born on the 1st"
        case .columnFirstOfJanuary: return "Born on 1 January"
        }
    }

    private func workbookLabel(_ key: XLSXLabel) -> String {
        switch key {
        case .summarySheet: return "Summary"
        case .provincesSheet: return "Provinces"
        case .districtsSheet: return "Districts"
        case .communesSheet: return "Communes"
        case .breakdownsSheet: return "Breakdowns"
        case .qualitySheet: return "Data quality"
        case .problemsSheet: return "Problems"
        case .aboutSheet: return "About"
        case .completenessSheet: return "Completeness"
        case .missingSheet: return "Missing communes"
        case .reviewSheet: return "Review"
        case .duplicatesSheet: return "Duplicate people"
        case .overviewSheet: return "Overview"
        case .overviewCounts: return "Counts"
        case .overviewVerdict: return "Against the target"
        case .overviewNote: return "Note"
        case .yes: return "yes"
        case .no: return "no"
        case .aboutSection: return "Section"
        case .aboutSheetColumn: return "Sheet"
        case .aboutItem: return "Item"
        case .aboutValue: return "Meaning or value"
        case .aboutJSON: return "JSON key (analyze --format json)"
        case .sectionGeneral: return "General"
        case .sectionColumn: return "Column"
        case .sectionFile: return "File read"
        case .tool: return "Tool"
        case .inputs: return "Paths given"
        case .language: return "Language"
        case .targets: return "Target"
        case .noTarget: return "no target: the band of public-health significance only"
        case .growthStandards: return "Growth standards"
        case .growthStandardsSource:
            return
                "WHO Child Growth Standards (2006), expanded tables: length/height-for-age, weight-for-age, weight-for-length, weight-for-height, BMI-for-age (https://www.who.int/tools/child-growth-standards/standards)"
        case .bands: return "Public-health significance"
        case .intervals: return "95% intervals"
        case .dataQuality: return "Data quality"
        case .specifications: return "Specifications"
        case .specificationsValue:
            return "health-station-export-v1 (figures), growth-indicators-v1 (indicators), data-quality-v1 (data quality), cli-v1 (JSON keys)"
        case .filesRead: return "Files read"
        case .sheets: return "Sheets"
        case .units: return "Units"
        case .fileCounted: return "counted"
        case .fileRejected: return "rejected"
        case .fileSuperseded: return "superseded by"
        case .values: return "values"
        case .score: return "score"
        case .boys: return "boys"
        case .girls: return "girls"
        case .young: return "6–29 months"
        case .old: return "30–59 months"
        case .ratio: return "ratio"
        case .birthDates: return "Birth dates"
        case .problemRejected: return "rejected file"
        case .problemSuperseded: return "superseded file"
        case .problemInvalid: return "invalid record"
        case .problemWarning: return "warning"
        case .problemFlagged: return "measurement not counted"
        case .problemKind: return "Kind"
        case .problemFlags: return "Flagged z-scores"
        case .weightKg: return "Weight (kg)"
        case .problemKindMeaning:
            return
                "rejected file (nothing of it counts), superseded file (a later resubmission replaced it), invalid record (left out), warning (no figure changed), or measurement used that is implausible or out of age"
        case .problemFileMeaning: return "the file, as given"
        case .problemLineMeaning: return "1-based line of the element in its file"
        case .problemCommuneMeaning: return "code of the commune of the file"
        case .problemChildMeaning: return "the child and the measurement used"
        case .problemZMeaning: return "z-score rounded to 2 decimals; blank when it cannot be computed"
        case .problemFlagsMeaning: return "z-scores beyond WHO's flag limits"
        case .problemMessageMeaning: return "what is wrong, in the report's language"
        case .fewChildren: return "fewer than \(DataQuality.minimumChildren) children"
        }
    }

    private func workbookColumn(_ key: XLSXColumnKey) -> (heading: String, meaning: String) {
        switch key {
        case .level: return ("Level", "province, district or commune")
        case .code: return ("Code", "the unit's administrative code, as text")
        case .name: return ("Name", "the unit's name as the exports give it")
        case .provinceCode: return ("Province code", "code of the province")
        case .provinceName: return ("Province", "name of the province")
        case .districtCode: return ("District code", "code of the district")
        case .districtName: return ("District", "name of the district")
        case .periodFrom: return ("Period from", "first day of the reporting period")
        case .periodTo: return ("Period to", "last day of the reporting period")
        case .referenceDate: return ("Reference date", "the day on which residence and cards are judged")
        case .communes: return ("Communes", "communes summed into the unit for this period")
        case .file: return ("File", "the export counted for this commune and period")
        case .counted: return ("counted", "people counted: residents, or children assessed (the denominator)")
        case .cases: return ("cases", "insured residents, or children below (above for overweight) the cut-off (the numerator)")
        case .severe: return ("severe", "severe cases: z-score below −3, or oedema for weight-based indicators")
        case .rate: return ("rate", "cases / counted; blank when nobody was counted")
        case .ciLow: return ("95% CI low", "low end of the 95% Wilson score interval of the rate")
        case .ciHigh: return ("95% CI high", "high end of the 95% Wilson score interval of the rate")
        case .stable: return ("stable", "yes when at least 50 children were assessed: the rate is ranked")
        case .band: return ("band", "band of public-health significance of the rate")
        case .target: return ("target", "the run's target: coverage at least it, other rates below it")
        case .meets: return ("meets target", "whether the rate meets the target; blank without a rate; red when not met")
        case .gap: return ("gap", "gap to the target in people: residents still to insure, or cases above the line")
        case .excludedRecords: return ("Excluded records", "invalid records left out (health-station-export-v1 §4)")
        case .implausibleChildren: return ("Implausible children", "children whose measurement used has |HAZ| > 6")
        case .outOfAgeChildren: return ("Out-of-age children", "children 60 months or older at the measurement used")
        case .indicator: return ("Indicator", "the indicator broken down")
        case .breakdown: return ("Breakdown", "what the people are grouped by")
        case .group: return ("Group", "the group, in words")
        case .groupKey: return ("Group key", "the group as the exports and JSON write it; blank: not recorded")
        case .fundingGroup:
            return (
                cardLabel(.insuredShort),
                "insured residents whose first valid card's group code is of this funding group (cards-v1 §3); the six groups add up to Coverage: insured"
            )
        case .under6Residents: return (cardLabel(.under6Residents), "residents under 6 years old on the reference date")
        case .under6Uninsured: return (cardLabel(.under6Short), "of them, without a valid card on the reference date: " + cardLabel(.under6Note))
        case .under6Rate:
            return (
                cardLabel(.under6Short) + ": " + cardLabel(.share),
                "children under 6 without a card / children under 6; blank when there are none"
            )
        case .duplicatePeople:
            return (
                workbookLabel(.duplicatesSheet),
                "people of the unit whose social-insurance number is also on a resident of another file of the period (once per unit; CSV's duplicatePeople); each is on the sheet Duplicate people"
            )
        case .predecessors:
            return (
                geographyLabel(.predecessors).capitalizedFirst,
                "under --units current: codes of the legacy communes whose files of the period are summed into the row, space-separated"
            )
        case .lacksDivided:
            return (
                geographyLabel(.lacksDivided).capitalizedFirst,
                "codes of the divided legacy communes of which this commune received a part: its figures of a legacy period lack them"
            )
        case .divided:
            return (
                geographyLabel(.divided).capitalizedFirst,
                "yes: a divided legacy commune, a row of its own, counted in its 2025 province only"
            )
        case .unknownCommune: return (geographyLabel(.unknownCommune).capitalizedFirst, "yes: a code the map of the period does not hold, a row of its own")
        case .map: return (geographyLabel(.map), "the map the period is measured against: the one in force on its reference date")
        case .expected: return (geographyLabel(.expected).capitalizedFirst, "communes of the map expected of the province")
        case .received: return (geographyLabel(.received).capitalizedFirst, "expected communes that sent at least one counted file")
        case .completeness: return (geographyLabel(.completeness).capitalizedFirst, "received / expected; red below 100%")
        case .missingCount: return ("Missing", "expected communes that sent no counted file; each is a row of the sheet Missing communes")
        case .missingCodes: return ("Missing codes", "their codes, space-separated, in the register's order")
        case .unknownCodes: return (geographyLabel(.unknownCodes), "codes received that the map does not hold for this province, space-separated")
        case .communeCode: return ("Commune code", "code of the commune, as text")
        case .communeName: return ("Commune", "name of the commune in the register")
        case .missingDistrictCode: return ("District code", "code of the commune's district; blank on the 2025 map, which has no districts")
        case .missingDistrictName: return ("District", "name of the commune's district; blank on the 2025 map")
        case .number: return (cardLabel(.number), "the social-insurance number found on residents of two or more files of one period, as text (10 digits)")
        case .duplicateFile: return ("File", "a file of the period with a resident of that number; one row per resident: " + cardLabel(.duplicateNote))
        case .duplicateLine: return ("Line", "line of the resident in the file")
        case .duplicateCommune: return ("Commune code", "the file's commune")
        }
    }

    private func reviewColumn(_ key: XLSXReviewColumn) -> (heading: String, meaning: String) {
        switch key {
        case .kind: return ("Kind", "blank: a commune of its map; a divided legacy commune or a code not in the register")
        case .firstCounted: return ("First: counted", "people counted in the first period (residents, or children assessed)")
        case .firstCases: return ("First: cases", "insured residents, or children who are cases, in the first period")
        case .firstRate: return ("First: rate", "the rate in the first period")
        case .lastCounted: return ("Last: counted", "people counted in the last period")
        case .lastCases: return ("Last: cases", "cases in the last period")
        case .lastRate: return ("Last: rate", "the rate in the last period")
        case .change: return ("Change", "last rate − first rate, in percentage points; blank when incomplete")
        case .changeCILow: return ("Change: 95% CI low", "low end of Newcombe's 95% interval of the change")
        case .changeCIHigh: return ("Change: 95% CI high", "high end of Newcombe's 95% interval of the change")
        case .changePeople: return ("Change in people", "cases in the last period − cases in the first")
        case .judgement: return ("Judgement", "improved or worsened when the interval excludes 0; red when worsened")
        case .targetStatus: return ("Target status", "reached, still short, fell back (red) or met in both")
        case .gapLast: return ("Gap in the last period", "gap to the target in people in the last period")
        case .fewAssessed: return ("Too few children", "yes: fewer than 50 children in a period, not ranked")
        case .incomplete: return ("Incomplete", "why no change is computed: the two figures do not cover the same communes")
        case .commendationRank: return ("Commendation rank", "place among the improved communes of the province")
        case .attentionRank: return ("Attention rank", "place among the communes that need attention")
        }
    }

    private func geographyLabel(_ key: GeographyLabel) -> String {
        switch key {
        case .mapInForce(.legacy): return "the legacy map (in force until 2025-06-30)"
        case .mapInForce(.current2025): return "the 2025 map (in force from 2025-07-01)"
        case .mapName(.legacy): return "legacy map"
        case .mapName(.current2025): return "2025 map"
        case .unitsReported: return "Units as reported, each period on its own map"
        case .unitsCurrent: return "Every period on today's map (2025)"
        case .completenessHeading: return "Completeness of reporting"
        case .expected: return "expected"
        case .received: return "received"
        case .completeness: return "completeness"
        case .missing: return "Missing communes"
        case .unknownCodes: return "Codes not on the map"
        case .district: return "district"
        case .divided: return "divided among several 2025 communes"
        case .lacksDivided: return "lacks the divided parts of"
        case .predecessors: return "formed from"
        case .unknownCommune: return "commune not in the register"
        case .todaysMapHeading: return "Communes of today's map and the legacy communes they hold"
        case .commune: return "Commune"
        case .note: return "Note"
        case .formedFrom: return "Formed from (files of the period)"
        case .missingPredecessors: return "no file from"
        case .incompleteMark: return "†"
        case .incompleteLegend: return "† reporting incomplete in that period (completeness below 100%): the figure covers only the communes that reported"
        case .receivedOf(let received, let expected, let percent, let edition):
            return "\(received) of \(expected) communes of the \(edition == .legacy ? "legacy" : "2025") map (\(percent))"
        case .coverageDiffers(let periods):
            return
                "The periods do not cover the same share of the province's communes (\(periods.joined(separator: "; "))): a change between them may come from which communes reported, not from any commune."
        case .missingCount(let count): return "\(count) missing"
        case .period: return "Period"
        case .map: return "Map"
        case .unitsLine(.reported): return geographyLabel(.unitsReported) + "."
        case .unitsLine(.current):
            return
                "Every period on today's map (2025): legacy communes summed into the 2025 commune that holds them, divided ones in the province only; no district level."
        case .andMore(let count): return "and \(count) more"
        case .csvColumns: return list(.csvGeography).joined(separator: ",")
        case .rowKind(.commune): return ""
        case .rowKind(.divided): return "(legacy commune, divided)"
        case .rowKind(.unknown): return "(not in the register)"
        case .tableRowMark(.commune): return ""
        case .tableRowMark(.divided): return "÷"
        case .tableRowMark(.unknown): return "?"
        case .tableRowMarks: return "÷ divided legacy commune, a row of its own   ? code not in the register"
        case .incompletePeriods(let province, let periods): return "\(province): completeness below 100% in \(periods.joined(separator: ", "))"
        }
    }
}
