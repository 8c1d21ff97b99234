/// Every word of the geography in English and Vietnamese: the warnings of docs/spec/geography-v1.md §3 and
/// the labels of completeness (§4) and of today's map (§5). Dates are written as each language
/// writes them: 2025-07-01 / 01/07/2025.
extension GeographyWarningReason {
    public func text(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .unknownCommuneCode(let code, let edition, let inOtherEdition):
            let notOn = en ? "commune code \(code) is not on \(mapName(edition, en))"
                           : "mã xã \(code) không có trong \(mapName(edition, en))"
            guard inOtherEdition else {
                return notOn + (en ? ", nor on the \(edition == .legacy ? "2025" : "legacy") map"
                                   : ", cũng không có trong danh mục \(edition == .legacy ? "2025" : "cũ")")
            }
            switch edition {
            case .legacy:
                return notOn + (en ? " but is on the 2025 map: a 2025 code in a file dated before 2025-07-01"
                                   : " mà có trong danh mục 2025: mã năm 2025 trong tệp có ngày tham chiếu trước 01/07/2025")
            case .current2025:
                return notOn + (en ? ": it is a legacy code, no longer used from 2025-07-01"
                                   : ": đây là mã của danh mục cũ, không còn sử dụng từ 01/07/2025")
            }
        case .nameDiffers(let code, let name, let registerName, let edition, let matchesOtherEdition):
            let differs = en ? "commune \(code) is named '\(name)'; its name on \(mapName(edition, en)) is '\(registerName)'"
                             : "xã \(code) có tên '\(name)'; tên trong \(mapName(edition, en)) là '\(registerName)'"
            guard matchesOtherEdition else { return differs }
            switch edition {
            case .legacy:
                return differs + (en ? "; '\(name)' is the name of \(code) on the 2025 map: a 2025 commune in a file dated before 2025-07-01"
                                     : "; '\(name)' là tên của mã \(code) trong danh mục 2025: xã năm 2025 trong tệp có ngày tham chiếu trước 01/07/2025")
            case .current2025:
                return differs + (en ? "; '\(name)' was the name of \(code) on the legacy map, until 2025-06-30"
                                     : "; '\(name)' là tên của mã \(code) trong danh mục cũ, đến 30/06/2025")
            }
        case .provinceCodeDiffers(let code, let provinceCode, let province, let edition, let matchesOtherEdition):
            let differs = en ? "commune \(code) lies in province \(province.code) (\(province.name)) on \(mapName(edition, en)), not in \(provinceCode)"
                             : "xã \(code) thuộc tỉnh \(province.code) (\(province.name)) trong \(mapName(edition, en)), không phải tỉnh \(provinceCode)"
            guard matchesOtherEdition else { return differs }
            switch edition {
            case .legacy:
                return differs + (en ? "; \(provinceCode) is its province from 2025-07-01"
                                     : "; \(provinceCode) là tỉnh của xã này từ 01/07/2025")
            case .current2025:
                return differs + (en ? "; \(provinceCode) was its province until 2025-06-30"
                                     : "; \(provinceCode) là tỉnh của xã này đến 30/06/2025")
            }
        case .districtCodeDiffers(let code, let districtCode, let district):
            return en ? "commune \(code) lies in district \(district.code) (\(district.name)) on \(mapName(.legacy, en)), not in \(districtCode)"
                      : "xã \(code) thuộc đơn vị cấp huyện \(district.code) (\(district.name)) trong \(mapName(.legacy, en)), không phải \(districtCode)"
        case .districtCodeOn2025Map(let districtCode):
            return en ? "districtCode \(districtCode) is given, but \(mapName(.current2025, en)) has no district level"
                      : "có districtCode \(districtCode), nhưng \(mapName(.current2025, en)) không còn cấp huyện"
        }
    }

    private func mapName(_ edition: MapEdition, _ en: Bool) -> String {
        GeographyLabel.mapInForce(edition).text(en ? .en : .vi)
    }
}

