/// What a commune row on the 2025 map holds (`analyze --units current`, docs/spec/geography-v1.md §5).
package struct TodaysMapRow: Sendable, Equatable {
    /// The legacy communes whose counts the row holds for its period (§5.7), in code order; empty
    /// for a period on the 2025 map.
    package var predecessors: [CommuneReference] = []
    /// The divided legacy communes of which this 2025 commune received a part (§5.3): its figures
    /// of a legacy period lack them. Empty for a period on the 2025 map, whose files cover the commune whole.
    package var lacksDivided: [CommuneReference] = []
    /// The legacy communes merged whole into this 2025 commune that sent no counted file for the
    /// period: its figure of a legacy period covers fewer communes than its 2025 figure. Empty for
    /// a period on the 2025 map.
    package var missingPredecessors: [CommuneReference] = []
    /// A divided legacy commune, shown as a row of its own and counted in its 2025 province only.
    package var divided = false
    /// The 2025 communes a divided legacy commune went to.
    package var successors: [CommuneReference] = []
    /// A code the map of the period does not hold: a row of its own (§5.4).
    package var unknown = false
    /// The files summed into the row, by name.
    package var files: [String] = []
}

/// What a commune row stands for: two rows are one unit only when this agrees, never because their
/// codes do (docs/geography.md, "Which unit a row is"). Every 2025 code is also a legacy code, so
/// a code alone cannot tell the divided legacy 02494 Xã Thái Bình from the 2025 commune 02494.
package struct CommuneUnit: Hashable, Comparable, Sendable {
    package enum Kind: Int, Hashable, Comparable, Sendable {
        /// A commune of the map of its period (`reported`), or a 2025 commune (`current`).
        case commune
        /// A divided legacy commune, a row of its own on today's map.
        case divided
        /// A code the map of its period does not hold.
        case unknown

        package static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package var kind: Kind
    /// The map the code is one of: the period's under `reported`; under `current` the 2025 map for
    /// a commune, the legacy map for a divided one, the period's map for an unknown code.
    package var edition: MapEdition
    /// The province the row is counted in (the file's under `reported`, the 2025 one under `current`).
    package var provinceCode: String
    package var code: String

    package init(kind: Kind, edition: MapEdition, provinceCode: String, code: String) {
        self.kind = kind
        self.edition = edition
        self.provinceCode = provinceCode
        self.code = code
    }

    /// Province, code, kind, then the legacy map before the 2025 one.
    package static func < (lhs: CommuneUnit, rhs: CommuneUnit) -> Bool {
        if lhs.provinceCode != rhs.provinceCode { return lhs.provinceCode < rhs.provinceCode }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.edition == .legacy && rhs.edition == .current2025
    }
}

extension TodaysMapRow {
    /// A divided legacy commune, an unknown code, or else a 2025 commune.
    package var kind: CommuneUnit.Kind { divided ? .divided : unknown ? .unknown : .commune }
}

extension CommuneSummary {
    /// The unit this row stands for: on the map of its period for a file as read, on today's map
    /// for a row of `--units current`.
    package var unit: CommuneUnit {
        let periodEdition = CommuneRegister.edition(on: period.referenceDate)
        guard let row = todaysMap else {
            return CommuneUnit(kind: .commune, edition: periodEdition, provinceCode: commune.provinceCode, code: commune.code)
        }
        let edition: MapEdition =
            switch row.kind {
            case .commune: .current2025
            case .divided: .legacy
            case .unknown: periodEdition
            }
        return CommuneUnit(kind: row.kind, edition: edition, provinceCode: commune.provinceCode, code: commune.code)
    }

    /// The commune that sent this counted file, for completeness.
    var received: ReceivedCommune? {
        guard let province = ProvinceCode(commune.provinceCode), let code = CommuneCode(commune.code) else { return nil }
        return ReceivedCommune(period: period, provinceCode: province, communeCode: code)
    }
}

extension Analysis {
    /// Every counted file put on the 2025 map (docs/spec/geography-v1.md §5): a legacy file's counts added to
    /// its 2025 commune (counts summed, never rates), a divided or unknown legacy commune a row of
    /// its own under its 2025 province, a 2025 file as it is; no district. Rows are summed by the
    /// unit they stand for (`CommuneUnit`), never by code: a divided commune whose code a 2025
    /// commune reuses keeps its own row.
    static func onTodaysMap(_ files: [CommuneSummary], register: CommuneRegister) -> [CommuneSummary] {
        struct Key: Hashable { var unit: CommuneUnit; var period: PeriodKey }
        var rows: [Key: CommuneSummary] = [:]
        var order: [Key] = []
        for file in files {
            let row = placedOnTodaysMap(file, register: register)
            let info = row.todaysMap!
            let key = Key(unit: row.unit, period: row.period.key)
            guard var existing = rows[key] else {
                rows[key] = row
                order.append(key)
                continue
            }
            existing.figures = existing.figures + row.figures
            existing.reportedSummary = nil
            existing.generated = [existing.generated, row.generated].compactMap { $0 }.max()
            existing.todaysMap!.predecessors = (existing.todaysMap!.predecessors + info.predecessors).sorted { $0.code < $1.code }
            existing.todaysMap!.files.append(file.file)
            rows[key] = existing
        }
        for key in order {
            guard var info = rows[key]!.todaysMap, !info.predecessors.isEmpty, let code = CommuneCode(key.unit.code),
                let unit = register.commune2025(code)
            else { continue }
            let held = Set(info.predecessors.map(\.code))
            info.missingPredecessors = unit.predecessors.filter { !held.contains($0.code) }
            rows[key]!.todaysMap = info
        }
        return order.map { rows[$0]! }
    }

    /// One counted file as a row of the 2025 map, before rows of the same commune are summed.
    private static func placedOnTodaysMap(_ file: CommuneSummary, register: CommuneRegister) -> CommuneSummary {
        func provinceName(_ code: ProvinceCode, otherwise name: String?) -> String? {
            register.province(code, in: .current2025)?.name ?? name
        }
        var row = file
        row.problems = FileProblems()
        row.commune.districtCode = nil
        row.commune.districtName = nil
        var info = TodaysMapRow(files: [file.file])
        let code = CommuneCode(file.commune.code), province = ProvinceCode(file.commune.provinceCode)
        if CommuneRegister.edition(on: file.period.referenceDate) == .current2025 {
            if let province { row.commune.provinceName = provinceName(province, otherwise: file.commune.provinceName) }
            info.unknown = code.map { !register.contains($0, in: .current2025) } ?? true
        } else if let code, let province {
            let placement = register.currentPlacement(ofLegacy: code, provinceCode: province)
            row.commune.provinceCode = placement.province.description
            row.commune.provinceName = provinceName(placement.province, otherwise: file.commune.provinceName)
            let legacy = register.legacyCommune(code)
            switch placement {
            case .successor(let successor, _):
                let unit = register.commune2025(successor)
                row.commune.code = successor.description
                row.commune.name = unit?.name ?? file.commune.name
                info.predecessors = legacy.map { [CommuneReference(code: $0.code, name: $0.name, provinceCode: $0.province.code)] } ?? []
                info.lacksDivided = unit?.dividedPredecessors ?? []
            case .divided:
                row.commune.name = legacy?.name ?? file.commune.name
                info.divided = true
                info.successors = legacy?.successors ?? []
            case .unknown:
                info.unknown = true
            }
        } else {
            info.unknown = true
        }
        row.todaysMap = info
        return row
    }
}
