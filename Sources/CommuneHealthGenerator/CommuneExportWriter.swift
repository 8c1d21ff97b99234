import CommuneHealth

/// The figures of one generated export, as docs/spec/health-station-export-v1.md §3 computes them from the file.
struct CommuneExportFigures: Equatable {
    var population = 0
    var insured = 0
    var measurements = 0
    var childrenAssessed = 0
    var stunted = 0
}

/// it holds the same people as their files of the year before, a year older.
struct CommuneExportWriter {
    /// What the file's `<commune>` says.
    struct Header {
        var code: String
        var name: String
        var provinceCode: String
        var provinceName: String
        var districtCode: String?
        var districtName: String?
    }

    /// The people of one legacy commune in the file: `share` of every `shares` of them (by number)
    /// when it was divided, up to `residents` of them.
    struct Part {
        var profile: CommuneProfile
        var share = 0
        var shares = 1
        var residents: Int
    }

    /// The part being written.
    private(set) var profile: CommuneProfile
    let header: Header
    let parts: [Part]
    let seed: UInt64
    let year: Int
    /// The index of another commune of the province (the one before it in code order): a few of
    /// this commune's residents are also registered there (`CardNumberPlan`). nil for the first.
    var twinPlace: Int? = nil
    /// `--mess`: how many times the realistic rate of problems to write (MessyExports.swift); 0 for none.
    var mess = 0
    /// How each legacy province (by code) numbers its cards; one not listed as Tuyên Quang does.
    var numberings: [String: CardNumbering] = [:]

    static let heightForAge = HeightForAge(table: .who2006)
    static let weightStandards = WeightStandards.who2006
    /// Chance that a child's measurement used shows bilateral pitting oedema.
    static let oedemaChance = 1.0 / 500
    static let ethnicityFragments: [[UInt8]] = ProvinceGeography.ethnicGroups.map {
        utf8Bytes(" ethnicity=\"\(xmlAttributeEscaped($0.name))\"")
    }

    /// A legacy commune, with its district.
    init(profile: CommuneProfile, seed: UInt64, year: Int) {
        let place = profile.place
        self.profile = profile
        header = Header(
            code: place.code, name: place.name, provinceCode: place.provinceCode, provinceName: place.provinceName,
            districtCode: place.district.code, districtName: place.district.name)
        parts = [Part(profile: profile, residents: profile.residents)]
        self.seed = seed
        self.year = year
    }

    /// A 2025 commune, without district, from the profiles of the chosen legacy communes.
    init(unit: ProvinceGeography.Unit2025, profiles: [CommuneProfile], seed: UInt64, year: Int) {
        header = Header(code: unit.code, name: unit.name, provinceCode: unit.provinceCode, provinceName: unit.provinceName)
        parts = unit.parts.map { part in
            let residents = profiles[part.place].residents
            return Part(
                profile: profiles[part.place], share: part.share, shares: part.shares,
                residents: residents / part.shares + (part.share < residents % part.shares ? 1 : 0))
        }.filter { $0.residents > 0 }
        profile = parts.first?.profile ?? profiles[unit.parts[0].place]
        self.seed = seed
        self.year = year
    }

    var fileName: String {
        if let district = header.districtCode { return "\(header.provinceCode)-\(district)-\(header.code)-\(year).xml" }
        return "\(header.provinceCode)-\(header.code)-\(year).xml"
    }

    func render() -> (bytes: [UInt8], figures: CommuneExportFigures) {
        var random = GeneratorRandom(seed, 0x4EAD, UInt64(Int(header.code) ?? 0), UInt64(bitPattern: Int64(year)))
        var figures = CommuneExportFigures()
        let residents = parts.reduce(0) { $0 + $1.residents }
        var xml = XMLByteWriter(capacity: residents * 190 + 4096)
        var growth = XMLByteWriter(capacity: residents * 24 + 64)
        writeHeader(&xml, residents: residents, &random)
        for part in parts {
            var writer = self
            writer.profile = part.profile
            writer.writePeople(part, &xml, &growth, &figures)
        }
        xml.append("  </residents>\n")
        if !growth.bytes.isEmpty {
            xml.append("  <growthMonitoring>\n")
            xml.append(growth.bytes)
            xml.append("  </growthMonitoring>\n")
        }
        writeReportedSummary(&xml, figures, &random)
        xml.append("</healthStationExport>\n")
        return (xml.bytes, figures)
    }

