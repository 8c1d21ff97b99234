/// The result of reading one file: its contents, or why it was rejected whole.
package enum ReadOutcome: Sendable {
    case accepted(ExportContents)
    case rejected(FileRejection)
}

/// Reads health-station exports (format version 1) as spec sections 1, 2 and 4 define them.
public struct ExportReader: Sendable {
    package var limits: ReadingLimits
    /// Keep every measurement element for the per-child listing (`zscores`), not only those used.
    package var keepsAllMeasurements: Bool
    /// Keep every resident without a valid card, for the follow-up list (`uninsured`).
    package var listsUninsured: Bool
    /// Find each child's resident record, for the groups of WHO's standard analysis (#28).
    package var tracksChildGroups = false

    public init(limits: ReadingLimits = .default, keepsAllMeasurements: Bool = false, listsUninsured: Bool = false) {
        self.limits = limits
        self.keepsAllMeasurements = keepsAllMeasurements
        self.listsUninsured = listsUninsured
    }

    /// Reads the file at `path`, streaming; `path` is also the name used in every message.
    ///
    /// Read by libxml2's pull parser; a file it does not read cleanly to its end is read again
    /// by the push parser, from the start, for its rejection (`XMLStreamParser.readCleanly`).
    package func read(path: String) -> ReadOutcome {
        read(file: path, cleanly: { $0.readCleanly(path: path) }, rejecting: { $0.parse(path: path) })
    }

    /// Reads a document held in memory, named `file` in messages, as `read(path:)` reads a file.
    package func read(bytes: [UInt8], file: String) -> ReadOutcome {
        bytes.withUnsafeBytes { bytes in
            read(file: file, cleanly: { $0.readCleanly(bytes: bytes) }, rejecting: { $0.parse(bytes: bytes) })
        }
    }

    /// The pull parser's reading (`cleanly`), or when it is not clean the push parser's, with a
    /// handler of its own (`rejecting`).
    private func read(
        file: String, cleanly: (XMLStreamParser) -> Bool, rejecting: (XMLStreamParser) -> (line: Int, reason: RejectionReason)?
    ) -> ReadOutcome {
        let state = handler(file: file)
        if cleanly(XMLStreamParser(handler: state, limits: limits)) { return state.outcome(nil) }
        let again = handler(file: file)
        return again.outcome(rejecting(XMLStreamParser(handler: again, limits: limits)))
    }

    /// `read(path:)` by the push parser alone (the reader before #30's pull parser): for the
    /// tests that compare the two.
    package func readPushing(bytes: [UInt8], file: String) -> ReadOutcome {
        bytes.withUnsafeBytes { bytes in
            let state = handler(file: file)
            return state.outcome(XMLStreamParser(handler: state, limits: limits).parse(bytes: bytes))
        }
    }

    private func handler(file: String) -> ExportHandler {
        let state = ExportHandler(file: file, keepsAllMeasurements: keepsAllMeasurements)
        state.listsUninsured = listsUninsured
        state.tracksChildGroups = tracksChildGroups
        return state
    }
}

let exportNamespace: StaticString = "urn:commune-health:export:1"

/// Where the reader stands, one level per open element of the export namespace.
/// Numbered from 0 in the order of its cases, as Swift numbers an enum without payloads in memory:
/// `PlaceStack` reads a raw value back as the case.
enum ExportHandlerPlace: UInt8, CaseIterable {
    case document = 0, root, leaf, residents, resident, growthMonitoring
}

/// The format's state machine over the element stream of one file.
final class ExportHandler: XMLEventHandler {
    /// The root's children, in the only order the format allows.
    enum Section: Int {
        case none = 0, commune, period, residents, growthMonitoring, reportedSummary
    }

    private typealias Place = ExportHandlerPlace

    let file: String
    let keepsAllMeasurements: Bool
    var listsUninsured = false
    var tracksChildGroups = false
    /// Per child index: the index of the resident of the same id, or -1 (`tracksChildGroups`).
    @exclusivity(unchecked) var childResidents: [Int] = []
    /// The open elements of the export namespace; the format nests at most five deep.
    var places = PlaceStack()
    var foreignDepth = 0
    /// libxml2 interns namespace URIs per file: once the export namespace has been seen, its
    /// pointer identifies it without comparing bytes.
    var exportNamespaceName: InternedName?
    var lastSection = Section.none

