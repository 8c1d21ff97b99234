import CommuneHealth

/// How a station that measures poorly (`CommuneProfile.poorMeasuring`) writes its children, so that
/// the data-quality statistics (docs/spec/data-quality-v1.md) find it: heights read to the whole or half
/// centimetre, birth dates of children written as the 1st of their month, girls brought to growth
/// monitoring less often, and careless measuring that widens the spread of HAZ. Every draw comes
/// from streams of its own, so that the stations that measure well write what they always wrote.
enum PoorMeasuring {
    /// Children under six whose birth date is written as the 1st of its month.
    static let birthOnTheFirstShare = 0.4
    /// Girls never brought to growth monitoring (boys always are, as elsewhere).
    static let girlsLeftOutShare = 0.35
    /// The standard deviation, in z, of the error of one measurement.
    static let errorSD = 2.0
    /// Heights read to the whole centimetre; the others to the half.
    static let wholeCentimetreShare = 0.6
    /// |z| of the height written stays below this, so that rounding never makes it implausible.
    static let zLimit = 5.5

    /// The stream of a child's own habits at the station: the same every year.
    static func childRandom(seed: UInt64, commune: Int, person: Int) -> GeneratorRandom {
        GeneratorRandom(seed, 0x900D_B127, UInt64(commune), UInt64(person))
    }

    /// The stream of a child's measurements in one year.
    static func measurementRandom(seed: UInt64, commune: Int, person: Int, year: Int) -> GeneratorRandom {
        GeneratorRandom(seed, 0x900D_E770, UInt64(commune), UInt64(person), UInt64(bitPattern: Int64(year)))
    }

    /// The person as the station records them: a child under six (on `reference`) may have the
    /// birth date moved to the 1st of its month.
    static func recorded(_ person: RosterPerson, seed: UInt64, commune: Int, reference: CalendarDate) -> RosterPerson {
        guard reference.components.year - person.birth.components.year <= 6 else { return person }
        var random = childRandom(seed: seed, commune: commune, person: person.number)
        guard random.chance(birthOnTheFirstShare) else { return person }
        var copy = person
        let (year, month, _) = person.birth.components
        copy.birth = CalendarDate(year: year, month: month, day: 1)!
        return copy
    }

    /// Whether the station never measures this child (some girls).
    static func isLeftOut(_ person: RosterPerson, seed: UInt64, commune: Int) -> Bool {
        guard person.sex == .female else { return false }
        var random = childRandom(seed: seed, commune: commune, person: person.number)
        _ = random.uniform()  // the birth-date draw
        return random.chance(girlsLeftOutShare)
    }

    /// The z of the height written: the child's own, with a careless measurer's error.
    static func measuredZ(_ z: Double, _ random: inout GeneratorRandom) -> Double {
        min(zLimit, max(-zLimit, z + errorSD * random.normal()))
    }

    /// A height in cm read to the whole or the half centimetre, in tenths.
    static func readTenths(_ heightCm: Double, _ random: inout GeneratorRandom) -> Int {
        random.chance(wholeCentimetreShare) ? Int(heightCm.rounded()) * 10 : Int((heightCm * 2).rounded()) * 5
    }
}
