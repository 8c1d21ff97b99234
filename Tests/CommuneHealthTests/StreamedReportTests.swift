import Foundation
import Testing
@testable import CommuneHealth

/// Markdown and HTML written as they go (docs/problems.md): the problems read back a file at a
/// time and a chunk at a time, the text handed over in pieces; the same bytes as the document
/// made whole.
@Suite struct StreamedReportTests {
    /// Fixtures/messy (404 problems), its problems spilled.
    private func messy() throws -> Analysis {
        Analyzer(jobs: 2).analyze(files: try InputFiles.collect([fixture("messy")]), spill: try ProblemSpill())
    }

    /// Fixtures/cards: no rate of it carries the data-quality mark, and no problem holds it.
    private func cards() throws -> Analysis {
        Analyzer(jobs: 1).analyze(files: try InputFiles.collect([fixture("cards")]))
    }

    /// The pieces `write` hands over with `threshold`, for Markdown and HTML.
    private func pieces(_ format: String, _ analysis: Analysis, _ language: Language, threshold: Int) -> [String] {
        var pieces: [String] = []
        let sink = { (bytes: UnsafeBufferPointer<UInt8>) in pieces.append(String(decoding: bytes, as: UTF8.self)) }
        if format == "markdown" {
            MarkdownReport.write(analysis, language: language, flushingAbove: threshold, to: sink)
        } else {
            HTMLReport.write(analysis, language: language, flushingAbove: threshold, to: sink)
        }
        return pieces
    }

    private func render(_ format: String, _ analysis: Analysis, _ language: Language) -> String {
        format == "markdown" ? MarkdownReport.render(analysis, language: language) : HTMLReport.render(analysis, language: language)
    }

    @Test(arguments: ["markdown", "html"], Language.allCases)
    func theStreamedDocumentIsTheRenderedOne(format: String, language: Language) throws {
        let analysis = try messy()
        let whole = render(format, analysis, language)
        // With a megabyte at a time, the fixture's document (under one) comes in one piece.
        #expect(whole.utf8.count < DocumentSink.defaultThreshold)
        #expect(pieces(format, analysis, language, threshold: DocumentSink.defaultThreshold) == [whole])
        // With 4 KiB, in many: each over 4 KiB but the last, each ending a line, the same bytes.
        let small = pieces(format, analysis, language, threshold: 4096)
        #expect(small.count > 10)
        #expect(small.dropLast().allSatisfy { $0.utf8.count > 4096 })
        #expect(small.allSatisfy { $0.hasSuffix("\n") })
        #expect(small.joined() == whole)
        // A row per problem: 27 invalid records, 1 flagged measurement, 379 warnings.
        let rows = whole.split(separator: "\n").filter {
            format == "markdown" ? $0.hasPrefix("| ") && $0.contains("Fixtures/messy/") : $0.hasPrefix("<tr><td class=\"file\">")
        }
        #expect(rows.count == 27 + 1 + 379)
    }

    /// The note on the data-quality mark is written when the document shows the mark anywhere,
    /// even when the only mark was in a piece already handed over.
    @Test(arguments: ["markdown", "html"], Language.allCases)
    func theQualityMarkNoteFollowsTheMarkEvenHandedOver(format: String, language: Language) throws {
        let explanation = Labels(language).qualityMarkExplanation
        var analysis = try cards()
        let plain = render(format, analysis, language)
        #expect(!plain.contains("‡"))
        #expect(pieces(format, analysis, language, threshold: 256).joined() == plain)

        // A malformed value holding the mark, first of 40 invalid records of the first file.
        let file = analysis.files[0].file
        analysis.files[0].invalidRecords = [
            InvalidRecord(file: file, line: 7, reason: .malformedAttribute(element: "measurement", attribute: "heightCm", value: "‡7"))
        ] + (8..<47).map { InvalidRecord(file: file, line: $0, reason: .nonPositiveHeight("0")) }
        let marked = render(format, analysis, language)
        #expect(marked.contains(explanation.prefix(20)))
        let streamed = pieces(format, analysis, language, threshold: 256)
        #expect(streamed.joined() == marked)
        let first = try #require(streamed.firstIndex { $0.contains("‡") })
        #expect(first < streamed.count - 1)
        #expect(streamed[first].contains("‡7"))
        // The note, in the last piece only; the mark nowhere else.
        #expect(streamed.indices.filter { streamed[$0].contains("‡") } == [first, streamed.count - 1])
        #expect(marked.components(separatedBy: "‡").count - 1 == 2)
    }
}
