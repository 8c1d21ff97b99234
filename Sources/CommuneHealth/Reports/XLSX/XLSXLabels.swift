/// The words only the XLSX workbook shows, in English and Vietnamese, by typed key: sheet names,
/// column headings with what each column means, and the lines of the "About" sheet. Words every
/// report shares (indicator names, bands, verdicts, groups) stay in Labels and IndicatorWords.
enum XLSXLabel: Sendable, CaseIterable {
    // Sheets
    case summarySheet, provincesSheet, districtsSheet, communesSheet, breakdownsSheet, qualitySheet, problemsSheet, aboutSheet
    case completenessSheet, missingSheet, duplicatesSheet, reviewSheet
    // The first sheet, the headline as the HTML cards say it (#27)
    case overviewSheet, overviewCounts, overviewVerdict, overviewNote
    // Values
    case yes, no
    // The About sheet: its columns, sections, items and file statuses
    case aboutSection, aboutSheetColumn, aboutItem, aboutValue, aboutJSON
    case sectionGeneral, sectionColumn, sectionFile
    case tool, inputs, language, targets, noTarget, growthStandards, growthStandardsSource, bands, intervals
    case dataQuality, specifications, specificationsValue, filesRead, sheets, units
    case fileCounted, fileRejected, fileSuperseded
    // Parts of the data-quality headings
    case values, score, boys, girls, young, old, ratio, birthDates, fewChildren
    // The Problems sheet: kinds of problem, headings and what the columns hold
    case problemRejected, problemSuperseded, problemInvalid, problemWarning, problemFlagged
    case problemKind, problemFlags, weightKg
    case problemKindMeaning, problemFileMeaning, problemLineMeaning, problemCommuneMeaning, problemChildMeaning
    case problemZMeaning, problemFlagsMeaning, problemMessageMeaning

    func text(_ language: Language) -> String {
        let (en, vi) = texts
        return language == .en ? en : vi
    }

