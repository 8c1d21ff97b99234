/// #28: the HTML section of WHO's standard analysis for a province's latest period: the key
/// columns of `anthro_prevalence` per group, and the distribution of each z-score against the WHO
/// standard, girls and boys apart (docs/who-prevalence.md). Inline SVG, no script; grey and black
/// so that it prints.
extension HTMLPage {
    mutating func writeWHOPrevalence(_ province: ReportContent.Province) {
        guard let tally = province.latest.figures.whoPrevalence else { return }
        let l = labels
        var quantiles = StudentTQuantiles()
        let rows = WHOPrevalence.rows(tally, quantiles: &quantiles)
        html += "<section class=\"who-prevalence\" id=\"who-\(escapeHTML(province.latest.code))\">\n"
        html += "<h3>\(escapeHTML(l.who(.title)))</h3>\n<p class=\"note\">\(escapeHTML(l.who(.method)))</p>\n"
        for index in WHOKeyColumns.indices {
            let columns = WHOKeyColumns(index, labels: l)
            html += "<h4>\(escapeHTML(l.who(.indicator(index))))</h4>\n"
            html += "<table class=\"who\" style=\"break-inside: auto\">\n<thead><tr><th>\(escapeHTML(l.who(.columnGroup)))</th>"
            for heading in columns.headings { html += "<th class=\"num\">\(escapeHTML(heading))</th>" }
            html += "</tr></thead>\n<tbody>\n"
            for row in rows {
                html += "<tr><td>\(escapeHTML(l.who(.group(row.group))))</td>"
                for cell in columns.cells(row) { html += "<td class=\"num\">\(escapeHTML(cell))</td>" }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<h3>\(escapeHTML(l.who(.distributionTitle)))</h3>\n<p class=\"note\">\(escapeHTML(l.who(.distributionNote)))</p>\n"
        let bySex = Dictionary(
            uniqueKeysWithValues: rows.compactMap { row -> (Int, WHOPrevalenceRow)? in
                if case .sex(let sex) = row.group { return (sex == .female ? 0 : 1, row) }
                return nil
            })
        for index in WHOKeyColumns.indices {
            html += "<figure class=\"who-distribution\" style=\"break-inside: avoid; margin: 2mm 0\">\n"
            html += "<figcaption>\(escapeHTML(l.who(.indicator(index))))</figcaption>\n"
            html += "<div style=\"display: flex; flex-wrap: wrap; gap: 4mm\">\n"
            for sex in [Sex.female, .male] {
                let row = bySex[sex == .female ? 0 : 1]!
                html +=
                    WHODistributionChart(
                        histogram: Array(tally.histogram(index, sex: sex)),
                        mean: row.values[WHOPrevalence.column(index.prefix + "_r")],
                        sd: row.values[WHOPrevalence.column(index.prefix + "_stdev")],
                        title: l.who(sex == .female ? .girls : .boys), labels: l
                    ).svg
            }
            html += "</div>\n</figure>\n"
        }
        html += "</section>\n"
    }
}

/// One histogram of z-scores (bins of 0.1 SD, as densities) with the N(0, 1) curve of the WHO
/// standard, the mean as a line and mean ± SD as a band.
struct WHODistributionChart {
    var histogram: [Int]
    var mean: Double?
    var sd: Double?
    var title: String
    var labels: Labels

    static let width = 330.0, height = 170.0
    static let left = 12.0, right = 318.0, top = 30.0, bottom = 145.0

    func x(_ z: Double) -> Double { Self.left + (z - WHOHistogram.low) / 12 * (Self.right - Self.left) }

    /// Bins of 0.1 SD merged by 5 (0.5 SD) under 200 children, by 2 (0.2 SD) under 1,000: with
    /// fewer children the finest bins are mostly empty or single children.
    static func merge(_ n: Int) -> Int { n < 200 ? 5 : n < 1_000 ? 2 : 1 }

    var svg: String {
        let n = histogram.reduce(0, +)
        let merge = Self.merge(n)
        let binWidth = WHOHistogram.width * Double(merge)
        let merged = stride(from: 0, to: histogram.count, by: merge).map { histogram[$0..<min($0 + merge, histogram.count)].reduce(0, +) }
        let density = merged.map { n == 0 ? 0 : Double($0) / Double(n) / binWidth }
        let peak = max(density.max() ?? 0, 0.4) * 1.1
        func y(_ d: Double) -> Double { Self.bottom - d / peak * (Self.bottom - Self.top) }
        func f(_ v: Double) -> String { CLibrary.fixed(v, places: 1) }
        let summary =
            n == 0
            ? labels.who(.summary(n: "0", mean: "–", sd: "–"))
            : labels.who(
                .summary(
                    n: labels.integer(n), mean: mean.map { labels.decimal($0, places: 2) } ?? "–",
                    sd: sd.map { labels.decimal($0, places: 2) } ?? "–"))
        var s =
            "<svg viewBox=\"0 0 \(f(Self.width)) \(f(Self.height))\" width=\"\(f(Self.width))\" height=\"\(f(Self.height))\" role=\"img\" aria-label=\"\(escapeHTML(title + ": " + summary))\">\n"
        s += "<text x=\"\(f(Self.left))\" y=\"12\" font-weight=\"bold\">\(escapeHTML(title))</text>"
        s += "<text x=\"\(f(Self.left))\" y=\"25\" class=\"tick\">\(escapeHTML(summary))</text>\n"
        if let mean, let sd {
            s +=
                "<rect x=\"\(f(x(mean - sd)))\" y=\"\(f(Self.top))\" width=\"\(f(x(mean + sd) - x(mean - sd)))\" height=\"\(f(Self.bottom - Self.top))\" fill=\"#1565c0\" fill-opacity=\"0.10\"/>\n"
        }
        for (bin, d) in density.enumerated() where d > 0 {
            let z = WHOHistogram.low + Double(bin) * binWidth
            s += "<rect x=\"\(f(x(z)))\" y=\"\(f(y(d)))\" width=\"\(f(x(z + binWidth) - x(z)))\" height=\"\(f(Self.bottom - y(d)))\" fill=\"#8a8a8a\"/>"
        }
        s += "\n<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\" points=\""
        s += stride(from: -60, through: 60, by: 1).map { step -> String in
            let z = Double(step) / 10
            return f(x(z)) + "," + f(y(LibC.exp(-z * z / 2) / (2 * Double.pi).squareRoot()))
        }.joined(separator: " ")
        s += "\"/>\n"
        if let mean {
            s += "<line x1=\"\(f(x(mean)))\" x2=\"\(f(x(mean)))\" y1=\"\(f(Self.top))\" y2=\"\(f(Self.bottom))\" stroke=\"#1565c0\" stroke-width=\"2\"/>\n"
        }
        s += "<line class=\"axis\" x1=\"\(f(Self.left))\" x2=\"\(f(Self.right))\" y1=\"\(f(Self.bottom))\" y2=\"\(f(Self.bottom))\"/>\n"
        for tick in stride(from: -6, through: 6, by: 2) {
            let label = tick == 0 ? "0" : (tick < 0 ? "−" : "+") + String(abs(tick))
            s += "<line class=\"axis\" x1=\"\(f(x(Double(tick))))\" x2=\"\(f(x(Double(tick))))\" y1=\"\(f(Self.bottom))\" y2=\"\(f(Self.bottom + 4))\"/>"
            s += "<text class=\"tick\" x=\"\(f(x(Double(tick))))\" y=\"\(f(Self.bottom + 15))\" text-anchor=\"middle\">\(label)</text>"
        }
        s += "\n</svg>\n"
        return s
    }
}
