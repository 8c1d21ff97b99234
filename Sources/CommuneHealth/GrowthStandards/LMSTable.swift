import Foundation

/// The Box-Cox parameters of a growth reference at one age.
public struct LMS: Sendable, Equatable {
    public var l: Double
    public var m: Double
    public var s: Double

    /// The z-score of `value`: ((value / M)^L - 1) / (L * S), or ln(value / M) / S when L is 0.
    public func zScore(_ value: Double) -> Double {
        l == 0 ? log(value / m) / s : (pow(value / m, l) - 1) / (l * s)
    }
}

/// WHO 2006 length/height-for-age, daily from day 0 to day 1826, for boys and girls.
///
/// The values are data, read from `who2006-lhfa-daily.tsv`; its header and `SOURCE.md` say where
/// they come from.
public struct LengthHeightForAgeTable: Sendable {
    public static let lastDay = 1826

    private let boys: [LMS]
    private let girls: [LMS]

    /// The table shipped with the package, loaded once.
    public static let who2006: LengthHeightForAgeTable = {
        guard let url = Bundle.module.url(forResource: "who2006-lhfa-daily", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let table = LengthHeightForAgeTable(tsv: text) else {
            fatalError("the WHO length/height-for-age table is missing from the package resources")
        }
        return table
    }()

    /// Reads lines `sex<TAB>day<TAB>L<TAB>M<TAB>S`; `#` lines and the header are skipped.
    /// - Returns: nil unless both sexes have every day from 0 to 1826.
    public init?(tsv: String) {
        var boys = [LMS?](repeating: nil, count: Self.lastDay + 1)
        var girls = boys
        for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && !line.hasPrefix("sex") {
            let fields = line.split(separator: "\t")
            guard fields.count == 5, let day = Int(fields[1]), (0...Self.lastDay).contains(day),
                  let l = Double(fields[2]), let m = Double(fields[3]), let s = Double(fields[4]) else { return nil }
            switch fields[0] {
            case "M": boys[day] = LMS(l: l, m: m, s: s)
            case "F": girls[day] = LMS(l: l, m: m, s: s)
            default: return nil
            }
        }
        guard boys.allSatisfy({ $0 != nil }), girls.allSatisfy({ $0 != nil }) else { return nil }
        self.boys = boys.map { $0! }
        self.girls = girls.map { $0! }
    }

    /// The parameters for a child of `sex` aged `day` days, or nil outside 0...1826.
    public func lms(sex: Sex, day: Int) -> LMS? {
        guard (0...Self.lastDay).contains(day) else { return nil }
        return sex == .male ? boys[day] : girls[day]
    }
}
