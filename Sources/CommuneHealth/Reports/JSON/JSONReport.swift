/// `analyze --format json`: the contract of docs/spec/cli-v1.md; keys never change with the language, and
/// keys are only ever added. Messages (`reason`) follow the language.
///
/// Added to cli-v1's keys: `language`, `uncertainty`; per unit `coverageCI` and `stuntingRateCI`
/// as [low, high] (95% Wilson) or null, `uninsuredGap`, `stuntedExcess`, `stuntingRateStable`
/// (false below 50 children assessed) and `breakdowns`; `warnings` and `flaggedMeasurements`;
/// `indicators` per unit (docs/spec/growth-indicators-v1.md §4) and `targets.<name>RateBelow` for the growth
/// indicators given a target; `fundingGroups` and `under6` per unit and the top-level
/// `duplicatePeople` (docs/spec/cards-v1.md §6, CardsJSON.swift); with two periods or more, last,
/// the review's `compared` and `changes` (docs/review.md).
public enum JSONReport {
    /// With `jobs` above 1 the units are written on that many threads, each into its own buffer,
    /// joined in order; the bytes are the same for any number of jobs.
    public static func render(_ analysis: Analysis, language: Language = .en, jobs: Int = 1) -> String {
        String(decoding: bytes(analysis, language: language, jobs: jobs), as: UTF8.self)
    }

    /// The UTF-8 bytes of `render`, without making (and checking) a String of them.
    package static func bytes(_ analysis: Analysis, language: Language = .en, jobs: Int = 1) -> [UInt8] {
        var writer = JSONWriter(capacity: estimatedSize(analysis))
        write(analysis, language: language, jobs: jobs, to: &writer)
        return writer.bytes
    }

    /// Writes the document to `sink` as it goes, a megabyte or so at a time: the lists of
    /// problems, read back from the spill a file at a time, are never held whole.
    package static func write(
        _ analysis: Analysis, language: Language = .en, jobs: Int = 1,
        to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        write(analysis, language: language, jobs: jobs, drainingAbove: 1 << 20, to: sink)
    }

    /// `write(_:language:jobs:to:)`, handing the bytes over whenever more than `threshold` are written.
    static func write(
        _ analysis: Analysis, language: Language, jobs: Int, drainingAbove threshold: Int,
        to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var writer = JSONWriter(capacity: min(estimatedSize(analysis), 4 * threshold))
        writer.sink = sink
        writer.drainThreshold = threshold
        write(analysis, language: language, jobs: jobs, to: &writer)
        writer.drainAll()
    }

    /// About the bytes of a unit (its figures, data quality and breakdowns): the buffer is sized
    /// once rather than grown and copied as the document is written.
    static let bytesPerUnit = 24 << 10

    static func estimatedSize(_ analysis: Analysis) -> Int {
        (1 << 16) + bytesPerUnit * (analysis.communes.count + analysis.districts.count + analysis.provinces.count)
    }

    /// The document, written as it is walked: no tree of values.
    static func write(_ analysis: Analysis, language: Language, jobs: Int, to w: inout JSONWriter) {
        let targets = analysis.targets
        let labels = Labels(language)
        w.beginObject()
        w.member("formatVersion", 1)
        w.member("language", language.rawValue)
        w.member("units", analysis.units.rawValue)
        w.beginObject("targets")
        for indicator in Indicator.all {
            if let target = targets[indicator.id] { w.key(string: targetKey(indicator)); w.double(target) }
        }
        w.endObject()
        w.beginObject("uncertainty")
        w.member("interval", "wilson")
        w.member("confidence", 0.95)
        w.member("minimumChildrenAssessed", Uncertainty.minimumStableChildren)
        w.endObject()
        // The communes apart from two on: each is a file's worth of figures.
        let communes = analysis.communes
        w.array("communes", count: communes.count, jobs: jobs, apart: 2, elementCapacity: bytesPerUnit) {
            commune(communes[$1], targets, to: &$0)
        }
        let districts = analysis.districts, provinces = analysis.provinces
        w.array("districts", count: districts.count, jobs: jobs, elementCapacity: bytesPerUnit) {
            unit(districts[$1], targets, to: &$0)
        }
        w.array("provinces", count: provinces.count, jobs: jobs, elementCapacity: bytesPerUnit) {
            unit(provinces[$1], targets, to: &$0)
        }
        writeLists(analysis, labels: labels, jobs: jobs, to: &w)
        // The review only with two periods or more: one period's document is unchanged.
        if let review = Review(analysis) { changes(review, jobs: jobs, to: &w) }
        w.endObject()
        w.endDocument()
    }

