/// The record elements of an export (resident, insuranceCard, measurement): attributes checked
/// as spec sections 2 and 4 say, valid records handed to the file's sink (ExportRecords.swift).
extension ExportHandler {

    func startResident(_ tag: XMLStartTag) {
        residentElements += 1
        var id: ByteView?, sex: Sex?, birthDate: DateFields?
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
                if !value.isEmpty { ethnicity = ethnicities.insertRepeating(value) }
            default:
                break
            }
        }
        let reference = referenceFields
        if problem == nil {
            if id == nil {
                problem = .missingAttribute(element: "resident", attribute: "id")
            } else if sex == nil {
                problem = .missingAttribute(element: "resident", attribute: "sex")
            } else if birthDate == nil {
                problem = .missingAttribute(element: "resident", attribute: "birthDate")
            } else if birthDate! > reference {
                problem = .bornAfterReferenceDate(
                    birthDate: birthDate!.date.description,
                    referenceDate: period!.referenceDate.description)
            }
        }
        // Only valid residents claim their id: a later resident may reuse the id of an invalid one.
        var idIndex = -1
        if problem == nil {
            let claimed = residentIDs.insert(id!)
            if claimed.inserted { idIndex = claimed.index } else { problem = .duplicateResidentID(string(id!)) }
        }
        if let problem {
            exclude(problem, line: tag.line)
            inValidResident = false
            return
        }
        inValidResident = true
        fold.resident(
            ResidentRecord(
                line: tag.line(nameLength: RecordName.resident, firstAttributeNameLength: firstNameLength(tag, &residentAttributes)),
                sex: sex!, birthDate: birthDate!, poverty: poverty, ethnicity: ethnicity, idIndex: idIndex))
    }

    /// The length of the tag's first attribute's name when it is one of the record's, else 0: for
    /// `XMLStartTag.line(nameLength:firstAttributeNameLength:)`.
    @inline(__always)
    private func firstNameLength(_ tag: XMLStartTag, _ names: inout RecordAttributeNames) -> Int {
        guard tag.attributeCount > 0 else { return 0 }
        let first = tag[0]
        return first.namespaceURI == nil ? names.kind(of: first.localName, at: 0).nameLength : 0
    }

    func endResident() {
        guard inValidResident else { return }
        fold.endResident()
        inValidResident = false
    }

    func readCard(_ tag: XMLStartTag) {
        guard inValidResident else { return }
        var number: ByteView?, validFrom: DateFields?, validTo: DateFields?
        var problem: RecordReason?
        for index in 0..<tag.attributeCount where problem == nil {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let value = attribute.value
            switch cardAttributes.kind(of: attribute.localName, at: index) {
            case .number:
                if value.isEmpty { problem = malformed("insuranceCard", "number", value) } else { number = value }
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
            if number == nil {
                problem = .missingAttribute(element: "insuranceCard", attribute: "number")
            } else if validFrom == nil {
                problem = .missingAttribute(element: "insuranceCard", attribute: "validFrom")
            } else if validTo == nil {
                problem = .missingAttribute(element: "insuranceCard", attribute: "validTo")
            } else if validTo! < validFrom! {
                problem = .cardEndsBeforeStart(validFrom: validFrom!.date.description, validTo: validTo!.date.description)
            }
        }
        if let problem {
            exclude(problem, line: tag.line)
            return
        }
        // The number's form is format knowledge: classified here, its warning given here (the
        // String is made only then); who pays and who is under 6 the fold decides.
        let card = CardNumber(bytes: number!)
        if let warning = card.warning(text: { string(number!) }) {
            contents!.warnings.append(ReadingWarning(file: file, line: tag.line, reason: .card(warning)))
        }
        if card.hasPlaceholderNumber {
            contents!.warnings.append(
                ReadingWarning(
                    file: file, line: tag.line,
                    reason: .card(
                        .placeholderNumber(
                            number: string(number!), digits: socialInsuranceDigits(card.socialInsuranceNumber!)))))
        }
        fold.card(CardRecord(position: tag.position, validFrom: validFrom!, validTo: validTo!, number: card, numberText: number!))
    }

    // MARK: Measurements

    func readMeasurement(_ tag: XMLStartTag) {
        var fields = MeasurementFields()
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            fields.take(measurementAttributes.kind(of: attribute.localName, at: index), attribute.value)
        }
        if let problem = fields.problem ?? fields.missingOrImpossible() {
            exclude(problem, line: tag.line)
            if keepsAllMeasurements {
                contents!.entries.append(
                    MeasurementEntry(
                        line: tag.line, validity: .invalid(rawMeasurement(tag)),
                        inPeriod: false, used: false))
            }
            return
        }
        let child = childIDs.insert(fields.childID!)
        if child.inserted { childNames.append(string(fields.childID!)) }
        if tracksChildGroups, child.inserted {
            // The residents come before the measurements: the child's record, if any, is known.
            childResidents.append(residentIDs.index(of: fields.childID!) ?? -1)
        }
        let line = tag.line(nameLength: RecordName.measurement, firstAttributeNameLength: firstNameLength(tag, &measurementAttributes))
        let measurement = fields.measurement(line: line, childID: childNames[child.index])
        var entryIndex = -1
        if keepsAllMeasurements {
            entryIndex = contents!.entries.count
            contents!.entries.append(
                MeasurementEntry(
                    line: line, validity: .valid(measurement),
                    inPeriod: period!.contains(measurement.date), used: false))
        }
        fold.measurement(MeasurementRecord(measurement: measurement, childIndex: child.index, entryIndex: entryIndex))
    }

    /// The attributes of an invalid `<measurement>` as written, for the listing of invalid rows
    /// (`zscores` only): a second pass over the tag, so that reading a valid one builds no String.
    func rawMeasurement(_ tag: XMLStartTag) -> RawMeasurement {
        var raw = RawMeasurement()
        for index in 0..<tag.attributeCount {
            let attribute = tag[index]
            guard attribute.namespaceURI == nil else { continue }
            let value = attribute.value
            switch RecordAttribute(attribute.localName) {
            case .childId: raw.childID = string(value)
            case .sex: raw.sex = string(value)
            case .birthDate: raw.birthDate = string(value)
            case .date: raw.date = string(value)
            case .heightCm: raw.height = string(value)
            case .position: raw.position = string(value)
            case .weightKg: raw.weight = string(value)
            case .oedema: raw.oedema = string(value)
            default: break
            }
        }
        return raw
    }

    func exclude(_ reason: RecordReason, line: Int) {
        contents!.excludedRecords += 1
        contents!.invalidRecords.append(InvalidRecord(file: file, line: line, reason: reason))
    }

    func malformed(_ element: String, _ attribute: String, _ value: ByteView) -> RecordReason {
        .malformedAttribute(element: element, attribute: attribute, value: string(value))
    }
}

