/// Every word a report shows, in English or Vietnamese, and numbers as the language writes them:
/// English `2,214` and `92.3%`, Vietnamese `2.214` and `92,3%`.
///
/// The words themselves sit in Text/: one typed key per text (LabelKey.swift) and one file per
/// language that gives the text of every key (English.swift, Vietnamese.swift). This type formats
/// numbers and gives each text a name of its own for the renderers.
package struct Labels: Sendable {
    package let language: Language

    package init(_ language: Language) { self.language = language }

    subscript(_ key: LabelKey) -> String { text(key) }

    // MARK: Numbers

    var decimalMark: String { text(.number(.decimalMark)) }
    var thousandsSeparator: String { text(.number(.thousandsSeparator)) }

    /// An integer with thousands grouped: `2,214` / `2.214`.
    package func integer(_ value: Int) -> String {
        (value < 0 ? "−" : "") + grouped(String(value.magnitude))
    }

    /// A string of digits with thousands grouped, whatever its length.
    private func grouped(_ digits: String) -> String {
        let separator = thousandsSeparator
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        return grouped
    }

    /// A decimal with `places` places, halves away from zero: `92.3` / `92,3`.
    package func decimal(_ value: Double, places: Int) -> String {
        let fixed = formatFixed(value, places: places)
        let negative = fixed.hasPrefix("-")
        let body = negative ? String(fixed.dropFirst()) : fixed
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var text = parts[0].allSatisfy(\.isNumber) ? grouped(String(parts[0])) : String(parts[0])
        if parts.count > 1 { text += decimalMark + parts[1] }
        return (negative ? "−" : "") + text
    }

    /// A number already written with `.` as its mark (`"\(value)"`), with this language's mark: the
    /// one place a decimal mark is put into a written number (CSV's unrounded rates).
    func decimalMarked(_ text: String) -> String {
        let mark = decimalMark
        return mark == "." ? text : text.split(separator: ".", omittingEmptySubsequences: false).joined(separator: mark)
    }

    /// A rate from 0 to 1 as a percentage with one decimal, or a dash when it does not exist.
    package func percent(_ value: Double?, places: Int = 1) -> String {
        guard let value else { return "–" }
        return decimal(value * 100, places: places) + "%"
    }

    /// A target as a percentage, without needless decimals: `100%`, `20%`, `17.5%`.
    package func targetPercent(_ value: Double) -> String {
        let scaled = value * 100
        for places in 0...3 where abs(roundHalfAwayFromZero(scaled, decimals: places) - scaled) < 1e-9 {
            return decimal(scaled, places: places) + "%"
        }
        return decimal(scaled, places: 3) + "%"
    }

    /// A 95% interval as `91.1–93.3%`, or a dash.
    package func interval(_ value: ProportionInterval?) -> String {
        guard let value else { return "–" }
        return decimal(value.low * 100, places: 1) + "–" + decimal(value.high * 100, places: 1) + "%"
    }

    /// A change of rate in percentage points, signed: `+3.2 pp` / `+3,2 điểm %`.
    func pointChange(_ value: Double) -> String {
        let text = decimal(abs(value) * 100, places: 1)
        let sign = roundHalfAwayFromZero(value * 100, decimals: 1) == 0 ? "±" : (value > 0 ? "+" : "−")
        return self[.number(.pointChange(sign + text))]
    }

    /// A date as the language writes it: `2024-12-31` / `31/12/2024`.
    func date(_ value: CalendarDate) -> String { self[.number(.date(value))] }

    /// A period, short: `2024` for a calendar year, else both dates.
    func period(_ key: PeriodKey) -> String {
        isCalendarYear(key) ? String(key.from.components.year) : self[.number(.span(from: date(key.from), to: date(key.to)))]
    }

    private func isCalendarYear(_ key: PeriodKey) -> Bool {
        let from = key.from.components, to = key.to.components
        return from.year == to.year && (from.month, from.day) == (1, 1) && (to.month, to.day) == (12, 31)
    }

    /// A period in a sentence or heading: `2024` / `năm 2024`.
    func periodLong(_ key: PeriodKey) -> String { self[.number(.periodLong(period(key), isYear: isCalendarYear(key)))] }

    /// From the earliest to the latest period: `2021 to 2024` / `2021–2024`.
    func periodRange(_ first: PeriodKey, _ last: PeriodKey) -> String {
        first == last ? period(first) : self[.number(.span(from: period(first), to: period(last)))]
    }

    /// From the earliest to the latest of `periods` (in order), or nil when there is none.
    func periodRange(_ periods: [PeriodKey]) -> String? {
        guard let first = periods.first, let last = periods.last else { return nil }
        return periodRange(first, last)
    }

    // MARK: Messages

    /// `FILE:LINE: reason` in this language.
    package func message<Reason>(_ located: Located<Reason>) -> String {
        "\(located.file):\(located.line): \(reason(located.reason))"
    }

    /// A rejection, record or warning reason in this language; any other reason as it describes itself.
    package func reason<Reason>(_ reason: Reason) -> String { JoinedString.joined { self.reason(reason, into: &$0) } }

    /// `reason(_:)` into `sink`, piece by piece: a JSON report writes a problem's reason straight
    /// into its bytes, with no String made of it (one per problem; #30).
    func reason<Reason, Sink: TextSink & ~Copyable>(_ reason: Reason, into sink: inout Sink) {
        switch reason {
        case let rejection as RejectionReason: problem(.rejection(rejection), into: &sink)
        case let record as RecordReason: problem(.record(record), into: &sink)
        case let warning as WarningReason: problem(.warning(warning), into: &sink)
        default: sink.append(.text(String(describing: reason)))
        }
    }

    package func noFilesFound(_ paths: [String]) -> String { self[.problem(.noFilesFound(paths))] }

    /// `--compare FIRST..LAST` names no two periods of the files.
    package func compareNotFound(_ argument: String, periods: [PeriodKey]) -> String {
        self[.problem(.compareNotFound(argument, periods: periods.map(period)))]
    }

    package func superseded(_ file: SupersededFile) -> String { self[.problem(.superseded(file: file.file, by: file.by))] }

    /// `zscores`: a superseded file, whose rows are not listed.
    package func supersededNotListed(_ file: SupersededFile) -> String {
        self[.problem(.supersededNotListed(file: file.file, by: file.by))]
    }

    /// An error in this language: of the file system, the workbook or a missing PATH; any other
    /// as it describes itself.
    package func error(_ error: any Error) -> String {
        switch error {
        case let error as FileSystemError: self[.failure(.fileSystem(error))]
        case let error as XLSXError: self[.failure(.workbook(error))]
        case let error as MissingPathError: self[.failure(.missingPath(error.path))]
        default: String(describing: error)
        }
    }

    /// `cannot write PATH: ERROR`.
    package func cannotWrite(_ path: String, _ error: any Error) -> String {
        self[.failure(.cannotWrite(path: path, error: self.error(error)))]
    }

    /// The problems' temporary file failed to be written: they were kept in memory.
    package func problemsKeptInMemory(_ error: FileSystemError) -> String {
        self[.failure(.problemsKeptInMemory(error: self.error(error)))]
    }

    /// Problems could not be read back from their temporary file.
    package func reportLacksProblems(_ error: FileSystemError) -> String {
        self[.failure(.reportLacksProblems(error: self.error(error)))]
    }

    /// The command line's refusals of a value.
    package var noPath: String { self[.failure(.noPath)] }
    package var emptyOutput: String { self[.failure(.emptyOutput)] }
    package func targetRange(_ option: String) -> String { self[.failure(.targetRange(option: option))] }
    package func atLeastOne(_ option: String) -> String { self[.failure(.atLeastOne(option: option))] }
    package var workbookNeedsOutput: String { self[.failure(.workbookNeedsOutput)] }
    /// `generate`'s refusals and last lines, and the generator's errors.
    package func generate(_ key: GenerateText) -> String { self[.failure(.generate(key))] }
    /// A finding of `validate`'s schema check, with its `schema: `.
    package func schemaFinding(_ finding: SchemaFinding) -> String { self[.problem(.schema(finding))] }

    /// `validate`'s summary line.
    package func validated(files: Int, rejected: Int, problems: Int) -> String {
        self[.problem(.validated(files: files, rejected: rejected, problems: problems))]
    }
}

