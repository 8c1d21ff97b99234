/// The Review sheet of the workbook (docs/review.md): one row per unit and indicator, as JSON's
/// `changes`, only when the run has two periods or more.
enum XLSXReviewSheet {
    static func columns(_ cells: XLSXCells) -> [XLSXColumn<UnitChange>] {
        let labels = cells.labels, language = labels.language
        func column(_ key: XLSXReviewColumn, _ json: String, _ cell: @escaping (UnitChange) -> XLSXCell) -> XLSXColumn<UnitChange> {
            let words = key.words(language)
            return XLSXColumn(words.heading, words.meaning, json: "changes[]." + json, cell)
        }
        func words(_ key: XLSXColumnKey) -> (heading: String, meaning: String) { key.words(language) }
        func plain(_ key: XLSXColumnKey, _ json: String, _ cell: @escaping (UnitChange) -> XLSXCell) -> XLSXColumn<UnitChange> {
            XLSXColumn(words(key).heading, words(key).meaning, json: "changes[]." + json, cell)
        }
        return [
            plain(.level, "level") { change in
                cells.level(change.unit.level == .commune ? nil : change.unit.level == .district ? .district : .province)
            },
            plain(.provinceCode, "provinceCode") { .text($0.unit.provinceCode) },
            plain(.code, "code") { .text($0.unit.code) },
            plain(.name, "name") { cells.text($0.name) },
            column(.kind, "kind") { change in
                change.unit.level == .commune ? .text(GeographyLabel.rowKind(change.unit.kind).text(language)) : .empty
            },
            plain(.map, "mapEdition") { .text(GeographyLabel.mapName($0.unit.edition).text(language)) },
            plain(.indicator, "indicator") { .text(labels.short($0.indicator)) },
            column(.firstCounted, "first.assessed") { cells.count($0.first?.total) },
            column(.firstCases, "first.cases") { cells.count($0.first?.hits) },
            column(.firstRate, "first.rate") { cells.rate($0.first?.rate) },
            column(.lastCounted, "last.assessed") { cells.count($0.last?.total) },
            column(.lastCases, "last.cases") { cells.count($0.last?.hits) },
            column(.lastRate, "last.rate") { cells.rate($0.last?.rate) },
            column(.change, "change") { cells.rate($0.change) },
            column(.changeCILow, "changeCI[0]") { cells.rate($0.changeCI?.low) },
            column(.changeCIHigh, "changeCI[1]") { cells.rate($0.changeCI?.high) },
            column(.changePeople, "changePeople") { cells.count($0.changePeople) },
            column(.judgement, "judgement") { change in
                guard let judgement = change.judgement else { return .empty }
                let cell = XLSXCell.text(labels.review(.judgement(judgement)))
                return judgement == .worsened ? cell.highlighted : cell
            },
            plain(.target, "target") { cells.rate($0.target) },
            column(.targetStatus, "targetStatus") { change in
                guard let status = change.targetStatus else { return .empty }
                let cell = XLSXCell.text(labels.review(.targetStatus(status)))
                return status == .fellBack ? cell.highlighted : cell
            },
            column(.gapLast, "gapLast") { cells.count($0.gapLast) },
            column(.fewAssessed, "fewAssessed") { cells.yesNo($0.fewAssessed) },
            column(.incomplete, "incomplete") { change in change.incomplete.map { .text(labels.review(.incomplete($0))) } ?? .empty },
            column(.commendationRank, "commendationRank") { cells.count($0.commendationRank) },
            column(.attentionRank, "attentionRank") { cells.count($0.attentionRank) },
        ]
    }
}
