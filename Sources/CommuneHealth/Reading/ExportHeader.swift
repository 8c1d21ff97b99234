/// The root and the header sections of an export (healthStationExport, commune, period, residents,
/// growthMonitoring, reportedSummary) in the only order the format allows
/// (docs/spec/health-station-export-v1.md §2), and the stack of open places.
extension ExportHandler {
    func startRoot(_ tag: XMLStartTag, inExportNamespace: Bool) -> RejectionReason? {
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

    func startSection(_ tag: XMLStartTag) -> RejectionReason? {
        let name = tag.localName
        let section: Section
        if name.equals("commune") {
            section = .commune
        } else if name.equals("period") {
            section = .period
        } else if name.equals("residents") {
            section = .residents
        } else if name.equals("growthMonitoring") {
            section = .growthMonitoring
        } else if name.equals("reportedSummary") {
            section = .reportedSummary
        } else {
            return isKnownElement(name) ? .misplacedElement(string(name)) : .unexpectedElement(string(name))
        }

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
            contents = ExportContents(
                file: file, commune: commune!, period: period!, generated: generated,
                generatedText: generatedText, software: software)
            contents!.rootLine = rootLine
            contents!.communeLine = communeLine
            fold = FileFold(period: period!, file: file, listsUninsured: listsUninsured, tracksChildren: tracksChildGroups)
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

    func missingBefore(_ section: Section) -> String {
        switch lastSection {
        case .none: return "commune"
        case .commune: return "period"
        default: return section == .growthMonitoring || section == .reportedSummary ? "residents" : "period"
        }
    }

    func readCommune(_ tag: XMLStartTag) -> RejectionReason? {
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
        commune = Commune(
            code: code, name: name, provinceCode: provinceCode, provinceName: provinceName,
            districtCode: districtCode, districtName: districtName)
        return nil
    }

    func malformedCommune(_ attribute: String, _ value: ByteView) -> RejectionReason {
        .malformedAttribute(element: "commune", attribute: attribute, value: string(value))
    }

    func readPeriod(_ tag: XMLStartTag) -> RejectionReason? {
        var from: CalendarDate?, to: CalendarDate?, reference: CalendarDate?
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName
            let which: String
            if key.equals("from") {
                which = "from"
            } else if key.equals("to") {
                which = "to"
            } else if key.equals("referenceDate") {
                which = "referenceDate"
            } else {
                continue
            }
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

    func readReportedSummary(_ tag: XMLStartTag) {
        var summary = ReportedSummary()
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let key = attribute.localName
            let field: WritableKeyPath<ReportedSummary, Int?>
            let name: String
            if key.equals("population") {
                field = \.population; name = "population"
            } else if key.equals("insured") {
                field = \.insured; name = "insured"
            } else if key.equals("childrenAssessed") {
                field = \.childrenAssessed; name = "childrenAssessed"
            } else if key.equals("stunted") {
                field = \.stunted; name = "stunted"
            } else {
                continue
            }
            guard let value = parseInteger(attribute.value) else {
                contents?.warnings.append(
                    ReadingWarning(
                        file: file, line: tag.line,
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
///
/// The places are the bytes of one word, the top in the lowest: reading the top is taking a byte
/// of a value held in a register, a push a shift in, a pop a shift out. Eight slots of a tuple,
/// read through `withUnsafeBytes`, were copied to the stack and a byte read back at once, a wait
/// the processor could not hide: 7 ms of one job's province on every element started (#30,
/// `perf annotate`).
struct PlaceStack {
    /// The places' raw values, the top in bits 0-7, the one below it in bits 8-15, and so on;
    /// the document (0) at the bottom.
    private var slots: UInt64 = 0
    private var count = 1

    var top: ExportHandlerPlace {
        @inline(__always) get { Self.place(UInt8(truncatingIfNeeded: slots)) }
    }

    @inline(__always)
    mutating func push(_ place: ExportHandlerPlace) {
        precondition(count < 8, "the export format nests at most five elements deep")
        slots = slots << 8 | UInt64(place.rawValue)
        count += 1
    }

    @inline(__always)
    mutating func pop() -> ExportHandlerPlace {
        count -= 1
        let place = top
        slots >>= 8
        return place
    }

    /// `rawValue` is one pushed here, which is the case's own number (`ExportHandlerPlace` numbers
    /// its cases from 0 in order, as Swift lays out an enum without payloads: `ReaderTests`
    /// checks each): a reinterpretation, where `init(rawValue:)` was a switch.
    @inline(__always)
    private static func place(_ rawValue: UInt8) -> ExportHandlerPlace {
        unsafeBitCast(rawValue, to: ExportHandlerPlace.self)
    }
}
