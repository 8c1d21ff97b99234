import CommuneHealth

/// One person who lives, has lived or will live in a commune. Everything here is drawn once per
/// seed and commune, so the same person (same id, birth date, card number) appears in every year's
/// export while they live there, and children keep their growth track from year to year.
struct RosterPerson {
    var number: Int
    var sex: Sex
    var birth: CalendarDate
    /// Moved in on this day (nil: always lived there).
    var arrival: CalendarDate?
    /// Died or moved away on this day (nil: still there).
    var departure: CalendarDate?
    var ethnicity: Int
    /// The household's poverty draw: poor when below the year's poor rate.
    var deprivation: Double
    /// Uninsured in a year when below the year's uninsured rate for the person's card group.
    var insuranceDraw: Double
    /// Decides pension, civil-service or enterprise cards, and student cards at 18-21.
    var occupationDraw: Double
    var dtDraw: Double
    /// The child's own height-for-age z, before the commune mean.
    var growthZ: Double
    var monitoringDraw: Double
    /// The 10-digit social-insurance number: a province code and 8 digits.
    var insuranceOrigin: Int
    var insuranceDigits: Int
    /// Days between birth and the first (TE) card.
    var childCardDelay: Int
    /// Month in which the person's yearly cards start (1 for most).
    var cardMonth: Int

    func isResident(on day: CalendarDate) -> Bool {
        birth <= day && (arrival.map { $0 <= day } ?? true) && (departure.map { $0 > day } ?? true)
    }
}

/// The endless, seeded stream of a commune's people, in household order. A year's export holds
/// the first `residents` people of the stream who live in the commune on its reference date.
struct CommuneRoster {
    private var random: GeneratorRandom
    private let profile: CommuneProfile
    private let ageCumulative: [Double]
    private let center: CalendarDate
    private let windowStart: CalendarDate
    private let windowDays: Int
    private var count = 0
    private var householdLeft = 0
    private var householdEthnicity = 0
    private var householdDeprivation = 0.0
    private var householdInsurance = 0.0

    /// Age bands (start, width in years) of the draw, from births still to come to 100 years.
    private static let bands: [(start: Double, width: Double)] =
        [(-8, 8)] + (0..<20).map { (Double($0 * 5), 5) }
    /// Share of each 5-year band, 0-4 to 95-99, after Vietnam's 2019 census for the northern
    /// midlands and mountains.
    private static let pyramid: [Double] = [
        8.6, 8.9, 7.9, 6.9, 7.0, 7.8, 8.4, 7.9, 7.1, 6.4,
        5.8, 5.0, 4.2, 3.1, 2.0, 1.3, 0.9, 0.5, 0.2, 0.07,
    ]
    private static let householdSizes = cumulativeSums([8, 15, 20, 26, 16, 9, 6])
    private static let otherOrigins = [1, 2, 6, 10, 15, 19, 25, 26]

    /// Rosters of years around 2023 are one and the same stream; a far year gets its own.
    static func centerYear(for year: Int) -> Int { (2015...2031).contains(year) ? 2023 : year }

    init(profile: CommuneProfile, seed: UInt64, year: Int) {
        let centerYear = Self.centerYear(for: year)
        random = GeneratorRandom(seed, 0x9E09_1E, UInt64(profile.place.index), UInt64(centerYear))
        self.profile = profile
        let f = profile.fertility
        var weights = Self.pyramid
        weights[0] *= f
        weights[1] *= 1 + 0.8 * (f - 1)
        weights[2] *= 1 + 0.6 * (f - 1)
        ageCumulative = cumulativeSums([8 * Self.pyramid[0] / 5 * 0.97 * f] + weights)
        center = CalendarDate(year: centerYear, month: 12, day: 31)!
        windowStart = CalendarDate(year: centerYear - 4, month: 1, day: 1)!
        windowDays = CalendarDate(year: centerYear + 9, month: 1, day: 1)! - windowStart
    }

    mutating func next() -> RosterPerson {
        if householdLeft == 0 {
            householdLeft = 1 + random.pick(cumulative: Self.householdSizes)
            householdEthnicity = random.pick(cumulative: profile.ethnicCumulative)
            householdDeprivation = random.uniform()
            householdInsurance = random.uniform()
        }
        householdLeft -= 1
        let band = Self.bands[random.pick(cumulative: ageCumulative)]
        let age = band.start + band.width * random.uniform()
        let birth = center.adding(days: -Int((age * 365.2425).rounded(.down)))
        let maleShare = age < 20 ? 0.53 : age < 60 ? 0.5 : age < 80 ? 0.45 : 0.38
        let sex: Sex = random.chance(maleShare) ? .male : .female
        let ethnicity = random.chance(0.06) ? random.pick(cumulative: profile.ethnicCumulative) : householdEthnicity
        let arrival = random.chance(0.07) ? windowStart.adding(days: random.below(windowDays)) : nil
        let leaveChance = 0.08 + (age >= 70 ? 0.25 : 0) + (age >= 85 ? 0.3 : 0)
        let departure = random.chance(leaveChance) ? windowStart.adding(days: random.below(windowDays)) : nil
        let ownInsurance = random.uniform()
        let person = RosterPerson(
            number: count, sex: sex, birth: birth, arrival: arrival, departure: departure, ethnicity: ethnicity,
            deprivation: householdDeprivation,
            insuranceDraw: random.chance(0.7) ? householdInsurance : ownInsurance,
            occupationDraw: random.uniform(), dtDraw: random.uniform(), growthZ: random.normal(),
            monitoringDraw: random.uniform(),
            insuranceOrigin: random.chance(0.95) ? 8 : Self.otherOrigins[random.below(Self.otherOrigins.count)],
            insuranceDigits: random.below(100_000_000),
            childCardDelay: random.chance(0.85) ? random.below(31) : random.int(in: 31...120),
            cardMonth: random.chance(0.75) ? 1 : random.int(in: 2...12))
        count += 1
        return person
    }
}
