/// The record elements of an export (resident, insuranceCard, measurement): attributes checked
/// as spec sections 2 and 4 say, valid records handed to the file's sink (ExportRecords.swift).
extension ExportHandler {

    func startResident(_ tag: XMLStartTag) {
        residentElements += 1
        var fields = ResidentFields()
        if residentAttributes.inFormatOrder(tag, atLeast: 1, .id, .sex, .birthDate, .ethnicity, .poverty) {
            // The order of the format's examples and of every export seen (poverty, and ethnicity,
            // left out when not known): each attribute read with its meaning known here (#30).
            let count = tag.attributeCount
            residentID(tag[0].value, &fields)
            if count > 1, fields.problem == nil { residentSex(tag[1].value, &fields) }
            if count > 2, fields.problem == nil { residentBirthDate(tag[2].value, &fields) }
            if count > 3, fields.problem == nil { residentEthnicity(tag[3].value, &fields) }
            if count > 4, fields.problem == nil { residentPoverty(tag[4].value, &fields) }
        } else {
            for index in 0..<tag.attributeCount where fields.problem == nil {
                let attribute = tag[index]
                guard attribute.namespaceURI == nil else { continue }
                take(resident: residentAttributes.kind(of: attribute.localName, at: index), attribute.value, &fields)
            }
        }
        let reference = referenceFields
        if fields.problem == nil {
            if fields.id == nil {
                fields.problem = .missingAttribute(element: "resident", attribute: "id")
            } else if fields.sex == nil {
                fields.problem = .missingAttribute(element: "resident", attribute: "sex")
            } else if fields.birthDate == nil {
                fields.problem = .missingAttribute(element: "resident", attribute: "birthDate")
            } else if fields.birthDate! > reference {
                fields.problem = .bornAfterReferenceDate(
                    birthDate: fields.birthDate!.date.description,
                    referenceDate: period!.referenceDate.description)
            }
        }
        // Only valid residents claim their id: a later resident may reuse the id of an invalid one.
        var idIndex = -1
        if fields.problem == nil {
            let claimed = residentIDs.insert(fields.id!)
            if claimed.inserted { idIndex = claimed.index } else { fields.problem = .duplicateResidentID(string(fields.id!)) }
        }
        if let problem = fields.problem {
            exclude(problem, line: tag.line)
            inValidResident = false
            return
        }
        inValidResident = true
        fold.resident(
            ResidentRecord(
                line: tag.line(nameLength: RecordName.resident, firstAttributeNameLength: firstNameLength(tag, &residentAttributes)),
                sex: fields.sex!, birthDate: fields.birthDate!, poverty: fields.poverty, ethnicity: fields.ethnicity, idIndex: idIndex))
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
        var fields = CardFields()
        if cardAttributes.inFormatOrder(tag, atLeast: 3, .number, .validFrom, .validTo) {
            // All three, as a card must have them, in the format's order.
            cardNumber(tag[0].value, &fields)
            if fields.problem == nil { cardValidFrom(tag[1].value, &fields) }
            if fields.problem == nil { cardValidTo(tag[2].value, &fields) }
        } else {
            for index in 0..<tag.attributeCount where fields.problem == nil {
                let attribute = tag[index]
                guard attribute.namespaceURI == nil else { continue }
                take(card: cardAttributes.kind(of: attribute.localName, at: index), attribute.value, &fields)
            }
        }
        if fields.problem == nil {
            if fields.number == nil {
                fields.problem = .missingAttribute(element: "insuranceCard", attribute: "number")
            } else if fields.validFrom == nil {
                fields.problem = .missingAttribute(element: "insuranceCard", attribute: "validFrom")
            } else if fields.validTo == nil {
                fields.problem = .missingAttribute(element: "insuranceCard", attribute: "validTo")
            } else if fields.validTo! < fields.validFrom! {
                fields.problem = .cardEndsBeforeStart(validFrom: fields.validFrom!.date.description, validTo: fields.validTo!.date.description)
            }
        }
        if let problem = fields.problem {
            exclude(problem, line: tag.line)
            return
        }
        // The number's form is format knowledge: classified here, its warning given here (the
        // String is made only then); who pays and who is under 6 the fold decides.
        let number = fields.number!
        let card = CardNumber(bytes: number)
        if let warning = card.warning(text: { string(number) }) {
            contents!.warnings.append(ReadingWarning(file: file, line: tag.line, reason: .card(warning)))
        }
        if card.hasPlaceholderNumber {
            contents!.warnings.append(
                ReadingWarning(
                    file: file, line: tag.line,
                    reason: .card(
                        .placeholderNumber(
                            number: string(number), digits: socialInsuranceDigits(card.socialInsuranceNumber!)))))
        }
        fold.card(CardRecord(position: tag.position, validFrom: fields.validFrom!, validTo: fields.validTo!, number: card, numberText: number))
    }

