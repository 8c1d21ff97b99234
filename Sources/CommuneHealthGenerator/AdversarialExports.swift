import CommuneHealth

/// Valid exports built to be hard on the tool (#26): every per-resident or per-measurement list
/// at its worst, for the tests, the benchmarks and `generate --adversarial` (Benchmarks/README.md).
/// One resident (with its card) or measurement per line: the `n`-th resident (from 0) is on line
/// `n + 6`; the measurements start on line 9 after one resident, on line 8 after none.
///
/// Every file is of commune 02209 (Xã Tràng Đà, Tuyên Quang, on the legacy map) for 2024, but
/// the second file of `sharedNumberAcrossFiles`, commune 02212 (Phường Nông Tiến).
public enum AdversarialExport: String, CaseIterable, Sendable {
    /// `count` residents, each holding one card valid all 2024 whose number is `0000000000`.
    case placeholderNumber = "placeholder-number"
    /// `count` residents, each holding one card valid all 2024 numbered `GD4080123456789`.
    case sharedNumber = "shared-number"
    /// Two files of `count / 2` residents each (the second gets the odd one), all holding
    /// `GD4080123456789`: one person in two communes with `count` places, and a number shared
    /// within each file.
    case sharedNumberAcrossFiles = "shared-number-files"
    /// One resident aged 2, measured `count` times in 2024 (a day apart, then again from January).
    case oneChildMeasured = "one-child-measured"
    /// `count` children born on different days, each measured once, all with the childId `C1`.
    case childrenWithOneID = "children-one-id"
    /// `count` residents with the id `R1`: the first counts, the others are invalid records.
    case residentsWithOneID = "residents-one-id"

    /// The number `sharedNumber` and `sharedNumberAcrossFiles` give every resident.
    package static let sharedCardNumber = "GD4080123456789"

    /// The files, by name, with their text.
    public func exports(count: Int) -> [(name: String, xml: String)] {
        let count = max(1, count)
        switch self {
        case .placeholderNumber:
            return [("02209-2024.xml", Self.export(residents: count) { Self.resident("R\($0)", card: "0000000000") })]
        case .sharedNumber:
            return [("02209-2024.xml", Self.export(residents: count) { Self.resident("R\($0)", card: Self.sharedCardNumber) })]
        case .sharedNumberAcrossFiles:
            let first = max(1, count / 2), second = max(1, count - first)
            return [
                ("02209-2024.xml", Self.export(residents: first) { Self.resident("R\($0)", card: Self.sharedCardNumber) }),
                (
                    "02212-2024.xml",
                    Self.export(commune: Self.nongTien, residents: second) {
                        Self.resident("R\($0)", card: Self.sharedCardNumber)
                    }
                ),
            ]
        case .residentsWithOneID:
            return [("02209-2024.xml", Self.export(residents: count) { _ in Self.resident("R1", card: "GD4080000000001") })]
        case .oneChildMeasured:
            let birth = CalendarDate(year: 2022, month: 3, day: 1)!
            let xml = Self.export(
                residents: 1, resident: { _ in Self.resident("C1", birth: birth, card: "TE1080000000001") },
                measurements: count
            ) { index in
                // A day apart through 2024, and again: every measurement in the period.
                Self.measurement(child: "C1", birth: birth, date: Self.periodStart.adding(days: index % 366), heightCm: 85 + Double(index % 50) / 10)
            }
            return [("02209-2024.xml", xml)]
        case .childrenWithOneID:
            let xml = Self.export(residents: 0, resident: { _ in "" }, measurements: count) { index in
                let birth = Self.periodStart.adding(days: -1 - index % 1_700)
                return Self.measurement(
                    child: "C1", birth: birth, date: CalendarDate(year: 2024, month: 6, day: 1)!,
                    heightCm: 50 + Double(index % 1_700) / 30)
            }
            return [("02209-2024.xml", xml)]
        }
    }

    /// Writes the files into `folder` (created if missing).
    public func write(count: Int, to folder: String) throws(FileSystemError) {
        try FileSystem.createFolder(folder)
        for (name, xml) in exports(count: count) {
            try FileSystem.writeAtomically(Array(xml.utf8), to: FileSystem.join(folder, name))  // never through a link (#26)
        }
    }

    // MARK: The text

    private static let periodStart = CalendarDate(year: 2024, month: 1, day: 1)!
    private static let trangDa =
        #"<commune code="02209" name="Xã Tràng Đà" provinceCode="08" provinceName="Tỉnh Tuyên Quang" districtCode="070" districtName="Thành phố Tuyên Quang"/>"#
    private static let nongTien =
        #"<commune code="02212" name="Phường Nông Tiến" provinceCode="08" provinceName="Tỉnh Tuyên Quang" districtCode="070" districtName="Thành phố Tuyên Quang"/>"#

    private static func export(commune: String = trangDa, residents: Int, resident: (Int) -> String) -> String {
        export(commune: commune, residents: residents, resident: resident, measurements: 0) { _ in "" }
    }

    /// Lines 1-5 are the declaration, the root, the commune, the period and `<residents>`.
    private static func export(
        commune: String = trangDa, residents: Int, resident: (Int) -> String,
        measurements: Int, measurement: (Int) -> String
    ) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <healthStationExport xmlns="urn:commune-health:export:1" version="1.0" generated="2025-01-06T08:30:00+07:00" software="adversarial">
              \(commune)
              <period from="2024-01-01" to="2024-12-31"/>
              <residents count="\(residents)">

            """
        xml.reserveCapacity(residents * 160 + measurements * 150 + 600)
        for index in 0..<residents { xml += resident(index) }
        xml += "  </residents>\n"
        if measurements > 0 {
            xml += "  <growthMonitoring>\n"
            for index in 0..<measurements { xml += measurement(index) }
            xml += "  </growthMonitoring>\n"
        }
        xml += "</healthStationExport>\n"
        return xml
    }

    private static func resident(
        _ id: String, birth: CalendarDate = CalendarDate(year: 1990, month: 1, day: 1)!,
        card: String
    ) -> String {
        #"    <resident id="\#(id)" sex="F" birthDate="\#(birth)" ethnicity="Tày"><insuranceCard number="\#(card)" validFrom="2024-01-01" validTo="2024-12-31"/></resident>"#
            + "\n"
    }

    private static func measurement(child: String, birth: CalendarDate, date: CalendarDate, heightCm: Double) -> String {
        let tenths = Int((heightCm * 10).rounded())
        return #"    <measurement childId="\#(child)" sex="F" birthDate="\#(birth)" date="\#(date)" heightCm="\#(tenths / 10).\#(tenths % 10)"/>"#
            + "\n"
    }
}
