/// Every text of the reports in Vietnamese, by key (see LabelKey.swift), problem messages included.
struct Vietnamese: LanguageTexts {
    let format: Labels

    private static let minimum = Uncertainty.minimumStableChildren

    func heading(_ key: Heading) -> String {
        switch key {
        case .reportTitle: "Bao phủ bảo hiểm y tế và tình trạng dinh dưỡng của trẻ em dưới 5 tuổi"
        case .overview: "Tổng quan"
        case .charts: "Các xã theo từng chỉ số, kém nhất xếp trước"
        case .misses: "Các xã chưa đạt mục tiêu, kém nhất xếp trước"
        case .breakdowns: "Phân tích theo nhóm đối tượng"
        case .trend: "Tiến độ qua các kỳ"
        case .quality: "Chất lượng số liệu"
        case .rejected: "Tệp bị từ chối (không được tính)"
        case .superseded: "Tệp đã được thay thế bằng bản gửi lại sau"
        case .invalid: "Bản ghi không hợp lệ (bị loại, phần còn lại của tệp vẫn được tính)"
        case .flagged: "Số đo không hợp lý và trẻ ngoài độ tuổi (không được tính)"
        case .disagreement: "Trạm y tế có số liệu tự tổng hợp khác với số liệu tính toán"
        case .warnings: "Cảnh báo (không làm thay đổi số liệu)"
        case .districts: "Các huyện, thành phố"
        case .communes: "Các xã, phường, thị trấn"
        case .band: "Mức ý nghĩa sức khỏe cộng đồng"
        }
    }

    func column(_ key: Column) -> String {
        switch key {
        case .province: "Tỉnh"
        case .district: "Huyện"
        case .commune: "Xã"
        case .code: "Mã"
        case .name: "Tên"
        case .residents: "Dân số"
        case .insured: "Có thẻ BHYT"
        case .childrenAssessed: "Trẻ được đánh giá"
        case .children: "Số trẻ"
        case .stunted: "Thấp còi"
        case .severelyStunted: "Thấp còi nặng"
        case .communes: "Số xã"
        case .rank: "Hạng"
        case .period: "Kỳ báo cáo"
        case .group: "Nhóm"
        case .file: "Tệp"
        case .line: "Dòng"
        case .reason: "Lý do"
        case .replacedBy: "Được thay bằng"
        case .child: "Mã trẻ"
        case .ageDays: "Tuổi (ngày)"
        case .heightCm: "Chiều cao (cm)"
        case .status: "Tình trạng"
        case .figure: "Chỉ số"
        case .reported: "Trạm báo cáo"
        case .computed: "Tính toán"
        case .change: "Thay đổi"
        case .rate: "Tỷ lệ"
        case .gap: "Khoảng cách đến mục tiêu"
        case .message: "Nội dung"
        case .target: "Mục tiêu"
        case .ci95: "KTC 95%"
        case .tableCode: "mã"
        case .tableName: "tên"
        case .tablePeople: "dân số"
        case .tableKids: "trẻ"
        }
    }

    func note(_ key: Note) -> String {
        switch key {
        case .met, .csvMet: "Đạt"
        case .notMet, .csvNotMet: "Chưa đạt"
        case .noData: "Không có số liệu"
        case .tooFewChildren: "dưới \(Self.minimum) trẻ được đánh giá: tỷ lệ chưa ổn định nên không xếp hạng"
        case .tooFewChildrenShort, .legendUnstable: "dưới \(Self.minimum) trẻ: không xếp hạng"
        case .groupTooSmall: "nhóm có dưới \(Self.minimum) trẻ: tỷ lệ chưa ổn định"
        case .wilsonNote:
            "Khoảng tin cậy 95% (KTC 95%) tính theo phương pháp Wilson: khoảng chứa tỷ lệ thực với độ tin cậy 95%, theo số người được tính."
        case .unitCellNote:
            "Mỗi ô: tỷ lệ và mức ý nghĩa, KTC 95%, n (dân số hoặc số trẻ được đánh giá) và khoảng cách đến mục tiêu."
        case .noCommuneMisses: "Tất cả các xã đều đạt mục tiêu này."
        case .none: "Không có."
        case .noCommune: "Không có xã nào được tính."
        case .noTargetLegend: "không có mục tiêu: chỉ xếp mức ý nghĩa sức khỏe cộng đồng"
        case .bandNote:
            "Mức ý nghĩa sức khỏe cộng đồng theo WHO/UNICEF 2019 (thấp còi, gầy còm, thừa cân) và WHO 1995 (nhẹ cân)."
        case .legendMeets: "đạt mục tiêu"
        case .legendMisses: "chưa đạt mục tiêu"
        case .legendInterval: "KTC 95%"
        case .tableMarks: "* chưa đạt mục tiêu   ~ dưới \(Self.minimum) trẻ: tỷ lệ chưa ổn định, không xếp hạng"
        }
    }

