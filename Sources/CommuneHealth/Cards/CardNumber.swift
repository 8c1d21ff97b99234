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
    /// Who pays: from the group code of a 15-character number, `unknown` otherwise.
    let fundingGroup: FundingGroup
    /// Why the number is of unknown form; nil for the two known forms.
    let malformation: CardNumberMalformation?
    // Kept in 16 bytes with sentinels rather than optionals: one is made for every card.
    private let code: UInt16          // GroupCode.rawValue, 0 for none
    private let level: UInt8          // 0 for none
    private let province: UInt8       // 0xFF for none
    private let number: UInt64        // UInt64.max for none

    /// The two capital letters of a 15-character number; nil for the other forms.
    var groupCode: GroupCode? { code == 0 ? nil : GroupCode(UInt8(truncatingIfNeeded: code >> 8), UInt8(truncatingIfNeeded: code)) }
    /// 1 to 5 for a 15-character number; nil otherwise.
    var benefitLevel: UInt8? { level == 0 ? nil : level }
    /// The issuing province's code, 0 to 99 (written with two digits: 8 is `08`); nil unless 15 characters.
    var provinceCode: UInt8? { province == 0xFF ? nil : province }
    /// The holder's social-insurance number, the 10 digits as an integer (below 10^10); nil for
    /// a number of unknown form.
    var socialInsuranceNumber: UInt64? { number == .max ? nil : number }

    init(bytes: ByteView) {
        if bytes.count == 15, let fifteen = CardNumber(fifteen: bytes) {
            self = fifteen
        } else if bytes.count == 10, let number = tenDigits(bytes, from: 0) {
            self.init(form: .tenDigit, fundingGroup: .unknown, code: 0, level: 0, province: 0xFF, number: number,
                      malformation: nil)
        } else {
            self.init(form: .unknown, fundingGroup: .unknown, code: 0, level: 0, province: 0xFF, number: .max,
                      malformation: CardNumberMalformation(bytes))
        }
    }

    @inline(__always)
    private init?(fifteen bytes: ByteView) {
        let level = bytes[2] &- UInt8(ascii: "1")
        let province0 = bytes[3] &- UInt8(ascii: "0"), province1 = bytes[4] &- UInt8(ascii: "0")
        guard isCapital(bytes[0]), isCapital(bytes[1]), level < 5,
              province0 < 10, province1 < 10, let number = tenDigits(bytes, from: 5) else { return nil }
        let code = GroupCode(bytes[0], bytes[1])
        self.init(form: .fifteen, fundingGroup: code.fundingGroup, code: code.rawValue, level: level + 1,
                  province: province0 * 10 + province1, number: number, malformation: nil)
    }

    private init(form: Form, fundingGroup: FundingGroup, code: UInt16, level: UInt8, province: UInt8, number: UInt64,
                 malformation: CardNumberMalformation?) {
        self.form = form
        self.fundingGroup = fundingGroup
        self.code = code
        self.level = level
        self.province = province
        self.number = number
        self.malformation = malformation
    }

    /// A TE card: a child under 6, paid by the state budget.
    var isChildCard: Bool { code == GroupCode.te.rawValue }

    /// The number as written, rebuilt from its fields, for a number of a known form (nil for an
    /// unknown form, whose bytes only the reader has). Called for warnings only.
    var knownFormText: String? {
        guard let socialInsuranceNumber else { return nil }
        let digits = socialInsuranceDigits(socialInsuranceNumber)
        guard form == .fifteen, let groupCode, let benefitLevel, let provinceCode else { return digits }
        return groupCode.description + String(benefitLevel) + (provinceCode < 10 ? "0" : "") + String(provinceCode) + digits
    }

    /// The warning the number calls for by itself: unknown form, or a group code outside the
    /// table. `text` is called only when there is one, so the String is made only for warnings.
    func warning(text: () -> String) -> CardWarningReason? {
        if let malformation { return .unknownForm(number: text(), why: malformation) }
        if fundingGroup == .unknown, let groupCode {
            return .unknownGroupCode(number: text(), code: groupCode.description)
        }
        return nil
    }
}

/// Why a card number is of unknown form: the first rule it breaks, in this order.
public enum CardNumberMalformation: String, Equatable, Sendable, CaseIterable {
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

/// The 10 digits from `start` as an integer, or nil if any is not a digit.
@inline(__always)
private func tenDigits(_ bytes: ByteView, from start: Int) -> UInt64? {
    var value: UInt64 = 0
    for index in start..<(start + 10) {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value &* 10 &+ UInt64(digit)
    }
    return value
}
