import CommuneHealth

/// The generated province on the real map (docs/spec/geography-v1.md §6): the legacy communes and districts
/// of the register for a year before 2025-07-01, the 2025 communes that hold them after. Each
/// district of Tuyên Quang (08) and Hà Giang (02) has its terrain and ethnic mix; Hà Giang's high
/// mountain districts are mostly H'Mông and Dao, poorer and more often stunted.
enum ProvinceGeography {
    /// The province whose code card numbers carry (`CommuneExportWriter.issuingProvince`).
    static let provinceCode = "08"

    enum Terrain { case city, midland, mountain, highMountain }

    struct District: Sendable {
        var code: String
        var name: String
        var terrain: Terrain
        /// Relative weights of `ethnicGroups`, for a rural commune of the district.
        var ethnicMix: [Double]
    }

    /// The ethnic groups written in @ethnicity, with how much more often their households are
    /// poor than the commune's rate, and their mean shift of height-for-age (z).
    static let ethnicGroups: [(name: String, povertyFactor: Double, heightShift: Double)] = [
        ("Kinh", 0.5, 0.1), ("Tày", 1.0, 0), ("Dao", 1.5, -0.15), ("Sán Chay", 1.1, -0.05),
        ("Cao Lan", 1.1, -0.05), ("H'Mông", 2.0, -0.3), ("Nùng", 1.1, 0), ("Sán Dìu", 0.9, 0),
        ("Pà Thẻn", 1.8, -0.2), ("Hoa", 0.5, 0.1), ("Mường", 1.0, 0), ("Giáy", 1.2, -0.05),
    ]
    static let kinh = 0

    /// Terrain and ethnic mix per legacy district code; a district not listed is midland and mostly Kinh.
    //                                      Kinh Tày Dao SCh CLa HMô Nùng SDìu PàT Hoa Mường Giáy
    static let districtCharacter: [String: (terrain: Terrain, ethnicMix: [Double])] = [
        // Tuyên Quang (08)
        "070": (.city, [78, 11, 3, 3, 1, 0.3, 1.5, 1, 0, 0.6, 0.4, 0.2]),
        "071": (.mountain, [6, 55, 20, 1, 0, 12, 2, 0, 4, 0, 0, 0]),
        "072": (.mountain, [12, 45, 22, 3, 0, 12, 3, 0, 3, 0, 0, 0]),
        "073": (.mountain, [20, 55, 12, 3, 2, 3, 3, 0, 2, 0, 0, 0]),
        "074": (.midland, [45, 25, 12, 4, 5, 3, 4, 0, 0, 0, 0, 2]),
        "075": (.midland, [50, 20, 10, 9, 4, 1, 3, 3, 0, 0, 0, 0]),
        "076": (.midland, [55, 12, 7, 6, 7, 0, 2, 10, 0, 1, 0, 0]),
        // Hà Giang (02): the karst plateau (Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ) is mostly
        // H'Mông; Hoàng Su Phì and Xín Mần Nùng, Dao and H'Mông.
        "024": (.city, [62, 22, 4, 0, 0, 3, 5, 0, 0, 1, 0, 3]),
        "026": (.highMountain, [3, 2, 4, 0, 0, 86, 1, 0, 0, 1, 0, 3]),
        "027": (.highMountain, [3, 3, 6, 0, 0, 84, 1, 0, 0, 0, 0, 3]),
        "028": (.highMountain, [5, 5, 14, 0, 0, 70, 2, 0, 0, 0, 0, 4]),
        "029": (.highMountain, [5, 6, 14, 0, 0, 68, 2, 0, 0, 0, 0, 5]),
        "030": (.mountain, [15, 35, 25, 0, 0, 15, 5, 0, 0, 0, 0, 5]),
        "031": (.mountain, [8, 40, 25, 0, 0, 20, 5, 0, 0, 0, 0, 2]),
        "032": (.highMountain, [5, 8, 25, 0, 0, 22, 38, 0, 0, 0, 0, 2]),
        "033": (.highMountain, [5, 10, 22, 0, 0, 25, 35, 0, 0, 0, 0, 3]),
        "034": (.midland, [40, 33, 15, 0, 0, 2, 6, 0, 0, 0, 0, 4]),
        "035": (.midland, [22, 40, 25, 0, 0, 5, 6, 0, 0, 0, 0, 2]),
    ]
    static let otherDistrict: (terrain: Terrain, ethnicMix: [Double]) = (.midland, [85, 5, 2, 1, 1, 1, 2, 1, 0, 1, 1, 0])