    func number(_ key: NumberText) -> String {
        switch key {
        case .decimalMark: ","
        case .thousandsSeparator: "."
        case .pointChange(let signed): signed + " điểm %"
        case .date(let date): Self.date(date)
        case .span(let from, let to): from + "–" + to
        case .periodLong(let period, let isYear): (isYear ? "năm " : "kỳ ") + period
        case .duration(let seconds): duration(seconds, units: (hours: "giờ", minutes: "phút", seconds: "giây"))
        }
    }

    /// `31/12/2024`.
    private static func date(_ date: CalendarDate) -> String {
        let (y, m, d) = date.components
        return (d < 10 ? "0" : "") + String(d) + "/" + (m < 10 ? "0" : "") + String(m) + "/" + String(y)
    }

    func count(_ key: CountText) -> String {
        switch key {
        case .residentsToInsure(let count): "còn \(n(count)) người dân cần tham gia BHYT"
        case .communeCount(let count): "\(n(count)) xã"
        case .countsLine(let communes, let rejected, let superseded, let invalid, let warnings):
            "\(n(communes)) xã được tính, \(n(rejected)) tệp bị từ chối, \(n(superseded)) tệp được thay thế, \(n(invalid)) bản ghi không hợp lệ bị loại, \(n(warnings)) cảnh báo"
        case .qualitySummary(let flagged, let disagreeing):
            "\(n(flagged)) số đo không hợp lý hoặc ngoài độ tuổi, \(n(disagreeing)) trạm có số liệu tự tổng hợp khác"
        case .progress(let files, let total, let bytes, let totalBytes, let rate, let left):
            "đã đọc \(n(files))/\(n(total)) tệp, " + size(bytes, of: totalBytes, joinedBy: "/")
                + (rate.map { ", " + megabytes($0) + " MB/giây" } ?? "")
                + (left.map { ", còn " + number(.duration(seconds: $0)) } ?? "")
        case .generatedFrom(let files, let periods): "Từ \(n(files)) tệp xuất của trạm y tế\(periods.map { ", " + $0 } ?? "")."
        case .groupGap(let id, let gap): id == .coverage ? "cần \(n(gap)) người" : "vượt \(n(gap)) trẻ"
        case .gapNote(let toReach, let toStayBelow):
            "Khoảng cách tính bằng số người: " + [
                toReach ? "với mục tiêu cần đạt (≥), số người còn thiếu để đạt (người dân cần tham gia BHYT)" : nil,
                toStayBelow ? "với mục tiêu cần giữ dưới (<), số ca vượt quá số lớn nhất giữ tỷ lệ dưới mục tiêu" : nil,
            ].compactMap { $0 }.joined(separator: "; ") + "."
        }
    }

    func unit(_ key: UnitText) -> String {
        switch key {
        case .unnamedProvince(let code): "Tỉnh \(code)"
        case .unnamedDistrict(let code): "Huyện \(code)"
        case .level(.province?): "tỉnh"
        case .level(.district?): "huyện"
        case .level(nil): "xã"
        case .growthStatus(let status): Self.status(status)
        case .group(let dimension, let key): Self.group(dimension, key)
        case .breakdown(let dimension, let id): "\(words(id).short) theo \(Self.dimension(dimension))"
        case .communesOf(let period): "Các xã, \(period)"
        case .districtsOf(let period): "Các huyện, thành phố, \(period)"
        }
    }

