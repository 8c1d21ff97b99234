import Foundation
import Testing
@testable import CommuneHealth

// The workbook's card columns, completeness, missing communes, duplicate people and today's-map
// columns, read back against JSONReport's document of the same analysis (its bytes read back).

@Suite("XLSX report: cards and geography")
struct XLSXListSheetTests {
    typealias Helpers = XLSXReportTests

    /// Three communes of the card fixtures: funding groups, a child under 6 whose card expired,
    /// and one number on residents of two files of 2024.
    static func cardsAnalysis() -> Analysis {
        let names = ["same-period-a.xml", "same-period-b.xml", "under6-card-expired-day-before.xml"]
        return Analyzer(jobs: 2).analyze(files: names.map { fixture("cards/\($0)") })
    }

    static func geographyAnalysis(_ units: MapUnits) throws -> Analysis {
        Analyzer(targets: .programme2021to2025, jobs: 2).analyze(files: try InputFiles.collect([fixture("geography")]), units: units)
    }

    /// The cells of a sheet by heading: `cell("Expected", 2)`.
    struct Sheet {
        let cells: [String: XLSXStoredCell]
        let header: [String]

        init(_ book: XLSXReadBack, _ name: String) throws {
            cells = try book.cells(ofSheet: name)
            header = try Helpers.header(cells)
        }

        func cell(_ heading: String, _ row: Int) throws -> XLSXStoredCell? {
            let column = try #require(header.firstIndex(of: heading), "column \(heading)")
            return cells[Helpers.columnName(column) + String(row)]
        }

        /// Rows written below the header.
        var rowCount: Int {
            var row = 2
            while cells["A\(row)"] != nil { row += 1 }
            return row - 2
        }
    }

    @Test func cardColumnsOfACommuneRowEqualJSON() throws {
        let analysis = Self.cardsAnalysis()
        let (folder, book) = try Helpers.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try Sheet(book, "Communes")
        let communes = try #require(try JSONReport.document(analysis)["communes"]?.array)
        #expect(communes.count == analysis.communes.count && communes.count == 3)
        var columns = FundingGroup.allCases.map { ("Insured: " + CardLabel.fundingGroup($0).text(.en), "fundingGroups." + $0.rawValue) }
        columns += [
            ("Children under 6", "under6.residents"), ("Under 6 without card", "under6.uninsured"),
            ("Under 6 without card: share", "under6.rate"),
        ]
        var insured = 0, rates = 0
        for (index, commune) in communes.enumerated() {
            for (heading, key) in columns {
                let cell = try sheet.cell(heading, index + 2), expected = try #require(commune[path: key])
                #expect(Helpers.agrees(cell, expected), "\(heading) of commune \(index): \(String(describing: cell)) vs \(expected.serialized())")
                if key.hasPrefix("fundingGroups."), case .int(let count) = expected { insured += count }
                if key == "under6.rate", case .double = expected {
                    #expect(try book.numberFormat(ofStyle: try #require(cell).style) == "0.0%")
                    rates += 1
                }
            }
        }
        #expect(insured == analysis.communes.map(\.figures.insured).reduce(0, +) && insured > 0)
        #expect(rates > 0)
        // The province row too.
        let province = try Sheet(book, "Provinces")
        let provinces = try #require(try JSONReport.document(analysis)["provinces"]?.array)
        for (heading, key) in columns {
            #expect(Helpers.agrees(try province.cell(heading, 2), try #require(provinces.first?[path: key])), "\(heading)")
        }
    }

