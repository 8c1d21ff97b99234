/// Why a whole file was rejected: nothing of it is counted (spec section 4).
package enum RejectionReason: Equatable, Sendable, CustomStringConvertible {
    case unreadable(ReadFailure)
    case emptyFile
    case notWellFormed(ParserFault)
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
    case limitExceeded(SafetyLimit, limit: Int)
    case duplicateSubmission(others: [String], reason: DuplicateReason)

    /// The English text (Text/English.swift), as `validate` prints it.
    package var description: String { Labels(.en).reason(self) }
}

/// Why a file could not be read (#29: a value, its words in Text/).
package enum ReadFailure: Equatable, Sendable {
    /// The system's message (`strerror`), quoted as it is.
    case system(String)
    /// The path names a folder.
    case folder
    /// libxml2 could not create a parser.
    case noParser
}

/// Why libxml2 found the file not well-formed.
package enum ParserFault: Equatable, Sendable {
    /// libxml2's own message, quoted as it is.
    case libxml2(String)
    /// The bytes cannot be converted from the file's declared encoding.
    case invalidEncoding
    /// libxml2 stopped with this error code and no message.
    case stopped(code: Int32)
}

/// Which of the reader's safety limits (`ReadingLimits`) a file exceeds; its value is beside it.
package enum SafetyLimit: Equatable, Sendable {
    /// More elements than the limit.
    case elements
    /// Elements nested deeper than the limit.
    case depth
    /// More bytes than the limit without markup (a start tag, attribute value or text that long).
    case bytesWithoutMarkup
}

/// Why the files of one commune and period cannot be told apart, so that all of them are rejected.
package enum DuplicateReason: Equatable, Sendable, CustomStringConvertible {
    /// Not every file has a generated time to tell which is the latest.
    case noGeneratedTime(commune: String)
    /// The latest generated time is on two or more files.
    case sameGeneratedTime(commune: String)

    /// The English text (Text/English.swift).
    package var description: String { Labels(.en)[.problem(.duplicate(self))] }
}

/// Why one resident, card or measurement was excluded while the rest of its file counts.
package enum RecordReason: Equatable, Sendable, CustomStringConvertible {
    case missingAttribute(element: String, attribute: String)
    case malformedAttribute(element: String, attribute: String, value: String)
    case bornAfterReferenceDate(birthDate: String, referenceDate: String)
    case measuredBeforeBirth(date: String, birthDate: String)
    case nonPositiveHeight(String)
    case cardEndsBeforeStart(validFrom: String, validTo: String)
    case duplicateResidentID(String)

    /// The English text (Text/English.swift).
    package var description: String { Labels(.en).reason(self) }
}

/// Something worth telling that changes no figure.
package enum WarningReason: Equatable, Sendable, CustomStringConvertible {
    case malformedReportedSummary(attribute: String, value: String)
    case standingUnderNineMonths(childID: String)
    case superseded(by: String)
    /// The file's `<commune>` differs from the map of its reference date (geography-v1 §3).
    /// Indirect: its names and register entries would make every warning in an array several
    /// times larger, and a file has at most a few of these among thousands of others.
    indirect case geography(GeographyWarningReason)
    /// A card number of unknown form or group code, a TE card over 6, a number twice in a file (cards-v1).
    case card(CardWarningReason)

    /// The English text (Text/English.swift).
    package var description: String { Labels(.en).reason(self) }
}

/// A problem tied to a place in a file: what the user sees as `FILE:LINE: reason`.
package struct Located<Reason: Sendable & CustomStringConvertible>: Sendable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var reason: Reason

    package init(file: String, line: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    package var description: String { "\(file):\(line): \(reason)" }
}

extension Located: Equatable where Reason: Equatable {}
extension Located: Error {}

package typealias FileRejection = Located<RejectionReason>
package typealias InvalidRecord = Located<RecordReason>
package typealias ReadingWarning = Located<WarningReason>
