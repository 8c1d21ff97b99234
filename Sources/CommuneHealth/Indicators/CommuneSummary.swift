/// One accepted file reduced to what the reports need: the per-file summary that is merged.
package struct CommuneSummary: Sendable {
    /// How many measurements ahead of the one assessed the tables' rows are asked for
    /// (`Anthropometry.prefetchRows(for:)`): a measurement takes about 200 ns to assess, a row
    /// missing from the caches about 100 ns to arrive.
    static let prefetchDistance = 2

    package var file: String
    package var rootLine: Int
    /// The line of `<commune>`.
    package var communeLine: Int
    package var commune: Commune
    package var period: ReportingPeriod
    package var generated: Instant?
    package var figures: Figures
    package var reportedSummary: ReportedSummary?
    /// The file's invalid records, warnings and flagged measurements: in memory as read, only
    /// their counts once written to a `ProblemSpill` (docs/problems.md).
    package var problems: FileProblems
    /// Under `--units current`, what the row holds on the 2025 map; nil for a file as read.
    package var todaysMap: TodaysMapRow?
    /// The insured residents' social-insurance numbers, sorted: kept until `Analysis` has looked
    /// for the same person in two files, then emptied.
    package var insuredNumbers: SortedInsuredNumbers

    /// `contents` is consumed: its lists of problems become the summary's without a copy.
    package init(contents: consuming ExportContents, anthropometry: Anthropometry) {
        file = contents.file
        rootLine = contents.rootLine
        communeLine = contents.communeLine
        commune = contents.commune
        period = contents.period
        generated = contents.generated
        figures = Figures()
        figures[.coverage] = IndicatorCounts(assessed: contents.population, cases: contents.insured)
        figures.coverageGroups = contents.coverageGroups
        figures.fundingGroups = contents.fundingGroups
        figures.under6 = contents.under6
        insuredNumbers = contents.insuredNumbers
        figures.excludedRecords = contents.excludedRecords
        let geography = CommuneRegister.shared.check(contents.commune, on: contents.period.referenceDate).map {
            ReadingWarning(file: contents.file, line: contents.communeLine, reason: .geography($0))
        }
        var warnings = contents.warnings
        contents.warnings = []
        if !geography.isEmpty { warnings.insert(contentsOf: geography, at: 0) }
        var flaggedMeasurements: [FlaggedMeasurement] = []
        reportedSummary = contents.reportedSummary
        let measurements = contents.usedMeasurements
        for index in measurements.indices {
            // The tables' rows of a measurement a few ahead are asked for now, read by then.
            if index + Self.prefetchDistance < measurements.count {
                anthropometry.prefetchRows(for: measurements[index + Self.prefetchDistance])
            }
            let measurement = measurements[index]
            let child = anthropometry.assess(measurement)
            figures.add(child, measurement)
            if child.height.positionWarning {
                warnings.append(
                    ReadingWarning(
                        file: file, line: measurement.line,
                        reason: .standingUnderNineMonths(childID: measurement.childID)))
            }
            let flags = child.isEligible ? child.flagged : []
            guard !child.isEligible || !flags.isEmpty else { continue }
            flaggedMeasurements.append(
                FlaggedMeasurement(
                    line: measurement.line, childID: measurement.childID,
                    ageDays: child.height.ageDays, heightCm: measurement.heightCm,
                    weightKg: measurement.weightKg, child: child, flags: flags))
        }
        // WHO's standard analysis, only when the reader found each child's groups (#28): a loop of
        // its own, so that the loop above is the same code as without it.
        if let groups = contents.childGroups {
            figures.whoPrevalence = WHOPrevalenceTally(
                contents.usedMeasurements, groups: groups,
                area: WHOArea(communeName: contents.commune.name),
                anthropometry: anthropometry)
        }
        problems = FileProblems(invalid: contents.invalidRecords, warnings: warnings, flagged: flaggedMeasurements)
    }

    /// The invalid records (spec section 4), read back from the spill when they are there.
    package var invalidRecords: [InvalidRecord] {
        get { problems.invalidRecords(file: file) }
        set { problems = FileProblems(invalid: newValue, warnings: warnings, flagged: flaggedMeasurements) }
    }

    /// The warnings, read back from the spill when they are there.
    package var warnings: [ReadingWarning] {
        get { problems.warnings(file: file) }
        set { problems = FileProblems(invalid: invalidRecords, warnings: newValue, flagged: flaggedMeasurements) }
    }

    /// The first `limit` warnings, read back from the spill without the others.
    package func warnings(first limit: Int) -> [ReadingWarning] { problems.warnings(file: file, first: limit) }

    /// Whether every warning is of this file (as the reader makes them), so that they can be
    /// counted by `problems.warningCount` without reading them back.
    package var warningsAreAllOfThisFile: Bool { problems.warningsNameOnly(file: file) }

    /// The measurements used (spec section 3) that do not count: implausible or out of age.
    package var flaggedMeasurements: [FlaggedMeasurement] {
        get { problems.flaggedMeasurements() }
        set { problems = FileProblems(invalid: invalidRecords, warnings: warnings, flagged: newValue) }
    }

    /// Each invalid record in order, read back from the spill and decoded a chunk of
    /// `FileProblems.chunkSize` at a time, so that a large file's list is never held whole (as
    /// each `forEach…` below).
    func forEachInvalidRecord<E: Error>(_ body: (InvalidRecord) throws(E) -> Void) throws(E) {
        for chunk in problems.chunkCounts(of: .invalidRecords).indices {
            for record in problems.invalidRecords(file: file, chunk: chunk) { try body(record) }
        }
    }

    func forEachWarning<E: Error>(_ body: (ReadingWarning) throws(E) -> Void) throws(E) {
        for chunk in problems.chunkCounts(of: .warnings).indices {
            for warning in problems.warnings(file: file, chunk: chunk) { try body(warning) }
        }
    }

    func forEachFlaggedMeasurement<E: Error>(_ body: (FlaggedMeasurement) throws(E) -> Void) throws(E) {
        for chunk in problems.chunkCounts(of: .flaggedMeasurements).indices {
            for measurement in problems.flaggedMeasurements(chunk: chunk) { try body(measurement) }
        }
    }

    /// Writes the file's problems to `spill`, keeping only their counts (docs/problems.md).
    package mutating func spillProblems(to spill: ProblemSpill) {
        problems.spill(to: spill, file: file)
    }

    /// The station's own figures that disagree with the computed ones, by name.
    package var reportedDisagreements: [(name: String, reported: Int, computed: Int)] {
        guard let reported = reportedSummary else { return [] }
        var result: [(String, Int, Int)] = []
        let pairs: [(String, Int?, Int)] = [
            ("population", reported.population, figures.population),
            ("insured", reported.insured, figures.insured),
            ("childrenAssessed", reported.childrenAssessed, figures.childrenAssessed),
            ("stunted", reported.stunted, figures.stunted),
        ]
        for (name, value, computed) in pairs {
            if let value, value != computed { result.append((name, value, computed)) }
        }
        return result
    }
}