    private var texts: (String, String) {
        switch self {
        case .summarySheet: return ("Summary", "Tóm tắt")
        case .provincesSheet: return ("Provinces", "Tỉnh")
        case .districtsSheet: return ("Districts", "Huyện")
        case .communesSheet: return ("Communes", "Xã")
        case .breakdownsSheet: return ("Breakdowns", "Theo nhóm")
        case .qualitySheet: return ("Data quality", "Chất lượng số liệu")
        case .problemsSheet: return ("Problems", "Vấn đề")
        case .aboutSheet: return ("About", "Giải thích")
        case .completenessSheet: return ("Completeness", "Mức độ đầy đủ")
        case .missingSheet: return ("Missing communes", "Xã chưa báo cáo")
        case .reviewSheet: return ("Review", "Đánh giá 5 năm")
        case .duplicatesSheet: return ("Duplicate people", "Người bị trùng")
        // #27
        case .overviewSheet: return ("Overview", "Tổng quan")
        case .overviewCounts: return ("Counts", "Số đếm")
        case .overviewVerdict: return ("Against the target", "So với mục tiêu")
        case .overviewNote: return ("Note", "Ghi chú")
        case .yes: return ("yes", "có")
        case .no: return ("no", "không")
        case .aboutSection: return ("Section", "Mục")
        case .aboutSheetColumn: return ("Sheet", "Trang tính")
        case .aboutItem: return ("Item", "Nội dung")
        case .aboutValue: return ("Meaning or value", "Ý nghĩa hoặc giá trị")
        case .aboutJSON: return ("JSON key (analyze --format json)", "Khóa JSON (analyze --format json)")
        case .sectionGeneral: return ("General", "Chung")
        case .sectionColumn: return ("Column", "Cột")
        case .sectionFile: return ("File read", "Tệp đã đọc")
        case .tool: return ("Tool", "Công cụ")
        case .inputs: return ("Paths given", "Đường dẫn đầu vào")
        case .language: return ("Language", "Ngôn ngữ")
        case .targets: return ("Target", "Mục tiêu")
        case .noTarget: return ("no target: the band of public-health significance only",
                                "không có mục tiêu: chỉ xếp mức ý nghĩa sức khỏe cộng đồng")
        case .growthStandards: return ("Growth standards", "Chuẩn tăng trưởng")
        case .growthStandardsSource:
            return ("WHO Child Growth Standards (2006), expanded tables: length/height-for-age, weight-for-age, weight-for-length, weight-for-height, BMI-for-age (https://www.who.int/tools/child-growth-standards/standards)",
                    "Chuẩn tăng trưởng trẻ em của WHO (2006), bảng mở rộng: chiều dài/chiều cao theo tuổi, cân nặng theo tuổi, cân nặng theo chiều dài, cân nặng theo chiều cao, BMI theo tuổi (https://www.who.int/tools/child-growth-standards/standards)")
        case .bands: return ("Public-health significance", "Mức ý nghĩa sức khỏe cộng đồng")
        case .intervals: return ("95% intervals", "KTC 95%")
        case .dataQuality: return ("Data quality", "Chất lượng số liệu")
        case .specifications: return ("Specifications", "Đặc tả")
        case .specificationsValue:
            return ("health-station-export-v1 (figures), growth-indicators-v1 (indicators), data-quality-v1 (data quality), cli-v1 (JSON keys)",
                    "health-station-export-v1 (số liệu), growth-indicators-v1 (chỉ số), data-quality-v1 (chất lượng số liệu), cli-v1 (khóa JSON)")
        case .filesRead: return ("Files read", "Số tệp đã đọc")
        case .sheets: return ("Sheets", "Các trang tính")
        case .units: return ("Units", "Đơn vị")
        case .fileCounted: return ("counted", "được tính")
        case .fileRejected: return ("rejected", "bị từ chối")
        case .fileSuperseded: return ("superseded by", "được thay bằng")
        case .values: return ("values", "số giá trị")
        case .score: return ("score", "điểm")
        case .boys: return ("boys", "trai")
        case .girls: return ("girls", "gái")
        case .young: return ("6–29 months", "6–29 tháng")
        case .old: return ("30–59 months", "30–59 tháng")
        case .ratio: return ("ratio", "tỷ số")
        case .birthDates: return ("Birth dates", "Ngày sinh")
        case .problemRejected: return ("rejected file", "tệp bị từ chối")
        case .problemSuperseded: return ("superseded file", "tệp được thay thế")
        case .problemInvalid: return ("invalid record", "bản ghi không hợp lệ")
        case .problemWarning: return ("warning", "cảnh báo")
        case .problemFlagged: return ("measurement not counted", "số đo không được tính")
        case .problemKind: return ("Kind", "Loại")
        case .problemFlags: return ("Flagged z-scores", "Z-score bị gắn cờ")
        case .weightKg: return ("Weight (kg)", "Cân nặng (kg)")
        case .problemKindMeaning:
            return ("rejected file (nothing of it counts), superseded file (a later resubmission replaced it), invalid record (left out), warning (no figure changed), or measurement used that is implausible or out of age",
                    "tệp bị từ chối (không được tính), tệp được thay thế (bằng bản gửi lại sau), bản ghi không hợp lệ (bị loại), cảnh báo (không làm thay đổi số liệu), hoặc số đo được dùng không hợp lý hay ngoài độ tuổi")
        case .problemFileMeaning: return ("the file, as given", "tệp, như được đưa vào")
        case .problemLineMeaning: return ("1-based line of the element in its file", "dòng của phần tử trong tệp (từ 1)")
        case .problemCommuneMeaning: return ("code of the commune of the file", "mã xã của tệp")
        case .problemChildMeaning: return ("the child and the measurement used", "trẻ và số đo được dùng")
        case .problemZMeaning: return ("z-score rounded to 2 decimals; blank when it cannot be computed",
                                       "z-score làm tròn 2 chữ số thập phân; để trống khi không tính được")
        case .problemFlagsMeaning: return ("z-scores beyond WHO's flag limits", "các z-score vượt giới hạn gắn cờ của WHO")
        case .problemMessageMeaning: return ("what is wrong, in the report's language", "nội dung vấn đề")
        case .fewChildren: return ("fewer than \(DataQuality.minimumChildren) children", "dưới \(DataQuality.minimumChildren) trẻ")
        }
    }
}

