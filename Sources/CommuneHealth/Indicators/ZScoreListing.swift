/// One row of the per-child listing (`zscores`): a measurement as read and as judged.
package struct ZScoreRow: Sendable, Equatable {
    package enum Status: String, Sendable {
        case severelyStunted = "severely-stunted", stunted, normal, implausible
        case outOfAge = "out-of-age", outsidePeriod = "outside-period", invalid
    }
    package var file: String
    package var line: Int
    package var communeCode: String
    package var childID: String
    package var sex: String
    package var birthDate: String
    package var date: String
    package var ageDays: Int?
    package var position: String
    package var heightCm: String
    package var adjustedHeightCm: Double?
    package var haz: Double?
    package var status: Status
    package var used: Bool
    package var positionWarning: Bool
    /// The weight as written; empty when not given.
    package var weightKg: String = ""
    package var oedema: Bool = false
    /// WAZ, WHZ and BAZ rounded; nil where they cannot be computed.
    package var weight = WeightBasedZScores()
    /// The z-scores that carry a WHO flag, haz waz whz baz in that order.
    package var flags: [ZScoreIndex] = []
}

package enum ZScoreListing {
    /// The rows of one file, in document order; `contents` must have been read keeping every entry.
    package static func rows(of contents: ExportContents, anthropometry: Anthropometry) -> [ZScoreRow] {
        contents.entries.map { entry in
            switch entry.validity {
            case .invalid(let raw):
                return ZScoreRow(
                    file: contents.file, line: entry.line, communeCode: contents.commune.code,
                    childID: raw.childID, sex: raw.sex, birthDate: raw.birthDate, date: raw.date,
                    ageDays: nil, position: raw.position, heightCm: raw.height, adjustedHeightCm: nil,
                    haz: nil, status: .invalid, used: false, positionWarning: false,
                    weightKg: raw.weight, oedema: raw.oedema == "true" || raw.oedema == "1")
            case .valid(let m):
                let child = anthropometry.assess(m)
                let assessment = child.height
                let status: ZScoreRow.Status
                if !entry.inPeriod {
                    status = .outsidePeriod
                } else {
                    switch assessment.status {
                    case .severelyStunted: status = .severelyStunted
                    case .stunted: status = .stunted
                    case .normal: status = .normal
                    case .implausible: status = .implausible
                    case .outOfAge: status = .outOfAge
                    }
                }
                return ZScoreRow(
                    file: contents.file, line: entry.line, communeCode: contents.commune.code,
                    childID: m.childID, sex: m.sex.rawValue, birthDate: m.birthDate.description,
                    date: m.date.description, ageDays: assessment.ageDays,
                    position: m.position?.rawValue ?? "", heightCm: formatDecimal(m.heightCm),
                    adjustedHeightCm: assessment.adjustedHeightCm, haz: assessment.haz,
                    status: status, used: entry.used, positionWarning: assessment.positionWarning,
                    weightKg: m.weightKg.map(formatDecimal) ?? "", oedema: m.oedema,
                    weight: child.weight, flags: child.flagged)
            }
        }
    }
}

/// A height or z-score with `places` decimals, `.` as the decimal mark, for machine formats.
/// Works for any double: an implausible z-score from a mistyped height can be astronomically large.
package func formatFixed(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let rounded = roundHalfAwayFromZero(value, decimals: places)
    guard rounded.isFinite, abs(rounded) < 1e15 else { return CLibrary.fixed(value, places: places) }
    let negative = rounded < 0
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(rounded) * Double(scale)).rounded())
    let whole = scaled / scale
    var text = (negative && scaled != 0 ? "-" : "") + String(whole)
    if places > 0 {
        let fraction = String(scaled % scale)
        text += "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
    return text
}

/// A decimal as read, in its shortest form ("86.2", "86").
func formatDecimal(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
}
