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
        case .wilsonMethod: "95% Wilson"
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
            "Khoảng cách tính bằng số người: "
                + [
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
        case .record(let reason): JoinedString.joined { Self.record(reason, into: &$0) }
        case .warning(let reason): JoinedString.joined { warning(reason, into: &$0) }
        case .duplicate(let reason): Self.duplicate(reason)
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
        case .schema(let finding): schema(finding)
        }
    }

    /// `problem(_:)` into a sink: the texts of records and warnings, made once per problem, go
    /// piece by piece (a JSON report's `reason`: no String made of them); any other as its String.
    func problem<Sink: TextSink & ~Copyable>(_ key: ProblemText, into sink: inout Sink) {
        switch key {
        case .record(let reason): Self.record(reason, into: &sink)
        case .warning(let reason): warning(reason, into: &sink)
        default: sink.append(.text(problem(key)))
        }
    }

    private static func rejection(_ reason: RejectionReason) -> String {
        switch reason {
        case .unreadable(let why): "không đọc được tệp: " + readFailure(why)
        case .emptyFile: "tệp rỗng"
        case .notWellFormed(let fault): "không phải XML hợp lệ: " + parserFault(fault)
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
        case .limitExceeded(let kind, let limit): "tệp vượt giới hạn an toàn: " + safetyLimit(kind, limit)
        case .duplicateSubmission(let others, let reason): "gửi trùng với \(others.joined(separator: ", ")): \(duplicate(reason))"
        }
    }

    private static func duplicate(_ reason: DuplicateReason) -> String {
        switch reason {
        case .sameGeneratedTime(let code): "cùng xã \(code), cùng kỳ báo cáo và cùng thời điểm tạo (generated)"
        case .noGeneratedTime(let code):
            "cùng xã \(code), cùng kỳ báo cáo nhưng không phải tệp nào cũng có thời điểm tạo (generated) để biết tệp nào mới nhất"
        }
    }

    private static func record<Sink: TextSink & ~Copyable>(_ reason: RecordReason, into sink: inout Sink) {
        switch reason {
        case .missingAttribute(let element, let attribute):
            sink.append(.text("<\(element)> thiếu thuộc tính bắt buộc \(attribute); bản ghi bị loại"))
        case .malformedAttribute(let element, let attribute, let value):
            sink.append(.text("<\(element)> có thuộc tính \(attribute) sai định dạng '\(value)'; bản ghi bị loại"))
        case .bornAfterReferenceDate(let birth, let reference):
            sink.append(.text("<resident> sinh ngày \(birth), sau ngày tham chiếu \(reference); bản ghi bị loại"))
        case .measuredBeforeBirth(let date, let birth):
            sink.append("<measurement> đo ngày ", .text(date), ", trước ngày sinh của trẻ ", .text(birth), "; bản ghi bị loại")
        case .nonPositiveHeight(let value): sink.append(.text("<measurement> có heightCm '\(value)', không lớn hơn 0; bản ghi bị loại"))
        case .cardEndsBeforeStart(let from, let to):
            sink.append("<insuranceCard> có validTo ", .text(to), " trước validFrom ", .text(from), "; thẻ bị bỏ qua")
        case .duplicateResidentID(let id): sink.append(.text("<resident> có id '\(id)' trùng với một người trước đó; bản ghi bị loại"))
        }
    }

    private func warning<Sink: TextSink & ~Copyable>(_ reason: WarningReason, into sink: inout Sink) {
        switch reason {
        case .malformedReportedSummary(let attribute, let value):
            sink.append(.text("<reportedSummary> có thuộc tính \(attribute) sai định dạng '\(value)'; bỏ qua số liệu tự tổng hợp của trạm"))
        case .standingUnderNineMonths(let child):
            sink.append("trẻ ", .text(child), " dưới 9 tháng tuổi nhưng ghi đo tư thế đứng; coi như không ghi tư thế")
        case .superseded(let file): sink.append(.text("đã được thay thế bằng bản gửi lại sau \(file)"))
        case .geography(let reason): sink.append(.text(geographyWarning(reason)))
        case .card(let card): cardWarning(card, into: &sink)
        }
    }

    /// The words of each indicator, in the order of `Indicator.all`.
    static let indicators: [IndicatorWords] = [
        IndicatorWords(
            name: "Tỷ lệ bao phủ bảo hiểm y tế", short: "Bao phủ BHYT", column: "BHYT",
            counted: "người dân", cases: "có thẻ BHYT", severe: "", gapNoun: "người dân cần tham gia BHYT",
            gapNounOne: "người dân cần tham gia BHYT", countedHeading: "Dân số", casesHeading: "có thẻ BHYT",
            gapHeading: "Cần tham gia BHYT"),
        IndicatorWords(
            name: "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", short: "Thấp còi",
            column: "th.còi", counted: "trẻ được đánh giá", cases: "bị thấp còi", severe: "thấp còi nặng",
            gapNoun: "trẻ thấp còi vượt ngưỡng", gapNounOne: "trẻ thấp còi vượt ngưỡng",
            countedHeading: "Trẻ được đánh giá", casesHeading: "thấp còi",
            gapHeading: "Trẻ thấp còi vượt ngưỡng"),
        IndicatorWords(
            name: "Tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", short: "Nhẹ cân",
            column: "nh.cân", counted: "trẻ được đánh giá", cases: "bị nhẹ cân", severe: "nhẹ cân nặng",
            gapNoun: "trẻ nhẹ cân vượt ngưỡng", gapNounOne: "trẻ nhẹ cân vượt ngưỡng",
            countedHeading: "Trẻ được đánh giá", casesHeading: "nhẹ cân",
            gapHeading: "Trẻ nhẹ cân vượt ngưỡng"),
        IndicatorWords(
            name: "Tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi", short: "Gầy còm",
            column: "g.còm", counted: "trẻ được đánh giá", cases: "bị gầy còm", severe: "gầy còm nặng",
            gapNoun: "trẻ gầy còm vượt ngưỡng", gapNounOne: "trẻ gầy còm vượt ngưỡng",
            countedHeading: "Trẻ được đánh giá", casesHeading: "gầy còm",
            gapHeading: "Trẻ gầy còm vượt ngưỡng"),
        IndicatorWords(
            name: "Tỷ lệ thừa cân ở trẻ em dưới 5 tuổi", short: "Thừa cân", column: "th.cân",
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

// MARK: #29: the cards, data quality, geography, workbook, CSV and failures

extension Vietnamese {
    func card(_ key: CardText) -> String {
        switch key {
        case .label(let label): cardLabel(label)
        case .fundingShort(let group): fundingGroupShort(group)
        case .warning(let reason): JoinedString.joined { cardWarning(reason, into: &$0) }
        case .malformation(let why): malformation(why)
        }
    }

    func dataQuality(_ key: DataQualityLabel) -> String { dataQualityLabel(key) }

    func geography(_ key: GeographyText) -> String {
        switch key {
        case .label(let label): geographyLabel(label)
        case .warning(let reason): geographyWarning(reason)
        }
    }

    func workbook(_ key: WorkbookText) -> String {
        switch key {
        case .label(let label): workbookLabel(label)
        case .columnHeading(let column): workbookColumn(column).heading
        case .columnMeaning(let column): workbookColumn(column).meaning
        case .reviewHeading(let column): reviewColumn(column).heading
        case .reviewMeaning(let column): reviewColumn(column).meaning
        case .severe(let cases): cases + " nặng"
        }
    }

    /// Values as the reports name them.
    func csv(_ key: CSVText) -> String {
        switch key {
        case .bool(let value): value ? "có" : "không"
        case .qualityCategory(let category): dataQualityLabel(DataQualityLabel.category(category))
        case .judgement(let judgement): review(.judgement(judgement))
        case .targetStatus(let status): review(.targetStatus(status))
        case .incomplete(let incompleteness): review(.incomplete(incompleteness))
        case .indicatorColumn(let id, let column): words(id).short + " - " + indicatorColumn(column)
        case .reviewColumn(let id, let column): words(id).short + " - " + reviewColumn(column)
        }
    }

    private func indicatorColumn(_ column: CSVIndicatorColumn) -> String {
        switch column {
        case .assessed: "số trẻ được đánh giá"
        case .cases: "số trẻ mắc"
        case .severe: "số trẻ mức nặng"
        case .rate: "tỷ lệ"
        case .ciLow: "KTC 95% - cận dưới"
        case .ciHigh: "KTC 95% - cận trên"
        case .band: "mức ý nghĩa"
        case .meetsTarget: "đạt mục tiêu"
        }
    }

    private func reviewColumn(_ column: CSVReviewColumn) -> String {
        switch column {
        case .change: "thay đổi (kỳ cuối − kỳ đầu)"
        case .changeCILow: "KTC 95% của thay đổi - cận dưới"
        case .changeCIHigh: "KTC 95% của thay đổi - cận trên"
        case .changePeople: "thay đổi số người"
        case .judgement: "nhận định"
        case .targetStatus: "tình trạng chỉ tiêu"
        case .commendationRank: "hạng đề nghị khen"
        case .attentionRank: "hạng cần quan tâm"
        }
    }

    func list(_ key: ListKey) -> [String] {
        switch key {
        case .csvBase:
            [
                "cấp", "mã", "tên", "mã tỉnh", "mã huyện", "từ ngày", "đến ngày", "ngày tham chiếu",
                "số xã", "dân số", "số người có thẻ BHYT", "tỷ lệ bao phủ BHYT", "số trẻ được đánh giá", "số trẻ thấp còi",
                "số trẻ thấp còi nặng", "tỷ lệ thấp còi", "mục tiêu bao phủ BHYT", "mục tiêu thấp còi", "số bản ghi bị loại",
                "số trẻ có số đo không hợp lý", "số trẻ ngoài độ tuổi", "tệp",
                "KTC 95% bao phủ BHYT - cận dưới", "KTC 95% bao phủ BHYT - cận trên", "KTC 95% thấp còi - cận dưới",
                "KTC 95% thấp còi - cận trên", "tỷ lệ thấp còi ổn định (từ 50 trẻ)",
                "số người cần tham gia BHYT", "số trẻ thấp còi vượt ngưỡng",
            ]
        case .csvQuality:
            [
                "điểm trừ HAZ", "chất lượng số liệu HAZ", "điểm trừ WHZ", "chất lượng số liệu WHZ",
                "điểm chất lượng dựa trên dưới 50 trẻ", "số trẻ có HAZ", "số HAZ bị gắn cờ", "tỷ lệ HAZ bị gắn cờ",
                "độ lệch chuẩn HAZ", "độ lệch (skewness) HAZ", "độ nhọn (kurtosis) HAZ",
                "số trẻ có WHZ", "tỷ lệ WHZ bị gắn cờ", "độ lệch chuẩn WHZ",
                "điểm ưu tiên chữ số chiều cao", "điểm ưu tiên chữ số cân nặng",
                "tỷ số giới tính (trai / gái)", "p tỷ số giới tính", "tỷ số tuổi (6–29 / 30–59 tháng)", "p tỷ số tuổi",
                "tỷ lệ sinh ngày mùng 1", "tỷ lệ sinh ngày 1/1",
            ]
        case .csvGeography:
            [
                "số xã phải báo cáo", "số xã đã nhận", "tỷ lệ đầy đủ", "hình thành từ", "thiếu phần được chia của",
                "xã cũ được chia", "mã không có trong danh mục",
            ]
        case .csvReview: ["kỳ đầu so sánh (từ ngày)", "kỳ cuối so sánh (từ ngày)", "chưa đủ số liệu để so sánh"]
        }
    }

    func failure(_ key: FailureText) -> String {
        switch key {
        case .fileSystem(let error): fileSystem(error)
        case .workbook(let error): "\(error.context): \(error.message) (lỗi libxlsxwriter \(error.code.rawValue))"
        case .missingPath(let path): "\(path): không có tệp hay thư mục này"
        case .cannotWrite(let path, let error): "không ghi được \(path): \(error)"
        case .problemsKeptInMemory(let error): "\(error); các vấn đề của một số tệp được giữ lại trong bộ nhớ"
        case .reportLacksProblems(let error): "\(error); báo cáo thiếu một số vấn đề"
        case .noPath: "cần ít nhất một PATH (một tệp hoặc một thư mục chứa các tệp xuất)"
        case .emptyOutput: "--output cần một tên tệp, không phải một đường dẫn rỗng"
        case .targetRange(let option): "\(option) phải nằm trong khoảng từ 0 đến 1"
        case .atLeastOne(let option): "\(option) phải lớn hơn hoặc bằng 1"
        case .workbookNeedsOutput: "--format xlsx ghi ra một bảng tính nhị phân: hãy dùng --output FILE.xlsx"
        case .generate(let key): generate(key)
        }
    }

    private static func readFailure(_ failure: ReadFailure) -> String {
        switch failure {
        case .system(let message): message
        case .folder: "đây là một thư mục"
        case .noParser: "libxml2 không tạo được bộ phân tích cú pháp"
        }
    }

    private static func parserFault(_ fault: ParserFault) -> String {
        switch fault {
        case .libxml2(let message): message
        case .invalidEncoding: "các byte không hợp lệ trong bảng mã của tệp"
        case .stopped(let code): "libxml2 dừng lại với lỗi \(code)"
        }
    }

    private static func safetyLimit(_ kind: SafetyLimit, _ limit: Int) -> String {
        switch kind {
        case .elements: "hơn \(limit) phần tử"
        case .depth: "các phần tử lồng nhau sâu hơn \(limit) cấp"
        case .bytesWithoutMarkup: "hơn \(limit) byte không có thẻ đánh dấu (một thẻ mở, giá trị thuộc tính hoặc đoạn văn bản dài như vậy)"
        }
    }

    private func schema(_ finding: SchemaFinding) -> String {
        "lược đồ: "
            + {
                switch finding {
                case .invalid(let message): message
                case .cannotRead(let message): "không đọc được tệp: " + message
                case .noParser: "libxml2 không tạo được bộ phân tích cú pháp"
                case .emptyFile: "tệp rỗng"
                case .doctype: "không kiểm tra tiếp: tệp xuất của trạm y tế không được có DOCTYPE"
                case .notWellFormed(let message): "không phải XML hợp lệ: " + message
                case .noValidationContext: "libxml2 không tạo được ngữ cảnh kiểm tra"
                case .notPlugged: "libxml2 không gắn được lược đồ vào bộ phân tích cú pháp"
                case .doesNotCompile(let lines, let messages):
                    "lược đồ đi kèm health-station-export-v1.xsd không biên dịch được: "
                        + (messages.isEmpty ? "lỗi không rõ" : zip(lines, messages).map { "dòng \($0): \($1)" }.joined(separator: "; "))
                }
            }()
    }

    private func generate(_ key: GenerateText) -> String {
        switch key {
        case .emptyOut: "--out cần một tên thư mục, không phải một đường dẫn rỗng"
        case .atLeastOne(let option): failure(.atLeastOne(option: option))
        case .notNegative(let option): "\(option) phải lớn hơn hoặc bằng 0"
        case .residentsBelowCommunes: "--residents phải lớn hơn hoặc bằng số xã"
        case .residentsBelowCommunesOption: "--residents phải lớn hơn hoặc bằng --communes"
        case .legacyCommuneCodes: "--legacy-communes phải là các mã xã gồm 5 chữ số, cách nhau bằng dấu phẩy, ví dụ 02482,02494"
        case .legacyCommunesOfOneProvince: "--legacy-communes chỉ nhận các xã của một --province"
        case .notACommuneOf(let commune, let province):
            "--legacy-communes: \(commune) không phải là một xã của tỉnh \(province) trên bản đồ cũ"
        case .provinceCodes: "--province phải là các mã tỉnh trên bản đồ cũ, ví dụ 08 hoặc 02, hoặc 30,31"
        case .unknownProvince(let code): "--province \(code) không phải là một tỉnh trên bản đồ cũ"
        case .yearRange(let lower, let upper): "--year phải nằm trong khoảng từ \(lower) đến \(upper)"
        case .adversarialOneOf(let values): "--adversarial phải là một trong các giá trị \(values.joined(separator: ", "))"
        case .wroteAdversarial(let kind, let records, let folder): "đã ghi tệp xuất \(kind) gồm \(records) bản ghi vào \(folder)"
        case .wroteProvince(let files, let residents, let measurements, let folder):
            "đã ghi \(files) tệp xuất, \(residents) người dân, \(measurements) lần đo vào \(folder)"
        }
    }

    /// The system's own text of the error (`strerror`) stays as the C library gives it.
    private func fileSystem(_ error: FileSystemError) -> String {
        let (path, reason) = (error.path, error.reason)
        return switch error.operation {
        case .createFileIn: "không tạo được tệp trong \(path): \(reason)"
        case .write: "không ghi được \(path): \(reason)"
        case .renameInto: "không đổi tên được tệp đã ghi xong về đúng chỗ: \(reason)"
        case .createFolder: "không tạo được thư mục \(path): \(reason)"
        case .createTemporaryIn: "không tạo được tệp tạm trong \(path) (TMPDIR): \(reason)"
        case .readTemporary: "không đọc lại được tệp tạm \(path): \(reason)"
        case .replace(.symbolicLink): "đây là một liên kết tượng trưng; dùng --follow-symlink để thay tệp mà liên kết trỏ tới"
        case .replace(let kind): "đây là \(fileKind(kind)); chỉ thay thế tệp thông thường"
        case .writeStandardOutput: "không ghi được ra đầu ra chuẩn: \(reason)"
        case .emptyPath: "đường dẫn rỗng"
        }
    }

    private func fileKind(_ kind: FileSystemError.FileKind) -> String {
        switch kind {
        case .folder: "một thư mục"
        case .device: "một thiết bị"
        case .fifo: "một FIFO (ống có tên)"
        case .socket: "một socket"
        case .symbolicLink: "một liên kết tượng trưng"
        }
    }

    /// A card warning (one per warning, so in pieces rather than interpolated: `TextSink`).
    private func cardWarning<Sink: TextSink & ~Copyable>(_ reason: CardWarningReason, into sink: inout Sink) {
        switch reason {
        case .unknownForm(let number, let why):
            sink.append(
                "số thẻ BHYT '", .text(number), "' không đúng định dạng: ", .text(malformation(why)),
                "; thẻ vẫn được tính vào bao phủ, nhóm đối tượng không xác định")
        case .unknownGroupCode(let number, let code):
            sink.append(
                "số thẻ BHYT '", .text(number), "' có mã đối tượng '", .text(code),
                "' không có trong danh mục; nhóm đối tượng không xác định")
        case .childCardAged6OrMore(let number, let age):
            sink.append(
                "thẻ TE '", .text(number), "' còn hạn vào ngày tham chiếu nhưng người có thẻ đã ", .integer(age),
                " tuổi (thẻ TE dành cho trẻ em dưới 6 tuổi)")
        case .sameNumberInFile(let number, let lines, let more):
            sink.append(.text(problem(.sameNumberInFile(number: number, otherLines: lines, moreLines: more))))
        case .placeholderNumber(let number, let digits):
            sink.append(.text(problem(.placeholderNumber(card: number, digits: digits))))
        }
    }

    /// A geography warning; dates as Vietnamese writes them: 01/07/2025.
    private func geographyWarning(_ reason: GeographyWarningReason) -> String {
        func mapName(_ edition: MapEdition) -> String { geographyLabel(.mapInForce(edition)) }
        switch reason {
        case .unknownCommuneCode(let code, let edition, let inOtherEdition):
            let notOn = "mã xã \(code) không có trong \(mapName(edition))"
            guard inOtherEdition else { return notOn + ", cũng không có trong danh mục \(edition == .legacy ? "2025" : "cũ")" }
            switch edition {
            case .legacy: return notOn + " mà có trong danh mục 2025: mã năm 2025 trong tệp có ngày tham chiếu trước 01/07/2025"
            case .current2025: return notOn + ": đây là mã của danh mục cũ, không còn sử dụng từ 01/07/2025"
            }
        case .nameDiffers(let code, let name, let registerName, let edition, let matchesOtherEdition):
            let differs = "xã \(code) có tên '\(name)'; tên trong \(mapName(edition)) là '\(registerName)'"
            guard matchesOtherEdition else { return differs }
            switch edition {
            case .legacy:
                return differs + "; '\(name)' là tên của mã \(code) trong danh mục 2025: xã năm 2025 trong tệp có ngày tham chiếu trước 01/07/2025"
            case .current2025: return differs + "; '\(name)' là tên của mã \(code) trong danh mục cũ, đến 30/06/2025"
            }
        case .provinceCodeDiffers(let code, let provinceCode, let province, let edition, let matchesOtherEdition):
            let differs = "xã \(code) thuộc tỉnh \(province.code) (\(province.name)) trong \(mapName(edition)), không phải tỉnh \(provinceCode)"
            guard matchesOtherEdition else { return differs }
            switch edition {
            case .legacy: return differs + "; \(provinceCode) là tỉnh của xã này từ 01/07/2025"
            case .current2025: return differs + "; \(provinceCode) là tỉnh của xã này đến 30/06/2025"
            }
        case .districtCodeDiffers(let code, let districtCode, let district):
            return "xã \(code) thuộc đơn vị cấp huyện \(district.code) (\(district.name)) trong \(mapName(.legacy)), không phải \(districtCode)"
        case .districtCodeOn2025Map(let districtCode):
            return "có districtCode \(districtCode), nhưng \(mapName(.current2025)) không còn cấp huyện"
        }
    }

    private func uninsuredColumn(_ key: UninsuredColumn) -> String {
        switch key {
        case .file: return "tệp"
        case .line: return "dòng"
        case .communeCode: return "mã xã"
        case .residentId: return "mã người dân"
        case .sex: return "giới tính"
        case .birthDate: return "ngày sinh"
        case .ageYears: return "tuổi"
        case .ethnicity: return "dân tộc"
        case .poverty: return "hộ nghèo, cận nghèo"
        case .lastCardValidTo: return "hạn thẻ gần nhất"
        case .entitledFree: return "thuộc diện NSNN đóng"
        }
    }

    private func cardCSVColumn(_ key: CardCSVColumn) -> String {
        switch key {
        case .insuredEmployment: return "có thẻ - người lao động và người sử dụng lao động đóng"
        case .insuredSocialInsurance: return "có thẻ - tổ chức bảo hiểm xã hội đóng"
        case .insuredStateBudget: return "có thẻ - ngân sách nhà nước đóng"
        case .insuredBudgetSupported: return "có thẻ - ngân sách nhà nước hỗ trợ mức đóng"
        case .insuredHousehold: return "có thẻ - tham gia theo hộ gia đình"
        case .insuredUnknown: return "có thẻ - không xác định"
        case .under6Residents: return "số trẻ dưới 6 tuổi"
        case .under6Uninsured: return "số trẻ dưới 6 tuổi chưa có thẻ BHYT"
        case .under6UninsuredRate: return "tỷ lệ trẻ dưới 6 tuổi chưa có thẻ BHYT"
        case .duplicatePeople: return "số người trùng mã số BHXH với tệp khác"
        }
    }

    private func cardLabel(_ key: CardLabel) -> String {
        switch key {
        case .fundingGroup(let group): return fundingGroup(group)
        case .fundingGroupsHeading: return "Người có thẻ BHYT theo nhóm đối tượng đóng"
        case .under6WithoutCard: return "Trẻ em dưới 6 tuổi chưa có thẻ BHYT"
        case .uninsured: return "Chưa có thẻ BHYT"
        case .duplicatePeople: return "Người bị trùng (cùng mã số BHXH ở hai tệp trở lên)"
        case .uninsuredColumn(let column): return uninsuredColumn(column)
        case .csvColumn(let column): return cardCSVColumn(column)
        case .under6Short: return "Trẻ dưới 6 tuổi chưa có thẻ"
        case .under6Residents: return "Trẻ dưới 6 tuổi"
        case .insuredShort: return "Có thẻ BHYT"
        case .coverageShort: return "Bao phủ BHYT"
        case .unit: return "Đơn vị"
        case .share: return "tỷ lệ"
        case .number: return "Mã số BHXH"
        case .places: return "Nơi ghi nhận (tệp:dòng, xã)"
        case .period: return "Kỳ báo cáo"
        case .duplicatePeopleCount(let count): return "\(count) người có cùng mã số BHXH ở hai tệp trở lên trong cùng kỳ báo cáo"
        case .duplicateNote: return "Dân số của tỉnh có thể đã tính họ hai lần; số liệu không thay đổi (không thể biết bản ghi nào đúng từ các tệp)."
        case .under6Note: return "Thẻ BHYT của trẻ em dưới 6 tuổi do ngân sách nhà nước đóng (mã TE): mọi trẻ chưa có thẻ đều được cấp thẻ miễn phí."
        case .mixNote: return "Người có thẻ BHYT theo nhóm đối tượng đóng, theo mã đối tượng trên thẻ (thẻ còn hạn đầu tiên của mỗi người)."
        }
    }

    private func fundingGroup(_ key: FundingGroup) -> String {
        switch key {
        case .employment: return "Người lao động và người sử dụng lao động đóng"
        case .socialInsurance: return "Tổ chức bảo hiểm xã hội đóng"
        case .stateBudget: return "Ngân sách nhà nước đóng"
        case .budgetSupported: return "Ngân sách nhà nước hỗ trợ mức đóng"
        case .household: return "Tham gia theo hộ gia đình"
        case .unknown: return "Không xác định"
        }
    }

    private func fundingGroupShort(_ key: FundingGroup) -> String {
        switch key {
        case .employment: return "NLĐ"
        case .socialInsurance: return "BHXH"
        case .stateBudget: return "NSNN"
        case .budgetSupported: return "NSNN HT"
        case .household: return "Hộ GĐ"
        case .unknown: return "KXĐ"
        }
    }

    private func malformation(_ key: CardNumberMalformation) -> String {
        switch key {
        case .notASCII: return "có ký tự không phải chữ in hoa hay chữ số"
        case .length: return "không có 15 ký tự (2 chữ in hoa, mức hưởng 1-5, 2 chữ số mã tỉnh, 10 chữ số) hay 10 chữ số"
        case .groupCode: return "hai ký tự đầu (mã đối tượng) không phải chữ in hoa"
        case .benefitLevel: return "ký tự thứ ba (mức hưởng) không phải chữ số từ 1 đến 5"
        case .provinceCode: return "ký tự thứ tư và thứ năm (mã tỉnh cấp thẻ) không phải chữ số"
        case .socialInsuranceNumber: return "mã số BHXH (10 ký tự cuối) không phải toàn chữ số"
        }
    }

    private func dataQualityLabel(_ key: DataQualityLabel) -> String {
        switch key {
        case .heading: return "Chất lượng số liệu cân đo"
        case .sortNote: return "điểm HAZ kém nhất xếp trước"
        case .introduction: return "Điểm trừ theo phương pháp kiểm tra độ tin cậy SMART: 0–9 rất tốt, 10–14 tốt, 15–24 chấp nhận được, từ 25 trở lên có vấn đề."
        case .fewChildrenNote: return "dưới \(DataQuality.minimumChildren) trẻ: điểm dựa trên quá ít trẻ"
        case .notComputed: return "không tính được (quá ít trẻ)"
        case .problematicStatisticNote: return "In đậm: chỉ số được đánh giá có vấn đề"
        case .problematicMark: return "‡"
        case .problematicMarkExplanation:
            return "‡ Chất lượng số liệu chiều cao có vấn đề (điểm HAZ từ 25 điểm trừ trở lên): tỷ lệ thấp còi này có thể khác xa thực tế."
        case .excellent: return "rất tốt"
        case .good: return "tốt"
        case .acceptable: return "chấp nhận được"
        case .problematic: return "có vấn đề"
        case .digitChartTitle: return "Chữ số hàng phần mười của chiều cao"
        case .digitChartNote:
            return
                "Khi đo chính xác đến milimét, mỗi chữ số xuất hiện gần như đều nhau (10%); số đo dồn vào .0 và .5 cho thấy chiều cao được làm tròn đến centimét hoặc nửa centimét."
        case .digitAxis: return "Chữ số thập phân"
        case .countAxis: return "Số lần đo"
        case .flaggedHAZ: return "HAZ bị gắn cờ (|HAZ| > 6)"
        case .sdHAZ: return "Độ lệch chuẩn của HAZ"
        case .skewnessHAZ: return "Độ lệch (skewness) của HAZ"
        case .kurtosisHAZ: return "Độ nhọn (kurtosis) của HAZ"
        case .flaggedWHZ: return "WHZ bị gắn cờ (|WHZ| > 5)"
        case .sdWHZ: return "Độ lệch chuẩn của WHZ"
        case .skewnessWHZ: return "Độ lệch (skewness) của WHZ"
        case .kurtosisWHZ: return "Độ nhọn (kurtosis) của WHZ"
        case .heightDigitPreference: return "Ưu tiên chữ số khi đo chiều cao"
        case .weightDigitPreference: return "Ưu tiên chữ số khi cân nặng"
        case .sexRatio: return "Tỷ số giới tính (trai / gái)"
        case .ageRatio: return "Tỷ số tuổi (6–29 tháng / 30–59 tháng)"
        case .birthDatesFirstOfMonth: return "Ngày sinh vào mùng 1 của tháng"
        case .birthDatesFirstOfJanuary: return "Ngày sinh vào ngày 1 tháng 1"
        case .hazScore: return "Điểm chất lượng số liệu chiều cao theo tuổi (HAZ)"
        case .whzScore: return "Điểm chất lượng số liệu cân nặng theo chiều cao (WHZ)"
        case .columnUnit: return "Đơn vị"
        case .columnChildren: return "Số trẻ"
        case .columnHAZScore: return "Điểm HAZ"
        case .columnWHZScore: return "Điểm WHZ"
        case .columnCategory: return "Chất lượng"
        case .columnPoints: return "Điểm trừ"
        case .columnFlagged: return "Bị gắn cờ"
        case .columnSD: return "Độ lệch chuẩn"
        case .columnSkewness: return "Độ lệch"
        case .columnKurtosis: return "Độ nhọn"
        case .columnHeightDigits: return "Chữ số chiều cao"
        case .columnWeightDigits: return "Chữ số cân nặng"
        case .columnSexRatio: return "Trai / gái"
        case .columnAgeRatio: return "6–29 / 30–59 tháng"
        case .columnPValue: return "p"
        case .columnFirstOfMonth: return "Sinh ngày mùng 1"
        case .columnFirstOfJanuary: return "Sinh ngày 1/1"
        }
    }

    private func workbookLabel(_ key: XLSXLabel) -> String {
        switch key {
        case .summarySheet: return "Tóm tắt"
        case .provincesSheet: return "Tỉnh"
        case .districtsSheet: return "Huyện"
        case .communesSheet: return "Xã"
        case .breakdownsSheet: return "Theo nhóm"
        case .qualitySheet: return "Chất lượng số liệu"
        case .problemsSheet: return "Vấn đề"
        case .aboutSheet: return "Giải thích"
        case .completenessSheet: return "Mức độ đầy đủ"
        case .missingSheet: return "Xã chưa báo cáo"
        case .reviewSheet: return "Đánh giá 5 năm"
        case .duplicatesSheet: return "Người bị trùng"
        case .overviewSheet: return "Tổng quan"
        case .overviewCounts: return "Số đếm"
        case .overviewVerdict: return "So với mục tiêu"
        case .overviewNote: return "Ghi chú"
        case .yes: return "có"
        case .no: return "không"
        case .aboutSection: return "Mục"
        case .aboutSheetColumn: return "Trang tính"
        case .aboutItem: return "Nội dung"
        case .aboutValue: return "Ý nghĩa hoặc giá trị"
        case .aboutJSON: return "Khóa JSON (analyze --format json)"
        case .sectionGeneral: return "Chung"
        case .sectionColumn: return "Cột"
        case .sectionFile: return "Tệp đã đọc"
        case .tool: return "Công cụ"
        case .inputs: return "Đường dẫn đầu vào"
        case .language: return "Ngôn ngữ"
        case .targets: return "Mục tiêu"
        case .noTarget: return "không có mục tiêu: chỉ xếp mức ý nghĩa sức khỏe cộng đồng"
        case .growthStandards: return "Chuẩn tăng trưởng"
        case .growthStandardsSource:
            return
                "Chuẩn tăng trưởng trẻ em của WHO (2006), bảng mở rộng: chiều dài/chiều cao theo tuổi, cân nặng theo tuổi, cân nặng theo chiều dài, cân nặng theo chiều cao, BMI theo tuổi (https://www.who.int/tools/child-growth-standards/standards)"
        case .bands: return "Mức ý nghĩa sức khỏe cộng đồng"
        case .intervals: return "KTC 95%"
        case .dataQuality: return "Chất lượng số liệu"
        case .specifications: return "Đặc tả"
        case .specificationsValue:
            return "health-station-export-v1 (số liệu), growth-indicators-v1 (chỉ số), data-quality-v1 (chất lượng số liệu), cli-v1 (khóa JSON)"
        case .filesRead: return "Số tệp đã đọc"
        case .sheets: return "Các trang tính"
        case .units: return "Đơn vị"
        case .fileCounted: return "được tính"
        case .fileRejected: return "bị từ chối"
        case .fileSuperseded: return "được thay bằng"
        case .values: return "số giá trị"
        case .score: return "điểm"
        case .boys: return "trai"
        case .girls: return "gái"
        case .young: return "6–29 tháng"
        case .old: return "30–59 tháng"
        case .ratio: return "tỷ số"
        case .birthDates: return "Ngày sinh"
        case .problemRejected: return "tệp bị từ chối"
        case .problemSuperseded: return "tệp được thay thế"
        case .problemInvalid: return "bản ghi không hợp lệ"
        case .problemWarning: return "cảnh báo"
        case .problemFlagged: return "số đo không được tính"
        case .problemKind: return "Loại"
        case .problemFlags: return "Z-score bị gắn cờ"
        case .weightKg: return "Cân nặng (kg)"
        case .problemKindMeaning:
            return
                "tệp bị từ chối (không được tính), tệp được thay thế (bằng bản gửi lại sau), bản ghi không hợp lệ (bị loại), cảnh báo (không làm thay đổi số liệu), hoặc số đo được dùng không hợp lý hay ngoài độ tuổi"
        case .problemFileMeaning: return "tệp, như được đưa vào"
        case .problemLineMeaning: return "dòng của phần tử trong tệp (từ 1)"
        case .problemCommuneMeaning: return "mã xã của tệp"
        case .problemChildMeaning: return "trẻ và số đo được dùng"
        case .problemZMeaning: return "z-score làm tròn 2 chữ số thập phân; để trống khi không tính được"
        case .problemFlagsMeaning: return "các z-score vượt giới hạn gắn cờ của WHO"
        case .problemMessageMeaning: return "nội dung vấn đề"
        case .fewChildren: return "dưới \(DataQuality.minimumChildren) trẻ"
        }
    }

    private func workbookColumn(_ key: XLSXColumnKey) -> (heading: String, meaning: String) {
        switch key {
        case .level: return ("Cấp", "tỉnh, huyện hoặc xã")
        case .code: return ("Mã", "mã đơn vị hành chính, dạng văn bản")
        case .name: return ("Tên", "tên đơn vị theo tệp xuất")
        case .provinceCode: return ("Mã tỉnh", "mã tỉnh")
        case .provinceName: return ("Tỉnh", "tên tỉnh")
        case .districtCode: return ("Mã huyện", "mã huyện")
        case .districtName: return ("Huyện", "tên huyện")
        case .periodFrom: return ("Từ ngày", "ngày đầu kỳ báo cáo")
        case .periodTo: return ("Đến ngày", "ngày cuối kỳ báo cáo")
        case .referenceDate: return ("Ngày tham chiếu", "ngày dùng để xét cư trú và thẻ BHYT")
        case .communes: return ("Số xã", "số xã được cộng vào đơn vị trong kỳ")
        case .file: return ("Tệp", "tệp xuất được tính cho xã trong kỳ")
        case .counted: return ("số được tính", "số người được tính: dân số hoặc số trẻ được đánh giá (mẫu số)")
        case .cases: return ("số ca", "số người có thẻ BHYT, hoặc số trẻ dưới (thừa cân: trên) ngưỡng (tử số)")
        case .severe: return ("số ca nặng", "số ca nặng: z-score dưới −3, hoặc phù với chỉ số theo cân nặng")
        case .rate: return ("tỷ lệ", "số ca / số được tính; để trống khi không có ai")
        case .ciLow: return ("KTC 95% cận dưới", "cận dưới khoảng tin cậy 95% (Wilson) của tỷ lệ")
        case .ciHigh: return ("KTC 95% cận trên", "cận trên khoảng tin cậy 95% (Wilson) của tỷ lệ")
        case .stable: return ("ổn định", "có khi từ 50 trẻ được đánh giá trở lên: tỷ lệ được xếp hạng")
        case .band: return ("mức ý nghĩa", "mức ý nghĩa sức khỏe cộng đồng của tỷ lệ")
        case .target: return ("mục tiêu", "mục tiêu của lần chạy: bao phủ từ mức này trở lên, các tỷ lệ khác dưới mức này")
        case .meets: return ("đạt mục tiêu", "tỷ lệ có đạt mục tiêu không; để trống khi không có tỷ lệ; tô đỏ khi chưa đạt")
        case .gap: return ("khoảng cách", "khoảng cách đến mục tiêu tính bằng số người: số người cần tham gia BHYT, hoặc số ca vượt ngưỡng")
        case .excludedRecords: return ("Bản ghi bị loại", "số bản ghi không hợp lệ bị loại")
        case .implausibleChildren: return ("Trẻ có số đo không hợp lý", "số trẻ có số đo được dùng với |HAZ| > 6")
        case .outOfAgeChildren: return ("Trẻ ngoài độ tuổi", "số trẻ từ 60 tháng tuổi trở lên khi đo")
        case .indicator: return ("Chỉ số", "chỉ số được phân tích")
        case .breakdown: return ("Phân tích theo", "tiêu chí chia nhóm")
        case .group: return ("Nhóm", "tên nhóm")
        case .groupKey: return ("Mã nhóm", "nhóm như tệp xuất và JSON ghi; để trống: không ghi")
        case .fundingGroup:
            return (
                cardLabel(.insuredShort),
                "số người có thẻ BHYT có mã đối tượng (thẻ còn hạn đầu tiên) thuộc nhóm này; sáu nhóm cộng lại bằng số người có thẻ BHYT"
            )
        case .under6Residents: return (cardLabel(.under6Residents), "số người dưới 6 tuổi vào ngày tham chiếu")
        case .under6Uninsured: return (cardLabel(.under6Short), "trong đó, số trẻ chưa có thẻ còn hạn vào ngày tham chiếu: " + cardLabel(.under6Note))
        case .under6Rate:
            return (
                cardLabel(.under6Short) + ": " + cardLabel(.share),
                "số trẻ dưới 6 tuổi chưa có thẻ / số trẻ dưới 6 tuổi; để trống khi không có trẻ nào"
            )
        case .duplicatePeople:
            return (
                workbookLabel(.duplicatesSheet),
                "số người của đơn vị có mã số BHXH trùng với người dân của tệp khác trong cùng kỳ (mỗi người tính một lần); xem trang Người bị trùng"
            )
        case .predecessors:
            return (
                geographyLabel(.predecessors).capitalizedFirst,
                "khi --units current: mã các xã cũ có báo cáo trong kỳ được cộng vào dòng này, cách nhau bằng dấu cách"
            )
        case .lacksDivided:
            return (
                geographyLabel(.lacksDivided).capitalizedFirst,
                "mã các xã cũ bị chia mà xã này nhận một phần: số liệu kỳ theo danh mục cũ không gồm phần đó"
            )
        case .divided:
            return (
                geographyLabel(.divided).capitalizedFirst,
                "có: xã cũ bị chia, là một dòng riêng, chỉ được tính vào tỉnh năm 2025"
            )
        case .unknownCommune: return (geographyLabel(.unknownCommune).capitalizedFirst, "có: mã không có trong danh mục của kỳ, là một dòng riêng")
        case .map: return (geographyLabel(.map), "danh mục dùng để đối chiếu: danh mục có hiệu lực vào ngày tham chiếu của kỳ")
        case .expected: return (geographyLabel(.expected).capitalizedFirst, "số xã của tỉnh theo danh mục phải báo cáo")
        case .received: return (geographyLabel(.received).capitalizedFirst, "số xã phải báo cáo đã gửi ít nhất một tệp được tính")
        case .completeness: return (geographyLabel(.completeness).capitalizedFirst, "số xã đã nhận / số xã phải báo cáo; tô đỏ khi dưới 100%")
        case .missingCount: return ("Chưa gửi", "số xã phải báo cáo chưa gửi tệp nào được tính; mỗi xã là một dòng của trang Xã chưa báo cáo")
        case .missingCodes: return ("Mã xã chưa gửi", "mã các xã đó, cách nhau bằng dấu cách, theo thứ tự của danh mục")
        case .unknownCodes: return (geographyLabel(.unknownCodes), "các mã đã nhận mà danh mục không có cho tỉnh này, cách nhau bằng dấu cách")
        case .communeCode: return ("Mã xã", "mã xã, dạng văn bản")
        case .communeName: return ("Xã", "tên xã theo danh mục")
        case .missingDistrictCode: return ("Mã huyện", "mã huyện của xã; để trống với danh mục 2025 (không có cấp huyện)")
        case .missingDistrictName: return ("Huyện", "tên huyện của xã; để trống với danh mục 2025")
        case .number: return (cardLabel(.number), "mã số BHXH có ở người dân của hai tệp trở lên trong cùng kỳ, dạng văn bản (10 chữ số)")
        case .duplicateFile: return ("Tệp", "tệp của kỳ có người dân mang mã số đó; mỗi người dân một dòng: " + cardLabel(.duplicateNote))
        case .duplicateLine: return ("Dòng", "dòng của người dân trong tệp")
        case .duplicateCommune: return ("Mã xã", "xã của tệp")
        }
    }

    private func reviewColumn(_ key: XLSXReviewColumn) -> (heading: String, meaning: String) {
        switch key {
        case .kind: return ("Loại", "để trống: xã của danh mục; xã cũ bị chia tách hoặc mã không có trong danh mục")
        case .firstCounted: return ("Kỳ đầu: số được tính", "số người được tính ở kỳ đầu (dân số, hoặc số trẻ được đánh giá)")
        case .firstCases: return ("Kỳ đầu: số ca", "số người có thẻ BHYT, hoặc số trẻ mắc, ở kỳ đầu")
        case .firstRate: return ("Kỳ đầu: tỷ lệ", "tỷ lệ ở kỳ đầu")
        case .lastCounted: return ("Kỳ cuối: số được tính", "số người được tính ở kỳ cuối")
        case .lastCases: return ("Kỳ cuối: số ca", "số ca ở kỳ cuối")
        case .lastRate: return ("Kỳ cuối: tỷ lệ", "tỷ lệ ở kỳ cuối")
        case .change: return ("Thay đổi", "tỷ lệ kỳ cuối − tỷ lệ kỳ đầu, tính bằng điểm phần trăm; để trống khi chưa đủ số liệu")
        case .changeCILow: return ("Thay đổi: KTC 95% cận dưới", "cận dưới khoảng tin cậy 95% (Newcombe) của thay đổi")
        case .changeCIHigh: return ("Thay đổi: KTC 95% cận trên", "cận trên khoảng tin cậy 95% (Newcombe) của thay đổi")
        case .changePeople: return ("Thay đổi số người", "số ca kỳ cuối − số ca kỳ đầu")
        case .judgement: return ("Nhận định", "tiến bộ hoặc kém đi khi khoảng tin cậy không chứa 0; tô đỏ khi kém đi")
        case .targetStatus: return ("Tình trạng chỉ tiêu", "đã đạt, vẫn chưa đạt, tụt lại (tô đỏ) hoặc đạt cả hai kỳ")
        case .gapLast: return ("Khoảng cách kỳ cuối", "khoảng cách đến chỉ tiêu tính bằng số người ở kỳ cuối")
        case .fewAssessed: return ("Quá ít trẻ", "có: dưới 50 trẻ trong một kỳ, không xếp hạng")
        case .incomplete: return ("Chưa đủ số liệu", "lý do không tính thay đổi: hai kỳ không gồm cùng các xã")
        case .commendationRank: return ("Hạng đề nghị khen", "thứ hạng trong các xã tiến bộ của tỉnh")
        case .attentionRank: return ("Hạng cần quan tâm", "thứ hạng trong các xã cần quan tâm")
        }
    }

    private func geographyLabel(_ key: GeographyLabel) -> String {
        switch key {
        case .mapInForce(.legacy): return "danh mục đơn vị hành chính cũ (áp dụng đến 30/06/2025)"
        case .mapInForce(.current2025): return "danh mục đơn vị hành chính 2025 (áp dụng từ 01/07/2025)"
        case .mapName(.legacy): return "danh mục cũ"
        case .mapName(.current2025): return "danh mục 2025"
        case .unitsReported: return "Đơn vị như báo cáo, mỗi kỳ theo danh mục của kỳ đó"
        case .unitsCurrent: return "Mọi kỳ theo danh mục hiện hành (2025)"
        case .completenessHeading: return "Mức độ đầy đủ của báo cáo"
        case .expected: return "phải báo cáo"
        case .received: return "đã nhận"
        case .completeness: return "tỷ lệ đầy đủ"
        case .missing: return "Các xã chưa gửi báo cáo"
        case .unknownCodes: return "Mã không có trong danh mục"
        case .district: return "huyện"
        case .divided: return "được chia cho nhiều xã mới (2025)"
        case .lacksDivided: return "thiếu phần được chia của"
        case .predecessors: return "hình thành từ"
        case .unknownCommune: return "xã không có trong danh mục"
        case .todaysMapHeading: return "Xã theo danh mục 2025 và các xã cũ được cộng vào"
        case .commune: return "Xã"
        case .note: return "Ghi chú"
        case .formedFrom: return "Hình thành từ (có báo cáo trong kỳ)"
        case .missingPredecessors: return "không có báo cáo của"
        case .incompleteMark: return "†"
        case .incompleteLegend: return "† kỳ báo cáo chưa đầy đủ (tỷ lệ đầy đủ dưới 100%): số liệu chỉ gồm các xã đã gửi báo cáo"
        case .receivedOf(let received, let expected, let percent, let edition):
            return "\(received)/\(expected) xã theo \(edition == .legacy ? "danh mục cũ" : "danh mục 2025") (\(percent))"
        case .coverageDiffers(let periods):
            return
                "Các kỳ không bao gồm cùng tỷ lệ xã của tỉnh (\(periods.joined(separator: "; "))): thay đổi giữa các kỳ có thể do các xã gửi báo cáo khác nhau, không phải do xã nào thay đổi."
        case .missingCount(let count): return "\(count) xã chưa gửi"
        case .period: return "Kỳ"
        case .map: return "Danh mục"
        case .unitsLine(.reported): return geographyLabel(.unitsReported) + "."
        case .unitsLine(.current):
            return "Mọi kỳ theo danh mục 2025: xã cũ được cộng vào xã mới chứa chúng, xã cũ bị chia chỉ tính vào tỉnh; không còn cấp huyện."
        case .andMore(let count): return "và \(count) xã khác"
        case .csvColumns: return list(.csvGeography).joined(separator: ",")
        case .rowKind(.commune): return ""
        case .rowKind(.divided): return "(xã cũ, đã chia tách)"
        case .rowKind(.unknown): return "(không có trong danh mục)"
        case .tableRowMark(.commune): return ""
        case .tableRowMark(.divided): return "÷"
        case .tableRowMark(.unknown): return "?"
        case .tableRowMarks: return "÷ xã cũ bị chia tách, một dòng riêng   ? mã không có trong danh mục"
        case .incompletePeriods(let province, let periods): return "\(province): báo cáo chưa đầy đủ trong \(periods.joined(separator: ", "))"
        }
    }
}