    private static func status(_ status: GrowthStatus) -> String {
        switch status {
        case .implausible: "không hợp lý (|HAZ| > 6)"
        case .outOfAge: "ngoài độ tuổi (từ 60 tháng trở lên)"
        case .normal: "bình thường"
        case .stunted: "thấp còi"
        case .severelyStunted: "thấp còi nặng"
        }
    }

    private static func dimension(_ dimension: Breakdown.Dimension) -> String {
        switch dimension {
        case .poverty: "hộ nghèo, cận nghèo"
        case .ageGroup: "nhóm tuổi"
        case .ethnicity: "dân tộc"
        case .sex: "giới tính"
        case .childAgeGroup: "nhóm tháng tuổi"
        }
    }

    private static func group(_ dimension: Breakdown.Dimension, _ key: String?) -> String {
        switch (dimension, key) {
        case (.poverty, "poor"?): "Hộ nghèo"
        case (.poverty, "near-poor"?): "Hộ cận nghèo"
        case (.poverty, _): "Khác"
        case (.ageGroup, "0-5"?): "Dưới 6 tuổi (NSNN đóng)"
        case (.ageGroup, "6-59"?): "Từ 6 đến 59 tuổi"
        case (.ageGroup, _): "Từ 60 tuổi trở lên"
        case (.ethnicity, nil): "Không ghi"
        case (.ethnicity, Breakdown.otherEthnicities?): "Dân tộc khác"
        case (.ethnicity, let name?): name
        case (.sex, "M"?): "Nam"
        case (.sex, _): "Nữ"
        case (.childAgeGroup, "0-23"?): "0–23 tháng"
        case (.childAgeGroup, _): "24–59 tháng"
        }
    }

    func indicator(_ key: IndicatorText) -> String {
        switch key {
        case .word(let id, let word): words(id)[word]
        case .cases(let id, let cases, let assessed, let severe):
            "\(n(cases)) trên \(n(assessed)) \(words(id).counted) \(words(id).cases)"
                + (severe.map { ", \(n($0)) trẻ \(words(id).severe)" } ?? "")
        case .gap(.coverage, let gap): count(.residentsToInsure(gap))
        case .gap(let id, let gap): "\(n(gap)) " + (gap == 1 ? words(id).gapNounOne : words(id).gapNoun)
        case .band(let band): Self.band(band)
        case .target(let comparison): "mục tiêu " + comparison
        case .byCommune(let id, let period): "\(words(id).name) theo xã, \(period)"
        case .sortNote(.atLeast): "tỷ lệ thấp nhất xếp trước"
        case .sortNote(.below): "tỷ lệ cao nhất xếp trước"
        case .misses(let id): "\(words(id).short) chưa đạt mục tiêu"
        }
    }

    private static func band(_ band: PublicHealthBands.Band) -> String {
        switch band {
        case .veryLow: "rất thấp"
        case .low: "thấp"
        case .medium: "trung bình"
        case .high: "cao"
        case .veryHigh: "rất cao"
        }
    }

    func problem(_ key: ProblemText) -> String {
        switch key {
        case .rejection(let reason): Self.rejection(reason)
        case .record(let reason): Self.record(reason)
        case .warning(let reason): Self.warning(reason)
        case .superseded(let file, let by): "\(file): đã được thay thế bằng bản gửi lại sau \(by)"
        case .supersededNotListed(let file, let by):
            "\(file): đã được thay thế bằng bản gửi lại sau \(by); không liệt kê các dòng của tệp này"
        case .noFilesFound(let paths): "không tìm thấy tệp *.xml nào trong \(paths.joined(separator: ", "))"
        case .compareNotFound(let argument, let periods):
            "--compare \(argument): FIRST và LAST phải là hai kỳ có trong các tệp, FIRST trước LAST; các kỳ hiện có: \(periods.isEmpty ? "không có" : periods.joined(separator: ", "))"
        case .validated(let files, let rejected, let problems):
            "đã kiểm tra \(files) tệp: \(files - rejected) tệp đọc được, \(rejected) tệp bị từ chối, \(problems) vấn đề"
        // #26
        case .sameNumberInFile(let number, let lines, let more):
            "mã số BHXH \(number) cũng có ở người dân tại dòng " + lines.map(String.init).joined(separator: ", ")
                + (more == 0 ? "" : " và \(n(more)) dòng khác") + " của tệp này"
        case .placeholderNumber(let card, let digits):
            "số thẻ BHYT '\(card)' có mã số BHXH giả \(digits) (một chữ số lặp lại mười lần), không phải mã của một người: "
                + "thẻ vẫn được tính vào bao phủ, mã số không được dùng để tìm người có mặt ở hai nơi"
        }
    }