    var commune: Commune?
    var period: ReportingPeriod?
    var generated: Instant?
    var generatedText: String?
    var software: String?
    var declaredCount: Int?
    /// The line of `<residents`, where a count mismatch is reported.
    var residentsLine = 0
    var rootLine = 1
    var communeLine = 1
    var residentElements = 0

    var contents: ExportContents?
    /// The reference date as fields, for comparisons on the hot path.
    var referenceFields = DateFields(CalendarDate(daysSinceEpoch: 0))
    // The tables below are touched per attribute or per record. The handler is a class (libxml2
    // calls it back through one pointer) and runs on one thread for one file, with no access
    // that overlaps another; without this attribute every touch would pay a runtime check.
    @exclusivity(unchecked) var residentAttributes = RecordAttributeNames()
    @exclusivity(unchecked) var cardAttributes = RecordAttributeNames()
    @exclusivity(unchecked) var measurementAttributes = RecordAttributeNames()
    @exclusivity(unchecked) var residentName = KnownName()
    @exclusivity(unchecked) var cardName = KnownName()
    @exclusivity(unchecked) var measurementName = KnownName()
    @exclusivity(unchecked) var residentIDs = ByteStringTable()
    @exclusivity(unchecked) var childIDs = ByteStringTable()
    /// The record sink of the file, made when the period is known (no record comes before).
    /// Held inline and mutated on every record: one thread, one file, and no access to it
    /// overlaps another (the fold never calls back into the handler), so the runtime
    /// exclusivity check, a call per record, is off for it as for the tables above.
    @exclusivity(unchecked) var fold = FileFold()
    /// The child id of each child index, made once per child.
    @exclusivity(unchecked) var childNames: [String] = []
    /// Whether the resident being read is valid (its cards are handed over).
    var inValidResident = false
    @exclusivity(unchecked) var ethnicities = ByteStringTable()

    init(file: String, keepsAllMeasurements: Bool) {
        self.file = file
        self.keepsAllMeasurements = keepsAllMeasurements
    }

    func outcome(_ problem: (line: Int, reason: RejectionReason)?) -> ReadOutcome {
        if let problem {
            return .rejected(FileRejection(file: file, line: problem.line, reason: problem.reason))
        }
        guard var contents else {
            return .rejected(FileRejection(file: file, line: 1, reason: .missingElement("healthStationExport")))
        }
        // The fold was made with `contents`, when the period was read.
        do {
            contents.population = fold.population
            contents.insured = fold.insured
            contents.usedMeasurements = fold.measurements
            contents.coverageGroups = fold.coverageGroups(ethnicity: { ethnicities.string(at: $0) })
            for index in fold.usedEntries where index >= 0 { contents.entries[index].used = true }
            contents.fundingGroups = fold.fundingGroups
            contents.under6 = fold.under6
            let cards = fold.finishCards(file: file)
            contents.insuredNumbers = cards.numbers
            if !cards.warnings.isEmpty {
                // By line, the reader's warnings first on a tie.
                contents.warnings = mergedByLine(contents.warnings, cards.warnings)
            }
            contents.uninsured = fold.uninsuredResidents.map { resident in
                resident.row(
                    file: file, communeCode: contents.commune.code,
                    residentId: residentIDs.string(at: resident.idIndex),
                    ethnicity: resident.ethnicity < 0 ? "" : ethnicities.string(at: resident.ethnicity))
            }
            if tracksChildGroups { contents.childGroups = childGroups() }
        }
        return .accepted(contents)
    }

    /// Per measurement used, the groups of its child's resident record (#28).
    private func childGroups() -> [WHOChildGroups] {
        fold.usedChildren.map { childIndex in
            let resident = childIndex < childResidents.count ? childResidents[childIndex] : -1
            guard let groups = fold.residentGroups(resident) else { return WHOChildGroups() }
            return WHOChildGroups(
                poverty: groups.poverty,
                ethnicity: groups.ethnicity < 0 ? nil : ethnicities.string(at: groups.ethnicity))
        }
    }