    /// `compared: {first, last}` and `changes`: one object per unit and indicator (docs/review.md).
    static func changes(_ review: Review, jobs: Int, to w: inout JSONWriter) {
        w.beginObject("compared")
        period(review.periods.first.from, review.periods.first.to, key: "first", to: &w)
        period(review.periods.last.from, review.periods.last.to, key: "last", to: &w)
        w.member("interval", "newcombe")
        w.endObject()
        let changes = review.changes
        w.array("changes", count: changes.count, jobs: jobs, apart: 256, elementCapacity: 1 << 10) { w, index in
            change(changes[index], review.periods, to: &w)
        }
    }

    static func change(_ c: UnitChange, _ periods: ComparedPeriods, to w: inout JSONWriter) {
        w.beginObject()
        w.member("level", c.unit.level.rawValue)
        w.member("provinceCode", c.unit.provinceCode)
        w.member("code", c.unit.code)
        w.member("name", c.name)
        w.member("kind", c.unit.level == .commune ? c.unit.kind.name : nil)
        w.member("mapEdition", c.unit.edition.rawValue)
        w.member("indicator", c.indicator.id.rawValue)
        for (key, counts) in [("first", c.first), ("last", c.last)] {
            w.key(string: key)
            guard let counts else { w.null(); continue }
            w.beginObject()
            w.member("assessed", counts.total)
            w.member("cases", counts.hits)
            w.member("rate", counts.rate)
            w.key("ci")
            interval(counts.interval, to: &w)
            w.endObject()
        }
        w.member("change", c.change)
        w.key("changeCI")
        if let ci = c.changeCI {
            w.beginArray()
            w.double(ci.low)
            w.double(ci.high)
            w.endArray()
        } else {
            w.null()
        }
        w.member("changePeople", c.changePeople)
        w.member("judgement", c.judgement?.rawValue)
        w.member("target", c.target)
        w.member("targetStatus", c.targetStatus?.rawValue)
        w.member("gapLast", c.gapLast)
        w.member("fewAssessed", c.fewAssessed)
        w.member("incomplete", c.incomplete?.rawValue)
        w.member("commendationRank", c.commendationRank)
        w.member("attentionRank", c.attentionRank)
        w.endObject()
    }

