import Foundation
import Testing
@testable import CommuneHealth
import CommuneHealthTestSupport

// Issue 27, items 3 and 4: a report laid out for a province of 124-140 communes. The dot plot of
// an indicator over more than 40 communes, the District column left out on today's map, the lists
// of communes that did not report grouped by district and collapsed, the data-quality table in
// two parts; the workbook's first sheet (Overview) and each sheet's page setup.

/// The text of an element with runs of white space made single spaces.
private func words(_ node: HTMLNode) -> String {
    node.textContent.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

@Suite struct ProvinceLayoutTests {
    // MARK: The dot plot

    /// Thirteen communes of stunting, worst first: 60, 55, ..., 5 of 100 children (ranked), then
    /// 3 of 20 (too few children: after the line); the ten worst named, the rest dots.
    static func dotPlot() -> DotPlot {
        var rows = (0..<12).map { index in
            BarChart.Row(
                code: String(format: "%05d", index + 1), name: "Xã \(index + 1)",
                counts: IndicatorCounts(assessed: 100, cases: 60 - 5 * index))
        }
        rows.append(BarChart.Row(code: "00013", name: "Xã 13", counts: IndicatorCounts(assessed: 20, cases: 3)))
        let chart = BarChart(indicator: .stunting, rows: rows, unrankedFrom: 12, targets: .programme2021to2025, labels: Labels(.en))
        return DotPlot(chart: chart)
    }

    @Test func dotPlotMarkup() throws {
        let svg = Self.dotPlot().svg()
        #expect(svg == Self.expectedDotPlot)
    }

    static let expectedDotPlot = """
        <svg class="dot-plot" data-indicator="stunting" data-communes="13" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 234" width="800" height="234" role="img" aria-label="Stunting">
        <line class="grid" x1="190" y1="22" x2="190" y2="212"/><text class="tick" x="190" y="226" text-anchor="middle">0%</text>
        <line class="grid" x1="287.5" y1="22" x2="287.5" y2="212"/><text class="tick" x="287.5" y="226" text-anchor="middle">20%</text>
        <line class="grid" x1="385" y1="22" x2="385" y2="212"/><text class="tick" x="385" y="226" text-anchor="middle">40%</text>
        <line class="grid" x1="482.5" y1="22" x2="482.5" y2="212"/><text class="tick" x="482.5" y="226" text-anchor="middle">60%</text>
        <line class="grid" x1="580" y1="22" x2="580" y2="212"/><text class="tick" x="580" y="226" text-anchor="middle">80%</text>
        <line class="axis" x1="190" y1="22" x2="190" y2="212"/>
        <line class="separator-line" x1="0" y1="187" x2="800" y2="187"/><text class="separator" x="190" y="199">fewer than 50 children assessed: the rate is not stable and is not ranked</text>
        <g class="named" data-code="00001"><text class="label" x="184" y="37.5" text-anchor="end">Xã 1</text><line class="ci" x1="434.7" y1="33.5" x2="526.7" y2="33.5"/><line class="ci" x1="434.7" y1="29.5" x2="434.7" y2="37.5"/><line class="ci" x1="526.7" y1="29.5" x2="526.7" y2="37.5"/><circle class="dot misses" cx="482.5" cy="33.5" r="3.5"/><text class="value" x="588" y="37.5">60.0% (50.2–69.1%)</text><text class="band-label very-high" x="730" y="37.5">very high</text></g>
        <g class="named" data-code="00002"><text class="label" x="184" y="52.5" text-anchor="end">Xã 2</text><line class="ci" x1="410.6" y1="48.5" x2="503.9" y2="48.5"/><line class="ci" x1="410.6" y1="44.5" x2="410.6" y2="52.5"/><line class="ci" x1="503.9" y1="44.5" x2="503.9" y2="52.5"/><circle class="dot misses" cx="458.1" cy="48.5" r="3.5"/><text class="value" x="588" y="52.5">55.0% (45.2–64.4%)</text><text class="band-label very-high" x="730" y="52.5">very high</text></g>
        <g class="named" data-code="00003"><text class="label" x="184" y="67.5" text-anchor="end">Xã 3</text><line class="ci" x1="386.9" y1="63.5" x2="480.6" y2="63.5"/><line class="ci" x1="386.9" y1="59.5" x2="386.9" y2="67.5"/><line class="ci" x1="480.6" y1="59.5" x2="480.6" y2="67.5"/><circle class="dot misses" cx="433.8" cy="63.5" r="3.5"/><text class="value" x="588" y="67.5">50.0% (40.4–59.6%)</text><text class="band-label very-high" x="730" y="67.5">very high</text></g>
        <g class="named" data-code="00004"><text class="label" x="184" y="82.5" text-anchor="end">Xã 4</text><line class="ci" x1="363.6" y1="78.5" x2="456.9" y2="78.5"/><line class="ci" x1="363.6" y1="74.5" x2="363.6" y2="82.5"/><line class="ci" x1="456.9" y1="74.5" x2="456.9" y2="82.5"/><circle class="dot misses" cx="409.4" cy="78.5" r="3.5"/><text class="value" x="588" y="82.5">45.0% (35.6–54.8%)</text><text class="band-label very-high" x="730" y="82.5">very high</text></g>
        <g class="named" data-code="00005"><text class="label" x="184" y="97.5" text-anchor="end">Xã 5</text><line class="ci" x1="340.8" y1="93.5" x2="432.8" y2="93.5"/><line class="ci" x1="340.8" y1="89.5" x2="340.8" y2="97.5"/><line class="ci" x1="432.8" y1="89.5" x2="432.8" y2="97.5"/><circle class="dot misses" cx="385" cy="93.5" r="3.5"/><text class="value" x="588" y="97.5">40.0% (30.9–49.8%)</text><text class="band-label very-high" x="730" y="97.5">very high</text></g>
        <g class="named" data-code="00006"><text class="label" x="184" y="112.5" text-anchor="end">Xã 6</text><line class="ci" x1="318.5" y1="108.5" x2="408.1" y2="108.5"/><line class="ci" x1="318.5" y1="104.5" x2="318.5" y2="112.5"/><line class="ci" x1="408.1" y1="104.5" x2="408.1" y2="112.5"/><circle class="dot misses" cx="360.6" cy="108.5" r="3.5"/><text class="value" x="588" y="112.5">35.0% (26.4–44.7%)</text><text class="band-label very-high" x="730" y="112.5">very high</text></g>
        <g class="named" data-code="00007"><text class="label" x="184" y="127.5" text-anchor="end">Xã 7</text><line class="ci" x1="296.7" y1="123.5" x2="383" y2="123.5"/><line class="ci" x1="296.7" y1="119.5" x2="296.7" y2="127.5"/><line class="ci" x1="383" y1="119.5" x2="383" y2="127.5"/><circle class="dot misses" cx="336.3" cy="123.5" r="3.5"/><text class="value" x="588" y="127.5">30.0% (21.9–39.6%)</text><text class="band-label very-high" x="730" y="127.5">very high</text></g>
        <g class="named" data-code="00008"><text class="label" x="184" y="142.5" text-anchor="end">Xã 8</text><line class="ci" x1="275.5" y1="138.5" x2="357.2" y2="138.5"/><line class="ci" x1="275.5" y1="134.5" x2="275.5" y2="142.5"/><line class="ci" x1="357.2" y1="134.5" x2="357.2" y2="142.5"/><circle class="dot misses" cx="311.9" cy="138.5" r="3.5"/><text class="value" x="588" y="142.5">25.0% (17.5–34.3%)</text><text class="band-label high" x="730" y="142.5">high</text></g>
        <g class="named" data-code="00009"><text class="label" x="184" y="157.5" text-anchor="end">Xã 9</text><line class="ci" x1="255" y1="153.5" x2="330.8" y2="153.5"/><line class="ci" x1="255" y1="149.5" x2="255" y2="157.5"/><line class="ci" x1="330.8" y1="149.5" x2="330.8" y2="157.5"/><circle class="dot misses" cx="287.5" cy="153.5" r="3.5"/><text class="value" x="588" y="157.5">20.0% (13.3–28.9%)</text><text class="band-label high" x="730" y="157.5">high</text></g>
        <g class="named" data-code="00010"><text class="label" x="184" y="172.5" text-anchor="end">Xã 10</text><line class="ci" x1="235.4" y1="168.5" x2="303.5" y2="168.5"/><line class="ci" x1="235.4" y1="164.5" x2="235.4" y2="172.5"/><line class="ci" x1="303.5" y1="164.5" x2="303.5" y2="172.5"/><circle class="dot meets" cx="263.1" cy="168.5" r="3.5"/><text class="value" x="588" y="172.5">15.0% (9.3–23.3%)</text><text class="band-label medium" x="730" y="172.5">medium</text></g>
        <g class="dot-row" data-code="00011"><title>Xã 11: 10.0% (5.5–17.4%)</title><line class="ci thin" x1="216.9" y1="178" x2="275" y2="178"/><circle class="dot meets" cx="238.8" cy="178" r="1.7"/></g>
        <g class="dot-row" data-code="00012"><title>Xã 12: 5.0% (2.2–11.2%)</title><line class="ci thin" x1="200.5" y1="182" x2="244.5" y2="182"/><circle class="dot meets" cx="214.4" cy="182" r="1.7"/></g>
        <g class="dot-row" data-code="00013"><title>Xã 13: 15.0% (5.2–36.0%)</title><line class="ci thin" x1="215.5" y1="206" x2="365.7" y2="206"/><circle class="dot meets unstable" cx="263.1" cy="206" r="1.7"/></g>
        <line class="target" x1="287.5" y1="18" x2="287.5" y2="212"/><text class="target-label" x="287.5" y="14" text-anchor="middle">target &lt; 20%</text>
        </svg>

        """

    /// Coverage near 100% spreads out: the axis starts at the tick below the lowest interval.
    @Test func dotPlotOfCoverageStartsBelowTheLowestInterval() {
        let rows = (0..<41).map { index in
            BarChart.Row(code: String(index), name: "Xã \(index)", counts: IndicatorCounts(assessed: 1_000, cases: 900 + 2 * index))
        }
        let chart = BarChart(indicator: .coverage, rows: rows, unrankedFrom: nil, targets: .programme2021to2025, labels: Labels(.en))
        let plot = DotPlot(chart: chart)
        // The lowest interval starts at 87.9% (900 of 1,000): ticks from 85% to 100% every 5%.
        #expect(plot.start > 0.849 && plot.start < 0.851)
        #expect(plot.ticks.map { Labels(.en).targetPercent($0) } == ["85%", "90%", "95%", "100%"])
        #expect(plot.x(1.0) == BarChart.plotX + BarChart.plotWidth && plot.x(plot.start) == BarChart.plotX)
    }

    /// In the report: 41 communes or more are one dot plot per indicator, 40 stay bars.
    @Test func reportDrawsADotPlotAboveFortyCommunes() throws {
        let analysis = try XLSXReportTests.analysis()
        // The ten communes five times over: 50 rows (a chart does not need their codes to differ).
        var many = analysis
        many.communes = Array((0..<5).map { _ in analysis.communes }.joined())
        let root = try #require(HTMLDocument(parsing: HTMLReport.render(many))).root
        let charts = try #require(root.element(id: "charts-08"))
        #expect(charts.descendants("svg", class: "dot-plot").map { $0["data-indicator"] } == Indicator.all.map(\.id.rawValue))
        #expect(charts.descendants("svg", class: "bar-chart").isEmpty)
        #expect(charts.descendants("p", class: "dot-plot-note").count == Indicator.all.count)
        let few = try #require(HTMLDocument(parsing: HTMLReport.render(analysis))).root
        #expect(try #require(few.element(id: "charts-08")).descendants("svg", class: "dot-plot").isEmpty)
    }
}

@Suite struct ProvinceLayoutReportTests {
    // MARK: The District column

    /// On today's map (2025) no commune has a district: no District column in the communes table,
    /// the tables of communes that miss a target, the data-quality tables, nor in Markdown.
    @Test func noDistrictColumnOnTodaysMap() throws {
        let analysis = try GeographyAnalysisTests.analysis(.current)
        let root = try #require(HTMLDocument(parsing: HTMLReport.render(analysis))).root
        let communes = try #require(root.element(id: "communes-08")?.descendants("table").first)
        #expect(communes.descendants("th").map(words) == ["Code", "Commune", "Coverage", "Stunting", "Underweight", "Wasting", "Overweight"])
        #expect(communes.descendants("tbody").first?.descendants("tr").first?.descendants("td").count == 7)
        let misses = try #require(root.element(id: "misses-08")?.descendants("table").first)
        #expect(misses.descendants("th").map(words) == ["Rank", "Commune", "Coverage", "95% CI", "Residents", "To insure"])
        let quality = try #require(root.element(id: "measurement-quality-08")).descendants("table", class: "communes")
        #expect(quality.count == 2)
        #expect(quality.allSatisfy { !$0.descendants("th").map(words).contains("District") })
        let markdown = MarkdownReport.render(analysis)
        #expect(markdown.contains("| Code | Commune | Coverage | Stunting | Underweight | Wasting | Overweight |"))
        #expect(!markdown.contains("| District |") && !markdown.contains("| Commune | District |"))
    }

    /// On the legacy map the column stays.
    @Test func districtColumnOnTheLegacyMap() throws {
        let analysis = try XLSXReportTests.analysis()
        let root = try #require(HTMLDocument(parsing: HTMLReport.render(analysis))).root
        let communes = try #require(root.element(id: "communes-08")?.descendants("table").first)
        #expect(communes.descendants("th").map(words).prefix(3) == ["Code", "Commune", "District"])
        let quality = try #require(root.element(id: "measurement-quality-08")).descendants("table", class: "communes")
        #expect(
            quality.map { $0.descendants("th").map(words) } == [
                ["Commune", "District", "Children", "HAZ score", "WHZ score", "Flagged HAZ", "SD HAZ", "Skewness HAZ", "Kurtosis HAZ"],
                [
                    "Commune", "District", "Height digits", "Weight digits", "Boys / girls", "6–29 / 30–59 months", "Born on the 1st",
                    "Born on 1 January",
                ],
            ])
        #expect(MarkdownReport.render(analysis).contains("| Code | Commune | District | Coverage |"))
    }

    // MARK: Communes that did not report

    @Test func missingCommunesGroupedByDistrictAndCollapsed() throws {
        let analysis = try GeographyAnalysisTests.analysis(.reported)
        let root = try #require(HTMLDocument(parsing: HTMLReport.render(analysis))).root
        let lists = root.descendants("details", class: "missing")
        // One collapsed list per province and period, its count in the summary.
        #expect(
            lists.map { words($0.descendants("summary").first!) } == [
                "Tỉnh Hà Giang, 2024: 191 missing", "Tỉnh Tuyên Quang, 2023: 136 missing", "Tỉnh Tuyên Quang, 2024: 133 missing",
                "Tỉnh Tuyên Quang, 2025: 122 missing",
            ])
        func groups(_ list: HTMLNode) -> [String] {
            list.descendants("p", class: "missing-district").map { "\($0["data-district"] ?? "") \(words($0.descendants("strong").first!))" }
        }
        // On the legacy map by district, with the count of each.
        #expect(
            groups(lists[2]) == [
                "070 Thành phố Tuyên Quang (13)", "071 Huyện Lâm Bình (10)", "072 Huyện Na Hang (10)",
                "073 Huyện Chiêm Hóa (24)", "074 Huyện Hàm Yên (18)", "075 Huyện Yên Sơn (28)",
                "076 Huyện Sơn Dương (30)",
            ])
        let naHang = try #require(lists[2].descendants("p", class: "missing-district").first { $0["data-district"] == "072" })
        #expect(naHang.descendants("span", class: "commune").contains { $0["data-code"] == "02284" && words($0) == "02284 Xã Thanh Tương" })
        // On the 2025 map by the district most of each commune's legacy communes were in.
        #expect(
            groups(lists[3]) == [
                "024 formerly Thành phố Hà Giang (3)", "026 formerly Huyện Đồng Văn (4)", "027 formerly Huyện Mèo Vạc (6)",
                "028 formerly Huyện Yên Minh (7)", "029 formerly Huyện Quản Bạ (5)", "030 formerly Huyện Vị Xuyên (12)",
                "031 formerly Huyện Bắc Mê (6)", "032 formerly Huyện Hoàng Su Phì (8)", "033 formerly Huyện Xín Mần (6)",
                "034 formerly Huyện Bắc Quang (8)", "035 formerly Huyện Quang Bình (7)", "070 formerly Thành phố Tuyên Quang (5)",
                "071 formerly Huyện Lâm Bình (4)", "072 formerly Huyện Na Hang (4)", "073 formerly Huyện Chiêm Hóa (10)",
                "074 formerly Huyện Hàm Yên (8)", "075 formerly Huyện Yên Sơn (9)", "076 formerly Huyện Sơn Dương (10)",
            ])
        #expect(lists[3].descendants("span", class: "commune").first.map(words) == "00691 Phường Hà Giang 2")
        let vietnamese = try #require(HTMLDocument(parsing: HTMLReport.render(analysis, language: .vi))).root
        #expect(groups(vietnamese.descendants("details", class: "missing")[3]).first == "024 trước thuộc Thành phố Hà Giang (3)")
        #expect(lists.map { $0["open"] } == [nil, nil, nil, nil])
    }
}

