extension WHOPrevalenceReport {
    /// `{"formatVersion": 1, "standard": …, "units": [{level, provinceCode, code, name, period,
    /// children, rows: [{"Group": …, "HAZ_pop": …, …}]}]}`: WHO's names as keys, null for NA.
    package static func json(_ units: [WHOPrevalenceUnit]) -> [UInt8] {
        var w = JSONWriter(capacity: 1 << 16)
        w.beginObject()
        w.member("formatVersion", 1)
        w.member("standard", "WHO anthro_prevalence")
        w.beginArray("units")
        for unit in units {
            w.beginObject()
            w.member("level", levelKey(unit.level))
            w.member("provinceCode", unit.provinceCode)
            w.member("code", unit.code)
            w.member("name", unit.name)
            w.beginObject("period")
            w.member("from", unit.period.from)
            w.member("to", unit.period.to)
            w.endObject()
            w.member("children", unit.tally.rows)
            w.beginArray("rows")
            for row in unit.rows {
                w.beginObject()
                w.member("Group", row.group.whoLabel)
                for (column, value) in zip(WHOPrevalence.columns, row.values) {
                    w.key(string: column)
                    w.double(value)
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endDocument()
        return w.bytes
    }
}