    /// The document's lists after the units: problems, flagged measurements, completeness and
    /// duplicate people.
    private static func writeLists(_ analysis: Analysis, labels: Labels, jobs: Int, to w: inout JSONWriter) {
        let rejected = analysis.rejectedFiles, superseded = analysis.supersededFiles
        w.array("rejectedFiles", count: rejected.count, jobs: jobs) { problem(rejected[$1], labels, to: &$0) }
        w.array("supersededFiles", count: superseded.count, jobs: jobs) { w, index in
            w.beginObject()
            w.member("file", superseded[index].file)
            w.member("by", superseded[index].by)
            w.endObject()
        }
        let files = analysis.files
        w.beginArray("invalidRecords")
        fileLists(
            files, .invalidRecords, jobs: jobs, to: &w,
            chunk: { $0.problems.invalidRecords(file: $0.file, chunk: $1) }
        ) { record, _, w in
            problem(record, labels, to: &w)
        }
        w.endArray()
        w.beginArray("warnings")
        fileLists(
            files, .warnings, jobs: jobs, to: &w,
            chunk: { $0.problems.warnings(file: $0.file, chunk: $1) }
        ) { warning, _, w in
            problem(warning, labels, to: &w)
        }
        w.endArray()
        w.beginArray("flaggedMeasurements")
        fileLists(
            files, .flaggedMeasurements, jobs: jobs, to: &w,
            chunk: { $0.problems.flaggedMeasurements(chunk: $1) }
        ) { measurement, summary, w in
            flagged(measurement, summary, to: &w)
        }
        w.endArray()
        let completeness = analysis.completeness
        w.array("completeness", count: completeness.count, jobs: jobs) { self.completeness(completeness[$1], to: &$0) }
        let people = analysis.duplicatePeople
        w.array("duplicatePeople", count: people.count, jobs: jobs) { duplicatePerson(people[$1], to: &$0) }
    }

    /// The elements of a list that each file contributes to (its problems, read back from the
    /// spill a chunk of `FileProblems.chunkSize` at a time), file after file. With more than one
    /// job, the chunks go in waves of up to `chunkSize` elements per job (or 4 chunks per job),
    /// each chunk read, decoded and written on its own thread and the waves joined in order (the
    /// same bytes); the writer drains after each element or wave, so that neither a large file's
    /// list nor its JSON is held whole.
    private static func fileLists<Element: Sendable>(
        _ files: [CommuneSummary], _ list: FileProblems.List, jobs: Int, to w: inout JSONWriter,
        chunk: @escaping @Sendable (CommuneSummary, Int) -> [Element],
        _ element: @escaping @Sendable (Element, CommuneSummary, inout JSONWriter) -> Void
    ) {
        let size = FileProblems.chunkSize
        var wave: [(file: Int, chunk: Int)] = []
        var waveElements = 0
        func writeWave(_ w: inout JSONWriter) {
            let indent = w.indent
            let parts = parallelMap(count: wave.count, jobs: jobs) { [wave] index in
                let summary = files[wave[index].file]
                let elements = chunk(summary, wave[index].chunk)
                var part = JSONWriter(indent: indent, capacity: 256 * elements.count)
                for item in elements { element(item, summary, &part) }
                return part.bytes
            }
            w.elements(parts)
            w.drain()
            wave.removeAll(keepingCapacity: true)
            waveElements = 0
        }
        for (index, summary) in files.enumerated() {
            for (number, count) in summary.problems.chunkCounts(of: list).enumerated() {
                guard jobs > 1 else {
                    for item in chunk(summary, number) {
                        element(item, summary, &w)
                        w.drain()
                    }
                    continue
                }
                wave.append((index, number))
                waveElements += count
                if waveElements >= jobs * size || wave.count >= 4 * jobs { writeWave(&w) }
            }
        }
        if !wave.isEmpty { writeWave(&w) }
    }

    static func commune(_ summary: CommuneSummary, _ targets: Targets, to w: inout JSONWriter) {
        let c = summary.commune
        w.beginObject()
        w.member("code", c.code)
        w.member("name", c.name)
        w.member("provinceCode", c.provinceCode)
        w.member("provinceName", c.provinceName)
        w.member("districtCode", c.districtCode)
        w.member("districtName", c.districtName)
        w.member("file", summary.file)
        period(summary.period.from, summary.period.to, referenceDate: summary.period.referenceDate, to: &w)
        let f = summary.figures
        figures(f, targets, to: &w)
        exclusions(f, to: &w)
        if let reported = summary.reportedSummary {
            w.beginObject("reportedSummary")
            w.member("population", reported.population)
            w.member("insured", reported.insured)
            w.member("childrenAssessed", reported.childrenAssessed)
            w.member("stunted", reported.stunted)
            w.endObject()
        }
        w.key("breakdowns")
        breakdowns(f, targets, to: &w)
        if let row = summary.todaysMap { todaysMap(row, to: &w) }
        w.endObject()
    }

