/// Every word the reports show about data quality (docs/spec/data-quality-v1.md §3), in English and Vietnamese.
public enum DataQualityLabel: String, Sendable, CaseIterable {
    // Headings and notes
    case heading, sortNote, introduction, fewChildrenNote, notComputed, problematicStatisticNote
    // The mark on a stunting rate whose HAZ score is problematic, and its explanation
    case problematicMark, problematicMarkExplanation
    // Statistics
    case flaggedHAZ, sdHAZ, skewnessHAZ, kurtosisHAZ
    case flaggedWHZ, sdWHZ, skewnessWHZ, kurtosisWHZ
    case heightDigitPreference, weightDigitPreference
    case sexRatio, ageRatio, birthDatesFirstOfMonth, birthDatesFirstOfJanuary
    case hazScore, whzScore
    // Categories
    case excellent, good, acceptable, problematic
    // Columns of the per-unit table
    case columnUnit, columnChildren, columnHAZScore, columnWHZScore, columnCategory, columnPoints
    case columnFlagged, columnSD, columnSkewness, columnKurtosis
    case columnHeightDigits, columnWeightDigits, columnSexRatio, columnAgeRatio, columnPValue
    case columnFirstOfMonth, columnFirstOfJanuary
    // The chart of height tenths digits
    case digitChartTitle, digitChartNote, digitAxis, countAxis

    /// The label of a category.
    public static func category(_ category: QualityCategory) -> DataQualityLabel {
        switch category {
        case .excellent: return .excellent
        case .good: return .good
        case .acceptable: return .acceptable
        case .problematic: return .problematic
        }
    }

    public func text(_ language: Language) -> String {
        let (en, vi) = texts
        return language == .en ? en : vi
    }

    private var texts: (String, String) {
        switch self {
        case .heading, .sortNote, .introduction, .fewChildrenNote, .notComputed, .problematicStatisticNote,
             .problematicMark, .problematicMarkExplanation:
            return notes
        case .excellent, .good, .acceptable, .problematic:
            return categories
        case .digitChartTitle, .digitChartNote, .digitAxis, .countAxis:
            return chart
        default:
            return statistic ?? column
        }
    }

    private var notes: (String, String) {
        switch self {
        case .heading:
            return ("Data quality of the measurements", "Chất lượng số liệu cân đo")
        case .sortNote:
            return ("worst HAZ score first", "điểm HAZ kém nhất xếp trước")
        case .introduction:
            return ("Penalty points of SMART's plausibility check: 0–9 excellent, 10–14 good, 15–24 acceptable, 25 and more problematic.",
                    "Điểm trừ theo phương pháp kiểm tra độ tin cậy SMART: 0–9 rất tốt, 10–14 tốt, 15–24 chấp nhận được, từ 25 trở lên có vấn đề.")
        case .fewChildrenNote:
            return ("fewer than \(DataQuality.minimumChildren) children: the score rests on too few children",
                    "dưới \(DataQuality.minimumChildren) trẻ: điểm dựa trên quá ít trẻ")
        case .notComputed:
            return ("not computed (too few children)", "không tính được (quá ít trẻ)")
        case .problematicStatisticNote:
            return ("In bold: a statistic judged problematic", "In đậm: chỉ số được đánh giá có vấn đề")
        case .problematicMark:
            return ("‡", "‡")
        case .problematicMarkExplanation:
            return ("‡ The quality of the height data is problematic (HAZ score of 25 points or more): this stunting rate may be far from the truth.",
                    "‡ Chất lượng số liệu chiều cao có vấn đề (điểm HAZ từ 25 điểm trừ trở lên): tỷ lệ thấp còi này có thể khác xa thực tế.")
        default:
            preconditionFailure("not a note: \(self)")
        }
    }

    private var categories: (String, String) {
        switch self {
        case .excellent: return ("excellent", "rất tốt")
        case .good: return ("good", "tốt")
        case .acceptable: return ("acceptable", "chấp nhận được")
        case .problematic: return ("problematic", "có vấn đề")
        default: preconditionFailure("not a category: \(self)")
        }
    }

    private var chart: (String, String) {
        switch self {
        case .digitChartTitle:
            return ("Tenths digit of the heights", "Chữ số hàng phần mười của chiều cao")
        case .digitChartNote:
            return ("Heights measured to the millimetre end in each digit about equally often (10 %); heaping on .0 and .5 shows rounding to the whole or half centimetre.",
                    "Khi đo chính xác đến milimét, mỗi chữ số xuất hiện gần như đều nhau (10%); số đo dồn vào .0 và .5 cho thấy chiều cao được làm tròn đến centimét hoặc nửa centimét.")
        case .digitAxis:
            return ("Tenths digit", "Chữ số thập phân")
        case .countAxis:
            return ("Heights", "Số lần đo")
        default:
            preconditionFailure("not a chart label: \(self)")
        }
    }

