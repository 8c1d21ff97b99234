@testable import CommuneHealth
import FuzzDriver

/// One input is a commune register's crosswalk CSV (Sources/CommuneHealth/Geography/Resources):
/// it is either refused with a typed error or loaded, and then every commune and province it holds
/// can be looked up on both maps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let register = try? CommuneRegister(csv: bytes(data, size)) else { return 0 }
    var communes = 0
    for edition in MapEdition.allCases {
        for province in register.provinces(in: edition) {
            require(register.province(province.code, in: edition)?.name == province.name, "a province not found by its code")
            for commune in register.communes(ofProvince: province.code, in: edition) {
                require(register.contains(commune.code, in: edition), "a commune not found by its code")
                communes += 1
            }
            if edition == .legacy {
                _ = register.province2025(mergedFrom: province.code)
            } else {
                _ = register.legacyProvinces(mergedInto: province.code)
            }
        }
    }
    require(
        communes == register.communeCount(in: .legacy) + register.communeCount(in: .current2025),
        "the provinces do not hold every commune")
    for entry in register.legacy {
        let code = CommuneCode(uncheckedValue: Int(entry.code))
        guard let commune = register.legacyCommune(code) else { fatalError("legacy commune \(code) not found") }
        for successor in commune.successors {
            require(register.commune2025(successor.code) != nil, "a successor not on the 2025 map")
        }
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("RegisterFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
