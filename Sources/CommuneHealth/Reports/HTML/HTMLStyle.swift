/// The style sheet of the HTML report, inline: A4 print layout, tables, cards, charts; a colour
/// per indicator (`--coverage`, `--stunting`, ...) for its trend line, its bars without a target
/// and its legend, and a colour per band of public-health significance.
enum HTMLStyle {
    /// The colours of the indicators' series, by slot in `Indicator.all`; an indicator added
    /// later takes the next one.
    private static let palette = ["#1565c0", "#e65100", "#00838f", "#ad1457", "#6d4c41", "#2e7d32", "#6a1b9a", "#f9a825"]

    static func colour(_ id: IndicatorID) -> String { palette[id.indicator.slot % palette.count] }

    /// Text and background of each band, from very low (green) to very high (red).
    static func colours(_ band: PublicHealthBands.Band) -> (text: String, background: String) {
        switch band {
        case .veryLow: return ("#1b5e20", "#e8f5e9")
        case .low: return ("#33691e", "#f1f8e9")
        case .medium: return ("#7a5d00", "#fff4cc")
        case .high: return ("#bf360c", "#ffe9d6")
        case .veryHigh: return ("#b71c1c", "#ffdfe0")
        }
    }

    static let css = base + indicatorRules + bandRules + DataQualityStyle.css + print

    /// The rules each indicator gets, written from `Indicator.all`.
    static var indicatorRules: String {
        var css = ":root { " + Indicator.all.map { "--\($0.id.rawValue): \(colour($0.id));" }.joined(separator: " ") + " }\n"
        for id in Indicator.all.map(\.id.rawValue) {
            css += """
                .card.no-target.\(id) { border-left-color: var(--\(id)); }
                svg .series.\(id), svg .point.\(id), svg .target.\(id) { stroke: var(--\(id)); }
                svg .point.\(id), svg .target-label.\(id), svg .point-label.\(id), svg .bar.neutral.\(id), svg .dot.neutral.\(id) { fill: var(--\(id)); }
                svg .ci-band.\(id) { fill: var(--\(id)); fill-opacity: 0.13; }
                .swatch.line.\(id) { height: 0; border-top: 2px solid var(--\(id)); vertical-align: 0.8mm; }
                .swatch.fill.\(id) { background: var(--\(id)); opacity: 0.8; }

                """
        }
        return css
    }

    /// The tag beside a rate, and the band's word in a chart, in the band's colour.
    static var bandRules: String {
        PublicHealthBands.Band.allCases.map { band in
            let (text, background) = colours(band)
            return ".band-tag.\(band.rawValue) { color: \(text); background: \(background); }\n"
                + "svg .band-label.\(band.rawValue) { fill: \(text); }\n"
        }.joined()
    }

