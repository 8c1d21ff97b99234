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

    public init(limits: ReadingLimits = .default, keepsAllMeasurements: Bool = false) {
        self.limits = limits
        self.keepsAllMeasurements = keepsAllMeasurements
    }

    /// Reads the file at `path`, streaming; `path` is also the name used in every message.
    public func read(path: String) -> ReadOutcome {
        let state = ExportHandler(file: path, keepsAllMeasurements: keepsAllMeasurements)
        let parser = XMLStreamParser(handler: state, limits: limits)
        return state.outcome(parser.parse(path: path))
    }

    /// Reads a document held in memory, named `file` in messages.
    public func read(bytes: [UInt8], file: String) -> ReadOutcome {
        let state = ExportHandler(file: file, keepsAllMeasurements: keepsAllMeasurements)
        let parser = XMLStreamParser(handler: state, limits: limits)
        let problem = bytes.withUnsafeBytes { parser.parse(bytes: $0) }
        return state.outcome(problem)
    }
}

private let exportNamespace: StaticString = "urn:commune-health:export:1"

/// Where the reader stands, one level per open element of the export namespace.
private enum ExportHandlerPlace {
    case document, root, leaf, residents, resident, growthMonitoring
}

/// The format's state machine over the element stream of one file.
private final class ExportHandler: XMLEventHandler {
    /// The root's children, in the only order the format allows.
    private enum Section: Int {
        case none = 0, commune, period, residents, growthMonitoring, reportedSummary
    }

    private typealias Place = ExportHandlerPlace

    private let file: String
    private let keepsAllMeasurements: Bool
    /// The open elements of the export namespace; the format nests at most five deep.
    private var places = PlaceStack()
    private var foreignDepth = 0
    /// libxml2 interns namespace URIs per file: once the export namespace has been seen, its
    /// pointer identifies it without comparing bytes.
    private var exportNamespacePointer: UnsafePointer<UInt8>?
    private var lastSection = Section.none

    private var commune: Commune?
    private var period: ReportingPeriod?
    private var generated: Instant?
    private var generatedText: String?
    private var software: String?
    private var declaredCount: Int?
    /// The line of `<residents`, where a count mismatch is reported.
    private var residentsLine = 0
    private var rootLine = 1
    private var residentElements = 0

