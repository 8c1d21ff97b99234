/// WHO's standard analysis of child growth (WHO/UNICEF 2019), as WHO's R package `anthro`
/// computes it in `anthro_prevalence` for a survey without clusters, strata or weights:
/// what one unit and period needs, counted child by child and summed across files and units
/// (docs/who-prevalence.md).
///
/// The figures of a unit are those of `anthro_prevalence` called with one row per child the unit
/// counts (the measurement `zscores` marks `used`): WHO drops the children older than 1,826 days,
/// and counts the others in `rows` (the survey's N, which the standard errors and the t quantile
/// use whatever the group).
package struct WHOPrevalenceTally: Sendable, Equatable {
    /// Children of 1,826 days or younger: N of the standard errors, N − 1 degrees of freedom.
    package var rows = 0
    package var all = WHOGroupTally()
    /// WHO's six age groups: 00-05, 06-11, 12-23, 24-35, 36-47, 48-59 months.
    package var byAge = [WHOGroupTally](repeating: WHOGroupTally(), count: WHOAgeGroup.allCases.count)
    /// Female, Male (WHO's order).
    package var bySex = [WHOGroupTally](repeating: WHOGroupTally(), count: 2)
    /// Age group within sex: the six age groups of girls, then those of boys (WHO's order).
    package var byAgeAndSex = [WHOGroupTally](repeating: WHOGroupTally(), count: 2 * WHOAgeGroup.allCases.count)
    /// Urban (phường, thị trấn), rural (xã).
    package var byArea = [WHOGroupTally](repeating: WHOGroupTally(), count: WHOArea.allCases.count)
    /// In the order of `PovertyStatus.allCases`.
    package var byPoverty = [WHOGroupTally](repeating: WHOGroupTally(), count: PovertyStatus.allCases.count)
    /// By the child's ethnic group as its resident record gives it.
    package var byEthnicity: [String: WHOGroupTally] = [:]
    /// The distribution charts: per sex (girls, boys), indicator (HA, WA, BMI, WH) and bin of
    /// 0.1 SD from −6 to +6 (`WHOHistogram`), the children with an unflagged z-score.
    package var bins = [Int](repeating: 0, count: 2 * WHOPrevalence.Index.allCases.count * WHOHistogram.binCount)

    package init() {}

    /// The tally of a file's measurements used, `groups` the groups of each one's child.
    init(_ measurements: [Measurement], groups: [WHOChildGroups], area: WHOArea?, anthropometry: Anthropometry) {
        for (measurement, childGroups) in zip(measurements, groups) {
            add(anthropometry.assess(measurement), sex: measurement.sex, area: area, groups: childGroups)
        }
    }

    /// Counts one child: its measurement used, judged, with what the groups need.
    package mutating func add(_ child: ChildAssessment, sex: Sex, area: WHOArea?, groups: WHOChildGroups) {
        let ageDays = child.height.ageDays
        guard ageDays >= 0, ageDays <= WHOPrevalenceTally.lastDay else { return }
        rows += 1
        let values = WHOChildValues(child)
        all.add(values)
        let age = WHOAgeGroup(ageDays: ageDays)
        let sexIndex = sex == .female ? 0 : 1
        byAge[age.rawValue].add(values)
        bySex[sexIndex].add(values)
        byAgeAndSex[sexIndex * WHOAgeGroup.allCases.count + age.rawValue].add(values)
        if let area { byArea[area.rawValue].add(values) }
        if let poverty = groups.poverty { byPoverty[poverty.index].add(values) }
        if let ethnicity = groups.ethnicity { byEthnicity[ethnicity, default: WHOGroupTally()].add(values) }
        let base = sexIndex * WHOPrevalence.Index.allCases.count * WHOHistogram.binCount
        for (index, value) in [values.haz, values.waz, values.baz, values.whz].enumerated() {
            if case .z(let z) = value { bins[base + index * WHOHistogram.binCount + WHOHistogram.bin(z)] += 1 }
        }
    }

    /// The histogram of one indicator among girls or boys: counts per bin.
    package func histogram(_ index: WHOPrevalence.Index, sex: Sex) -> ArraySlice<Int> {
        let start = ((sex == .female ? 0 : 1) * WHOPrevalence.Index.allCases.count + index.rawValue) * WHOHistogram.binCount
        return bins[start..<start + WHOHistogram.binCount]
    }

    /// WHO's age limit: children of more days are left out (`anthro_prevalence`).
    package static let lastDay = 1826

    package static func + (lhs: WHOPrevalenceTally, rhs: WHOPrevalenceTally) -> WHOPrevalenceTally {
        var sum = lhs
        sum.rows += rhs.rows
        sum.all = lhs.all + rhs.all
        for i in sum.byAge.indices { sum.byAge[i] = lhs.byAge[i] + rhs.byAge[i] }
        for i in sum.bySex.indices { sum.bySex[i] = lhs.bySex[i] + rhs.bySex[i] }
        for i in sum.byAgeAndSex.indices { sum.byAgeAndSex[i] = lhs.byAgeAndSex[i] + rhs.byAgeAndSex[i] }
        for i in sum.byArea.indices { sum.byArea[i] = lhs.byArea[i] + rhs.byArea[i] }
        for i in sum.byPoverty.indices { sum.byPoverty[i] = lhs.byPoverty[i] + rhs.byPoverty[i] }
        sum.byEthnicity.merge(rhs.byEthnicity, uniquingKeysWith: +)
        for i in sum.bins.indices { sum.bins[i] = lhs.bins[i] + rhs.bins[i] }
        return sum
    }
}

