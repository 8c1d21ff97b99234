import Foundation
import Testing
@testable import CommuneHealth

/// Crafted and broken files: each gets exactly the spec's outcome with a FILE:LINE message, and a
/// good file read in the same run keeps its exact figures.
@Suite struct HostileInputTests {
    /// The format spec's example (section 5): 2 residents, 1 insured, 1 child assessed and stunted.
    static let goodExport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <healthStationExport xmlns="urn:commune-health:export:1" version="1.0"
                             generated="2025-01-06T08:30:00+07:00" software="TYT 2.3">
          <commune code="02218" name="Xã Trung Môn" provinceCode="08" provinceName="Tuyên Quang"
                   districtCode="075" districtName="Huyện Yên Sơn"/>
          <period from="2024-01-01" to="2024-12-31"/>
          <residents count="2">
            <resident id="R0001" sex="F" birthDate="1987-03-12" ethnicity="Tày" poverty="poor">
              <insuranceCard number="HN2083512340001" validFrom="2024-01-01" validTo="2024-12-31"/>
            </resident>
            <resident id="R0002" sex="M" birthDate="2021-04-03" ethnicity="Tày"/>
          </residents>
          <growthMonitoring>
            <measurement childId="R0002" sex="M" birthDate="2021-04-03" date="2024-06-01"
                         heightCm="86.2" position="standing" weightKg="11.4"/>
          </growthMonitoring>
          <reportedSummary population="2" insured="1" childrenAssessed="1" stunted="1"/>
        </healthStationExport>

        """

    /// A header for a hostile file of another commune, so that it is never a resubmission of the good one.
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <healthStationExport xmlns="urn:commune-health:export:1" version="1.0">
          <commune code="09001" name="Xã Thử" provinceCode="08"/>
          <period from="2024-01-01" to="2024-12-31"/>

        """

    final class Folder {
        let path: String
        init() {
            path = scratchFolder("commune-health-hostile").path
            try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        @discardableResult
        func write(_ name: String, _ bytes: [UInt8]) -> String {
            let file = path + "/" + name
            #expect(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "cannot write \(file)")
            return file
        }

        @discardableResult
        func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
    }

    /// Analyses the good export beside `hostile` and checks the good one is untouched.
    func analyzeBesideGoodFile(_ folder: Folder) -> Analysis {
        folder.write("good.xml", Self.goodExport)
        let analysis = Analyzer(jobs: 2).analyze(files: try! InputFiles.collect([folder.path]))
        let good = analysis.communes.first { $0.commune.code == "02218" }
        #expect(good?.figures.population == 2)
        #expect(good?.figures.insured == 1)
        #expect(good?.figures.childrenAssessed == 1)
        #expect(good?.figures.stunted == 1)
        #expect(good?.figures.excludedRecords == 0)
        return analysis
    }

    func rejection(_ analysis: Analysis, _ name: String) -> FileRejection? {
        analysis.rejectedFiles.first { $0.file.hasSuffix("/" + name) }
    }

    // MARK: Entities, DTDs, inclusion

