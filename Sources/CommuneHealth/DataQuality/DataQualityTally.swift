/// What the data-quality statistics (docs/spec/data-quality-v1.md) need to know about one eligible child's
/// measurement used. One value per child; nothing here is kept after `DataQualityTally.add`.
package struct DataQualityChild: Sendable, Equatable {
    package var sex: Sex
    /// Age in days on the measurement date (docs/spec/health-station-export-v1.md §3), 0...1826 when eligible.
    package var ageDays: Int
    package var birthMonth: Int
    package var birthDay: Int
    /// HAZ rounded to 2 decimals, nil when it cannot be computed.
    package var haz: Double?
    /// |HAZ| > 6 on the rounded value; ignored when `haz` is nil.
    package var hazFlagged: Bool
    /// WHZ rounded to 2 decimals, nil when it cannot be computed (no weight, oedema, out of table).
    package var whz: Double?
    /// |WHZ| > 5 on the rounded value; ignored when `whz` is nil.
    package var whzFlagged: Bool
    /// The tenths digit of @heightCm as written (`86` -> 0, `86.25` -> 2), 0...9.
    package var heightTenthsDigit: Int?
    /// The tenths digit of @weightKg as written, nil when no weight is given.
    package var weightTenthsDigit: Int?

    package init(
        sex: Sex, ageDays: Int, birthMonth: Int, birthDay: Int,
        haz: Double?, hazFlagged: Bool, whz: Double?, whzFlagged: Bool,
        heightTenthsDigit: Int?, weightTenthsDigit: Int?
    ) {
        self.sex = sex
        self.ageDays = ageDays
        self.birthMonth = birthMonth
        self.birthDay = birthDay
        self.haz = haz
        self.hazFlagged = hazFlagged
        self.whz = whz
        self.whzFlagged = whzFlagged
        self.heightTenthsDigit = heightTenthsDigit
        self.weightTenthsDigit = weightTenthsDigit
    }

    /// The tenths digit of a decimal as written, from its UTF-8 bytes: the digit right after the
    /// `.`, 0 when there is no `.` or nothing after it (`86`, `86.`); nil when that byte is not a digit.
    package static func tenthsDigit<Bytes: Collection>(utf8 bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        let next = bytes.index(after: dot)
        guard next != bytes.endIndex else { return 0 }
        let byte = bytes[next]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        return Int(byte - UInt8(ascii: "0"))
    }

    /// The tenths digit of a decimal as written: `"86"` -> 0, `"86.25"` -> 2.
    package static func tenthsDigit(_ text: String) -> Int? { tenthsDigit(utf8: text.utf8) }
}

/// The months of the age ratio, in whole days: a month is 30.4375 = 487/16 days, so
/// `months >= k` is `16 * days >= 487 * k`, decided on integers.
enum AgeRatioGroup {
    case young, old

    /// 6 <= months < 30 is young (183...913 days), 30 <= months < 60 old (914...1826 days).
    init?(ageDays: Int) {
        let sixteenths = 16 * ageDays
        if sixteenths >= 487 * 6 && sixteenths < 487 * 30 {
            self = .young
        } else if sixteenths >= 487 * 30 && sixteenths < 487 * 60 {
            self = .old
        } else {
            return nil
        }
    }
}

/// Exact sums over the z-scores of one indicator: every z is rounded to 2 decimals, so the
/// plausible ones are kept as integers k = 100 z with the sums of k, k², k³ and k⁴. Pooling is
/// addition, and the moments of a pooled unit are exactly those of its pooled values.
package struct ZScoreSums: Sendable, Equatable {
    /// Children with a z (plausible or flagged).
    package internal(set) var n = 0
    package internal(set) var flagged = 0
    package internal(set) var sum1: Int64 = 0
    package internal(set) var sum2: Int64 = 0
    package internal(set) var sum3: Int64 = 0
    package internal(set) var sum4: Int64 = 0

    package init() {}

    /// Children with a plausible z: those the moments are over.
    package var plausible: Int { n - flagged }

    mutating func add(_ z: Double?, flagged isFlagged: Bool) {
        guard let z else { return }
        n += 1
        if isFlagged {
            flagged += 1
            return
        }
        let k = Int64((z * 100).rounded(.toNearestOrAwayFromZero))
        let k2 = k * k
        sum1 += k
        sum2 += k2
        sum3 += k2 * k
        sum4 += k2 * k2
    }

    package static func + (lhs: ZScoreSums, rhs: ZScoreSums) -> ZScoreSums {
        var sum = lhs
        sum.n += rhs.n
        sum.flagged += rhs.flagged
        sum.sum1 += rhs.sum1
        sum.sum2 += rhs.sum2
        sum.sum3 += rhs.sum3
        sum.sum4 += rhs.sum4
        return sum
    }
}

