import Foundation
import Testing
@testable import CommuneHealth

/// The XML Schema check of `validate`: the shipped XSD against the spec's example, conformance
/// samples and broken files, and how its problems merge with the reader's.
@Suite struct SchemaCheckTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "xml", subdirectory: "Fixtures/schema"),
            "missing fixture Fixtures/schema/\(name).xml")
        return url.path
    }

    /// The reader's invalid records and warnings of an accepted file, as lines.
    static func readerLines(_ path: String) throws -> Set<Int> {
        guard case .accepted(let contents) = ExportReader().read(path: path) else {
            Issue.record("the reader rejected \(path)")
            return []
        }
        return Set(contents.invalidRecords.map(\.line))
    }

    @Test func specExampleHasNoProblems() throws {
        let path = try Self.fixture("spec-example")
        #expect(SchemaCheck.shared.problems(in: path).map(\.description) == [])
    }

    /// Valid conformance files (default and prefixed namespace, single quotes, entity references,
    /// windows-1258, foreign-namespace elements with text, unknown attributes): the schema finds
    /// nothing the reader does not also report as an invalid record.
    @Test(arguments: ["conformance-02212-2024", "conformance-02224-2024"])
    func conformanceSampleOnlyProblemsTheReaderAlsoReports(name: String) throws {
        let path = try Self.fixture(name)
        let invalidLines = try Self.readerLines(path)
        let problems = schemaProblems(in: path)
        for problem in problems {
            #expect(invalidLines.contains(problem.line), "schema only: \(problem)")
        }
    }

    @Test func conformanceSampleWithAnImpossibleDate() throws {
        // 02212 holds a resident born 2024-02-30 (line 72), and a duplicate id that only the reader can see.
        let path = try Self.fixture("conformance-02212-2024")
        let problems = schemaProblems(in: path)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 72)
        #expect(problems.first?.reason.contains("birthDate") == true)
        #expect(problems.first?.reason.contains("2024-02-30") == true)
    }

    @Test func missingRequiredAttributeOnAStartTagOverTwoLines() throws {
        // The measurement's `<` is on line 14, its `/>` on line 15: the problem is on line 14, as the reader says.
        let path = try Self.fixture("missing-attribute")
        let problems = schemaProblems(in: path)
        #expect(
            problems == [
                Located(
                    file: path, line: 14,
                    reason: "schema: Element 'measurement': The attribute 'heightCm' is required but missing.")
            ])
    }

    @Test func missingRequiredAttributeOfCommune() throws {
        let path = try Self.fixture("missing-province-code")
        let problems = schemaProblems(in: path)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 4)
        #expect(problems.first?.reason.contains("Element 'commune'") == true)
        #expect(problems.first?.reason.contains("'provinceCode' is required") == true)
    }

    @Test func badSexValue() throws {
        let path = try Self.fixture("bad-sex")
        let problems = schemaProblems(in: path)
        #expect(problems.count == 1)
        #expect(problems.first?.file == path)
        #expect(problems.first?.line == 11)
        let reason = try #require(problems.first?.reason)
        #expect(reason.hasPrefix("schema: Element 'resident', attribute 'sex':"))
        #expect(reason.contains("'X'"))
        #expect(!reason.hasSuffix("\n"))
    }

    @Test func wronglyOrderedElement() throws {
        // reportedSummary (line 13) before growthMonitoring (line 14): the latter is the one out of place.
        let path = try Self.fixture("wrong-order")
        let problems = schemaProblems(in: path)
        #expect(
            problems == [
                Located(
                    file: path, line: 14,
                    reason:
                        "schema: Element 'growthMonitoring': This element is not expected. Expected is ( an element of another namespace ).")
            ])
    }

    @Test func missingSectionIsReportedAtTheEndTag() throws {
        let path = try Self.fixture("missing-residents")
        let problems = schemaProblems(in: path)
        #expect(
            problems == [
                Located(
                    file: path, line: 7,
                    reason: "schema: Element 'healthStationExport': Missing child "
                        + "element(s). Expected is one of ( an element of another namespace, residents ).")
            ])
    }

    @Test func doctypeStopsTheCheckBeforeAnyEntity() throws {
        let path = try Self.fixture("doctype")
        let problems = schemaProblems(in: path)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.reason.contains("DOCTYPE") == true)
    }

    @Test func unreadableFile() {
        let path = "/nonexistent/commune-health/schema-check.xml"
        let problems = schemaProblems(in: path)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 0)
        #expect(problems.first?.reason.hasPrefix("schema: cannot read the file") == true)
    }

    @Test func validatorListsReaderAndSchemaProblemsByLine() throws {
        let path = try Self.fixture("mixed-problems")
        let report = FileValidator().validate(file: path)
        #expect(!report.rejected)
        let expected: Set<String> = [
            "\(path):6: schema: Element 'period': Character content other than whitespace is not allowed because the content type is 'element-only'.",
            "\(path):8: <resident> born 2025-03-12, after the reference date 2024-12-31; record excluded",
            "\(path):11: <resident> has a malformed sex 'X'; record excluded",
            "\(path):11: schema: Element 'resident', attribute 'sex': [facet 'enumeration'] The value 'X' is not an element of the set {'M', 'F'}.",
            "\(path):14: <measurement> lacks the required attribute heightCm; record excluded",
            "\(path):14: schema: Element 'measurement': The attribute 'heightCm' is required but missing.",
        ]
        #expect(report.problems.count == expected.count)
        #expect(Set(report.problems) == expected)
        let lines = report.problems.map { Int($0.dropFirst(path.count + 1).prefix { $0 != ":" }) ?? -1 }
        #expect(lines == lines.sorted())
        #expect(lines == [6, 8, 11, 11, 14, 14])
    }

    @Test func validatorDoesNotConsultTheSchemaForARejectedFile() throws {
        let path = try Self.fixture("wrong-order")
        let report = FileValidator().validate(file: path)
        #expect(report.rejected)
        #expect(report.problems.count == 1)
        #expect(report.problems.allSatisfy { !$0.contains("schema:") })
    }

    @Test func parallelChecksAgreeWithSequentialOnes() throws {
        let names = [
            "spec-example", "missing-attribute", "bad-sex", "wrong-order", "missing-residents",
            "mixed-problems", "conformance-02212-2024", "conformance-02224-2024",
        ]
        let paths = try names.map(Self.fixture)
        let sequential = paths.map { SchemaCheck.shared.problems(in: $0).map(\.description) }
        let rounds = 6
        let parallel = parallelMap(count: paths.count * rounds, jobs: 8) { index in
            SchemaCheck.shared.problems(in: paths[index % paths.count]).map(\.description)
        }
        for (index, problems) in parallel.enumerated() {
            #expect(problems == sequential[index % paths.count])
        }
    }
}

/// The schema's findings with their English text, as `validate` prints them.
private func schemaProblems(in path: String) -> [Located<String>] {
    SchemaCheck.shared.problems(in: path).map { Located(file: $0.file, line: $0.line, reason: $0.reason.description) }
}