/// The bins of the distribution charts: 0.1 SD wide from −6 to +6, [k/10, (k+1)/10), +6 in the last.
package enum WHOHistogram {
    package static let binCount = 120
    package static let width = 0.1
    package static let low = -6.0

    /// The bin of z × 100 (an unflagged z is within ±6).
    @inline(__always)
    static func bin(_ z100: Int) -> Int {
        let shifted = z100 + 600
        let bin = shifted >= 0 ? shifted / 10 : -1
        return min(max(bin, 0), binCount - 1)
    }
}

/// What a child's groups beyond age and sex are, from its resident record (nil: no resident of
/// the file has the child's id, or the record does not say).
package struct WHOChildGroups: Sendable, Equatable {
    package var poverty: PovertyStatus?
    package var ethnicity: String?

    package init(poverty: PovertyStatus? = nil, ethnicity: String? = nil) {
        self.poverty = poverty
        self.ethnicity = ethnicity
    }
}

/// WHO's age groups, in completed months (age in days / 30.4375, as `anthro`).
package enum WHOAgeGroup: Int, Sendable, CaseIterable {
    case months0to5, months6to11, months12to23, months24to35, months36to47, months48to59

    init(ageDays: Int) {
        let months = Double(ageDays) / HeightForAge.daysPerMonth
        switch months {
        case ..<6: self = .months0to5
        case ..<12: self = .months6to11
        case ..<24: self = .months12to23
        case ..<36: self = .months24to35
        case ..<48: self = .months36to47
        default: self = .months48to59
        }
    }

    /// WHO's name of the group (`anthro_age_groups`).
    package var whoName: String {
        ["00-05 mo", "06-11 mo", "12-23 mo", "24-35 mo", "36-47 mo", "48-59 mo"][rawValue]
    }
}

/// WHO's type of residence, from the kind of the commune: a phường or thị trấn is urban, a xã rural.
package enum WHOArea: Int, Sendable, CaseIterable {
    case urban, rural

    /// The kind of the commune by the first word(s) of its name; nil for any other (đặc khu).
    package init?(communeName: String) {
        if communeName.hasPrefix("Phường ") || communeName.hasPrefix("Thị trấn ") {
            self = .urban
        } else if communeName.hasPrefix("Xã ") {
            self = .rural
        } else {
            return nil
        }
    }

    package var whoName: String { self == .urban ? "Urban" : "Rural" }
}

