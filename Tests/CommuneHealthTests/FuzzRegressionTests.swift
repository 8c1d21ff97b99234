import Foundation
import Testing
@testable import CommuneHealth

/// Every input the fuzzer ever found a problem with, replayed through the whole per-file path.
@Suite struct FuzzRegressionTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/fuzz")
    static let inputs = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs.contains("huge-height-crash-2573061.xml"))
        #expect(Self.inputs.contains("no-residents-markdown-crash-5466166.xml"))
    }

    @Test(arguments: inputs)
    func replaysWithoutCrashing(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let outputs = WholeFileRun.render(bytes: bytes, file: name)
        #expect(!outputs.isEmpty)
    }

    /// The crash: a height of 85555555555555555555555.7 cm gives an implausible z-score too large
    /// for an Int, which the z-score listing used to convert.
    @Test func anAstronomicalHeightIsListedAsImplausible() {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <healthStationExport xmlns="urn:commune-health:export:1" version="1.0">
              <commune code="09001" name="X" provinceCode="08"/>
              <period from="2024-01-01" to="2024-12-31"/>
              <residents/>
              <growthMonitoring>
                <measurement childId="C" sex="F" birthDate="2022-01-01" date="2024-06-01" heightCm="85555555555555555555555.7"/>
              </growthMonitoring>
            </healthStationExport>
            """
        guard case .accepted(let contents) = ExportReader(keepsAllMeasurements: true).read(bytes: Array(document.utf8), file: "h.xml") else {
            Issue.record("rejected")
            return
        }
        let rows = ZScoreListing.rows(of: contents, anthropometry: Anthropometry())
        #expect(rows.map(\.status) == [.implausible])
        let csv = ZScoreReport.csvRows(rows)
        #expect(csv.contains(",implausible,true"))
        #expect(CommuneSummary(contents: contents, anthropometry: Anthropometry()).figures.implausibleChildren == 1)
    }

    /// The second crash: a commune with no residents has no group to break coverage down by, and
    /// the Markdown table of breakdowns built the empty range 1...0.
    @Test func aCommuneWithoutResidentsRendersEveryReport() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("no-residents-markdown-crash-5466166.xml")))
        let outputs = WholeFileRun.render(bytes: bytes, file: "empty-commune.xml")
        #expect(outputs.count == 16)  // z-scores, 5 formats × 2 languages, 5 formats on today's map
        #expect(outputs[1].contains("\"population\": 0"))
        #expect(outputs[1].contains("\"coverage\": null"))
    }

    @Test func numbersTooLargeForADoubleAreMalformed() {
        let digits = "1" + String(repeating: "0", count: 400)
        var copy = digits
        #expect(copy.withUTF8 { parseDecimal(ByteView($0)) } == nil)
        var fine = "86.2"
        #expect(fine.withUTF8 { parseDecimal(ByteView($0)) } == 86.2)
    }

    @Test func fixedFormattingCopesWithAnyDouble() {
        let huge = formatFixed(1e300, places: 2)
        #expect(huge.hasPrefix("10000000000000000525047602552044202487044685811081591549158541155118"))
        #expect(huge.hasSuffix(".00") && huge.count == 304)
        #expect(formatFixed(.infinity, places: 2) == "inf")
        #expect(formatFixed(-2.0, places: 2) == "-2.00")
        #expect(formatFixed(-2.5, places: 0) == "-3")
        #expect(formatFixed(-0.004, places: 2) == "0.00")
        #expect(Labels(.vi).decimal(1e20, places: 1) == "100.000.000.000.000.000.000,0")
    }
}
