/// The JSON of docs/spec/geography-v1.md: `completeness` (§4) and the commune rows on today's map (§5).
extension JSONReport {
    /// `{provinceCode, provinceName, period: {from, to}, expected, received, completeness, missing, unknown}`;
    /// a missing commune's `districtCode` and `districtName` only on the legacy map.
    static func completeness(_ row: ProvinceCompleteness, to w: inout JSONWriter) {
        w.beginObject()
        w.member("provinceCode", row.province.code.description)
        w.member("provinceName", row.province.name)
        period(row.period.from, row.period.to, to: &w)
        w.member("expected", row.expected)
        w.member("received", row.received)
        w.member("completeness", row.completeness)
        w.beginArray("missing")
        for commune in row.missing {
            w.beginObject()
            w.member("code", commune.code.description)
            w.member("name", commune.name)
            if let district = commune.district {
                w.member("districtCode", district.code.description)
                w.member("districtName", district.name)
            }
            w.endObject()
        }
        w.endArray()
        w.beginArray("unknown")
        for code in row.unknown { w.string(code.description) }
        w.endArray()
        w.endObject()
    }

    /// Under `--units current`, as members of the commune's object: `predecessors` [{code, name}],
    /// `lacksDivided` [code], `missingPredecessors` [{code, name}] (merged legacy communes that
    /// sent no file), `divided`, `successors` [{code, name}], `unknown` and `files`.
    static func todaysMap(_ row: TodaysMapRow, to w: inout JSONWriter) {
        w.key("predecessors")
        references(row.predecessors, to: &w)
        w.beginArray("lacksDivided")
        for commune in row.lacksDivided { w.string(commune.code.description) }
        w.endArray()
        w.key("missingPredecessors")
        references(row.missingPredecessors, to: &w)
        w.member("divided", row.divided)
        w.key("successors")
        references(row.successors, to: &w)
        w.member("unknown", row.unknown)
        w.beginArray("files")
        for file in row.files { w.string(file) }
        w.endArray()
    }

    /// `[{code, name}]`.
    private static func references(_ communes: [CommuneReference], to w: inout JSONWriter) {
        w.beginArray()
        for commune in communes {
            w.beginObject()
            w.member("code", commune.code.description)
            w.member("name", commune.name)
            w.endObject()
        }
        w.endArray()
    }
}
