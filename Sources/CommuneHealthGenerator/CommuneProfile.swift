import CommuneHealth

/// What a commune is like, drawn from the seed and the commune alone (never from the year), so
/// that every year of one seed shows the same communes with the same character.
struct CommuneProfile {
    var place: ProvinceGeography.Place
    var district: ProvinceGeography.District
    /// Residents written for the commune (the same every year).
    var residents: Int
    var ethnicCumulative: [Double]
    /// Shares of poor and near-poor households in 2021, before the household's ethnic factor.
    var poorRate: Double
    var nearPoorRate: Double
    /// Chance in 2021 that a resident of an average card group holds no valid card on Dec 31.
    var uninsuredRate: Double
    /// Below the year's threshold the commune has run a full-coverage campaign: everyone insured.
    var campaignDraw: Double
    /// Mean height-for-age z of the commune's children in 2021.
    var stuntingMean: Double
    /// Births relative to the province's age pyramid.
    var fertility: Double
    /// An "especially difficult" commune: its ethnic-minority residents get state-paid DT cards.
    var difficult: Bool
    /// Share of the commune's under-fives that are ever brought to growth monitoring.
    var monitoringCoverage: Double
    /// Habits of the station's software.
    var writesPovertyNone: Bool
    var writesOedema: Bool
    var weighsChildren: Double
    /// Mean weight-for-length/height z of the commune's children: lower in poor mountain
    /// communes (more wasting), higher in towns (more overweight).
    var weightForHeightMean: Double
    /// The station measures poorly (`choosePoorMeasuring`): see `CommuneExportWriter`.
    var poorMeasuring = false
    /// Its children grow worse each year (`GeneratorOptions.fallingBehindCommunes`).
    var fallingBehind = false

    static func profiles(for places: [ProvinceGeography.Place], residents: Int, seed: UInt64) -> [CommuneProfile] {
        var sizeWeights: [Double] = []
        var profiles: [CommuneProfile] = []
        for place in places {
            var random = GeneratorRandom(seed, 0xC0_33E5, UInt64(place.index))
            let district = place.district
            let terrain = district.terrain
            let u = random.uniform()
            sizeWeights.append((place.isUrban ? 1.7 : 1.0) * (0.45 + 1.3 * u * u) * (terrain == .mountain ? 0.85 : 1))

            var mix = district.ethnicMix.map { $0 * (0.4 + 1.2 * random.uniform()) }
            if place.isUrban { mix[ProvinceGeography.kinh] *= 2.5 }

            let (poorRange, nearRange, uninsuredRange, meanZ): (ClosedRange<Double>, ClosedRange<Double>, ClosedRange<Double>, Double)
            switch terrain {
            case .city: (poorRange, nearRange, uninsuredRange, meanZ) = (0.008...0.03, 0.01...0.03, 0.012...0.045, -1.05)
            case .midland: (poorRange, nearRange, uninsuredRange, meanZ) = (0.04...0.12, 0.04...0.10, 0.03...0.08, -1.25)
            case .mountain: (poorRange, nearRange, uninsuredRange, meanZ) = (0.12...0.32, 0.06...0.14, 0.02...0.06, -1.42)
            case .highMountain: (poorRange, nearRange, uninsuredRange, meanZ) = (0.30...0.55, 0.08...0.16, 0.02...0.07, -1.6)
            }
            let urbanFactor = place.isUrban ? 0.4 : 1
            let poorRate = draw(poorRange, &random) * urbanFactor
            let nearPoorRate = draw(nearRange, &random) * urbanFactor
            let uninsuredRate = draw(uninsuredRange, &random) * (place.isUrban ? 0.7 : 1)
            let campaignDraw = random.uniform()
            let stuntingMean = min(
                -0.9,
                max(
                    terrain == .highMountain ? -2.0 : -1.55,
                    meanZ + 0.16 * random.normal() - 0.8 * (poorRate - 0.1)
                        + (place.isUrban ? 0.15 : 0)))
            let fertility = (terrain == .city ? 0.85 : terrain == .mountain ? 1.2 : terrain == .highMountain ? 1.4 : 1.0) * (0.9 + 0.2 * random.uniform())
            let difficult = !place.isUrban && (terrain == .mountain || terrain == .highMountain || (terrain == .midland && random.uniform() < 0.3))
            profiles.append(
                CommuneProfile(
                    place: place, district: district, residents: 0, ethnicCumulative: cumulativeSums(mix),
                    poorRate: poorRate, nearPoorRate: nearPoorRate, uninsuredRate: uninsuredRate,
                    campaignDraw: campaignDraw, stuntingMean: stuntingMean, fertility: fertility, difficult: difficult,
                    monitoringCoverage: 0.9 + 0.09 * random.uniform(),
                    writesPovertyNone: random.uniform() < 0.4, writesOedema: random.uniform() < 0.3,
                    weighsChildren: random.uniform() < 0.8 ? 1 : 0.9,
                    // Drawn last, so that every earlier draw of the commune is what it was before weights.
                    weightForHeightMean: weightForHeightMean(
                        terrain: terrain, isUrban: place.isUrban,
                        poorRate: poorRate, &random)))
        }
        let sizes = ProvinceGeography.apportion(residents, weights: sizeWeights, minimum: 1)
        for index in profiles.indices { profiles[index].residents = sizes[index] }
        return profiles
    }

    /// Marks `count` communes (nil: about one in 25, at least one among two or more) as measuring
    /// poorly, chosen by the seed from a stream of their own, so that every other draw is unchanged.
    static func choosePoorMeasuring(_ profiles: inout [CommuneProfile], count: Int?, seed: UInt64) {
        let wanted = count ?? (profiles.count >= 2 ? max(1, (profiles.count + 12) / 25) : 0)
        var random = GeneratorRandom(seed, 0x900D_3EA5)
        var indices = Array(profiles.indices)
        for position in 0..<min(max(wanted, 0), indices.count) {
            let pick = position + random.below(indices.count - position)
            indices.swapAt(position, pick)
            profiles[indices[position]].poorMeasuring = true
        }
    }

    /// The commune's mean WHZ: about -0.15 across the province, with communes about 0.2 apart,
    /// so that wasting (WHZ < -2) and overweight (WHZ > 2) are a few percent each overall.
    private static func weightForHeightMean(
        terrain: ProvinceGeography.Terrain, isUrban: Bool, poorRate: Double,
        _ random: inout GeneratorRandom
    ) -> Double {
        let base: Double
        switch terrain {
        case .city: base = 0.05
        case .midland: base = -0.12
        case .mountain: base = -0.25
        case .highMountain: base = -0.35
        }
        return min(0.5, max(-0.8, base + 0.2 * random.normal() - 0.6 * (poorRate - 0.1) + (isUrban ? 0.1 : 0)))
    }

    private static func draw(_ range: ClosedRange<Double>, _ random: inout GeneratorRandom) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * random.uniform()
    }
}

/// How a year differs from 2021 across the province: fewer poor households, fewer residents
/// without a card, taller children. Only exact arithmetic, so every platform agrees.
struct YearConditions {
    var poorScale: Double
    var uninsuredScale: Double
    var stuntingShift: Double
    var campaignThreshold: Double

    init(year: Int) {
        let t = min(max(year - 2021, -6), 10)
        poorScale = min(1.5, max(0.35, 1 - 0.09 * Double(t)))
        var scale = 1.0
        for _ in 0..<abs(t) { scale *= t > 0 ? 0.8 : 1.25 }
        uninsuredScale = scale
        stuntingShift = 0.06 * Double(t)
        campaignThreshold = 0.02 + 0.025 * Double(t)
    }
}
