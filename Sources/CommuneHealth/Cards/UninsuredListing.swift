// The follow-up list (docs/spec/cards-v1.md §4): one row per resident without a valid card on the reference
// date, for the station's staff to visit.

/// A resident without a valid card on the reference date, as `commune-health uninsured` lists it.
package struct UninsuredResident: Sendable, Equatable {
    package var file: String
    package var line: Int
    package var communeCode: String
    package var residentId: String
    package var sex: Sex
    package var birthDate: CalendarDate
    /// Completed years on the reference date.
    package var ageYears: Int
    /// As written; empty when not given.
    package var ethnicity: String
    package var poverty: PovertyStatus
    /// The latest validTo of the resident's cards that ended before the reference date; nil if none.
    package var lastCardValidTo: CalendarDate?
    /// A child under 6 or a resident of a poor household: the budget pays the card.
    package var entitledFree: Bool

    package init(
        file: String, line: Int, communeCode: String, residentId: String, sex: Sex, birthDate: CalendarDate,
        ageYears: Int, ethnicity: String, poverty: PovertyStatus, lastCardValidTo: CalendarDate?,
        entitledFree: Bool
    ) {
        self.file = file
        self.line = line
        self.communeCode = communeCode
        self.residentId = residentId
        self.sex = sex
        self.birthDate = birthDate
        self.ageYears = ageYears
        self.ethnicity = ethnicity
        self.poverty = poverty
        self.lastCardValidTo = lastCardValidTo
        self.entitledFree = entitledFree
    }

    /// The field of `column` as the CSV shows it (and the JSON, but for numbers and booleans).
    package func field(_ column: UninsuredColumn) -> String {
        switch column {
        case .file: return file
        case .line: return String(line)
        case .communeCode: return communeCode
        case .residentId: return residentId
        case .sex: return sex.rawValue
        case .birthDate: return birthDate.description
        case .ageYears: return String(ageYears)
        case .ethnicity: return ethnicity
        case .poverty: return poverty.rawValue
        case .lastCardValidTo: return lastCardValidTo?.description ?? ""
        case .entitledFree: return entitledFree ? "true" : "false"
        }
    }

    /// The cell of `column` in the CSV: the line and the age are numbers, the rest text.
    func cell(_ column: UninsuredColumn) -> CSVCell {
        column == .line || column == .ageYears ? .number(field(column)) : .text(field(column))
    }
}

extension UninsuredInFile {
    /// The row, with the strings made from the file's tables.
    func row(file: String, communeCode: String, residentId: String, ethnicity: String) -> UninsuredResident {
        UninsuredResident(
            file: file, line: line, communeCode: communeCode, residentId: residentId, sex: sex,
            birthDate: birth.date, ageYears: ageYears, ethnicity: ethnicity, poverty: poverty,
            lastCardValidTo: lastValidTo?.date, entitledFree: isUnder6(ageYears: ageYears) || poverty == .poor)
    }
}