    /// What one attribute of a `<resident>` says, checked as spec section 2 says: one definition
    /// of each for both ways of reading a tag (in the format's order, or any order).
    private func take(resident kind: RecordAttribute, _ value: ByteView, _ fields: inout ResidentFields) {
        switch kind {
        case .id: residentID(value, &fields)
        case .sex: residentSex(value, &fields)
        case .birthDate: residentBirthDate(value, &fields)
        case .ethnicity: residentEthnicity(value, &fields)
        case .poverty: residentPoverty(value, &fields)
        default: break
        }
    }

    @inline(__always)
    private func residentID(_ value: ByteView, _ fields: inout ResidentFields) {
        fields.id = nonEmpty(value, "resident", "id", &fields.problem)
    }

    @inline(__always)
    private func residentSex(_ value: ByteView, _ fields: inout ResidentFields) {
        fields.sex = parseSex(value)
        if fields.sex == nil { fields.problem = malformed("resident", "sex", value) }
    }

    @inline(__always)
    private func residentBirthDate(_ value: ByteView, _ fields: inout ResidentFields) {
        fields.birthDate = date(value, "resident", "birthDate", &fields.problem)
    }

    @inline(__always)
    private func residentEthnicity(_ value: ByteView, _ fields: inout ResidentFields) {
        if !value.isEmpty { fields.ethnicity = ethnicities.insertRepeating(value) }
    }

    @inline(__always)
    private func residentPoverty(_ value: ByteView, _ fields: inout ResidentFields) {
        if let status = parsePoverty(value) { fields.poverty = status } else { fields.problem = malformed("resident", "poverty", value) }
    }

    /// What one attribute of an `<insuranceCard>` says (spec section 2), likewise.
    private func take(card kind: RecordAttribute, _ value: ByteView, _ fields: inout CardFields) {
        switch kind {
        case .number: cardNumber(value, &fields)
        case .validFrom: cardValidFrom(value, &fields)
        case .validTo: cardValidTo(value, &fields)
        default: break
        }
    }

    @inline(__always)
    private func cardNumber(_ value: ByteView, _ fields: inout CardFields) {
        fields.number = nonEmpty(value, "insuranceCard", "number", &fields.problem)
    }

    @inline(__always)
    private func cardValidFrom(_ value: ByteView, _ fields: inout CardFields) {
        fields.validFrom = date(value, "insuranceCard", "validFrom", &fields.problem)
    }

    @inline(__always)
    private func cardValidTo(_ value: ByteView, _ fields: inout CardFields) {
        fields.validTo = date(value, "insuranceCard", "validTo", &fields.problem)
    }

    /// The value, or nil and the problem when it is empty.
    @inline(__always)
    private func nonEmpty(_ value: ByteView, _ element: String, _ attribute: String, _ problem: inout RecordReason?) -> ByteView? {
        if value.isEmpty {
            problem = malformed(element, attribute, value)
            return nil
        }
        return value
    }

    /// The date (spec section 1: YYYY-MM-DD), or nil and the problem when it is not one.
    @inline(__always)
    private func date(_ value: ByteView, _ element: String, _ attribute: String, _ problem: inout RecordReason?) -> DateFields? {
        let date = DateFields(bytes: value)
        if date == nil { problem = malformed(element, attribute, value) }
        return date
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

/// The attributes of a `<resident>` read so far, and the first problem found in them.
struct ResidentFields {
    var id: ByteView?
    var sex: Sex?
    var birthDate: DateFields?
    var poverty = PovertyStatus.none
    /// Index in the file's table of ethnic groups; -1 when not given.
    var ethnicity = -1
    var problem: RecordReason?
}

/// The attributes of an `<insuranceCard>` read so far, and the first problem found in them.
struct CardFields {
    var number: ByteView?
    var validFrom: DateFields?
    var validTo: DateFields?
    var problem: RecordReason?
}