/// The attributes of the record elements (resident, insuranceCard, measurement), told apart by
/// their first byte and then confirmed whole: one comparison per attribute, not one per name
/// tried, on the path that runs for every record.
/// The attributes of one `<measurement>` as they are read, then checked as a whole.
struct MeasurementFields {
    var childID: ByteView?, sex: Sex?, birthDate: CalendarDate?, date: CalendarDate?
    var height: Double?, heightText: ByteView?, position: MeasuredPosition?
    var weight: Double?, weightDigit: Int8 = -1, oedema = false
    var sawSex = false, sawBirth = false, sawDate = false
    /// The first malformed attribute, in document order.
    var problem: RecordReason?

    private mutating func malformed(_ attribute: String, _ value: ByteView) {
        if problem == nil {
            problem = .malformedAttribute(element: "measurement", attribute: attribute, value: string(value))
        }
    }

    @inline(__always)
    mutating func take(_ kind: RecordAttribute, _ value: ByteView) {
        switch kind {
        case .childId:
            childID = value
            if value.isEmpty { malformed("childId", value) }
        case .sex:
            sawSex = true
            sex = parseSex(value)
            if sex == nil { malformed("sex", value) }
        case .birthDate:
            sawBirth = true
            birthDate = CalendarDate(bytes: value)
            if birthDate == nil { malformed("birthDate", value) }
        case .date:
            sawDate = true
            date = CalendarDate(bytes: value)
            if date == nil { malformed("date", value) }
        case .heightCm:
            heightText = value
            height = parseDecimal(value)
            if height == nil { malformed("heightCm", value) }
        case .position:
            if matches(value, "lying") { position = .lying } else if matches(value, "standing") { position = .standing } else { malformed("position", value) }
        case .weightKg:
            weight = parseDecimal(value)
            weightDigit = tenthsDigit(value)
            if (weight ?? 0) <= 0 { malformed("weightKg", value) }
        case .oedema:
            if let flag = parseBoolean(value) { oedema = flag } else { malformed("oedema", value) }
        default:
            break
        }
    }