/// The words that reports show about the map, completeness and today's units.
public enum GeographyLabel: Hashable, Sendable {
    /// "the legacy map (in force until 2025-06-30)", as in a sentence.
    case mapInForce(MapEdition)
    /// "legacy map" / "2025 map", as a column value or a short note.
    case mapName(MapEdition)
    /// `--units reported` / `--units current`, as a report's subtitle.
    case unitsReported, unitsCurrent
    case completenessHeading, expected, received, completeness, missing, unknownCodes
    case district
    /// A legacy commune split among several 2025 communes, shown as a row of its own.
    case divided
    /// Before the legacy codes a 2025 commune lacks (`lacksDivided`).
    case lacksDivided
    /// Before the legacy communes a row holds (`predecessors`).
    case predecessors
    /// A legacy file whose commune code the register does not hold.
    case unknownCommune
    /// The line per province naming its periods of completeness below 100%, already written.
    case incompletePeriods(province: String, periods: [String])
    /// The mark of a period whose completeness is below 100%, in trend tables and charts.
    case incompleteMark
    /// What the mark means.
    case incompleteLegend
    /// "16 of 330 communes of the legacy map (4.8%)", numbers already written.
    case receivedOf(received: String, expected: String, percent: String, edition: MapEdition)
    /// A period's figure covers fewer communes than another's, the periods already written.
    case coverageDiffers(periods: [String])
    /// "314 missing" before the list.
    case missingCount(String)
    /// "Period", "Map" column headings of the completeness tables.
    case period, map
    /// The province's line of units: every period on its own map, or on today's.
    case unitsLine(MapUnits)
    /// "and 12 more" after a list cut short.
    case andMore(String)
    /// The heading of the rows on today's map that hold legacy communes, and its columns.
    case todaysMapHeading, commune, note, formedFrom
    /// Before the legacy communes merged into a row that sent no file for its period.
    case missingPredecessors
    /// CSV columns added at the end of every row: province completeness, commune rows on today's map.
    case csvColumns
    /// After the name of a row of today's map that is not a 2025 commune: "(legacy commune, divided)".
    case rowKind(CommuneUnit.Kind)
    /// The mark before such a row's name in the terminal table, and the line that explains the marks.
    case tableRowMark(CommuneUnit.Kind)
    case tableRowMarks

    /// The CSV columns after the existing ones, in this language.
    public static func csvHeader(_ language: Language) -> [String] {
        language == .en
            ? ["expected", "received", "completeness", "predecessors", "lacksDivided", "divided", "unknown"]
            : ["số xã phải báo cáo", "số xã đã nhận", "tỷ lệ đầy đủ", "hình thành từ", "thiếu phần được chia của",
               "xã cũ được chia", "mã không có trong danh mục"]
    }

