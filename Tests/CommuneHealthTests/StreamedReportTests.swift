import Foundation
import Testing
@testable import CommuneHealth
@testable import CommuneHealthGenerator

/// Markdown, HTML and the workbook's Problems sheet written as they go (docs/problems.md): the
/// problems read back a file at a time and a chunk at a time, the text handed over in pieces; the
/// same bytes and rows as the document made whole.
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
        #expect(small.count > 3)
        #expect(small.dropLast().allSatisfy { $0.utf8.count > 4096 })
        #expect(small.allSatisfy { $0.hasSuffix("\n") })
        #expect(small.joined() == whole)
        // The problems by kind (#27): 15 kinds, each with its first examples, 5 in Markdown, up to
        // 50 in HTML (the 364 TE cards' 50, the other kinds' 57 problems).
        let rows = whole.split(separator: "\n").filter {
            format == "markdown" ? $0.hasPrefix("- ") && $0.contains("Fixtures/messy/") : $0.hasPrefix("<li><code>")
        }
        #expect(rows.count == (format == "markdown" ? 35 : 93))
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
        analysis.files[0].invalidRecords =
            [
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

    // MARK: The Problems sheet

    /// A row of the Problems sheet as text: kind, file, line, commune, message (and the child).
    private func describe(_ row: XLSXProblemRow, _ language: Language) -> String {
        "\(row.kind.text(language))|\(row.file)|\(row.line.map(String.init) ?? "")|\(row.commune ?? "")|\(row.message)"
            + (row.flagged.map { "|" + $0.childID } ?? "")
    }

    /// The rows as they were made before, from every file's whole lists at once.
    private func wholeListRows(_ analysis: Analysis, _ language: Language) -> [String] {
        let labels = Labels(language)
        var rows = analysis.rejectedFiles.map {
            XLSXProblemRow(kind: .problemRejected, file: $0.file, line: $0.line, message: labels.reason($0.reason))
        }
        rows += analysis.supersededFiles.map {
            XLSXProblemRow(kind: .problemSuperseded, file: $0.file, message: XLSXLabel.fileSuperseded.text(language) + " " + $0.by)
        }
        for summary in analysis.files {
            rows += summary.invalidRecords.map {
                XLSXProblemRow(
                    kind: .problemInvalid, file: $0.file, line: $0.line, commune: summary.commune.code,
                    message: labels.reason($0.reason))
            }
        }
        for summary in analysis.files {
            rows += summary.warnings.map {
                XLSXProblemRow(
                    kind: .problemWarning, file: $0.file, line: $0.line, commune: summary.commune.code,
                    message: labels.reason($0.reason))
            }
        }
        for summary in analysis.files {
            rows += summary.flaggedMeasurements.map {
                XLSXProblemRow(
                    kind: .problemFlagged, file: summary.file, line: $0.line, commune: summary.commune.code,
                    message: labels.flaggedStatus($0.status), flagged: $0)
            }
        }
        return rows.map { describe($0, language) }
    }

    private func chunkedRows(_ analysis: Analysis, _ language: Language) -> [String] {
        var rows: [String] = []
        XLSXProblemRow.forEach(analysis, Labels(language)) { rows.append(describe($0, language)) }
        return rows
    }

    /// The chunks' ends inside a file's list are those of the files below (several chunks each):
    /// chunks are cut where the spill's record says, every `FileProblems.chunkSize`.
    @Test func theProblemRowsAreTheSameDecodedAChunkAtATime() throws {
        for units in [MapUnits.reported, .current] {
            let analysis = Analyzer(jobs: 2).analyze(
                files: try InputFiles.collect([fixture("messy")]), units: units,
                spill: try ProblemSpill())
            for language in Language.allCases {
                let expected = wholeListRows(analysis, language)
                // The files' problems whatever the units (under `current` the rows of today's map
                // carry none; docs/xlsx.md).
                #expect(expected.count == 27 + 379 + 1)
                #expect(chunkedRows(analysis, language) == expected)
            }
        }
    }

    /// A generated commune with 5,894 warnings, three chunks of 2,048: the sheet read back lists
    /// them all, in order, as the whole lists did.
    @Test func theProblemsSheetOfAFileOfSeveralChunks() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exports = folder.appendingPathComponent("exports").path
        let options = GeneratorOptions(communes: 1, residents: 4_000, seed: 3, year: 2024, mess: 20)
        _ = try ProvinceGenerator(options: options).write(to: exports)
        let analysis = Analyzer(jobs: 2).analyze(files: try InputFiles.collect([exports]), spill: try ProblemSpill())
        let summary = try #require(analysis.files.first)
        #expect(summary.problems.isSpilled)
        #expect((summary.problems.invalidCount, summary.problems.warningCount) == (320, 5_894))
        #expect(summary.problems.warningCount > 2 * FileProblems.chunkSize)

        let expected = wholeListRows(analysis, .vi)
        #expect(expected.count == 320 + 5_894)
        #expect(chunkedRows(analysis, .vi) == expected)
        let path = folder.appendingPathComponent("report.xlsx").path
        try XLSXReport.write(analysis, to: path, language: .vi)
        let book = XLSXReadBack(path: path)
        let cells = try book.cells(ofSheet: XLSXLabel.problemsSheet.text(.vi))
        let written = (2..<(2 + expected.count)).map { row in
            ["A", "B", "C", "D", "N"].map { column in
                let cell = cells["\(column)\(row)"]
                return cell?.string ?? cell?.value ?? ""
            }.joined(separator: "|")
        }
        #expect(written == expected)
        #expect(cells["A\(2 + expected.count)"] == nil)
    }

    /// The same commune's lists, chunk by chunk as JSON takes them (each chunk read and decoded
    /// alone, on any thread): the chunks' sizes, their elements joined are the whole lists, and the
    /// JSON document is that of the problems held in memory, with one job or several.
    @Test func everyChunkOfAListIsDecodedAlone() throws {
        let folder = try makeXLSXTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exports = folder.appendingPathComponent("exports").path
        _ = try ProvinceGenerator(options: GeneratorOptions(communes: 1, residents: 4_000, seed: 3, year: 2024, mess: 20))
            .write(to: exports)
        let files = try InputFiles.collect([exports])
        let inMemory = Analyzer(jobs: 1).analyze(files: files)
        let spilled = Analyzer(jobs: 2).analyze(files: files, spill: try ProblemSpill())
        let memory = try #require(inMemory.files.first), summary = try #require(spilled.files.first)
        #expect(summary.problems.isSpilled && !memory.problems.isSpilled)
        // Spilled, the commune's one geography warning (its name differs from the register's) is
        // a chunk of its own; in memory, the list is cut every 2,048.
        #expect(summary.problems.chunkCounts(of: .warnings) == [1, 2_048, 2_048, 1_797])
        #expect(memory.problems.chunkCounts(of: .warnings) == [2_048, 2_048, 1_798])
        #expect(summary.problems.chunkCounts(of: .invalidRecords) == [320])
        let spilledChunks = (0..<4).map { summary.problems.warnings(file: summary.file, chunk: $0) }
        let memoryChunks = (0..<3).map { memory.problems.warnings(file: memory.file, chunk: $0) }
        #expect(spilledChunks.map(\.count) == [1, 2_048, 2_048, 1_797])
        #expect(memoryChunks.map(\.count) == [2_048, 2_048, 1_798])
        if case .geography = spilledChunks[0][0].reason {} else { Issue.record("the first chunk is not the geography warning") }
        let whole = memory.warnings
        #expect(whole.count == 5_894)
        #expect(spilledChunks.flatMap { $0 } == whole, "the spilled chunks joined are not the whole list")
        #expect(memoryChunks.flatMap { $0 } == whole, "the chunks in memory joined are not the whole list")
        #expect(summary.problems.invalidRecords(file: summary.file, chunk: 0) == memory.invalidRecords)
        // Standard error's first few read only the chunks that hold them, across chunk ends too.
        for limit in [1, 10, 2_048, 2_049, 2_050, 4_097, 5_894, 9_000] {
            #expect(summary.problems.warnings(file: summary.file, first: limit) == Array(whole.prefix(limit)), "first \(limit)")
        }
        // The formats that list problems one by one (Markdown, HTML, the workbook) see them all.
        var visited: [ReadingWarning] = []
        summary.forEachWarning { visited.append($0) }
        #expect(visited == whole)
        #expect(summary.problems.chunkCounts(of: .flaggedMeasurements).reduce(0, +) == memory.problems.flaggedCount)
        let expected = JSONReport.bytes(inMemory, language: .vi, jobs: 1)
        for jobs in [1, 2, 3] { #expect(JSONReport.bytes(spilled, language: .vi, jobs: jobs) == expected) }

        // A spilled file's geography warnings are its first chunk, alone.
        var geography = FileProblems(warnings: [
            .init(file: "a.xml", line: 2, reason: .geography(.unknownCommuneCode(code: "99999", edition: .legacy, inOtherEdition: false))),
            .init(file: "a.xml", line: 9, reason: .standingUnderNineMonths(childID: "C1")),
        ])
        geography.spill(to: try ProblemSpill(), file: "a.xml")
        #expect(geography.isSpilled && geography.chunkCounts(of: .warnings) == [1, 1])
        #expect(geography.warnings(file: "a.xml", chunk: 0).map(\.line) == [2])
        #expect(geography.warnings(file: "a.xml", chunk: 1).map(\.line) == [9])
    }
}