/// A name for each text the renderers show, so that they read `labels.met` rather than a key.
/// The words are in Text/English.swift and Text/Vietnamese.swift.
extension Labels {
    // MARK: Indicators and targets

    var reportTitle: String { self[.heading(.reportTitle)] }
    var met: String { self[.note(.met)] }
    var notMet: String { self[.note(.notMet)] }
    var noData: String { self[.note(.noData)] }
    var target: String { self[.column(.target)] }
    var ci95: String { self[.column(.ci95)] }

    func verdict(_ met: Bool?) -> String {
        switch met {
        case true?: self.met
        case false?: notMet
        case nil: noData
        }
    }

    func residentsToInsure(_ count: Int) -> String { self[.count(.residentsToInsure(count))] }
    var tooFewChildren: String { self[.note(.tooFewChildren)] }
    var tooFewChildrenShort: String { self[.note(.tooFewChildrenShort)] }
    var groupTooSmall: String { self[.note(.groupTooSmall)] }
    var wilsonNote: String { self[.note(.wilsonNote)] }

    /// How gaps are counted, by the direction of each target the run has; nil without a target.
    func gapNote(_ targets: Targets) -> String? {
        let directions = Set(Indicator.all.filter { targets[$0.id] != nil }.map { $0.direction == .atLeast })
        guard !directions.isEmpty else { return nil }
        return self[.count(.gapNote(toReach: directions.contains(true), toStayBelow: directions.contains(false)))]
    }

    // MARK: Units and columns

