/// A health-insurance card @number, classified from its bytes (cards-v1 §1). It runs for every
/// card of every resident, so it reads the bytes in place: no String, no allocation.
///
/// - 15 characters: group code (2 capital letters), benefit level (1-5), issuing province
///   (2 digits), social-insurance number (10 digits), e.g. `TE1083512345678`;
/// - 10 digits: the social-insurance number alone (funding group `unknown`);
/// - anything else: unknown form, with the reason in `malformation`.
///
/// Nothing is trimmed or case-folded: ` TE1083512345678` and `te1083512345678` are of unknown form.
struct CardNumber: Equatable, Sendable {
    enum Form: UInt8, Sendable {
        case fifteen, tenDigit, unknown
    }

    let form: Form
    /// Who pays, as its position in `FundingGroup.allCases`: the fold counts by it without a
    /// branch on the group.
    let fundingGroupIndex: UInt8
    /// Who pays: from the group code of a 15-character number, `unknown` otherwise.
    var fundingGroup: FundingGroup { FundingGroup(index: fundingGroupIndex) }
    /// Why the number is of unknown form; nil for the two known forms.
    let malformation: CardNumberMalformation?
    // Kept in 16 bytes with sentinels rather than optionals: one is made for every card.
    private let code: UInt16  // GroupCode.rawValue, 0 for none
    private let level: UInt8  // 0 for none
    private let province: UInt8  // 0xFF for none
    private let number: UInt64  // UInt64.max for none

    /// The two capital letters of a 15-character number; nil for the other forms.
    var groupCode: GroupCode? { code == 0 ? nil : GroupCode(UInt8(truncatingIfNeeded: code >> 8), UInt8(truncatingIfNeeded: code)) }
    /// 1 to 5 for a 15-character number; nil otherwise.
    var benefitLevel: UInt8? { level == 0 ? nil : level }
    /// The issuing province's code, 0 to 99 (written with two digits: 8 is `08`); nil unless 15 characters.
    var provinceCode: UInt8? { province == 0xFF ? nil : province }
    /// The holder's social-insurance number, the 10 digits as an integer (below 10^10); nil for
    /// a number of unknown form.
    var socialInsuranceNumber: UInt64? { number == .max ? nil : number }

    @inline(__always)
    init(bytes: ByteView) {
        if bytes.count == 15, let fifteen = CardNumber(fifteen: bytes) {
            self = fifteen
        } else if bytes.count == 10, let number = tenDigitNumber(bytes) {
            self.init(
                form: .tenDigit, fundingGroupIndex: FundingGroup.unknownIndex, code: 0, level: 0, province: 0xFF, number: number,
                malformation: nil)
        } else {
            self.init(
                form: .unknown, fundingGroupIndex: FundingGroup.unknownIndex, code: 0, level: 0, province: 0xFF, number: .max,
                malformation: CardNumberMalformation(bytes))
        }
    }

    /// The 15-character form, read as two overlapping words: bytes 0-7 and 7-14 (little-endian,
    /// byte i of a word in its bits 8i to 8i+7). Bytes 3-14 must all be digits.
    @inline(__always)
    private init?(fifteen bytes: ByteView) {
        let low = bytes.word(at: 0), high = bytes.word(at: 7)
        let first = UInt8(truncatingIfNeeded: low), second = UInt8(truncatingIfNeeded: low >> 8)
        let level = UInt8(truncatingIfNeeded: low >> 16) &- UInt8(ascii: "1")
        guard isCapital(first), isCapital(second), level < 5,
            allASCIIDigits(low, mask: 0xFFFF_FFFF_FF00_0000), allASCIIDigits(high, mask: .max)
        else { return nil }
        let digits = low &- 0x3030_3030_3030_3030
        let province = UInt8(truncatingIfNeeded: digits >> 24) &* 10 &+ UInt8(truncatingIfNeeded: digits >> 32)
        let number =
            (UInt64(UInt8(truncatingIfNeeded: digits >> 40)) &* 10 &+ UInt64(UInt8(truncatingIfNeeded: digits >> 48)))
            &* 100_000_000 &+ eightDigits(high)
        let code = GroupCode(first, second)
        self.init(
            form: .fifteen, fundingGroupIndex: code.fundingGroupIndex, code: code.rawValue, level: level + 1,
            province: province, number: number, malformation: nil)
    }

