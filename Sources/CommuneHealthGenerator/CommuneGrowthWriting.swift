import CommuneHealth

// How the generator writes a child's measurements: heights and weights around the WHO medians.

extension CommuneExportWriter {
    // MARK: - Growth monitoring

    /// Writes 0 to 3 measurements of a child in the year (the national rounds in early June and
    /// early December, sometimes one more) and counts the last one as the spec does.
    ///
    /// The child's weight-for-length/height z is drawn once around `meanWHZ` (with a little
    /// measurement-to-measurement noise) and turned into a weight by the WHO table at the length or
    /// height the reader will use; rarely, the last measurement shows oedema.
    func writeMeasurements(
        _ person: RosterPerson, idPrefix: [UInt8], meanZ: Double, meanWHZ: Double,
        _ growth: inout XMLByteWriter, _ figures: inout CommuneExportFigures,
        _ random: inout GeneratorRandom, _ weightRandom: inout GeneratorRandom,
        _ messRandom: inout GeneratorRandom
    ) {
        guard person.monitoringDraw < profile.monitoringCoverage, random.chance(0.97) else { return }
        let poor = profile.poorMeasuring
        if poor && PoorMeasuring.isLeftOut(person, seed: seed, commune: profile.place.index) { return }
        var poorRandom = PoorMeasuring.measurementRandom(
            seed: seed, commune: profile.place.index,
            person: person.number, year: year)
        let childWHZ = meanWHZ + 1.07 * weightRandom.normal()
        let hasOedema = weightRandom.chance(Self.oedemaChance)
        let june = date(year, 6, 1).adding(days: random.below(20))
        let december = date(year, 12, 1).adding(days: random.below(20))
        let kind = random.uniform()
        var dates: [CalendarDate]
        if kind < 0.25 {
            dates = [random.chance(0.65) ? december : june]
        } else if kind < 0.85 {
            dates = [june, december]
        } else {
            let extra = date(year, [3, 4, 9, 10][random.below(4)], random.int(in: 1...28))
            dates = [june, december, extra].sorted()
        }

        // The last measurement written is the one the spec uses.
        let lastWritten = dates.lastIndex { (1...LengthHeightForAgeTable.lastDay).contains($0 - person.birth) }
        var last: (ageDays: Int, tenths: Int, position: MeasuredPosition?)?
        for (index, day) in dates.enumerated() {
            let ageDays = day - person.birth
            guard ageDays >= 1, ageDays <= LengthHeightForAgeTable.lastDay,
                let lms = LengthHeightForAgeTable.who2006.lms(sex: person.sex, day: ageDays)
            else { continue }
            var position: MeasuredPosition? = ageDays < HeightForAge.firstStandingDay ? .lying : .standing
            let slip = random.uniform()
            if slip < 0.03 {
                position = nil
            } else if slip < 0.06 && (274...1095).contains(ageDays) {
                position = position == .lying ? .standing : .lying
            }
            if mess > 0, Double(ageDays) / HeightForAge.daysPerMonth < 9,
                messRandom.chance(Messiness.standingInfant * Double(mess))
            {
                position = .standing
            }
            var z = min(5.8, max(-5.8, Self.hazSpread(meanZ + person.growthZ) + 0.1 * random.normal()))
            if poor { z = PoorMeasuring.measuredZ(z, &poorRandom) }
            let height = lms.l == 1 ? lms.m * (1 + lms.s * z) : lms.m * LibC.pow(1 + lms.l * lms.s * z, 1 / lms.l)
            // What was read off the board in the position used (the standard converts back).
            var recorded = height
            if position == .standing && ageDays < HeightForAge.firstStandingDay { recorded -= HeightForAge.positionAdjustmentCm }
            if position == .lying && ageDays >= HeightForAge.firstStandingDay { recorded += HeightForAge.positionAdjustmentCm }
            let tenths = poor ? PoorMeasuring.readTenths(recorded, &poorRandom) : Int((recorded * 10).rounded())

            growth.append("    <measurement childId=\"")
            appendID(&growth, idPrefix, person.number)
            growth.append(person.sex == .male ? "\" sex=\"M\" birthDate=\"" : "\" sex=\"F\" birthDate=\"")
            growth.append(date: person.birth)
            growth.append("\" date=\"")
            growth.append(date: day)
            growth.append("\" heightCm=\"")
            growth.append(tenths: tenths)
            switch position {
            case .lying?: growth.append("\" position=\"lying")
            case .standing?: growth.append("\" position=\"standing")
            case nil: break
            }
            if profile.weighsChildren >= 1 || random.chance(profile.weighsChildren) {
                let whz = min(4, max(-4, childWHZ + 0.2 * random.normal()))
                growth.append("\" weightKg=\"")
                growth.append(
                    tenths: weightTenths(
                        sex: person.sex, ageDays: ageDays, recordedTenths: tenths,
                        position: position, whz: whz))
            }
            if hasOedema && index == lastWritten {
                growth.append("\" oedema=\"true\"/>\n")
            } else {
                growth.append(profile.writesOedema ? "\" oedema=\"false\"/>\n" : "\"/>\n")
            }
            figures.measurements += 1
            last = (ageDays, tenths, position)
        }

        guard let used = last else { return }
        let assessment = Self.heightForAge.assess(
            sex: person.sex, ageDays: used.ageDays,
            heightCm: Double(used.tenths) / 10, position: used.position)
        switch assessment.status {
        case .normal: figures.childrenAssessed += 1
        case .stunted, .severelyStunted: figures.childrenAssessed += 1; figures.stunted += 1
        case .implausible, .outOfAge: break
        }
    }

    /// The HAZ of a child whose draw is `z` (commune mean plus a standard normal): spread 1.4 times
    /// around −2, as routine data spread (SD of HAZ about 1.3-1.5, docs/spec/data-quality-v1.md §2), so that
    /// a station that measures well scores excellent or good on the SD; pivoted at −2 so that the
    /// share stunted stays what the commune means were tuned to.
    static func hazSpread(_ z: Double) -> Double { -2 + 1.4 * (z + 2) }

    /// The weight, in tenths of a kg, of a child whose weight-for-length/height z is `whz`, at the
    /// length or height the reader adjusts `recordedTenths` to (the 0.7 cm rule): the WHO
    /// weight-for-length table under 731 days, weight-for-height from then, its row clamped into
    /// the table, and y = M (1 + L S z)^(1 / L).
    @inline(__always)
    func weightTenths(
        sex: Sex, ageDays: Int, recordedTenths: Int, position: MeasuredPosition?,
        whz: Double
    ) -> Int {
        let lengthTable = ageDays < WeightStandards.firstHeightTableDay
        var row = recordedTenths
        if lengthTable && position == .standing && Double(ageDays) / HeightForAge.daysPerMonth >= 9 { row += 7 }
        if !lengthTable && position == .lying { row -= 7 }
        let table = lengthTable ? Self.weightStandards.weightForLength : Self.weightStandards.weightForHeight
        row = min(max(row, table.tenths.lowerBound), table.tenths.upperBound)
        let lms = table.lms(sex: sex, tenths: row)!
        return max(5, Int((lms.value(atSD: whz) * 10).rounded()))
    }
}
