/// Where a legacy-period file's counts go on today's map (docs/spec/geography-v1.md §5, items 2 to 4).
package enum CurrentPlacement: Hashable, Sendable {
    /// To one 2025 commune and its province: the commune was merged whole into it, or kept its code.
    case successor(commune: CommuneCode, province: ProvinceCode)
    /// A divided legacy commune: a row of its own, `divided`, its successors listed; its counts go
    /// to the 2025 province only.
    case divided(successors: [CommuneCode], province: ProvinceCode)
    /// A code the legacy map does not hold: a row of its own, `unknown`, under the 2025 province the
    /// file's legacy province merged into, or under the file's own province code if the register
    /// does not know that either.
    case unknown(province: ProvinceCode)

    /// The 2025 province the counts go to.
    package var province: ProvinceCode {
        switch self {
        case .successor(_, let province), .divided(_, let province), .unknown(let province): return province
        }
    }
}

extension CommuneRegister {
    /// Where the counts of a file of a legacy period go under `--units current`, from its commune
    /// code and its (legacy) province code. The commune code decides: when the register knows it,
    /// its successor's province is used even if the file gave another province (that file also
    /// has a `provinceCodeDiffers` warning). Files of 2025-edition periods are taken as they are and
    /// need no placement.
    package func currentPlacement(ofLegacy commune: CommuneCode, provinceCode: ProvinceCode) -> CurrentPlacement {
        guard let index = legacyIndex(commune) else {
            return .unknown(province: province2025(mergedFrom: provinceCode)?.code ?? provinceCode)
        }
        let entry = legacy[index]
        let successors = successorIndices(of: entry).map { CommuneCode(uncheckedValue: Int(current[$0].code)) }
        let province = ProvinceCode(uncheckedValue: Int(currentProvinceCode(ofLegacy: index)))
        return entry.divided
            ? .divided(successors: successors, province: province)
            : .successor(commune: successors[0], province: province)
    }

    /// The divided legacy communes of which the 2025 commune `code` received a part, by legacy
    /// code: what its row lacks on today's map (`lacksDivided`). Empty for a code the 2025 map lacks.
    package func lacksDivided(_ code: CommuneCode) -> [CommuneCode] {
        guard let index = currentIndex(code) else { return [] }
        return current[index].predecessors.compactMap { position in
            let entry = legacy[Int(predecessorIndices[Int(position)])]
            return entry.divided ? CommuneCode(uncheckedValue: Int(entry.code)) : nil
        }
    }
}
