#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The result of reading one file: its contents, or why it was rejected whole.
public enum ReadOutcome: Sendable {
    case accepted(ExportContents)
    case rejected(FileRejection)
}

/// Reads health-station exports (format version 1) as spec sections 1, 2 and 4 define them.
public struct ExportReader: Sendable {
    public var limits: ReadingLimits
    /// Keep every measurement element for the per-child listing (`zscores`), not only those used.
    public var keepsAllMeasurements: Bool
    /// Keep every resident without a valid card, for the follow-up list (`uninsured`).
    public var listsUninsured: Bool

    public init(limits: ReadingLimits = .default, keepsAllMeasurements: Bool = false, listsUninsured: Bool = false) {
        self.limits = limits
        self.keepsAllMeasurements = keepsAllMeasurements
        self.listsUninsured = listsUninsured
    }

    /// Reads the file at `path`, streaming; `path` is also the name used in every message.
    public func read(path: String) -> ReadOutcome {
        let state = ExportHandler(file: path, keepsAllMeasurements: keepsAllMeasurements)
        state.listsUninsured = listsUninsured
        let parser = XMLStreamParser(handler: state, limits: limits)
        return state.outcome(parser.parse(path: path))
    }

    /// Reads a document held in memory, named `file` in messages.
    public func read(bytes: [UInt8], file: String) -> ReadOutcome {
        let state = ExportHandler(file: file, keepsAllMeasurements: keepsAllMeasurements)
        state.listsUninsured = listsUninsured
        let parser = XMLStreamParser(handler: state, limits: limits)
        let problem = bytes.withUnsafeBytes { parser.parse(bytes: $0) }
        return state.outcome(problem)
    }
}

let exportNamespace: StaticString = "urn:commune-health:export:1"