@Suite struct WorkbookPrintTests {
    /// The first sheet: a row per indicator of each province's latest period, as the HTML cards say it.
    @Test func overviewSheetFirst() throws {
        let analysis = try XLSXReportTests.analysis()
        let (folder, book) = try XLSXReportTests.write(analysis)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try book.sheetNames().first == "Overview")
        let cells = try book.cells(ofSheet: "Overview")
        func row(_ row: Int) -> [String] {
            "ABCDEFGHIJKL".map { column in cells["\(column)\(row)"].map { $0.string ?? $0.value ?? "" } ?? "" }
        }
        #expect(
            row(1) == [
                "Province", "Period", "Indicator", "Rate", "Public-health significance", "95% CI", "Counts", "Target",
                "Against the target", "Gap to target", "Change", "Note",
            ])
        #expect(
            row(2) == [
                "Tuyên Quang (08)", "2024", "Health-insurance coverage", "0.9226244343891403", "", "91.1–93.3%",
                "2,039 of 2,210 residents insured", "target ≥ 100%", "Not met", "171 residents still to insure", "", "",
            ])
        #expect(
            row(3) == [
                "Tuyên Quang (08)", "2024", "Stunting among children under 5", "0.2070844686648501", "high", "16.9–25.1%",
                "76 of 367 children assessed are stunted, 14 severely", "target < 20%", "Not met",
                "3 stunted children above the line", "", "",
            ])
        #expect(
            row(4) == [
                "Tuyên Quang (08)", "2024", "Underweight among children under 5", "0.1596385542168675", "medium", "12.4–20.3%",
                "53 of 332 children assessed are underweight, 3 severely", "", "", "", "", "",
            ])
        // A rate that misses its target on the light red fill, the texts wrapped at the top of their cells.
        #expect(try book.fillColor(ofStyle: try #require(cells["D2"]).style) == "FFFFC7CE")
        #expect(try book.fillColor(ofStyle: try #require(cells["D4"]).style) == nil)
        #expect(try book.cellFormat(try #require(cells["G2"]).style)?.child("alignment")?["wrapText"] == "1")
        // Its rows are written last: the data sheets' cells keep the style numbers they had without
        // it (the header's bold is the first style, as before), its own styles come after theirs.
        #expect(try book.cells(ofSheet: "Summary")["A1"]?.style == 1)
        #expect(try #require(cells["A1"]).style > 1)
        #expect(cells.keys.filter { $0.hasPrefix("A") }.count == 1 + Indicator.all.count)
    }

    /// Every sheet prints on A4 with its header row on every page and the grid; portrait when its
    /// columns fit, else landscape; scaled to fit so many pages wide.
    @Test func pageSetupOfEverySheet() throws {
        let (folder, book) = try XLSXReportTests.write(try XLSXReportTests.analysis())
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = try book.sheetNames()
        let definedNames = try book.xml("xl/workbook.xml").child("definedNames")?.children("definedName") ?? []
        for (index, name) in names.enumerated() {
            let sheet = try book.sheet(name)
            let setup = try #require(sheet.child("pageSetup"), "\(name)")
            #expect(setup["paperSize"] == "9", "\(name)")
            #expect(sheet.child("printOptions")?["gridLines"] == "1", "\(name)")
            #expect(sheet.child("sheetPr")?.child("pageSetUpPr")?["fitToPage"] == "1", "\(name)")
            let titles = definedNames.first { $0["name"] == "_xlnm.Print_Titles" && $0["localSheetId"] == String(index) }
            #expect(titles?.text == "'\(name)'!$1:$1" || titles?.text == "\(name)!$1:$1", "\(name)")
        }
    }

    private func layout(_ widths: [Double]) -> String {
        let layout = XLSXPrintLayout(columnWidths: widths)
        return "\(layout.landscape ? "landscape" : "portrait") \(layout.pagesWide)"
    }

    @Test func printLayoutByWidth() {
        // 659 pixels: a portrait page (30 characters are 215 pixels, 32 are 229); wider, landscape;
        // beyond 987 / 0.6 = 1,645 pixels (10 characters are 75), two pages across.
        #expect(layout([30, 30, 32]) == "portrait 1")
        #expect(layout([30, 30, 33]) == "landscape 1")
        #expect(layout(Array(repeating: 10, count: 21)) == "landscape 1")
        #expect(layout(Array(repeating: 10, count: 22)) == "landscape 2")
        #expect(layout(Array(repeating: 10, count: 60)) == "landscape 3")
    }
}
