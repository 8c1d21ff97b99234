import Foundation
import Testing
@testable import CommuneHealth
import CommuneHealthGenerator

// The reader reads with libxml2's pull parser and gives a file it does not read cleanly to the
// push parser, whose words every rejection quotes (#30, XMLStreamParser.readCleanly). These tests
// hold the two to the same outcome: every fixture and a generated messy province read alike, and
// a file cut short is rejected in the push parser's words, not the pull parser's.

/// Everything an outcome holds, field by field, as `dump` writes it; a dictionary's entries
/// sorted, since two equal dictionaries may list them in different orders.
private func everything(_ outcome: ReadOutcome) -> String {
    var text = ""
    dump(outcome, to: &text)
    return canonical(text.split(separator: "\n").map(String.init))
}

/// `dump`'s lines with the entries under each dictionary sorted (an entry is a line and the more
/// indented lines after it).
private func canonical(_ lines: [String]) -> String {
    func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }
    func blocks(_ lines: ArraySlice<String>) -> [ArraySlice<String>] {
        var result: [ArraySlice<String>] = []
        var start = lines.startIndex
        while start < lines.endIndex {
            let depth = indentation(lines[start])
            var end = start + 1
            while end < lines.endIndex && indentation(lines[end]) > depth { end += 1 }
            result.append(lines[start..<end])
            start = end
        }
        return result
    }
    func render(_ block: ArraySlice<String>) -> String {
        let head = block.first!
        let children = blocks(block.dropFirst()).map(render)
        let ordered = head.contains("key/value pairs") ? children.sorted() : children
        return ([head] + ordered).joined(separator: "\n")
    }
    return blocks(lines[...]).map(render).joined(separator: "\n")
}

/// The first line where two dumps differ, with its neighbours; nil when they are the same.
private func firstDifference(_ a: String, _ b: String) -> String? {
    let left = a.split(separator: "\n", omittingEmptySubsequences: false)
    let right = b.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
        let l = index < left.count ? left[index] : "(end)", r = index < right.count ? right[index] : "(end)"
        if l != r {
            let from = max(0, index - 3)
            return "line \(index): \(left[from..<min(left.count, index + 2)].joined(separator: "\n")) ≠ \(r)"
        }
    }
    return nil
}

/// The fixtures' exports, every folder.
private func fixtureExports() throws -> [URL] {
    let walker = try #require(FileManager.default.enumerator(at: fixturesFolder(), includingPropertiesForKeys: nil))
    return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
}

@Suite struct PullParserTests {
    @Test func everyFixtureReadsAsThePushParserReadsIt() throws {
        let files = try fixtureExports()
        #expect(files.count > 100)
        var accepted = 0, rejected = 0
        for url in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let reader = ExportReader(keepsAllMeasurements: true, listsUninsured: true)
            let pulled = reader.read(bytes: bytes, file: url.lastPathComponent)
            let pushed = reader.readPushing(bytes: bytes, file: url.lastPathComponent)
            #expect(firstDifference(everything(pulled), everything(pushed)) == nil, "\(url.path)")
            let fromFile = reader.read(path: url.path), pushedNamed = reader.readPushing(bytes: bytes, file: url.path)
            #expect(firstDifference(everything(fromFile), everything(pushedNamed)) == nil, "\(url.path)")
            if pulled.contents != nil { accepted += 1 } else { rejected += 1 }
        }
        // Both ways are taken: files read cleanly by the pull parser, and files given to the push parser.
        #expect(accepted > 50)
        #expect(rejected > 20)
    }

    @Test func aMessyProvinceReadsAsThePushParserReadsIt() throws {
        let folder = scratchFolder("commune-health-pull")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = GeneratorOptions(communes: 6, residents: 12_000, seed: 7, year: 2024, mess: 20)
        _ = try ProvinceGenerator(options: options).write(to: folder.path)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(files.count == 6)
        var warnings = 0
        for name in files {
            let path = folder.appendingPathComponent(name).path
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let pulled = ExportReader().read(path: path)
            #expect(firstDifference(everything(pulled), everything(ExportReader().readPushing(bytes: bytes, file: path))) == nil)
            let contents = try #require(pulled.contents)
            warnings += contents.warnings.count + contents.invalidRecords.count
        }
        #expect(warnings > 100)
    }

    /// libxml2 2.9's pull parser says "Premature end of data in tag residents line 4" of this
    /// file, the push parser "Extra content at the end of the document": the rejection keeps the
    /// push parser's words, as before the pull parser.
    @Test func aFileCutShortIsRejectedInThePushParsersWords() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <healthStationExport xmlns="urn:commune-health:export:1" version="1.0" generated="2025-01-06T08:30:00+07:00">
              <commune code="02218" name="Xã Tân Long" provinceCode="08" provinceName="Tỉnh Tuyên Quang" districtCode="070" districtName="Thành phố Tuyên Quang"/>
              <period from="2024-01-01" to="2024-12-31" referenceDate="2024-12-31"/>
              <residents count="2">
                <resident id="R1" sex="F" birthDate="2020-01-01"/>

            """
        let bytes = Array(text.utf8)
        let state = ExportHandler(file: "cut.xml", keepsAllMeasurements: false)
        let cleanly = bytes.withUnsafeBytes { XMLStreamParser(handler: state, limits: .default).readCleanly(bytes: $0) }
        #expect(!cleanly)
        let rejection = try #require(ExportReader().read(bytes: bytes, file: "cut.xml").rejection)
        #expect(rejection == FileRejection(file: "cut.xml", line: 6, reason: .notWellFormed(.libxml2("Extra content at the end of the document"))))
        #expect(everything(ExportReader().readPushing(bytes: bytes, file: "cut.xml")) == everything(.rejected(rejection)))
    }

    /// A byte that windows-1258 leaves undefined, alone after the root's end (at once, or 9,000
    /// bytes on, so that libxml2 converts it in a later read than the root's): libxml2's pull
    /// parser tells no parser of it, only its input buffer, and would have read the file as a
    /// whole document; it is rejected as the push parser rejects it.
    @Test(arguments: ["reader/undefined-byte-after-root.xml", "reader/undefined-byte-after-root-far.xml"])
    func aByteUndefinedInTheEncodingIsRejectedAsWhenPushed(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture(name))))
        let rejection = try #require(ExportReader().read(bytes: bytes, file: "bad.xml").rejection)
        #expect(rejection == FileRejection(file: "bad.xml", line: 7, reason: .notWellFormed(.invalidEncoding)))
        let state = ExportHandler(file: "bad.xml", keepsAllMeasurements: false)
        #expect(!bytes.withUnsafeBytes { XMLStreamParser(handler: state, limits: .default).readCleanly(bytes: $0) })
    }

    /// A file the pull parser reads cleanly is read once: its handler's records are the outcome.
    @Test func aCleanFileIsReadOnceByThePullParser() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture("reader/minimal.xml"))))
        let state = ExportHandler(file: "valid.xml", keepsAllMeasurements: false)
        let cleanly = bytes.withUnsafeBytes { XMLStreamParser(handler: state, limits: .default).readCleanly(bytes: $0) }
        #expect(cleanly)
        #expect(everything(state.outcome(nil)) == everything(ExportReader().readPushing(bytes: bytes, file: "valid.xml")))
    }
}
