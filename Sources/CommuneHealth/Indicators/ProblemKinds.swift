/// What a problem is, without its values: how the reports for people group the problems (#27,
/// docs/problems.md "Problems by kind"). The raw value is the `kind` of `validate --format csv|json`.
package enum ProblemKind: String, Sendable, CaseIterable, Comparable {
    // A rejected file (nothing of it counts), by its RejectionReason.
    case unreadable, emptyFile = "empty-file", notWellFormed = "not-well-formed", noMarkup = "no-markup", doctype
    case wrongRoot = "wrong-root", wrongNamespace = "wrong-namespace", unsupportedVersion = "unsupported-version"
    case headerMissingAttribute = "header-missing-attribute", headerMalformedAttribute = "header-malformed-attribute"
    case missingElement = "missing-element", unexpectedElement = "unexpected-element", misplacedElement = "misplaced-element"
    case periodEndsBeforeStart = "period-ends-before-start", referenceDateOutsidePeriod = "reference-date-outside-period"
    case countMismatch = "count-mismatch", limitExceeded = "limit-exceeded", duplicateSubmission = "duplicate-submission"
    // A file replaced by a later resubmission.
    case superseded
    // An invalid record (excluded, the rest of its file counts), by its RecordReason.
    case recordMissingAttribute = "record-missing-attribute", recordMalformedAttribute = "record-malformed-attribute"
    case bornAfterReferenceDate = "born-after-reference-date", measuredBeforeBirth = "measured-before-birth"
    case nonPositiveHeight = "non-positive-height", cardEndsBeforeStart = "card-ends-before-start"
    case duplicateResidentID = "duplicate-resident-id"
    // A warning (no figure changed), by its WarningReason.
    case malformedReportedSummary = "malformed-reported-summary", standingUnderNineMonths = "standing-under-9-months"
    case geographyUnknownCode = "geography-unknown-code", geographyNameDiffers = "geography-name-differs"
    case geographyProvinceDiffers = "geography-province-differs", geographyDistrictDiffers = "geography-district-differs"
    case geographyDistrictOn2025Map = "geography-district-on-2025-map"
    case cardUnknownForm = "card-unknown-form", cardUnknownGroupCode = "card-unknown-group-code"
    case cardChildCardAged6OrMore = "card-child-card-aged-6-or-more", cardSameNumberInFile = "card-same-number-in-file"
    case cardPlaceholderNumber = "card-placeholder-number"
    // A measurement used that is not counted (or whose weight-based z-score is flagged), by its status.
    case implausible, outOfAge = "out-of-age", weightScoreFlagged = "weight-score-flagged"
    // `validate` only: what the shipped XML Schema finds beyond the reader.
    case schema

    /// The lists the reports keep apart, in the order they show them.
    package enum Category: Int, Sendable, CaseIterable, Comparable {
        case rejectedFile, superseded, invalidRecord, warning, flaggedMeasurement, schema

        package static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }
    }

    /// Where every problem of the kind is listed, with FILE:LINE, when a report shows only a few.
    package enum FullList: Sendable, CaseIterable {
        /// `commune-health validate --format csv PATH` (the format's problems and the cards').
        case validate
        /// `commune-health zscores PATH` (every measurement with its status).
        case zscores
        /// `analyze --format json` or the workbook's Problems sheet (what only `analyze` finds).
        case analyzeJSON
    }

    package var category: Category {
        switch self {
        case .unreadable, .emptyFile, .notWellFormed, .noMarkup, .doctype, .wrongRoot, .wrongNamespace,
            .unsupportedVersion, .headerMissingAttribute, .headerMalformedAttribute, .missingElement,
            .unexpectedElement, .misplacedElement, .periodEndsBeforeStart, .referenceDateOutsidePeriod,
            .countMismatch, .limitExceeded, .duplicateSubmission:
            return .rejectedFile
        case .superseded: return .superseded
        case .recordMissingAttribute, .recordMalformedAttribute, .bornAfterReferenceDate, .measuredBeforeBirth,
            .nonPositiveHeight, .cardEndsBeforeStart, .duplicateResidentID:
            return .invalidRecord
        case .malformedReportedSummary, .standingUnderNineMonths, .geographyUnknownCode, .geographyNameDiffers,
            .geographyProvinceDiffers, .geographyDistrictDiffers, .geographyDistrictOn2025Map, .cardUnknownForm,
            .cardUnknownGroupCode, .cardChildCardAged6OrMore, .cardSameNumberInFile, .cardPlaceholderNumber:
            return .warning
        case .implausible, .outOfAge, .weightScoreFlagged: return .flaggedMeasurement
        case .schema: return .schema
        }
    }

    /// Where the whole list is: `validate` lists what the reader finds (rejections, invalid
    /// records, the cards' and the station summary's warnings); what only `analyze` finds (the
    /// map's checks, the 9-month rule, resubmissions) is in its JSON and workbook; measurements
    /// in `zscores`.
    package var fullList: FullList {
        switch category {
        case .rejectedFile, .invalidRecord, .schema: return .validate
        case .superseded: return .analyzeJSON
        case .flaggedMeasurement: return .zscores
        case .warning:
            switch self {
            case .standingUnderNineMonths, .geographyUnknownCode, .geographyNameDiffers, .geographyProvinceDiffers,
                .geographyDistrictDiffers, .geographyDistrictOn2025Map:
                return .analyzeJSON
            default: return .validate
            }
        }
    }

    package static func < (a: ProblemKind, b: ProblemKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    package init(_ reason: RejectionReason) {
        switch reason {
        case .unreadable: self = .unreadable
        case .emptyFile: self = .emptyFile
        case .notWellFormed: self = .notWellFormed
        case .noMarkup: self = .noMarkup
        case .doctype: self = .doctype
        case .wrongRoot: self = .wrongRoot
        case .wrongNamespace: self = .wrongNamespace
        case .unsupportedVersion: self = .unsupportedVersion
        case .missingAttribute: self = .headerMissingAttribute
        case .malformedAttribute: self = .headerMalformedAttribute
        case .missingElement: self = .missingElement
        case .unexpectedElement: self = .unexpectedElement
        case .misplacedElement: self = .misplacedElement
        case .periodEndsBeforeStart: self = .periodEndsBeforeStart
        case .referenceDateOutsidePeriod: self = .referenceDateOutsidePeriod
        case .countMismatch: self = .countMismatch
        case .limitExceeded: self = .limitExceeded
        case .duplicateSubmission: self = .duplicateSubmission
        }
    }

    package init(_ reason: RecordReason) {
        switch reason {
        case .missingAttribute: self = .recordMissingAttribute
        case .malformedAttribute: self = .recordMalformedAttribute
        case .bornAfterReferenceDate: self = .bornAfterReferenceDate
        case .measuredBeforeBirth: self = .measuredBeforeBirth
        case .nonPositiveHeight: self = .nonPositiveHeight
        case .cardEndsBeforeStart: self = .cardEndsBeforeStart
        case .duplicateResidentID: self = .duplicateResidentID
        }
    }

    package init(_ reason: WarningReason) {
        switch reason {
        case .malformedReportedSummary: self = .malformedReportedSummary
        case .standingUnderNineMonths: self = .standingUnderNineMonths
        case .superseded: self = .superseded
        case .geography(.unknownCommuneCode): self = .geographyUnknownCode
        case .geography(.nameDiffers): self = .geographyNameDiffers
        case .geography(.provinceCodeDiffers): self = .geographyProvinceDiffers
        case .geography(.districtCodeDiffers): self = .geographyDistrictDiffers
        case .geography(.districtCodeOn2025Map): self = .geographyDistrictOn2025Map
        case .card(.unknownForm): self = .cardUnknownForm
        case .card(.unknownGroupCode): self = .cardUnknownGroupCode
        case .card(.childCardAged6OrMore): self = .cardChildCardAged6OrMore
        case .card(.sameNumberInFile): self = .cardSameNumberInFile
        case .card(.placeholderNumber): self = .cardPlaceholderNumber
        }
    }

    package init(_ measurement: FlaggedMeasurement) {
        switch measurement.status {
        case .implausible: self = .implausible
        case .outOfAge: self = .outOfAge
        case .normal, .stunted, .severelyStunted: self = .weightScoreFlagged
        }
    }
}

