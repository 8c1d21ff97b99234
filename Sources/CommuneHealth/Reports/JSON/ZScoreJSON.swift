extension ZScoreReport {
    package static func jsonRow(_ row: ZScoreRow) -> JSONValue {
        .object([
            ("file", .string(row.file)), ("line", .int(row.line)), ("communeCode", .string(row.communeCode)),
            ("childId", .string(row.childID)), ("sex", .string(row.sex)), ("birthDate", .string(row.birthDate)),
            ("date", .string(row.date)), ("ageDays", row.ageDays.map { .int($0) } ?? .null),
            ("position", row.position.isEmpty ? .null : .string(row.position)), ("heightCm", .string(row.heightCm)),
            ("adjustedHeightCm", row.adjustedHeightCm.map { .double(roundHalfAwayFromZero($0, decimals: 2)) } ?? .null),
            ("haz", .optional(row.haz)), ("status", .string(row.status.rawValue)), ("used", .bool(row.used)),
            ("positionWarning", .bool(row.positionWarning)),
            ("weightKg", row.weightKg.isEmpty ? .null : .string(row.weightKg)), ("oedema", .bool(row.oedema)),
            ("waz", .optional(row.weight.waz)), ("whz", .optional(row.weight.whz)), ("baz", .optional(row.weight.baz)),
            ("flags", .array(row.flags.map { .string($0.rawValue) })),
        ])
    }
}
