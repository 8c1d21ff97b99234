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
    /// The card columns of `analyze --format csv`.
    case csvColumn(CardCSVColumn)
    /// Short headings of the reports for people.
    case under6Short, under6Residents, insuredShort, coverageShort, unit, share, number, places, period
    case duplicatePeopleCount(Int)
    case duplicateNote
    case under6Note
    case mixNote

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
        case .csvColumn(let column): return column.texts
        case .under6Short: return ("Under 6 without card", "Trẻ dưới 6 tuổi chưa có thẻ")
        case .under6Residents: return ("Children under 6", "Trẻ dưới 6 tuổi")
        case .insuredShort: return ("Insured", "Có thẻ BHYT")
        case .coverageShort: return ("Coverage", "Bao phủ BHYT")
        case .unit: return ("Unit", "Đơn vị")
        case .share: return ("share", "tỷ lệ")
        case .number: return ("Social-insurance number", "Mã số BHXH")
        case .places: return ("Places (file:line, commune)", "Nơi ghi nhận (tệp:dòng, xã)")
        case .period: return ("Period", "Kỳ báo cáo")
        case .duplicatePeopleCount(let count):
            return ("\(count) \(count == 1 ? "person" : "people") with the same social-insurance number in two or more files of one period",
                    "\(count) người có cùng mã số BHXH ở hai tệp trở lên trong cùng kỳ báo cáo")
        case .duplicateNote:
            return ("The province's population may count them twice; no figure is changed (which record is right cannot be told from the files).",
                    "Dân số của tỉnh có thể đã tính họ hai lần; số liệu không thay đổi (không thể biết bản ghi nào đúng từ các tệp).")
        case .under6Note:
            return ("Children under 6 have their card paid by the state budget (group TE): every one without a card is entitled to a free one.",
                    "Thẻ BHYT của trẻ em dưới 6 tuổi do ngân sách nhà nước đóng (mã TE): mọi trẻ chưa có thẻ đều được cấp thẻ miễn phí.")
        case .mixNote:
            return ("Insured residents by the group that pays their card, as the card's group code says (the first valid card of each resident).",
                    "Người có thẻ BHYT theo nhóm đối tượng đóng, theo mã đối tượng trên thẻ (thẻ còn hạn đầu tiên của mỗi người).")
        }
    }
}

/// The columns of `commune-health uninsured`, in order (docs/spec/cards-v1.md §4). The raw value is the
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

    /// A column heading of at most 7 characters, for the terminal table and chart legends.
    public func shortLabel(_ language: Language) -> String {
        let (en, vi): (String, String)
        switch self {
        case .employment: (en, vi) = ("Work", "NLĐ")
        case .socialInsurance: (en, vi) = ("SocIns", "BHXH")
        case .stateBudget: (en, vi) = ("Budget", "NSNN")
        case .budgetSupported: (en, vi) = ("Support", "NSNN HT")
        case .household: (en, vi) = ("Househ", "Hộ GĐ")
        case .unknown: (en, vi) = ("Unknown", "KXĐ")
        }
        return language == .en ? en : vi
    }
}

extension CardWarningReason {
    /// The message (one per warning, so joined at once rather than interpolated: `joinedText`).
    public func text(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .unknownForm(let number, let why):
            return en ? joinedText("card number '", .text(number), "' is of unknown form: ", .text(why.text(.en)),
                                   "; the card counts for coverage, its funding group is unknown")
                : joinedText("số thẻ BHYT '", .text(number), "' không đúng định dạng: ", .text(why.text(.vi)),
                             "; thẻ vẫn được tính vào bao phủ, nhóm đối tượng không xác định")
        case .unknownGroupCode(let number, let code):
            return en ? joinedText("card number '", .text(number), "' has the group code '", .text(code),
                                   "', which is not in the table of funding groups; its funding group is unknown")
                : joinedText("số thẻ BHYT '", .text(number), "' có mã đối tượng '", .text(code),
                             "' không có trong danh mục; nhóm đối tượng không xác định")
        case .childCardAged6OrMore(let number, let age):
            return en ? joinedText("TE card '", .text(number), "', valid on the reference date, is held by a resident aged ",
                                   .integer(age), " (TE cards are for children under 6)")
                : joinedText("thẻ TE '", .text(number), "' còn hạn vào ngày tham chiếu nhưng người có thẻ đã ", .integer(age),
                             " tuổi (thẻ TE dành cho trẻ em dưới 6 tuổi)")
        case .sameNumberInFile(let number, let lines, let more):
            return Labels(language).text(.problem(.sameNumberInFile(number: number, otherLines: lines, moreLines: more)))
        case .placeholderNumber(let number, let digits):
            return Labels(language).text(.problem(.placeholderNumber(card: number, digits: digits)))
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

/// The card columns `analyze --format csv` adds after the others, in order. The raw value is the
/// English header.
public enum CardCSVColumn: String, CaseIterable, Sendable {
    case insuredEmployment, insuredSocialInsurance, insuredStateBudget, insuredBudgetSupported, insuredHousehold
    case insuredUnknown, under6Residents, under6Uninsured, under6UninsuredRate, duplicatePeople

    fileprivate var texts: (String, String) {
        let vi: String
        switch self {
        case .insuredEmployment: vi = "có thẻ - người lao động và người sử dụng lao động đóng"
        case .insuredSocialInsurance: vi = "có thẻ - tổ chức bảo hiểm xã hội đóng"
        case .insuredStateBudget: vi = "có thẻ - ngân sách nhà nước đóng"
        case .insuredBudgetSupported: vi = "có thẻ - ngân sách nhà nước hỗ trợ mức đóng"
        case .insuredHousehold: vi = "có thẻ - tham gia theo hộ gia đình"
        case .insuredUnknown: vi = "có thẻ - không xác định"
        case .under6Residents: vi = "số trẻ dưới 6 tuổi"
        case .under6Uninsured: vi = "số trẻ dưới 6 tuổi chưa có thẻ BHYT"
        case .under6UninsuredRate: vi = "tỷ lệ trẻ dưới 6 tuổi chưa có thẻ BHYT"
        case .duplicatePeople: vi = "số người trùng mã số BHXH với tệp khác"
        }
        return (rawValue, vi)
    }

    /// The column of each funding group's count.
    public static func insured(_ group: FundingGroup) -> CardCSVColumn {
        switch group {
        case .employment: return .insuredEmployment
        case .socialInsurance: return .insuredSocialInsurance
        case .stateBudget: return .insuredStateBudget
        case .budgetSupported: return .insuredBudgetSupported
        case .household: return .insuredHousehold
        case .unknown: return .insuredUnknown
        }
    }
}