    /// A required attribute missing, or an impossible value (spec section 4).
    func missingOrImpossible() -> RecordReason? {
        func missing(_ name: String) -> RecordReason { .missingAttribute(element: "measurement", attribute: name) }
        if childID == nil { return missing("childId") }
        if !sawSex { return missing("sex") }
        if !sawBirth { return missing("birthDate") }
        if !sawDate { return missing("date") }
        guard let heightText, let height, let date, let birthDate else { return missing("heightCm") }
        if height <= 0 { return .nonPositiveHeight(string(heightText)) }
        if date < birthDate { return .measuredBeforeBirth(date: date.description, birthDate: birthDate.description) }
        return nil
    }

    /// The valid measurement; `missingOrImpossible()` must have returned nil.
    func measurement(line: Int, childID: String) -> Measurement {
        Measurement(
            line: line, childID: childID, sex: sex!, birthDate: birthDate!, date: date!, heightCm: height!,
            position: position, weightKg: weight, oedema: oedema,
            heightTenthsDigit: tenthsDigit(heightText!), weightTenthsDigit: weightDigit)
    }
}

/// The lengths of the record elements' names, for `XMLStartTag.line(nameLength:firstAttributeNameLength:)`.
private enum RecordName {
    static var resident: Int { ("resident" as StaticString).utf8CodeUnitCount }
    static var measurement: Int { ("measurement" as StaticString).utf8CodeUnitCount }
}

enum RecordAttribute {
    case id, sex, birthDate, ethnicity, poverty
    case number, validFrom, validTo
    case childId, date, heightCm, position, weightKg, oedema
    case unknown

    /// The name as the format spells it; empty for `.unknown`.
    var spelling: StaticString {
        switch self {
        case .id: "id"
        case .sex: "sex"
        case .birthDate: "birthDate"
        case .ethnicity: "ethnicity"
        case .poverty: "poverty"
        case .number: "number"
        case .validFrom: "validFrom"
        case .validTo: "validTo"
        case .childId: "childId"
        case .date: "date"
        case .heightCm: "heightCm"
        case .position: "position"
        case .weightKg: "weightKg"
        case .oedema: "oedema"
        case .unknown: ""
        }
    }

    /// The length of the name as the format spells it; 0 for `.unknown`.
    var nameLength: Int { spelling.utf8CodeUnitCount }

    @inline(__always)
    init(_ name: InternedName) {
        let candidate: RecordAttribute
        switch name.first {
        case UInt8(ascii: "i"): candidate = .id
        case UInt8(ascii: "s"): candidate = .sex
        case UInt8(ascii: "b"): candidate = .birthDate
        case UInt8(ascii: "e"): candidate = .ethnicity
        case UInt8(ascii: "p"):
            // name[2] is read only when name[1] is not the terminator.
            candidate = name[1] == UInt8(ascii: "o") && name[2] == UInt8(ascii: "v") ? .poverty : .position
        case UInt8(ascii: "n"): candidate = .number
        case UInt8(ascii: "v"): candidate = name.equals("validTo") ? .validTo : .validFrom
        case UInt8(ascii: "c"): candidate = .childId
        case UInt8(ascii: "d"): candidate = .date
        case UInt8(ascii: "h"): candidate = .heightCm
        case UInt8(ascii: "w"): candidate = .weightKg
        case UInt8(ascii: "o"): candidate = .oedema
        default:
            self = .unknown
            return
        }
        self = name.equals(candidate.spelling) ? candidate : .unknown
    }
}

// RecordAttributeNames, the cache of attribute names by position, is in LibXML2/AttributeNames.swift.
