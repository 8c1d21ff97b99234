/// A statistics-office code of fixed width: 2 digits for a province, 3 for a district, 5 for a
/// commune. Held as an integer; written zero-padded, as files and the register write it.
package protocol AdministrativeCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How many digits the code has when written.
    static var digits: Int { get }
    /// The code as a number: `00688` is 688.
    var value: Int { get }
    /// A code from its number, which must have at most `digits` digits (checked: a trap otherwise).
    init(uncheckedValue value: Int)
}

extension AdministrativeCode {
    /// The code written exactly as `digits` ASCII digits, or nil for anything else.
    package init?(_ text: String) {
        var value = 0, count = 0
        for byte in text.utf8 {
            guard byte >= 0x30, byte <= 0x39, count < Self.digits else { return nil }
            value = value * 10 + Int(byte - 0x30)
            count += 1
        }
        guard count == Self.digits else { return nil }
        self.init(uncheckedValue: value)
    }

    /// 10 to the power `digits`: every code is below it.
    static var limit: Int {
        var limit = 1
        for _ in 0..<digits { limit *= 10 }
        return limit
    }

    /// `value` when it has at most `digits` digits; a trap otherwise (the one check of every
    /// `init(uncheckedValue:)`).
    static func checked(_ value: Int) -> Int {
        precondition(value >= 0 && value < limit, "a \(Self.self) has \(digits) digits")
        return value
    }

    /// A code from its number, or nil when it has more than `digits` digits or is negative.
    package init?(value: Int) {
        guard value >= 0, value < Self.limit else { return nil }
        self.init(uncheckedValue: value)
    }

    /// Zero-padded to `digits`: `00688`.
    package var description: String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, Self.digits - digits.count)) + digits
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}

/// A province code, 2 digits (Decision 19/2025/QĐ-TTg for the 2025 map).
package struct ProvinceCode: AdministrativeCode {
    package static let digits = 2
    package let value: Int
    package init(uncheckedValue value: Int) {
        self.value = Self.checked(value)
    }
}

/// A district code, 3 digits (legacy map only: there is no district level from 2025-07-01).
package struct DistrictCode: AdministrativeCode {
    package static let digits = 3
    package let value: Int
    package init(uncheckedValue value: Int) {
        self.value = Self.checked(value)
    }
}

/// A commune, ward, township or special-zone code, 5 digits.
package struct CommuneCode: AdministrativeCode {
    package static let digits = 5
    package let value: Int
    package init(uncheckedValue value: Int) {
        self.value = Self.checked(value)
    }
}