    // MARK: Events

    /// libxml2 interns namespace URIs per file: once the export namespace has been seen, its
    /// token identifies it without comparing bytes.
    @inline(__always)
    private func isExportNamespace(_ uri: InternedName?) -> Bool {
        guard let uri else { return false }
        if uri == exportNamespaceName { return true }
        guard uri.equals(exportNamespace) else { return false }
        exportNamespaceName = uri
        return true
    }

    @inline(__always)
    func start(_ tag: XMLStartTag) -> XMLStartVerdict {
        if foreignDepth > 0 {
            foreignDepth += 1
            return .open
        }
        let place = places.top
        let inExportNamespace = isExportNamespace(tag.namespaceURI)
        if place == .document {
            return rejects(startRoot(tag, inExportNamespace: inExportNamespace))
        }
        guard inExportNamespace else {
            foreignDepth = 1
            return .open
        }
        let name = tag.localName
        switch place {
        case .root:
            return rejects(startSection(tag))
        case .residents where residentName.matches(name, "resident"):
            places.push(.resident)
            startResident(tag)
            return .open
        // A card and a measurement are leaves: their end tags are not reported unless they
        // have a child (`leafHasChild`).
        case .resident where cardName.matches(name, "insuranceCard"):
            readCard(tag)
            return .leaf
        case .growthMonitoring where measurementName.matches(name, "measurement"):
            readMeasurement(tag)
            return .leaf
        default:
            startProblem = isKnownElement(name) ? .misplacedElement(string(name)) : .unexpectedElement(string(name))
            return .stop
        }
    }

    func leafHasChild() { places.push(.leaf) }

    /// Why the file stops at the start tag just read, set when `start` returns `.stop`.
    private(set) var startProblem: RejectionReason?

    private func rejects(_ reason: RejectionReason?) -> XMLStartVerdict {
        startProblem = reason
        return reason == nil ? .open : .stop
    }

    @inline(__always)
    func end(localName: InternedName, namespaceURI: InternedName?) -> Bool {
        if foreignDepth > 0 {
            foreignDepth -= 1
            return false
        }
        let place = places.pop()
        switch place {
        case .resident:
            endResident()
            return false
        case .residents, .root:
            endProblem = endOfSection(place)
            return endProblem != nil
        default:
            return false
        }
    }

    /// Why the file stops at the end tag just read, set when `end` returns true.
    private(set) var endProblem: (reason: RejectionReason, line: Int?)?

    private func endOfSection(_ place: ExportHandlerPlace) -> (reason: RejectionReason, line: Int?)? {
        switch place {
        case .residents:
            if let declaredCount, declaredCount != residentElements {
                return (.countMismatch(declared: declaredCount, actual: residentElements), residentsLine)
            }
        case .root:
            if lastSection.rawValue < Section.residents.rawValue {
                return (.missingElement(missingBefore(.growthMonitoring)), nil)
            }
        default:
            break
        }
        return nil
    }

}

/// `first` and `second` in one list by line, `first`'s warning before `second`'s on the same line
/// and each list's order kept on a tie: what a stable sort of `first + second` by line gives. When
/// both are already in line order (the common case: each is in document order but for the
/// duplicate numbers' warnings) it is one pass, with no list but the result made.
func mergedByLine(_ first: [ReadingWarning], _ second: [ReadingWarning]) -> [ReadingWarning] {
    func inOrder(_ list: [ReadingWarning]) -> Bool {
        // By index: zip and allSatisfy copy each warning (its strings retained and released).
        for index in list.indices.dropFirst() where list[index - 1].line > list[index].line { return false }
        return true
    }
    if first.isEmpty && inOrder(second) { return second }
    guard inOrder(first) else {
        return (first + second).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }
    let second =
        inOrder(second)
        ? second
        : second.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    var merged: [ReadingWarning] = []
    merged.reserveCapacity(first.count + second.count)
    var i = 0, j = 0
    while i < first.count && j < second.count {
        if first[i].line <= second[j].line {
            merged.append(first[i])
            i += 1
        } else {
            merged.append(second[j])
            j += 1
        }
    }
    merged += first[i...]
    merged += second[j...]
    return merged
}
