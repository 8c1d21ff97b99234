/// Who pays a health-insurance card's contribution, from the card's group code
/// (docs/spec/cards-v1.md §2; Law on Health Insurance, art. 12).
package enum FundingGroup: String, CaseIterable, Sendable {
    /// The worker and the employer pay.
    case employment
    /// The social-insurance fund pays (pensioners, benefit recipients).
    case socialInsurance
    /// The state budget pays (children under 6, the poor, veterans, ethnic minorities in hard areas...).
    case stateBudget
    /// The state budget pays part (near-poor, pupils and students, farm households).
    case budgetSupported
    /// The household pays, as a household.
    case household
    /// Any other group code, a 10-digit number, or a number of unknown form.
    case unknown

    /// The group codes of each funding group, as the specification's table lists them; `unknown`
    /// has none. The lookup behind `GroupCode.fundingGroup` is tested to agree with this list.
    package var codes: [String] {
        switch self {
        case .employment: return ["DN", "HX", "CH", "NN", "TK", "HC", "XK"]
        case .socialInsurance: return ["HT", "TB", "NO", "CT", "XB", "TN", "CS"]
        case .stateBudget:
            return [
                "QN", "CA", "CY", "XN", "MS", "CC", "CK", "CB", "KC", "HD", "TE", "BT", "HN", "DT", "DK",
                "XD", "TS", "TC", "TQ", "TV", "TA", "TY", "HG", "LS", "PV",
            ]
        case .budgetSupported: return ["CN", "HS", "SV", "GB"]
        case .household: return ["GD"]
        case .unknown: return []
        }
    }

    /// Position in `allCases` (employment 0 ... unknown 5), without building that array.
    @inline(__always)
    init(index: UInt8) {
        switch index {
        case 0: self = .employment
        case 1: self = .socialInsurance
        case 2: self = .stateBudget
        case 3: self = .budgetSupported
        case 4: self = .household
        default: self = .unknown
        }
    }

    static let unknownIndex: UInt8 = 5

    /// The funding group of a group code written as text, `unknown` for anything outside the table.
    package init(groupCode: String) {
        var copy = groupCode
        self = copy.withUTF8 { $0.count == 2 ? GroupCode($0[0], $0[1]).fundingGroup : .unknown }
    }
}

/// The two letters that open a 15-character card number, kept as two bytes (`first << 8 | second`):
/// comparing and looking them up needs no string.
struct GroupCode: Hashable, Sendable, CustomStringConvertible {
    let rawValue: UInt16

    @inline(__always)
    init(_ first: UInt8, _ second: UInt8) { rawValue = UInt16(first) << 8 | UInt16(second) }

    var first: UInt8 { UInt8(truncatingIfNeeded: rawValue >> 8) }
    var second: UInt8 { UInt8(truncatingIfNeeded: rawValue) }

    /// Children under 6, whose cards the state budget pays.
    static let te = GroupCode(UInt8(ascii: "T"), UInt8(ascii: "E"))

    var description: String { String(decoding: [first, second], as: UTF8.self) }

    /// The funding group of this code: one read from a constant table, no allocation.
    var fundingGroup: FundingGroup { FundingGroup(index: fundingGroupIndex) }

    /// The funding group's position in `FundingGroup.allCases`, without a branch on the group
    /// (codes come in no order, so a switch would be mispredicted card after card): the mark's
    /// low five bits (`.` 14, b 2, e 5, h 8, p 16, s 19) pick a nibble of two constant words.
    @inline(__always)
    var fundingGroupIndex: UInt8 {
        let row = Int(first &- UInt8(ascii: "A")), column = Int(second &- UInt8(ascii: "A"))
        guard row < 26, column < 26 else { return FundingGroup.unknownIndex }
        let slot = UInt64(GroupCode.table.utf8Start[row * GroupCode.rowStride + 2 + column] & 0x1F)
        let word: UInt64 = slot < 16 ? 0x5555_5554_5505_5255 : 0x5555_5555_5555_1553
        return UInt8(truncatingIfNeeded: word >> ((slot & 15) * 4)) & 0xF
    }

    /// Each row: the code's first letter, a space, then one mark per second letter A-Z.
    static let rowStride = 29

    /// The funding group of every two-capital code: row = first letter, column = second letter;
    /// e employment, s social insurance, b state budget, p budget-supported, h household,
    /// `.` unknown. A literal, so it lies in constant data: no lazy initialiser, no allocation.
    /// `FundingGroupTests` checks it against `FundingGroup.codes` for all 676 codes.
    ///
    ///   ABCDEFGHIJKLMNOPQRSTUVWXYZ
    static var table: StaticString {
        """
        A ..........................
        B ...................b......
        C bbb....e..b..p....ss....b.
        D ..........b..e.....b......
        E ..........................
        F ..........................
        G .p.h......................
        H ..eb..b......b....ps...e..
        I ..........................
        J ..........................
        K ..b.......................
        L ..................b.......
        M ..................b.......
        N .............es...........
        O ..........................
        P .....................b....
        Q .............b............
        R ..........................
        S .....................p....
        T bsb.b.....e..s..b.b..b..b.
        U ..........................
        V ..........................
        W ..........................
        X .s.b......e..b............
        Y ..........................
        Z ..........................
        """
    }
}
