import CommuneHealth

// `generate --mess FACTOR`: exports messy the way real ones are (Benchmarks/README.md), each problem
// one the specs define, at a realistic rate at 1 and FACTOR times that rate above. Every draw
// comes from streams of their own, taken only when FACTOR is above 0, so that without the option
// the bytes are those of a clean province.

/// The problems of a messy export and their rates at `--mess 1`: with the default 800,000
/// residents in 140 communes, about 61,000 warnings (issue 18's province had 61,481) and a few
/// thousand records excluded.
enum Messiness {
    /// Per resident aged 6 or more on the reference date: a TE card (a child's card, cards-v1 §2)
    /// valid on the reference date, beside the resident's own cards: a warning each.
    static let childCardOnAdult = 0.081
    /// Per measurement of a child under 9 months: recorded standing (a warning when it is the
    /// child's measurement used, health-station-export-v1 §3); at most every one of them.
    static let standingInfant = 0.4
    /// Per file: the commune's name typed without its diacritics, so that it differs from the
    /// register's (a warning, geography-v1 §3); at most every file.
    static let nameVariant = 0.3
    /// Per resident: a card whose validTo is before its validFrom (the card is ignored, an invalid
    /// record).
    static let cardDatesOutOfOrder = 0.003
    /// Per child under 5: a measurement dated before the child's birth (an invalid record).
    static let measuredBeforeBirth = 0.01

    /// How many problems of a kind whose expected number is `expected`: its whole part and one
    /// more with the chance of its fraction.
    static func count(_ expected: Double, _ random: inout GeneratorRandom) -> Int {
        let whole = Int(expected)
        return whole + (random.chance(expected - Double(whole)) ? 1 : 0)
    }

    /// The name as typed on a keyboard without Vietnamese: every mark dropped, đ as d.
    static func withoutDiacritics(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in CanonicalDecomposition.nfd(name).unicodeScalars {
            switch scalar {
            case "đ": folded.append("d")
            case "Đ": folded.append("D")
            default: if scalar.properties.generalCategory != .nonspacingMark { folded.append(scalar) }
            }
        }
        return String(folded)
    }
}

extension CommuneExportWriter {
    /// The stream of a resident's problems in one part of the file.
    func messRandom() -> GeneratorRandom {
        GeneratorRandom(seed, 0x3E55, UInt64(profile.place.index), UInt64(bitPattern: Int64(year)))
    }

    /// The name the file's `<commune>` gives: the register's, or under `--mess` sometimes a variant.
    var writtenName: String {
        guard mess > 0 else { return header.name }
        var random = GeneratorRandom(seed, 0x3E56, UInt64(Int(header.code) ?? 0), UInt64(bitPattern: Int64(year)))
        return random.chance(Messiness.nameVariant * Double(mess)) ? Messiness.withoutDiacritics(header.name) : header.name
    }

    /// The extra cards of a messy resident, written after the resident's own: TE cards held at 6
    /// or more, valid all year, and cards whose dates are out of order. Returns whether one of
    /// them is valid on the reference date.
    func writeMessyCards(
        _ person: RosterPerson, childCards: Int, outOfOrder: Int, group: StaticString,
        number: CardNumberPlan, issuingProvince: [UInt8], _ xml: inout XMLByteWriter
    ) -> Bool {
        for index in 0..<(childCards + outOfOrder) {
            xml.append("<insuranceCard number=\"")
            xml.append(index < childCards ? "TE1" : group)
            xml.append(issuingProvince)
            xml.append(integer: number.origin, width: 2)
            xml.append(integer: number.digits, width: 8)
            xml.append("\" validFrom=\"")
            if index < childCards {
                xml.append(date: date(year, 1, 1))
                xml.append("\" validTo=\"")
                xml.append(date: date(year, 12, 31))
            } else {
                xml.append(date: date(year, 7, 1))
                xml.append("\" validTo=\"")
                xml.append(date: date(year, 6, 30))
            }
            xml.append("\"/>")
        }
        return childCards > 0
    }

    /// `count` measurements of a child dated before its birth.
    func writeMeasuredBeforeBirth(
        _ person: RosterPerson, idPrefix: [UInt8], count: Int,
        _ growth: inout XMLByteWriter, _ random: inout GeneratorRandom
    ) {
        for _ in 0..<count {
            growth.append("    <measurement childId=\"")
            appendID(&growth, idPrefix, person.number)
            growth.append(person.sex == .male ? "\" sex=\"M\" birthDate=\"" : "\" sex=\"F\" birthDate=\"")
            growth.append(date: person.birth)
            growth.append("\" date=\"")
            growth.append(date: person.birth.adding(days: -1 - random.below(60)))
            growth.append("\" heightCm=\"")
            growth.append(tenths: 450 + random.below(150))
            growth.append("\"/>\n")
        }
    }
}
