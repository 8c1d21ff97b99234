@testable import CommuneHealth
import FuzzDriver

/// The shipped tables read at start-up. The first byte says which; the rest is the file:
/// 0, a WHO growth table by day (keys 0 to 9); 1, by length (45.0 to 45.9 cm); 2, by height (65.0 to
/// 65.9 cm); 3, the canonical decompositions. A table is either refused (nil) or every row it
/// gives has a positive M and S.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let text = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    switch data[0] % 4 {
    case 0: check(LMSTableParser.parse(text, keyName: "day", keyFractionDigits: 0, keys: 0...9))
    case 1: check(LMSTableParser.parse(text, keyName: "cm", keyFractionDigits: 1, keys: 450...459))
    case 2: check(LMSTableParser.parse(text, keyName: "cm", keyFractionDigits: 1, keys: 650...659))
    default:
        guard let table = CanonicalDecomposition.Table(text) else { return 0 }
        for code in table.codes {
            require(table.mapping(of: code).map { !$0.isEmpty } == true, "a code without its mapping")
        }
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("TableFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}

private func check(_ rows: (boys: [LMS], girls: [LMS])?) {
    guard let rows else { return }
    require(rows.boys.count == 10 && rows.girls.count == 10, "a table without every row")
    for row in rows.boys + rows.girls {
        require(row.m > 0 && row.s > 0 && row.l.isFinite, "a row with M or S not above 0: \(row)")
    }
}