    private static func rejection(_ reason: RejectionReason) -> String {
        switch reason {
        case .unreadable(let why): "không đọc được tệp: \(why)"
        case .emptyFile: "tệp rỗng"
        case .notWellFormed(let message): "không phải XML hợp lệ: \(message)"
        case .noMarkup: "không phải XML hợp lệ: đầu tệp không có thẻ XML nào (đây có phải tệp xuất XML không?)"
        case .doctype: "tệp xuất của trạm y tế không được chứa DOCTYPE"
        case .wrongRoot(let name): "phần tử gốc là <\(name)>, cần là <healthStationExport>"
        case .wrongNamespace(let uri):
            "phần tử gốc thuộc không gian tên \(uri.map { "'\($0)'" } ?? "rỗng"), cần là 'urn:commune-health:export:1'"
        case .unsupportedVersion(let version): "phiên bản định dạng '\(version)' không được hỗ trợ (công cụ này đọc 1.x)"
        case .missingAttribute(let element, let attribute): "<\(element)> thiếu thuộc tính bắt buộc \(attribute)"
        case .malformedAttribute(let element, let attribute, let value):
            "<\(element)> có thuộc tính \(attribute) sai định dạng '\(value)'"
        case .missingElement(let name): "thiếu phần tử bắt buộc <\(name)>"
        case .unexpectedElement(let name): "phần tử <\(name)> không có trong định dạng tệp xuất"
        case .misplacedElement(let name):
            "<\(name)> sai vị trí (cần theo thứ tự commune, period, residents, growthMonitoring, reportedSummary, mỗi phần tử một lần)"
        case .periodEndsBeforeStart(let from, let to): "kỳ báo cáo kết thúc (\(to)) trước khi bắt đầu (\(from))"
        case .referenceDateOutsidePeriod(let date): "ngày tham chiếu \(date) nằm ngoài kỳ báo cáo"
        case .countMismatch(let declared, let actual): "residents count=\"\(declared)\" nhưng tệp có \(actual) phần tử resident"
        case .limitExceeded(let limit): "tệp vượt giới hạn an toàn: \(limit)"
        case .duplicateSubmission(let others, .sameGeneratedTime(let code)):
            "gửi trùng với \(others.joined(separator: ", ")): cùng xã \(code), cùng kỳ báo cáo và cùng thời điểm tạo (generated)"
        case .duplicateSubmission(let others, .noGeneratedTime(let code)):
            "gửi trùng với \(others.joined(separator: ", ")): cùng xã \(code), cùng kỳ báo cáo nhưng không phải tệp nào cũng có thời điểm tạo (generated) để biết tệp nào mới nhất"
        }
    }

    private static func record(_ reason: RecordReason) -> String {
        switch reason {
        case .missingAttribute(let element, let attribute): "<\(element)> thiếu thuộc tính bắt buộc \(attribute); bản ghi bị loại"
        case .malformedAttribute(let element, let attribute, let value):
            "<\(element)> có thuộc tính \(attribute) sai định dạng '\(value)'; bản ghi bị loại"
        case .bornAfterReferenceDate(let birth, let reference):
            "<resident> sinh ngày \(birth), sau ngày tham chiếu \(reference); bản ghi bị loại"
        case .measuredBeforeBirth(let date, let birth):
            joinedText("<measurement> đo ngày ", .text(date), ", trước ngày sinh của trẻ ", .text(birth), "; bản ghi bị loại")
        case .nonPositiveHeight(let value): "<measurement> có heightCm '\(value)', không lớn hơn 0; bản ghi bị loại"
        case .cardEndsBeforeStart(let from, let to):
            joinedText("<insuranceCard> có validTo ", .text(to), " trước validFrom ", .text(from), "; thẻ bị bỏ qua")
        case .duplicateResidentID(let id): "<resident> có id '\(id)' trùng với một người trước đó; bản ghi bị loại"
        }
    }