/// How many problems of each kind one file's lists hold, counted when the file's summary is made
/// (before its lists go to the spill), so that the reports count by kind without reading anything
/// back. A few kinds per file: a short array, not a dictionary.
package struct ProblemKindCounts: Sendable, Equatable {
    package private(set) var counts: [(kind: ProblemKind, count: Int)] = []

    package init() {}

    package static func == (a: ProblemKindCounts, b: ProblemKindCounts) -> Bool {
        a.counts.elementsEqual(b.counts) { $0.kind == $1.kind && $0.count == $1.count }
    }

    package mutating func add(_ kind: ProblemKind, _ count: Int = 1) {
        if let index = counts.firstIndex(where: { $0.kind == kind }) {
            counts[index].count += count
        } else {
            counts.append((kind, count))
        }
    }

    package subscript(kind: ProblemKind) -> Int { counts.first { $0.kind == kind }?.count ?? 0 }

    init(invalid: [InvalidRecord], warnings: [ReadingWarning], flagged: [FlaggedMeasurement]) {
        // Runs of the same kind are common (a file's card warnings): count a run at once.
        func tally<S: Sequence>(_ kinds: S) where S.Element == ProblemKind {
            var current: ProblemKind?
            var run = 0
            for kind in kinds {
                if kind == current { run += 1; continue }
                if let current { add(current, run) }
                current = kind
                run = 1
            }
            if let current { add(current, run) }
        }
        tally(invalid.lazy.map { ProblemKind($0.reason) })
        tally(warnings.lazy.map { ProblemKind($0.reason) })
        tally(flagged.lazy.map { ProblemKind($0) })
    }
}
