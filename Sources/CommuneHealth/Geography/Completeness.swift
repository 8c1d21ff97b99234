/// Which map a report's units are on: `analyze --units reported|current` (docs/spec/geography-v1.md §5).
public enum MapUnits: String, Hashable, Sendable, CaseIterable {
    /// Every period on its own map, every file under its own province code.
    case reported
    /// Every period on the 2025 map.
    case current
}

/// A commune that sent at least one counted file for a period (a rejected or superseded file is
/// not a received one). Its period's reference date decides the map it is measured against.
package struct ReceivedCommune: Hashable, Sendable {
    package var period: ReportingPeriod
    package var provinceCode: ProvinceCode
    package var communeCode: CommuneCode

    package init(period: ReportingPeriod, provinceCode: ProvinceCode, communeCode: CommuneCode) {
        self.period = period
        self.provinceCode = provinceCode
        self.communeCode = communeCode
    }
}

/// How complete one province's reporting is for one period (docs/spec/geography-v1.md §4).
package struct ProvinceCompleteness: Hashable, Sendable {
    /// The province the row is listed under: the file's province under `reported`, the 2025
    /// province under `current`.
    package let province: RegisterProvince
    package let period: PeriodKey
    /// The map the period is measured against: the one in force on its reference date.
    package let edition: MapEdition
    /// Communes of `edition` expected of the province.
    package let expected: Int
    /// Expected communes that sent at least one counted file.
    package let received: Int
    /// Expected communes that sent none, in the register's order (legacy: province, district,
    /// code; 2025: code); `district` is nil on the 2025 map.
    package let missing: [MapCommune]
    /// Codes received that `edition` does not hold for this province, in order.
    package let unknown: [CommuneCode]

    /// received / expected, from 0 to 1.
    package var completeness: Double { expected > 0 ? Double(received) / Double(expected) : 0 }
    package var isComplete: Bool { received >= expected }
}

extension CommuneRegister {
    /// The completeness of every province that the register knows and that sent at least one
    /// file for a period, by province code, then period.
    ///
    /// - `reported`: a file counts for its own province code; a legacy period is measured against
    ///   the legacy communes of that province, a 2025 period against its 2025 communes.
    /// - `current` (§5.8): a 2025 period as under `reported`; a legacy period is listed under the
    ///   2025 province its files' counts go to (`currentPlacement`) and measured against every
    ///   legacy commune whose counts go there, whether or not its old province sent a file: 2024 on
    ///   today's map of Tuyên Quang expects the 330 legacy communes of Tuyên Quang and Hà Giang.
    ///
    /// The files of one period key are grouped by the map of their own reference date, so a period
    /// whose files straddle 2025-07-01 gives one row per map.
    package func completeness(of received: some Sequence<ReceivedCommune>, units: MapUnits = .reported) -> [ProvinceCompleteness] {
        var groups: [CompletenessGroup: Set<CommuneCode>] = [:]
        for item in received {
            let edition = Self.edition(on: item.period.referenceDate)
            let province =
                units == .current && edition == .legacy
                ? currentPlacement(ofLegacy: item.communeCode, provinceCode: item.provinceCode).province
                : item.provinceCode
            groups[CompletenessGroup(province: province, period: item.period.key, edition: edition), default: []].insert(item.communeCode)
        }
        return groups.keys.sorted().compactMap { group in
            completeness(
                of: groups[group] ?? [], province: group.province, period: group.period,
                edition: group.edition, onCurrentMap: units == .current)
        }
    }

    private func completeness(
        of codes: Set<CommuneCode>, province code: ProvinceCode, period: PeriodKey,
        edition: MapEdition, onCurrentMap: Bool
    ) -> ProvinceCompleteness? {
        let acrossMaps = onCurrentMap && edition == .legacy
        guard let province = province(code, in: acrossMaps ? .current2025 : edition) else { return nil }
        let expected = acrossMaps ? legacyIndices(goingTo: code) : expectedIndices(ofProvince: code, in: edition)
        var missing: [Int] = []
        for index in expected {
            let communeCode = edition == .legacy ? legacy[index].code : current[index].code
            if !codes.contains(CommuneCode(uncheckedValue: Int(communeCode))) { missing.append(index) }
        }
        let unknown = codes.filter { !holds($0, province: code, edition: edition, acrossMaps: acrossMaps) }.sorted()
        return ProvinceCompleteness(
            province: province, period: period, edition: edition, expected: expected.count,
            received: expected.count - missing.count,
            missing: mapCommunes(missing, in: edition), unknown: unknown)
    }

    /// Whether `code` is one of the communes expected of `province`.
    private func holds(_ code: CommuneCode, province: ProvinceCode, edition: MapEdition, acrossMaps: Bool) -> Bool {
        let wanted = UInt8(province.value)
        switch edition {
        case .legacy:
            guard let index = legacyIndex(code) else { return false }
            return (acrossMaps ? currentProvinceCode(ofLegacy: index) : legacy[index].province) == wanted
        case .current2025:
            guard let index = currentIndex(code) else { return false }
            return current[index].province == wanted
        }
    }
}

/// The rows of a completeness, in their order: province, period, legacy map first.
private struct CompletenessGroup: Hashable, Comparable {
    var province: ProvinceCode
    var period: PeriodKey
    var edition: MapEdition

    static func < (lhs: CompletenessGroup, rhs: CompletenessGroup) -> Bool {
        if lhs.province != rhs.province { return lhs.province < rhs.province }
        if lhs.period != rhs.period { return lhs.period < rhs.period }
        return lhs.edition == .legacy && rhs.edition == .current2025
    }
}
