/// A WHO 2006 table indexed by length or height in 0.1 cm rows (weight-for-length 45.0-110.0 cm,
/// weight-for-height 65.0-120.0 cm), for boys and girls.
///
/// Rows are keyed by an integer number of tenths of a cm, and a length is looked up as an integer
/// number of millionths of a cm, so the bounds and the rows are compared as exact decimals, never
/// as binary floating point (docs/spec/growth-indicators-v1.md §2).
package struct LengthIndexedLMSTable: Sendable {
    /// Millionths of a cm in a tenth of a cm.
    package static let millionthsPerTenth = 100_000

    /// The first and last rows, in tenths of a cm (450...1100 for weight-for-length).
    package let tenths: ClosedRange<Int>
    private let boys: [LMS]
    private let girls: [LMS]

    /// Reads the bytes of a TSV: `#` lines, the header `sex<TAB>cm<TAB>L<TAB>M<TAB>S`, then
    /// `sex<TAB>cm<TAB>L<TAB>M<TAB>S` lines with cm written with exactly one decimal.
    /// - Returns: nil unless both sexes have every row of `tenths` exactly once and every line is
    ///   well formed.
    init?(tsv bytes: UnsafeRawBufferPointer, tenths: ClosedRange<Int>) {
        guard let rows = LMSTableParser.parse(bytes, keyName: "cm", keyFractionDigits: 1, keys: tenths) else { return nil }
        self.tenths = tenths
        boys = rows.boys
        girls = rows.girls
    }

    /// Loads a TSV resource of this package; stops the program when it is missing or malformed.
    static func resource(_ name: String, tenths: ClosedRange<Int>) -> LengthIndexedLMSTable {
        guard let bytes = LMSTableParser.resourceBytes(name),
            let table = LengthIndexedLMSTable(tsv: bytes, tenths: tenths)
        else {
            fatalError("the WHO table \(name).tsv is missing from the package resources or malformed")
        }
        return table
    }

    /// The row at `tenths` tenths of a cm (e.g. 653 for 65.3 cm), or nil outside the table.
    @inline(__always)
    package func lms(sex: Sex, tenths row: Int) -> LMS? {
        guard tenths.contains(row) else { return nil }
        let index = row - tenths.lowerBound
        return sex == .male ? boys[index] : girls[index]
    }

    /// The parameters at a length of `millionths` millionths of a cm, or nil outside the table
    /// (its first and last rows included). On a row, that row alone; between two rows, L, M and S
    /// each interpolated linearly: X = X(lo) + d * (X(lo + 0.1) - X(lo)), lo the row below and
    /// d = (h - lo) / 0.1, both worked out in integers.
    @inline(__always)
    package func lms(sex: Sex, millionths: Int) -> LMS? {
        let perTenth = Self.millionthsPerTenth
        guard millionths >= tenths.lowerBound * perTenth && millionths <= tenths.upperBound * perTenth else { return nil }
        // Non-negative here, so / and % are floor and remainder.
        let row = millionths / perTenth
        let rest = millionths % perTenth
        let index = row - tenths.lowerBound
        let rows = sex == .male ? boys : girls
        let lo = rows[index]
        if rest == 0 { return lo }
        let hi = rows[index + 1]
        let d = Double(rest) / Double(perTenth)
        return LMS(l: lo.l + d * (hi.l - lo.l), m: lo.m + d * (hi.m - lo.m), s: lo.s + d * (hi.s - lo.s))
    }

    /// Asks for the row(s) `lms(sex:millionths:)` reads to be brought into the caches, without
    /// waiting for them (`prefetchForReading`); nothing outside the table.
    @inline(__always)
    func prefetch(sex: Sex, millionths: Int) {
        let perTenth = Self.millionthsPerTenth
        guard millionths >= tenths.lowerBound * perTenth && millionths <= tenths.upperBound * perTenth else { return }
        let index = millionths / perTenth - tenths.lowerBound
        (sex == .male ? boys : girls).withUnsafeBufferPointer { rows in
            prefetchForReading(rows.baseAddress.unsafelyUnwrapped + index)
            // The row above, for a length between two rows, when it starts on another line.
            prefetchForReading(rows.baseAddress.unsafelyUnwrapped + min(index + 1, rows.count - 1))
        }
    }

    /// `cm` as an integer number of millionths of a cm, rounded to the nearest; nil when it is not
    /// finite or beyond ±10^9 cm (no table reaches that far, so nothing is lost).
    @inline(__always)
    package static func millionths(ofCm cm: Double) -> Int? {
        let scaled = (cm * 1_000_000).rounded()
        guard scaled.isFinite, abs(scaled) <= 1e15 else { return nil }
        return Int(scaled)
    }
}
