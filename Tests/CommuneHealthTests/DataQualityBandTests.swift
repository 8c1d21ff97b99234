import Testing
@testable import CommuneHealth

// Bands and points at their edges, pooling of communes, the JSON shape and the labels
// (data-quality-v1 §2, §3). Helpers `qualityChild`, `tally`, `hazTally` are in DataQualityTests.

/// The SD category of plausible z −a, 0, a: SD² = (a² + 0 + a²) / (3 − 1) = a², so SD = a exactly.
private func sdCategory(_ a: Double, whz: Bool = false) -> QualityCategory? {
    let quality = DataQuality(tally([-a, 0, a].map { whz ? qualityChild(whz: $0) : qualityChild(haz: $0) }))
    return whz ? quality.whz.sdCategory : quality.haz.sdCategory
}

@Suite struct DataQualityBandTests {
    @Test func hazSDBandsIncludeTheirBounds() {
        #expect(sdCategory(1.35) == .excellent)
        #expect(sdCategory(1.95) == .excellent)
        #expect(sdCategory(1.34) == .good)
        #expect(sdCategory(1.96) == .good)
        #expect(sdCategory(1.2) == .good)
        #expect(sdCategory(2.1) == .good)
        #expect(sdCategory(1.19) == .acceptable)
        #expect(sdCategory(2.11) == .acceptable)
        #expect(sdCategory(1.1) == .acceptable)
        #expect(sdCategory(2.2) == .acceptable)
        #expect(sdCategory(1.09) == .problematic)
        #expect(sdCategory(2.21) == .problematic)
        #expect(DataQuality(hazTally([-1.35, 0, 1.35])).haz.sd == 1.35)
    }

    @Test func whzSDBandsIncludeTheirBounds() {
        #expect(sdCategory(0.9, whz: true) == .excellent)
        #expect(sdCategory(1.1, whz: true) == .excellent)
        #expect(sdCategory(0.89, whz: true) == .good)
        #expect(sdCategory(0.85, whz: true) == .good)
        #expect(sdCategory(1.15, whz: true) == .good)
        #expect(sdCategory(0.84, whz: true) == .acceptable)
        #expect(sdCategory(0.8, whz: true) == .acceptable)
        #expect(sdCategory(1.2, whz: true) == .acceptable)
        #expect(sdCategory(0.79, whz: true) == .problematic)
        #expect(sdCategory(1.21, whz: true) == .problematic)
    }

    @Test func flaggedShareBands() {
        // HAZ ≤ 1 % / 2.5 % / 5 %: 1 of 100, 5 of 200, 5 of 100 are on the bounds.
        let haz = QualityBands.hazFlagged
        #expect(QualityBands.flaggedShare(flagged: 0, of: 100, haz) == .excellent)
        #expect(QualityBands.flaggedShare(flagged: 1, of: 100, haz) == .excellent)
        #expect(QualityBands.flaggedShare(flagged: 3, of: 200, haz) == .good)
        #expect(QualityBands.flaggedShare(flagged: 5, of: 200, haz) == .good)
        #expect(QualityBands.flaggedShare(flagged: 6, of: 200, haz) == .acceptable)
        #expect(QualityBands.flaggedShare(flagged: 5, of: 100, haz) == .acceptable)
        #expect(QualityBands.flaggedShare(flagged: 6, of: 100, haz) == .problematic)
        // WHZ ≤ 2.5 % / 5 % / 7.5 %: 5, 10, 15 of 200 are on the bounds.
        let whz = QualityBands.whzFlagged
        #expect(QualityBands.flaggedShare(flagged: 5, of: 200, whz) == .excellent)
        #expect(QualityBands.flaggedShare(flagged: 6, of: 200, whz) == .good)
        #expect(QualityBands.flaggedShare(flagged: 10, of: 200, whz) == .good)
        #expect(QualityBands.flaggedShare(flagged: 11, of: 200, whz) == .acceptable)
        #expect(QualityBands.flaggedShare(flagged: 15, of: 200, whz) == .acceptable)
        #expect(QualityBands.flaggedShare(flagged: 16, of: 200, whz) == .problematic)
        #expect(QualityBands.flaggedShare(flagged: 0, of: 0, whz) == nil)
    }

    @Test func shapeDigitAndPValueBands() {
        // |g| < 0.2 / < 0.4 / < 0.6: the bound itself falls in the next band.
        #expect(QualityBands.shape(0.1999) == .excellent)
        #expect(QualityBands.shape(-0.2) == .good)
        #expect(QualityBands.shape(0.4) == .acceptable)
        #expect(QualityBands.shape(-0.5999) == .acceptable)
        #expect(QualityBands.shape(0.6) == .problematic)
        // Score < 8 / < 12 / < 20.
        #expect(QualityBands.digitScore(7.99) == .excellent)
        #expect(QualityBands.digitScore(8) == .good)
        #expect(QualityBands.digitScore(12) == .acceptable)
        #expect(QualityBands.digitScore(19.99) == .acceptable)
        #expect(QualityBands.digitScore(20) == .problematic)
        // p > 0.1 / > 0.05 / > 0.001: the bound itself falls in the worse band.
        #expect(QualityBands.pValue(0.1000001) == .excellent)
        #expect(QualityBands.pValue(0.1) == .good)
        #expect(QualityBands.pValue(0.05) == .acceptable)
        #expect(QualityBands.pValue(0.001) == .problematic)
        #expect(QualityBands.pValue(nil) == nil)
    }