    /// One legacy commune of the generated province: where it is, not yet how it looks.
    struct Place: Sendable {
        /// The commune code as a number: the key of everything drawn for the commune, the same
        /// whichever communes are chosen and in every year.
        var index: Int
        var code: String
        var name: String
        var provinceCode: String
        var provinceName: String
        var district: District
        var isUrban: Bool
    }

    /// Every legacy commune of `province` in the register's order (district, code).
    static func places(province: ProvinceCode, register: CommuneRegister = .shared) throws -> [Place] {
        guard let info = register.province(province, in: .legacy) else { throw GeneratorError.unknownProvince(province.description) }
        return register.communes(ofProvince: province, in: .legacy).map { commune in
            let district = commune.district!
            let character = districtCharacter[district.code.description] ?? otherDistrict
            return Place(
                index: commune.code.value, code: commune.code.description, name: commune.name,
                provinceCode: info.code.description, provinceName: info.name,
                district: District(
                    code: district.code.description, name: district.name,
                    terrain: character.terrain, ethnicMix: character.ethnicMix),
                isUrban: commune.name.hasPrefix("Phường ") || commune.name.hasPrefix("Thị trấn "))
        }
    }

    /// The legacy communes `codes` of `province`, in the register's order; a code that is not one
    /// of the province's legacy communes is refused.
    static func places(codes: [String], province: ProvinceCode, register: CommuneRegister = .shared) throws -> [Place] {
        let all = try places(province: province, register: register)
        let known = Set(all.map(\.code))
        if let stranger = codes.first(where: { !known.contains($0) }) {
            throw GeneratorError.invalidOptions(.notACommuneOf(commune: "\(stranger)", province: "\(province)"))
        }
        let wanted = Set(codes)
        return all.filter { wanted.contains($0.code) }
    }

    /// `count` legacy communes of `province` (all of them when it has no more), chosen from `seed`
    /// as whole groups of the 2025 communes they form where they can be, so that the 2025 exports
    /// of the same options hold the same people: a 2025 commune none of whose legacy communes was
    /// divided and all of whose legacy communes lie in the province is taken whole or not at all,
    /// the groups spread over the districts in turn; any count left is filled one commune at a time.
    /// Several provinces share `count` by their numbers of communes (at least one each), in the
    /// order given.
    static func selection(
        count: Int, seed: UInt64, provinces: [ProvinceCode],
        register: CommuneRegister = .shared
    ) throws -> [Place] {
        if provinces.count == 1 { return try selection(count: count, seed: seed, province: provinces[0], register: register) }
        let sizes = try provinces.map { try places(province: $0, register: register).count }
        let total = sizes.reduce(0, +)
        var chosen: [Place] = []
        for (province, size) in zip(provinces, sizes) {
            let share = count >= total ? size : max(1, Int((Double(count) * Double(size) / Double(total)).rounded()))
            chosen += try selection(count: share, seed: seed, province: province, register: register)
        }
        return chosen
    }

