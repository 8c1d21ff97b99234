import Testing
@testable import CommuneHealth

/// The JSON writer against the layout of docs/spec/cli-v1.md's examples: two-space indentation,
/// `{}` and `[]` when empty, strings escaped, dates as `CalendarDate.description` writes them.
@Suite("JSON writer")
struct JSONWriterTests {
    @Test func layoutAndEscapes() {
        var w = JSONWriter()
        w.beginObject()
        w.member("a", 1)
        w.beginObject("empty")
        w.endObject()
        w.beginArray("list")
        w.double(0.5)
        w.double(Double.nan)
        w.string("tab\there \"q\" \\ \u{1}")
        w.beginArray()
        w.endArray()
        w.endArray()
        w.member("none", nil as Int?)
        w.endObject()
        w.endDocument()
        #expect(w.string == """
            {
              "a": 1,
              "empty": {},
              "list": [
                0.5,
                null,
                "tab\\there \\"q\\" \\\\ \\u0001",
                []
              ],
              "none": null
            }

            """)
    }

    @Test func datesAsTheirDescription() {
        let dates = [CalendarDate(daysSinceEpoch: 0), CalendarDate(daysSinceEpoch: 19_723),
                     CalendarDate(daysSinceEpoch: -718_000), CalendarDate(daysSinceEpoch: -800_000),
                     CalendarDate(daysSinceEpoch: 2_932_896), CalendarDate(daysSinceEpoch: 2_932_897)]
        for date in dates {
            var w = JSONWriter()
            w.date(date)
            #expect(w.string == "\"" + date.description + "\"", "\(date.components)")
        }
    }

    /// Elements written apart on their own threads are joined into the same bytes.
    @Test func elementsWrittenApartJoinTheSame() {
        func written(jobs: Int) -> String {
            var w = JSONWriter()
            w.beginObject()
            w.array("items", count: 40, jobs: jobs, apart: 2) { w, index in
                w.beginObject()
                w.member("index", index)
                w.beginArray("pair")
                w.int(index)
                w.int(-index)
                w.endArray()
                w.endObject()
            }
            w.endObject()
            return w.string
        }
        #expect(written(jobs: 3) == written(jobs: 1))
        #expect(written(jobs: 1).contains("\n    {\n      \"index\": 39,\n      \"pair\": [\n        39,\n        -39\n      ]\n    }\n  ]\n}"))
    }
}