    /// The residents of one part, and their children's measurements.
    func writePeople(
        _ part: Part, _ xml: inout XMLByteWriter, _ growth: inout XMLByteWriter,
        _ figures: inout CommuneExportFigures
    ) {
        let index = UInt64(profile.place.index)
        var random = GeneratorRandom(seed, 0x7EA2, index, UInt64(bitPattern: Int64(year)))
        // Children's weight-for-height and oedema come from a stream of their own, so that the
        // residents, cards and heights are those of the same seed before weights were drawn.
        var weightRandom = GeneratorRandom(seed, 0x3E16_47, index, UInt64(bitPattern: Int64(year)))
        var messRandom = self.messRandom()
        let mess = Double(self.mess)
        let conditions = YearConditions(year: year)
        let previous = YearConditions(year: year - 1)
        let yearStart = date(year, 1, 1)
        let reference = date(year, 12, 31)
        let firstRound = date(year, 6, 1)
        let idPrefix = utf8Bytes("R" + profile.place.code)
        let numbering = numberings[profile.place.provinceCode] ?? .tuyenQuang

        var roster = CommuneRoster(profile: profile, seed: seed, year: year)
        var written = 0
        while written < part.residents {
            var person = roster.next()
            guard person.isResident(on: reference), person.number % part.shares == part.share else { continue }
            written += 1
            if profile.poorMeasuring {
                person = PoorMeasuring.recorded(person, seed: seed, commune: profile.place.index, reference: reference)
            }
            figures.population += 1
            let ethnic = ProvinceGeography.ethnicGroups[person.ethnicity]
            let poverty = povertyStatus(person, conditions)

            xml.append("    <resident id=\"")
            appendID(&xml, idPrefix, person.number)
            xml.append(person.sex == .male ? "\" sex=\"M\" birthDate=\"" : "\" sex=\"F\" birthDate=\"")
            xml.append(date: person.birth)
            xml.append("\"")
            xml.append(Self.ethnicityFragments[person.ethnicity])
            switch poverty {
            case .poor: xml.append(" poverty=\"poor\"")
            case .nearPoor: xml.append(" poverty=\"near-poor\"")
            case .none: if profile.writesPovertyNone { xml.append(" poverty=\"none\"") }
            }

            let cards = insuranceCards(
                person, poverty: poverty, conditions: conditions, previous: previous,
                yearStart: yearStart, reference: reference, &random)
            var childCards = 0, outOfOrder = 0
            if mess > 0 {
                if year - person.birth.components.year >= 6 {
                    childCards = Messiness.count(Messiness.childCardOnAdult * mess, &messRandom)
                }
                outOfOrder = Messiness.count(Messiness.cardDatesOutOfOrder * mess, &messRandom)
            }
            var messyInsured = false
            if cards.isEmpty && childCards + outOfOrder == 0 {
                xml.append("/>\n")
            } else {
                xml.append(">")
                let number = CardNumberPlan(
                    place: profile.place.index, twin: twinPlace, person: person.number, year: year,
                    numbering: numbering)
                for card in cards {
                    xml.append("<insuranceCard number=\"")
                    if !number.tenDigits {
                        xml.append(card.group.code)
                        xml.append(numbering.issuingProvince)
                    }
                    xml.append(integer: number.origin, width: 2)
                    xml.append(integer: number.digits, width: 8)
                    xml.append("\" validFrom=\"")
                    xml.append(date: card.from)
                    xml.append("\" validTo=\"")
                    xml.append(date: card.to)
                    xml.append("\"/>")
                }
                if childCards + outOfOrder > 0 {
                    let group = cardGroup(person, age: year - person.birth.components.year, poverty: poverty).code
                    messyInsured = writeMessyCards(
                        person, childCards: childCards, outOfOrder: outOfOrder, group: group,
                        number: number, issuingProvince: numbering.issuingProvince, &xml)
                }
                xml.append("</resident>\n")
            }
            if messyInsured || cards.contains(where: { $0.from <= reference && reference <= $0.to }) { figures.insured += 1 }

            if firstRound - person.birth <= LengthHeightForAgeTable.lastDay {  // under five in June
                let offset =
                    (profile.fallingBehind ? -2 * conditions.stuntingShift : conditions.stuntingShift) + ethnic.heightShift
                    + (poverty == .poor ? -0.25 : poverty == .nearPoor ? -0.1 : 0)
                let weightOffset = poverty == .poor ? -0.15 : poverty == .nearPoor ? -0.05 : 0
                writeMeasurements(
                    person, idPrefix: idPrefix, meanZ: profile.stuntingMean + offset,
                    meanWHZ: profile.weightForHeightMean + weightOffset,
                    &growth, &figures, &random, &weightRandom, &messRandom)
                if mess > 0 {
                    writeMeasuredBeforeBirth(
                        person, idPrefix: idPrefix,
                        count: Messiness.count(Messiness.measuredBeforeBirth * mess, &messRandom),
                        &growth, &messRandom)
                }
            }
        }
    }

