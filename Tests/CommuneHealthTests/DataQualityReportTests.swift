import Foundation
import Testing
@testable import CommuneHealth
@testable import CommuneHealthGenerator
import CommuneHealthTestSupport

// Data quality in the reports for people and in CSV (data-quality-v1 §3), on a province made by
// `generate` with a fixed seed: 40 communes, two of which measure poorly (heights to the whole or
// half centimetre, birth dates on the 1st, girls left out, careless measuring).

/// The generated province, written once to a temporary folder and analysed.
private struct GeneratedProvince {
    let folder: URL
    let analysis: Analysis
    /// Codes of the communes the generator made measure poorly.
    let poorCodes: Set<String>
    let allCodes: Set<String>

    static let shared = try! GeneratedProvince()

    init() throws {
        let options = GeneratorOptions(communes: 40, residents: 160_000, seed: 2024, year: 2024)
        let generator = ProvinceGenerator(options: options)
        let writers = try generator.communeWriters()
        poorCodes = Set(writers.filter(\.profile.poorMeasuring).map(\.profile.place.code))
        allCodes = Set(writers.map(\.profile.place.code))
        folder = scratchFolder("commune-health-dq")
        _ = try generator.write(to: folder.path)
        analysis = Analyzer(jobs: 2).analyze(files: try InputFiles.collect([folder.path]))
    }
}