/// One child's contribution to each of WHO's four indicators: its z-score × 100 (z rounded to two
/// decimals, so an integer), oedema, or nothing (no z-score, or a flagged one).
struct WHOChildValues {
    enum Value {
        case none
        case z(Int)
        /// Counted below −3 (WHO's −3.1), left out of the mean: WAZ, BAZ, WHZ only.
        case oedema
    }
    var haz: Value, waz: Value, baz: Value, whz: Value

    init(_ child: ChildAssessment) {
        func value(_ index: ZScoreIndex) -> Value {
            guard let z = child.z(index), !index.isFlagged(z) else { return .none }
            return .z(Int((z * 100).rounded()))
        }
        haz = value(.haz)
        if child.oedema {
            waz = .oedema
            baz = .oedema
            whz = .oedema
        } else {
            waz = value(.waz)
            baz = value(.baz)
            whz = value(.whz)
        }
    }
}

/// One of WHO's four indicators in one group: the children with a value and those beyond each
/// cut-off, and the exact sums (of z × 100) that the mean and SD need.
package struct WHOZScoreTally: Sendable, Equatable {
    /// Children with a value: an unflagged z-score, or oedema (`_pop`, `_unwpop`).
    package var count = 0
    /// Below −3, −2, −1 and above +1, +2, +3 (oedema below all three).
    package var below3 = 0, below2 = 0, below1 = 0, above1 = 0, above2 = 0, above3 = 0
    /// Children with an unflagged z-score (not oedema): the mean's.
    package var zCount = 0
    /// Σ z×100 and Σ (z×100)², exact.
    package var zSum = 0
    package var zSquares = 0

    package init() {}

    @inline(__always)
    mutating func add(_ value: WHOChildValues.Value) {
        switch value {
        case .none:
            return
        case .oedema:
            count += 1
            below3 += 1
            below2 += 1
            below1 += 1
        case .z(let z):
            count += 1
            if z < -300 { below3 += 1 }
            if z < -200 { below2 += 1 }
            if z < -100 { below1 += 1 }
            if z > 100 { above1 += 1 }
            if z > 200 { above2 += 1 }
            if z > 300 { above3 += 1 }
            zCount += 1
            zSum += z
            zSquares += z * z
        }
    }

    package static func + (lhs: WHOZScoreTally, rhs: WHOZScoreTally) -> WHOZScoreTally {
        var sum = WHOZScoreTally()
        sum.count = lhs.count + rhs.count
        sum.below3 = lhs.below3 + rhs.below3
        sum.below2 = lhs.below2 + rhs.below2
        sum.below1 = lhs.below1 + rhs.below1
        sum.above1 = lhs.above1 + rhs.above1
        sum.above2 = lhs.above2 + rhs.above2
        sum.above3 = lhs.above3 + rhs.above3
        sum.zCount = lhs.zCount + rhs.zCount
        sum.zSum = lhs.zSum + rhs.zSum
        sum.zSquares = lhs.zSquares + rhs.zSquares
        return sum
    }
}

/// WHO's indicators in one group, and the two combined ones.
package struct WHOGroupTally: Sendable, Equatable {
    package var haz = WHOZScoreTally(), waz = WHOZScoreTally(), baz = WHOZScoreTally(), whz = WHOZScoreTally()
    /// Children with both an unflagged HAZ and a WHZ (or oedema): `HA_2_WH_2_pop`.
    package var combined = 0
    /// Among them: HAZ < −2 and WHZ < −2 (stunted and wasted); HAZ < −2 and WHZ > +2.
    package var stuntedWasted = 0
    package var stuntedOverweight = 0

    package init() {}

    @inline(__always)
    mutating func add(_ values: WHOChildValues) {
        haz.add(values.haz)
        waz.add(values.waz)
        baz.add(values.baz)
        whz.add(values.whz)
        guard case .z(let h) = values.haz else { return }
        switch values.whz {
        case .none: return
        case .oedema:
            combined += 1
            if h < -200 { stuntedWasted += 1 }
        case .z(let w):
            combined += 1
            if h < -200 && w < -200 { stuntedWasted += 1 }
            if h < -200 && w > 200 { stuntedOverweight += 1 }
        }
    }

    package static func + (lhs: WHOGroupTally, rhs: WHOGroupTally) -> WHOGroupTally {
        var sum = WHOGroupTally()
        sum.haz = lhs.haz + rhs.haz
        sum.waz = lhs.waz + rhs.waz
        sum.baz = lhs.baz + rhs.baz
        sum.whz = lhs.whz + rhs.whz
        sum.combined = lhs.combined + rhs.combined
        sum.stuntedWasted = lhs.stuntedWasted + rhs.stuntedWasted
        sum.stuntedOverweight = lhs.stuntedOverweight + rhs.stuntedOverweight
        return sum
    }
}

