/// What a problem is, without its values: how the reports for people group the problems (#27,
/// docs/problems.md "Problems by kind"). The raw value is the `kind` of `validate --format csv|json`.
public enum ProblemKind: String, Sendable, CaseIterable, Comparable {
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
    public enum Category: Int, Sendable, CaseIterable, Comparable {
        case rejectedFile, superseded, invalidRecord, warning, flaggedMeasurement, schema

        public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }
    }

    /// Where every problem of the kind is listed, with FILE:LINE, when a report shows only a few.
    public enum FullList: Sendable, CaseIterable {
        /// `commune-health validate --format csv PATH` (the format's problems and the cards').
        case validate
        /// `commune-health zscores PATH` (every measurement with its status).
        case zscores
        /// `analyze --format json` or the workbook's Problems sheet (what only `analyze` finds).
        case analyzeJSON
    }

    public var category: Category {
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
    public var fullList: FullList {
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

    public static func < (a: ProblemKind, b: ProblemKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public init(_ reason: RejectionReason) {
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

    public init(_ reason: RecordReason) {
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

    public init(_ reason: WarningReason) {
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

    public init(_ measurement: FlaggedMeasurement) {
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
public struct ProblemKindCounts: Sendable, Equatable {
    public private(set) var counts: [(kind: ProblemKind, count: Int)] = []

    public init() {}

    public static func == (a: ProblemKindCounts, b: ProblemKindCounts) -> Bool {
        a.counts.elementsEqual(b.counts) { $0.kind == $1.kind && $0.count == $1.count }
    }

    public mutating func add(_ kind: ProblemKind, _ count: Int = 1) {
        if let index = counts.firstIndex(where: { $0.kind == kind }) {
            counts[index].count += count
        } else {
            counts.append((kind, count))
        }
    }

    public subscript(kind: ProblemKind) -> Int { counts.first { $0.kind == kind }?.count ?? 0 }

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

/// One problem shown as an example of its kind, at its place: `FILE:LINE: message`.
public enum ProblemExample: Sendable, Equatable {
    case rejection(FileRejection)
    case superseded(SupersededFile)
    case record(InvalidRecord)
    case warning(ReadingWarning)
    /// A measurement used and flagged, in `file`.
    case flagged(file: String, FlaggedMeasurement)

    public var file: String {
        switch self {
        case .rejection(let r): return r.file
        case .superseded(let s): return s.file
        case .record(let r): return r.file
        case .warning(let w): return w.file
        case .flagged(let file, _): return file
        }
    }

    /// nil for a superseded file (the whole file).
    public var line: Int? {
        switch self {
        case .rejection(let r): return r.line
        case .superseded: return nil
        case .record(let r): return r.line
        case .warning(let w): return w.line
        case .flagged(_, let m): return m.line
        }
    }
}

/// Every kind of problem of a run, with how many problems and files it touches and its first
/// examples in the reports' order (#27): what the reports for people and standard error show
/// instead of every problem. Built from the per-file counts, reading back from the spill only
/// the chunks that hold the first `examples` of each kind, one chunk at a time: memory holds at
/// most `examples` problems per kind, however many there are.
public struct ProblemSummary: Sendable {
    public struct Kind: Sendable {
        public var kind: ProblemKind
        /// Problems of the kind (files, for a rejected or superseded file).
        public var count: Int
        /// Files that hold at least one.
        public var files: Int
        /// The first `min(count, cap)`, in the reports' order (a problem repeated at the same line once).
        public var examples: [ProblemExample]
    }

    /// The kinds present, by category (rejected, superseded, invalid, warning, flagged), then the
    /// most frequent first, ties in the order of `ProblemKind`.
    public var kinds: [Kind]
    /// How many examples each kind keeps at most.
    public var cap: Int

    /// How many examples the reports keep of each kind: the HTML report shows the first
    /// `ProblemSummary.shown` and the rest of these behind a collapsed `<details>`.
    public static let kept = 50
    /// How many examples of each kind are shown openly (Markdown, HTML, the table).
    public static let shown = 5

    public var total: Int { kinds.reduce(0) { $0 + $1.count } }

    public func count(of category: ProblemKind.Category) -> Int {
        kinds.filter { $0.kind.category == category }.reduce(0) { $0 + $1.count }
    }

    public init(kinds: [Kind], cap: Int) {
        self.kinds = kinds.sorted {
            ($0.kind.category, -$0.count, $0.kind) < ($1.kind.category, -$1.count, $1.kind)
        }
        self.cap = cap
    }

    public init(_ analysis: Analysis, examples cap: Int = ProblemSummary.kept) {
        var found: [ProblemKind: Kind] = [:]
        func note(_ kind: ProblemKind, count: Int = 1, files: Int = 1) {
            found[kind, default: Kind(kind: kind, count: 0, files: 0, examples: [])].count += count
            found[kind]!.files += files
        }
        // The same problem twice at the same line (a resident with two such cards) is one example.
        func keep(_ kind: ProblemKind, _ example: ProblemExample) -> Bool {
            guard found[kind]!.examples.count < cap, found[kind]!.examples.last != example else { return false }
            found[kind]!.examples.append(example)
            return true
        }
        for rejection in analysis.rejectedFiles {
            let kind = ProblemKind(rejection.reason)
            note(kind)
            _ = keep(kind, .rejection(rejection))
        }
        for superseded in analysis.supersededFiles {
            note(.superseded)
            _ = keep(.superseded, .superseded(superseded))
        }
        for summary in analysis.files {
            for (kind, count) in summary.problems.kindCounts.counts { note(kind, count: count) }
        }
        // The examples: a file's lists are read back only while one of its kinds lacks examples,
        // a chunk at a time.
        for summary in analysis.files {
            let counts = summary.problems.kindCounts
            func wants(_ category: ProblemKind.Category) -> Bool {
                counts.counts.contains { $0.kind.category == category && found[$0.kind]!.examples.count < cap }
            }
            if wants(.invalidRecord) {
                for chunk in summary.problems.chunkCounts(of: .invalidRecords).indices where wants(.invalidRecord) {
                    for record in summary.problems.invalidRecords(file: summary.file, chunk: chunk) {
                        _ = keep(ProblemKind(record.reason), .record(record))
                    }
                }
            }
            if wants(.warning) || counts[.superseded] > 0 {
                for chunk in summary.problems.chunkCounts(of: .warnings).indices
                where wants(.warning) || (counts[.superseded] > 0 && found[.superseded]!.examples.count < cap) {
                    for warning in summary.problems.warnings(file: summary.file, chunk: chunk) {
                        _ = keep(ProblemKind(warning.reason), .warning(warning))
                    }
                }
            }
            if wants(.flaggedMeasurement) {
                for chunk in summary.problems.chunkCounts(of: .flaggedMeasurements).indices where wants(.flaggedMeasurement) {
                    for measurement in summary.problems.flaggedMeasurements(chunk: chunk) {
                        _ = keep(ProblemKind(measurement), .flagged(file: summary.file, measurement))
                    }
                }
            }
        }
        self.init(kinds: Array(found.values), cap: cap)
    }
}
