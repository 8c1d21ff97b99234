@testable import CommuneHealth
import FuzzDriver

/// The values the command line reads. The first byte says which; the rest is the value's text:
/// `c` `--compare FIRST..LAST`, `t` `--target NAME=RATE`, `d` a date, `i` an instant, `p`
/// `generate --province`'s codes, `l` `generate --legacy-communes`'s codes; any other byte, all
/// of them. A value is either refused (nil) or read back as written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    switch data[0] {
    case UInt8(ascii: "c"): compare(text)
    case UInt8(ascii: "t"): target(text)
    case UInt8(ascii: "d"): date(text)
    case UInt8(ascii: "i"): _ = Instant(text)
    case UInt8(ascii: "p"): provinces(text)
    case UInt8(ascii: "l"): communes(text)
    default:
        compare(text)
        target(text)
        date(text)
        _ = Instant(text)
        provinces(text)
        communes(text)
    }
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver, calling `fuzz` with each input.
@_cdecl("ArgumentFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}

/// Periods a run might hold: whole years, and 2025's two halves on either map.
private let periods: [PeriodKey] = [
    period("2021-01-01", "2021-12-31"), period("2024-01-01", "2024-12-31"),
    period("2025-01-01", "2025-06-30"), period("2025-07-01", "2025-12-31"),
]

private func period(_ from: String, _ to: String) -> PeriodKey {
    PeriodKey(from: CalendarDate(from)!, to: CalendarDate(to)!)
}

private func compare(_ text: String) {
    guard let choice = ComparedChoice(text) else { return }
    require(choice.text == text, "--compare kept another text")
    for side in [choice.first, choice.last] {
        switch side {
        case .year(let year): require((1...9999).contains(year) && text.contains(String(year)), "a year not in the text")
        case .startingOn(let date): require(text.contains(date.description), "a date not in the text")
        }
        if let found = side.period(in: periods) { require(periods.contains(found), "a period not among those given") }
    }
}

private func target(_ text: String) {
    guard let named = NamedTarget(text) else { return }
    require((0...1).contains(named.rate) && text.hasPrefix(named.indicator.rawValue + "="), "a target not as written")
    var targets = Targets.programme2021to2025
    targets[named.indicator] = named.rate
    require(targets[named.indicator] == named.rate, "the target not kept")
    let indicator = Indicator.all.first { $0.id == named.indicator }!
    for counts in [GroupCount(total: 0, hits: 0), GroupCount(total: 1_000, hits: 137), GroupCount(total: 793_582, hits: 793_582)] {
        _ = targets.meets(indicator, counts)
        require(targets.gap(indicator, counts) >= 0, "a negative gap")
    }
}

private func date(_ text: String) {
    guard let date = CalendarDate(text) else { return }
    require(date.description == text, "a date read as \(date) from \(text)")
}

/// As `generate` reads `--province`: codes separated by commas, each on the legacy map.
private func provinces(_ text: String) {
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
        guard let code = ProvinceCode(String(part)) else { continue }
        require(code.description == part, "a province code read as \(code) from \(part)")
        _ = CommuneRegister.shared.province(code, in: .legacy)
    }
}

/// As `generate` reads `--legacy-communes`: codes separated by commas, spaces ignored.
private func communes(_ text: String) {
    for part in text.split(separator: ",").map({ String($0.filter { $0 != " " }) }) {
        guard let code = CommuneCode(part) else { continue }
        require(code.description == part, "a commune code read as \(code) from \(part)")
        _ = CommuneRegister.shared.legacyCommune(code)
    }
}