/// A column of the unit, breakdown and data-quality sheets: its heading and what it holds.
/// Per-indicator columns take the indicator's name in front ("Stunting: rate").
enum XLSXColumnKey: Sendable, CaseIterable {
    case level, code, name, provinceCode, provinceName, districtCode, districtName
    case periodFrom, periodTo, referenceDate, communes, file
    // Per indicator
    case counted, cases, severe, rate, ciLow, ciHigh, stable, band, target, meets, gap
    case excludedRecords, implausibleChildren, outOfAgeChildren
    // Breakdowns
    case indicator, breakdown, group, groupKey
    // Cards (cards-v1 §6); the funding groups' headings are CardLabel's
    case fundingGroup, under6Residents, under6Uninsured, under6Rate, duplicatePeople
    // A commune row under `--units current` (geography-v1 §5)
    case predecessors, lacksDivided, divided, unknownCommune
    // The Completeness and Missing communes sheets (geography-v1 §4)
    case map, expected, received, completeness, missingCount, missingCodes, unknownCodes
    case communeCode, communeName, missingDistrictCode, missingDistrictName
    // The Duplicate people sheet (cards-v1 §5)
    case number, duplicateFile, duplicateLine, duplicateCommune

    /// The heading, and what the column holds.
    func words(_ language: Language) -> (heading: String, meaning: String) {
        let (en, vi) = texts
        return language == .en ? en : vi
    }