/// Where the reader stands, one level per open element of the export namespace.
enum ExportHandlerPlace {
    case document, root, leaf, residents, resident, growthMonitoring
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
            contents.coverageGroups = fold.coverageGroups(ethnicity: ethnicities.string(at:))
            for index in fold.usedEntries where index >= 0 { contents.entries[index].used = true }
            contents.fundingGroups = fold.fundingGroups
            contents.under6 = fold.under6
            let cards = fold.finishCards(file: file)
            contents.insuredNumbers = cards.numbers
            if !cards.warnings.isEmpty {
                // By line, the reader's warnings first on a tie (the sort is stable).
                contents.warnings = (contents.warnings + cards.warnings).enumerated()
                    .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            }
            contents.uninsured = fold.uninsuredResidents.map { resident in
                resident.row(file: file, communeCode: contents.commune.code,
                             residentId: residentIDs.string(at: resident.idIndex),
                             ethnicity: resident.ethnicity < 0 ? "" : ethnicities.string(at: resident.ethnicity))
            }
        }
        return .accepted(contents)
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

    func start(_ tag: XMLStartTag) -> Bool {
        if foreignDepth > 0 {
            foreignDepth += 1
            return false
        }
        let place = places.top
        let inExportNamespace = isExportNamespace(tag.namespaceURI)
        if place == .document {
            return rejects(startRoot(tag, inExportNamespace: inExportNamespace))
        }
        guard inExportNamespace else {
            foreignDepth = 1
            return false
        }
        let name = tag.localName
        switch place {
        case .root:
            return rejects(startSection(tag))
        case .residents where residentName.matches(name, "resident"):
            places.push(.resident)
            startResident(tag)
        case .resident where cardName.matches(name, "insuranceCard"):
            places.push(.leaf)
            readCard(tag)
        case .growthMonitoring where measurementName.matches(name, "measurement"):
            places.push(.leaf)
            readMeasurement(tag)
        default:
            startProblem = isKnownElement(name) ? .misplacedElement(string(name)) : .unexpectedElement(string(name))
            return true
        }
        return false
    }

    /// Why the file stops at the start tag just read, set when `start` returns true.
    private(set) var startProblem: RejectionReason?

    private func rejects(_ reason: RejectionReason?) -> Bool {
        startProblem = reason
        return reason != nil
    }

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

    // MARK: Root and header

    private func startRoot(_ tag: XMLStartTag, inExportNamespace: Bool) -> RejectionReason? {
        guard tag.localName.equals("healthStationExport") else { return .wrongRoot(string(tag.localName)) }
        guard inExportNamespace else { return .wrongNamespace(tag.namespaceURI.map { $0.string }) }
        var version: ByteView?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            if attribute.localName.equals("version") {
                version = attribute.value
            } else if attribute.localName.equals("generated") {
                guard let instant = Instant(bytes: attribute.value) else {
                    return .malformedAttribute(element: "healthStationExport", attribute: "generated", value: string(attribute.value))
                }
                generated = instant
                generatedText = string(attribute.value)
            } else if attribute.localName.equals("software") {
                software = string(attribute.value)
            }
        }
        rootLine = tag.line
        guard let version else { return .missingAttribute(element: "healthStationExport", attribute: "version") }
        guard isVersionOne(version) else { return .unsupportedVersion(string(version)) }
        places.push(.root)
        return nil
    }

    private func startSection(_ tag: XMLStartTag) -> RejectionReason? {
        let name = tag.localName
        let section: Section
        if name.equals("commune") { section = .commune }
        else if name.equals("period") { section = .period }
        else if name.equals("residents") { section = .residents }
        else if name.equals("growthMonitoring") { section = .growthMonitoring }
        else if name.equals("reportedSummary") { section = .reportedSummary }
        else { return isKnownElement(name) ? .misplacedElement(string(name)) : .unexpectedElement(string(name)) }

        let expectedPrevious: ClosedRange<Int>
        switch section {
        case .reportedSummary: expectedPrevious = Section.residents.rawValue...Section.growthMonitoring.rawValue
        default: expectedPrevious = (section.rawValue - 1)...(section.rawValue - 1)
        }
        if !expectedPrevious.contains(lastSection.rawValue) {
            if lastSection.rawValue < expectedPrevious.lowerBound { return .missingElement(missingBefore(section)) }
            return .misplacedElement(string(name))
        }
        lastSection = section
        switch section {
        case .commune:
            places.push(.leaf)
            return readCommune(tag)
        case .period:
            places.push(.leaf)
            if let reason = readPeriod(tag) { return reason }
            contents = ExportContents(file: file, commune: commune!, period: period!, generated: generated,
                                      generatedText: generatedText, software: software)
            contents!.rootLine = rootLine
            contents!.communeLine = communeLine
            fold = FileFold(period: period!, listsUninsured: listsUninsured)
            return nil
        case .residents:
            places.push(.residents)
            residentsLine = tag.line
            for index in 0..<tag.attributeCount where tag[index].namespaceURI == nil && tag[index].localName.equals("count") {
                guard let count = parseInteger(tag[index].value) else {
                    return .malformedAttribute(element: "residents", attribute: "count", value: string(tag[index].value))
                }
                declaredCount = count
                // Sized once for the residents announced (bounded: the count is the file's word).
                residentIDs.reserve(min(count, 1 << 17))
                fold.reserve(residents: min(count, 1 << 17))
            }
            return nil
        case .growthMonitoring:
            places.push(.growthMonitoring)
            return nil
        case .reportedSummary:
            places.push(.leaf)
            readReportedSummary(tag)
            return nil
        case .none:
            return nil
        }
    }

    private func missingBefore(_ section: Section) -> String {
        switch lastSection {
        case .none: return "commune"
        case .commune: return "period"
        default: return section == .growthMonitoring || section == .reportedSummary ? "residents" : "period"
        }
    }

    private func readCommune(_ tag: XMLStartTag) -> RejectionReason? {
        communeLine = tag.line
        var code: String?, name: String?, provinceCode: String?
        var provinceName: String?, districtCode: String?, districtName: String?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName, value = attribute.value
            if key.equals("code") {
                guard isDigits(value, count: 5) else { return malformedCommune("code", value) }
                code = string(value)
            } else if key.equals("name") {
                guard !value.isEmpty else { return malformedCommune("name", value) }
                name = string(value)
            } else if key.equals("provinceCode") {
                guard isDigits(value, count: 2) else { return malformedCommune("provinceCode", value) }
                provinceCode = string(value)
            } else if key.equals("districtCode") {
                guard isDigits(value, count: 3) else { return malformedCommune("districtCode", value) }
                districtCode = string(value)
            } else if key.equals("provinceName") {
                provinceName = value.isEmpty ? nil : string(value)
            } else if key.equals("districtName") {
                districtName = value.isEmpty ? nil : string(value)
            }
        }
        guard let code else { return .missingAttribute(element: "commune", attribute: "code") }
        guard let name else { return .missingAttribute(element: "commune", attribute: "name") }
        guard let provinceCode else { return .missingAttribute(element: "commune", attribute: "provinceCode") }
        commune = Commune(code: code, name: name, provinceCode: provinceCode, provinceName: provinceName,
                          districtCode: districtCode, districtName: districtName)
        return nil
    }

    private func malformedCommune(_ attribute: String, _ value: ByteView) -> RejectionReason {
        .malformedAttribute(element: "commune", attribute: attribute, value: string(value))
    }

    private func readPeriod(_ tag: XMLStartTag) -> RejectionReason? {
        var from: CalendarDate?, to: CalendarDate?, reference: CalendarDate?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName
            let which: String
            if key.equals("from") { which = "from" }
            else if key.equals("to") { which = "to" }
            else if key.equals("referenceDate") { which = "referenceDate" }
            else { continue }
            guard let date = CalendarDate(bytes: attribute.value) else {
                return .malformedAttribute(element: "period", attribute: which, value: string(attribute.value))
            }
            switch which {
            case "from": from = date
            case "to": to = date
            default: reference = date
            }
        }
        guard let from else { return .missingAttribute(element: "period", attribute: "from") }
        guard let to else { return .missingAttribute(element: "period", attribute: "to") }
        guard from <= to else { return .periodEndsBeforeStart(from: from.description, to: to.description) }
        if let reference, !(from <= reference && reference <= to) {
            return .referenceDateOutsidePeriod(reference.description)
        }
        period = ReportingPeriod(from: from, to: to, referenceDate: reference)
        referenceFields = DateFields(period!.referenceDate)
        return nil
    }

    private func readReportedSummary(_ tag: XMLStartTag) {
        var summary = ReportedSummary()
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName
            let field: WritableKeyPath<ReportedSummary, Int?>
            let name: String
            if key.equals("population") { field = \.population; name = "population" }
            else if key.equals("insured") { field = \.insured; name = "insured" }
            else if key.equals("childrenAssessed") { field = \.childrenAssessed; name = "childrenAssessed" }
            else if key.equals("stunted") { field = \.stunted; name = "stunted" }
            else { continue }
            guard let value = parseInteger(attribute.value) else {
                contents?.warnings.append(ReadingWarning(file: file, line: tag.line,
                    reason: .malformedReportedSummary(attribute: name, value: string(attribute.value))))
                return
            }
            summary[keyPath: field] = value
        }
        contents?.reportedSummary = summary
    }
}

/// A stack of places without heap traffic: the format's own elements nest at most five deep
/// (foreign subtrees are counted apart), so eight slots always suffice.
struct PlaceStack {
    private typealias Place = ExportHandlerPlace
    private var slots: (Place, Place, Place, Place, Place, Place, Place, Place) =
        (.document, .document, .document, .document, .document, .document, .document, .document)
    private var count = 1

    var top: ExportHandlerPlace { self[count - 1] }

    mutating func push(_ place: ExportHandlerPlace) {
        precondition(count < 8, "the export format nests at most five elements deep")
        withUnsafeMutableBytes(of: &slots) { $0.bindMemory(to: Place.self)[count] = place }
        count += 1
    }

    mutating func pop() -> ExportHandlerPlace {
        count -= 1
        return self[count]
    }

    private subscript(index: Int) -> ExportHandlerPlace {
        withUnsafeBytes(of: slots) { $0.bindMemory(to: Place.self)[index] }
    }
}