    var province: String { self[.column(.province)] }
    var district: String { self[.column(.district)] }
    var commune: String { self[.column(.commune)] }
    func provinceName(_ unit: UnitSummary) -> String { unit.name ?? self[.unit(.unnamedProvince(code: unit.code))] }
    func districtName(_ unit: UnitSummary) -> String { unit.name ?? self[.unit(.unnamedDistrict(code: unit.code))] }
    func level(_ level: UnitSummary.Level?) -> String { self[.unit(.level(level))] }
    func communeCount(_ count: Int) -> String { self[.count(.communeCount(count))] }

    var code: String { self[.column(.code)] }
    var name: String { self[.column(.name)] }
    var residents: String { self[.column(.residents)] }
    var insured: String { self[.column(.insured)] }
    var childrenAssessed: String { self[.column(.childrenAssessed)] }
    var children: String { self[.column(.children)] }
    var stunted: String { self[.column(.stunted)] }
    var severelyStunted: String { self[.column(.severelyStunted)] }
    var communes: String { self[.column(.communes)] }
    var rank: String { self[.column(.rank)] }
    var period: String { self[.column(.period)] }
    var group: String { self[.column(.group)] }
    var file: String { self[.column(.file)] }
    var line: String { self[.column(.line)] }
    var reason: String { self[.column(.reason)] }
    var replacedBy: String { self[.column(.replacedBy)] }
    var child: String { self[.column(.child)] }
    var ageDays: String { self[.column(.ageDays)] }
    var heightCm: String { self[.column(.heightCm)] }
    var status: String { self[.column(.status)] }
    var figure: String { self[.column(.figure)] }
    var reported: String { self[.column(.reported)] }
    var computed: String { self[.column(.computed)] }
    var change: String { self[.column(.change)] }
    var rate: String { self[.column(.rate)] }
    var gap: String { self[.column(.gap)] }
    var message: String { self[.column(.message)] }

    /// A figure of the station's own summary, by its attribute name.
    func reportedFigure(_ name: String) -> String {
        switch name {
        case "population": residents
        case "insured": insured
        case "childrenAssessed": childrenAssessed
        case "stunted": stunted
        default: name
        }
    }

    func flaggedStatus(_ status: GrowthStatus) -> String { self[.unit(.growthStatus(status))] }

    // MARK: Sections

    var overviewHeading: String { self[.heading(.overview)] }
    var chartsHeading: String { self[.heading(.charts)] }
    var missesHeading: String { self[.heading(.misses)] }
    var noCommuneMisses: String { self[.note(.noCommuneMisses)] }
    var breakdownsHeading: String { self[.heading(.breakdowns)] }
    var trendHeading: String { self[.heading(.trend)] }
    var qualityHeading: String { self[.heading(.quality)] }
    var disagreementHeading: String { self[.heading(.disagreement)] }
    var none: String { self[.note(.none)] }

    /// How many communes were counted, how many files and records were left out, how many warnings.
    func countsLine(_ analysis: Analysis) -> String {
        self[
            .count(
                .countsLine(
                    communes: analysis.communes.count, rejected: analysis.rejectedFiles.count,
                    superseded: analysis.supersededFiles.count, invalid: analysis.invalidRecordCount,
                    warnings: analysis.warningCount))]
    }
    func qualitySummary(flagged: Int, disagreeing: Int) -> String {
        self[.count(.qualitySummary(flagged: flagged, disagreeing: disagreeing))]
    }
    func generatedFrom(files: Int, periods: String?) -> String { self[.count(.generatedFrom(files: files, periods: periods))] }
    var noCommune: String { self[.note(.noCommune)] }

    // MARK: Charts

    var legendMeets: String { self[.note(.legendMeets)] }
    var legendMisses: String { self[.note(.legendMisses)] }
    var legendUnstable: String { self[.note(.legendUnstable)] }
    var legendInterval: String { self[.note(.legendInterval)] }

    // MARK: Breakdowns

    /// "Coverage by poverty status", "Wasting by sex".
    func dimension(_ breakdown: Breakdown) -> String { self[.unit(.breakdown(breakdown.dimension, breakdown.indicator.id))] }
    func group(_ dimension: Breakdown.Dimension, _ key: String?) -> String { self[.unit(.group(dimension, key))] }
    func groupGap(_ indicator: Indicator, _ gap: Int) -> String { self[.count(.groupGap(indicator.id, gap))] }

    // MARK: Table (terminal) columns, each at most as wide as its column

    var tableCode: String { self[.column(.tableCode)] }
    var tableName: String { self[.column(.tableName)] }
    var tablePeople: String { self[.column(.tablePeople)] }
    var tableKids: String { self[.column(.tableKids)] }
    var tableMarks: String { self[.note(.tableMarks)] }
    func communesOf(_ key: PeriodKey) -> String { self[.unit(.communesOf(period: periodLong(key)))] }
    func districtsOf(_ key: PeriodKey) -> String { self[.unit(.districtsOf(period: periodLong(key)))] }

    // MARK: CSV

    var csvMet: String { self[.note(.csvMet)] }
    var csvNotMet: String { self[.note(.csvNotMet)] }
}