    private static func warning(_ reason: WarningReason) -> String {
        switch reason {
        case .malformedReportedSummary(let attribute, let value):
            "<reportedSummary> có thuộc tính \(attribute) sai định dạng '\(value)'; bỏ qua số liệu tự tổng hợp của trạm"
        case .standingUnderNineMonths(let child):
            joinedText("trẻ ", .text(child), " dưới 9 tháng tuổi nhưng ghi đo tư thế đứng; coi như không ghi tư thế")
        case .superseded(let file): "đã được thay thế bằng bản gửi lại sau \(file)"
        case .geography(let reason): reason.text(.vi)
        case .card(let card): card.text(.vi)
        }
    }

    /// The words of each indicator, in the order of `Indicator.all`.
    static let indicators: [IndicatorWords] = [
        IndicatorWords(name: "Tỷ lệ bao phủ bảo hiểm y tế", short: "Bao phủ BHYT", column: "BHYT",
                       counted: "người dân", cases: "có thẻ BHYT", severe: "", gapNoun: "người dân cần tham gia BHYT",
                       gapNounOne: "người dân cần tham gia BHYT", countedHeading: "Dân số", casesHeading: "có thẻ BHYT",
                       gapHeading: "Cần tham gia BHYT"),
        IndicatorWords(name: "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", short: "Thấp còi",
                       column: "th.còi", counted: "trẻ được đánh giá", cases: "bị thấp còi", severe: "thấp còi nặng",
                       gapNoun: "trẻ thấp còi vượt ngưỡng", gapNounOne: "trẻ thấp còi vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", casesHeading: "thấp còi",
                       gapHeading: "Trẻ thấp còi vượt ngưỡng"),
        IndicatorWords(name: "Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", short: "Nhẹ cân",
                       column: "nh.cân", counted: "trẻ được đánh giá", cases: "bị nhẹ cân", severe: "nhẹ cân nặng",
                       gapNoun: "trẻ nhẹ cân vượt ngưỡng", gapNounOne: "trẻ nhẹ cân vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", casesHeading: "nhẹ cân",
                       gapHeading: "Trẻ nhẹ cân vượt ngưỡng"),
        IndicatorWords(name: "Tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi", short: "Gầy còm",
                       column: "g.còm", counted: "trẻ được đánh giá", cases: "bị gầy còm", severe: "gầy còm nặng",
                       gapNoun: "trẻ gầy còm vượt ngưỡng", gapNounOne: "trẻ gầy còm vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", casesHeading: "gầy còm",
                       gapHeading: "Trẻ gầy còm vượt ngưỡng"),
        IndicatorWords(name: "Tỷ lệ thừa cân ở trẻ em dưới 5 tuổi", short: "Thừa cân", column: "th.cân",
                       counted: "trẻ được đánh giá", cases: "bị thừa cân", severe: "",
                       gapNoun: "trẻ thừa cân vượt ngưỡng", gapNounOne: "trẻ thừa cân vượt ngưỡng",
                       countedHeading: "Trẻ được đánh giá", casesHeading: "thừa cân",
                       gapHeading: "Trẻ thừa cân vượt ngưỡng"),
    ]