// MARK: - The estimates

/// WHO's estimates of one group: `anthro_prevalence`'s columns in its order, nil where it gives NA.
package struct WHOPrevalenceRow: Sendable {
    /// What the group is: WHO's label (`All`, `Age group: 00-05 mo`, …) is `WHOGroup.whoLabel`.
    package var group: WHOGroup
    package var tally: WHOGroupTally
    /// WHO's values, in the order of `WHOPrevalence.columns`.
    package var values: [Double?]
}

/// A row of WHO's table: which children it holds.
package enum WHOGroup: Sendable, Equatable {
    case all
    case age(WHOAgeGroup)
    case sex(Sex)
    case ageAndSex(WHOAgeGroup, Sex)
    case area(WHOArea)
    case poverty(PovertyStatus)
    case ethnicity(String)

    /// WHO's own label, as `anthro_prevalence` writes it in `Group` (its optional groups are named
    /// `Label: value` the same way).
    package var whoLabel: String {
        switch self {
        case .all: return "All"
        case .age(let age): return "Age group: " + age.whoName
        case .sex(let sex): return "Sex: " + Self.whoName(sex)
        case .ageAndSex(let age, let sex): return "Age + sex: " + age.whoName + "." + Self.whoName(sex)
        case .area(let area): return "Area: " + area.whoName
        case .poverty(let poverty): return "Poverty status: " + Self.whoName(poverty)
        case .ethnicity(let name): return "Ethnicity: " + name
        }
    }

    static func whoName(_ sex: Sex) -> String { sex == .female ? "Female" : "Male" }
    static func whoName(_ poverty: PovertyStatus) -> String {
        switch poverty {
        case .poor: return "Poor"
        case .nearPoor: return "Near-poor"
        case .none: return "Not poor"
        }
    }
}

