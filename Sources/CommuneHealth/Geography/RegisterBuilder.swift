/// Collects the register's tables row by row, checking that the rows tell one consistent story:
/// a commune, district or province has one name and one parent, a legacy commune's rows are
/// consecutive and only a divided commune has several.
struct RegisterBuilder {
    var legacy: [LegacyEntry] = []
    var current: [CurrentEntry] = []
    var rowSuccessor: [UInt16] = []
    var legacyIndexByCode = [UInt16](repeating: CommuneRegister.noIndex, count: 100_000)
    var currentIndexByCode = [UInt16](repeating: CommuneRegister.noIndex, count: 100_000)
    var legacyProvinceName = [ByteSpan?](repeating: nil, count: 100)
    var legacyProvinceCommunes = [Range<Int32>](repeating: 0..<0, count: 100)
    var mergedInto = [UInt8](repeating: CommuneRegister.noProvince, count: 100)
    var currentProvinceName = [ByteSpan?](repeating: nil, count: 100)
    var districtName = [ByteSpan?](repeating: nil, count: 1_000)
    var districtProvince = [UInt8](repeating: CommuneRegister.noProvince, count: 1_000)

    init(expectedRows: Int) {
        legacy.reserveCapacity(expectedRows)
        rowSuccessor.reserveCapacity(expectedRows)
        current.reserveCapacity(expectedRows / 2)
    }

    mutating func add(_ row: RegisterRow, line: Int) throws {
        func failure(_ reason: String) -> RegisterFormatError { RegisterFormatError(line: line, reason: reason) }
        try addProvincesAndDistrict(row, failure)
        let successor = try addCurrentCommune(row, failure)
        guard rowSuccessor.count < Int(Int32.max) else { throw failure("too many rows") }
        let lastIndex = legacy.count - 1
        if lastIndex >= 0, legacy[lastIndex].code == Int32(row.legacyCommune) {
            guard row.divided, legacy[lastIndex].divided, legacy[lastIndex].district == UInt16(row.district) else {
                throw failure("legacy commune \(row.legacyCommune) has several rows but is not divided, or they disagree")
            }
            legacy[lastIndex].rowCount += 1
        } else {
            guard legacyIndexByCode[row.legacyCommune] == CommuneRegister.noIndex else {
                throw failure("legacy commune \(row.legacyCommune) appears again after other communes")
            }
            guard legacy.count < Int(CommuneRegister.noIndex) else { throw failure("too many legacy communes") }
            legacyIndexByCode[row.legacyCommune] = UInt16(legacy.count)
            legacy.append(LegacyEntry(code: Int32(row.legacyCommune), name: row.legacyCommuneName,
                                      firstRow: Int32(rowSuccessor.count), rowCount: 1,
                                      district: UInt16(row.district), province: UInt8(row.legacyProvince),
                                      divided: row.divided))
            legacyProvinceCommunes[row.legacyProvince] = legacyProvinceCommunes[row.legacyProvince].lowerBound
                ..< Int32(legacy.count)
        }
        rowSuccessor.append(successor)
    }

    private mutating func addProvincesAndDistrict(
        _ row: RegisterRow, _ failure: (String) -> RegisterFormatError
    ) throws {
        let province = row.legacyProvince
        if legacyProvinceName[province] == nil {
            legacyProvinceName[province] = row.legacyProvinceName
            legacyProvinceCommunes[province] = Int32(legacy.count)..<Int32(legacy.count)
        } else if let last = legacy.last, Int(last.province) != province {
            throw failure("the rows of legacy province \(province) are not together")
        }
        switch mergedInto[province] {
        case CommuneRegister.noProvince: mergedInto[province] = UInt8(row.province)
        case UInt8(row.province), CommuneRegister.splitProvince: break
        default: mergedInto[province] = CommuneRegister.splitProvince
        }
        if currentProvinceName[row.province] == nil { currentProvinceName[row.province] = row.provinceName }
        if districtName[row.district] == nil {
            districtName[row.district] = row.districtName
            districtProvince[row.district] = UInt8(province)
        } else if districtProvince[row.district] != UInt8(province) {
            throw failure("district \(row.district) lies in two provinces")
        }
    }

    /// The index of the row's 2025 commune, added on its first row.
    private mutating func addCurrentCommune(
        _ row: RegisterRow, _ failure: (String) -> RegisterFormatError
    ) throws -> UInt16 {
        let known = currentIndexByCode[row.commune]
        if known != CommuneRegister.noIndex {
            guard current[Int(known)].province == UInt8(row.province) else {
                throw failure("2025 commune \(row.commune) lies in two provinces")
            }
            return known
        }
        guard current.count < Int(CommuneRegister.noIndex) else { throw failure("too many 2025 communes") }
        let index = UInt16(current.count)
        currentIndexByCode[row.commune] = index
        current.append(CurrentEntry(code: Int32(row.commune), name: row.communeName, predecessors: 0..<0,
                                    province: UInt8(row.province)))
        return index
    }

    /// The 2025 communes with their predecessors linked: every legacy commune listed under each of
    /// its successors, in the register's order (province, district, code).
    func linkingPredecessors() -> (current: [CurrentEntry], predecessorIndices: [UInt16]) {
        var current = self.current
        var counts = [Int32](repeating: 0, count: current.count + 1)
        for successor in rowSuccessor { counts[Int(successor) + 1] += 1 }
        for index in 0..<current.count {
            counts[index + 1] += counts[index]
            current[index].predecessors = counts[index]..<counts[index + 1]
        }
        var next = counts
        var indices = [UInt16](repeating: 0, count: rowSuccessor.count)
        for (legacyIndex, entry) in legacy.enumerated() {
            for row in entry.firstRow..<(entry.firstRow + entry.rowCount) {
                let successor = Int(rowSuccessor[Int(row)])
                indices[Int(next[successor])] = UInt16(legacyIndex)
                next[successor] += 1
            }
        }
        return (current, indices)
    }
}
