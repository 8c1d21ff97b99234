/// `analyze --format table`: for an 80-column terminal, the province headline first.
public enum TableReport {
    public static func render(_ analysis: Analysis) -> String {
        let targets = analysis.targets
        var out = ""
        for province in analysis.provinces {
            let f = province.figures
            out += "\(province.name ?? "Province \(province.code)") (\(province.code)), "
            out += "\(province.period.from) to \(province.period.to): \(province.communes) communes\n"
            out += "  Health-insurance coverage \(percent(f.coverage)) of \(f.population) residents"
            out += "  target >= \(percent(targets.coverage)): \(verdict(targets.meetsCoverage(f)))"
            if targets.meetsCoverage(f) == false { out += ", \(targets.uninsuredGap(f)) residents to insure" }
            out += "\n"
            out += "  Stunting under 5          \(percent(f.stuntingRate)) of \(f.childrenAssessed) children"
            out += "  target < \(percent(targets.stuntingRateBelow)): \(verdict(targets.meetsStunting(f)))"
            if targets.meetsStunting(f) == false { out += ", \(targets.stuntedExcess(f)) stunted above the line" }
            out += "\n\n"
        }
        let columns = "  code  name                      people  cover  kids  stunt  "
        if !analysis.districts.isEmpty {
            out += "Districts\n" + columns + "\n"
            for district in analysis.districts {
                out += row(code: district.code, name: district.name ?? "", figures: district.figures, targets: targets)
            }
            out += "\n"
        }
        out += "Communes (* misses a target)\n" + columns + "\n"
        for summary in analysis.communes {
            out += row(code: summary.commune.code, name: summary.commune.name, figures: summary.figures, targets: targets)
        }
        out += "\n\(analysis.communes.count) communes counted, \(analysis.rejectedFiles.count) files rejected, "
        out += "\(analysis.supersededFiles.count) superseded, \(analysis.invalidRecords.count) invalid records excluded\n"
        return out
    }

    private static func row(code: String, name: String, figures f: Figures, targets: Targets) -> String {
        let coverMark = targets.meetsCoverage(f) == false ? "*" : " "
        let stuntMark = targets.meetsStunting(f) == false ? "*" : " "
        return "  " + pad(code, 5) + " " + pad(name, 24) + " " + leftPad(String(f.population), 7) + " "
            + leftPad(percent(f.coverage), 6) + coverMark + leftPad(String(f.childrenAssessed), 5) + " "
            + leftPad(percent(f.stuntingRate), 6) + stuntMark + "\n"
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        return formatFixed(value * 100, places: 1) + "%"
    }

    private static func verdict(_ met: Bool?) -> String {
        switch met {
        case true?: return "met"
        case false?: return "MISSED"
        case nil: return "no data"
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - count)
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