    static func unit(_ unit: UnitSummary, _ targets: Targets, to w: inout JSONWriter) {
        w.beginObject()
        w.member("code", unit.code)
        w.member("name", unit.name)
        if unit.level == .district { w.member("provinceCode", unit.provinceCode) }
        w.member("communes", unit.communes)
        period(unit.period.from, unit.period.to, to: &w)
        let f = unit.figures
        figures(f, targets, to: &w)
        exclusions(f, to: &w)
        w.key("breakdowns")
        breakdowns(f, targets, to: &w)
        w.endObject()
    }

    /// `period: {from, to}`, with `referenceDate` for a commune.
    static func period(
        _ from: CalendarDate, _ to: CalendarDate, referenceDate: CalendarDate? = nil,
        key: StaticString = "period", to w: inout JSONWriter
    ) {
        w.beginObject(key)
        w.member("from", from)
        w.member("to", to)
        if let referenceDate { w.member("referenceDate", referenceDate) }
        w.endObject()
    }

    /// The figures of a commune or a larger unit, as members of its object.
    static func figures(_ f: Figures, _ targets: Targets, to w: inout JSONWriter) {
        w.member("population", f.population)
        w.member("insured", f.insured)
        w.member("coverage", f.coverage)
        w.key("coverageCI")
        interval(f.coverageCI, to: &w)
        w.member("childrenAssessed", f.childrenAssessed)
        w.member("stunted", f.stunted)
        w.member("severelyStunted", f.severelyStunted)
        w.member("stuntingRate", f.stuntingRate)
        w.key("stuntingRateCI")
        interval(f.stuntingRateCI, to: &w)
        w.member("stuntingRateStable", f.hasStableStuntingRate)
        w.member("meetsCoverageTarget", targets.meetsCoverage(f))
        w.member("meetsStuntingTarget", targets.meetsStunting(f))
        w.member("uninsuredGap", targets.uninsuredGap(f))
        w.member("stuntedExcess", targets.stuntedExcess(f))
        w.key("indicators")
        indicators(f, targets, to: &w)
        w.key("dataQuality")
        DataQualityJSON.write(DataQuality(f.quality), to: &w)
        cardMembers(f, to: &w)
    }

    /// The records and children left out of a unit's figures.
    static func exclusions(_ f: Figures, to w: inout JSONWriter) {
        w.member("excludedRecords", f.excludedRecords)
        w.member("implausibleChildren", f.implausibleChildren)
        w.member("outOfAgeChildren", f.outOfAgeChildren)
    }

    /// `{"stunting": {assessed, cases, severe, rate, ci, band, target, meetsTarget}, ...}`.
    static func indicators(_ f: Figures, _ targets: Targets, to w: inout JSONWriter) {
        w.beginObject()
        for indicator in Indicator.growth {
            let counts = f[indicator]
            w.key(string: indicator.id.rawValue)
            w.beginObject()
            w.member("assessed", counts.assessed)
            w.member("cases", counts.cases)
            if indicator.hasSevere { w.member("severe", counts.severe) }
            w.member("rate", counts.rate)
            w.key("ci")
            interval(counts.interval, to: &w)
            w.member("band", counts.rate.flatMap { indicator.bands?.band(of: $0).rawValue })
            if let target = targets[indicator.id] {
                w.member("target", target)
                w.member("meetsTarget", targets.meets(indicator, counts))
            }
            w.endObject()
        }
        w.endObject()
    }

    /// The key of a target under `targets`: cli-v1's `coverage` and `stuntingRateBelow`, then
    /// `underweightRateBelow` and so on.
    static func targetKey(_ indicator: Indicator) -> String {
        indicator.direction == .atLeast ? indicator.id.rawValue : indicator.id.rawValue + "RateBelow"
    }