    private var statistic: (String, String)? {
        switch self {
        case .flaggedHAZ: return ("Flagged HAZ (|HAZ| > 6)", "HAZ bị gắn cờ (|HAZ| > 6)")
        case .sdHAZ: return ("Standard deviation of HAZ", "Độ lệch chuẩn của HAZ")
        case .skewnessHAZ: return ("Skewness of HAZ", "Độ lệch (skewness) của HAZ")
        case .kurtosisHAZ: return ("Kurtosis of HAZ", "Độ nhọn (kurtosis) của HAZ")
        case .flaggedWHZ: return ("Flagged WHZ (|WHZ| > 5)", "WHZ bị gắn cờ (|WHZ| > 5)")
        case .sdWHZ: return ("Standard deviation of WHZ", "Độ lệch chuẩn của WHZ")
        case .skewnessWHZ: return ("Skewness of WHZ", "Độ lệch (skewness) của WHZ")
        case .kurtosisWHZ: return ("Kurtosis of WHZ", "Độ nhọn (kurtosis) của WHZ")
        case .heightDigitPreference: return ("Height digit preference", "Ưu tiên chữ số khi đo chiều cao")
        case .weightDigitPreference: return ("Weight digit preference", "Ưu tiên chữ số khi cân nặng")
        case .sexRatio: return ("Sex ratio (boys / girls)", "Tỷ số giới tính (trai / gái)")
        case .ageRatio: return ("Age ratio (6–29 months / 30–59 months)", "Tỷ số tuổi (6–29 tháng / 30–59 tháng)")
        case .birthDatesFirstOfMonth: return ("Birth dates on the 1st of a month", "Ngày sinh vào mùng 1 của tháng")
        case .birthDatesFirstOfJanuary: return ("Birth dates on 1 January", "Ngày sinh vào ngày 1 tháng 1")
        case .hazScore: return ("Height-for-age (HAZ) data quality score", "Điểm chất lượng số liệu chiều cao theo tuổi (HAZ)")
        case .whzScore: return ("Weight-for-height (WHZ) data quality score", "Điểm chất lượng số liệu cân nặng theo chiều cao (WHZ)")
        default: return nil
        }
    }

    private var column: (String, String) {
        switch self {
        case .columnUnit: return ("Unit", "Đơn vị")
        case .columnChildren: return ("Children", "Số trẻ")
        case .columnHAZScore: return ("HAZ score", "Điểm HAZ")
        case .columnWHZScore: return ("WHZ score", "Điểm WHZ")
        case .columnCategory: return ("Quality", "Chất lượng")
        case .columnPoints: return ("Points", "Điểm trừ")
        case .columnFlagged: return ("Flagged", "Bị gắn cờ")
        case .columnSD: return ("SD", "Độ lệch chuẩn")
        case .columnSkewness: return ("Skewness", "Độ lệch")
        case .columnKurtosis: return ("Kurtosis", "Độ nhọn")
        case .columnHeightDigits: return ("Height digits", "Chữ số chiều cao")
        case .columnWeightDigits: return ("Weight digits", "Chữ số cân nặng")
        case .columnSexRatio: return ("Boys / girls", "Trai / gái")
        case .columnAgeRatio: return ("6–29 / 30–59 months", "6–29 / 30–59 tháng")
        case .columnPValue: return ("p", "p")
        case .columnFirstOfMonth: return ("Born on the 1st", "Sinh ngày mùng 1")
        case .columnFirstOfJanuary: return ("Born on 1 January", "Sinh ngày 1/1")
        default: preconditionFailure("not a column: \(self)")
        }
    }
}

extension DataQualityLabel {
    /// The data-quality columns that CSV appends to every row (English names for programs, and
    /// Vietnamese): the two scores, then the main statistics (docs/spec/data-quality-v1.md §3).
    public static let csvColumns: [(en: String, vi: String)] = [
        ("hazScorePoints", "điểm trừ HAZ"), ("hazScoreCategory", "chất lượng số liệu HAZ"),
        ("whzScorePoints", "điểm trừ WHZ"), ("whzScoreCategory", "chất lượng số liệu WHZ"),
        ("qualityFewChildren", "điểm chất lượng dựa trên dưới 50 trẻ"),
        ("hazChildren", "số trẻ có HAZ"), ("hazFlagged", "số HAZ bị gắn cờ"), ("hazFlaggedShare", "tỷ lệ HAZ bị gắn cờ"),
        ("hazSD", "độ lệch chuẩn HAZ"), ("hazSkewness", "độ lệch (skewness) HAZ"), ("hazKurtosis", "độ nhọn (kurtosis) HAZ"),
        ("whzChildren", "số trẻ có WHZ"), ("whzFlaggedShare", "tỷ lệ WHZ bị gắn cờ"), ("whzSD", "độ lệch chuẩn WHZ"),
        ("heightDigitScore", "điểm ưu tiên chữ số chiều cao"), ("weightDigitScore", "điểm ưu tiên chữ số cân nặng"),
        ("sexRatio", "tỷ số giới tính (trai / gái)"), ("sexRatioP", "p tỷ số giới tính"),
        ("ageRatio", "tỷ số tuổi (6–29 / 30–59 tháng)"), ("ageRatioP", "p tỷ số tuổi"),
        ("birthDatesFirstOfMonthShare", "tỷ lệ sinh ngày mùng 1"), ("birthDatesFirstOfJanuaryShare", "tỷ lệ sinh ngày 1/1"),
    ]
}