    // MARK: - Parts of the file

    func writeHeader(_ xml: inout XMLByteWriter, residents: Int, _ random: inout GeneratorRandom) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.append("<healthStationExport xmlns=\"urn:commune-health:export:1\" version=\"1.0\" generated=\"")
        // Stations send the year's export in the first working days of January, local time.
        xml.append(date: date(year + 1, 1, 2 + random.below(12)))
        xml.append("T")
        xml.append(integer: random.int(in: 7...16), width: 2)
        xml.append(":")
        xml.append(integer: random.below(60), width: 2)
        xml.append(":")
        xml.append(integer: random.below(60), width: 2)
        xml.append("+07:00\" software=\"commune-health generate (synthetic data)\">\n")
        var commune =
            "  <commune code=\"\(header.code)\" name=\"\(xmlAttributeEscaped(writtenName))\""
            + " provinceCode=\"\(header.provinceCode)\" provinceName=\"\(xmlAttributeEscaped(header.provinceName))\""
        if let district = header.districtCode {
            commune += " districtCode=\"\(district)\" districtName=\"\(xmlAttributeEscaped(header.districtName ?? ""))\""
        }
        xml.append(utf8Bytes(commune + "/>\n"))
        xml.append("  <period from=\"")
        xml.append(date: date(year, 1, 1))
        xml.append("\" to=\"")
        xml.append(date: date(year, 12, 31))
        xml.append("\" referenceDate=\"")
        xml.append(date: date(year, 12, 31))
        xml.append("\"/>\n  <residents count=\"")
        xml.append(integer: residents)
        xml.append("\">\n")
    }

    /// What the station's own software reported: the same figures, except in about one export
    /// in fifteen, where it counted differently (a card expiring in December, a child measured after
    /// turning five, a resident who had moved away, a typing slip).
    func writeReportedSummary(
        _ xml: inout XMLByteWriter, _ figures: CommuneExportFigures,
        _ random: inout GeneratorRandom
    ) {
        var reported = figures
        if random.chance(0.07) {
            switch random.below(4) {
            case 0 where figures.childrenAssessed > 0:
                reported.stunted = min(figures.childrenAssessed, max(0, figures.stunted + (random.chance(0.5) ? 1 : -1) * random.int(in: 1...3)))
            case 1:
                reported.childrenAssessed += random.int(in: 1...4)
            case 2:
                reported.insured = min(figures.population, figures.insured + random.int(in: 1...max(1, figures.population / 80)))
                if reported.insured == figures.insured { reported.population += 1 }
            default:
                reported.population += random.int(in: 1...3)
            }
        }
        xml.append("  <reportedSummary population=\"")
        xml.append(integer: reported.population)
        xml.append("\" insured=\"")
        xml.append(integer: reported.insured)
        xml.append("\" childrenAssessed=\"")
        xml.append(integer: reported.childrenAssessed)
        xml.append("\" stunted=\"")
        xml.append(integer: reported.stunted)
        xml.append("\"/>\n")
    }

    /// `R`, the legacy commune's code and the person's number: the same person has the same id in
    /// every year, in the 2025 commune too.
    func appendID(_ xml: inout XMLByteWriter, _ prefix: [UInt8], _ number: Int) {
        xml.append(prefix)
        xml.append(integer: number, width: 6)
    }

}