    @Test func duplicatePeopleEqualJSON() throws {
        let analysis = Self.cardsAnalysis()
        #expect(analysis.duplicatePeople.count == 1)
        let (folder, book) = try Helpers.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try Sheet(book, "Duplicate people")
        #expect(sheet.header == ["Social-insurance number", "Period from", "Period to", "File", "Line", "Commune code"])
        let people = try #require(try JSONReport.document(analysis)["duplicatePeople"]?.array)
        var row = 2
        for person in people {
            for place in try #require(person["places"]?.array) {
                let number = try #require(try sheet.cell("Social-insurance number", row))
                let expectedNumber = try #require(person["number"])
                #expect(number.type == "inlineStr" && Helpers.agrees(number, expectedNumber))
                #expect(Helpers.agrees(try sheet.cell("Period from", row), try #require(person[path: "period.from"])))
                #expect(Helpers.agrees(try sheet.cell("Period to", row), try #require(person[path: "period.to"])))
                for (heading, key) in [("File", "file"), ("Line", "line"), ("Commune code", "communeCode")] {
                    #expect(Helpers.agrees(try sheet.cell(heading, row), try #require(place[key])), "\(heading) row \(row)")
                }
                row += 1
            }
        }
        #expect(row - 2 == 2 && sheet.rowCount == row - 2)
        #expect(try sheet.cell("Social-insurance number", 2)?.string == "0100000041")
        // On the unit sheets, as CSV's duplicatePeople: the person once in each commune and once in the province.
        let communes = try Sheet(book, "Communes")
        let counts = try analysis.communes.indices.map { "\(analysis.communes[$0].commune.code) \(try communes.cell("Duplicate people", $0 + 2)?.value ?? "")" }
        #expect(counts.sorted() == ["02218 1", "02221 1", "02224 0"])
        #expect(try Sheet(book, "Provinces").cell("Duplicate people", 2)?.value == "1")
    }

    @Test(arguments: [MapUnits.reported, .current])
    func completenessEqualsJSON(_ units: MapUnits) throws {
        let analysis = try Self.geographyAnalysis(units)
        let (folder, book) = try Helpers.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try #require(try JSONReport.document(analysis)["completeness"]?.array)
        #expect(!rows.isEmpty)
        let sheet = try Sheet(book, "Completeness")
        #expect(sheet.rowCount == rows.count)
        let columns = [
            ("Province code", "provinceCode"), ("Province", "provinceName"), ("Period from", "period.from"),
            ("Period to", "period.to"), ("Expected", "expected"), ("Received", "received"),
            ("Completeness", "completeness"), ("Missing codes", "missing"), ("Codes not on the map", "unknown"),
        ]
        var missingCodes: [String] = []
        for (index, row) in rows.enumerated() {
            for (heading, key) in columns {
                let cell = try sheet.cell(heading, index + 2), expected = try #require(row[path: key])
                #expect(Helpers.agrees(cell, expected), "\(heading) row \(index + 2): \(String(describing: cell)) vs \(expected.serialized())")
            }
            let missing = try #require(row["missing"]?.array)
            #expect(try sheet.cell("Missing", index + 2)?.value == String(missing.count))
            missingCodes += missing.compactMap { if case .string(let code)? = $0["code"] { code } else { nil } }
        }
        #expect(!missingCodes.isEmpty)
        // A row below 100% has its completeness on a red fill.
        let incomplete = try #require(analysis.completeness.firstIndex { !$0.isComplete })
        #expect(try book.fillColor(ofStyle: try #require(try sheet.cell("Completeness", incomplete + 2)).style) == "FFFFC7CE")

        // Every missing commune is a row of its own, in JSON's order, with its province and period.
        let missing = try Sheet(book, "Missing communes")
        #expect(missing.rowCount == missingCodes.count)
        var number = 2
        for row in rows {
            for commune in try #require(row["missing"]?.array) {
                #expect(try missing.cell("Commune code", number)?.string == commune["code"].flatMap { if case .string(let c) = $0 { c } else { nil } })
                for (heading, key) in [("Commune", "name"), ("District code", "districtCode"), ("District", "districtName")] {
                    #expect(Helpers.agrees(try missing.cell(heading, number), commune[key] ?? .null), "\(heading) row \(number)")
                }
                for (heading, key) in [("Province code", "provinceCode"), ("Period from", "period.from"), ("Period to", "period.to")] {
                    #expect(Helpers.agrees(try missing.cell(heading, number), try #require(row[path: key])), "\(heading) row \(number)")
                }
                number += 1
            }
        }

        // The About sheet names the units.
        let about = try book.cells(ofSheet: "About").values.compactMap(\.string)
        #expect(about.contains { $0.hasPrefix(units.rawValue + ": ") })
    }

    /// Under `--units current` every cell of the Communes sheet with a JSON key, today's map's
    /// columns included, equals the JSON; under `reported` those columns are not written.
    @Test func todaysMapColumnsEqualJSON() throws {
        let analysis = try Self.geographyAnalysis(.current)
        let (folder, book) = try Helpers.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try Sheet(book, "Communes")
        let columns = XLSXUnitColumns(labels: Labels(.en), targets: analysis.targets)
        let defined = columns.identity(nil) + columns.figures() + columns.todaysMap()
        #expect(sheet.header == defined.map(\.heading))
        let communes = try #require(try JSONReport.document(analysis)["communes"]?.array)
        var lists = 0, divided = 0
        for (index, commune) in communes.enumerated() {
            for (column, definition) in defined.enumerated() {
                guard let key = definition.json, !key.hasPrefix("$.") else { continue }
                let cell = sheet.cells[Helpers.columnName(column) + String(index + 2)]
                let expected = try #require(commune[path: key], "\(key)")
                #expect(
                    Helpers.agrees(cell, expected), "row \(index + 2) \(definition.heading) (\(key)): \(String(describing: cell)) vs \(expected.serialized())")
                if key == "predecessors", case .array(let items) = expected, !items.isEmpty { lists += 1 }
                if key == "divided", case .bool(true) = expected { divided += 1 }
            }
        }
        #expect(lists > 0 && divided > 0)

        let (reportedFolder, reported) = try Helpers.write(try Self.geographyAnalysis(.reported))
        defer { try? FileManager.default.removeItem(at: reportedFolder) }
        #expect(!(try Sheet(reported, "Communes").header.contains("Formed from")))
    }

    /// The Problems sheet and the About sheet's files are the files read, whatever the units: under
    /// `--units current` the rows of today's map carry no problems of their own (JSON lists the
    /// files' problems either way), so a workbook that took them from the rows lost every warning.
    @Test func problemsAndFilesAreTheFilesWhateverTheUnits() throws {
        let reported = try Self.geographyAnalysis(.reported), current = try Self.geographyAnalysis(.current)
        let document = try JSONReport.document(current)
        let listed = try ["rejectedFiles", "supersededFiles", "invalidRecords", "warnings", "flaggedMeasurements"]
            .map { try #require(document[$0]?.array).count }.reduce(0, +)
        #expect(current.warningCount > 0 && current.communes.count != current.files.count)
        let (reportedFolder, reportedBook) = try Helpers.write(reported)
        defer { try? FileManager.default.removeItem(at: reportedFolder) }
        let (currentFolder, currentBook) = try Helpers.write(current)
        defer { try? FileManager.default.removeItem(at: currentFolder) }
        let problems = try Sheet(currentBook, "Problems")
        #expect(problems.rowCount == listed)
        #expect(problems.cells == (try Sheet(reportedBook, "Problems")).cells)
        let about = try currentBook.cells(ofSheet: "About").values.compactMap(\.string)
        for file in current.files { #expect(about.contains(file.file), "\(file.file)") }
        let read = current.files.count + current.rejectedFiles.count + current.supersededFiles.count
        #expect(try currentBook.cells(ofSheet: "About").values.contains { $0.value == String(read) })
    }

    @Test func vietnameseHeadings() throws {
        let (folder, book) = try Helpers.write(try Self.geographyAnalysis(.current), .vi)
        defer { try? FileManager.default.removeItem(at: folder) }
        let communes = try Sheet(book, "Xã").header
        #expect(communes.contains("Có thẻ BHYT: Ngân sách nhà nước đóng") && communes.contains("Trẻ dưới 6 tuổi chưa có thẻ: tỷ lệ"))
        #expect(communes.contains("Hình thành từ"))
        #expect(try Sheet(book, "Mức độ đầy đủ").header.contains("Phải báo cáo"))
        #expect(try Sheet(book, "Xã chưa báo cáo").header.contains("Mã xã"))
        #expect(try Sheet(book, "Người bị trùng").header.first == "Mã số BHXH")
    }
}