    private var texts: ((String, String), (String, String)) {
        switch self {
        case .level: return (("Level", "province, district or commune"), ("Cấp", "tỉnh, huyện hoặc xã"))
        case .code: return (("Code", "the unit's administrative code, as text"), ("Mã", "mã đơn vị hành chính, dạng văn bản"))
        case .name: return (("Name", "the unit's name as the exports give it"), ("Tên", "tên đơn vị theo tệp xuất"))
        case .provinceCode: return (("Province code", "code of the province"), ("Mã tỉnh", "mã tỉnh"))
        case .provinceName: return (("Province", "name of the province"), ("Tỉnh", "tên tỉnh"))
        case .districtCode: return (("District code", "code of the district"), ("Mã huyện", "mã huyện"))
        case .districtName: return (("District", "name of the district"), ("Huyện", "tên huyện"))
        case .periodFrom: return (("Period from", "first day of the reporting period"), ("Từ ngày", "ngày đầu kỳ báo cáo"))
        case .periodTo: return (("Period to", "last day of the reporting period"), ("Đến ngày", "ngày cuối kỳ báo cáo"))
        case .referenceDate:
            return (("Reference date", "the day on which residence and cards are judged"),
                    ("Ngày tham chiếu", "ngày dùng để xét cư trú và thẻ BHYT"))
        case .communes: return (("Communes", "communes summed into the unit for this period"),
                                ("Số xã", "số xã được cộng vào đơn vị trong kỳ"))
        case .file: return (("File", "the export counted for this commune and period"), ("Tệp", "tệp xuất được tính cho xã trong kỳ"))
        case .counted: return (("counted", "people counted: residents, or children assessed (the denominator)"),
                               ("số được tính", "số người được tính: dân số hoặc số trẻ được đánh giá (mẫu số)"))
        case .cases: return (("cases", "insured residents, or children below (above for overweight) the cut-off (the numerator)"),
                             ("số ca", "số người có thẻ BHYT, hoặc số trẻ dưới (thừa cân: trên) ngưỡng (tử số)"))
        case .severe: return (("severe", "severe cases: z-score below −3, or oedema for weight-based indicators"),
                              ("số ca nặng", "số ca nặng: z-score dưới −3, hoặc phù với chỉ số theo cân nặng"))
        case .rate: return (("rate", "cases / counted; blank when nobody was counted"),
                            ("tỷ lệ", "số ca / số được tính; để trống khi không có ai"))
        case .ciLow: return (("95% CI low", "low end of the 95% Wilson score interval of the rate"),
                             ("KTC 95% cận dưới", "cận dưới khoảng tin cậy 95% (Wilson) của tỷ lệ"))
        case .ciHigh: return (("95% CI high", "high end of the 95% Wilson score interval of the rate"),
                              ("KTC 95% cận trên", "cận trên khoảng tin cậy 95% (Wilson) của tỷ lệ"))
        case .stable: return (("stable", "yes when at least 50 children were assessed: the rate is ranked"),
                              ("ổn định", "có khi từ 50 trẻ được đánh giá trở lên: tỷ lệ được xếp hạng"))
        case .band: return (("band", "band of public-health significance of the rate"),
                            ("mức ý nghĩa", "mức ý nghĩa sức khỏe cộng đồng của tỷ lệ"))
        case .target: return (("target", "the run's target: coverage at least it, other rates below it"),
                              ("mục tiêu", "mục tiêu của lần chạy: bao phủ từ mức này trở lên, các tỷ lệ khác dưới mức này"))
        case .meets: return (("meets target", "whether the rate meets the target; blank without a rate; red when not met"),
                             ("đạt mục tiêu", "tỷ lệ có đạt mục tiêu không; để trống khi không có tỷ lệ; tô đỏ khi chưa đạt"))
        case .gap: return (("gap", "gap to the target in people: residents still to insure, or cases above the line"),
                           ("khoảng cách", "khoảng cách đến mục tiêu tính bằng số người: số người cần tham gia BHYT, hoặc số ca vượt ngưỡng"))
        case .excludedRecords: return (("Excluded records", "invalid records left out (health-station-export-v1 §4)"),
                                       ("Bản ghi bị loại", "số bản ghi không hợp lệ bị loại"))
        case .implausibleChildren: return (("Implausible children", "children whose measurement used has |HAZ| > 6"),
                                           ("Trẻ có số đo không hợp lý", "số trẻ có số đo được dùng với |HAZ| > 6"))
        case .outOfAgeChildren: return (("Out-of-age children", "children 60 months or older at the measurement used"),
                                        ("Trẻ ngoài độ tuổi", "số trẻ từ 60 tháng tuổi trở lên khi đo"))
        case .indicator: return (("Indicator", "the indicator broken down"), ("Chỉ số", "chỉ số được phân tích"))
        case .breakdown: return (("Breakdown", "what the people are grouped by"), ("Phân tích theo", "tiêu chí chia nhóm"))
        case .group: return (("Group", "the group, in words"), ("Nhóm", "tên nhóm"))
        case .groupKey: return (("Group key", "the group as the exports and JSON write it; blank: not recorded"),
                                ("Mã nhóm", "nhóm như tệp xuất và JSON ghi; để trống: không ghi"))
        case .fundingGroup:
            return ((CardLabel.insuredShort.text(.en),
                     "insured residents whose first valid card's group code is of this funding group (cards-v1 §3); the six groups add up to Coverage: insured"),
                    (CardLabel.insuredShort.text(.vi),
                     "số người có thẻ BHYT có mã đối tượng (thẻ còn hạn đầu tiên) thuộc nhóm này; sáu nhóm cộng lại bằng số người có thẻ BHYT"))
        case .under6Residents:
            return ((CardLabel.under6Residents.text(.en), "residents under 6 years old on the reference date"),
                    (CardLabel.under6Residents.text(.vi), "số người dưới 6 tuổi vào ngày tham chiếu"))
        case .under6Uninsured:
            return ((CardLabel.under6Short.text(.en), "of them, without a valid card on the reference date: " + CardLabel.under6Note.text(.en)),
                    (CardLabel.under6Short.text(.vi), "trong đó, số trẻ chưa có thẻ còn hạn vào ngày tham chiếu: " + CardLabel.under6Note.text(.vi)))
        case .under6Rate:
            return ((CardLabel.under6Short.text(.en) + ": " + CardLabel.share.text(.en),
                     "children under 6 without a card / children under 6; blank when there are none"),
                    (CardLabel.under6Short.text(.vi) + ": " + CardLabel.share.text(.vi),
                     "số trẻ dưới 6 tuổi chưa có thẻ / số trẻ dưới 6 tuổi; để trống khi không có trẻ nào"))
        case .duplicatePeople:
            return ((XLSXLabel.duplicatesSheet.text(.en),
                     "people of the unit whose social-insurance number is also on a resident of another file of the period (once per unit; CSV's duplicatePeople); each is on the sheet Duplicate people"),
                    (XLSXLabel.duplicatesSheet.text(.vi),
                     "số người của đơn vị có mã số BHXH trùng với người dân của tệp khác trong cùng kỳ (mỗi người tính một lần); xem trang Người bị trùng"))
        case .predecessors:
            return ((GeographyLabel.predecessors.text(.en).capitalizedFirst,
                     "under --units current: codes of the legacy communes whose files of the period are summed into the row, space-separated"),
                    (GeographyLabel.predecessors.text(.vi).capitalizedFirst,
                     "khi --units current: mã các xã cũ có báo cáo trong kỳ được cộng vào dòng này, cách nhau bằng dấu cách"))
        case .lacksDivided:
            return ((GeographyLabel.lacksDivided.text(.en).capitalizedFirst,
                     "codes of the divided legacy communes of which this commune received a part: its figures of a legacy period lack them"),
                    (GeographyLabel.lacksDivided.text(.vi).capitalizedFirst,
                     "mã các xã cũ bị chia mà xã này nhận một phần: số liệu kỳ theo danh mục cũ không gồm phần đó"))
        case .divided:
            return ((GeographyLabel.divided.text(.en).capitalizedFirst,
                     "yes: a divided legacy commune, a row of its own, counted in its 2025 province only"),
                    (GeographyLabel.divided.text(.vi).capitalizedFirst,
                     "có: xã cũ bị chia, là một dòng riêng, chỉ được tính vào tỉnh năm 2025"))
        case .unknownCommune:
            return ((GeographyLabel.unknownCommune.text(.en).capitalizedFirst, "yes: a code the map of the period does not hold, a row of its own"),
                    (GeographyLabel.unknownCommune.text(.vi).capitalizedFirst, "có: mã không có trong danh mục của kỳ, là một dòng riêng"))
        case .map:
            return ((GeographyLabel.map.text(.en), "the map the period is measured against: the one in force on its reference date"),
                    (GeographyLabel.map.text(.vi), "danh mục dùng để đối chiếu: danh mục có hiệu lực vào ngày tham chiếu của kỳ"))
        case .expected:
            return ((GeographyLabel.expected.text(.en).capitalizedFirst, "communes of the map expected of the province"),
                    (GeographyLabel.expected.text(.vi).capitalizedFirst, "số xã của tỉnh theo danh mục phải báo cáo"))
        case .received:
            return ((GeographyLabel.received.text(.en).capitalizedFirst, "expected communes that sent at least one counted file"),
                    (GeographyLabel.received.text(.vi).capitalizedFirst, "số xã phải báo cáo đã gửi ít nhất một tệp được tính"))
        case .completeness:
            return ((GeographyLabel.completeness.text(.en).capitalizedFirst, "received / expected; red below 100%"),
                    (GeographyLabel.completeness.text(.vi).capitalizedFirst, "số xã đã nhận / số xã phải báo cáo; tô đỏ khi dưới 100%"))
        case .missingCount:
            return (("Missing", "expected communes that sent no counted file; each is a row of the sheet Missing communes"),
                    ("Chưa gửi", "số xã phải báo cáo chưa gửi tệp nào được tính; mỗi xã là một dòng của trang Xã chưa báo cáo"))
        case .missingCodes:
            return (("Missing codes", "their codes, space-separated, in the register's order"),
                    ("Mã xã chưa gửi", "mã các xã đó, cách nhau bằng dấu cách, theo thứ tự của danh mục"))
        case .unknownCodes:
            return ((GeographyLabel.unknownCodes.text(.en), "codes received that the map does not hold for this province, space-separated"),
                    (GeographyLabel.unknownCodes.text(.vi), "các mã đã nhận mà danh mục không có cho tỉnh này, cách nhau bằng dấu cách"))
        case .communeCode: return (("Commune code", "code of the commune, as text"), ("Mã xã", "mã xã, dạng văn bản"))
        case .communeName: return (("Commune", "name of the commune in the register"), ("Xã", "tên xã theo danh mục"))
        case .missingDistrictCode:
            return (("District code", "code of the commune's district; blank on the 2025 map, which has no districts"),
                    ("Mã huyện", "mã huyện của xã; để trống với danh mục 2025 (không có cấp huyện)"))
        case .missingDistrictName:
            return (("District", "name of the commune's district; blank on the 2025 map"),
                    ("Huyện", "tên huyện của xã; để trống với danh mục 2025"))
        case .number:
            return ((CardLabel.number.text(.en), "the social-insurance number found on residents of two or more files of one period, as text (10 digits)"),
                    (CardLabel.number.text(.vi), "mã số BHXH có ở người dân của hai tệp trở lên trong cùng kỳ, dạng văn bản (10 chữ số)"))
        case .duplicateFile:
            return (("File", "a file of the period with a resident of that number; one row per resident: " + CardLabel.duplicateNote.text(.en)),
                    ("Tệp", "tệp của kỳ có người dân mang mã số đó; mỗi người dân một dòng: " + CardLabel.duplicateNote.text(.vi)))
        case .duplicateLine: return (("Line", "line of the resident in the file"), ("Dòng", "dòng của người dân trong tệp"))
        case .duplicateCommune: return (("Commune code", "the file's commune"), ("Mã xã", "xã của tệp"))
        }
    }