    public func text(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .mapInForce(.legacy):
            return en ? "the legacy map (in force until 2025-06-30)" : "danh mục đơn vị hành chính cũ (áp dụng đến 30/06/2025)"
        case .mapInForce(.current2025):
            return en ? "the 2025 map (in force from 2025-07-01)" : "danh mục đơn vị hành chính 2025 (áp dụng từ 01/07/2025)"
        case .mapName(.legacy): return en ? "legacy map" : "danh mục cũ"
        case .mapName(.current2025): return en ? "2025 map" : "danh mục 2025"
        case .unitsReported: return en ? "Units as reported, each period on its own map" : "Đơn vị như báo cáo, mỗi kỳ theo danh mục của kỳ đó"
        case .unitsCurrent: return en ? "Every period on today's map (2025)" : "Mọi kỳ theo danh mục hiện hành (2025)"
        case .completenessHeading: return en ? "Completeness of reporting" : "Mức độ đầy đủ của báo cáo"
        case .expected: return en ? "expected" : "phải báo cáo"
        case .received: return en ? "received" : "đã nhận"
        case .completeness: return en ? "completeness" : "tỷ lệ đầy đủ"
        case .missing: return en ? "Missing communes" : "Các xã chưa gửi báo cáo"
        case .unknownCodes: return en ? "Codes not on the map" : "Mã không có trong danh mục"
        case .district: return en ? "district" : "huyện"
        case .divided: return en ? "divided among several 2025 communes" : "được chia cho nhiều xã mới (2025)"
        case .lacksDivided: return en ? "lacks the divided parts of" : "thiếu phần được chia của"
        case .predecessors: return en ? "formed from" : "hình thành từ"
        case .unknownCommune: return en ? "commune not in the register" : "xã không có trong danh mục"
        case .todaysMapHeading:
            return en ? "Communes of today's map and the legacy communes they hold" : "Xã theo danh mục 2025 và các xã cũ được cộng vào"
        case .commune: return en ? "Commune" : "Xã"
        case .note: return en ? "Note" : "Ghi chú"
        case .formedFrom: return en ? "Formed from (files of the period)" : "Hình thành từ (có báo cáo trong kỳ)"
        case .missingPredecessors: return en ? "no file from" : "không có báo cáo của"
        case .incompleteMark: return "†"
        case .incompleteLegend:
            return en ? "† reporting incomplete in that period (completeness below 100%): the figure covers only the communes that reported"
                      : "† kỳ báo cáo chưa đầy đủ (tỷ lệ đầy đủ dưới 100%): số liệu chỉ gồm các xã đã gửi báo cáo"
        case .receivedOf(let received, let expected, let percent, let edition):
            return en ? "\(received) of \(expected) communes of the \(edition == .legacy ? "legacy" : "2025") map (\(percent))"
                      : "\(received)/\(expected) xã theo \(edition == .legacy ? "danh mục cũ" : "danh mục 2025") (\(percent))"
        case .coverageDiffers(let periods):
            return en ? "The periods do not cover the same share of the province's communes (\(periods.joined(separator: "; "))): a change between them may come from which communes reported, not from any commune."
                      : "Các kỳ không bao gồm cùng tỷ lệ xã của tỉnh (\(periods.joined(separator: "; "))): thay đổi giữa các kỳ có thể do các xã gửi báo cáo khác nhau, không phải do xã nào thay đổi."
        case .missingCount(let count): return en ? "\(count) missing" : "\(count) xã chưa gửi"
        case .period: return en ? "Period" : "Kỳ"
        case .map: return en ? "Map" : "Danh mục"
        case .unitsLine(.reported): return GeographyLabel.unitsReported.text(language) + "."
        case .unitsLine(.current):
            return en ? "Every period on today's map (2025): legacy communes summed into the 2025 commune that holds them, divided ones in the province only; no district level."
                      : "Mọi kỳ theo danh mục 2025: xã cũ được cộng vào xã mới chứa chúng, xã cũ bị chia chỉ tính vào tỉnh; không còn cấp huyện."
        case .andMore(let count): return en ? "and \(count) more" : "và \(count) xã khác"
        case .csvColumns: return GeographyLabel.csvHeader(language).joined(separator: ",")
        case .rowKind(.commune): return ""
        case .rowKind(.divided): return en ? "(legacy commune, divided)" : "(xã cũ, đã chia tách)"
        case .rowKind(.unknown): return en ? "(not in the register)" : "(không có trong danh mục)"
        case .tableRowMark(.commune): return ""
        case .tableRowMark(.divided): return "÷"
        case .tableRowMark(.unknown): return "?"
        case .tableRowMarks:
            return en ? "÷ divided legacy commune, a row of its own   ? code not in the register"
                      : "÷ xã cũ bị chia tách, một dòng riêng   ? mã không có trong danh mục"
        case .incompletePeriods(let province, let periods):
            return en ? "\(province): completeness below 100% in \(periods.joined(separator: ", "))"
                      : "\(province): báo cáo chưa đầy đủ trong \(periods.joined(separator: ", "))"
        }
    }
}
