import Foundation
import Testing
@testable import CommuneHealth
@testable import CommuneHealthGenerator

/// Reports are replaced whole or not at all, and every reading limit names itself when it trips.
@Suite struct OutputAndLimitTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commune-health-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aReportReplacesTheEarlierOneWholeAndLeavesNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json")
        try "old report\n".write(to: report, atomically: false, encoding: .utf8)
        try FileSystem.writeAtomically(Array("new report\n".utf8), to: report.path)
        #expect(try String(contentsOf: report, encoding: .utf8) == "new report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func aFailedWriteLeavesWhatWasThereAndNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder where the report should go: the rename into place fails after the whole
        // temporary file was written, the worst moment for a half-written report.
        let target = folder.appendingPathComponent("report.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "keep me\n".write(to: target.appendingPathComponent("inside.txt"), atomically: false, encoding: .utf8)
        #expect(throws: (any Error).self) { try FileSystem.writeAtomically(Array("new report\n".utf8), to: target.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep me\n")
    }

    @Test func theCommandLineSaysSoAndExits73WhenAFolderIsWhereTheReportGoes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let sample = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/schema/spec-example.xml").path
        let result = try CommandLineTool.run(["analyze", sample, "--format", "json", "--output", target.path])
        #expect(result.status == 73)  // EX_CANTCREAT (#26)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "commune-health: cannot write \(target.path): it is a folder; only a regular file is replaced\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <healthStationExport xmlns="urn:commune-health:export:1" version="1.0">
          <commune code="09001" name="Xã Thử" provinceCode="08"/>
          <period from="2024-01-01" to="2024-12-31"/>
          <residents>
            <resident id="A" sex="F" birthDate="1990-01-01"/>
            <resident id="B" sex="F" birthDate="1990-01-01"/>
            <resident id="C" sex="F" birthDate="1990-01-01"/>
          </residents>
        </healthStationExport>

        """

    @Test func theElementCountLimitNamesItselfAtTheFirstElementOverIt() {
        let limits = ReadingLimits(maxStartTagBytes: 65_536, maxDepth: 64, maxElements: 6)
        let outcome = ExportReader(limits: limits).read(bytes: Array(Self.document.utf8), file: "count.xml")
        guard case .rejected(let rejection) = outcome else {
            Issue.record("accepted")
            return
        }
        #expect(rejection.reason == .limitExceeded(.elements, limit: 6))
        #expect(rejection.line == 8)
        #expect(rejection.description == "count.xml:8: the file exceeds a safety limit: more than 6 elements")
    }

    @Test func theSameFileWithinTheLimitsIsRead() {
        let limits = ReadingLimits(maxStartTagBytes: 65_536, maxDepth: 4, maxElements: 7)
        guard case .accepted(let contents) = ExportReader(limits: limits).read(bytes: Array(Self.document.utf8), file: "ok.xml") else {
            Issue.record("rejected")
            return
        }
        #expect(contents.population == 3)
    }

    /// A child of a card counts one level below the card, though the card's own end tag is not
    /// reported when it has none (#30): x:file is the sixth level.
    @Test(arguments: [(5, false), (6, true)])
    func theDepthLimitCountsTheChildrenOfALeaf(maxDepth: Int, accepted: Bool) throws {
        let limits = ReadingLimits(maxStartTagBytes: 65_536, maxDepth: maxDepth, maxElements: 100)
        let bytes = try #require(FileManager.default.contents(atPath: fixture("reader/leaf-with-foreign-child.xml")))
        switch ExportReader(limits: limits).read(bytes: Array(bytes), file: "leaf.xml") {
        case .accepted(let contents):
            #expect(accepted)
            #expect(contents.population == 3)
        case .rejected(let rejection):
            #expect(!accepted)
            #expect(rejection.reason == .limitExceeded(.depth, limit: 5))
            #expect(rejection.line == 7)
        }
    }

    @Test func theDepthLimitCountsEveryElement() {
        let limits = ReadingLimits(maxStartTagBytes: 65_536, maxDepth: 2, maxElements: 100)
        guard case .rejected(let rejection) = ExportReader(limits: limits).read(bytes: Array(Self.document.utf8), file: "d.xml") else {
            Issue.record("accepted")
            return
        }
        #expect(rejection.reason == .limitExceeded(.depth, limit: 2))
        #expect(rejection.line == 6)
    }
}

/// The start-tag guard jumps from `<` to `<` rather than visiting each; it must agree with the
/// plain definition (no gap between two `<`, or from the start or to the end, longer than the
/// limit) on every placement of `<` and every split into chunks.
@Suite struct StartTagGuardTests {
    /// The definition, one byte at a time: nil when every gap fits, else the gap's start.
    static func naive(_ bytes: [UInt8], limit: Int) -> Int? {
        var last = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "<") {
            if offset - last > limit { return last }
            last = offset
        }
        return bytes.count - last > limit ? last : nil
    }

    static func guarded(_ bytes: [UInt8], limit: Int, chunks: [Int]) -> Int? {
        var guardState = StartTagGuard(limit: limit)
        var start = 0
        for size in chunks + [bytes.count] where start < bytes.count {
            let end = min(bytes.count, start + max(size, 1))
            let accepted = bytes[start..<end].withUnsafeBufferPointer { guardState.accept($0) }
            if !accepted { return guardState.offendingOffset }
            start = end
        }
        return nil
    }

    @Test("every placement of '<' in 12 bytes, limit 3, whole and byte by byte")
    func exhaustiveSmall() {
        var disagreements = 0
        for mask in 0..<(1 << 12) {
            let bytes = (0..<12).map { mask & (1 << $0) != 0 ? UInt8(ascii: "<") : UInt8(ascii: "a") }
            let expected = Self.naive(bytes, limit: 3)
            for chunks in [[12], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [5, 7], [3, 4, 5]]
            where Self.guarded(bytes, limit: 3, chunks: chunks) != expected {
                disagreements += 1
            }
        }
        #expect(disagreements == 0)
    }

    @Test("random documents, limits and chunk sizes agree with the definition")
    func randomised() {
        var random = GeneratorRandom(2024)
        var over = 0
        for _ in 0..<2_000 {
            let limit = 1 + random.below(40)
            let count = random.below(401)
            let density = 2 + random.below(59)
            let bytes = (0..<count).map { _ in
                random.below(density) == 0 ? UInt8(ascii: "<") : UInt8(ascii: "x")
            }
            let chunks = (0..<8).map { _ in 1 + random.below(90) }
            let expected = Self.naive(bytes, limit: limit)
            if expected != nil { over += 1 }
            #expect(
                Self.guarded(bytes, limit: limit, chunks: chunks) == expected,
                "limit \(limit), chunks \(chunks), bytes \(String(decoding: bytes, as: UTF8.self))")
        }
        // Both outcomes were exercised, not just one.
        #expect(over > 200 && over < 1_800)
    }
}