/// A child's measurement used that is not counted, for the data-quality listing.
package struct FlaggedMeasurement: Sendable, Equatable {
    package var line: Int
    package var childID: String
    package var ageDays: Int
    package var heightCm: Double
    package var weightKg: Double?
    /// The rounded HAZ; nil when out of age.
    package var haz: Double?
    /// `.implausible` or `.outOfAge` by length/height-for-age; `.normal`, `.stunted` or
    /// `.severelyStunted` when only a weight-based z-score is flagged.
    package var status: GrowthStatus
    /// The rounded WAZ, WHZ and BAZ, where they could be computed.
    package var weight: WeightBasedZScores
    /// The z-scores that carry a WHO flag; empty when the child is out of age.
    package var flags: [ZScoreIndex]

    init(
        line: Int, childID: String, ageDays: Int, heightCm: Double, weightKg: Double?, child: ChildAssessment,
        flags: [ZScoreIndex]
    ) {
        self.line = line
        self.childID = childID
        self.ageDays = ageDays
        self.heightCm = heightCm
        self.weightKg = weightKg
        haz = child.height.haz
        status = child.height.status
        weight = child.weight
        self.flags = flags
    }

    init(
        line: Int, childID: String, ageDays: Int, heightCm: Double, weightKg: Double?, haz: Double?,
        status: GrowthStatus, weight: WeightBasedZScores, flags: [ZScoreIndex]
    ) {
        self.line = line
        self.childID = childID
        self.ageDays = ageDays
        self.heightCm = heightCm
        self.weightKg = weightKg
        self.haz = haz
        self.status = status
        self.weight = weight
        self.flags = flags
    }
}

/// A district or a province for one period: its communes' counts summed.
package struct UnitSummary: Sendable {
    package enum Level: String, Sendable { case district, province }
    package var level: Level
    package var code: String
    package var name: String?
    package var provinceCode: String
    package var period: PeriodKey
    package var communes: Int
    package var figures: Figures
}
