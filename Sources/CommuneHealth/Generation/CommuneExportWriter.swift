import Foundation

/// The figures of one generated export, as docs/spec/health-station-export-v1.md §3 computes them from the file.
struct CommuneExportFigures: Equatable {
    var population = 0
    var insured = 0
    var measurements = 0
    var childrenAssessed = 0
    var stunted = 0
}

/// Health-insurance card groups (the two letters that start a card number), with the benefit
/// level written after them (Decision 1351/QĐ-BHXH: 1 for TE and CC, 2 for HN, DT and BT, 3 for HT
/// and CN, 4 for pupils, students, employees and households) and how much likelier than average
/// their holders are to go without a valid card.
enum CardGroup: Int, CaseIterable {
    case te, hn, dt, bt, hs, cn, sv, ht, cc, hc, dn, gd

    var code: StaticString {
        switch self {
        case .te: return "TE1"
        case .hn: return "HN2"
        case .dt: return "DT2"
        case .bt: return "BT2"
        case .hs: return "HS4"
        case .cn: return "CN3"
        case .sv: return "SV4"
        case .ht: return "HT3"
        case .cc: return "CC1"
        case .hc: return "HC4"
        case .dn: return "DN4"
        case .gd: return "GD4"
        }
    }

    var uninsuredFactor: Double {
        switch self {
        case .te: return 0.25
        case .hn: return 0.1
        case .dt: return 0.3
        case .bt: return 0.15
        case .hs: return 0.35
        case .cn: return 0.9
        case .sv: return 0.8
        case .ht, .hc: return 0.03
        case .cc: return 0.05
        case .dn: return 0.35
        case .gd: return 2.2
        }
    }
}