    static let doctypes: [(name: String, prolog: String)] = [
        ("external-file-entity", "<!DOCTYPE healthStationExport [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"),
        ("external-http-entity", "<!DOCTYPE healthStationExport [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>"),
        ("parameter-entity", "<!DOCTYPE healthStationExport [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>"),
        (
            "billion-laughs",
            "<!DOCTYPE healthStationExport [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY x \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        ),
        ("quadratic-blowup", "<!DOCTYPE healthStationExport [<!ENTITY x \"" + String(repeating: "A", count: 50_000) + "\">]>"),
        ("external-dtd", "<!DOCTYPE healthStationExport SYSTEM \"file:///etc/passwd\">"),
    ]

    @Test(arguments: doctypes.map(\.name))
    func everyDoctypeIsRejectedBeforeAnythingIsExpandedOrLoaded(name: String) {
        let prolog = Self.doctypes.first { $0.name == name }!.prolog
        let folder = Folder()
        let uses = String(repeating: "&x;", count: name == "quadratic-blowup" ? 10_000 : 1)
        folder.write(
            name + ".xml",
            "<?xml version=\"1.0\"?>\n" + prolog + "\n"
                + Self.header.split(separator: "\n", maxSplits: 1)[1].replacingOccurrences(of: "Xã Thử", with: uses)
                + "<residents/></healthStationExport>\n")
        let started = Date()
        let analysis = analyzeBesideGoodFile(folder)
        #expect(Date().timeIntervalSince(started) < 30)
        let problem = rejection(analysis, name + ".xml")
        #expect(problem?.reason == .doctype)
        #expect(problem?.line == 2)
        #expect(problem.map { !$0.description.contains("root:x:0:0") } ?? false)
    }

    @Test func xincludeIsAForeignElementAndIncludesNothing() {
        let folder = Folder()
        folder.write(
            "xinclude.xml",
            Self.header + """
                  <residents count="1"><resident id="A" sex="F" birthDate="1990-01-01"/></residents>
                  <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>
                </healthStationExport>
                """)
        let analysis = analyzeBesideGoodFile(folder)
        let hostile = analysis.communes.first { $0.commune.code == "09001" }
        #expect(hostile?.figures.population == 1)
        #expect(analysis.rejectedFiles.isEmpty)
    }

    // MARK: Size and depth

    @Test func deepNestingIsRejectedByTheDepthLimit() {
        let folder = Folder()
        let depth = 100_000
        let open = String(repeating: "<x:n xmlns:x=\"urn:other\">", count: 1) + String(repeating: "<x:n>", count: depth - 1)
        folder.write("deep.xml", Self.header + open + String(repeating: "</x:n>", count: depth) + "<residents/></healthStationExport>\n")
        let analysis = analyzeBesideGoodFile(folder)
        let problem = rejection(analysis, "deep.xml")
        #expect(problem?.reason == .limitExceeded(.depth, limit: 64))
        #expect(problem?.line == 5)
    }

    @Test func aFiftyMegabyteAttributeIsRejectedByTheStartTagLimit() {
        let folder = Folder()
        var bytes = Array((Self.header + "  <residents>\n    <resident id=\"").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        bytes += Array("\" sex=\"F\" birthDate=\"1990-01-01\"/>\n  </residents>\n</healthStationExport>\n".utf8)
        folder.write("huge-attribute.xml", bytes)
        let analysis = analyzeBesideGoodFile(folder)
        let problem = rejection(analysis, "huge-attribute.xml")
        #expect(problem?.reason == .limitExceeded(.bytesWithoutMarkup, limit: 65_536))
        #expect(problem?.line == 6)
    }

    @Test func aHundredThousandAttributesAreRejectedBeforeLibxml2ChecksThem() {
        let folder = Folder()
        let attributes = (0..<100_000).map { "a\($0)=\">\"" }.joined(separator: " ")
        folder.write(
            "many-attributes.xml",
            Self.header + "  <residents>\n    <resident " + attributes
                + " id=\"A\" sex=\"F\" birthDate=\"1990-01-01\"/>\n  </residents>\n</healthStationExport>\n")
        let started = Date()
        let analysis = analyzeBesideGoodFile(folder)
        #expect(Date().timeIntervalSince(started) < 10)
        let problem = rejection(analysis, "many-attributes.xml")
        #expect(problem?.reason == .limitExceeded(.bytesWithoutMarkup, limit: 65_536))
        #expect(problem?.line == 6)
    }

    // MARK: Bytes that are not XML

    @Test func invalidUTF8IsRejectedWithItsLine() {
        let folder = Folder()
        var bytes = Array((Self.header + "  <residents>\n    <resident id=\"").utf8)
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array("\" sex=\"F\" birthDate=\"1990-01-01\"/>\n  </residents>\n</healthStationExport>\n".utf8)
        folder.write("bad-utf8.xml", bytes)
        let analysis = analyzeBesideGoodFile(folder)
        let problem = rejection(analysis, "bad-utf8.xml")
        guard case .notWellFormed? = problem?.reason else {
            Issue.record("expected not well-formed, got \(String(describing: problem))")
            return
        }
        #expect(problem?.line == 6)
    }

    /// Found by the fuzzer: libxml2 reports a failed conversion only through xmlParseChunk's result.
    @Test func aByteUndefinedInTheDeclaredEncodingIsRejected() {
        let folder = Folder()
        var bytes = Array(
            Self.header.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"windows-1258\"")
                .replacingOccurrences(of: "Xã Thử", with: "X").utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "X"))! + 1
        bytes.insert(0x81, at: at)
        bytes += Array("  <residents/>\n</healthStationExport>\n".utf8)
        folder.write("undefined-in-encoding.xml", bytes)
        let analysis = analyzeBesideGoodFile(folder)
        let problem = rejection(analysis, "undefined-in-encoding.xml")
        #expect(problem?.reason == .notWellFormed(.invalidEncoding))
        #expect(analysis.communes.count == 1)
    }