    /// `count` legacy communes of `province`, as above.
    static func selection(
        count: Int, seed: UInt64, province: ProvinceCode = ProvinceCode("08")!,
        register: CommuneRegister = .shared
    ) throws -> [Place] {
        let all = try places(province: province, register: register)
        if count >= all.count { return all }
        let position = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.code, $0) })
        var groups: [[Int]] = []
        var grouped = Set<Int>()
        var seen = Set<String>()
        for place in all {
            guard let successor = register.legacyCommune(CommuneCode(uncheckedValue: place.index)),
                !successor.divided, let code = successor.successors.first, seen.insert(code.code.description).inserted,
                let unit = register.commune2025(code.code), unit.dividedPredecessors.isEmpty
            else { continue }
            let members = unit.predecessors.compactMap { position[$0.code.description] }
            guard members.count == unit.predecessors.count else { continue }
            groups.append(members.sorted())
            grouped.formUnion(members)
        }
        // Per district (of a group's first commune), the groups in a seeded order; then in turn.
        var byDistrict: [String: [[Int]]] = [:]
        for group in groups { byDistrict[all[group[0]].district.code, default: []].append(group) }
        var queues: [[[Int]]] = byDistrict.keys.sorted().map { district in
            var candidates = byDistrict[district]!
            var random = GeneratorRandom(seed, 0x5E1E_C7, UInt64(Int(district) ?? 0))
            for slot in candidates.indices.dropLast() {
                candidates.swapAt(slot, slot + random.below(candidates.count - slot))
            }
            return candidates
        }
        var order: [[Int]] = []
        while queues.contains(where: { !$0.isEmpty }) {
            for index in queues.indices where !queues[index].isEmpty { order.append(queues[index].removeFirst()) }
        }
        var chosen: [Int] = []
        for group in order where chosen.count + group.count <= count { chosen += group }
        for group in order + all.indices.filter({ !grouped.contains($0) }).map({ [$0] }) where chosen.count < count {
            for member in group where chosen.count < count && !chosen.contains(member) { chosen.append(member) }
        }
        return chosen.sorted().map { all[$0] }
    }

    /// A 2025 commune written from the legacy communes that form it, as chosen: each whole one, and
    /// the share of each divided one that fell to it (its people by number, in turn).
    struct Unit2025: Sendable {
        var code: String
        var name: String
        var provinceCode: String
        var provinceName: String
        /// Indices in the chosen places, with the share taken: `share` of every `shares` people.
        var parts: [(place: Int, share: Int, shares: Int)]
    }

    /// The 2025 communes that hold the chosen legacy `places`, by code.
    static func units2025(of places: [Place], register: CommuneRegister = .shared) -> [Unit2025] {
        var units: [String: Unit2025] = [:]
        for (index, place) in places.enumerated() {
            guard let legacy = register.legacyCommune(CommuneCode(uncheckedValue: place.index)) else { continue }
            let successors = legacy.successors.sorted { $0.code < $1.code }
            for (share, successor) in successors.enumerated() {
                let code = successor.code.description
                if units[code] == nil {
                    let province = register.province(successor.provinceCode, in: .current2025)
                    units[code] = Unit2025(
                        code: code, name: successor.name, provinceCode: successor.provinceCode.description,
                        provinceName: province?.name ?? "", parts: [])
                }
                units[code]!.parts.append((index, share, successors.count))
            }
        }
        return units.keys.sorted().map { units[$0]! }
    }

    /// Splits `total` into integer parts proportional to `weights` by largest remainders, each
    /// part at least `minimum` and at most its `capacity` (both must leave room for `total`).
    static func apportion(_ total: Int, weights: [Double], minimum: Int = 0, capacity: [Int]? = nil) -> [Int] {
        let sum = weights.reduce(0, +)
        let quotas = weights.map { Double(total) * $0 / sum }
        let capacity = capacity ?? Array(repeating: Int.max, count: weights.count)
        var parts = quotas.indices.map { min(max(Int(quotas[$0]), minimum), capacity[$0]) }
        // Ties go to the earlier index, so the split never depends on sort stability.
        let byRemainder = weights.indices.sorted {
            let a = quotas[$0] - Double(Int(quotas[$0])), b = quotas[$1] - Double(Int(quotas[$1]))
            return a != b ? a > b : $0 < $1
        }
        var missing = total - parts.reduce(0, +)
        while missing > 0 {
            for index in byRemainder where missing > 0 && parts[index] < capacity[index] {
                parts[index] += 1
                missing -= 1
            }
        }
        while missing < 0 {
            for index in byRemainder.reversed() where missing < 0 && parts[index] > minimum {
                parts[index] -= 1
                missing += 1
            }
        }
        return parts
    }
}

/// Why `generate` could not write a province.
package enum GeneratorError: Error, CustomStringConvertible {
    case unknownProvince(String)
    case invalidOptions(GenerateText)

    /// Its words (Text/): `Labels.generate`.
    package var text: GenerateText {
        switch self {
        case .unknownProvince(let code): .unknownProvince(code)
        case .invalidOptions(let why): why
        }
    }

    /// The English text.
    package var description: String { Labels(.en).generate(text) }
}