    /// `[low, high]`, or null.
    static func interval(_ value: ProportionInterval?, to w: inout JSONWriter) {
        guard let value else { w.null(); return }
        w.beginArray()
        w.double(value.low)
        w.double(value.high)
        w.endArray()
    }

    /// cli-v1's names for the groups of coverage and stunting; the other indicators use the
    /// generic names of `indicators`.
    private static let groupNames: [IndicatorID: [StaticString]] = [
        .coverage: ["population", "insured", "coverage", "coverageCI", "", "meetsCoverageTarget", "uninsuredGap"],
        .stunting: [
            "childrenAssessed", "stunted", "stuntingRate", "stuntingRateCI", "stuntingRateStable",
            "meetsStuntingTarget", "stuntedExcess",
        ],
    ]
    private static let genericGroupNames: [StaticString] = ["assessed", "cases", "rate", "ci", "stable", "meetsTarget", "gap"]

    /// `{"coverage": {"byPoverty": [...], ...}, "stunting": {"bySex": [...], "byAgeGroup": [...]},
    ///   "underweight": {...}, ...}`, each group with its counts, rate, interval, verdict and gap.
    static func breakdowns(_ f: Figures, _ targets: Targets, to w: inout JSONWriter) {
        w.beginObject()
        for indicator in Indicator.all {
            let names = groupNames[indicator.id] ?? genericGroupNames
            let hasTarget = targets[indicator.id] != nil
            w.key(string: indicator.id.rawValue)
            w.beginObject()
            for dimension in Breakdown.Dimension.of(indicator) {
                let breakdown = Breakdown(indicator: indicator, dimension: dimension, figures: f)
                w.key(string: dimension.jsonKey)
                w.beginArray()
                for group in breakdown.groups {
                    let count = group.count
                    w.beginObject()
                    w.member("group", group.key)
                    w.member(names[0], count.total)
                    w.member(names[1], count.hits)
                    w.member(names[2], count.rate)
                    w.key(names[3])
                    interval(count.interval, to: &w)
                    if names[4].utf8CodeUnitCount > 0 { w.member(names[4], indicator.isStable(count)) }
                    if hasTarget {
                        w.member(names[5], targets.meets(indicator, count))
                        w.member(names[6], targets.gap(indicator, count))
                    }
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
        }
        w.endObject()
    }

    /// `{file, line, reason}`, written straight (the same bytes as the tree of `problem(_:_:)`).
    static func problem<R>(_ located: Located<R>, _ labels: Labels, to w: inout JSONWriter) {
        w.problem(file: located.file, line: located.line) { labels.reason(located.reason, into: &$0) }
    }

    /// A problem as `{file, line, reason}`; also in the listings of `uninsured`, which are trees of JSONValue.
    static func problem<R>(_ located: Located<R>, _ labels: Labels = Labels(.en)) -> JSONValue {
        .object([
            ("file", .string(located.file)), ("line", .int(located.line)),
            ("reason", .string(labels.reason(located.reason))),
        ])
    }

    static func flagged(_ measurement: FlaggedMeasurement, _ summary: CommuneSummary, to w: inout JSONWriter) {
        w.beginObject()
        w.member("file", repeating: summary.file)
        w.member("line", measurement.line)
        w.member("communeCode", summary.commune.code)
        w.member("childId", measurement.childID)
        w.member("ageDays", measurement.ageDays)
        w.member("heightCm", measurement.heightCm)
        w.member("haz", measurement.haz)
        w.member("status", measurement.status.rawValue)
        w.member("weightKg", measurement.weightKg)
        w.member("waz", measurement.weight.waz)
        w.member("whz", measurement.weight.whz)
        w.member("baz", measurement.weight.baz)
        w.beginArray("flags")
        for flag in measurement.flags { w.string(flag.rawValue) }
        w.endArray()
        w.endObject()
    }
}
