/// The records of an export as the reader hands them over, valid ones only: the reader knows the
/// format (spec sections 1, 2 and 4) and decides nothing about coverage or which measurement
/// counts; the sink (Indicators/FileFold.swift) applies the definitions of section 3.
protocol ExportRecordSink: ~Copyable {
    /// A valid resident; its valid cards follow, then `endResident`.
    mutating func resident(_ resident: ResidentRecord)
    /// A valid card of the resident last handed over.
    mutating func card(_ card: CardRecord)
    mutating func endResident()
    /// A valid measurement, in document order.
    mutating func measurement(_ measurement: MeasurementRecord)
}

/// A valid `<resident>`.
struct ResidentRecord {
    var line: Int
    var sex: Sex
    var birthDate: DateFields
    var poverty: PovertyStatus
    /// Index in the file's table of ethnic groups (the reader's `ethnicities`), or -1 when not given.
    var ethnicity: Int
    /// Index of its id in the file's table of resident ids (the reader's `residentIDs`).
    var idIndex: Int
}

/// A valid `<insuranceCard>`: validFrom <= validTo.
struct CardRecord {
    /// Where the card's tag stands: its line is counted only for a warning.
    var position: StartTagPosition
    var line: Int { position.line }
    var validFrom: DateFields
    var validTo: DateFields
    /// The @number classified (cards-v1 §1); its warnings, if any, the reader has already given.
    var number: CardNumber
    /// The @number as written: the text of a warning the fold gives (a TE card held at 6 or
    /// more), rather than the number rebuilt digit by digit from its fields (#30). Its bytes are
    /// libxml2's, valid only while the record is handed over.
    var numberText: ByteView
}

/// A valid `<measurement>`.
struct MeasurementRecord {
    var measurement: Measurement
    /// Index of the child among the file's child ids, in order of first appearance.
    var childIndex: Int
    /// Index of its row among the kept entries (`zscores`), or -1 when entries are not kept.
    var entryIndex: Int
}