    /// A per-indicator heading: "Stunting: rate", or the indicator's own word for its people,
    /// cases and gap ("Coverage: insured").
    func heading(_ indicator: Indicator, _ labels: Labels) -> String {
        let part: String
        switch self {
        case .counted: part = labels.countedHeading(indicator).lowercasedFirst
        case .cases: part = Self.casesWord(indicator.id, labels.language)
        case .severe: part = Self.severeWord(indicator.id, labels.language)
        case .gap: part = labels.gapHeading(indicator).lowercasedFirst
        default: part = words(labels.language).heading
        }
        return labels.short(indicator) + ": " + part
    }

    /// What a per-indicator column holds: "Stunting among children under 5: cases / counted ...".
    func meaning(_ indicator: Indicator, _ labels: Labels) -> String {
        labels.name(indicator) + ": " + words(labels.language).meaning
    }

    /// The heading of an indicator's cases: its words' `casesHeading`.
    static func casesWord(_ id: IndicatorID, _ language: Language) -> String {
        IndicatorWords.of(id, language).casesHeading
    }

    /// The heading of an indicator's severe cases.
    static func severeWord(_ id: IndicatorID, _ language: Language) -> String {
        switch language {
        case .en: return "severely " + casesWord(id, language)
        case .vi: return casesWord(id, language) + " nặng"
        }
    }
}

