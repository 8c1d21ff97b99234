/// Why a whole file was rejected: nothing of it is counted (spec section 4).
public enum RejectionReason: Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case emptyFile
    case notWellFormed(String)
    /// The file's first bytes are no markup at all (libxml2's "Document is empty").
    case noMarkup
    case doctype
    case wrongRoot(String)
    case wrongNamespace(String?)
    case unsupportedVersion(String)
    case missingAttribute(element: String, attribute: String)
    case malformedAttribute(element: String, attribute: String, value: String)
    case missingElement(String)
    case unexpectedElement(String)
    case misplacedElement(String)
    case periodEndsBeforeStart(from: String, to: String)
    case referenceDateOutsidePeriod(String)
    case countMismatch(declared: Int, actual: Int)
    case limitExceeded(String)
    case duplicateSubmission(others: [String], reason: DuplicateReason)

    public var description: String {
        switch self {
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .emptyFile: return "the file is empty"
        case .notWellFormed(let message): return "not well-formed XML: \(message)"
        case .noMarkup: return "not well-formed XML: no XML markup at the start of the file (is it an XML export at all?)"
        case .doctype: return "a DOCTYPE is not allowed in a health-station export"
        case .wrongRoot(let name): return "the root element is <\(name)>, expected <healthStationExport>"
        case .wrongNamespace(let uri):
            return "the root element is in namespace \(uri.map { "'\($0)'" } ?? "none"), expected 'urn:commune-health:export:1'"
        case .unsupportedVersion(let version): return "unsupported format version '\(version)' (this tool reads 1.x)"
        case .missingAttribute(let element, let attribute): return "<\(element)> lacks the required attribute \(attribute)"
        case .malformedAttribute(let element, let attribute, let value):
            return "<\(element)> has a malformed \(attribute) '\(value)'"
        case .missingElement(let name): return "the required element <\(name)> is missing"
        case .unexpectedElement(let name): return "unknown element <\(name)> in the export namespace"
        case .misplacedElement(let name): return "<\(name)> is out of place (expected commune, period, residents, growthMonitoring, reportedSummary in that order, each once)"
        case .periodEndsBeforeStart(let from, let to): return "the period ends (\(to)) before it starts (\(from))"
        case .referenceDateOutsidePeriod(let date): return "referenceDate \(date) lies outside the period"
        case .countMismatch(let declared, let actual): return "residents count=\"\(declared)\" but the file holds \(actual) <resident> element\(actual == 1 ? "" : "s")"
        case .limitExceeded(let limit): return "the file exceeds a safety limit: \(limit)"
        case .duplicateSubmission(let others, let reason): return "duplicate submission with \(others.joined(separator: ", ")): \(reason)"
        }
    }
}

/// Why the files of one commune and period cannot be told apart, so that all of them are rejected.
public enum DuplicateReason: Equatable, Sendable, CustomStringConvertible {
    /// Not every file has a generated time to tell which is the latest.
    case noGeneratedTime(commune: String)
    /// The latest generated time is on two or more files.
    case sameGeneratedTime(commune: String)

    public var description: String {
        switch self {
        case .noGeneratedTime(let code):
            return "commune \(code) for the same period, and not every file has a generated time to tell which is the latest"
        case .sameGeneratedTime(let code): return "commune \(code) for the same period with the same generated time"
        }
    }
}

/// Why one resident, card or measurement was excluded while the rest of its file counts.
public enum RecordReason: Equatable, Sendable, CustomStringConvertible {
    case missingAttribute(element: String, attribute: String)
    case malformedAttribute(element: String, attribute: String, value: String)
    case bornAfterReferenceDate(birthDate: String, referenceDate: String)
    case measuredBeforeBirth(date: String, birthDate: String)
    case nonPositiveHeight(String)
    case cardEndsBeforeStart(validFrom: String, validTo: String)
    case duplicateResidentID(String)

    public var description: String {
        switch self {
        case .missingAttribute(let element, let attribute): return "<\(element)> lacks the required attribute \(attribute); record excluded"
        case .malformedAttribute(let element, let attribute, let value):
            return "<\(element)> has a malformed \(attribute) '\(value)'; record excluded"
        case .bornAfterReferenceDate(let birth, let reference):
            return "<resident> born \(birth), after the reference date \(reference); record excluded"
        case .measuredBeforeBirth(let date, let birth):
            return joinedText("<measurement> dated ", .text(date), ", before the child's birth ", .text(birth), "; record excluded")
        case .nonPositiveHeight(let value): return "<measurement> has heightCm '\(value)', not above 0; record excluded"
        case .cardEndsBeforeStart(let from, let to):
            return joinedText("<insuranceCard> validTo ", .text(to), " is before validFrom ", .text(from), "; card ignored")
        case .duplicateResidentID(let id): return "<resident> id '\(id)' is already used by an earlier resident; record excluded"
        }
    }
}

/// Something worth telling that changes no figure.
public enum WarningReason: Equatable, Sendable, CustomStringConvertible {
    case malformedReportedSummary(attribute: String, value: String)
    case standingUnderNineMonths(childID: String)
    case superseded(by: String)
    /// The file's `<commune>` differs from the map of its reference date (geography-v1 §3).
    /// Indirect: its names and register entries would make every warning in an array several
    /// times larger, and a file has at most a few of these among thousands of others.
    indirect case geography(GeographyWarningReason)
    /// A card number of unknown form or group code, a TE card over 6, a number twice in a file (cards-v1).
    case card(CardWarningReason)

    public var description: String {
        switch self {
        case .malformedReportedSummary(let attribute, let value):
            return "<reportedSummary> has a malformed \(attribute) '\(value)'; the station's summary is ignored"
        case .standingUnderNineMonths(let child):
            return joinedText("child ", .text(child), " is under 9 months but recorded standing; position treated as absent")
        case .superseded(let file): return "superseded by the later resubmission \(file)"
        case .geography(let reason): return reason.description
        case .card(let card): return card.text(.en)
        }
    }
}

/// A problem tied to a place in a file: what the user sees as `FILE:LINE: reason`.
public struct Located<Reason: Sendable & CustomStringConvertible>: Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: Reason

    public init(file: String, line: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}

extension Located: Equatable where Reason: Equatable {}
extension Located: Error {}

public typealias FileRejection = Located<RejectionReason>
public typealias InvalidRecord = Located<RecordReason>
public typealias ReadingWarning = Located<WarningReason>
