import Foundation
import Testing
@testable import CommuneHealth

// Reading one export (spec sections 1, 2 and 4): one fixture per case under Fixtures/reader/.
//
// Most fixtures are the same 19-line export (`default-namespace.xml`) with one thing changed:
//   line 2 root, 3 commune, 4 period, 5 residents (R1 insured, R2 not, R3 insured: population 3,
//   insured 2), 15 and 16 the measurements of R2 and R3, 18 reportedSummary. An extra resident
//   is inserted as line 13, an extra measurement as line 17.
// The files that are not UTF-8 were written by a python3 snippet and are committed as they are:
//   utf16le-bom.xml:  ("\ufeff" + text).encode("utf-16-le"), declaration encoding="UTF-16"
//   windows-1258.xml: text.encode("cp1258") after writing each tone mark that cp1258 has no
//                     precomposed letter for as a combining mark (Ứ = Ư + U+0301, ã = a + U+0303)
//   random-bytes.xml: bytes(random.Random(20240601).randrange(256) for _ in range(2048))

@Suite struct ReaderTests {
    /// `PlaceStack` keeps raw values and reads them back as the cases: each case's number in memory
    /// is its raw value; a slot popped is cleared for the next push.
    @Test func placeStackKeepsTheCasesAsTheirRawValues() {
        for place in ExportHandlerPlace.allCases {
            #expect(unsafeBitCast(place, to: UInt8.self) == place.rawValue)
        }
        var stack = PlaceStack()
        #expect(stack.top == .document)
        stack.push(.root)
        stack.push(.residents)
        stack.push(.resident)
        #expect(stack.top == .resident)
        #expect(stack.pop() == .resident)
        stack.push(.leaf)
        #expect(stack.top == .leaf)
        #expect(stack.pop() == .leaf)
        stack.push(.growthMonitoring)
        #expect([stack.pop(), stack.pop(), stack.pop()] == [.growthMonitoring, .residents, .root])
        #expect(stack.top == .document)
    }

    // MARK: Accepted files, every encoding and spelling of the same export

    static let baselineCommune = Commune(
        code: "02218", name: "Xã Phúc Ứng", provinceCode: "08",
        provinceName: "Tuyên Quang", districtCode: "075",
        districtName: "Huyện Yên Sơn")