extension String {
    /// A heading put after the indicator's name starts in lower case, unless it starts with an
    /// acronym ("BHYT").
    fileprivate var lowercasedFirst: String {
        guard let first else { return self }
        if let second = dropFirst().first, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}

/// The columns of the Review sheet that the other sheets do not have (docs/review.md).
enum XLSXReviewColumn: Sendable, CaseIterable {
    case kind, firstCounted, firstCases, firstRate, lastCounted, lastCases, lastRate
    case change, changeCILow, changeCIHigh, changePeople, judgement, targetStatus, gapLast, fewAssessed, incomplete
    case commendationRank, attentionRank

    /// The heading, and what the column holds.
    func words(_ language: Language) -> (heading: String, meaning: String) {
        let (en, vi) = texts
        return language == .en ? en : vi
    }

    private var texts: ((String, String), (String, String)) {
        switch self {
        case .kind: return (("Kind", "blank: a commune of its map; a divided legacy commune or a code not in the register"),
                            ("Loại", "để trống: xã của danh mục; xã cũ bị chia tách hoặc mã không có trong danh mục"))
        case .firstCounted: return (("First: counted", "people counted in the first period (residents, or children assessed)"),
                                    ("Kỳ đầu: số được tính", "số người được tính ở kỳ đầu (dân số, hoặc số trẻ được đánh giá)"))
        case .firstCases: return (("First: cases", "insured residents, or children who are cases, in the first period"),
                                  ("Kỳ đầu: số ca", "số người có thẻ BHYT, hoặc số trẻ mắc, ở kỳ đầu"))
        case .firstRate: return (("First: rate", "the rate in the first period"), ("Kỳ đầu: tỷ lệ", "tỷ lệ ở kỳ đầu"))
        case .lastCounted: return (("Last: counted", "people counted in the last period"),
                                   ("Kỳ cuối: số được tính", "số người được tính ở kỳ cuối"))
        case .lastCases: return (("Last: cases", "cases in the last period"), ("Kỳ cuối: số ca", "số ca ở kỳ cuối"))
        case .lastRate: return (("Last: rate", "the rate in the last period"), ("Kỳ cuối: tỷ lệ", "tỷ lệ ở kỳ cuối"))
        case .change: return (("Change", "last rate − first rate, in percentage points; blank when incomplete"),
                              ("Thay đổi", "tỷ lệ kỳ cuối − tỷ lệ kỳ đầu, tính bằng điểm phần trăm; để trống khi chưa đủ số liệu"))
        case .changeCILow: return (("Change: 95% CI low", "low end of Newcombe's 95% interval of the change"),
                                   ("Thay đổi: KTC 95% cận dưới", "cận dưới khoảng tin cậy 95% (Newcombe) của thay đổi"))
        case .changeCIHigh: return (("Change: 95% CI high", "high end of Newcombe's 95% interval of the change"),
                                    ("Thay đổi: KTC 95% cận trên", "cận trên khoảng tin cậy 95% (Newcombe) của thay đổi"))
        case .changePeople: return (("Change in people", "cases in the last period − cases in the first"),
                                    ("Thay đổi số người", "số ca kỳ cuối − số ca kỳ đầu"))
        case .judgement: return (("Judgement", "improved or worsened when the interval excludes 0; red when worsened"),
                                 ("Nhận định", "tiến bộ hoặc kém đi khi khoảng tin cậy không chứa 0; tô đỏ khi kém đi"))
        case .targetStatus: return (("Target status", "reached, still short, fell back (red) or met in both"),
                                    ("Tình trạng chỉ tiêu", "đã đạt, vẫn chưa đạt, tụt lại (tô đỏ) hoặc đạt cả hai kỳ"))
        case .gapLast: return (("Gap in the last period", "gap to the target in people in the last period"),
                               ("Khoảng cách kỳ cuối", "khoảng cách đến chỉ tiêu tính bằng số người ở kỳ cuối"))
        case .fewAssessed: return (("Too few children", "yes: fewer than 50 children in a period, not ranked"),
                                   ("Quá ít trẻ", "có: dưới 50 trẻ trong một kỳ, không xếp hạng"))
        case .incomplete: return (("Incomplete", "why no change is computed: the two figures do not cover the same communes"),
                                  ("Chưa đủ số liệu", "lý do không tính thay đổi: hai kỳ không gồm cùng các xã"))
        case .commendationRank: return (("Commendation rank", "place among the improved communes of the province"),
                                        ("Hạng đề nghị khen", "thứ hạng trong các xã tiến bộ của tỉnh"))
        case .attentionRank: return (("Attention rank", "place among the communes that need attention"),
                                     ("Hạng cần quan tâm", "thứ hạng trong các xã cần quan tâm"))
        }
    }
}