    @Test func aNulByteIsRejected() {
        let folder = Folder()
        var bytes = Array((Self.header + "  <residents>\n    <resident id=\"A").utf8)
        bytes += [0]
        bytes += Array("\" sex=\"F\" birthDate=\"1990-01-01\"/>\n  </residents>\n</healthStationExport>\n".utf8)
        folder.write("nul.xml", bytes)
        let analysis = analyzeBesideGoodFile(folder)
        let problem = rejection(analysis, "nul.xml")
        guard case .notWellFormed? = problem?.reason else {
            Issue.record("expected not well-formed, got \(String(describing: problem))")
            return
        }
        #expect(problem?.line == 6)
    }

    @Test func utf16WithoutByteOrderMarkIsDetectedAndRead() {
        let folder = Folder()
        let text =
            Self.header.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            + "  <residents count=\"1\"><resident id=\"Ứ\" sex=\"F\" birthDate=\"1990-01-01\"/></residents>\n</healthStationExport>\n"
        var bytes: [UInt8] = []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        folder.write("utf16-no-bom.xml", bytes)
        let analysis = analyzeBesideGoodFile(folder)
        let hostile = analysis.communes.first { $0.commune.code == "09001" }
        #expect(hostile?.commune.name == "Xã Thử")
        #expect(hostile?.figures.population == 1)
    }

    @Test func aZeroByteFileIsRejectedAsEmpty() {
        let folder = Folder()
        folder.write("empty.xml", [])
        let analysis = analyzeBesideGoodFile(folder)
        #expect(rejection(analysis, "empty.xml")?.reason == .emptyFile)
        #expect(rejection(analysis, "empty.xml")?.line == 1)
    }

    /// Cut at 200 evenly spaced offsets, a valid file is rejected at every cut before its root's end tag.
    @Test func truncationAtTwoHundredOffsets() {
        let whole = Array(Self.goodExport.utf8)
        let rootEnd = Self.goodExport.utf8.count - "\n".utf8.count
        let reader = ExportReader()
        for step in 0..<200 {
            let offset = step * whole.count / 200
            let outcome = reader.read(bytes: Array(whole[..<offset]), file: "cut-\(offset).xml")
            if offset < rootEnd {
                guard case .rejected(let rejection) = outcome else {
                    Issue.record("cut at \(offset) was accepted")
                    continue
                }
                #expect(rejection.line >= 1 && rejection.line <= 18, "cut at \(offset): line \(rejection.line)")
                #expect(rejection.description.hasPrefix("cut-\(offset).xml:\(rejection.line): "))
            } else if case .rejected(let rejection) = outcome {
                Issue.record("complete file cut at \(offset) rejected: \(rejection)")
            }
        }
    }

    // MARK: Paths

    @Test func aFolderNamedLikeAFileIsWalkedNotRead() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(atPath: folder.path + "/x.xml", withIntermediateDirectories: false)
        folder.write("x.xml/inner.xml", Self.goodExport.replacingOccurrences(of: "02218", with: "02219"))
        let analysis = analyzeBesideGoodFile(folder)
        #expect(analysis.communes.map(\.commune.code) == ["02218", "02219"])
        #expect(analysis.rejectedFiles.isEmpty)
    }

