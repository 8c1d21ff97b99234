// Every word the card figures show, in English and Vietnamese, behind typed keys.

/// A label of the card figures: `CardLabel.fundingGroup(.stateBudget).text(.vi)`.
public enum CardLabel: Hashable, Sendable {
    case fundingGroup(FundingGroup)
    /// The heading of the per-group counts.
    case fundingGroupsHeading
    /// Children under 6 on the reference date without a valid card.
    case under6WithoutCard
    /// Residents without a valid card on the reference date.
    case uninsured
    /// People whose social-insurance number is on residents of two or more files of one period.
    case duplicatePeople
    case uninsuredColumn(UninsuredColumn)

    public func text(_ language: Language) -> String {
        let (en, vi) = texts
        return language == .en ? en : vi
    }

    private var texts: (String, String) {
        switch self {
        case .fundingGroup(let group): return group.texts
        case .fundingGroupsHeading: return ("Insured residents by who pays", "Người có thẻ BHYT theo nhóm đối tượng đóng")
        case .under6WithoutCard: return ("Children under 6 without a card", "Trẻ em dưới 6 tuổi chưa có thẻ BHYT")
        case .uninsured: return ("Uninsured", "Chưa có thẻ BHYT")
        case .duplicatePeople:
            return ("Duplicate people (the same social-insurance number in two or more files)",
                    "Người bị trùng (cùng mã số BHXH ở hai tệp trở lên)")
        case .uninsuredColumn(let column): return column.texts
        }
    }
}

/// The columns of `commune-health uninsured`, in order (cards-v1 §4). The raw value is the
/// JSON key and the English CSV header; the Vietnamese header is `CardLabel.uninsuredColumn`.
public enum UninsuredColumn: String, CaseIterable, Sendable {
    case file, line, communeCode, residentId, sex, birthDate, ageYears, ethnicity, poverty, lastCardValidTo, entitledFree

    fileprivate var texts: (String, String) {
        let vi: String
        switch self {
        case .file: vi = "tệp"
        case .line: vi = "dòng"
        case .communeCode: vi = "mã xã"
        case .residentId: vi = "mã người dân"
        case .sex: vi = "giới tính"
        case .birthDate: vi = "ngày sinh"
        case .ageYears: vi = "tuổi"
        case .ethnicity: vi = "dân tộc"
        case .poverty: vi = "hộ nghèo, cận nghèo"
        case .lastCardValidTo: vi = "hạn thẻ gần nhất"
        case .entitledFree: vi = "thuộc diện NSNN đóng"
        }
        return (rawValue, vi)
    }
}

extension FundingGroup {
    /// The English label, and the Vietnamese from the specification's table.
    fileprivate var texts: (String, String) {
        switch self {
        case .employment: return ("Employment (worker and employer pay)", "Người lao động và người sử dụng lao động đóng")
        case .socialInsurance: return ("Social insurance pays", "Tổ chức bảo hiểm xã hội đóng")
        case .stateBudget: return ("State budget pays", "Ngân sách nhà nước đóng")
        case .budgetSupported: return ("State budget supports", "Ngân sách nhà nước hỗ trợ mức đóng")
        case .household: return ("Household", "Tham gia theo hộ gia đình")
        case .unknown: return ("Unknown", "Không xác định")
        }
    }

    public func label(_ language: Language) -> String { CardLabel.fundingGroup(self).text(language) }
}

extension CardWarningReason {
    public func text(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .unknownForm(let number, let why):
            return en ? "card number '\(number)' is of unknown form: \(why.text(.en)); the card counts for coverage, its funding group is unknown"
                : "số thẻ BHYT '\(number)' không đúng định dạng: \(why.text(.vi)); thẻ vẫn được tính vào bao phủ, nhóm đối tượng không xác định"
        case .unknownGroupCode(let number, let code):
            return en ? "card number '\(number)' has the group code '\(code)', which is not in the table of funding groups; its funding group is unknown"
                : "số thẻ BHYT '\(number)' có mã đối tượng '\(code)' không có trong danh mục; nhóm đối tượng không xác định"
        case .childCardAged6OrMore(let number, let age):
            return en ? "TE card '\(number)', valid on the reference date, is held by a resident aged \(age) (TE cards are for children under 6)"
                : "thẻ TE '\(number)' còn hạn vào ngày tham chiếu nhưng người có thẻ đã \(age) tuổi (thẻ TE dành cho trẻ em dưới 6 tuổi)"
        case .sameNumberInFile(let number, let lines):
            let list = lines.map(String.init).joined(separator: ", ")
            return en ? "social-insurance number \(number) is also on the resident\(lines.count == 1 ? "" : "s") at line\(lines.count == 1 ? "" : "s") \(list) of this file"
                : "mã số BHXH \(number) cũng có ở người dân tại dòng \(list) của tệp này"
        }
    }
}

extension CardNumberMalformation {
    public func text(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .notASCII:
            return en ? "it holds a character other than a capital letter or a digit"
                : "có ký tự không phải chữ in hoa hay chữ số"
        case .length:
            return en ? "it is neither 15 characters (2 capital letters, a benefit level 1-5, 2 province digits, 10 digits) nor 10 digits long"
                : "không có 15 ký tự (2 chữ in hoa, mức hưởng 1-5, 2 chữ số mã tỉnh, 10 chữ số) hay 10 chữ số"
        case .groupCode:
            return en ? "its first two characters, the group code, are not capital letters"
                : "hai ký tự đầu (mã đối tượng) không phải chữ in hoa"
        case .benefitLevel:
            return en ? "its third character, the benefit level, is not a digit 1 to 5"
                : "ký tự thứ ba (mức hưởng) không phải chữ số từ 1 đến 5"
        case .provinceCode:
            return en ? "its 4th and 5th characters, the issuing province, are not digits"
                : "ký tự thứ tư và thứ năm (mã tỉnh cấp thẻ) không phải chữ số"
        case .socialInsuranceNumber:
            return en ? "its social-insurance number (the last 10 characters) is not all digits"
                : "mã số BHXH (10 ký tự cuối) không phải toàn chữ số"
        }
    }
}
