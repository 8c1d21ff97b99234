import Foundation
import Testing
@testable import CommuneHealth

// Shared helpers of the test suite: where the fixtures are, reading them, and small assertions.

/// The `Fixtures` folder copied into the test bundle.
func fixturesFolder() -> URL {
    if let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) { return url }
    return Bundle.module.resourceURL!.appendingPathComponent("Fixtures", isDirectory: true)
}

/// The path of a fixture, e.g. `fixture("reader/crlf.xml")`.
func fixture(_ relativePath: String) -> String {
    fixturesFolder().appendingPathComponent(relativePath).path
}

/// Reads a fixture with a fresh reader; the path given is also the file name in every message.
func readFixture(_ relativePath: String, keepsAllMeasurements: Bool = false) -> (path: String, outcome: ReadOutcome) {
    let path = fixture(relativePath)
    return (path, ExportReader(keepsAllMeasurements: keepsAllMeasurements).read(path: path))
}

extension ReadOutcome {
    var contents: ExportContents? {
        if case .accepted(let contents) = self { return contents }
        return nil
    }

    var rejection: FileRejection? {
        if case .rejected(let rejection) = self { return rejection }
        return nil
    }
}

/// The 1-based line of the only line of a UTF-8 fixture that contains `marker`; 0 when there is
/// no such line or more than one, so that an assertion against it fails.
func line(of marker: String, in relativePath: String) -> Int {
    guard let data = FileManager.default.contents(atPath: fixture(relativePath)) else { return 0 }
    let text = String(decoding: data, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let hits = lines.indices.filter { lines[$0].contains(marker) }
    return hits.count == 1 ? hits[0] + 1 : 0
}

/// HAZ by hand: ((h / M)^L - 1) / (L * S), rounded to 2 decimals with halves away from zero.
/// Written here from the spec, independently of `LMS.zScore` and `roundHalfAwayFromZero`.
func handHAZ(_ height: Double, l: Double, m: Double, s: Double) -> Double {
    let z = (pow(height / m, l) - 1) / (l * s)
    let hundredths = z * 100
    let magnitude = (abs(hundredths) + 0.5).rounded(.down)
    return (hundredths < 0 ? -magnitude : magnitude) / 100
}

/// The folder of this test process's scratch files, removed when the process exits (a suite's
/// shared fixtures live as long as the process, so no `deinit` or `defer` would remove them).
private let scratchRoot: URL = {
    let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("commune-health-tests-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    atexit { try? FileManager.default.removeItem(at: scratchRoot) }
    return root
}()

/// A new, not yet created path for a test's files: `PREFIX-UUID` in this process's scratch folder.
func scratchFolder(_ prefix: String) -> URL {
    scratchRoot.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
}

/// Whether the tests run under AddressSanitizer (`swift test --sanitize=address`): its runtime,
/// linked into the test executable, replaces glibc's allocator and answers `mallopt` itself.
let underAddressSanitizer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil  // RTLD_DEFAULT
