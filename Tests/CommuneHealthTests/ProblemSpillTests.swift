import Foundation
import Testing
@testable import CommuneHealth

/// Problems written to a temporary file once each file's summary is made (docs/problems.md): the
/// same reports, byte for byte, as with every problem in memory.
@Suite struct ProblemSpillTests {
    /// Fixtures/messy: two communes of `generate --communes 2 --residents 500 --seed 11 --mess 10`
    /// and a file holding every kind of invalid record and warning a file keeps, in Vietnamese too.
    private func messyFiles() throws -> [String] { try InputFiles.collect([fixture("messy")]) }

    private func renders(_ analysis: Analysis) -> [String] {
        var outputs: [String] = []
        for language in Language.allCases {
            outputs += [
                JSONReport.render(analysis, language: language, jobs: 1),
                JSONReport.render(analysis, language: language, jobs: 3),
                CSVReport.render(analysis, language: language), TableReport.render(analysis, language: language),
                MarkdownReport.render(analysis, language: language), HTMLReport.render(analysis, language: language),
            ]
            XLSXProblemRow.forEach(analysis, Labels(language)) {
                outputs.append("\($0.kind) \($0.file):\($0.line ?? -1) \($0.commune ?? "") \($0.message) \($0.flagged?.childID ?? "")")
            }
        }
        return outputs
    }

    @Test(arguments: [MapUnits.reported, .current], [1, 3])
    func everyFormatIsTheSameWithTheProblemsSpilled(units: MapUnits, jobs: Int) throws {
        let files = try messyFiles()
        let inMemory = Analyzer(jobs: 1).analyze(files: files, units: units)
        let spill = try ProblemSpill()
        let spilled = Analyzer(jobs: jobs).analyze(files: files, units: units, spill: spill)
        #expect(spilled.files.map(\.problems.isSpilled) == [true, true, true])
        #expect(!inMemory.files.contains { $0.problems.isSpilled })
        #expect(spill.size > 0 && spill.writeFailure == nil)
        let expected = renders(inMemory), actual = renders(spilled)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) { #expect(a == e) }
        #expect(spill.readFailure == nil)
    }

