/// Collects the register's tables row by row, checking that the rows tell one consistent story:
/// a district or 2025 commune has one parent, a legacy province's and a legacy commune's rows are
/// consecutive and only a divided commune has several rows.
///
/// The rows come sorted by legacy province and district, so that bookkeeping happens only when
/// the province or district changes from the row before.
struct RegisterBuilder {
    var legacy: [LegacyEntry] = []
    var current: [CurrentEntry] = []
    var rowSuccessor: [UInt16] = []
    /// Code → index: 32,768 codes at first (the highest is 32,248), grown if need be.
    var legacyIndexByCode: [UInt16] = []
    var currentIndexByCode: [UInt16] = []
    var legacyProvinceName = [ByteSpan?](repeating: nil, count: 100)
    var legacyProvinceCommunes = [Range<Int32>](repeating: 0..<0, count: 100)
    var mergedInto = [UInt8](repeating: CommuneRegister.noProvince, count: 100)
    var currentProvinceName = [ByteSpan?](repeating: nil, count: 100)
    var districtName = [ByteSpan?](repeating: nil, count: 1_000)
    var districtProvince = [UInt8](repeating: CommuneRegister.noProvince, count: 1_000)
    private var lastProvince = -1, lastDistrict = -1
    /// The bytes of the row before up to its district name's comma: "08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,".
    private var lastPrefix = ByteSpan(start: 0, count: 0)

    init(expectedRows: Int) {
        legacy.reserveCapacity(expectedRows)
        legacyIndexByCode = Self.noIndices(count: 1 << 15)
        currentIndexByCode = Self.noIndices(count: 1 << 15)
        rowSuccessor.reserveCapacity(expectedRows)
        current.reserveCapacity(expectedRows / 2)
    }

    /// A table of `count` absent codes, filled by `memset`.
    private static func noIndices(count: Int) -> [UInt16] {
        [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
            LibC.memset(buffer.baseAddress!, 0xFF, count * MemoryLayout<UInt16>.stride)
            initialized = count
        }
    }

    /// `table[code] = index`, the table grown with absent codes as far as `code`.
    @inline(__always)
    private static func set(_ table: inout [UInt16], _ code: Int, _ index: UInt16) {
        if code >= table.count {
            table.append(contentsOf: repeatElement(CommuneRegister.noIndex, count: code &+ 1 &- table.count))
        }
        table[code] = index
    }

    /// Reads the row at `cursor` and adds it. A name is looked for only on its code's first row:
    /// later rows step over it (`RowCursor.name(known:)`); a row that starts with the same
    /// province and district as the row before steps over both at once.
    @inline(__always)
    mutating func addRow(at cursor: inout RowCursor, line: Int) throws {
        let rowStart = cursor.position
        var legacyProvince = lastProvince, district = lastDistrict
        var legacyProvinceName = ByteSpan(start: 0, count: 0), districtName = legacyProvinceName
        if !cursor.skip(sameAs: lastPrefix) {
            guard let provinceCode = cursor.code(2), let provinceName = cursor.name(known: self.legacyProvinceName[provinceCode]),
                let districtCode = cursor.code(3), let name = cursor.name(known: self.districtName[districtCode])
            else {
                throw Self.shapeError(line)
            }
            (legacyProvince, legacyProvinceName, district, districtName) = (provinceCode, provinceName, districtCode, name)
            lastPrefix = ByteSpan(start: Int32(truncatingIfNeeded: rowStart), count: Int32(truncatingIfNeeded: cursor.position &- rowStart))
        }
        guard let legacyCommune = cursor.code(5), let legacyCommuneName = cursor.name(known: legacyName(legacyCommune)),
            let divided = cursor.yesNo(),
            let province = cursor.code(2), let provinceName = cursor.name(known: currentProvinceName[province]),
            let commune = cursor.code(5), let communeName = cursor.lastName(known: currentName(commune))
        else {
            throw Self.shapeError(line)
        }
        try add(
            RegisterRow(
                legacyProvince: legacyProvince, legacyProvinceName: legacyProvinceName,
                district: district, districtName: districtName,
                legacyCommune: legacyCommune, legacyCommuneName: legacyCommuneName, divided: divided,
                province: province, provinceName: provinceName, commune: commune, communeName: communeName),
            line: line)
    }

    private static func shapeError(_ line: Int) -> RegisterFormatError {
        RegisterFormatError(line: line, reason: "expected 11 fields: codes of 2, 3 and 5 digits, non-empty names without commas, divided yes or no")
    }

    @inline(__always)
    private func legacyName(_ code: Int) -> ByteSpan? {
        guard let last = legacy.last, last.code == Int32(truncatingIfNeeded: code) else { return nil }
        return last.name
    }

    @inline(__always)
    private func currentName(_ code: Int) -> ByteSpan? {
        guard code < currentIndexByCode.count else { return nil }
        let index = currentIndexByCode[code]
        return index == CommuneRegister.noIndex ? nil : current[Int(index)].name
    }