    func review(_ key: ReviewText) -> String {
        switch key {
        case .heading(let periods): "Đánh giá 5 năm, \(periods)"
        case .intro(let first, let last):
            "Mỗi xã trên cùng một bản đồ ở \(first) và \(last): mức thay đổi của tỷ lệ tính bằng điểm phần trăm (kỳ cuối − kỳ đầu) với khoảng tin cậy 95% (Newcombe), và thay đổi đó có vượt quá dao động ngẫu nhiên hay không."
        case .judgement(.improved): "tiến bộ"
        case .judgement(.worsened): "kém đi"
        case .judgement(.noClearChange): "chưa rõ thay đổi"
        case .targetStatus(.reached): "đã đạt chỉ tiêu"
        case .targetStatus(.stillShort): "vẫn chưa đạt"
        case .targetStatus(.fellBack): "tụt lại, không còn đạt"
        case .targetStatus(.metBoth): "đạt cả hai kỳ"
        case .incomplete(.onlyFirst): "chưa đủ số liệu: không có số liệu kỳ cuối"
        case .incomplete(.onlyLast): "chưa đủ số liệu: không có số liệu kỳ đầu"
        case .incomplete(.missingPredecessors): "chưa đủ số liệu: không phải mọi xã cũ hợp thành đều báo cáo cả hai kỳ"
        case .incomplete(.lacksDivided): "chưa đủ số liệu: một kỳ thiếu phần của xã cũ bị chia tách"
        case .incomplete(.communesDiffer): "chưa đủ số liệu: các xã khác nhau giữa hai kỳ"
        case .fewAssessed: "dưới \(Self.minimum) trẻ trong một kỳ: không xếp hạng"
        case .commendation: "Đề nghị khen (tiến bộ rõ rệt)"
        case .attention: "Cần quan tâm (kém đi, rồi xa chỉ tiêu nhất)"
        case .noneListed: "không có"
        case .rankRule:
            "Xếp theo mức thay đổi chắc chắn (đầu khoảng tin cậy gần 0 nhất), rồi theo mức thay đổi; danh sách cần quan tâm tiếp theo là khoảng cách tới chỉ tiêu tính bằng số người. Xã chưa đủ số liệu và tỷ lệ trên dưới \(Self.minimum) trẻ không được xếp hạng."
        case .columnChange: "thay đổi"
        case .columnInterval: "KTC 95% của thay đổi"
        case .columnPeople: "số người"
        case .columnJudgement: "nhận định"
        case .columnTarget: "chỉ tiêu"
        case .chartCaption(let id, let first, let last): "\(words(id).name): \(first) → \(last)"
        case .changeInterval(let low, let high): "\(low) đến \(high)"
        case .nothingComparable:
            "Không đơn vị nào có số liệu cả hai kỳ trên cùng một bản đồ (bản đồ năm 2025 khác bản đồ các năm trước): --units current so sánh trên bản đồ hiện nay."
        }
    }

    // #27
    func layout(_ key: LayoutText) -> String {
        switch key {
        case .dotPlotNote(let named):
            "Mỗi xã một hàng, kém nhất trước: \(named) xã kém nhất có ghi tên, mỗi xã còn lại là một chấm (tên xã ở bảng các xã, và hiện ra khi trỏ chuột vào chấm)"
        case .formerDistrict(let name): "trước thuộc \(name)"
        case .noDistrict: "không thuộc huyện nào"
        }
    }
}

// #27: problems by kind.
extension Vietnamese {
    func problemKind(_ key: ProblemKindText) -> String {
        switch key {
        case .kind(let kind): Self.kind(kind)
        case .category(let category):
            switch category {
            case .rejectedFile: "Tệp bị từ chối"
            case .superseded: "Tệp được thay thế"
            case .invalidRecord: "Bản ghi không hợp lệ"
            case .warning: "Cảnh báo"
            case .flaggedMeasurement: "Số đo không được tính"
            case .schema: "Lược đồ XML"
            }
        case .fullList(let list):
            switch list {
            case .validate: "`commune-health validate --format csv PATH` liệt kê đầy đủ"
            case .zscores: "`commune-health zscores PATH` liệt kê từng lần đo và tình trạng"
            case .analyzeJSON: "`--format json` và trang Vấn đề của tệp Excel liệt kê đầy đủ"
            }
        case .count(let category, let problems, let files):
            switch category {
            case .rejectedFile, .superseded: "\(n(files)) tệp"
            default: "\(n(problems)) trong \(n(files)) tệp"
            }
        case .summaryLine(let problems, let kinds):
            "\(n(problems)) vấn đề thuộc \(n(kinds)) loại; mỗi loại nêu một lần, kèm vài ví dụ đầu tiên và nơi liệt kê đầy đủ:"
        case .moreKinds(let kinds, let problems):
            "còn \(n(kinds)) loại vấn đề khác (\(n(problems)) vấn đề): `commune-health validate --format csv PATH` và `--format json` liệt kê đầy đủ"
        case .moreRejected(let count):
            "còn \(n(count)) tệp bị từ chối khác: `commune-health validate --format csv PATH` liệt kê đầy đủ"
        case .moreExamples(let count, let kept, let total):
            "thêm \(n(count)) ví dụ" + (kept < total ? " (giữ \(n(kept)) ví dụ đầu tiên trong số \(n(total)))" : "")
        case .flagged(let child, let ageDays, let height, let haz, let status):
            "trẻ \(child), \(n(ageDays)) ngày tuổi, \(height) cm, HAZ \(haz): \(unit(.growthStatus(status)))"
        case .whereEveryProblemIs:
            "Mỗi loại vấn đề nêu một lần, kèm số vấn đề, số tệp và vài ví dụ đầu tiên. Danh sách đầy đủ kèm TỆP:DÒNG có trong báo cáo JSON (`--format json`) và tệp Excel (`--format xlsx`, trang Vấn đề) của lần chạy này; `commune-health validate --format csv PATH` liệt kê các vấn đề về định dạng và thẻ, `commune-health zscores PATH` liệt kê từng lần đo."
        case .heading: "Vấn đề theo loại"
        case .kindColumn: "Loại"
        case .problemsColumn: "Số vấn đề"
        case .filesColumn: "Số tệp"
        case .fullListColumn: "Danh sách đầy đủ"
        }
    }