    @Test func penaltyPointsAndTotals() {
        let categories = QualityCategory.allCases
        #expect(categories.map { PenaltyKind.flaggedOrSD.points($0) } == [0, 5, 10, 20])
        #expect(categories.map { PenaltyKind.ratioOrDigits.points($0) } == [0, 2, 4, 10])
        #expect(categories.map { PenaltyKind.shape.points($0) } == [0, 1, 3, 5])
        #expect(PenaltyKind.flaggedOrSD.points(nil) == 0)
        let totals = [0, 9, 10, 14, 15, 24, 25, 90].map { QualityCategory(totalPoints: $0) }
        #expect(totals == [.excellent, .excellent, .good, .good, .acceptable, .acceptable, .problematic, .problematic])
    }

    @Test func aDistrictIsRecomputedFromPooledValues() {
        // Two communes of different shape; the district's statistics must be those of the 1,300
        // pooled values (two-pass, in Double, below), not an average of the communes'.
        var seed: UInt64 = 2024
        func nextZ(_ mean: Double, _ spread: Double) -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(seed >> 11) / Double(1 << 53)
            return ((mean + spread * (u - 0.5) * (u - 0.2) * 8) * 100).rounded() / 100
        }
        let a = (0..<500).map { _ in nextZ(-1.8, 1.1) }, b = (0..<800).map { _ in nextZ(-0.6, 2.0) }
        func children(_ values: [Double]) -> [DataQualityChild] {
            values.map { qualityChild(haz: $0, hazFlagged: abs($0) > 6) }
        }
        let district = DataQuality(tally(children(a)) + tally(children(b)))
        #expect(tally(children(a)) + tally(children(b)) == tally(children(a + b)))

        let pooled = (a + b).filter { abs($0) <= 6 }
        let n = Double(pooled.count), mean = pooled.reduce(0, +) / n
        func moment(_ k: Int) -> Double {
            pooled.reduce(0) { total, z in
                var power = 1.0
                for _ in 0..<k { power *= z - mean }
                return total + power
            } / n
        }
        let (m2, m3, m4) = (moment(2), moment(3), moment(4))
        #expect(district.haz.n == 1300 && district.haz.flagged == 1300 - pooled.count)
        #expect(abs(district.haz.sd! - (m2 * n / (n - 1)).squareRoot()) < 1e-9)
        #expect(abs(district.haz.skewness! - m3 / (m2 * m2.squareRoot())) < 1e-9)
        #expect(abs(district.haz.kurtosis! - (m4 / (m2 * m2) - 3)) < 1e-9)
        let (sdA, sdB) = (DataQuality(tally(children(a))).haz.sd!, DataQuality(tally(children(b))).haz.sd!)
        #expect(abs(district.haz.sd! - (sdA + sdB) / 2) > 0.05)
    }

    @Test func jsonHasTheSpecKeysAndNulls() throws {
        let quality = DataQuality(tally([qualityChild(.male, haz: 0.5, height: 3)]))
        let json = try DataQualityJSON.value(quality)
        #expect(
            keys(json) == [
                "haz", "whz", "heightDigits", "weightDigits", "sexRatio", "ageRatio",
                "birthDates", "hazScore", "whzScore",
            ])
        let haz = try #require(member(json, "haz"))
        #expect(keys(haz) == ["n", "flagged", "flaggedShare", "sd", "skewness", "kurtosis", "points", "category"])
        #expect(member(haz, "sd") == .null && member(haz, "category") == .string("excellent"))
        let digits = try #require(member(json, "heightDigits"))
        #expect(keys(digits) == ["n", "counts", "score", "category"])
        #expect(member(digits, "counts") == .array([0, 0, 0, 1, 0, 0, 0, 0, 0, 0].map { .int($0) }))
        #expect(keys(member(json, "sexRatio")!) == ["boys", "girls", "ratio", "p", "category"])
        #expect(member(member(json, "sexRatio")!, "ratio") == .null)
        #expect(keys(member(json, "ageRatio")!) == ["young", "old", "ratio", "p", "category"])
        #expect(keys(member(json, "birthDates")!) == ["n", "firstOfMonth", "firstOfJanuary", "category"])
        #expect(member(json, "whzScore") == .object([("points", .null), ("category", .null), ("fewChildren", .bool(true))]))
    }

    @Test func everyLabelInBothLanguages() {
        for label in DataQualityLabel.allCases {
            #expect(!label.text(.en).isEmpty && !label.text(.vi).isEmpty, "\(label)")
        }
        let vietnamese = QualityCategory.allCases.map { DataQualityLabel.category($0).text(.vi) }
        #expect(vietnamese == ["rất tốt", "tốt", "chấp nhận được", "có vấn đề"])
        #expect(DataQualityLabel.fewChildrenNote.text(.en).contains("50"))
    }
}

private func keys(_ value: JSONValue) -> [String] {
    guard case .object(let members) = value else { return [] }
    return members.map(\.0)
}

private func member(_ value: JSONValue, _ key: String) -> JSONValue? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.0 == key }?.1
}