private func words(_ node: HTMLNode) -> String {
    node.textContent.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

private func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite struct DataQualityReportTests {
    private let province = GeneratedProvince.shared

    // MARK: The generator

    /// The issue's check: the communes generated with poor measuring are the ones marked
    /// problematic; the others score excellent or good, their HAZ spread as in routine data.
    @Test func generatedProvinceMarksExactlyThePoorMeasuringCommunes() throws {
        #expect(province.poorCodes.count == 2)
        #expect(province.analysis.communes.count == 40)
        let problematic = Set(province.analysis.communes.filter { $0.figures.hasProblematicHAZScore }.map(\.commune.code))
        #expect(problematic == province.poorCodes)
        for summary in province.analysis.communes {
            let quality = DataQuality(summary.figures.quality)
            let code = summary.commune.code
            #expect(!quality.hazScore.fewChildren, "\(code)")
            if province.poorCodes.contains(code) {
                #expect(quality.hazScore.points! >= 25, "\(code)")
                #expect(quality.heightDigits.category == .problematic, "\(code)")
                #expect(quality.birthDates.category == .problematic, "\(code)")
                // Girls left out: a skewed sex ratio, at least doubtful with a commune's few children.
                #expect(quality.sexRatio.category! >= .acceptable, "\(code)")
                #expect(quality.haz.sd! > 2.2, "\(code)")
                // Only whole and half centimetres.
                #expect((0...9).allSatisfy { [0, 5].contains($0) || quality.heightDigits.counts[$0] == 0 })
            } else {
                #expect(quality.hazScore.category! <= .good, "\(code): \(quality.hazScore.points!)")
                #expect(quality.haz.sd! >= 1.2 && quality.haz.sd! <= 1.6, "\(code): SD \(quality.haz.sd!)")
                #expect(quality.heightDigits.category! <= .good, "\(code)")
                #expect(quality.birthDates.category == .acceptable, "\(code)")
            }
            #expect(Indicator.stunting.carriesQualityMark(summary.figures) == province.poorCodes.contains(code))
            #expect(!Indicator.coverage.carriesQualityMark(summary.figures) && !Indicator.wasting.carriesQualityMark(summary.figures))
        }
    }

    @Test func noPoorMeasuringWhenAskedForNone() throws {
        let writers = try ProvinceGenerator(
            options: GeneratorOptions(
                communes: 12, residents: 2_200, seed: 33, year: 2024,
                poorMeasuringCommunes: 0)
        ).communeWriters()
        #expect(!writers.contains { $0.profile.poorMeasuring })
        let three = try ProvinceGenerator(
            options: GeneratorOptions(
                communes: 12, residents: 2_200, seed: 33, year: 2024,
                poorMeasuringCommunes: 3)
        ).communeWriters()
        #expect(three.filter(\.profile.poorMeasuring).count == 3)
        // By default one commune in 25, at least one among two or more; the same every year.
        let sample = try ProvinceGenerator(options: GeneratorOptions(communes: 12, residents: 2_200, seed: 33, year: 2021))
            .communeWriters()
        #expect(sample.filter(\.profile.poorMeasuring).count == 1)
        let later = try ProvinceGenerator(options: GeneratorOptions(communes: 12, residents: 2_200, seed: 33, year: 2024))
            .communeWriters()
        #expect(sample.map(\.profile.poorMeasuring) == later.map(\.profile.poorMeasuring))
        let single = try ProvinceGenerator(options: GeneratorOptions(communes: 1, residents: 500, seed: 33)).communeWriters()
        #expect(!single[0].profile.poorMeasuring)
    }

    // MARK: The mark on stunting rates

    @Test func tableMarksThePoorCommunesStuntingRate() throws {
        let text = TableReport.render(province.analysis)
        let explanation = DataQualityLabel.problematicMarkExplanation.text(.en)
        for code in province.allCodes {
            let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("  \(code) ") })
            let marked = province.poorCodes.contains(code)
            #expect(row.contains("‡") == marked, "\(row)")
            if marked {
                // Right after the stunting rate and its marks, before the underweight cell.
                let cells = String(row.dropFirst(2 + 5 + 1 + 13 + 1 + 7 + 1 + 8 + 1 + 5))
                let stunting = try #require(province.analysis.communes.first { $0.commune.code == code }?.figures[.stunting])
                let rate = Labels(.en).percent(stunting.rate)
                #expect(cells.hasPrefix(" ") && cells.prefix(10).contains("‡"), "\(row)")
                #expect(cells.contains(rate + "*‡") || cells.contains(rate + "‡") || cells.contains(rate + "*~‡"), "\(row)")
            }
        }
        #expect(occurrences(String(explanation.prefix(40)), in: text.replacingOccurrences(of: "\n", with: " ")) == 1)
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let vietnamese = TableReport.render(province.analysis, language: .vi)
        #expect(vietnamese.contains("‡ Chất lượng số liệu chiều cao có vấn đề"))
        for line in vietnamese.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test func markdownMarksThePoorCommunesStuntingRate() throws {
        let text = MarkdownReport.render(province.analysis)
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("### Communes, 2024") })
        let rows = lines[(start + 3)...].prefix { $0.hasPrefix("|") }
        #expect(rows.count == 40)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let marked = province.poorCodes.contains(cells[0])
            // Code, name, district, coverage, stunting: only stunting carries the mark.
            #expect(cells[4].contains("‡") == marked, "\(row)")
            #expect(!cells[3].contains("‡") && !cells[5...].contains { $0.contains("‡") }, "\(row)")
        }
        // In the bar chart's table too, and the mark is explained once.
        let chartStart = try #require(lines.firstIndex { $0.hasPrefix("#### Stunting among children under 5 by commune") })
        let chartRows = lines[(chartStart + 3)...].prefix { $0.hasPrefix("|") }
        #expect(chartRows.count == 40)
        #expect(chartRows.filter { $0.contains("‡") }.count == 2)
        #expect(occurrences(DataQualityLabel.problematicMarkExplanation.text(.en), in: text) == 1)
        #expect(
            occurrences(
                DataQualityLabel.problematicMarkExplanation.text(.vi),
                in: MarkdownReport.render(province.analysis, language: .vi)) == 1)
    }

    @Test func htmlMarksThePoorCommunesStuntingRateInTablesAndCharts() throws {
        let html = HTMLReport.render(province.analysis)
        let root = try #require(HTMLDocument(parsing: html)).root
        let table = try #require(root.element(id: "communes-08")?.descendants("table").first)
        let rows = table.descendants("tr").filter { $0["data-code"] != nil }
        #expect(rows.count == 40)
        for row in rows {
            let marked = province.poorCodes.contains(row["data-code"]!)
            let cells = row.descendants("td").filter { $0["data-indicator"] != nil }
            for cell in cells {
                let hasMark = !cell.descendants("span", class: "quality-mark").isEmpty
                #expect(hasMark == (marked && cell["data-indicator"] == "stunting"), "\(row["data-code"]!)")
            }
        }
        // The bar chart of stunting: the value of exactly the poor communes' bars.
        let svg = try #require(
            root.element(id: "charts-08")?.descendants("svg", class: "bar-chart")
                .filter { $0["data-indicator"] == "stunting" }.first)
        let marked = svg.descendants("text", class: "value").filter { words($0).contains("‡") }
        #expect(marked.count == 2 && marked.allSatisfy { $0.hasClass("quality-marked") })
        #expect(
            root.descendants("p", class: "quality-mark-note").map(words)
                == [DataQualityLabel.problematicMarkExplanation.text(.en)])
        #expect(occurrences(DataQualityLabel.problematicMarkExplanation.text(.en), in: html) == 1)
    }

    @Test func trendChartMarksAProblematicPeriod() throws {
        // The province in two periods, the later one with a problematic HAZ score.
        var earlier = province.analysis.provinces[0]
        earlier.period = PeriodKey(from: CalendarDate("2023-01-01")!, to: CalendarDate("2023-12-31")!)
        var later = province.analysis.provinces[0]
        for commune in province.analysis.communes where province.poorCodes.contains(commune.commune.code) {
            for _ in 0..<10 { later.figures.quality = later.figures.quality + commune.figures.quality }
        }
        #expect(later.figures.hasProblematicHAZScore && !earlier.figures.hasProblematicHAZScore)
        let history = [earlier, later], targets = province.analysis.targets
        let svg = TrendChart(
            periods: history.map(\.period), history: history, targets: targets, labels: Labels(.en),
            axes: TrendChart.axes([history], targets)
        ).svg()
        let root = try #require(HTMLDocument(parsing: "<html><body>" + svg + "</body></html>")).root
        let labels = root.descendants("text", class: "point-label").filter { $0.hasClass("stunting") }.map(words)
        #expect(labels.count == 2 && !labels[0].contains("‡") && labels[1].hasSuffix("‡"))
        #expect(root.descendants("circle", class: "quality-problematic").count == 1)
        #expect(root.descendants("text", class: "point-label").filter { $0.hasClass("coverage") }.allSatisfy { !words($0).contains("‡") })
    }

    // MARK: The section

    @Test func htmlDigitChartHasTheProvincesCounts() throws {
        let html = HTMLReport.render(province.analysis)
        let root = try #require(HTMLDocument(parsing: html)).root
        let section = try #require(root.element(id: "measurement-quality-08"))
        let svg = try #require(section.descendants("svg", class: "digit-chart").first)
        let bars = svg.descendants("rect", class: "digit-bar")
        let digits = province.analysis.provinces[0].figures.quality.heightDigits
        #expect(bars.count == 10)
        #expect(bars.map { $0["data-digit"] } == (0...9).map { String($0) })
        #expect(bars.map { Int($0["data-count"] ?? "") } == (0...9).map { digits[$0] })
        // The province's counts are the communes' counts added up.
        let summed = province.analysis.communes.map(\.figures.quality.heightDigits).reduce(DigitCounts(), +)
        #expect(summed == digits && digits.total > 5_000)
        // The heaped digits of the two poor communes show: .0 and .5 above every other digit.
        let others = [1, 2, 3, 4, 6, 7, 8, 9].map { digits[$0] }
        #expect(digits[0] > others.max()! && digits[5] > others.max()!)
        // Ten labels .0 to .9, the expected line, and in Markdown the same counts.
        #expect(svg.descendants("text", class: "tick").map(words).suffix(10) == (0...9).map { ".\($0)" })
        #expect(svg.descendants("line", class: "expected").count == 1)
        let markdown = MarkdownReport.render(province.analysis)
        let counts = "| Heights |" + (0...9).map { " \(Labels(.en).integer(digits[$0])) |" }.joined()
        #expect(markdown.contains(counts))
    }

    @Test func tablesOfDistrictsAndCommunesWorstFirst() throws {
        let html = HTMLReport.render(province.analysis)
        let root = try #require(HTMLDocument(parsing: html)).root
        let section = try #require(root.element(id: "measurement-quality-08"))
        // Two tables of the same rows, so that each fits A4 (#27): scores and HAZ, then the rest.
        let parts = section.descendants("table", class: "communes")
        #expect(parts.map { $0["data-part"] } == ["1", "2"])
        let communes = parts[0]
        let rows = communes.descendants("tr").filter { $0["data-code"] != nil }
        #expect(parts[1].descendants("tr").compactMap { $0["data-code"] } == rows.compactMap { $0["data-code"] })
        #expect(rows.count == 40)
        #expect(Set(rows.prefix(2).compactMap { $0["data-code"] }) == province.poorCodes)
        #expect(rows.prefix(2).allSatisfy { $0["data-haz-score"] == "problematic" })
        #expect(rows.dropFirst(2).allSatisfy { $0["data-haz-score"] == "excellent" || $0["data-haz-score"] == "good" })
        let points = rows.map { row in
            DataQuality(province.analysis.communes.first { $0.commune.code == row["data-code"] }!.figures.quality).hazScore.points!
        }
        #expect(points == points.sorted(by: >))
        // Name, district, then the statistics; the score cell with its points and category.
        let headers = parts.flatMap { $0.descendants("th").map(words) }
        #expect(
            headers == [
                "Commune", "District", "Children", "HAZ score", "WHZ score", "Flagged HAZ", "SD HAZ",
                "Skewness HAZ", "Kurtosis HAZ", "Commune", "District", "Height digits", "Weight digits", "Boys / girls",
                "6–29 / 30–59 months", "Born on the 1st", "Born on 1 January",
            ])
        let second = parts[1].descendants("tr").first { $0["data-code"] == rows[0]["data-code"] }!
        let first = rows[0].descendants("td").map(words) + second.descendants("td").map(words).dropFirst(2)
        let quality = DataQuality(province.analysis.communes.first { $0.commune.code == rows[0]["data-code"] }!.figures.quality)
        #expect(first.count == 15)
        #expect(first[2] == Labels(.en).integer(quality.haz.n))
        #expect(first[3] == "\(quality.hazScore.points!) problematic")
        #expect(first[6] == Labels(.en).decimal(quality.haz.sd!, places: 2))
        #expect(first[11].hasSuffix("(p < 0.001)"))
        #expect(!rows[0].descendants("td", class: "q-problematic").isEmpty)
        // Districts worst first, the province below them.
        let districts = try #require(section.descendants("table", class: "districts").first)
        let districtRows = districts.descendants("tbody").flatMap { $0.descendants("tr") }
        #expect(districtRows.count == 7)
        let districtPoints = districtRows.map { row in
            DataQuality(province.analysis.districts.first { $0.code == row["data-code"] }!.figures.quality).hazScore.points!
        }
        #expect(districtPoints == districtPoints.sorted(by: >))
        #expect(districts.descendants("tfoot").first?.descendants("tr").first?["data-code"] == "08")

        // Markdown: the same tables, problematic statistics in bold.
        let markdown = MarkdownReport.render(province.analysis)
        #expect(markdown.contains("### Data quality of the measurements, 2024"))
        #expect(markdown.contains("#### Communes, 2024 — worst HAZ score first"))
        let poorName = province.analysis.communes.first { $0.commune.code == rows[0]["data-code"] }!.commune.name
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| \(poorName) |") && $0.contains("problematic") })
        #expect(row.contains("| **\(quality.hazScore.points!) problematic** |"))
    }

    @Test func scoreCellsMarkFewChildrenAndSpeakVietnamese() {
        let english = QualityTable(labels: Labels(.en)), vietnamese = QualityTable(labels: Labels(.vi))
        #expect(english.score(QualityScore(n: 10, points: 30)).text == "30 problematic ~")
        #expect(english.score(QualityScore(n: 50, points: 3)).text == "3 excellent")
        #expect(english.score(QualityScore(n: 0, points: 0)).text == "–")
        #expect(vietnamese.score(QualityScore(n: 10, points: 12)).text == "12 tốt ~")
        #expect(english.ratio(1.125, 0.0004, .problematic).text == "1.13 (p < 0.001)")
        #expect(vietnamese.ratio(0.8, 0.25, .excellent).text == "0,80 (p = 0,250)")
        #expect(english.ratio(nil, 1.9e-9, .problematic).text == "– (p < 0.001)")
        #expect(english.ratio(nil, nil, nil).text == "–")
    }

    @Test func vietnameseSection() throws {
        let html = HTMLReport.render(province.analysis, language: .vi)
        let root = try #require(HTMLDocument(parsing: html)).root
        let section = words(try #require(root.element(id: "measurement-quality-08")))
        #expect(section.contains("Chất lượng số liệu cân đo"))
        #expect(section.contains("Chữ số hàng phần mười của chiều cao"))
        #expect(section.contains("điểm HAZ kém nhất xếp trước"))
        #expect(section.contains("có vấn đề") && section.contains("Điểm HAZ"))
        #expect(svgTicks(root).suffix(10) == (0...9).map { ",\($0)" })
        for english in ["problematic", "excellent", "Children", "Height digits", "worst"] {
            #expect(!section.contains(english), "\(english)")
        }
    }

    private func svgTicks(_ root: HTMLNode) -> [String] {
        root.descendants("svg", class: "digit-chart").first?.descendants("text", class: "tick").map(words) ?? []
    }

    // MARK: CSV

    @Test func csvAppendsTheDataQualityColumns() throws {
        let names = Labels(.en).list(.csvQuality)
        #expect(Array(names.prefix(4)) == ["hazScorePoints", "hazScoreCategory", "whzScorePoints", "whzScoreCategory"])
        let first = try #require(CSVReport.header.firstIndex(of: names[0]))
        #expect(Array(CSVReport.header[first..<(first + names.count)]) == names)
        #expect(Array(CSVReport.header.prefix(29).suffix(2)) == ["uninsuredGap", "stuntedExcess"])
        let lines = CSVReport.render(province.analysis).split(separator: "\r\n").map(String.init)
        #expect(lines[0] == CSVReport.header.joined(separator: ","))
        for summary in province.analysis.communes {
            let row = try #require(lines.first { $0.hasPrefix("commune,\(summary.commune.code),") })
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == CSVReport.header.count)
            let quality = DataQuality(summary.figures.quality)
            let tail = Array(fields[first..<(first + names.count)])
            #expect(tail[0] == String(quality.hazScore.points!))
            #expect(tail[1] == quality.hazScore.category!.rawValue)
            #expect(tail[2] == String(quality.whzScore.points!))
            #expect(tail[3] == quality.whzScore.category!.rawValue)
            #expect(tail[4] == "false")
            #expect(tail[5] == String(quality.haz.n) && tail[6] == String(quality.haz.flagged))
            #expect(tail[8] == "\(quality.haz.sd!)")
            #expect(tail[14] == "\(quality.heightDigits.score!)")
            #expect(tail[17] == "\(quality.sexRatio.p!)")
            #expect((tail[1] == "problematic") == province.poorCodes.contains(summary.commune.code))
        }
        let province08 = try #require(lines.first { $0.hasPrefix("province,08,") })
        #expect(province08.split(separator: ",", omittingEmptySubsequences: false).count == CSVReport.header.count)
        let vietnamese = CSVReport.render(province.analysis, language: .vi).split(separator: "\r\n").map(String.init)
        #expect(vietnamese[0].contains(",tỷ lệ sinh ngày mùng 1,tỷ lệ sinh ngày 1/1,"))
        #expect(vietnamese[0].contains(",số trẻ thấp còi vượt ngưỡng,điểm trừ HAZ,chất lượng số liệu HAZ,"))
        let poor = try #require(vietnamese.first { row in province.poorCodes.contains { row.hasPrefix("xã,\($0),") } })
        #expect(poor.contains(",có vấn đề,"))
    }
}