    private static func kind(_ kind: ProblemKind) -> String {
        switch kind {
        case .unreadable: "không đọc được tệp"
        case .emptyFile: "tệp rỗng"
        case .notWellFormed: "không phải XML hợp lệ"
        case .noMarkup: "đầu tệp không có thẻ XML nào"
        case .doctype: "tệp có DOCTYPE"
        case .wrongRoot: "không phải tệp xuất của trạm y tế (phần tử gốc khác)"
        case .wrongNamespace: "phần tử gốc thuộc không gian tên khác"
        case .unsupportedVersion: "phiên bản định dạng không được hỗ trợ"
        case .headerMissingAttribute: "thiếu thuộc tính bắt buộc"
        case .headerMalformedAttribute: "thuộc tính sai định dạng"
        case .missingElement: "thiếu phần tử bắt buộc"
        case .unexpectedElement: "phần tử lạ trong không gian tên của tệp xuất"
        case .misplacedElement: "phần tử sai vị trí"
        case .periodEndsBeforeStart: "kỳ báo cáo kết thúc trước khi bắt đầu"
        case .referenceDateOutsidePeriod: "ngày tham chiếu nằm ngoài kỳ báo cáo"
        case .countMismatch: "số cư dân khai báo khác số cư dân trong tệp"
        case .limitExceeded: "vượt giới hạn an toàn"
        case .duplicateSubmission: "hai bản gửi của cùng một xã và kỳ không phân biệt được"
        case .superseded: "được thay thế bằng bản gửi lại sau"
        case .recordMissingAttribute: "thiếu thuộc tính bắt buộc (bản ghi bị loại)"
        case .recordMalformedAttribute: "thuộc tính sai định dạng (bản ghi bị loại)"
        case .bornAfterReferenceDate: "cư dân sinh sau ngày tham chiếu"
        case .measuredBeforeBirth: "lần đo có ngày trước ngày sinh của trẻ"
        case .nonPositiveHeight: "chiều cao không lớn hơn 0"
        case .cardEndsBeforeStart: "thẻ có validTo trước validFrom (bỏ qua thẻ)"
        case .duplicateResidentID: "mã cư dân bị dùng hai lần"
        case .malformedReportedSummary: "số liệu tự tổng hợp của trạm sai định dạng (bỏ qua)"
        case .standingUnderNineMonths: "trẻ dưới 9 tháng tuổi ghi đo tư thế đứng"
        case .geographyUnknownCode: "mã xã không có trên bản đồ"
        case .geographyNameDiffers: "tên xã khác với danh mục"
        case .geographyProvinceDiffers: "mã tỉnh khác với danh mục"
        case .geographyDistrictDiffers: "mã huyện khác với danh mục"
        case .geographyDistrictOn2025Map: "có mã huyện trên bản đồ 2025, vốn không còn cấp huyện"
        case .cardUnknownForm: "số thẻ không đúng dạng"
        case .cardUnknownGroupCode: "mã đối tượng của thẻ không có trong bảng"
        case .cardChildCardAged6OrMore: "thẻ TE (trẻ em) do người từ 6 tuổi trở lên giữ"
        case .cardSameNumberInFile: "cùng một số thẻ cho hai cư dân trong một tệp"
        case .cardPlaceholderNumber: "số thẻ giữ chỗ (một chữ số lặp mười lần)"
        case .implausible: "chiều cao theo tuổi không hợp lý"
        case .outOfAge: "lần đo ngoài độ tuổi"
        case .weightScoreFlagged: "chỉ số z theo cân nặng bị gắn cờ"
        case .schema: "không đúng lược đồ XML (XML Schema)"
        }
    }
}

