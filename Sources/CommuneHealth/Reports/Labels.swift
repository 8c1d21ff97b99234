/// The language of a report's labels, headings, columns, messages and number format.
/// JSON keys, codes and file names never change with it.
public enum Language: String, Sendable, CaseIterable {
    case en, vi
}

/// Every word a report shows, in English or Vietnamese, and numbers as the language writes them:
/// English `2,214` and `92.3%`, Vietnamese `2.214` and `92,3%`.
public struct Labels: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    func pick(_ en: String, _ vi: String) -> String { language == .en ? en : vi }

    // MARK: Numbers

    var decimalMark: String { pick(".", ",") }
    var thousandsSeparator: String { pick(",", ".") }

    /// An integer with thousands grouped: `2,214` / `2.214`.
    public func integer(_ value: Int) -> String {
        (value < 0 ? "−" : "") + grouped(String(value.magnitude))
    }

    /// A string of digits with thousands grouped, whatever its length.
    private func grouped(_ digits: String) -> String {
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += thousandsSeparator }
            grouped.append(digit)
        }
        return grouped
    }

    /// A decimal with `places` places, halves away from zero: `92.3` / `92,3`.
    public func decimal(_ value: Double, places: Int) -> String {
        let fixed = formatFixed(value, places: places)
        let negative = fixed.hasPrefix("-")
        let body = negative ? String(fixed.dropFirst()) : fixed
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var text = parts[0].allSatisfy(\.isNumber) ? grouped(String(parts[0])) : String(parts[0])
        if parts.count > 1 { text += decimalMark + parts[1] }
        return (negative ? "−" : "") + text
    }

    /// A rate from 0 to 1 as a percentage with one decimal, or a dash when it does not exist.
    public func percent(_ value: Double?, places: Int = 1) -> String {
        guard let value else { return "–" }
        return decimal(value * 100, places: places) + "%"
    }

    /// A target as a percentage, without needless decimals: `100%`, `20%`, `17.5%`.
    public func targetPercent(_ value: Double) -> String {
        let scaled = value * 100
        for places in 0...3 where abs(roundHalfAwayFromZero(scaled, decimals: places) - scaled) < 1e-9 {
            return decimal(scaled, places: places) + "%"
        }
        return decimal(scaled, places: 3) + "%"
    }

    /// A 95% interval as `91.1–93.3%`, or a dash.
    public func interval(_ value: ProportionInterval?) -> String {
        guard let value else { return "–" }
        return decimal(value.low * 100, places: 1) + "–" + decimal(value.high * 100, places: 1) + "%"
    }

    /// A change of rate in percentage points, signed: `+3.2 pp` / `+3,2 điểm %`.
    func pointChange(_ value: Double) -> String {
        let text = decimal(abs(value) * 100, places: 1)
        let sign = roundHalfAwayFromZero(value * 100, decimals: 1) == 0 ? "±" : (value > 0 ? "+" : "−")
        return sign + text + pick(" pp", " điểm %")
    }

    /// A date as the language writes it: `2024-12-31` / `31/12/2024`.
    func date(_ value: CalendarDate) -> String {
        guard language == .vi else { return value.description }
        let (y, m, d) = value.components
        return (d < 10 ? "0" : "") + String(d) + "/" + (m < 10 ? "0" : "") + String(m) + "/" + String(y)
    }

    /// A period, short: `2024` for a calendar year, else both dates.
    func period(_ key: PeriodKey) -> String {
        let from = key.from.components, to = key.to.components
        if from.year == to.year, (from.month, from.day) == (1, 1), (to.month, to.day) == (12, 31) {
            return String(from.year)
        }
        return date(key.from) + pick(" to ", "–") + date(key.to)
    }

    /// A period in a sentence or heading: `2024` / `năm 2024`.
    func periodLong(_ key: PeriodKey) -> String {
        let short = period(key)
        return short.count == 4 ? pick(short, "năm " + short) : pick(short, "kỳ " + short)
    }

    /// From the earliest to the latest period: `2021 to 2024` / `2021–2024`.
    func periodRange(_ first: PeriodKey, _ last: PeriodKey) -> String {
        first == last ? period(first) : period(first) + pick(" to ", "–") + period(last)
    }

    /// From the earliest to the latest of `periods` (in order), or nil when there is none.
    func periodRange(_ periods: [PeriodKey]) -> String? {
        guard let first = periods.first, let last = periods.last else { return nil }
        return periodRange(first, last)
    }

    // MARK: Indicators and targets

    var reportTitle: String {
        pick("Health-insurance coverage and growth of children under 5",
             "Bao phủ bảo hiểm y tế và tình trạng dinh dưỡng của trẻ em dưới 5 tuổi")
    }
    var met: String { pick("Met", "Đạt") }
    var notMet: String { pick("Not met", "Chưa đạt") }
    var noData: String { pick("No data", "Không có số liệu") }
    var target: String { pick("Target", "Mục tiêu") }
    var ci95: String { pick("95% CI", "KTC 95%") }

    func verdict(_ met: Bool?) -> String {
        switch met {
        case true?: return self.met
        case false?: return notMet
        case nil: return noData
        }
    }


    func residentsToInsure(_ count: Int) -> String {
        pick("\(integer(count)) residents still to insure", "còn \(integer(count)) người dân cần tham gia BHYT")
    }
    var tooFewChildren: String {
        pick("fewer than \(Uncertainty.minimumStableChildren) children assessed: the rate is not stable and is not ranked",
             "dưới \(Uncertainty.minimumStableChildren) trẻ được đánh giá: tỷ lệ chưa ổn định nên không xếp hạng")
    }
    var tooFewChildrenShort: String {
        pick("fewer than \(Uncertainty.minimumStableChildren) children: not ranked",
             "dưới \(Uncertainty.minimumStableChildren) trẻ: không xếp hạng")
    }
    var groupTooSmall: String {
        pick("fewer than \(Uncertainty.minimumStableChildren) children in the group: the rate is not stable",
             "nhóm có dưới \(Uncertainty.minimumStableChildren) trẻ: tỷ lệ chưa ổn định")
    }
    var wilsonNote: String {
        pick("Intervals are 95% Wilson score intervals: the range in which the true rate lies with 95% confidence, given the number of people counted.",
             "Khoảng tin cậy 95% (KTC 95%) tính theo phương pháp Wilson: khoảng chứa tỷ lệ thực với độ tin cậy 95%, theo số người được tính.")
    }
    /// How gaps are counted, by the direction of each target the run has; nil without a target.
    func gapNote(_ targets: Targets) -> String? {
        let directions = Set(Indicator.all.filter { targets[$0.id] != nil }.map { $0.direction == .atLeast })
        guard !directions.isEmpty else { return nil }
        var clauses: [String] = []
        if directions.contains(true) {
            clauses.append(pick("for a target to reach (≥), the people still needed to reach it (residents to insure)",
                                "với mục tiêu cần đạt (≥), số người còn thiếu để đạt (người dân cần tham gia BHYT)"))
        }
        if directions.contains(false) {
            clauses.append(pick("for a target to stay below (<), the cases above the largest number that keeps the rate below it",
                                "với mục tiêu cần giữ dưới (<), số ca vượt quá số lớn nhất giữ tỷ lệ dưới mục tiêu"))
        }
        return pick("Gaps are in people: ", "Khoảng cách tính bằng số người: ") + clauses.joined(separator: "; ") + "."
    }

    // MARK: Units and columns

    var province: String { pick("Province", "Tỉnh") }
    var district: String { pick("District", "Huyện") }
    var commune: String { pick("Commune", "Xã") }
    var districtsHeading: String { pick("Districts", "Các huyện, thành phố") }
    var communesHeading: String { pick("Communes", "Các xã, phường, thị trấn") }
    func provinceName(_ unit: UnitSummary) -> String {
        unit.name ?? pick("Province \(unit.code)", "Tỉnh \(unit.code)")
    }
    func districtName(_ unit: UnitSummary) -> String {
        unit.name ?? pick("District \(unit.code)", "Huyện \(unit.code)")
    }
    func level(_ level: UnitSummary.Level?) -> String {
        switch level {
        case .province?: return pick("province", "tỉnh")
        case .district?: return pick("district", "huyện")
        case nil: return pick("commune", "xã")
        }
    }
    func communeCount(_ count: Int) -> String { pick("\(integer(count)) \(count == 1 ? "commune" : "communes")", "\(integer(count)) xã") }

    var code: String { pick("Code", "Mã") }
    var name: String { pick("Name", "Tên") }
    var residents: String { pick("Residents", "Dân số") }
    var insured: String { pick("Insured", "Có thẻ BHYT") }
    var childrenAssessed: String { pick("Children assessed", "Trẻ được đánh giá") }
    var children: String { pick("Children", "Số trẻ") }
    var stunted: String { pick("Stunted", "Thấp còi") }
    var severelyStunted: String { pick("Severely stunted", "Thấp còi nặng") }
    var communes: String { pick("Communes", "Số xã") }
    var rank: String { pick("Rank", "Hạng") }
    var period: String { pick("Period", "Kỳ báo cáo") }
    var group: String { pick("Group", "Nhóm") }
    var file: String { pick("File", "Tệp") }
    var line: String { pick("Line", "Dòng") }
    var reason: String { pick("Reason", "Lý do") }
    var replacedBy: String { pick("Replaced by", "Được thay bằng") }
    var child: String { pick("Child", "Mã trẻ") }
    var ageDays: String { pick("Age (days)", "Tuổi (ngày)") }
    var heightCm: String { pick("Height (cm)", "Chiều cao (cm)") }
    var status: String { pick("Status", "Tình trạng") }
    var figure: String { pick("Figure", "Chỉ số") }
    var reported: String { pick("Reported by the station", "Trạm báo cáo") }
    var computed: String { pick("Computed", "Tính toán") }
    var change: String { pick("Change", "Thay đổi") }
    var rate: String { pick("Rate", "Tỷ lệ") }
    var gap: String { pick("Gap to target", "Khoảng cách đến mục tiêu") }
    var message: String { pick("Message", "Nội dung") }

    func reportedFigure(_ name: String) -> String {
        switch name {
        case "population": return residents
        case "insured": return insured
        case "childrenAssessed": return childrenAssessed
        case "stunted": return stunted
        default: return name
        }
    }

    func flaggedStatus(_ status: GrowthStatus) -> String {
        switch status {
        case .implausible: return pick("implausible (|HAZ| > 6)", "không hợp lý (|HAZ| > 6)")
        case .outOfAge: return pick("out of age (60 months or older)", "ngoài độ tuổi (từ 60 tháng trở lên)")
        case .normal: return pick("normal", "bình thường")
        case .stunted: return pick("stunted", "thấp còi")
        case .severelyStunted: return pick("severely stunted", "thấp còi nặng")
        }
    }

    // MARK: Sections

    var overviewHeading: String { pick("Overview", "Tổng quan") }
    var chartsHeading: String { pick("Communes, indicator by indicator, worst first", "Các xã theo từng chỉ số, kém nhất xếp trước") }
    var missesHeading: String { pick("Communes that miss a target, worst first", "Các xã chưa đạt mục tiêu, kém nhất xếp trước") }
    var noCommuneMisses: String { pick("Every commune meets this target.", "Tất cả các xã đều đạt mục tiêu này.") }
    var breakdownsHeading: String { pick("Breakdowns by group", "Phân tích theo nhóm đối tượng") }
    var trendHeading: String { pick("Progress across periods", "Tiến độ qua các kỳ") }
    var qualityHeading: String { pick("Data quality", "Chất lượng số liệu") }
    var rejectedHeading: String { pick("Rejected files (nothing of them is counted)", "Tệp bị từ chối (không được tính)") }
    var supersededHeading: String { pick("Superseded files (a later resubmission replaced them)", "Tệp đã được thay thế bằng bản gửi lại sau") }
    var invalidHeading: String { pick("Invalid records (excluded, the rest of the file counts)", "Bản ghi không hợp lệ (bị loại, phần còn lại của tệp vẫn được tính)") }
    var flaggedHeading: String { pick("Implausible and out-of-age measurements (not counted)", "Số đo không hợp lý và trẻ ngoài độ tuổi (không được tính)") }
    var disagreementHeading: String {
        pick("Stations whose own summary disagrees with the computed figures",
             "Trạm y tế có số liệu tự tổng hợp khác với số liệu tính toán")
    }
    var warningsHeading: String { pick("Warnings (no figure changed)", "Cảnh báo (không làm thay đổi số liệu)") }
    var none: String { pick("None.", "Không có.") }

    /// How many communes were counted and how many files and records were left out.
    func countsLine(_ analysis: Analysis) -> String {
        let communes = analysis.communes.count, rejected = analysis.rejectedFiles.count
        let superseded = analysis.supersededFiles.count, invalid = analysis.invalidRecords.count
        return pick("\(integer(communes)) communes counted, \(integer(rejected)) files rejected, \(integer(superseded)) superseded, \(integer(invalid)) invalid records excluded",
             "\(integer(communes)) xã được tính, \(integer(rejected)) tệp bị từ chối, \(integer(superseded)) tệp được thay thế, \(integer(invalid)) bản ghi không hợp lệ bị loại")
    }
    func qualitySummary(flagged: Int, disagreeing: Int, warnings: Int) -> String {
        pick("\(integer(flagged)) measurements implausible or out of age, \(integer(disagreeing)) stations disagreeing with the computed figures, \(integer(warnings)) warnings",
             "\(integer(flagged)) số đo không hợp lý hoặc ngoài độ tuổi, \(integer(disagreeing)) trạm có số liệu tự tổng hợp khác, \(integer(warnings)) cảnh báo")
    }
    func generatedFrom(files: Int, periods: String?) -> String {
        let span = periods.map { ", " + $0 } ?? ""
        return pick("From \(integer(files)) station exports\(span).", "Từ \(integer(files)) tệp xuất của trạm y tế\(span).")
    }
    var noCommune: String { pick("No commune was counted.", "Không có xã nào được tính.") }

    // MARK: Charts

    var legendMeets: String { pick("meets the target", "đạt mục tiêu") }
    var legendMisses: String { pick("misses the target", "chưa đạt mục tiêu") }
    var legendUnstable: String {
        pick("fewer than \(Uncertainty.minimumStableChildren) children: not ranked",
             "dưới \(Uncertainty.minimumStableChildren) trẻ: không xếp hạng")
    }
    var legendInterval: String { pick("95% interval", "KTC 95%") }

    // MARK: Breakdowns

    /// "Coverage by poverty status", "Wasting by sex".
    func dimension(_ breakdown: Breakdown) -> String {
        let short = self.short(breakdown.indicator)
        switch breakdown.dimension {
        case .poverty: return pick("\(short) by poverty status", "\(short) theo hộ nghèo, cận nghèo")
        case .ageGroup: return pick("\(short) by age group", "\(short) theo nhóm tuổi")
        case .ethnicity: return pick("\(short) by ethnicity", "\(short) theo dân tộc")
        case .sex: return pick("\(short) by sex", "\(short) theo giới tính")
        case .childAgeGroup: return pick("\(short) by age group", "\(short) theo nhóm tháng tuổi")
        }
    }

    func group(_ dimension: Breakdown.Dimension, _ key: String?) -> String {
        switch (dimension, key) {
        case (.poverty, "poor"?): return pick("Poor", "Hộ nghèo")
        case (.poverty, "near-poor"?): return pick("Near-poor", "Hộ cận nghèo")
        case (.poverty, _): return pick("Other", "Khác")
        case (.ageGroup, "0-5"?): return pick("Under 6 (state-paid cards)", "Dưới 6 tuổi (NSNN đóng)")
        case (.ageGroup, "6-59"?): return pick("6 to 59 years", "Từ 6 đến 59 tuổi")
        case (.ageGroup, _): return pick("60 and over", "Từ 60 tuổi trở lên")
        case (.ethnicity, nil): return pick("Not recorded", "Không ghi")
        case (.ethnicity, Breakdown.otherEthnicities?): return pick("Other groups", "Dân tộc khác")
        case (.ethnicity, let name?): return name
        case (.sex, "M"?): return pick("Boys", "Nam")
        case (.sex, _): return pick("Girls", "Nữ")
        case (.childAgeGroup, "0-23"?): return pick("0–23 months", "0–23 tháng")
        case (.childAgeGroup, _): return pick("24–59 months", "24–59 tháng")
        }
    }

    func groupGap(_ indicator: Indicator, _ gap: Int) -> String {
        if indicator.id == .coverage { return pick("\(integer(gap)) to insure", "cần \(integer(gap)) người") }
        return pick("\(integer(gap)) above", "vượt \(integer(gap)) trẻ")
    }

    // MARK: Table (terminal) columns, each at most as wide as its column

    var tableCode: String { pick("code", "mã") }
    var tableName: String { pick("name", "tên") }
    var tablePeople: String { pick("people", "dân số") }
    var tableKids: String { pick("kids", "trẻ") }
    var tableMarks: String {
        pick("* misses the target   ~ fewer than \(Uncertainty.minimumStableChildren) children: rate not stable, not ranked",
             "* chưa đạt mục tiêu   ~ dưới \(Uncertainty.minimumStableChildren) trẻ: tỷ lệ chưa ổn định, không xếp hạng")
    }
    func communesOf(_ key: PeriodKey) -> String { pick("Communes, \(periodLong(key))", "Các xã, \(periodLong(key))") }
    func districtsOf(_ key: PeriodKey) -> String {
        pick("Districts, \(periodLong(key))", "Các huyện, thành phố, \(periodLong(key))")
    }

    // MARK: CSV

    var csvMet: String { pick("true", "Đạt") }
    var csvNotMet: String { pick("false", "Chưa đạt") }

    // MARK: Messages

    /// `FILE:LINE: reason` in this language.
    public func message<Reason>(_ located: Located<Reason>) -> String {
        "\(located.file):\(located.line): \(reason(located.reason))"
    }

    public func noFilesFound(_ paths: [String]) -> String {
        pick("no *.xml file found under \(paths.joined(separator: ", "))",
             "không tìm thấy tệp *.xml nào trong \(paths.joined(separator: ", "))")
    }

    public func superseded(_ file: SupersededFile) -> String {
        pick("\(file.file): superseded by the later resubmission \(file.by)",
             "\(file.file): đã được thay thế bằng bản gửi lại sau \(file.by)")
    }

    /// A rejection, record or warning reason in this language.
    public func reason<Reason>(_ reason: Reason) -> String {
        guard language == .vi else { return String(describing: reason) }
        switch reason {
        case let rejection as RejectionReason: return vietnamese(rejection)
        case let record as RecordReason: return vietnamese(record)
        case let warning as WarningReason: return vietnamese(warning)
        default: return String(describing: reason)
        }
    }

    private func vietnamese(_ reason: RejectionReason) -> String {
        switch reason {
        case .unreadable(let why): return "không đọc được tệp: \(why)"
        case .emptyFile: return "tệp rỗng"
        case .notWellFormed(let message):
            // The reader's own words for a file that is no XML at all; libxml2's messages stay as they are.
            if message.hasPrefix("no XML markup at the start of the file") {
                return "không phải XML hợp lệ: đầu tệp không có thẻ XML nào (đây có phải tệp xuất XML không?)"
            }
            return "không phải XML hợp lệ: \(message)"
        case .doctype: return "tệp xuất của trạm y tế không được chứa DOCTYPE"
        case .wrongRoot(let name): return "phần tử gốc là <\(name)>, cần là <healthStationExport>"
        case .wrongNamespace(let uri):
            return "phần tử gốc thuộc không gian tên \(uri.map { "'\($0)'" } ?? "rỗng"), cần là 'urn:commune-health:export:1'"
        case .unsupportedVersion(let version): return "phiên bản định dạng '\(version)' không được hỗ trợ (công cụ này đọc 1.x)"
        case .missingAttribute(let element, let attribute): return "<\(element)> thiếu thuộc tính bắt buộc \(attribute)"
        case .malformedAttribute(let element, let attribute, let value):
            return "<\(element)> có thuộc tính \(attribute) sai định dạng '\(value)'"
        case .missingElement(let name): return "thiếu phần tử bắt buộc <\(name)>"
        case .unexpectedElement(let name): return "phần tử <\(name)> không có trong định dạng tệp xuất"
        case .misplacedElement(let name):
            return "<\(name)> sai vị trí (cần theo thứ tự commune, period, residents, growthMonitoring, reportedSummary, mỗi phần tử một lần)"
        case .periodEndsBeforeStart(let from, let to): return "kỳ báo cáo kết thúc (\(to)) trước khi bắt đầu (\(from))"
        case .referenceDateOutsidePeriod(let date): return "ngày tham chiếu \(date) nằm ngoài kỳ báo cáo"
        case .countMismatch(let declared, let actual):
            return "residents count=\"\(declared)\" nhưng tệp có \(actual) phần tử resident"
        case .limitExceeded(let limit): return "tệp vượt giới hạn an toàn: \(limit)"
        case .duplicateSubmission(let others, let why):
            let explained: String
            if why.hasSuffix("with the same generated time") {
                explained = "cùng xã, cùng kỳ báo cáo và cùng thời điểm tạo (generated)"
            } else if why.hasSuffix("to tell which is the latest") {
                explained = "cùng xã, cùng kỳ báo cáo nhưng không phải tệp nào cũng có thời điểm tạo (generated) để biết tệp nào mới nhất"
            } else {
                explained = why
            }
            return "gửi trùng với \(others.joined(separator: ", ")): \(explained)"
        }
    }

    private func vietnamese(_ reason: RecordReason) -> String {
        switch reason {
        case .missingAttribute(let element, let attribute):
            return "<\(element)> thiếu thuộc tính bắt buộc \(attribute); bản ghi bị loại"
        case .malformedAttribute(let element, let attribute, let value):
            return "<\(element)> có thuộc tính \(attribute) sai định dạng '\(value)'; bản ghi bị loại"
        case .bornAfterReferenceDate(let birth, let reference):
            return "<resident> sinh ngày \(birth), sau ngày tham chiếu \(reference); bản ghi bị loại"
        case .measuredBeforeBirth(let date, let birth):
            return "<measurement> đo ngày \(date), trước ngày sinh của trẻ \(birth); bản ghi bị loại"
        case .nonPositiveHeight(let value): return "<measurement> có heightCm '\(value)', không lớn hơn 0; bản ghi bị loại"
        case .cardEndsBeforeStart(let from, let to):
            return "<insuranceCard> có validTo \(to) trước validFrom \(from); thẻ bị bỏ qua"
        case .duplicateResidentID(let id): return "<resident> có id '\(id)' trùng với một người trước đó; bản ghi bị loại"
        }
    }

    private func vietnamese(_ reason: WarningReason) -> String {
        switch reason {
        case .malformedReportedSummary(let attribute, let value):
            return "<reportedSummary> có thuộc tính \(attribute) sai định dạng '\(value)'; bỏ qua số liệu tự tổng hợp của trạm"
        case .standingUnderNineMonths(let child):
            return "trẻ \(child) dưới 9 tháng tuổi nhưng ghi đo tư thế đứng; coi như không ghi tư thế"
        case .superseded(let file): return "đã được thay thế bằng bản gửi lại sau \(file)"
        case .card(let card): return card.text(.vi)
        }
    }
}