    private init(
        form: Form, fundingGroupIndex: UInt8, code: UInt16, level: UInt8, province: UInt8, number: UInt64,
        malformation: CardNumberMalformation?
    ) {
        self.form = form
        self.fundingGroupIndex = fundingGroupIndex
        self.code = code
        self.level = level
        self.province = province
        self.number = number
        self.malformation = malformation
    }

    /// A placeholder social-insurance number: its 10 digits are one digit ten times (`0000000000`
    /// to `9999999999`, the multiples of 1111111111 below 10^10), in either known form (#26).
    var hasPlaceholderNumber: Bool { number != .max && number % 1_111_111_111 == 0 }

    /// A TE card: a child under 6, paid by the state budget.
    var isChildCard: Bool { code == GroupCode.te.rawValue }

    /// The warning the number calls for by itself: unknown form, or a group code outside the
    /// table. `text` is called only when there is one, so the String is made only for warnings.
    func warning(text: () -> String) -> CardWarningReason? {
        if let malformation { return .unknownForm(number: text(), why: malformation) }
        if fundingGroupIndex == FundingGroup.unknownIndex, let groupCode {
            return .unknownGroupCode(number: text(), code: groupCode.description)
        }
        return nil
    }
}

/// Why a card number is of unknown form: the first rule it breaks, in this order.
package enum CardNumberMalformation: String, Equatable, Sendable, CaseIterable {
    /// A byte outside ASCII: a character no card number holds.
    case notASCII
    /// Neither 15 characters nor 10.
    case length
    /// 15 characters, but the first two are not capital letters A-Z.
    case groupCode
    /// 15 characters, but the third is not a digit 1 to 5.
    case benefitLevel
    /// 15 characters, but the fourth and fifth are not both digits.
    case provinceCode
    /// The social-insurance number (the last 10 characters, or all 10) is not all digits.
    case socialInsuranceNumber

    /// Classifies a number already known not to be of either form; the slow path only.
    init(_ bytes: ByteView) {
        let digit = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 }
        if (0..<bytes.count).contains(where: { bytes[$0] >= 0x80 }) {
            self = .notASCII
        } else if bytes.count == 10 {
            self = .socialInsuranceNumber
        } else if bytes.count != 15 {
            self = .length
        } else if !isCapital(bytes[0]) || !isCapital(bytes[1]) {
            self = .groupCode
        } else if !(UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[2]) {
            self = .benefitLevel
        } else if !digit(bytes[3]) || !digit(bytes[4]) {
            self = .provinceCode
        } else {
            self = .socialInsuranceNumber
        }
    }
}

@inline(__always)
private func isCapital(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }

/// Eight ASCII digits in a little-endian word (the first digit in the lowest byte) as an integer:
/// pairs, then fours, then the eight, by multiplications (the method of simdjson's
/// `parse_eight_digits_unrolled`).
@inline(__always)
private func eightDigits(_ word: UInt64) -> UInt64 {
    var value = word &- 0x3030_3030_3030_3030
    value = (value &* 10) &+ (value >> 8)
    value =
        ((value & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 << 32))
            &+ ((value >> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 << 32))) >> 32
    return value & 0xFFFF_FFFF
}

/// A 10-digit number: bytes 0-7 as a word, then the last two.
@inline(__always)
private func tenDigitNumber(_ bytes: ByteView) -> UInt64? {
    let word = bytes.word(at: 0)
    let ninth = bytes[8] &- UInt8(ascii: "0"), tenth = bytes[9] &- UInt8(ascii: "0")
    guard allASCIIDigits(word, mask: .max), ninth < 10, tenth < 10 else { return nil }
    return eightDigits(word) &* 100 &+ UInt64(ninth) &* 10 &+ UInt64(tenth)
}