// MARK: #28, WHO's standard analysis

extension Vietnamese {
    func who(_ key: WHOText) -> String {
        switch key {
        case .title: "Phân tích chuẩn của WHO về tăng trưởng trẻ em (anthro_prevalence)"
        case .method:
            "Phân tích chuẩn của WHO và UNICEF (2019), tính như gói R anthro của WHO (anthro_prevalence) cho một mẫu không có cụm, tầng hay trọng số: theo từng nhóm, trung bình điểm z và độ lệch chuẩn, tỷ lệ trẻ dưới −3 và −2 SD và trên +2 SD với khoảng tin cậy 95% logit (phân vị t, N − 1 bậc tự do, N là số trẻ của đơn vị). Điểm z bị gắn cờ bị loại; trẻ bị phù được tính dưới −3 SD cho cân nặng theo tuổi và cân nặng theo chiều cao, và không tính vào trung bình của chúng; trẻ trên 1.826 ngày tuổi bị loại. Các bảng khác của báo cáo vẫn dùng khoảng tin cậy Wilson."
        case .indicator(let index):
            switch index {
            case .ha: "Chiều dài/chiều cao theo tuổi (HAZ)"
            case .wa: "Cân nặng theo tuổi (WAZ)"
            case .bmi: "BMI theo tuổi (BAZ)"
            case .wh: "Cân nặng theo chiều dài/chiều cao (WHZ)"
            }
        case .group(let group):
            switch group {
            case .all: "Tất cả"
            case .age(let age): "Nhóm tuổi: " + Self.months(age)
            case .sex(let sex): "Giới: " + (sex == .female ? "Nữ" : "Nam")
            case .ageAndSex(let age, let sex): "Tuổi + giới: " + Self.months(age) + ", " + (sex == .female ? "nữ" : "nam")
            case .area(let area): "Khu vực: " + (area == .urban ? "Thành thị" : "Nông thôn")
            case .poverty(let poverty):
                "Tình trạng nghèo: " + (poverty == .poor ? "Hộ nghèo" : poverty == .nearPoor ? "Hộ cận nghèo" : "Không nghèo")
            case .ethnicity(let name): "Dân tộc: " + name
            }
        case .columnGroup: "Nhóm"
        case .columnChildren: "số trẻ"
        case .columnMean: "trung bình z"
        case .columnSD: "độ lệch chuẩn"
        case .stuntedAndWasted: "HAZ < −2 và WHZ < −2"
        case .cutoff(let sd): sd < 0 ? "dưới −\(-sd) SD" : "trên +\(sd) SD"
        case .distributionTitle: "Phân bố điểm z so với chuẩn WHO"
        case .distributionNote:
            "Biểu đồ tần suất (histogram) của các điểm z không bị gắn cờ, theo khoảng 0,1 SD (0,2 SD khi dưới 1.000 trẻ, 0,5 SD khi dưới 200 trẻ; tỷ lệ trẻ trong mỗi khoảng chia cho độ rộng của khoảng, không làm trơn), bé gái và bé trai riêng; đường cong là chuẩn WHO, N(0, 1); đường liền là trung bình và dải là trung bình ± 1 SD. Trẻ bị phù không có điểm z theo cân nặng và không được vẽ."
        case .girls: "Bé gái"
        case .boys: "Bé trai"
        case .summary(let n, let mean, let sd): "n = \(n), trung bình \(mean), độ lệch chuẩn \(sd)"
        case .sheetName: "Phân tích WHO"
        }
    }

    private static func months(_ age: WHOAgeGroup) -> String {
        ["00-05 tháng", "06-11 tháng", "12-23 tháng", "24-35 tháng", "36-47 tháng", "48-59 tháng"][age.rawValue]
    }
}