    /// What every variant of the baseline export reads as, lines included.
    func expectBaseline(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (path, outcome) = readFixture(relativePath)
        let contents = try #require(outcome.contents, "\(outcome)", sourceLocation: sourceLocation)
        #expect(contents.file == path, sourceLocation: sourceLocation)
        #expect(contents.commune == Self.baselineCommune, sourceLocation: sourceLocation)
        #expect(
            contents.period == ReportingPeriod(from: CalendarDate("2024-01-01")!, to: CalendarDate("2024-12-31")!),
            sourceLocation: sourceLocation)
        #expect(contents.period.referenceDate == CalendarDate("2024-12-31")!, sourceLocation: sourceLocation)
        #expect(contents.population == 3, sourceLocation: sourceLocation)
        #expect(contents.insured == 2, sourceLocation: sourceLocation)
        #expect(contents.excludedRecords == 0, sourceLocation: sourceLocation)
        #expect(contents.invalidRecords.isEmpty, sourceLocation: sourceLocation)
        #expect(contents.warnings.isEmpty, sourceLocation: sourceLocation)
        #expect(
            contents.reportedSummary == ReportedSummary(population: 3, insured: 2, childrenAssessed: 2, stunted: 1),
            sourceLocation: sourceLocation)
        let used = contents.usedMeasurements
        #expect(used.map(\.childID) == ["R2", "R3"], sourceLocation: sourceLocation)
        #expect(used.map(\.line) == [15, 16], sourceLocation: sourceLocation)
        #expect(used.map(\.sex) == [.male, .female], sourceLocation: sourceLocation)
        #expect(used.map(\.birthDate) == [CalendarDate("2021-04-03")!, CalendarDate("2023-02-10")!], sourceLocation: sourceLocation)
        #expect(used.map(\.date) == [CalendarDate("2024-06-01")!, CalendarDate("2024-05-20")!], sourceLocation: sourceLocation)
        #expect(used.map(\.heightCm) == [86.2, 78.0], sourceLocation: sourceLocation)
        #expect(used.map(\.position) == [.standing, .lying], sourceLocation: sourceLocation)
        #expect(used.map(\.oedema) == [false, false], sourceLocation: sourceLocation)
    }

    @Test func defaultNamespace() throws {
        try expectBaseline("reader/default-namespace.xml")
        let contents = try #require(readFixture("reader/default-namespace.xml").outcome.contents)
        #expect(contents.generated == Instant("2025-01-06T01:30:00Z"))
        #expect(contents.generatedText == "2025-01-06T08:30:00+07:00")
        #expect(contents.software == "TYT 2.3")
        #expect(contents.rootLine == 2)
        // R1 (37, poor, Tày, insured), R2 (3, Tày, not insured), R3 (1, no ethnicity, insured).
        let groups = contents.coverageGroups
        #expect(groups.byPoverty == [.poor: GroupCount(total: 1, hits: 1), PovertyStatus.none: GroupCount(total: 2, hits: 1)])
        #expect(groups.byAgeGroup == [.from6to59: GroupCount(total: 1, hits: 1), .under6: GroupCount(total: 2, hits: 1)])
        #expect(groups.byEthnicity == ["Tày": GroupCount(total: 2, hits: 1), "": GroupCount(total: 1, hits: 1)])
    }

    @Test(
        "the same export spelled differently reads the same",
        arguments: [
            "reader/prefixed-namespace.xml", "reader/utf8-bom.xml", "reader/utf16le-bom.xml", "reader/windows-1258.xml",
            "reader/crlf.xml", "reader/single-quotes.xml", "reader/version-1.3.xml", "reader/count-absent.xml",
            "reader/unknown-attributes-records.xml", "reader/attribute-orders.xml",
        ])
    func sameExport(_ relativePath: String) throws {
        try expectBaseline(relativePath)
    }

    @Test func prefixedNamespaceReallyUsesAPrefix() throws {
        let text = try String(contentsOfFile: fixture("reader/prefixed-namespace.xml"), encoding: .utf8)
        #expect(text.contains("<h:healthStationExport xmlns:h=\"urn:commune-health:export:1\""))
        #expect(text.contains("<h:measurement "))
        #expect(!text.contains("xmlns=\""))
    }

    @Test func encodedFixturesAreWhatTheyClaim() throws {
        let utf16 = try #require(FileManager.default.contents(atPath: fixture("reader/utf16le-bom.xml")))
        #expect(Array(utf16.prefix(4)) == [0xFF, 0xFE, 0x3C, 0x00])
        let bom = try #require(FileManager.default.contents(atPath: fixture("reader/utf8-bom.xml")))
        #expect(Array(bom.prefix(4)) == [0xEF, 0xBB, 0xBF, 0x3C])
        // "Xa" + 0xDE (combining tilde) + " Ph" + 0xFA (ú) + "c " + 0xDD (Ư) + 0xEC (combining acute) + "ng"
        let cp1258 = try #require(FileManager.default.contents(atPath: fixture("reader/windows-1258.xml")))
        let name: [UInt8] = [0x58, 0x61, 0xDE, 0x20, 0x50, 0x68, 0xFA, 0x63, 0x20, 0xDD, 0xEC, 0x6E, 0x67]
        #expect(cp1258.range(of: Data(name)) != nil)
        let crlf = try #require(FileManager.default.contents(atPath: fixture("reader/crlf.xml")))
        #expect(crlf.filter { $0 == 0x0A }.count == 19)
        #expect(crlf.filter { $0 == 0x0D }.count == 19)
    }

    @Test func windows1258NamesComeOutAsUnicode() throws {
        let contents = try #require(readFixture("reader/windows-1258.xml").outcome.contents)
        // Swift compares strings by canonical equivalence; the scalars are checked after NFC too.
        #expect(contents.commune.name == "Xã Phúc Ứng")
        #expect(
            contents.commune.name.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
                == "Xã Phúc Ứng".precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
        #expect(contents.commune.provinceName == "Tuyên Quang")
        #expect(contents.commune.districtName == "Huyện Yên Sơn")
        #expect(contents.coverageGroups.byEthnicity["Tày"] == GroupCount(total: 2, hits: 1))
    }

    @Test func utf16NamesComeOutAsUnicode() throws {
        let contents = try #require(readFixture("reader/utf16le-bom.xml").outcome.contents)
        #expect(contents.commune.name.unicodeScalars.map(\.value) == "Xã Phúc Ứng".unicodeScalars.map(\.value))
        #expect(contents.commune.districtName == "Huyện Yên Sơn")
    }

    @Test func entityAndCharacterReferencesInNames() throws {
        let contents = try #require(readFixture("reader/references.xml").outcome.contents)
        #expect(contents.commune.name == "Xã Đồng & Quý")
        #expect(contents.commune.provinceName == "Tuyên Quang")
        #expect(contents.commune.districtName == "<Huyện> \"Yên Sơn\" 'A' & B")
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
    }

    @Test func unknownAttributesAreIgnored() throws {
        let (_, outcome) = readFixture("reader/unknown-attributes.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        // x:code="bad" and x:provinceCode="" are in another namespace: not the commune's code.
        #expect(contents.commune == Commune(code: "02218", name: "Xã Phúc Ứng", provinceCode: "08", districtCode: "075"))
        #expect(contents.period == ReportingPeriod(from: CalendarDate("2024-01-01")!, to: CalendarDate("2024-12-31")!))
        #expect(contents.generatedText == "2025-01-06T08:30:00+07:00")
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
        #expect(contents.excludedRecords == 0)
        #expect(contents.warnings.isEmpty)
        #expect(contents.reportedSummary == ReportedSummary(population: 3, insured: 2, childrenAssessed: 2, stunted: 1))
    }

    @Test func foreignElementsAreSkippedWithTheirSubtree() throws {
        let (path, outcome) = readFixture("reader/foreign-extension.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        // The resident, residents, commune, insuranceCard and measurement elements inside x:… are
        // not read; the unknown element in our namespace inside x:household does not reject the file.
        #expect(contents.file == path)
        #expect(contents.commune.code == "02218")
        #expect(contents.population == 2)
        #expect(contents.insured == 1)  // R1's only card sits inside <x:card>.
        #expect(contents.excludedRecords == 0)
        #expect(contents.usedMeasurements.map(\.childID) == ["R2"])
        #expect(contents.usedMeasurements.map(\.line) == [line(of: "<measurement childId=\"R2\"", in: "reader/foreign-extension.xml")])
        #expect(contents.usedMeasurements.map(\.line) == [23])
    }

    /// A card or a measurement is a leaf whose end tag the reader is not told of (#30), unless it
    /// has a child: then the child is skipped (foreign) and the leaf still closes where it ends.
    @Test func leavesWithAForeignChildAreReadAndClosedInPlace() throws {
        let (_, outcome) = readFixture("reader/leaf-with-foreign-child.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
        #expect(contents.excludedRecords == 0)
        #expect(contents.invalidRecords.isEmpty)
        #expect(contents.usedMeasurements.map(\.childID) == ["R2", "R3"])
        #expect(contents.usedMeasurements.map(\.line) == [14, 15])
    }

    /// A record's line is its `<`'s, found without a walk back when the tag is written in its
    /// shortest form up to its first value (#30), and by the walk back otherwise: a line end or two
    /// spaces between the name and the first attribute, a first value with a reference (copied by
    /// libxml2), another first attribute, a tab. Each resident holds the same number, so the
    /// warning names each resident's line.
    @Test func aRecordsLineIsItsLessThansWhateverTheLayoutOfItsTag() throws {
        let (_, outcome) = readFixture("reader/tag-layouts.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(contents.population == 6)
        #expect(contents.warnings.map(\.line) == [6, 7, 9, 12, 13, 14])
        #expect(contents.usedMeasurements.map(\.childID) == ["C1", "C2", "C3", "C4"])
        #expect(contents.usedMeasurements.map(\.line) == [17, 18, 20, 22])
    }

    /// Residents and cards whose attributes stand in the format's order are read by naming each
    /// attribute where it stands (#30); any other order, or an attribute in another namespace
    /// among them, attribute by attribute. The two files hold the same records line for line:
    /// the same figures and problems, but for R3, whose two malformed attributes stand in another
    /// order, the first in its tag being the one reported. Prefixes of the order (R6's id and sex),
    /// a card short of an attribute (R7's) and an attribute in another namespace (R5) included.
    @Test func attributesInTheFormatsOrderOrAnyOtherGiveTheSameRecords() throws {
        let (formatPath, formatOutcome) = readFixture("reader/attribute-order-format.xml")
        let (otherPath, otherOutcome) = readFixture("reader/attribute-order-other.xml")
        let format = try #require(formatOutcome.contents, "\(formatOutcome)")
        let other = try #require(otherOutcome.contents, "\(otherOutcome)")
        func problems(_ path: String, r3: RecordReason) -> [InvalidRecord] {
            [
                InvalidRecord(file: path, line: 15, reason: r3),
                InvalidRecord(file: path, line: 17, reason: .malformedAttribute(element: "insuranceCard", attribute: "validTo", value: "2024-13-01")),
                InvalidRecord(file: path, line: 23, reason: .missingAttribute(element: "resident", attribute: "birthDate")),
                InvalidRecord(file: path, line: 27, reason: .missingAttribute(element: "insuranceCard", attribute: "validTo")),
                InvalidRecord(file: path, line: 29, reason: .malformedAttribute(element: "resident", attribute: "id", value: "")),
                InvalidRecord(file: path, line: 31, reason: .cardEndsBeforeStart(validFrom: "2024-12-31", validTo: "2024-01-01")),
            ]
        }
        #expect(format.invalidRecords == problems(formatPath, r3: .malformedAttribute(element: "resident", attribute: "sex", value: "X")))
        #expect(other.invalidRecords == problems(otherPath, r3: .malformedAttribute(element: "resident", attribute: "poverty", value: "rich")))
        for contents in [format, other] {
            // R1, R2, R4, R5, R7, R9 counted (R4 and R9 with no ethnic group: ""); R1, R2, R4 (its
            // second card) and R5 insured.
            #expect(contents.population == 6 && contents.insured == 4)
            #expect(contents.excludedRecords == 6)
            #expect(contents.warnings.isEmpty)
        }
        #expect(format.coverageGroups == other.coverageGroups)
        #expect(format.fundingGroups == other.fundingGroups)
        #expect(format.coverageGroups.byEthnicity.keys.sorted() == ["", "Dao", "Kinh", "Nùng", "Tày"])
        #expect(format.coverageGroups.byPoverty[.poor]?.total == 1 && format.coverageGroups.byPoverty[.nearPoor]?.total == 2)
    }

    /// `RecordAttribute.nameLength` is the length of the name `RecordAttribute(_:)` recognises.
    @Test func everyRecordAttributeKnowsTheLengthOfItsName() {
        let names = [
            "id", "sex", "birthDate", "ethnicity", "poverty", "number", "validFrom", "validTo", "childId", "date",
            "heightCm", "position", "weightKg", "oedema",
        ]
        for name in names {
            let kind = name.withCString { RecordAttribute(InternedName(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self))) }
            #expect(kind != .unknown, "\(name)")
            #expect(kind.nameLength == name.utf8.count, "\(name)")
        }
        #expect("ids".withCString { RecordAttribute(InternedName(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self))) } == .unknown)
        #expect(RecordAttribute.unknown.nameLength == 0)
    }

    @Test func emptyAndMinimalExports() throws {
        let empty = try #require(readFixture("reader/residents-empty.xml").outcome.contents)
        #expect(empty.population == 0)
        #expect(empty.insured == 0)
        #expect(empty.usedMeasurements.isEmpty)
        #expect(empty.reportedSummary == nil)
        let minimal = try #require(readFixture("reader/minimal.xml").outcome.contents)
        #expect(minimal.commune == Commune(code: "02218", name: "Xã Phúc Ứng", provinceCode: "08"))
        #expect(minimal.generated == nil)
        #expect(minimal.generatedText == nil)
        #expect(minimal.software == nil)
        #expect(minimal.population == 0)
        #expect(minimal.excludedRecords == 0)
    }

    @Test func districtCodeIsOptional() throws {
        let contents = try #require(readFixture("reader/district-absent.xml").outcome.contents)
        #expect(contents.commune == Commune(code: "02218", name: "Xã Phúc Ứng", provinceCode: "08", provinceName: "Tuyên Quang"))
        #expect(contents.population == 3)
    }

    @Test func referenceDateWithinThePeriod() throws {
        let contents = try #require(readFixture("reader/reference-date-inside.xml").outcome.contents)
        #expect(contents.period.referenceDate == CalendarDate("2024-06-30")!)
        #expect(contents.period.from == CalendarDate("2024-01-01")!)
        #expect(contents.period.to == CalendarDate("2024-12-31")!)
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
    }

    @Test(
        "a reference date on either end of the period is within it",
        arguments: [
            ("reader/reference-date-on-from.xml", "2024-01-01"), ("reader/reference-date-on-to.xml", "2024-12-31"),
        ])
    func referenceDateOnThePeriodsEnds(_ relativePath: String, _ date: String) throws {
        let (_, outcome) = readFixture(relativePath)
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(contents.period.referenceDate == CalendarDate(date)!)
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
    }

    @Test func malformedReportedSummaryIsOnlyAWarning() throws {
        let (path, outcome) = readFixture("reader/summary-malformed.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(
            contents.warnings == [
                ReadingWarning(
                    file: path, line: 18,
                    reason: .malformedReportedSummary(attribute: "insured", value: "two"))
            ])
        #expect(line(of: "<reportedSummary", in: "reader/summary-malformed.xml") == 18)
        #expect(contents.reportedSummary == nil)
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
        #expect(contents.excludedRecords == 0)
        #expect(contents.invalidRecords.isEmpty)
        #expect(contents.usedMeasurements.count == 2)
        // The computed figures are those of the baseline.
        let baseline = try #require(readFixture("reader/default-namespace.xml").outcome.contents)
        let anthropometry = Anthropometry()
        #expect(
            CommuneSummary(contents: contents, anthropometry: anthropometry).figures
                == CommuneSummary(contents: baseline, anthropometry: anthropometry).figures)
    }

    @Test func residentsCountMatchingIncludesInvalidResidents() throws {
        // count="5": R1, R2, R3, an invalid R4 (sex "X") and a valid R4. The second R4 is no
        // duplicate, since the earlier R4 was not a valid resident.
        let (path, outcome) = readFixture("reader/record-duplicate-of-invalid.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(contents.population == 4)
        #expect(contents.insured == 2)
        #expect(contents.excludedRecords == 1)
        #expect(
            contents.invalidRecords == [
                InvalidRecord(
                    file: path, line: 13,
                    reason: .malformedAttribute(element: "resident", attribute: "sex", value: "X"))
            ])
    }

    @Test func residentBornOnTheReferenceDateCounts() throws {
        let contents = try #require(readFixture("reader/resident-born-on-r.xml").outcome.contents)
        #expect(contents.population == 4)
        #expect(contents.insured == 2)
        #expect(contents.excludedRecords == 0)
    }

    @Test func validOptionalMeasurementAttributes() throws {
        let contents = try #require(readFixture("reader/measurement-optional-valid.xml").outcome.contents)
        #expect(contents.excludedRecords == 0)
        let used = contents.usedMeasurements
        #expect(used.map(\.childID) == ["R2", "R3", "R5", "R6", "R7", "R8"])
        #expect(used.map(\.oedema) == [false, false, true, true, false, false])
        #expect(used.map(\.position) == [.standing, .lying, nil, .lying, nil, .standing])
        #expect(used.map(\.heightCm) == [86.2, 78.0, 86, 86.2, 86.2, 86.2])
        #expect(used.map(\.line) == [15, 16, 17, 18, 19, 20])
    }

    @Test func invalidCardIsIgnoredButAnotherCardStillInsures() throws {
        let (path, outcome) = readFixture("reader/record-card-reversed-other-valid.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(contents.population == 4)
        #expect(contents.insured == 3)
        #expect(contents.excludedRecords == 1)
        #expect(
            contents.invalidRecords == [
                InvalidRecord(
                    file: path, line: 14,
                    reason: .cardEndsBeforeStart(validFrom: "2024-12-31", validTo: "2024-01-01"))
            ])
    }

    @Test func lineOfAStartTagOverSeveralLinesIsThatOfItsLessThan() throws {
        let (path, outcome) = readFixture("reader/multiline-tag.xml")
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(line(of: "<measurement childId=\"R9\"", in: "reader/multiline-tag.xml") == 17)
        #expect(line(of: "heightCm=\"86,2\"", in: "reader/multiline-tag.xml") == 19)
        #expect(
            contents.invalidRecords == [
                InvalidRecord(
                    file: path, line: 17,
                    reason: .malformedAttribute(element: "measurement", attribute: "heightCm", value: "86,2"))
            ])
    }

    @Test func readingFromMemoryMatchesReadingTheFile() throws {
        let path = fixture("reader/default-namespace.xml")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let contents = try #require(ExportReader().read(bytes: Array(bytes), file: "memory.xml").contents)
        #expect(contents.file == "memory.xml")
        #expect(contents.population == 3)
        #expect(contents.insured == 2)
        #expect(contents.usedMeasurements.map(\.line) == [15, 16])
        #expect(
            ExportReader().read(bytes: [], file: "empty.xml").rejection
                == FileRejection(file: "empty.xml", line: 1, reason: .emptyFile))
    }

    // MARK: Rejected files

    struct Rejection: CustomTestStringConvertible, Sendable {
        var fixture: String
        /// The element's line, as a marker to find in the file and as a number.
        var marker: String?
        var line: Int
        var reason: RejectionReason
        var testDescription: String { fixture }
    }

    static let rejections: [Rejection] = [
        Rejection(
            fixture: "wrong-namespace.xml", marker: "<healthStationExport", line: 2,
            reason: .wrongNamespace("urn:commune-health:export:2")),
        Rejection(fixture: "wrong-root.xml", marker: "<healthExport", line: 2, reason: .wrongRoot("healthExport")),
        Rejection(fixture: "no-namespace.xml", marker: "<healthStationExport", line: 2, reason: .wrongNamespace(nil)),
        Rejection(fixture: "doctype-plain.xml", marker: "<!DOCTYPE", line: 2, reason: .doctype),
        Rejection(fixture: "doctype-external.xml", marker: "<!DOCTYPE", line: 2, reason: .doctype),
        Rejection(fixture: "doctype-xxe.xml", marker: "<!DOCTYPE", line: 2, reason: .doctype),
        Rejection(fixture: "billion-laughs.xml", marker: "<!DOCTYPE", line: 2, reason: .doctype),
        Rejection(fixture: "empty.xml", marker: nil, line: 1, reason: .emptyFile),
        Rejection(fixture: "unknown-element.xml", marker: "<household", line: 13, reason: .unexpectedElement("household")),
        Rejection(fixture: "unknown-element-root.xml", marker: "<station", line: 5, reason: .unexpectedElement("station")),
        Rejection(fixture: "commune-twice.xml", marker: nil, line: 4, reason: .misplacedElement("commune")),
        // An element of the format inside a leaf (#30): the leaf opens again for its child.
        Rejection(
            fixture: "leaf-with-own-child.xml", marker: "<insuranceCard number=\"HN2083512340002\"", line: 8,
            reason: .misplacedElement("insuranceCard")),
        Rejection(fixture: "version-2.0.xml", marker: "<healthStationExport", line: 2, reason: .unsupportedVersion("2.0")),
        Rejection(fixture: "version-malformed.xml", marker: "<healthStationExport", line: 2, reason: .unsupportedVersion("1.x")),
        Rejection(
            fixture: "version-missing.xml", marker: "<healthStationExport", line: 2,
            reason: .missingAttribute(element: "healthStationExport", attribute: "version")),
        Rejection(
            fixture: "generated-malformed.xml", marker: "<healthStationExport", line: 2,
            reason: .malformedAttribute(element: "healthStationExport", attribute: "generated", value: "2025-01-06 08:30:00")),
        Rejection(
            fixture: "generated-no-offset.xml", marker: "<healthStationExport", line: 2,
            reason: .malformedAttribute(element: "healthStationExport", attribute: "generated", value: "2025-01-06T08:30:00")),
        // The missing commune is reported where it should have been: the period in its place.
        Rejection(fixture: "commune-missing.xml", marker: "<period", line: 3, reason: .missingElement("commune")),
        Rejection(
            fixture: "commune-code-missing.xml", marker: "<commune", line: 3,
            reason: .missingAttribute(element: "commune", attribute: "code")),
        Rejection(
            fixture: "commune-code-short.xml", marker: "<commune", line: 3,
            reason: .malformedAttribute(element: "commune", attribute: "code", value: "2218")),
        Rejection(
            fixture: "commune-code-letter.xml", marker: "<commune", line: 3,
            reason: .malformedAttribute(element: "commune", attribute: "code", value: "0221A")),
        Rejection(
            fixture: "commune-name-missing.xml", marker: "<commune", line: 3,
            reason: .missingAttribute(element: "commune", attribute: "name")),
        Rejection(
            fixture: "commune-name-empty.xml", marker: "<commune", line: 3,
            reason: .malformedAttribute(element: "commune", attribute: "name", value: "")),
        Rejection(
            fixture: "commune-province-missing.xml", marker: "<commune", line: 3,
            reason: .missingAttribute(element: "commune", attribute: "provinceCode")),
        Rejection(
            fixture: "commune-province-malformed.xml", marker: "<commune", line: 3,
            reason: .malformedAttribute(element: "commune", attribute: "provinceCode", value: "8")),
        Rejection(
            fixture: "commune-district-malformed.xml", marker: "<commune", line: 3,
            reason: .malformedAttribute(element: "commune", attribute: "districtCode", value: "75")),
        Rejection(fixture: "period-missing.xml", marker: "<residents", line: 4, reason: .missingElement("period")),
        Rejection(
            fixture: "period-reversed.xml", marker: "<period", line: 4,
            reason: .periodEndsBeforeStart(from: "2024-12-31", to: "2024-01-01")),
        Rejection(
            fixture: "period-from-missing.xml", marker: "<period", line: 4,
            reason: .missingAttribute(element: "period", attribute: "from")),
        Rejection(
            fixture: "period-to-malformed.xml", marker: "<period", line: 4,
            reason: .malformedAttribute(element: "period", attribute: "to", value: "2024-12-31T00:00:00")),
        Rejection(
            fixture: "reference-after-period.xml", marker: "<period", line: 4,
            reason: .referenceDateOutsidePeriod("2025-01-01")),
        Rejection(
            fixture: "reference-before-period.xml", marker: "<period", line: 4,
            reason: .referenceDateOutsidePeriod("2023-12-31")),
        // Reported on the residents element, whose count is wrong, not on its end tag.
        Rejection(fixture: "count-mismatch.xml", marker: "<residents", line: 5, reason: .countMismatch(declared: 4, actual: 3)),
        Rejection(
            fixture: "count-malformed.xml", marker: "<residents", line: 5,
            reason: .malformedAttribute(element: "residents", attribute: "count", value: "three")),
    ]

    @Test("rejected with the exact reason and line", arguments: rejections)
    func rejected(_ r: Rejection) throws {
        let relative = "reader/" + r.fixture
        let (path, outcome) = readFixture(relative)
        if let marker = r.marker { #expect(line(of: marker, in: relative) == r.line) }
        #expect(outcome.rejection == FileRejection(file: path, line: r.line, reason: r.reason))
    }

    @Test func doctypeIsRejectedBeforeAnyEntityIsExpanded() throws {
        // The external entity names /etc/passwd and the billion laughs would need about 3 GB:
        // the file is rejected at its DOCTYPE, before the entity is declared or used.
        for name in ["doctype-external.xml", "doctype-xxe.xml", "billion-laughs.xml"] {
            let (path, outcome) = readFixture("reader/" + name)
            let rejection = try #require(outcome.rejection)
            #expect(rejection == FileRejection(file: path, line: 2, reason: .doctype))
            #expect(!rejection.description.contains("root:"))
        }
    }

    @Test func truncatedFileIsNotWellFormed() throws {
        let (path, outcome) = readFixture("reader/truncated.xml")
        let rejection = try #require(outcome.rejection)
        #expect(rejection.file == path)
        // The file stops inside the start tag of the measurement on line 15.
        #expect(rejection.line == 15)
        guard case .notWellFormed(.libxml2(let message)) = rejection.reason else {
            Issue.record("expected notWellFormed, got \(rejection.reason)")
            return
        }
        #expect(!message.isEmpty)
    }

    @Test func randomBytesAreNotWellFormed() throws {
        let (path, outcome) = readFixture("reader/random-bytes.xml")
        let rejection = try #require(outcome.rejection)
        #expect(rejection.file == path)
        #expect(rejection.line == 1)
        guard case .notWellFormed = rejection.reason else {
            Issue.record("expected notWellFormed, got \(rejection.reason)")
            return
        }
    }

    // MARK: Invalid records (section 4)

    struct Record: CustomTestStringConvertible, Sendable {
        var fixture: String
        var population: Int
        var insured: Int
        var line: Int
        var reason: RecordReason
        var testDescription: String { fixture }
    }

    /// An extra resident on line 13 (count includes it), so population stays 3.
    static func resident(_ name: String, _ reason: RecordReason) -> Record {
        Record(fixture: "record-resident-\(name).xml", population: 3, insured: 2, line: 13, reason: reason)
    }

    /// An extra uninsured resident R4 (lines 13 to 15) whose only card, on line 14, is invalid.
    static func card(_ name: String, _ reason: RecordReason) -> Record {
        Record(fixture: "record-card-\(name).xml", population: 4, insured: 2, line: 14, reason: reason)
    }

    /// An extra measurement of child R9 on line 17.
    static func measurement(_ name: String, _ reason: RecordReason) -> Record {
        Record(fixture: "record-measurement-\(name).xml", population: 3, insured: 2, line: 17, reason: reason)
    }

    static func malformed(_ element: String, _ attribute: String, _ value: String) -> RecordReason {
        .malformedAttribute(element: element, attribute: attribute, value: value)
    }

    static let records: [Record] = [
        resident("id-missing", .missingAttribute(element: "resident", attribute: "id")),
        resident("id-empty", malformed("resident", "id", "")),
        resident("sex-missing", .missingAttribute(element: "resident", attribute: "sex")),
        resident("sex-malformed", malformed("resident", "sex", "male")),
        resident("birth-missing", .missingAttribute(element: "resident", attribute: "birthDate")),
        resident("poverty-malformed", malformed("resident", "poverty", "rich")),
        resident("born-after-r", .bornAfterReferenceDate(birthDate: "2025-01-01", referenceDate: "2024-12-31")),
        resident("duplicate-id", .duplicateResidentID("R1")),
        resident("date-feb30", malformed("resident", "birthDate", "2024-02-30")),
        resident("date-feb29-2023", malformed("resident", "birthDate", "2023-02-29")),
        resident("date-leading-space", malformed("resident", "birthDate", " 2024-01-01")),
        resident("date-trailing-space", malformed("resident", "birthDate", "2000-05-05 ")),
        resident("date-short", malformed("resident", "birthDate", "2024-2-3")),
        resident("date-slash", malformed("resident", "birthDate", "2000/05/05")),
        resident("date-zone", malformed("resident", "birthDate", "2000-05-05Z")),
        card("number-missing", .missingAttribute(element: "insuranceCard", attribute: "number")),
        card("from-missing", .missingAttribute(element: "insuranceCard", attribute: "validFrom")),
        card("to-missing", .missingAttribute(element: "insuranceCard", attribute: "validTo")),
        card("to-malformed", malformed("insuranceCard", "validTo", "2024-12-32")),
        card("reversed", .cardEndsBeforeStart(validFrom: "2024-12-31", validTo: "2024-01-01")),
        measurement("childId-missing", .missingAttribute(element: "measurement", attribute: "childId")),
        measurement("sex-missing", .missingAttribute(element: "measurement", attribute: "sex")),
        measurement("birthDate-missing", .missingAttribute(element: "measurement", attribute: "birthDate")),
        measurement("date-missing", .missingAttribute(element: "measurement", attribute: "date")),
        measurement("heightCm-missing", .missingAttribute(element: "measurement", attribute: "heightCm")),
        measurement("sex-malformed", malformed("measurement", "sex", "f")),
        measurement("position-malformed", malformed("measurement", "position", "sitting")),
        measurement("position-uppercase", malformed("measurement", "position", "Standing")),
        measurement("weight-malformed", malformed("measurement", "weightKg", "11,4")),
        measurement("weight-zero", malformed("measurement", "weightKg", "0")),
        measurement("oedema-malformed", malformed("measurement", "oedema", "yes")),
        measurement("before-birth", .measuredBeforeBirth(date: "2021-12-31", birthDate: "2022-01-01")),
        measurement("height-zero", .nonPositiveHeight("0")),
        measurement("height-zero-point-zero", .nonPositiveHeight("0.0")),
        measurement("height-comma", malformed("measurement", "heightCm", "86,2")),
        measurement("height-exponent", malformed("measurement", "heightCm", "1e2")),
        measurement("height-plus", malformed("measurement", "heightCm", "+86.2")),
        measurement("height-negative", malformed("measurement", "heightCm", "-86.2")),
        measurement("height-leading-space", malformed("measurement", "heightCm", " 86.2")),
        measurement("height-trailing-space", malformed("measurement", "heightCm", "86.2 ")),
        measurement("height-trailing-point", malformed("measurement", "heightCm", "86.")),
        measurement("height-leading-point", malformed("measurement", "heightCm", ".5")),
        measurement("height-thousands", malformed("measurement", "heightCm", "1,086")),
        measurement("date-feb30", malformed("measurement", "date", "2024-02-30")),
        measurement("date-leading-space", malformed("measurement", "date", " 2024-06-01")),
        measurement("date-short", malformed("measurement", "date", "2024-6-1")),
    ]

    @Test("an invalid record is excluded, the rest of the file counts", arguments: records)
    func invalidRecord(_ r: Record) throws {
        let relative = "reader/" + r.fixture
        let (path, outcome) = readFixture(relative)
        let contents = try #require(outcome.contents, "\(outcome)")
        #expect(contents.population == r.population)
        #expect(contents.insured == r.insured)
        #expect(contents.excludedRecords == 1)
        #expect(contents.invalidRecords == [InvalidRecord(file: path, line: r.line, reason: r.reason)])
        #expect(contents.warnings.isEmpty)
        // The excluded record is the only difference: the baseline's children are still used.
        #expect(contents.usedMeasurements.map(\.childID) == ["R2", "R3"])
        #expect(
            contents.usedMeasurements.map(\.line)
                == [line(of: "<measurement childId=\"R2\"", in: relative), line(of: "<measurement childId=\"R3\"", in: relative)])
        // The line is that of the record's own element in the fixture.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let element = r.fixture.hasPrefix("record-resident") ? "<resident " : (r.fixture.hasPrefix("record-card") ? "<insuranceCard" : "<measurement ")
        #expect(lines[r.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(element))
    }
}