    @inline(__always)
    private mutating func add(_ row: RegisterRow, line: Int) throws {
        if row.legacyProvince != lastProvince || row.district != lastDistrict { try enterDistrict(of: row, line: line) }
        if mergedInto[row.legacyProvince] != UInt8(row.province) {
            mergedInto[row.legacyProvince] =
                mergedInto[row.legacyProvince] == CommuneRegister.noProvince
                ? UInt8(row.province) : CommuneRegister.splitProvince
        }
        let successor = try addCurrentCommune(row, line: line)
        let lastIndex = legacy.count - 1
        if lastIndex >= 0, legacy[lastIndex].code == Int32(row.legacyCommune) {
            guard row.divided, legacy[lastIndex].divided else {
                throw RegisterFormatError(line: line, reason: "legacy commune \(row.legacyCommune) has several rows but is not divided")
            }
            legacy[lastIndex].rowCount += 1
        } else {
            guard row.legacyCommune >= legacyIndexByCode.count || legacyIndexByCode[row.legacyCommune] == CommuneRegister.noIndex,
                legacy.count < Int(CommuneRegister.noIndex)
            else {
                throw RegisterFormatError(line: line, reason: "legacy commune \(row.legacyCommune) appears again after other communes")
            }
            Self.set(&legacyIndexByCode, row.legacyCommune, UInt16(truncatingIfNeeded: legacy.count))
            legacy.append(
                LegacyEntry(
                    code: Int32(row.legacyCommune), name: row.legacyCommuneName,
                    firstRow: Int32(truncatingIfNeeded: rowSuccessor.count), rowCount: 1,
                    district: UInt16(row.district), province: UInt8(row.legacyProvince),
                    divided: row.divided))
            legacyProvinceCommunes[row.legacyProvince] = legacyProvinceCommunes[row.legacyProvince].lowerBound..<Int32(truncatingIfNeeded: legacy.count)
        }
        rowSuccessor.append(successor)
    }

    /// A row of another legacy province or district than the row before.
    private mutating func enterDistrict(of row: RegisterRow, line: Int) throws {
        let province = row.legacyProvince
        if province != lastProvince {
            guard legacyProvinceName[province] == nil else {
                throw RegisterFormatError(line: line, reason: "the rows of legacy province \(province) are not together")
            }
            legacyProvinceName[province] = row.legacyProvinceName
            legacyProvinceCommunes[province] = Int32(legacy.count)..<Int32(legacy.count)
        }
        if districtName[row.district] == nil {
            districtName[row.district] = row.districtName
            districtProvince[row.district] = UInt8(province)
        } else if districtProvince[row.district] != UInt8(province) {
            throw RegisterFormatError(line: line, reason: "district \(row.district) lies in two provinces")
        }
        if let last = legacy.last, last.code == Int32(row.legacyCommune) {
            throw RegisterFormatError(line: line, reason: "the rows of legacy commune \(row.legacyCommune) disagree on its district")
        }
        lastProvince = province
        lastDistrict = row.district
    }

    /// The index of the row's 2025 commune, added on its first row.
    @inline(__always)
    private mutating func addCurrentCommune(_ row: RegisterRow, line: Int) throws -> UInt16 {
        let known = row.commune < currentIndexByCode.count ? currentIndexByCode[row.commune] : CommuneRegister.noIndex
        if known != CommuneRegister.noIndex {
            guard current[Int(known)].province == UInt8(row.province) else {
                throw RegisterFormatError(line: line, reason: "2025 commune \(row.commune) lies in two provinces")
            }
            return known
        }
        guard current.count < Int(CommuneRegister.noIndex) else {
            throw RegisterFormatError(line: line, reason: "too many 2025 communes")
        }
        if currentProvinceName[row.province] == nil { currentProvinceName[row.province] = row.provinceName }
        let index = UInt16(truncatingIfNeeded: current.count)
        Self.set(&currentIndexByCode, row.commune, index)
        current.append(
            CurrentEntry(
                code: Int32(row.commune), name: row.communeName, predecessors: 0..<0,
                province: UInt8(row.province)))
        return index
    }

    /// The 2025 communes with their predecessors linked: every legacy commune listed under each of
    /// its successors, in the register's order (province, district, code). A counting sort.
    func linkingPredecessors() -> (current: [CurrentEntry], predecessorIndices: [UInt16]) {
        var current = self.current
        var starts = [Int32](repeating: 0, count: current.count + 1)
        var indices = [UInt16](repeating: 0, count: rowSuccessor.count)
        starts.withUnsafeMutableBufferPointer { starts in
            rowSuccessor.withUnsafeBufferPointer { successors in
                for successor in successors { starts[Int(successor) &+ 1] &+= 1 }
                for index in 0..<current.count {
                    starts[index &+ 1] &+= starts[index]
                    current[index].predecessors = starts[index]..<starts[index &+ 1]
                }
                indices.withUnsafeMutableBufferPointer { indices in
                    for (legacyIndex, entry) in legacy.enumerated() {
                        for row in Int(entry.firstRow)..<Int(entry.firstRow &+ entry.rowCount) {
                            let successor = Int(successors[row])
                            indices[Int(starts[successor])] = UInt16(truncatingIfNeeded: legacyIndex)
                            starts[successor] &+= 1
                        }
                    }
                }
            }
        }
        return (current, indices)
    }
}