package enum WHOPrevalence {
    /// WHO's four indicators: the prefix of their columns and of their sample-size columns.
    package enum Index: Int, Sendable, CaseIterable {
        case ha, wa, bmi, wh

        package var prefix: String { ["HA", "WA", "BMI", "WH"][rawValue] }

        func tally(_ group: WHOGroupTally) -> WHOZScoreTally {
            switch self {
            case .ha: return group.haz
            case .wa: return group.waz
            case .bmi: return group.baz
            case .wh: return group.whz
            }
        }
    }

    /// WHO's cut-offs in its order, with the suffix of their columns.
    static let cutoffSuffixes = ["_3", "_2", "_1", "1", "2", "3"]

    /// `anthro_prevalence`'s columns after `Group`, in its order.
    package static let columns: [String] = {
        var columns: [String] = []
        for index in Index.allCases {
            columns += [index.prefix + "Z_pop", index.prefix + "Z_unwpop"]
            for suffix in cutoffSuffixes {
                columns += ["_r", "_se", "_ll", "_ul"].map { index.prefix + suffix + $0 }
            }
            columns += ["_r", "_se", "_ll", "_ul", "_stdev"].map { index.prefix + $0 }
        }
        columns += [
            "HA_2_WH_2_pop", "HA_2_WH_2_unwpop", "HA_2_WH_2_r", "HA_2_WH_2_se", "HA_2_WH_2_ll", "HA_2_WH_2_ul",
            "HA_2_WH2_r", "HA_2_WH2_se", "HA_2_WH2_ll", "HA_2_WH2_ul",
        ]
        return columns
    }()

    /// The position of a column in `columns`.
    package static func column(_ name: String) -> Int { columns.firstIndex(of: name)! }

    /// Every row of a unit's table, WHO's groups in WHO's order then the tool's: area, poverty
    /// status, ethnic groups by name.
    package static func rows(_ tally: WHOPrevalenceTally, quantiles: inout StudentTQuantiles) -> [WHOPrevalenceRow] {
        let t = quantiles.quantile975(degreesOfFreedom: tally.rows - 1)
        var groups: [(WHOGroup, WHOGroupTally)] = [(.all, tally.all)]
        for age in WHOAgeGroup.allCases { groups.append((.age(age), tally.byAge[age.rawValue])) }
        groups.append((.sex(.female), tally.bySex[0]))
        groups.append((.sex(.male), tally.bySex[1]))
        for (sexIndex, sex) in [Sex.female, .male].enumerated() {
            for age in WHOAgeGroup.allCases {
                groups.append((.ageAndSex(age, sex), tally.byAgeAndSex[sexIndex * WHOAgeGroup.allCases.count + age.rawValue]))
            }
        }
        for area in WHOArea.allCases { groups.append((.area(area), tally.byArea[area.rawValue])) }
        for poverty in PovertyStatus.allCases { groups.append((.poverty(poverty), tally.byPoverty[poverty.index])) }
        for name in tally.byEthnicity.keys.sorted() { groups.append((.ethnicity(name), tally.byEthnicity[name]!)) }
        return groups.map { group, counts in
            WHOPrevalenceRow(group: group, tally: counts, values: values(counts, rows: tally.rows, t: t))
        }
    }

    /// WHO's values of one group in a unit of `rows` children, `t` the 97.5% quantile of Student's
    /// t with rows − 1 degrees of freedom (NaN for none).
    static func values(_ group: WHOGroupTally, rows: Int, t: Double) -> [Double?] {
        let estimate = Estimator(rows: rows, t: t)
        var values: [Double?] = []
        values.reserveCapacity(columns.count)
        for index in Index.allCases {
            let counts = index.tally(group)
            values += [Double(counts.count), Double(counts.count)]
            for hits in [counts.below3, counts.below2, counts.below1, counts.above1, counts.above2, counts.above3] {
                values += estimate.proportion(hits: hits, of: counts.count)
            }
            values += estimate.mean(counts)
        }
        values += [Double(group.combined), Double(group.combined)]
        values += estimate.proportion(hits: group.stuntedWasted, of: group.combined)
        values += estimate.proportion(hits: group.stuntedOverweight, of: group.combined)
        return values
    }

    /// The arithmetic of `anthro`'s estimates for a simple random sample of N = `rows` children
    /// (its own fast path, equal to the `survey` package's): a group is a domain of the sample,
    /// so the standard error scales by N / (N − 1), not by the group's size.
    struct Estimator {
        var rows: Int
        var t: Double

        /// √(N / (N − 1)): infinite for N = 1, and then the standard error is NaN (NA), as in R.
        var scale: Double { (Double(rows) / Double(rows - 1)).squareRoot() }

        /// A percentage with its standard error and its logit interval: r = 0 gives [0, 0], r = 1 [100, 100].
        func proportion(hits: Int, of count: Int) -> [Double?] {
            guard count > 0 else { return [nil, nil, nil, nil] }
            let n = Double(count)
            let r = Double(hits) / n
            // Σ (x − r)² over the 0/1 values.
            let deviations = Double(hits) * (1 - r) * (1 - r) + (n - Double(hits)) * r * r
            let se = scale / n * deviations.squareRoot()
            let low: Double, high: Double
            if hits == count {
                (low, high) = (1, 1)
            } else if hits == 0 {
                (low, high) = (0, 0)
            } else {
                let logit = LibC.log(r / (1 - r))
                let seLogit = (Double(rows) / Double(rows - 1) * (1 / (n * r * (1 - r)))).squareRoot()
                low = logistic(logit - seLogit * t)
                high = logistic(logit + seLogit * t)
            }
            return [r * 100, na(se * 100), na(low * 100), na(high * 100)]
        }

        /// The mean z-score, its standard error, its t interval and the SD (NA for one child).
        func mean(_ counts: WHOZScoreTally) -> [Double?] {
            guard counts.zCount > 0 else { return [nil, nil, nil, nil, nil] }
            let m = Double(counts.zCount)
            let mean = Double(counts.zSum) / (100 * m)
            // m Σz² − (Σz)², exact in integers (of z × 100).
            let spread = Int128(counts.zCount) * Int128(counts.zSquares) - Int128(counts.zSum) * Int128(counts.zSum)
            let deviations = Double(spread) / m / 10_000  // Σ (z − mean)²
            let sd: Double? = counts.zCount > 1 ? (deviations / (m - 1)).squareRoot() : nil
            let se = scale / m * deviations.squareRoot()
            return [mean, na(se), na(mean - t * se), na(mean + t * se), sd]
        }

        private func na(_ value: Double) -> Double? { value.isNaN ? nil : value }
        private func logistic(_ x: Double) -> Double { 1 / (1 + LibC.exp(-x)) }
    }
}