    static let base = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        :root { --meets: #2e7d32; --misses: #c62828; --ink: #1a1a1a; --muted: #555; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, "Helvetica Neue", Arial, sans-serif;
               font-size: 10pt; line-height: 1.35; color: var(--ink); margin: 0 auto; max-width: 190mm; padding: 8mm 4mm; background: #fff; }
        h1 { font-size: 17pt; margin: 0 0 2mm; }
        h2 { font-size: 14pt; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; margin: 8mm 0 3mm; break-after: avoid; }
        h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
        h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
        p { margin: 1mm 0; }
        .meta, .note, .legend { color: var(--muted); font-size: 8.5pt; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .headline { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; break-inside: avoid; }
        .card { border: 1px solid #bbb; border-left: 6px solid #777; padding: 2.5mm 3mm; border-radius: 1mm; }
        .card.meets { border-left-color: var(--meets); }
        .card.misses { border-left-color: var(--misses); }
        .card h4 { margin: 0 0 1mm; font-size: 9.5pt; }
        .card .value { font-size: 22pt; font-weight: 700; margin: 0; line-height: 1.1; }
        .card .value .band-tag { font-size: 8pt; vertical-align: 0.9em; margin-left: 1mm; }
        .card .gap { font-weight: 700; color: var(--misses); font-size: 9pt; }
        .card .trend, .card .ci, .card .counts, .card .verdict { font-size: 8.5pt; }
        .unstable-note { font-style: italic; font-size: 8pt; }
        .badge { display: inline-block; padding: 0 2mm; border-radius: 2mm; color: #fff; font-weight: 700; font-size: 8.5pt; }
        .badge.meets { background: var(--meets); }
        .badge.misses { background: var(--misses); }
        .badge.nodata { background: #777; }
        .band-tag { display: inline-block; padding: 0 1.2mm; border-radius: 1.5mm; font-size: 7pt; font-weight: 600;
                    line-height: 1.4; white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.8mm 1.4mm; text-align: left; vertical-align: top; }
        thead th { background: #eef0f2; font-weight: 600; border-bottom: 1px solid #999; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.num { white-space: normal; }
        table.districts, table.communes { font-size: 8pt; }
        table.districts th, table.districts td, table.communes th, table.communes td { padding: 0.7mm 1mm; }
        table.districts td:first-child { min-width: 24mm; }
        td.ci, span.ci { color: var(--muted); }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        tfoot td { font-weight: 700; border-top: 2px solid #999; }
        td.misses { color: var(--misses); font-weight: 600; }
        td.rate-cell.misses, table.breakdown td.misses { color: inherit; font-weight: normal; }
        td.rate-cell.misses .rate, table.breakdown td.misses .rate { color: var(--misses); }
        td.rate-cell.meets .rate, table.breakdown td.meets .rate { color: var(--meets); }
        td.rate-cell .rate, table.breakdown td .rate { font-weight: 600; }
        td.unstable { font-style: italic; }
        td.nodata { color: var(--muted); }
        tr.group-note td { font-style: italic; color: var(--muted); background: #fafafa; }
        td .band-tag { margin-left: 0.8mm; }
        td.rate-cell .ci, td.rate-cell .gap, table.breakdown td .ci, table.breakdown td .gap { display: block; }
        td.rate-cell .ci, td.rate-cell .n, table.breakdown td .ci, table.breakdown td .n { font-size: 7.5pt; color: var(--muted); font-weight: normal; }
        td.rate-cell .n { display: block; }
        table.breakdown td span.n { margin-left: 0.5mm; }
        td.rate-cell .gap, table.breakdown td .gap { font-size: 7.5pt; color: var(--misses); font-weight: 600; }
        table.breakdown tr.province th, table.breakdown tr.province td { background: #f6f7f8; }
        td.file { overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt; }
        figure { margin: 2mm 0 5mm; break-inside: avoid; }
        figcaption { font-weight: 600; margin-bottom: 1mm; }
        svg { max-width: 100%; height: auto; display: block; }
        svg text { font-size: 11px; fill: var(--ink); }
        svg .tick { font-size: 10px; fill: var(--muted); }
        svg .grid { stroke: #e3e3e3; stroke-width: 1; }
        svg .axis { stroke: #999; stroke-width: 1; }
        svg .bar.meets { fill: #66bb6a; }
        svg .bar.misses { fill: #ef5350; }
        svg .bar.neutral { fill-opacity: 0.75; }
        svg .bar.unstable { fill-opacity: 0.35; stroke-width: 1; stroke-dasharray: 3 2; }
        svg .bar.unstable.meets { stroke: var(--meets); }
        svg .bar.unstable.misses { stroke: var(--misses); }
        svg .bar.unstable.neutral { stroke: #555; }
        svg .ci { stroke: #333; stroke-width: 1.2; }
        svg .target { stroke: #6a1b9a; stroke-width: 1.6; stroke-dasharray: 5 3; }
        svg .target-label { fill: #6a1b9a; font-size: 10px; font-weight: 600; }
        svg .band-label { font-size: 10px; font-weight: 600; }
        svg .label.unstable, svg .value.unstable { font-style: italic; }
        svg .separator { fill: var(--muted); font-style: italic; font-size: 10px; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
        svg .separator-line { stroke: #bbb; stroke-dasharray: 2 2; }
        svg .nodata { fill: var(--muted); font-style: italic; }
        svg .dot.meets { fill: #43a047; } svg .dot.misses { fill: #e53935; } svg .dot.neutral { fill-opacity: 0.85; }
        svg .dot.unstable { fill-opacity: 0.4; }
        svg .ci.thin { stroke: #9e9e9e; stroke-width: 0.8; }
        svg .rank { font-size: 8px; }
        svg .series { fill: none; stroke-width: 2; }
        svg .point.unstable { fill: #fff; }
        svg .point-label { font-size: 9px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
        .legend .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; vertical-align: -0.5mm; margin: 0 1mm 0 2.5mm; }
        .legend .swatch:first-child { margin-left: 0; }
        .swatch.meets { background: #66bb6a; }
        .swatch.misses { background: #ef5350; }
        .swatch.unstable { background: #fde0df; border: 1px dashed var(--misses); }
        .swatch.whisker { height: 0; border-top: 1.5px solid #333; vertical-align: 0.8mm; }
        .swatch.target { height: 0; border-top: 2px dashed #6a1b9a; vertical-align: 0.8mm; }
        .swatch.target-neutral { height: 0; border-top: 2px dashed #555; vertical-align: 0.8mm; }
        .swatch.band { background: rgba(85, 85, 85, 0.15); }
        .swatch.hollow { width: 2.4mm; height: 2.4mm; border: 1.5px solid #555; border-radius: 50%; }
        .trend-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; }
        .trend-grid figure { margin: 1mm 0 3mm; }
        .none { color: var(--muted); font-style: italic; }
        footer { margin-top: 8mm; border-top: 1px solid #ccc; padding-top: 2mm; }
        svg .caption { font-weight: 600; }
        svg circle.first { fill: #fff; stroke: #555; stroke-width: 1.5; }
        svg circle.last { fill: #555; }
        svg .arrow { stroke: #888; stroke-width: 2; }
        svg .head { fill: #888; }
        svg .improved { stroke: #2e7d32; } svg circle.last.improved, svg .head.improved, svg text.change.improved { fill: #2e7d32; }
        svg .worsened { stroke: #c62828; } svg circle.last.worsened, svg .head.worsened, svg text.change.worsened { fill: #c62828; }
        svg .head, svg text.change { stroke: none; }
        svg circle.incomplete { stroke: #bbb; } svg circle.last.incomplete { fill: #bbb; }
        svg text.change.incomplete { fill: var(--muted); font-style: italic; font-size: 10px; }
        table.review-table tr.improved td:last-child { color: #2e7d32; font-weight: 600; }
        table.review-table tr.worsened td:last-child { color: #c62828; font-weight: 600; }
        table.review-table tr.incomplete td { color: var(--muted); font-style: italic; }
        table.review-table tr.total td { border-top: 1.5px solid #999; font-weight: 600; }
        ol.review-list { margin: 0 0 3mm; }
        details.missing { font-size: 8pt; margin: 1mm 0; }
        details.missing summary { cursor: pointer; }
        details.missing p.missing-district { margin: 0.5mm 0 0.5mm 4mm; }
        table.data-quality + table.data-quality { margin-top: 2mm; }

        """

    static let print = """
        @media print {
          body { padding: 0; max-width: none; }
          .province + .province, .quality { break-before: page; }
          /* A4 is 186 mm wide inside the margins (#27): a rate cell may put its band below the rate. */
          td.rate-cell { white-space: normal; }
        }

        """
}