    @Test func anUnreadableFileIsRejectedAndTheOthersStillCount() throws {
        let folder = Folder()
        let path = folder.path + "/unreadable.xml"
        if getuid() == 0 {
            // Permissions do not stop root: a link to nowhere cannot be opened by anyone.
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: folder.path + "/missing")
        } else {
            folder.write("unreadable.xml", Self.goodExport)
            chmod(path, 0)
        }
        let analysis = analyzeBesideGoodFile(folder)
        guard case .unreadable? = rejection(analysis, "unreadable.xml")?.reason else {
            Issue.record("expected unreadable, got \(String(describing: rejection(analysis, "unreadable.xml")))")
            return
        }
    }

    @Test func aSymbolicLinkLoopIsWalkedOnce() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(atPath: folder.path + "/a", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/loop", withDestinationPath: folder.path)
        let files = try InputFiles.collect([folder.path])
        #expect(files.isEmpty)
        let analysis = analyzeBesideGoodFile(folder)
        #expect(analysis.communes.count == 1)
    }

    @Test func tenThousandFilesInThousandsOfFolders() throws {
        let folder = Folder()
        for index in 0..<10_000 {
            let sub = folder.path + "/d\(index % 2_000)"
            if index < 2_000 { try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false) }
            let code = String(format: "%05d", 10_000 + index)
            folder.write(
                "d\(index % 2_000)/\(code).xml",
                Self.header.replacingOccurrences(of: "09001", with: code)
                    + "  <residents count=\"1\"><resident id=\"A\" sex=\"F\" birthDate=\"1990-01-01\"/></residents>\n</healthStationExport>\n")
        }
        let analysis = analyzeBesideGoodFile(folder)
        #expect(analysis.communes.count == 10_001)
        #expect(analysis.rejectedFiles.isEmpty)
        #expect(analysis.provinces.first?.figures.population == 10_002)
    }

    // MARK: Values

    static let badHeights = ["86,2", "1e2", "NaN", "inf", "+86.2", " 86.2", "86.2 ", "-86.2", "0", "0.0", ".5", "86."]
    static let badDates = ["2024-02-30", "2024-2-3", "31/12/2024", "2024-12-31T00:00", " 2024-06-01", "2024-06-01Z", "2023-02-29"]

    @Test(arguments: badHeights)
    func aMalformedHeightExcludesTheMeasurement(height: String) {
        let document =
            Self.header + """
                  <residents/>
                  <growthMonitoring>
                    <measurement childId="C" sex="F" birthDate="2022-01-01" date="2024-06-01" heightCm="\(height)"/>
                  </growthMonitoring>
                </healthStationExport>

                """
        guard case .accepted(let contents) = ExportReader().read(bytes: Array(document.utf8), file: "h.xml") else {
            Issue.record("rejected")
            return
        }
        #expect(contents.excludedRecords == 1)
        #expect(contents.usedMeasurements.isEmpty)
        #expect(contents.invalidRecords.first?.line == 7)
        let zero = height == "0" || height == "0.0"
        #expect(
            contents.invalidRecords.first?.reason
                == (zero
                    ? .nonPositiveHeight(height)
                    : .malformedAttribute(element: "measurement", attribute: "heightCm", value: height)))
    }

    @Test(arguments: badDates)
    func aMalformedDateExcludesTheMeasurement(date: String) {
        let document =
            Self.header + """
                  <residents/>
                  <growthMonitoring>
                    <measurement childId="C" sex="F" birthDate="2022-01-01" date="\(date)" heightCm="86.2"/>
                  </growthMonitoring>
                </healthStationExport>

                """
        guard case .accepted(let contents) = ExportReader().read(bytes: Array(document.utf8), file: "d.xml") else {
            Issue.record("rejected")
            return
        }
        #expect(contents.excludedRecords == 1)
        #expect(contents.invalidRecords.first?.reason == .malformedAttribute(element: "measurement", attribute: "date", value: date))
        #expect(contents.invalidRecords.first?.description == "d.xml:7: <measurement> has a malformed date '\(date)'; record excluded")
    }
}