/// How many values end in each tenths digit 0...9, in fixed storage (no array).
package struct DigitCounts: Sendable, Equatable {
    private var counts: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    package init() {}

    /// The number of values whose tenths digit is `digit` (0...9).
    package subscript(digit: Int) -> Int {
        get {
            switch digit {
            case 0: return counts.0
            case 1: return counts.1
            case 2: return counts.2
            case 3: return counts.3
            case 4: return counts.4
            case 5: return counts.5
            case 6: return counts.6
            case 7: return counts.7
            case 8: return counts.8
            case 9: return counts.9
            default: preconditionFailure("a tenths digit is 0...9, not \(digit)")
            }
        }
        set {
            switch digit {
            case 0: counts.0 = newValue
            case 1: counts.1 = newValue
            case 2: counts.2 = newValue
            case 3: counts.3 = newValue
            case 4: counts.4 = newValue
            case 5: counts.5 = newValue
            case 6: counts.6 = newValue
            case 7: counts.7 = newValue
            case 8: counts.8 = newValue
            case 9: counts.9 = newValue
            default: preconditionFailure("a tenths digit is 0...9, not \(digit)")
            }
        }
    }

    /// All values counted.
    package var total: Int { (0...9).reduce(0) { $0 + self[$1] } }

    /// A digit outside 0...9 is not counted.
    mutating func add(_ digit: Int?) {
        guard let digit, (0...9).contains(digit) else { return }
        self[digit] += 1
    }

    package static func == (lhs: DigitCounts, rhs: DigitCounts) -> Bool {
        (0...9).allSatisfy { lhs[$0] == rhs[$0] }
    }

    package static func + (lhs: DigitCounts, rhs: DigitCounts) -> DigitCounts {
        var sum = lhs
        for digit in 0...9 { sum[digit] += rhs[digit] }
        return sum
    }
}

/// Everything a file's summary carries for data quality: fixed-size counts and exact sums from
/// which the statistics of a commune, or of a district or province pooling communes, are
/// recomputed (`DataQuality(tally)`) with no second pass over the children.
package struct DataQualityTally: Sendable, Equatable {
    /// Eligible children added: the n of the sex ratio and of the birth dates.
    package internal(set) var children = 0
    package internal(set) var boys = 0
    package internal(set) var girls = 0
    /// Children 6-29 months old (183...913 days) and 30-59 months old (914...1826 days).
    package internal(set) var young = 0
    package internal(set) var old = 0
    package internal(set) var firstOfMonth = 0
    package internal(set) var firstOfJanuary = 0
    package internal(set) var haz = ZScoreSums()
    package internal(set) var whz = ZScoreSums()
    package internal(set) var heightDigits = DigitCounts()
    package internal(set) var weightDigits = DigitCounts()

    package init() {}

    /// Counts one eligible child's measurement used.
    package mutating func add(_ child: DataQualityChild) {
        children += 1
        switch child.sex {
        case .male: boys += 1
        case .female: girls += 1
        }
        switch AgeRatioGroup(ageDays: child.ageDays) {
        case .young?: young += 1
        case .old?: old += 1
        case nil: break
        }
        if child.birthDay == 1 {
            firstOfMonth += 1
            if child.birthMonth == 1 { firstOfJanuary += 1 }
        }
        haz.add(child.haz, flagged: child.hazFlagged)
        whz.add(child.whz, flagged: child.whzFlagged)
        heightDigits.add(child.heightTenthsDigit)
        weightDigits.add(child.weightTenthsDigit)
    }

    package static func + (lhs: DataQualityTally, rhs: DataQualityTally) -> DataQualityTally {
        var sum = lhs
        sum.children += rhs.children
        sum.boys += rhs.boys
        sum.girls += rhs.girls
        sum.young += rhs.young
        sum.old += rhs.old
        sum.firstOfMonth += rhs.firstOfMonth
        sum.firstOfJanuary += rhs.firstOfJanuary
        sum.haz = sum.haz + rhs.haz
        sum.whz = sum.whz + rhs.whz
        sum.heightDigits = sum.heightDigits + rhs.heightDigits
        sum.weightDigits = sum.weightDigits + rhs.weightDigits
        return sum
    }
}
