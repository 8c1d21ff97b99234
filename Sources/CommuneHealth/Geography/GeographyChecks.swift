/// What the check of a file's `<commune>` against the map of its reference date found
/// (docs/spec/geography-v1.md §3). A warning only: it never rejects a file nor excludes a record. File values
/// are kept as the file wrote them, register values are typed.
package enum GeographyWarningReason: Sendable, Equatable, CustomStringConvertible {
    /// The commune code is not on `edition`'s map. `inOtherEdition`: the other map has it (a legacy
    /// code closed on 2025-07-01 in a 2025 file, or a code that only the 2025 map has in an older file).
    case unknownCommuneCode(code: String, edition: MapEdition, inOtherEdition: Bool)
    /// The name differs from the register's beyond case, unit-type word and tone-mark placement.
    /// `matchesOtherEdition`: the file's name is that of the same code on the other map (a 2025
    /// commune in a 2024 file: `02215` is Phường Ỷ La until 2025-06-30, Phường Minh Xuân after).
    case nameDiffers(code: String, name: String, registerName: String, edition: MapEdition, matchesOtherEdition: Bool)
    /// The province code differs from the register's province for that commune.
    /// `matchesOtherEdition`: the file's province is the commune's province on the other map
    /// (08 for a Hà Giang commune in a 2024 file: its counts go to Tuyên Quang from 2025-07-01).
    case provinceCodeDiffers(
        code: String, provinceCode: String, registerProvince: RegisterProvince,
        edition: MapEdition, matchesOtherEdition: Bool)
    /// Legacy map: the district code differs from the register's.
    case districtCodeDiffers(code: String, districtCode: String, registerDistrict: RegisterDistrict)
    /// 2025 map: a district code is given, and there is no district level.
    case districtCodeOn2025Map(districtCode: String)

    /// The English text, as on standard error.
    package var description: String { Labels(.en)[.geography(.warning(self))] }
}

/// A geography warning at its place in a file: `FILE:LINE: reason`.
package typealias GeographyWarning = Located<GeographyWarningReason>

extension CommuneRegister {
    /// Checks a file's commune against the map in force on its period's reference date.
    package func check(_ commune: Commune, on referenceDate: CalendarDate) -> [GeographyWarningReason] {
        check(commune, in: Self.edition(on: referenceDate))
    }

    /// Checks a file's commune against the map of `edition`, in the order of docs/spec/geography-v1.md §3:
    /// code, name, province, district. An unknown code leaves nothing to compare the rest with.
    package func check(_ commune: Commune, in edition: MapEdition) -> [GeographyWarningReason] {
        var warnings: [GeographyWarningReason] = []
        let code = CommuneCode(commune.code)
        if let code, let found = place(of: code, in: edition) {
            let other = place(of: code, in: edition.other)
            if !Self.namesMatch(commune.name, found.name) {
                let asOther = other.map { Self.namesMatch(commune.name, $0.name) } ?? false
                warnings.append(
                    .nameDiffers(
                        code: commune.code, name: commune.name, registerName: found.name,
                        edition: edition, matchesOtherEdition: asOther))
            }
            if ProvinceCode(commune.provinceCode) != found.province.code {
                let asOther = ProvinceCode(commune.provinceCode) == otherProvince(of: code, in: edition)
                warnings.append(
                    .provinceCodeDiffers(
                        code: commune.code, provinceCode: commune.provinceCode,
                        registerProvince: found.province, edition: edition,
                        matchesOtherEdition: asOther))
            }
            if let given = commune.districtCode, let district = found.district, DistrictCode(given) != district.code {
                warnings.append(.districtCodeDiffers(code: commune.code, districtCode: given, registerDistrict: district))
            }
        } else {
            let inOther = code.map { contains($0, in: edition.other) } ?? false
            warnings.append(.unknownCommuneCode(code: commune.code, edition: edition, inOtherEdition: inOther))
        }
        if edition == .current2025, let given = commune.districtCode {
            warnings.append(.districtCodeOn2025Map(districtCode: given))
        }
        return warnings
    }

    /// A commune's name, province and (legacy) district on one map.
    private struct Place {
        var name: String
        var province: RegisterProvince
        var district: RegisterDistrict?
    }

    private func place(of code: CommuneCode, in edition: MapEdition) -> Place? {
        switch edition {
        case .legacy:
            guard let index = legacyIndex(code) else { return nil }
            let entry = legacy[index]
            return Place(
                name: string(entry.name), province: legacyProvince(entry.province),
                district: district(entry.district))
        case .current2025:
            guard let index = currentIndex(code) else { return nil }
            let entry = current[index]
            return Place(name: string(entry.name), province: currentProvince(entry.province), district: nil)
        }
    }

    /// The commune's province on the other map: for a legacy commune the 2025 province its
    /// counts go to, for a 2025 commune the legacy province of the same code.
    private func otherProvince(of code: CommuneCode, in edition: MapEdition) -> ProvinceCode? {
        switch edition {
        case .legacy:
            return legacyIndex(code).map { ProvinceCode(uncheckedValue: Int(currentProvinceCode(ofLegacy: $0))) }
        case .current2025:
            return legacyIndex(code).map { ProvinceCode(uncheckedValue: Int(legacy[$0].province)) }
        }
    }
}
