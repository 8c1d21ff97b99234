/// Every text of the reports in English, by key (see LabelKey.swift). The problem messages are
/// the reasons' own `description` (Reading/Problems.swift), which `validate` prints too.
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
            "Gaps are in people: " + [
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
        case .rejection(let reason): reason.description
        case .record(let reason): reason.description
        case .warning(let reason): reason.description
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
        }
    }

    /// The words of each indicator, in the order of `Indicator.all`.
    static let indicators: [IndicatorWords] = [
        IndicatorWords(name: "Health-insurance coverage", short: "Coverage", column: "cover",
                       counted: "residents", cases: "insured", severe: "", gapNoun: "residents still to insure",
                       gapNounOne: "resident still to insure", countedHeading: "Residents", casesHeading: "insured",
                       gapHeading: "To insure"),
        IndicatorWords(name: "Stunting among children under 5", short: "Stunting", column: "stunt",
                       counted: "children assessed", cases: "are stunted", severe: "severely",
                       gapNoun: "stunted children above the line", gapNounOne: "stunted child above the line",
                       countedHeading: "Children assessed", casesHeading: "stunted",
                       gapHeading: "Stunted above the line"),
        IndicatorWords(name: "Underweight among children under 5", short: "Underweight", column: "underw",
                       counted: "children assessed", cases: "are underweight", severe: "severely",
                       gapNoun: "underweight children above the line", gapNounOne: "underweight child above the line",
                       countedHeading: "Children assessed", casesHeading: "underweight",
                       gapHeading: "Underweight above the line"),
        IndicatorWords(name: "Wasting among children under 5", short: "Wasting", column: "wast",
                       counted: "children assessed", cases: "are wasted", severe: "severely",
                       gapNoun: "wasted children above the line", gapNounOne: "wasted child above the line",
                       countedHeading: "Children assessed", casesHeading: "wasted",
                       gapHeading: "Wasted above the line"),
        IndicatorWords(name: "Overweight among children under 5", short: "Overweight", column: "overw",
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
