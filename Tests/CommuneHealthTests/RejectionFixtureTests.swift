import Foundation
import Testing
@testable import CommuneHealth

/// The README's folder of rejected files: one per kind of rejection, each with its exact reason and line.
@Suite struct RejectionFixtureTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/rejections").path

    static let expected: [(file: String, line: Int, reason: RejectionReason)] = [
        ("empty.xml", 1, .emptyFile),
        ("truncated.xml", 3, .notWellFormed(.libxml2("AttValue: ' expected"))),
        ("random-bytes.xml", 1, .noMarkup),
        ("doctype-external-entity.xml", 2, .doctype),
        ("doctype-billion-laughs.xml", 2, .doctype),
        ("wrong-root.xml", 2, .wrongRoot("stationExport")),
        ("wrong-namespace.xml", 2, .wrongNamespace("urn:commune-health:export:2")),
        ("unsupported-version.xml", 2, .unsupportedVersion("2.0")),
        ("malformed-generated.xml", 2, .malformedAttribute(element: "healthStationExport", attribute: "generated", value: "2025-01-06 08:30")),
        ("missing-commune.xml", 3, .missingElement("commune")),
        ("malformed-commune-code.xml", 3, .malformedAttribute(element: "commune", attribute: "code", value: "2218")),
        ("missing-period.xml", 4, .missingElement("period")),
        ("period-ends-before-start.xml", 4, .periodEndsBeforeStart(from: "2024-12-31", to: "2024-01-01")),
        ("reference-date-outside-period.xml", 4, .referenceDateOutsidePeriod("2025-01-01")),
        ("residents-count-mismatch.xml", 5, .countMismatch(declared: 2, actual: 1)),
        ("missing-residents.xml", 5, .missingElement("residents")),
        ("unknown-element.xml", 8, .unexpectedElement("notes")),
        ("start-tag-too-long.xml", 6, .limitExceeded(.bytesWithoutMarkup, limit: 65_536)),
    ]

    @Test(arguments: expected.map(\.file))
    func eachFileIsRejectedWithItsReasonAndLine(file: String) throws {
        let want = try #require(Self.expected.first { $0.file == file })
        let path = Self.folder + "/" + file
        guard case .rejected(let rejection) = ExportReader().read(path: path) else {
            Issue.record("\(file) was accepted")
            return
        }
        #expect(rejection.reason == want.reason)
        #expect(rejection.line == want.line)
        #expect(rejection.file == path)
        #expect(rejection.description.hasPrefix("\(path):\(want.line): "))
    }

    @Test func duplicatesWithoutGeneratedAreBothRejectedAtTheirRootElement() throws {
        let analysis = Analyzer(jobs: 2).analyze(files: try InputFiles.collect([Self.folder]))
        let duplicates = analysis.rejectedFiles.filter {
            if case .duplicateSubmission = $0.reason { return true } else { return false }
        }
        #expect(duplicates.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["duplicate-a.xml", "duplicate-b.xml"])
        #expect(duplicates.allSatisfy { $0.line == 2 })
        #expect(analysis.rejectedFiles.count == Self.expected.count + 2)
        #expect(analysis.communes.isEmpty)
    }

    @Test func theExternalEntityIsNeverRead() throws {
        let path = Self.folder + "/doctype-external-entity.xml"
        guard case .rejected(let rejection) = ExportReader().read(path: path) else {
            Issue.record("accepted")
            return
        }
        #expect(!rejection.description.contains("root:"))
        #expect(rejection.reason == .doctype)
    }
}
