/// The JSON of docs/spec/geography-v1.md: `completeness` (§4) and the commune rows on today's map (§5).
extension JSONReport {
    /// `{provinceCode, provinceName, period: {from, to}, expected, received, completeness, missing, unknown}`;
    /// a missing commune's `districtCode` and `districtName` only on the legacy map.
    static func completeness(_ row: ProvinceCompleteness) -> JSONValue {
        .object([
            ("provinceCode", .string(row.province.code.description)),
            ("provinceName", .string(row.province.name)),
            ("period", .object([("from", .string(row.period.from.description)), ("to", .string(row.period.to.description))])),
            ("expected", .int(row.expected)),
            ("received", .int(row.received)),
            ("completeness", .double(row.completeness)),
            ("missing", .array(row.missing.map { commune in
                var members: [(String, JSONValue)] = [("code", .string(commune.code.description)), ("name", .string(commune.name))]
                if let district = commune.district {
                    members += [("districtCode", .string(district.code.description)), ("districtName", .string(district.name))]
                }
                return .object(members)
            })),
            ("unknown", .array(row.unknown.map { .string($0.description) })),
        ])
    }

    /// Under `--units current`: `predecessors` [{code, name}], `lacksDivided` [code],
    /// `missingPredecessors` [{code, name}] (merged legacy communes that sent no file), `divided`,
    /// `successors` [{code, name}], `unknown` and `files`.
    static func todaysMap(_ row: TodaysMapRow) -> [(String, JSONValue)] {
        let reference = { (commune: CommuneReference) -> JSONValue in
            .object([("code", .string(commune.code.description)), ("name", .string(commune.name))])
        }
        return [
            ("predecessors", .array(row.predecessors.map(reference))),
            ("lacksDivided", .array(row.lacksDivided.map { .string($0.code.description) })),
            ("missingPredecessors", .array(row.missingPredecessors.map(reference))),
            ("divided", .bool(row.divided)),
            ("successors", .array(row.successors.map(reference))),
            ("unknown", .bool(row.unknown)),
            ("files", .array(row.files.map { .string($0) })),
        ]
    }
}
