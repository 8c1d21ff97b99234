import CommuneHealth

// How the generator gives residents their cards: poverty, card groups, lapses and numbers.

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

extension CommuneExportWriter {
    // MARK: - Poverty and insurance

    func povertyStatus(_ person: RosterPerson, _ conditions: YearConditions) -> PovertyStatus {
        let factor = ProvinceGeography.ethnicGroups[person.ethnicity].povertyFactor * conditions.poorScale
        if person.deprivation < min(0.9, profile.poorRate * factor) { return .poor }
        if person.deprivation < min(0.95, (profile.poorRate + profile.nearPoorRate) * factor) { return .nearPoor }
        return .none
    }

    func cardGroup(_ person: RosterPerson, age: Int, poverty: PovertyStatus) -> CardGroup {
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

    func uninsuredChance(_ group: CardGroup, _ conditions: YearConditions) -> Double {
        if profile.campaignDraw < conditions.campaignThreshold { return 0 }
        return min(0.95, profile.uninsuredRate * conditions.uninsuredScale * group.uninsuredFactor)
    }

    struct Card {
        var group: CardGroup
        var from: CalendarDate
        var to: CalendarDate
    }

    func insuranceCards(
        _ person: RosterPerson, poverty: PovertyStatus, conditions: YearConditions,
        previous: YearConditions, yearStart: CalendarDate, reference: CalendarDate,
        _ random: inout GeneratorRandom
    ) -> [Card] {
        let age = year - person.birth.components.year  // completed years on December 31
        let group = cardGroup(person, age: age, poverty: poverty)
        let insured = person.insuranceDraw >= uninsuredChance(group, conditions)

        // Children hold one TE card from soon after birth to the day before they turn six.
        let sixthBirthday = anniversary(person.birth, years: 6)
        if sixthBirthday >= yearStart {
            let childCard = Card(
                group: .te, from: person.birth.adding(days: person.childCardDelay),
                to: sixthBirthday.adding(days: -1))
            if sixthBirthday <= reference {
                // Turned six this year: the TE card ran out; insured children got their next card.
                return insured ? [childCard, Card(group: group, from: sixthBirthday, to: reference)] : [childCard]
            }
            if insured {
                return [Card(group: .te, from: min(childCard.from, reference), to: childCard.to)]
            }
            if childCard.from > reference { return [childCard] }  // registered in January
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
            return [
                Card(group: group, from: date(year - 1, month, 1), to: renewal.adding(days: -1)),
                Card(group: group, from: renewal, to: date(year + 1, month, 1).adding(days: -1)),
            ]
        }

        let lastYear = Card(group: group, from: date(year - 1, 1, 1), to: date(year - 1, 12, 31))
        let draw = random.uniform()
        if draw < 0.4 { return [] }
        if draw < 0.75 {  // lapsed this year
            if month > 1 {
                return [Card(group: group, from: date(year - 1, month, 1), to: date(year, month, 1).adding(days: -1))]
            }
            if random.chance(0.15) { return [Card(group: group, from: yearStart, to: reference.adding(days: -1))] }
            return [Card(group: group, from: yearStart, to: date(year, random.int(in: 3...12), 1).adding(days: -1))]
        }
        if draw < 0.9 {  // enrolled for next year
            let next = Card(group: group, from: date(year + 1, 1, 1), to: date(year + 1, 12, 31))
            return random.chance(0.5) ? [lastYear, next] : [next]
        }
        return [lastYear]
    }
}

func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
}

/// The same day `years` later; 29 February becomes 1 March in a common year.
func anniversary(_ day: CalendarDate, years: Int) -> CalendarDate {
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

/// How a generated province numbers its people's cards (`CardNumberPlan`).
struct CardNumbering: Sendable {
    /// The province that issued the cards and the people's province of origin.
    let home: Int
    /// `home` as two digits, written after the group code of a 15-character number.
    let issuingProvince: [UInt8]
    /// Where each legacy commune's people start in the 8 digits, by commune code; nil: the
    /// commune code times 250,000 (mod 10^8), unique only among communes whose codes differ
    /// modulo 400, as Tuyên Quang's and Hà Giang's do.
    let offsets: [Int: Int]?
    /// Whether some people carry another province of origin than `home`.
    let movers: Bool

    /// Every generated province's cards as Tuyên Quang (08) issues them (the default).
    static let tuyenQuang = CardNumbering(
        home: Int(ProvinceGeography.provinceCode)!,
        issuingProvince: utf8Bytes(ProvinceGeography.provinceCode), offsets: nil, movers: true)

    /// `generate --national-numbers`: the province's own code, and each of its legacy communes
    /// (`all`, in the register's order) a range of 10^8 / `all.count` numbers of its own, so that
    /// provinces generated apart and read together share no one by chance, as long as no commune
    /// has that many people (Hà Nội's 526 communes: 190,114 each). Everyone is from the province
    /// (a mover's number could be a home number of the province of origin).
    static func national(province: ProvinceCode, all: [ProvinceGeography.Place]) -> CardNumbering {
        let range = 100_000_000 / max(1, all.count)
        return CardNumbering(
            home: Int(province.description)!, issuingProvince: utf8Bytes(province.description),
            offsets: Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.index, $0 * range) }),
            movers: false)
    }

    /// Where the people of the commune `place` start.
    func offset(of place: Int, stride: Int) -> Int { offsets?[place] ?? place * stride }
}

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
    init(place: Int, twin: Int?, person: Int, year: Int, numbering: CardNumbering = .tuyenQuang) {
        let mix = Self.hash(UInt64(place) << 32 | UInt64(person))
        var owner = place
        if let twin, mix % 8_000 == 0 { owner = twin }  // registered in two communes
        let key = (numbering.offset(of: owner, stride: Self.stride) + person) % Self.modulus
        let ownerMix = Self.hash(UInt64(owner) << 32 | UInt64(person) ^ 0x5EED)
        origin =
            numbering.movers && ownerMix % 20 == 0
            ? Self.otherOrigins[Int(ownerMix >> 8) % Self.otherOrigins.count]
            : numbering.home
        digits = Int((UInt64(key) * UInt64(Self.multiplier) + 12_345_679) % UInt64(Self.modulus))
        let tenShare: UInt64 = year >= 2025 ? 150 : 20  // per thousand
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
