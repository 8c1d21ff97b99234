/// The Box-Cox parameters of a growth reference at one age.
package struct LMS: Sendable, Equatable {
    package var l: Double
    package var m: Double
    package var s: Double

    /// The z-score of `value`: ((value / M)^L - 1) / (L * S), or ln(value / M) / S when L is 0.
    /// When L is 1 (every row of length/height-for-age) the power is `value / M` itself, as `pow`
    /// returns it exactly for an exponent of 1: the same Double without the call (#30).
    package func zScore(_ value: Double) -> Double {
        if l == 1 { return (value / m - 1) / s }
        return l == 0 ? LibC.log(value / m) / s : (LibC.pow(value / m, l) - 1) / (l * s)
    }
}

/// A WHO 2006 table indexed by age in days, from day 0 to day 1826, for boys and girls.
///
/// The values are data, read from a TSV resource (`sex<TAB>day<TAB>L<TAB>M<TAB>S`); its header
/// and `SOURCE.md` say where they come from.
package struct DailyLMSTable: Sendable {
    package static let lastDay = 1826

    private let boys: [LMS]
    private let girls: [LMS]

    /// Reads the bytes of a TSV: `#` lines, the header `sex<TAB>day<TAB>L<TAB>M<TAB>S`, then
    /// `sex<TAB>day<TAB>L<TAB>M<TAB>S` lines.
    /// - Returns: nil unless both sexes have every day from 0 to 1826 exactly once and every
    ///   line is well formed.
    init?(tsv bytes: UnsafeRawBufferPointer) {
        guard let rows = LMSTableParser.parse(bytes, keyName: "day", keyFractionDigits: 0, keys: 0...Self.lastDay)
        else { return nil }
        boys = rows.boys
        girls = rows.girls
    }

    /// Loads a TSV resource of this package, e.g. `who2006-wfa-daily`; stops the program when
    /// it is missing or malformed, since the package is then broken.
    static func resource(_ name: String) -> DailyLMSTable {
        guard let bytes = LMSTableParser.resourceBytes(name), let table = DailyLMSTable(tsv: bytes) else {
            fatalError("the WHO table \(name).tsv is missing from the package resources or malformed")
        }
        return table
    }

    /// The parameters for a child of `sex` aged `day` days, or nil outside 0...1826.
    @inline(__always)
    package func lms(sex: Sex, day: Int) -> LMS? {
        guard day >= 0 && day <= Self.lastDay else { return nil }
        return sex == .male ? boys[day] : girls[day]
    }

    /// Asks for the row `lms(sex:day:)` reads to be brought into the caches, without waiting for
    /// it (`prefetchForReading`); nothing outside 0...1826.
    @inline(__always)
    func prefetch(sex: Sex, day: Int) {
        guard day >= 0 && day <= Self.lastDay else { return }
        (sex == .male ? boys : girls).withUnsafeBufferPointer { prefetchForReading($0.baseAddress.unsafelyUnwrapped + day) }
    }
}

/// WHO 2006 length/height-for-age, daily from day 0 to day 1826, for boys and girls.
///
/// The values are data, read from `who2006-lhfa-daily.tsv`; its header and `SOURCE.md` say where
/// they come from.
public struct LengthHeightForAgeTable: Sendable {
    package static let lastDay = DailyLMSTable.lastDay

    private let table: DailyLMSTable

    /// The table shipped with the package, loaded once.
    public static let who2006 = LengthHeightForAgeTable(table: .resource("who2006-lhfa-daily"))

    private init(table: DailyLMSTable) { self.table = table }

    /// Reads lines `sex<TAB>day<TAB>L<TAB>M<TAB>S`; `#` lines and the header are skipped.
    /// - Returns: nil unless both sexes have every day from 0 to 1826.
    package init?(tsv: String) {
        guard let table = Array(tsv.utf8).withUnsafeBytes({ DailyLMSTable(tsv: $0) }) else { return nil }
        self.table = table
    }

    /// The parameters for a child of `sex` aged `day` days, or nil outside 0...1826.
    package func lms(sex: Sex, day: Int) -> LMS? {
        table.lms(sex: sex, day: day)
    }

    /// Asks for the row `lms(sex:day:)` reads to be brought into the caches (`prefetchForReading`).
    @inline(__always)
    func prefetch(sex: Sex, day: Int) { table.prefetch(sex: sex, day: day) }
}