    private var contents: ExportContents?
    /// The reference date as fields, for comparisons on the hot path.
    private var referenceFields = DateFields(CalendarDate(daysSinceEpoch: 0))
    private var residentAttributes = RecordAttributeNames()
    private var cardAttributes = RecordAttributeNames()
    private var measurementAttributes = RecordAttributeNames()
    private var residentIDs = ByteStringTable()
    private var population = 0
    private var insured = 0
    private var current = ResidentInProgress()
    private var coverage = CoverageTally()
    private var childIDs = ByteStringTable()
    /// For each child (index in `childIDs`), the index in `measurements` of the one used so far.
    private var latestByChild: [Int] = []
    private var measurements: [Measurement] = []
    /// For each kept measurement, its index in `contents.entries` when every entry is kept.
    private var entryIndices: [Int] = []

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
        contents.population = population
        contents.insured = insured
        contents.usedMeasurements = measurements
        contents.coverageGroups = coverage.groups(ethnicities: coverage.ethnicities)
        if keepsAllMeasurements {
            for index in entryIndices { contents.entries[index].used = true }
        }
        return .accepted(contents)
    }

    // MARK: Events

    @inline(__always)
    private func isExportNamespace(_ uri: UnsafePointer<UInt8>?) -> Bool {
        guard let uri else { return false }
        if uri == exportNamespacePointer { return true }
        guard matches(uri, exportNamespace) else { return false }
        exportNamespacePointer = uri
        return true
    }

    func start(_ tag: XMLStartTag) -> RejectionReason? {
        if foreignDepth > 0 {
            foreignDepth += 1
            return nil
        }
        let place = places.top
        let inExportNamespace = isExportNamespace(tag.namespaceURI)
        if place == .document {
            return startRoot(tag, inExportNamespace: inExportNamespace)
        }
        guard inExportNamespace else {
            foreignDepth = 1
            return nil
        }
        let name = tag.localName
        switch place {
        case .root:
            return startSection(tag)
        case .residents where matches(name, "resident"):
            places.push(.resident)
            startResident(tag)
        case .resident where matches(name, "insuranceCard"):
            places.push(.leaf)
            readCard(tag)
        case .growthMonitoring where matches(name, "measurement"):
            places.push(.leaf)
            readMeasurement(tag)
        default:
            return isKnownElement(name) ? .misplacedElement(string(name)) : .unexpectedElement(string(name))
        }
        return nil
    }

    func end(localName: UnsafePointer<UInt8>, namespaceURI: UnsafePointer<UInt8>?) -> (reason: RejectionReason, line: Int?)? {
        if foreignDepth > 0 {
            foreignDepth -= 1
            return nil
        }
        let place = places.pop()
        switch place {
        case .resident:
            endResident()
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
        guard matches(tag.localName, "healthStationExport") else { return .wrongRoot(string(tag.localName)) }
        guard inExportNamespace else { return .wrongNamespace(tag.namespaceURI.map(string)) }
        var version: UnsafeBufferPointer<UInt8>?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            if matches(attribute.localName, "version") {
                version = attribute.value
            } else if matches(attribute.localName, "generated") {
                guard let instant = Instant(bytes: attribute.value) else {
                    return .malformedAttribute(element: "healthStationExport", attribute: "generated", value: string(attribute.value))
                }
                generated = instant
                generatedText = string(attribute.value)
            } else if matches(attribute.localName, "software") {
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
        if matches(name, "commune") { section = .commune }
        else if matches(name, "period") { section = .period }
        else if matches(name, "residents") { section = .residents }
        else if matches(name, "growthMonitoring") { section = .growthMonitoring }
        else if matches(name, "reportedSummary") { section = .reportedSummary }
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
            return nil
        case .residents:
            places.push(.residents)
            residentsLine = tag.line
            for index in 0..<tag.attributeCount where tag[index].namespaceURI == nil && matches(tag[index].localName, "count") {
                guard let count = parseInteger(tag[index].value) else {
                    return .malformedAttribute(element: "residents", attribute: "count", value: string(tag[index].value))
                }
                declaredCount = count
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
        var code: String?, name: String?, provinceCode: String?
        var provinceName: String?, districtCode: String?, districtName: String?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName, value = attribute.value
            if matches(key, "code") {
                guard isDigits(value, count: 5) else { return malformedCommune("code", value) }
                code = string(value)
            } else if matches(key, "name") {
                guard !value.isEmpty else { return malformedCommune("name", value) }
                name = string(value)
            } else if matches(key, "provinceCode") {
                guard isDigits(value, count: 2) else { return malformedCommune("provinceCode", value) }
                provinceCode = string(value)
            } else if matches(key, "districtCode") {
                guard isDigits(value, count: 3) else { return malformedCommune("districtCode", value) }
                districtCode = string(value)
            } else if matches(key, "provinceName") {
                provinceName = value.isEmpty ? nil : string(value)
            } else if matches(key, "districtName") {
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

    private func malformedCommune(_ attribute: String, _ value: UnsafeBufferPointer<UInt8>) -> RejectionReason {
        .malformedAttribute(element: "commune", attribute: attribute, value: string(value))
    }

    private func readPeriod(_ tag: XMLStartTag) -> RejectionReason? {
        var from: CalendarDate?, to: CalendarDate?, reference: CalendarDate?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName
            let which: String
            if matches(key, "from") { which = "from" }
            else if matches(key, "to") { which = "to" }
            else if matches(key, "referenceDate") { which = "referenceDate" }
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
            if matches(key, "population") { field = \.population; name = "population" }
            else if matches(key, "insured") { field = \.insured; name = "insured" }
            else if matches(key, "childrenAssessed") { field = \.childrenAssessed; name = "childrenAssessed" }
            else if matches(key, "stunted") { field = \.stunted; name = "stunted" }
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

    // MARK: Residents and cards

    private func startResident(_ tag: XMLStartTag) {
        residentElements += 1
        var id: UnsafeBufferPointer<UInt8>?, sex: Sex?, birthDate: DateFields?
        var poverty = PovertyStatus.none, ethnicity = -1
        var problem: RecordReason?
        for index in 0..<tag.attributeCount where problem == nil {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let value = attribute.value
            switch residentAttributes.kind(of: attribute.localName, at: index) {
            case .id:
                if value.isEmpty { problem = malformed("resident", "id", value) } else { id = value }
            case .sex:
                sex = parseSex(value)
                if sex == nil { problem = malformed("resident", "sex", value) }
            case .birthDate:
                birthDate = DateFields(bytes: value)
                if birthDate == nil { problem = malformed("resident", "birthDate", value) }
            case .poverty:
                if let status = parsePoverty(value) { poverty = status } else { problem = malformed("resident", "poverty", value) }
            case .ethnicity:
                if !value.isEmpty { ethnicity = coverage.ethnicities.insert(value).index }
            default:
                break
            }
        }
        let reference = referenceFields
        if problem == nil {
            if id == nil { problem = .missingAttribute(element: "resident", attribute: "id") }
            else if sex == nil { problem = .missingAttribute(element: "resident", attribute: "sex") }
            else if birthDate == nil { problem = .missingAttribute(element: "resident", attribute: "birthDate") }
            else if birthDate! > reference {
                problem = .bornAfterReferenceDate(birthDate: birthDate!.date.description,
                                                  referenceDate: period!.referenceDate.description)
            }
        }
        // Only valid residents claim their id: a later resident may reuse the id of an invalid one.
        if problem == nil, residentIDs.insert(id!).inserted == false {
            problem = .duplicateResidentID(string(id!))
        }
        if let problem {
            exclude(problem, line: tag.line)
            current = ResidentInProgress()
            return
        }
        current = ResidentInProgress(valid: true, insured: false, poverty: poverty,
                                     ageGroup: CoverageAgeGroup(ageYears: birthDate!.completedYears(to: reference)),
                                     ethnicity: ethnicity)
    }

    private func endResident() {
        guard current.valid else { return }
        population += 1
        if current.insured { insured += 1 }
        coverage.add(current)
        current = ResidentInProgress()
    }

    private func readCard(_ tag: XMLStartTag) {
        guard current.valid else { return }
        var number = false, validFrom: DateFields?, validTo: DateFields?
        var problem: RecordReason?
        for index in 0..<tag.attributeCount where problem == nil {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let value = attribute.value
            switch cardAttributes.kind(of: attribute.localName, at: index) {
            case .number:
                if value.isEmpty { problem = malformed("insuranceCard", "number", value) } else { number = true }
            case .validFrom:
                validFrom = DateFields(bytes: value)
                if validFrom == nil { problem = malformed("insuranceCard", "validFrom", value) }
            case .validTo:
                validTo = DateFields(bytes: value)
                if validTo == nil { problem = malformed("insuranceCard", "validTo", value) }
            default:
                break
            }
        }
        if problem == nil {
            if !number { problem = .missingAttribute(element: "insuranceCard", attribute: "number") }
            else if validFrom == nil { problem = .missingAttribute(element: "insuranceCard", attribute: "validFrom") }
            else if validTo == nil { problem = .missingAttribute(element: "insuranceCard", attribute: "validTo") }
            else if validTo! < validFrom! {
                problem = .cardEndsBeforeStart(validFrom: validFrom!.date.description, validTo: validTo!.date.description)
            }
        }
        if let problem {
            exclude(problem, line: tag.line)
            return
        }
        let reference = referenceFields
        if validFrom! <= reference && reference <= validTo! { current.insured = true }
    }

    // MARK: Measurements

    private func readMeasurement(_ tag: XMLStartTag) {
        var childID: UnsafeBufferPointer<UInt8>?, sex: Sex?, birthDate: CalendarDate?, date: CalendarDate?
        var height: Double?, position: MeasuredPosition?, weight: Double?, oedema = false
        var raw = keepsAllMeasurements ? RawMeasurement() : nil
        var problem: RecordReason?
        var sawSex = false, sawBirth = false, sawDate = false
        var heightText: UnsafeBufferPointer<UInt8>?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let value = attribute.value
            switch measurementAttributes.kind(of: attribute.localName, at: index) {
            case .childId:
                childID = value
                if value.isEmpty, problem == nil { problem = malformed("measurement", "childId", value) }
                raw?.childID = string(value)
            case .sex:
                sawSex = true
                sex = parseSex(value)
                if sex == nil, problem == nil { problem = malformed("measurement", "sex", value) }
                raw?.sex = string(value)
            case .birthDate:
                sawBirth = true
                birthDate = CalendarDate(bytes: value)
                if birthDate == nil, problem == nil { problem = malformed("measurement", "birthDate", value) }
                raw?.birthDate = string(value)
            case .date:
                sawDate = true
                date = CalendarDate(bytes: value)
                if date == nil, problem == nil { problem = malformed("measurement", "date", value) }
                raw?.date = string(value)
            case .heightCm:
                heightText = value
                height = parseDecimal(value)
                if height == nil, problem == nil { problem = malformed("measurement", "heightCm", value) }
                raw?.height = string(value)
            case .position:
                if matches(value, "lying") { position = .lying }
                else if matches(value, "standing") { position = .standing }
                else if problem == nil { problem = malformed("measurement", "position", value) }
                raw?.position = string(value)
            case .weightKg:
                weight = parseDecimal(value)
                if (weight ?? 0) <= 0, problem == nil { problem = malformed("measurement", "weightKg", value) }
                raw?.weight = string(value)
            case .oedema:
                if let flag = parseBoolean(value) { oedema = flag }
                else if problem == nil { problem = malformed("measurement", "oedema", value) }
                raw?.oedema = string(value)
            default:
                break
            }
        }
        if problem == nil {
            if childID == nil { problem = .missingAttribute(element: "measurement", attribute: "childId") }
            else if !sawSex { problem = .missingAttribute(element: "measurement", attribute: "sex") }
            else if !sawBirth { problem = .missingAttribute(element: "measurement", attribute: "birthDate") }
            else if !sawDate { problem = .missingAttribute(element: "measurement", attribute: "date") }
            else if heightText == nil { problem = .missingAttribute(element: "measurement", attribute: "heightCm") }
            else if height! <= 0 { problem = .nonPositiveHeight(string(heightText!)) }
            else if date! < birthDate! {
                problem = .measuredBeforeBirth(date: date!.description, birthDate: birthDate!.description)
            }
        }
        let period = self.period!
        if let problem {
            exclude(problem, line: tag.line)
            if let raw {
                contents!.entries.append(MeasurementEntry(line: tag.line, validity: .invalid(raw),
                                                          inPeriod: false, used: false))
            }
            return
        }
        let inPeriod = period.contains(date!)
        let child = childIDs.insert(childID!)
        if child.inserted { latestByChild.append(-1) }
        let known = latestByChild[child.index]
        let measurement = Measurement(line: tag.line, childID: known >= 0 ? measurements[known].childID : string(childID!),
                                      sex: sex!, birthDate: birthDate!, date: date!, heightCm: height!,
                                      position: position, weightKg: weight, oedema: oedema)
        if keepsAllMeasurements {
            contents!.entries.append(MeasurementEntry(line: tag.line, validity: .valid(measurement), inPeriod: inPeriod, used: false))
        }
        guard inPeriod else { return }
        // The latest date wins; on a tie the later element, so `>=`.
        let entryIndex = contents!.entries.count - 1
        if known >= 0 {
            if measurement.date >= measurements[known].date {
                measurements[known] = measurement
                if keepsAllMeasurements { entryIndices[known] = entryIndex }
            }
        } else {
            latestByChild[child.index] = measurements.count
            measurements.append(measurement)
            if keepsAllMeasurements { entryIndices.append(entryIndex) }
        }
    }

    private func exclude(_ reason: RecordReason, line: Int) {
        contents!.excludedRecords += 1
        contents!.invalidRecords.append(InvalidRecord(file: file, line: line, reason: reason))
    }

    private func malformed(_ element: String, _ attribute: String, _ value: UnsafeBufferPointer<UInt8>) -> RecordReason {
        .malformedAttribute(element: element, attribute: attribute, value: string(value))
    }
}

/// A stack of places without heap traffic: the format's own elements nest at most five deep
/// (foreign subtrees are counted apart), so eight slots always suffice.
private struct PlaceStack {
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

extension PovertyStatus {
    /// Position in `allCases`, without building that array per resident.
    var index: Int {
        switch self {
        case .poor: return 0
        case .nearPoor: return 1
        case .none: return 2
        }
    }
}

extension CoverageAgeGroup {
    var index: Int {
        switch self {
        case .under6: return 0
        case .from6to59: return 1
        case .from60: return 2
        }
    }
}

/// The resident whose cards are being read.
private struct ResidentInProgress {
    var valid = false
    var insured = false
    var poverty = PovertyStatus.none
    var ageGroup = CoverageAgeGroup.under6
    /// Index in the file's table of ethnic groups, or -1 when not given.
    var ethnicity = -1
}

/// Residents and insured residents per group, counted in flat arrays while reading.
private struct CoverageTally {
    var ethnicities = ByteStringTable()
    private var byPoverty = [GroupCount](repeating: GroupCount(), count: PovertyStatus.allCases.count)
    private var byAge = [GroupCount](repeating: GroupCount(), count: CoverageAgeGroup.allCases.count)
    private var byEthnicity: [GroupCount] = []
    private var withoutEthnicity = GroupCount()

    mutating func add(_ resident: ResidentInProgress) {
        byPoverty[resident.poverty.index].add(resident.insured)
        byAge[resident.ageGroup.index].add(resident.insured)
        if resident.ethnicity < 0 {
            withoutEthnicity.add(resident.insured)
        } else {
            while byEthnicity.count <= resident.ethnicity { byEthnicity.append(GroupCount()) }
            byEthnicity[resident.ethnicity].add(resident.insured)
        }
    }

    func groups(ethnicities: ByteStringTable) -> CoverageGroups {
        var groups = CoverageGroups()
        for (index, status) in PovertyStatus.allCases.enumerated() where byPoverty[index].total > 0 {
            groups.byPoverty[status] = byPoverty[index]
        }
        for (index, group) in CoverageAgeGroup.allCases.enumerated() where byAge[index].total > 0 {
            groups.byAgeGroup[group] = byAge[index]
        }
        for (index, count) in byEthnicity.enumerated() where count.total > 0 {
            groups.byEthnicity[ethnicities.string(at: index)] = count
        }
        if withoutEthnicity.total > 0 { groups.byEthnicity[""] = withoutEthnicity }
        return groups
    }
}


// MARK: Byte helpers

/// The attributes of the record elements (resident, insuranceCard, measurement), told apart by
/// their first byte and then confirmed whole: one comparison per attribute, not one per name
/// tried, on the path that runs for every record.
private enum RecordAttribute {
    case id, sex, birthDate, ethnicity, poverty
    case number, validFrom, validTo
    case childId, date, heightCm, position, weightKg, oedema
    case unknown

    @inline(__always)
    init(_ name: UnsafePointer<UInt8>) {
        let candidate: RecordAttribute
        let spelling: StaticString
        switch name[0] {
        case UInt8(ascii: "i"): (candidate, spelling) = (.id, "id")
        case UInt8(ascii: "s"): (candidate, spelling) = (.sex, "sex")
        case UInt8(ascii: "b"): (candidate, spelling) = (.birthDate, "birthDate")
        case UInt8(ascii: "e"): (candidate, spelling) = (.ethnicity, "ethnicity")
        case UInt8(ascii: "p"):
            // name[2] is read only when name[1] is not the terminator.
            let poverty = name[1] == UInt8(ascii: "o") && name[2] == UInt8(ascii: "v")
            (candidate, spelling) = poverty ? (.poverty, "poverty") : (.position, "position")
        case UInt8(ascii: "n"): (candidate, spelling) = (.number, "number")
        case UInt8(ascii: "v"):
            (candidate, spelling) = matches(name, "validTo") ? (.validTo, "validTo") : (.validFrom, "validFrom")
        case UInt8(ascii: "c"): (candidate, spelling) = (.childId, "childId")
        case UInt8(ascii: "d"): (candidate, spelling) = (.date, "date")
        case UInt8(ascii: "h"): (candidate, spelling) = (.heightCm, "heightCm")
        case UInt8(ascii: "w"): (candidate, spelling) = (.weightKg, "weightKg")
        case UInt8(ascii: "o"): (candidate, spelling) = (.oedema, "oedema")
        default:
            self = .unknown
            return
        }
        self = matches(name, spelling) ? candidate : .unknown
    }
}

/// The attribute names one kind of record element has shown at each position. libxml2 hands every
/// name over from its dictionary of the file, so a name always comes at the same address: a
/// position that shows the same address as last time needs no comparison of bytes at all.
private struct RecordAttributeNames {
    private static let positions = 8
    private var names = [UnsafePointer<UInt8>?](repeating: nil, count: positions)
    private var kinds = [RecordAttribute](repeating: .unknown, count: positions)

    @inline(__always)
    mutating func kind(of name: UnsafePointer<UInt8>, at position: Int) -> RecordAttribute {
        guard position < Self.positions else { return RecordAttribute(name) }
        if names[position] == name { return kinds[position] }
        let kind = RecordAttribute(name)
        names[position] = name
        kinds[position] = kind
        return kind
    }
}

private let knownElements: [StaticString] = [
    "healthStationExport", "commune", "period", "residents", "resident", "insuranceCard",
    "growthMonitoring", "measurement", "reportedSummary",
]

private func isKnownElement(_ name: UnsafePointer<UInt8>) -> Bool {
    knownElements.contains { matches(name, $0) }
}

/// Compares a NUL-terminated name with a constant, byte for byte.
/// A byte loop rather than memcmp: names are short and most comparisons fail on the first byte.
@inline(__always)
private func matches(_ name: UnsafePointer<UInt8>, _ constant: StaticString) -> Bool {
    let count = constant.utf8CodeUnitCount
    let expected = constant.utf8Start
    for index in 0..<count where name[index] != expected[index] { return false }
    return name[count] == 0
}

@inline(__always)
private func matches(_ value: UnsafeBufferPointer<UInt8>, _ constant: StaticString) -> Bool {
    guard value.count == constant.utf8CodeUnitCount, let base = value.baseAddress else {
        return value.isEmpty && constant.utf8CodeUnitCount == 0
    }
    let expected = constant.utf8Start
    for index in 0..<value.count where base[index] != expected[index] { return false }
    return true
}

private func string(_ pointer: UnsafePointer<UInt8>) -> String { String(cString: pointer) }

/// An attribute value as text. Without entity substitution (which stays off for safety) libxml2
/// hands over a `&` that was written `&amp;` or `&#38;` as the five bytes `&#38;`; a raw `&`
/// cannot occur in a well-formed value, so every `&` seen here starts that sequence.
private func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = 0
    let escape = Array("&#38;".utf8)
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "&"), index + escape.count <= bytes.count,
           bytes[index..<(index + escape.count)].elementsEqual(escape) {
            decoded.append(UInt8(ascii: "&"))
            index += escape.count
        } else {
            decoded.append(bytes[index])
            index += 1
        }
    }
    return String(decoding: decoded, as: UTF8.self)
}

private func isDigits(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
    bytes.count == count && bytes.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
}

/// "1.0", "1.2", "1.10": any 1.x reads as 1.0.
private func isVersionOne(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 3 && bytes[0] == UInt8(ascii: "1") && bytes[1] == UInt8(ascii: ".")
        && bytes[2...].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
}

private func parseSex(_ bytes: UnsafeBufferPointer<UInt8>) -> Sex? {
    guard bytes.count == 1 else { return nil }
    switch bytes[0] {
    case UInt8(ascii: "M"): return .male
    case UInt8(ascii: "F"): return .female
    default: return nil
    }
}

private func parsePoverty(_ bytes: UnsafeBufferPointer<UInt8>) -> PovertyStatus? {
    if matches(bytes, "poor") { return .poor }
    if matches(bytes, "near-poor") { return .nearPoor }
    if matches(bytes, "none") { return PovertyStatus.none }
    return nil
}

private func parseBoolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    if matches(bytes, "true") || matches(bytes, "1") { return true }
    if matches(bytes, "false") || matches(bytes, "0") { return false }
    return nil
}
