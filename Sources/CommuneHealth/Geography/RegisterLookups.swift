extension CommuneRegister {
    // MARK: Communes

    /// The legacy commune of `code`, or nil if the legacy map has no such code.
    package func legacyCommune(_ code: CommuneCode) -> LegacyCommune? {
        guard let index = legacyIndex(code) else { return nil }
        let entry = legacy[index]
        return LegacyCommune(
            code: code, name: string(entry.name),
            province: legacyProvince(entry.province), district: district(entry.district),
            divided: entry.divided, successors: successorIndices(of: entry).map(reference(current:)))
    }

    /// The 2025 commune of `code`, or nil if the 2025 map has no such code.
    package func commune2025(_ code: CommuneCode) -> Commune2025? {
        guard let index = currentIndex(code) else { return nil }
        let entry = current[index]
        var whole: [CommuneReference] = [], divided: [CommuneReference] = []
        for position in entry.predecessors {
            let legacyIndex = Int(predecessorIndices[Int(position)])
            if legacy[legacyIndex].divided {
                divided.append(reference(legacy: legacyIndex))
            } else {
                whole.append(reference(legacy: legacyIndex))
            }
        }
        return Commune2025(
            code: code, name: string(entry.name), province: currentProvince(entry.province),
            predecessors: whole, dividedPredecessors: divided)
    }

    /// Whether `edition` has a commune of `code`.
    package func contains(_ code: CommuneCode, in edition: MapEdition) -> Bool {
        edition == .legacy ? legacyIndex(code) != nil : currentIndex(code) != nil
    }

    /// How many communes `edition` has: 10,035 legacy, 3,316 in 2025.
    package func communeCount(in edition: MapEdition) -> Int { edition == .legacy ? legacy.count : current.count }

    /// The communes of `province` on the map of `edition`, with their district on the legacy map:
    /// legacy ones by district and code, 2025 ones by code. Empty for a province the edition lacks.
    package func communes(ofProvince province: ProvinceCode, in edition: MapEdition) -> [MapCommune] {
        mapCommunes(expectedIndices(ofProvince: province, in: edition), in: edition)
    }

    // MARK: Provinces

    /// The province of `code` on the map of `edition`, or nil.
    package func province(_ code: ProvinceCode, in edition: MapEdition) -> RegisterProvince? {
        let names = edition == .legacy ? legacyProvinceName : currentProvinceName
        guard names.indices.contains(code.value), let name = names[code.value] else { return nil }
        return RegisterProvince(code: code, name: string(name))
    }

    /// Every province of `edition`, by code: 63 legacy, 34 in 2025.
    package func provinces(in edition: MapEdition) -> [RegisterProvince] {
        (0..<100).compactMap { province(ProvinceCode(uncheckedValue: $0), in: edition) }
    }

    /// The 2025 province that the legacy province `code` merged into, whole (every one of its
    /// communes went there); nil for a code the legacy map lacks.
    package func province2025(mergedFrom code: ProvinceCode) -> RegisterProvince? {
        guard mergedInto.indices.contains(code.value) else { return nil }
        let merged = mergedInto[code.value]
        guard merged != Self.noProvince, merged != Self.splitProvince else { return nil }
        return currentProvince(merged)
    }

    /// The legacy provinces merged into the 2025 province `code`, by code: 08 gets 02 and 08.
    package func legacyProvinces(mergedInto code: ProvinceCode) -> [RegisterProvince] {
        (0..<100).filter { mergedInto[$0] == UInt8(code.value) }.map { legacyProvince(UInt8($0)) }
    }

    // MARK: Internals shared with the checks, completeness and today's map

    func legacyIndex(_ code: CommuneCode) -> Int? {
        guard legacyIndexByCode.indices.contains(code.value) else { return nil }
        let index = legacyIndexByCode[code.value]
        return index == Self.noIndex ? nil : Int(index)
    }

    func currentIndex(_ code: CommuneCode) -> Int? {
        guard currentIndexByCode.indices.contains(code.value) else { return nil }
        let index = currentIndexByCode[code.value]
        return index == Self.noIndex ? nil : Int(index)
    }

    func string(_ span: ByteSpan) -> String {
        String(
            decoding: UnsafeBufferPointer(rebasing: bytes.buffer[Int(span.start)..<Int(span.start + span.count)]),
            as: UTF8.self)
    }

    func legacyProvince(_ code: UInt8) -> RegisterProvince {
        RegisterProvince(code: ProvinceCode(uncheckedValue: Int(code)), name: legacyProvinceName[Int(code)].map(string) ?? "")
    }

    func currentProvince(_ code: UInt8) -> RegisterProvince {
        RegisterProvince(code: ProvinceCode(uncheckedValue: Int(code)), name: currentProvinceName[Int(code)].map(string) ?? "")
    }

    func district(_ code: UInt16) -> RegisterDistrict {
        RegisterDistrict(code: DistrictCode(uncheckedValue: Int(code)), name: districtName[Int(code)].map(string) ?? "")
    }

    /// The 2025 province a legacy commune's counts go to: that of its successor(s).
    func currentProvinceCode(ofLegacy index: Int) -> UInt8 {
        current[Int(rowSuccessor[Int(legacy[index].firstRow)])].province
    }

    func successorIndices(of entry: LegacyEntry) -> [Int] {
        (entry.firstRow..<(entry.firstRow + entry.rowCount)).map { Int(rowSuccessor[Int($0)]) }
    }

    func reference(current index: Int) -> CommuneReference {
        let entry = current[index]
        return CommuneReference(
            code: CommuneCode(uncheckedValue: Int(entry.code)), name: string(entry.name),
            provinceCode: ProvinceCode(uncheckedValue: Int(entry.province)))
    }

    func reference(legacy index: Int) -> CommuneReference {
        let entry = legacy[index]
        return CommuneReference(
            code: CommuneCode(uncheckedValue: Int(entry.code)), name: string(entry.name),
            provinceCode: ProvinceCode(uncheckedValue: Int(entry.province)))
    }

    /// Indices in `legacy` or `current` of the communes of `province` on the map of `edition`.
    func expectedIndices(ofProvince province: ProvinceCode, in edition: MapEdition) -> [Int] {
        guard legacyProvinceCommunes.indices.contains(province.value) else { return [] }
        if edition == .legacy { return legacyProvinceCommunes[province.value].map(Int.init) }
        let code = UInt8(province.value)
        return current.indices.filter { current[$0].province == code }.sorted { current[$0].code < current[$1].code }
    }

    /// Indices in `legacy` of the legacy communes whose counts go to the 2025 province `province`.
    func legacyIndices(goingTo province: ProvinceCode) -> [Int] {
        let code = UInt8(province.value)
        return legacy.indices.filter { currentProvinceCode(ofLegacy: $0) == code }
    }

    func mapCommunes(_ indices: [Int], in edition: MapEdition) -> [MapCommune] {
        indices.map { index in
            if edition == .current2025 {
                let entry = current[index]
                return MapCommune(
                    code: CommuneCode(uncheckedValue: Int(entry.code)), name: string(entry.name),
                    provinceCode: ProvinceCode(uncheckedValue: Int(entry.province)), district: nil)
            }
            let entry = legacy[index]
            return MapCommune(
                code: CommuneCode(uncheckedValue: Int(entry.code)), name: string(entry.name),
                provinceCode: ProvinceCode(uncheckedValue: Int(entry.province)),
                district: district(entry.district))
        }
    }
}
