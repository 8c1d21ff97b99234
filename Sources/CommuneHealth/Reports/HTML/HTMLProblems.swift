extension HTMLPage {
    /// The problems by kind: a table of every kind (counts and where every one is listed), then
    /// per kind its first `ProblemSummary.shown` examples and the rest of those kept in a
    /// collapsed `<details>`.
    mutating func writeProblemKinds(_ summary: ProblemSummary) {
        let l = labels
        html += "<h3>\(escapeHTML(l.problemsByKindHeading))</h3>\n"
        guard !summary.kinds.isEmpty else {
            html += "<p class=\"none\" data-list=\"problem-kinds\">\(escapeHTML(l.none))</p>\n"
            return
        }
        html += "<p class=\"note\">\(escapeHTML(l.whereEveryProblemIs))</p>\n"
        html += "<table class=\"quality problem-kinds\">\n<thead><tr>"
        for header in l.problemKindColumns {
            html += "<th>\(escapeHTML(header))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for kind in summary.kinds {
            html += "<tr data-kind=\"\(kind.kind.rawValue)\"><td>"
            html += "\(escapeHTML(l.kindName(kind.kind)))</td><td class=\"num\">\(escapeHTML(l.integer(kind.count)))</td>"
            html += "<td class=\"num\">\(escapeHTML(l.integer(kind.files)))</td><td>\(escapeHTML(l.fullList(kind.kind)))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for (index, kind) in summary.kinds.enumerated() {
            html += "<div class=\"problem-kind\" id=\"problem-kind-\(index + 1)\" data-kind=\"\(kind.kind.rawValue)\">\n"
            html += "<h4>\(escapeHTML(l.kindName(kind.kind))) · \(escapeHTML(l.kindCount(kind)))</h4>\n"
            func items(_ examples: ArraySlice<ProblemExample>) {
                html += "<ul class=\"examples\">\n"
                for example in examples {
                    html += "<li><code>\(escapeHTML(l.place(example)))</code>: \(escapeHTML(l.exampleMessage(example)))</li>\n"
                }
                html += "</ul>\n"
            }
            items(kind.examples.prefix(ProblemSummary.shown))
            let rest = kind.examples.dropFirst(ProblemSummary.shown)
            if !rest.isEmpty {
                let more = l[.problemKind(.moreExamples(count: rest.count, kept: kind.examples.count, of: kind.count))]
                html += "<details><summary>\(escapeHTML(more))</summary>\n"
                items(rest)
                html += "</details>\n"
            }
            html += "</div>\n"
            document.drain(&html)
        }
    }
}