/// The 97.5% quantile of Student's t by its degrees of freedom, remembered: every unit has its own N.
package struct StudentTQuantiles: Sendable {
    private var known: [Int: Double] = [:]

    package init() {}

    /// t with P(|T| < t) = 0.95 for `degreesOfFreedom` ≥ 1; NaN for fewer (R's `qt` gives NaN).
    package mutating func quantile975(degreesOfFreedom df: Int) -> Double {
        guard df >= 1 else { return .nan }
        if let t = known[df] { return t }
        let t = Self.solve(probability: 0.95, degreesOfFreedom: df)
        known[df] = t
        return t
    }

    /// P(|T| < t) for integer ν (Abramowitz and Stegun 26.7.3-4): with θ = atan(t / √ν),
    /// ν odd: (2/π)(θ + sin θ (cos θ + 2/3 cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2)) cos^(ν−2) θ)),
    /// ν even: sin θ (1 + 1/2 cos²θ + … + (1·3…(ν−3))/(2·4…(ν−2)) cos^(ν−2) θ). A sum of positive
    /// terms, exact to a few units in the last place.
    static func centralProbability(_ t: Double, degreesOfFreedom nu: Int) -> Double {
        let v = Double(nu)
        let theta = LibC.atan(t / v.squareRoot())
        let sine = t / (v + t * t).squareRoot()
        let cos2 = v / (v + t * t)
        if nu % 2 == 0 {
            var term = 1.0, sum = 1.0
            var k = 1
            while 2 * k <= nu - 2 {
                term *= Double(2 * k - 1) / Double(2 * k) * cos2
                sum += term
                k += 1
            }
            return sine * sum
        }
        guard nu > 1 else { return 2 * theta / Double.pi }
        var term = cos2.squareRoot(), sum = term
        var k = 1
        while 2 * k + 1 <= nu - 2 {
            term *= Double(2 * k) / Double(2 * k + 1) * cos2
            sum += term
            k += 1
        }
        return 2 / Double.pi * (theta + sine * sum)
    }

    /// The t of `probability` by bisection and the Illinois method on a bracket that holds it.
    static func solve(probability: Double, degreesOfFreedom nu: Int) -> Double {
        var low = 1.0, high = 2.0
        while centralProbability(high, degreesOfFreedom: nu) < probability { low = high; high *= 2 }
        var fLow = centralProbability(low, degreesOfFreedom: nu) - probability
        var fHigh = centralProbability(high, degreesOfFreedom: nu) - probability
        var side = 0
        for _ in 0..<200 {
            let x = (low * fHigh - high * fLow) / (fHigh - fLow)
            guard x > low, x < high else { break }
            let f = centralProbability(x, degreesOfFreedom: nu) - probability
            if f == 0 { return x }
            if f < 0 {
                low = x
                fLow = f
                if side == -1 { fHigh /= 2 }
                side = -1
            } else {
                high = x
                fHigh = f
                if side == 1 { fLow /= 2 }
                side = 1
            }
            if high - low <= 4 * Double.ulpOfOne * high { break }
        }
        return (low * fHigh - high * fLow) / (fHigh - fLow)
    }
}