/// Writes the export of one commune for one year: a legacy commune before 2025-07-01, or a 2025
/// commune written from the people of the legacy communes that form it (docs/spec/geography-v1.md §6), so that
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

    private static let heightForAge = HeightForAge(table: .who2006)
    private static let weightStandards = WeightStandards.who2006
    /// Chance that a child's measurement used shows bilateral pitting oedema.
    static let oedemaChance = 1.0 / 500
    private static let issuingProvince = utf8Bytes(ProvinceGeography.provinceCode)
    private static let ethnicityFragments: [[UInt8]] = ProvinceGeography.ethnicGroups.map {
        utf8Bytes(" ethnicity=\"\(xmlAttributeEscaped($0.name))\"")
    }

    /// A legacy commune, with its district.
    init(profile: CommuneProfile, seed: UInt64, year: Int) {
        let place = profile.place
        self.profile = profile
        header = Header(code: place.code, name: place.name, provinceCode: place.provinceCode, provinceName: place.provinceName,
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
            return Part(profile: profiles[part.place], share: part.share, shares: part.shares,
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
    private func writePeople(_ part: Part, _ xml: inout XMLByteWriter, _ growth: inout XMLByteWriter,
                             _ figures: inout CommuneExportFigures) {
        let index = UInt64(profile.place.index)
        var random = GeneratorRandom(seed, 0x7EA2, index, UInt64(bitPattern: Int64(year)))
        // Children's weight-for-height and oedema come from a stream of their own, so that the
        // residents, cards and heights are those of the same seed before weights were drawn.
        var weightRandom = GeneratorRandom(seed, 0x3E16_47, index, UInt64(bitPattern: Int64(year)))
        let conditions = YearConditions(year: year)
        let previous = YearConditions(year: year - 1)
        let yearStart = date(year, 1, 1)
        let reference = date(year, 12, 31)
        let firstRound = date(year, 6, 1)
        let idPrefix = utf8Bytes("R" + profile.place.code)

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

            let cards = insuranceCards(person, poverty: poverty, conditions: conditions, previous: previous,
                                       yearStart: yearStart, reference: reference, &random)
            if cards.isEmpty {
                xml.append("/>\n")
            } else {
                xml.append(">")
                let number = CardNumberPlan(place: profile.place.index, twin: twinPlace, person: person.number, year: year)
                for card in cards {
                    xml.append("<insuranceCard number=\"")
                    if !number.tenDigits {
                        xml.append(card.group.code)
                        xml.append(Self.issuingProvince)
                    }
                    xml.append(integer: number.origin, width: 2)
                    xml.append(integer: number.digits, width: 8)
                    xml.append("\" validFrom=\"")
                    xml.append(date: card.from)
                    xml.append("\" validTo=\"")
                    xml.append(date: card.to)
                    xml.append("\"/>")
                }
                xml.append("</resident>\n")
            }
            if cards.contains(where: { $0.from <= reference && reference <= $0.to }) { figures.insured += 1 }

            if firstRound - person.birth <= LengthHeightForAgeTable.lastDay {     // under five in June
                let offset = conditions.stuntingShift + ethnic.heightShift
                    + (poverty == .poor ? -0.25 : poverty == .nearPoor ? -0.1 : 0)
                let weightOffset = poverty == .poor ? -0.15 : poverty == .nearPoor ? -0.05 : 0
                writeMeasurements(person, idPrefix: idPrefix, meanZ: profile.stuntingMean + offset,
                                  meanWHZ: profile.weightForHeightMean + weightOffset,
                                  &growth, &figures, &random, &weightRandom)
            }
        }
    }

    // MARK: - Parts of the file

    private func writeHeader(_ xml: inout XMLByteWriter, residents: Int, _ random: inout GeneratorRandom) {
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
        var commune = "  <commune code=\"\(header.code)\" name=\"\(xmlAttributeEscaped(header.name))\""
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
    private func writeReportedSummary(_ xml: inout XMLByteWriter, _ figures: CommuneExportFigures,
                                      _ random: inout GeneratorRandom) {
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
    private func appendID(_ xml: inout XMLByteWriter, _ prefix: [UInt8], _ number: Int) {
        xml.append(prefix)
        xml.append(integer: number, width: 6)
    }

    // MARK: - Poverty and insurance

    private func povertyStatus(_ person: RosterPerson, _ conditions: YearConditions) -> PovertyStatus {
        let factor = ProvinceGeography.ethnicGroups[person.ethnicity].povertyFactor * conditions.poorScale
        if person.deprivation < min(0.9, profile.poorRate * factor) { return .poor }
        if person.deprivation < min(0.95, (profile.poorRate + profile.nearPoorRate) * factor) { return .nearPoor }
        return .none
    }

    private func cardGroup(_ person: RosterPerson, age: Int, poverty: PovertyStatus) -> CardGroup {
        let urban = profile.place.isUrban
        let draw = person.occupationDraw
        if age < 6 { return .te }
        if poverty == .poor { return .hn }
        if person.ethnicity != ProvinceGeography.kinh && profile.difficult && person.dtDraw < 0.92 { return .dt }
        if age >= 60 {
            if draw < (urban ? 0.55 : 0.2) { return .ht }
            if age >= 80 { return .bt }
            return draw > 0.95 ? .cc : (poverty == .nearPoor ? .cn : .gd)
        }
        if age < 18 { return .hs }
        if poverty == .nearPoor { return .cn }
        if age < 22 && draw < (urban ? 0.5 : 0.25) { return .sv }
        if draw < (urban ? 0.14 : 0.04) { return .hc }
        if draw < (urban ? 0.38 : 0.14) { return .dn }
        return .gd
    }

    private func uninsuredChance(_ group: CardGroup, _ conditions: YearConditions) -> Double {
        if profile.campaignDraw < conditions.campaignThreshold { return 0 }
        return min(0.95, profile.uninsuredRate * conditions.uninsuredScale * group.uninsuredFactor)
    }

    private struct Card {
        var group: CardGroup
        var from: CalendarDate
        var to: CalendarDate
    }

    private func insuranceCards(_ person: RosterPerson, poverty: PovertyStatus, conditions: YearConditions,
                                previous: YearConditions, yearStart: CalendarDate, reference: CalendarDate,
                                _ random: inout GeneratorRandom) -> [Card] {
        let age = year - person.birth.components.year      // completed years on December 31
        let group = cardGroup(person, age: age, poverty: poverty)
        let insured = person.insuranceDraw >= uninsuredChance(group, conditions)

        // Children hold one TE card from soon after birth to the day before they turn six.
        let sixthBirthday = anniversary(person.birth, years: 6)
        if sixthBirthday >= yearStart {
            let childCard = Card(group: .te, from: person.birth.adding(days: person.childCardDelay),
                                 to: sixthBirthday.adding(days: -1))
            if sixthBirthday <= reference {
                // Turned six this year: the TE card ran out; insured children got their next card.
                return insured ? [childCard, Card(group: group, from: sixthBirthday, to: reference)] : [childCard]
            }
            if insured {
                return [Card(group: .te, from: min(childCard.from, reference), to: childCard.to)]
            }
            if childCard.from > reference { return [childCard] }                 // registered in January
            return []
        }

        let month = person.cardMonth
        if insured {
            let newlyInsured = person.insuranceDraw < uninsuredChance(group, previous)
            if newlyInsured && random.chance(0.6) {
                let start = yearStart.adding(days: random.below(reference - yearStart + 1))
                return [Card(group: group, from: start, to: anniversary(start, years: 1).adding(days: -1))]
            }
            if month == 1 {
                let card = Card(group: group, from: yearStart, to: reference)
                guard random.chance(0.04) else { return [card] }
                return [card, Card(group: group, from: date(year + 1, 1, 1), to: date(year + 1, 12, 31))]
            }
            let renewal = date(year, month, 1)
            return [Card(group: group, from: date(year - 1, month, 1), to: renewal.adding(days: -1)),
                    Card(group: group, from: renewal, to: date(year + 1, month, 1).adding(days: -1))]
        }

        let lastYear = Card(group: group, from: date(year - 1, 1, 1), to: date(year - 1, 12, 31))
        let draw = random.uniform()
        if draw < 0.4 { return [] }
        if draw < 0.75 {                                                         // lapsed this year
            if month > 1 {
                return [Card(group: group, from: date(year - 1, month, 1), to: date(year, month, 1).adding(days: -1))]
            }
            if random.chance(0.15) { return [Card(group: group, from: yearStart, to: reference.adding(days: -1))] }
            return [Card(group: group, from: yearStart, to: date(year, random.int(in: 3...12), 1).adding(days: -1))]
        }
        if draw < 0.9 {                                                          // enrolled for next year
            let next = Card(group: group, from: date(year + 1, 1, 1), to: date(year + 1, 12, 31))
            return random.chance(0.5) ? [lastYear, next] : [next]
        }
        return [lastYear]
    }

    // MARK: - Growth monitoring

    /// Writes 0 to 3 measurements of a child in the year (the national rounds in early June and
    /// early December, sometimes one more) and counts the last one as the spec does.
    ///
    /// The child's weight-for-length/height z is drawn once around `meanWHZ` (with a little
    /// measurement-to-measurement noise) and turned into a weight by the WHO table at the length or
    /// height the reader will use; rarely, the last measurement shows oedema.
    private func writeMeasurements(_ person: RosterPerson, idPrefix: [UInt8], meanZ: Double, meanWHZ: Double,
                                   _ growth: inout XMLByteWriter, _ figures: inout CommuneExportFigures,
                                   _ random: inout GeneratorRandom, _ weightRandom: inout GeneratorRandom) {
        guard person.monitoringDraw < profile.monitoringCoverage, random.chance(0.97) else { return }
        let poor = profile.poorMeasuring
        if poor && PoorMeasuring.isLeftOut(person, seed: seed, commune: profile.place.index) { return }
        var poorRandom = PoorMeasuring.measurementRandom(seed: seed, commune: profile.place.index,
                                                         person: person.number, year: year)
        let childWHZ = meanWHZ + 1.07 * weightRandom.normal()
        let hasOedema = weightRandom.chance(Self.oedemaChance)
        let june = date(year, 6, 1).adding(days: random.below(20))
        let december = date(year, 12, 1).adding(days: random.below(20))
        let kind = random.uniform()
        var dates: [CalendarDate]
        if kind < 0.25 {
            dates = [random.chance(0.65) ? december : june]
        } else if kind < 0.85 {
            dates = [june, december]
        } else {
            let extra = date(year, [3, 4, 9, 10][random.below(4)], random.int(in: 1...28))
            dates = [june, december, extra].sorted()
        }

        // The last measurement written is the one the spec uses.
        let lastWritten = dates.lastIndex { (1...LengthHeightForAgeTable.lastDay).contains($0 - person.birth) }
        var last: (ageDays: Int, tenths: Int, position: MeasuredPosition?)?
        for (index, day) in dates.enumerated() {
            let ageDays = day - person.birth
            guard ageDays >= 1, ageDays <= LengthHeightForAgeTable.lastDay,
                  let lms = LengthHeightForAgeTable.who2006.lms(sex: person.sex, day: ageDays) else { continue }
            var position: MeasuredPosition? = ageDays < HeightForAge.firstStandingDay ? .lying : .standing
            let slip = random.uniform()
            if slip < 0.03 {
                position = nil
            } else if slip < 0.06 && (274...1095).contains(ageDays) {
                position = position == .lying ? .standing : .lying
            }
            var z = min(5.8, max(-5.8, Self.hazSpread(meanZ + person.growthZ) + 0.1 * random.normal()))
            if poor { z = PoorMeasuring.measuredZ(z, &poorRandom) }
            let height = lms.l == 1 ? lms.m * (1 + lms.s * z) : lms.m * pow(1 + lms.l * lms.s * z, 1 / lms.l)
            // What was read off the board in the position used (the standard converts back).
            var recorded = height
            if position == .standing && ageDays < HeightForAge.firstStandingDay { recorded -= HeightForAge.positionAdjustmentCm }
            if position == .lying && ageDays >= HeightForAge.firstStandingDay { recorded += HeightForAge.positionAdjustmentCm }
            let tenths = poor ? PoorMeasuring.readTenths(recorded, &poorRandom) : Int((recorded * 10).rounded())

            growth.append("    <measurement childId=\"")
            appendID(&growth, idPrefix, person.number)
            growth.append(person.sex == .male ? "\" sex=\"M\" birthDate=\"" : "\" sex=\"F\" birthDate=\"")
            growth.append(date: person.birth)
            growth.append("\" date=\"")
            growth.append(date: day)
            growth.append("\" heightCm=\"")
            growth.append(tenths: tenths)
            switch position {
            case .lying?: growth.append("\" position=\"lying")
            case .standing?: growth.append("\" position=\"standing")
            case nil: break
            }
            if profile.weighsChildren >= 1 || random.chance(profile.weighsChildren) {
                let whz = min(4, max(-4, childWHZ + 0.2 * random.normal()))
                growth.append("\" weightKg=\"")
                growth.append(tenths: weightTenths(sex: person.sex, ageDays: ageDays, recordedTenths: tenths,
                                                   position: position, whz: whz))
            }
            if hasOedema && index == lastWritten {
                growth.append("\" oedema=\"true\"/>\n")
            } else {
                growth.append(profile.writesOedema ? "\" oedema=\"false\"/>\n" : "\"/>\n")
            }
            figures.measurements += 1
            last = (ageDays, tenths, position)
        }

        guard let used = last else { return }
        let assessment = Self.heightForAge.assess(sex: person.sex, ageDays: used.ageDays,
                                                  heightCm: Double(used.tenths) / 10, position: used.position)
        switch assessment.status {
        case .normal: figures.childrenAssessed += 1
        case .stunted, .severelyStunted: figures.childrenAssessed += 1; figures.stunted += 1
        case .implausible, .outOfAge: break
        }
    }

    /// The HAZ of a child whose draw is `z` (commune mean plus a standard normal): spread 1.4 times
    /// around −2, as routine data spread (SD of HAZ about 1.3-1.5, docs/spec/data-quality-v1.md §2), so that
    /// a station that measures well scores excellent or good on the SD; pivoted at −2 so that the
    /// share stunted stays what the commune means were tuned to.
    static func hazSpread(_ z: Double) -> Double { -2 + 1.4 * (z + 2) }

    /// The weight, in tenths of a kg, of a child whose weight-for-length/height z is `whz`, at the
    /// length or height the reader adjusts `recordedTenths` to (the 0.7 cm rule): the WHO
    /// weight-for-length table under 731 days, weight-for-height from then, its row clamped into
    /// the table, and y = M (1 + L S z)^(1 / L).
    @inline(__always)
    private func weightTenths(sex: Sex, ageDays: Int, recordedTenths: Int, position: MeasuredPosition?,
                              whz: Double) -> Int {
        let lengthTable = ageDays < WeightStandards.firstHeightTableDay
        var row = recordedTenths
        if lengthTable && position == .standing && Double(ageDays) / HeightForAge.daysPerMonth >= 9 { row += 7 }
        if !lengthTable && position == .lying { row -= 7 }
        let table = lengthTable ? Self.weightStandards.weightForLength : Self.weightStandards.weightForHeight
        row = min(max(row, table.tenths.lowerBound), table.tenths.upperBound)
        let lms = table.lms(sex: sex, tenths: row)!
        return max(5, Int((lms.value(atSD: whz) * 10).rounded()))
    }
}

private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
}

/// The same day `years` later; 29 February becomes 1 March in a common year.
private func anniversary(_ day: CalendarDate, years: Int) -> CalendarDate {
    let (y, m, d) = day.components
    return CalendarDate(year: y + years, month: m, day: d) ?? date(y + years, 3, 1)
}

/// How a resident's card number is written (docs/spec/cards-v1.md §1, §5). The social-insurance number is the
/// person's province of origin and 8 digits that are unique to the person within the province
/// (a bijection of the commune's index and the person's place in its roster), so that residents
/// of one file never share a number by chance and a person keeps the number from year to year.
/// About 1 resident in 8,000 carries the number of the resident at the same place of the twin
/// commune's roster (the commune before it in code order): when both are insured that year, one
/// person registered in two communes. A few cards carry the 10-digit
/// number alone, more from 2025, when the social-insurance number alone came to identify a card.
struct CardNumberPlan {
    /// The province where the number was first issued: the issuing province for most.
    let origin: Int
    /// The 8 digits after the province of origin.
    let digits: Int
    /// Written as the 10-digit number alone.
    let tenDigits: Bool

    /// Odd and not a multiple of 5, so `x * multiplier mod 10^8` is a bijection.
    private static let multiplier = 48_271_013
    private static let modulus = 100_000_000
    /// People per commune before two communes' numbers could meet: far above any commune's roster.
    private static let stride = 250_000
    private static let otherOrigins = [1, 2, 6, 10, 15, 19, 25, 26]
    private static let home = Int(ProvinceGeography.provinceCode) ?? 0

    init(place: Int, twin: Int?, person: Int, year: Int) {
        let mix = Self.hash(UInt64(place) << 32 | UInt64(person))
        var owner = place
        if let twin, mix % 8_000 == 0 { owner = twin }                      // registered in two communes
        let key = (owner * Self.stride + person) % Self.modulus
        let ownerMix = Self.hash(UInt64(owner) << 32 | UInt64(person) ^ 0x5EED)
        origin = ownerMix % 20 == 0 ? Self.otherOrigins[Int(ownerMix >> 8) % Self.otherOrigins.count]
            : Self.home
        digits = Int((UInt64(key) * UInt64(Self.multiplier) + 12_345_679) % UInt64(Self.modulus))
        let tenShare: UInt64 = year >= 2025 ? 150 : 20                      // per thousand
        tenDigits = Self.hash(mix ^ UInt64(year)) % 1_000 < tenShare
    }

    /// SplitMix64's finaliser: a fixed, well-mixed function of the key.
    private static func hash(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