    /// #30: the problems of the files that fit in the spill's memory budget, all together, stay in
    /// memory (nothing written for them); the files beyond it are written; the reports are the same.
    @Test func problemsWithinTheMemoryBudgetStayInMemory() throws {
        let files = try messyFiles()
        let inMemory = Analyzer(jobs: 1).analyze(files: files)
        let bytes = inMemory.files.map(\.problems.memoryBytes)
        #expect(bytes.allSatisfy { $0 > 0 })
        // Room for the first file's problems alone (one job reads the files in order).
        let spill = try ProblemSpill(memoryBudget: bytes[0])
        let partly = Analyzer(jobs: 1).analyze(files: files, spill: spill)
        #expect(partly.files.map(\.problems.isSpilled) == [false, true, true])
        // Room for all: only the insured residents' numbers are written (507, 8 bytes each).
        let roomy = try ProblemSpill(memoryBudget: bytes.reduce(0, +))
        let kept = Analyzer(jobs: 3).analyze(files: files, spill: roomy)
        #expect(!kept.files.contains { $0.problems.isSpilled })
        #expect(roomy.size == 507 * 8)
        let expected = renders(inMemory)
        for analysis in [partly, kept] {
            let actual = renders(analysis)
            #expect(actual.count == expected.count)
            for (a, e) in zip(actual, expected) { #expect(a == e) }
        }
        #expect(spill.readFailure == nil && roomy.readFailure == nil)
    }

    /// #30: a file with more problems than the spill's limit for one file writes them all, however
    /// much of the budget is left; the others stay in memory; the reports are the same.
    @Test func aFileOverTheLimitForOneFileIsWritten() throws {
        let files = try messyFiles()
        let inMemory = Analyzer(jobs: 1).analyze(files: files)
        let bytes = inMemory.files.map(\.problems.memoryBytes)
        let largest = try #require(bytes.max())
        #expect(bytes.filter { $0 == largest }.count == 1)
        let spill = try ProblemSpill(memoryBudget: bytes.reduce(0, +), fileMemoryLimit: largest - 1)
        let analysis = Analyzer(jobs: 2).analyze(files: files, spill: spill)
        #expect(analysis.files.map(\.problems.isSpilled) == bytes.map { $0 == largest })
        let expected = renders(inMemory), actual = renders(analysis)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) { #expect(a == e) }
        // At the limit, kept.
        let atLimit = try ProblemSpill(memoryBudget: bytes.reduce(0, +), fileMemoryLimit: largest)
        #expect(!Analyzer(jobs: 2).analyze(files: files, spill: atLimit).files.contains { $0.problems.isSpilled })
    }

    @Test func everyProblemIsListedInOrder() throws {
        let spill = try ProblemSpill()
        let spilled = Analyzer(jobs: 2).analyze(files: try messyFiles(), spill: spill)
        // 404 problems in 8,183 bytes, about 20 each (the 3 geography warnings stay in memory), and
        // the 507 social-insurance numbers read from the insured residents' cards, 8 bytes each
        // (docs/cards.md).
        #expect(spill.size == 8_183 + 507 * 8)
        #expect(spilled.invalidRecordCount == 27)
        #expect(spilled.warningCount == 379)
        #expect(spilled.flaggedCount == 1)
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.bytes(spilled, jobs: 2))) as! [String: Any]
        let invalid = json["invalidRecords"] as! [[String: Any]], warnings = json["warnings"] as! [[String: Any]]
        #expect(invalid.count == 27 && warnings.count == 379)
        #expect((json["flaggedMeasurements"] as! [[String: Any]]).count == 1)
        // File by file in commune order, each file's problems by line (its geography warning first,
        // the standing children after the cards).
        let kind = "08-073-02305-2024-every-kind.xml"
        let lastWarnings = warnings.suffix(8).map { "\(($0["file"] as! String).hasSuffix(kind)):\($0["line"] as! Int)" }
        #expect(lastWarnings == ["true:3", "true:7", "true:8", "true:9", "true:11", "true:12", "true:30", "true:23"])
        #expect(
            warnings[warnings.count - 6]["reason"] as? String
                == "card number 'Số thẻ 50137705' is of unknown form: it holds a character other than a capital letter or a digit; the card counts for coverage, its funding group is unknown"
        )
        #expect(invalid.suffix(8).map { $0["line"] as! Int } == [10, 14, 15, 18, 19, 26, 27, 28])
        #expect(invalid.last?["reason"] as? String == "<measurement> has a malformed heightCm 'tám mươi'; record excluded")
        #expect(invalid[invalid.count - 7]["reason"] as? String == "<resident> has a malformed birthDate 'ngày mười lăm'; record excluded")
    }

    /// Standard error shows the first ten warnings of a file: read back without the others.
    @Test func theFirstWarningsOfAFileAreReadAlone() throws {
        let spilled = Analyzer(jobs: 1).analyze(files: try messyFiles(), spill: try ProblemSpill())
        for summary in spilled.files {
            #expect(summary.warningsAreAllOfThisFile)
            #expect(summary.warnings(first: 10) == Array(summary.warnings.prefix(10)))
        }
        let everyKind = try #require(spilled.files.last)
        #expect(everyKind.warnings(first: 1).map(\.line) == [3])  // the geography warning, kept in memory
        #expect(everyKind.warnings(first: 2).map(\.line) == [3, 7])
        #expect(everyKind.warnings(first: 100).map(\.line) == [3, 7, 8, 9, 11, 12, 30, 23])
        var other = FileProblems(warnings: [.init(file: "b.xml", line: 1, reason: .standingUnderNineMonths(childID: "R1"))])
        other.spill(to: try ProblemSpill(), file: "a.xml")
        #expect(other.isSpilled && !other.warningsNameOnly(file: "a.xml") && other.warnings(file: "a.xml", first: 5).map(\.file) == ["b.xml"])
    }

    @Test func theJSONReportStreamedInPiecesIsTheWholeDocument() throws {
        let spilled = Analyzer(jobs: 2).analyze(files: try messyFiles(), spill: try ProblemSpill())
        // A piece once more than 4 KiB are written, after an element (one job) or a wave of up to
        // 4,096 problems or 128 units (two jobs), and the rest at the end.
        for (jobs, count) in [(1, 41), (2, 8)] {
            var pieces: [Int] = []
            var streamed: [UInt8] = []
            JSONReport.write(spilled, language: .vi, jobs: jobs, drainingAbove: 4096) { bytes in
                pieces.append(bytes.count)
                streamed += bytes
            }
            #expect(streamed == JSONReport.bytes(spilled, language: .vi, jobs: jobs))
            #expect(pieces.count == count)
            #expect(pieces.dropLast().allSatisfy { $0 >= 4096 })
        }
    }

    @Test func cardWarningsAreMergedByLineTheReadersFirst() {
        func warnings(_ lines: [Int], _ child: String) -> [ReadingWarning] {
            lines.map { ReadingWarning(file: "a.xml", line: $0, reason: .standingUnderNineMonths(childID: child)) }
        }
        func lines(_ list: [ReadingWarning]) -> [String] {
            list.map { warning in
                guard case .standingUnderNineMonths(let child) = warning.reason else { return "" }
                return "\(warning.line)\(child)"
            }
        }
        // In order: one pass; on a tie the reader's first.
        #expect(
            lines(mergedByLine(warnings([3, 7, 7, 20], "r"), warnings([1, 7, 30], "c")))
                == ["1c", "3r", "7r", "7r", "7c", "20r", "30c"])
        // The duplicate numbers' warnings after the TE cards': sorted, stable.
        #expect(
            lines(mergedByLine(warnings([5], "r"), warnings([2, 9], "c") + warnings([6, 2], "d")))
                == ["2c", "2d", "5r", "6d", "9c"])
        #expect(lines(mergedByLine([], warnings([4, 1], "c"))) == ["1c", "4c"])
        #expect(lines(mergedByLine(warnings([8, 3], "r"), warnings([3], "c"))) == ["3r", "3c", "8r"])
    }

    @Test func aRecordReadsBackAsWritten() throws {
        let file = "Dữ liệu/xã Thượng Sơn.xml"
        let invalid: [InvalidRecord] = [
            .init(file: file, line: 1, reason: .missingAttribute(element: "resident", attribute: "id")),
            .init(file: file, line: 200, reason: .malformedAttribute(element: "measurement", attribute: "heightCm", value: "tám mươi\nhai")),
            .init(file: file, line: 3_000_000, reason: .bornAfterReferenceDate(birthDate: "2025-03-01", referenceDate: "2024-12-31")),
            .init(file: file, line: 4, reason: .measuredBeforeBirth(date: "2022-12-02", birthDate: "2023-01-10")),
            .init(file: "tệp khác.xml", line: 5, reason: .nonPositiveHeight("-0")),
            .init(file: file, line: 6, reason: .cardEndsBeforeStart(validFrom: "2024-12-31", validTo: "2024-01-01")),
            .init(file: file, line: 7, reason: .duplicateResidentID("Đ-𝔁-001")),
        ]
        let warnings: [ReadingWarning] = [
            .init(file: file, line: 3, reason: .geography(.districtCodeOn2025Map(districtCode: "073"))),
            .init(file: file, line: 10, reason: .malformedReportedSummary(attribute: "population", value: "mười ba")),
            .init(file: file, line: 11, reason: .standingUnderNineMonths(childID: "R0230500000７")),
            .init(file: file, line: 12, reason: .superseded(by: "bản mới.xml")),
            .init(file: file, line: 13, reason: .card(.unknownForm(number: "Số thẻ", why: .notASCII))),
            .init(file: file, line: 14, reason: .card(.unknownGroupCode(number: "QQ4080898408718", code: "QQ"))),
            .init(file: file, line: 15, reason: .card(.childCardAged6OrMore(number: "TE1080801866692", ageYears: 16))),
            .init(file: "tệp khác.xml", line: 16, reason: .card(.sameNumberInFile(number: "0894950744", otherLines: [17, 1 << 40]))),
            // #26: lines counted besides those named, and a placeholder number.
            .init(file: file, line: 17, reason: .card(.sameNumberInFile(number: "0894950744", otherLines: [16, 18], moreLines: 19_989))),
            .init(file: file, line: 18, reason: .card(.placeholderNumber(number: "GD4080000000000", digits: "0000000000"))),
        ]
        let flagged = [
            FlaggedMeasurement(
                line: 24, childID: "R02305000011", ageDays: 856, heightCm: 118.1, weightKg: 14.1, haz: 8.36,
                status: .implausible, weight: WeightBasedZScores(waz: 0.73, whz: -4.65, baz: -5.75), flags: [.haz, .baz]),
            FlaggedMeasurement(
                line: 25, childID: "Bé Út", ageDays: -3, heightCm: 49.95, weightKg: nil, haz: nil,
                status: .outOfAge, weight: WeightBasedZScores(), flags: []),
        ]
        var problems = FileProblems(invalid: invalid, warnings: warnings, flagged: flagged)
        let spill = try ProblemSpill()
        problems.spill(to: spill, file: file)
        #expect(problems.isSpilled)
        #expect((problems.invalidCount, problems.warningCount, problems.flaggedCount) == (7, 10, 2))
        #expect(problems.invalidRecords(file: file) == invalid)
        #expect(problems.warnings(file: file) == warnings)
        #expect(problems.flaggedMeasurements() == flagged)
        // Read a second time, and after another file's record: each record is found by its place.
        var other = FileProblems(invalid: Array(invalid.prefix(1)))
        other.spill(to: spill, file: "other.xml")
        #expect(problems.warnings(file: file) == warnings)
        #expect(other.invalidRecords(file: "other.xml").map(\.file) == [file])
        #expect(spill.readFailure == nil)
    }

    @Test func aGeographyWarningAfterAnotherWarningKeepsTheProblemsInMemory() throws {
        let warnings: [ReadingWarning] = [
            .init(file: "a.xml", line: 9, reason: .standingUnderNineMonths(childID: "R1")),
            .init(file: "a.xml", line: 3, reason: .geography(.districtCodeOn2025Map(districtCode: "073"))),
        ]
        var problems = FileProblems(warnings: warnings)
        let spill = try ProblemSpill()
        problems.spill(to: spill, file: "a.xml")
        #expect(!problems.isSpilled)
        #expect(problems.warnings(file: "a.xml") == warnings)
        #expect(spill.size == 0)
    }

    @Test func aFileWithoutProblemsWritesNothing() throws {
        var problems = FileProblems(warnings: [.init(file: "a.xml", line: 3, reason: .geography(.districtCodeOn2025Map(districtCode: "073")))])
        let spill = try ProblemSpill()
        problems.spill(to: spill, file: "a.xml")
        problems.spill(to: spill, file: "a.xml")
        #expect(!problems.isSpilled)
        #expect(spill.size == 0)
    }

    @Test func aSpillThatCannotBeMadeIsATypedError() {
        let folder = "/nonexistent-commune-health-folder"
        #expect(throws: FileSystemError(.createTemporaryIn, path: folder, code: ENOENT)) { try ProblemSpill(folder: folder) }
        #expect(
            FileSystemError(.createTemporaryIn, path: folder, code: ENOENT).description
                == "cannot create a temporary file in /nonexistent-commune-health-folder (TMPDIR): No such file or directory")
    }

    /// A full disk (`/dev/full`: every write fails with ENOSPC): each file's problems and insured
    /// numbers stay in its summary, and every report is the same as with a working spill.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this machine"))
    func aFullDiskKeepsTheProblemsInMemoryAndTheReportsTheSame() throws {
        let files = try messyFiles()
        let working = Analyzer(jobs: 2).analyze(files: files, spill: try ProblemSpill())
        let expected = renders(working)
        let full = ProblemSpill(file: try UnlinkedTemporaryFile(standIn: "/dev/full", .readWrite))
        let analysis = Analyzer(jobs: 2).analyze(files: files, spill: full)
        #expect(!analysis.files.contains { $0.problems.isSpilled })
        #expect(full.writeFailure == FileSystemError(.write, path: "/dev/full", code: ENOSPC))
        #expect(full.writeFailure?.description == "cannot write /dev/full: No space left on device")
        #expect(analysis.duplicatePeople == working.duplicatePeople)
        let actual = renders(analysis)
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) { #expect(a == e) }
        #expect(full.readFailure == nil)
    }

    /// A spill that takes writes but cannot be read back (opened write-only: EBADF): the problems
    /// it holds read as none, and `readFailure` says so, for the command to stop with status 74.
    @Test func aSpillThatCannotBeReadBackSaysSo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("commune-health-write-only-\(getpid())").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let spill = ProblemSpill(file: try UnlinkedTemporaryFile(standIn: path, .writeOnly))
        let analysis = Analyzer(jobs: 1).analyze(files: try messyFiles(), spill: spill)
        #expect(spill.writeFailure == nil && spill.size == 8_183 + 507 * 8)
        #expect(analysis.files.map(\.problems.isSpilled) == [true, true, true])
        #expect(analysis.warningCount == 379 && analysis.invalidRecordCount == 27)
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.bytes(analysis, jobs: 1))) as! [String: Any]
        // Only the three geography warnings, kept in their summaries, are read.
        #expect((json["warnings"] as! [[String: Any]]).count == 3)
        #expect((json["invalidRecords"] as! [[String: Any]]).isEmpty)
        #expect(spill.readFailure == FileSystemError(.readTemporary, path: path, code: EBADF))
        #expect(spill.readFailure?.description == "cannot read back the temporary file \(path): Bad file descriptor")
    }

    @Test func analyzeStopsWithStatus74WhenNoTemporaryFileCanBeMade() throws {
        let result = try CommandLineTool.run(
            ["analyze", fixture("messy"), "--format", "json"],
            environment: ["TMPDIR": "/nonexistent-commune-health-tmp"])
        #expect(result.status == 74)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "commune-health: cannot create a temporary file in /nonexistent-commune-health-tmp (TMPDIR): No such file or directory\n")
    }

    /// The JSON streamed to standard output and to `--output` (a temporary file renamed into
    /// place), with both jobs: the same bytes, every problem on standard error as before.
    @Test func theStreamedJSONIsTheSameToStandardOutputAndToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("r.json")
        let piped = try CommandLineTool.run(["analyze", fixture("messy"), "--format", "json", "--jobs", "1"])
        let written = try CommandLineTool.run([
            "analyze", fixture("messy"), "--format", "json", "--jobs", "2",
            "--output", target.path,
        ])
        #expect(piped.status == 0 && written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8) == piped.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.json"])
        #expect(piped.stderr == written.stderr)
        // 407 problems of 15 kinds: each kind once, in 25 lines (#27, ProblemKindTests).
        let lines = piped.stderr.split(separator: "\n")
        #expect(lines.count == 25)
        #expect(
            lines.last
                == "Measurement not counted: an implausible height for age: 1 in 1 file; `commune-health zscores PATH` lists every measurement with its status")
    }

    @Test func theTemporaryFileHasNoNameLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spill = try ProblemSpill(folder: folder)
        var problems = FileProblems(invalid: [.init(file: "a.xml", line: 1, reason: .nonPositiveHeight("0"))])
        problems.spill(to: spill, file: "a.xml")
        #expect(problems.isSpilled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}
