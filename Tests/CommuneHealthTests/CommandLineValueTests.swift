import Testing
@testable import CommuneHealth

/// The values `analyze` reads from its command line, read by the library where the fuzzer
/// (Fuzz/Sources/ArgumentFuzzer) reaches them (#26).
@Suite struct CommandLineValueTests {
    @Test(
        arguments: [
            ("coverage=0.95", IndicatorID.coverage, 0.95),
            ("stunting=0", .stunting, 0),
            ("wasting=1", .wasting, 1),
            ("overweight=1e-1", .overweight, 0.1),
            ("underweight=0.2=", nil, 0),  // the rate is `0.2=`
            ("wasting=", nil, 0),
            ("wasting", nil, 0),
            ("=0.5", nil, 0),
            ("happiness=0.5", nil, 0),
            ("Wasting=0.5", nil, 0),
            ("wasting=1.0001", nil, 0),
            ("wasting=-0", .wasting, 0),
            ("wasting=-0.1", nil, 0),
            ("wasting=nan", nil, 0),
            ("wasting= 0.5", nil, 0),
        ] as [(String, IndicatorID?, Double)])
    func aTargetIsANameAndARateFrom0To1(text: String, indicator: IndicatorID?, rate: Double) {
        let target = NamedTarget(text)
        #expect(target?.indicator == indicator)
        if indicator != nil { #expect(target?.rate == rate) }
    }

    @Test func aComparisonIsTwoPeriodsBetweenTwoDots() throws {
        let years = try #require(ComparedChoice("2021..2025"))
        #expect(years.first == .year(2021) && years.last == .year(2025) && years.text == "2021..2025")
        let dates = try #require(ComparedChoice("2025-07-01..2021"))
        #expect(dates.first == .startingOn(CalendarDate(year: 2025, month: 7, day: 1)!) && dates.last == .year(2021))
        for bad in [
            "2021-2025", "2021...2025", "2021.2025", "..2025", "2021..", "2021..2025..", "0000..2025",
            "21..25", "2021..2025-02-30", "+2021..2025", "2021 ..2025", "",
        ] {
            #expect(ComparedChoice(bad) == nil, "\(bad)")
        }
    }
}
