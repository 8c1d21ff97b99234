import Foundation
import Testing
@testable import CommuneHealth
import CommuneHealthGenerator

// #29: every word of every format and message goes through a LabelKey. The test-only
// pseudo-language `Language.marked` writes every text of English between ⟦ and ⟧ (Text/Marked.swift);
// every output rendered in it, once the marked texts, the data and the formats' own syntax are
// taken out, must hold no word of the tool's English or Vietnamese.

/// The inputs: SampleData (five years: the review), the fixtures of every kind of problem, and a
/// generated province with mess (problems of every kind on a larger scale).
private struct Inputs {
    let sample: [String]
    let fixtures: [String]
    let messy: [String]

    static let shared = try! Inputs()

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        sample = try InputFiles.collect([root.appendingPathComponent("SampleData").path])
        fixtures = try InputFiles.collect(["reader", "rejections", "cards", "messy", "review", "spoofing", "geography"].map(fixture))
        let folder = scratchFolder("commune-health-marked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try ProvinceGenerator(options: GeneratorOptions(communes: 4, residents: 8_000, seed: 29, year: 2024, mess: 3))
            .write(to: folder.path)
        messy = try InputFiles.collect([folder.path])
    }
}

/// A text of the tool: what the check looks for.
private struct Vocabulary {
    /// Every word of length 2 or more of every text of English and Vietnamese, lower-cased.
    let words: Set<String>

    static let shared = Vocabulary()

    init() {
        var texts: [String] = []
        for language in [Language.en, .vi] {
            let labels = Labels(language)
            texts += LabelKey.samples.map { labels[$0] }
            texts += ListKey.allCases.flatMap { labels.list($0) }
            for id in IndicatorID.allCases {
                let w = IndicatorWords.of(id, language)
                texts += [
                    w.name, w.short, w.column, w.counted, w.cases, w.severe, w.gapNoun, w.gapNounOne,
                    w.countedHeading, w.casesHeading, w.gapHeading,
                ]
            }
        }
        var words = Set(texts.flatMap(LanguageCheck.words))
        // Names are data, and the register's and the exports' names hold words of Vietnamese that
        // the texts hold too ("Xã", "Phường", "Thị trấn"): a name cannot be told from a text by
        // its words, so these words are not looked for.
        words.subtract(LanguageCheck.nameWords)
        // Words the formats and the data write whatever the language, by their specifications:
        words.subtract(LanguageCheck.neverTranslated)
        self.words = words
    }
}

enum LanguageCheck {
    /// The words of a text: maximal runs of letters and digits, lower-cased; a run with a digit is
    /// a code or a number ("TE1010000000001", "v1"), a run of capitals an acronym, a code or a
    /// placeholder ("BHYT", "NO", "PATH"), one letter no word.
    static func words(_ text: String) -> [String] {
        var words: [String] = [], current = "", hasDigit = false
        func flush() {
            if current.count >= 2 && !hasDigit && current.contains(where: \.isLowercase) { words.append(current.lowercased()) }
            current = ""
            hasDigit = false
        }
        for character in text {
            if character.isLetter { current.append(character) } else if character.isNumber { current.append(character); hasDigit = true } else { flush() }
        }
        flush()
        return words
    }

    /// The words of every name of the register (provinces, districts, communes of both maps).
    static let nameWords: Set<String> = {
        let register = CommuneRegister.shared
        var names: [String] = []
        for edition in MapEdition.allCases {
            for province in register.provinces(in: edition) {
                names.append(province.name)
                for commune in register.communes(ofProvince: province.code, in: edition) {
                    names.append(commune.name)
                    if let district = commune.district { names.append(district.name) }
                }
            }
        }
        return Set(names.flatMap(words))
    }()

    /// Words every language writes alike, by the specifications: they stay when the words of the
    /// tool are taken out, and are not looked for.
    /// - WHO's own column names (docs/who-prevalence.md: "never translated"): HAZ_pop, WHZ, …;
    /// - the XML names quoted in problem messages (`<resident>`, `heightCm`) are the format's;
    /// - units: cm, kg, min;
    static let neverTranslated: Set<String> = [
        "pop", "cm", "kg", "min",
    ]

    /// What is left of `text` once the marked texts are taken out (nested marks too).
    static func unmarked(_ text: String) -> String {
        var out = "", depth = 0
        for character in text {
            if character == "⟦" { depth += 1 } else if character == "⟧" { depth -= 1; out.append(" ") } else if depth == 0 { out.append(character) }
        }
        return out
    }

    /// An HTML page's text and the texts of its `aria-label`, `title` and `alt` attributes; its
    /// tags, style sheet and script (the format's syntax) left out.
    static func htmlText(_ html: String) -> String {
        var text = html
        for block in ["style", "script"] {
            text = text.replacingOccurrences(of: "<\(block)[^>]*>[\\s\\S]*?</\(block)>", with: " ", options: .regularExpression)
        }
        var attributes: [String] = []
        let pattern = try! NSRegularExpression(pattern: "(aria-label|title|alt)=\"([^\"]*)\"")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            attributes.append(String(text[Range(match.range(at: 2), in: text)!]))
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "&#?[A-Za-z0-9]+;", with: " ", options: .regularExpression)
        return text + "\n" + attributes.joined(separator: "\n")
    }

    /// The words of the tool left in `output` once its marked texts and the syntax are taken
    /// out, each with a little of its context. The words of its data (`data`: names, files, codes,
    /// the texts of libxml2, of the system and of the reader's limits that problems quote) are
    /// not looked for: a word of a commune's name cannot be told from the same word of a text.
    fileprivate static func escaped(_ output: String, data: Set<String>, vocabulary: Vocabulary = .shared) -> [String] {
        let text = unmarked(output)
        var found: [String] = []
        for line in text.split(separator: "\n") {
            let hits = words(String(line)).filter { vocabulary.words.contains($0) && !data.contains($0) }
            if !hits.isEmpty { found.append("\(hits.joined(separator: ",")) in: \(line.prefix(160))") }
        }
        return found
    }
}

/// Every output of one run, in one language: each format of `analyze` (both maps), `prevalence`,
/// `validate`, `zscores`, `uninsured`, and the messages of standard error.
private func outputs(_ files: [String], _ language: Language) throws -> [(name: String, text: String)] {
    var outputs: [(String, String)] = []
    let labels = Labels(language)
    var reader = ExportReader()
    reader.tracksChildGroups = true
    for units in [MapUnits.reported, .current] {
        let analysis = Analyzer(jobs: 1, reader: reader).analyze(files: files, units: units)
        let name = "analyze \(units)"
        outputs += [
            ("\(name) table", TableReport.render(analysis, language: language)),
            // The band column holds the band's code, as JSON does, in every language.
            (
                "\(name) csv",
                withoutCells(
                    CSVReport.render(analysis, language: language),
                    Set(PublicHealthBands.Band.allCases.map(\.rawValue)))
            ),
            ("\(name) markdown", MarkdownReport.render(analysis, language: language)),
            ("\(name) html", LanguageCheck.htmlText(HTMLReport.render(analysis, language: language))),
        ]
        // JSON: its keys and values never change with the language; its problems' reasons do.
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(analysis, language: language).utf8))
        outputs.append(("\(name) json reasons", reasons(in: json).joined(separator: "\n")))
        // The workbook's every string, and its sheet names.
        let folder = scratchFolder("commune-health-marked-xlsx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("a.xlsx").path
        try XLSXReport.write(analysis, to: path, language: language)
        outputs.append(("\(name) xlsx", try workbookText(path)))
        // Standard error of `analyze`: the problems by kind, the rejected and superseded files.
        outputs.append(
            (
                "\(name) stderr",
                ProblemSummary(analysis, examples: 3).standardErrorLines(labels, rejected: analysis.rejectedFiles)
                    .joined(separator: "\n") + "\n" + analysis.supersededFiles.map(labels.superseded).joined(separator: "\n")
            ))
        for level in [WHOPrevalenceLevel.province, .district, .commune] {
            let tables = WHOPrevalenceReport.units(analysis, level: level)
            outputs.append(("prevalence \(units) \(level) markdown", WHOPrevalenceReport.markdown(tables, language: language)))
            try XLSXReport.writeWHOPrevalence(tables, to: path, language: language)
            outputs.append(("prevalence \(units) \(level) xlsx", try workbookText(path)))
        }
    }
    // validate: text (FILE:LINE: message), CSV and the summary line.
    var validated: [String] = []
    for report in FileValidator(language: language).validate(files: files, jobs: 1) {
        validated += report.problems
        // Its CSV's category and kind are codes (docs/problems.md); the reason is in the language.
        for row in ValidationListing.csvRows(report).split(separator: "\r\n") {
            validated.append(String(row.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).last ?? ""))
        }
    }
    validated.append(labels.validated(files: files.count, rejected: 1, problems: 2))
    // libxml2's schema messages are quoted after `schema: `, as libxml2 writes them.
    outputs.append(
        (
            "validate",
            validated.map { line in
                line.range(of: "schema: ").map { String(line[..<$0.upperBound]) } ?? line
            }.joined(separator: "\n")
        ))
    // zscores and uninsured: their messages and reasons.
    let zscores = ZScoreRun(jobs: 1).run(files: files)
    outputs.append(
        (
            "zscores",
            (zscores.rejectedFiles.map(labels.message) + zscores.supersededFiles.map(labels.supersededNotListed))
                .joined(separator: "\n")
        ))
    let uninsured = UninsuredRun(jobs: 1).run(files: files)
    // Its values never change with the language (cards-v1 §4): its header does.
    outputs.append(("uninsured csv header", UninsuredReport.csv(uninsured.rows, language: language).components(separatedBy: "\r\n")[0]))
    outputs.append(
        (
            "uninsured json reasons",
            reasons(in: try JSONSerialization.jsonObject(with: Data(UninsuredReport.json(uninsured, language: language).utf8))).joined(separator: "\n")
        ))
    outputs.append(("uninsured stderr", uninsured.supersededFiles.map(labels.supersededNotListed).joined(separator: "\n")))
    return outputs
}

/// Every `reason` of a JSON document.
private func reasons(in json: Any) -> [String] {
    switch json {
    case let object as [String: Any]: object.flatMap { key, value in key == "reason" ? [value as? String ?? ""] : reasons(in: value) }
    case let array as [Any]: array.flatMap(reasons)
    default: []
    }
}

/// Every string of a workbook's sheets, and their names; but the codes it writes as the exports
/// and JSON do (a breakdown's group key, the About sheet's JSON keys: `$.units`, `indicators.wasting.rate`).
private func workbookText(_ path: String) throws -> String {
    let book = XLSXReadBack(path: path)
    let names = try book.sheetNames()
    var texts = names
    let groupKeys: Set = ["poor", "near-poor", "none"]
    // The About sheet's last column holds JSON keys, its units row starts with `--units`' value.
    let about = XLSXLabel.aboutSheet.text(.marked)
    let jsonKey = try! NSRegularExpression(pattern: "^[$A-Za-z][A-Za-z0-9$\\[\\]]*(\\.[A-Za-z0-9$\\[\\]]+)+$")
    for sheet in names {
        for (reference, cell) in try book.cells(ofSheet: sheet) {
            guard var text = cell.string, !groupKeys.contains(text), text != "commune-health" else { continue }  // the tool's name
            if sheet == about && reference.hasPrefix("E") { continue }
            if jsonKey.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { continue }
            for units in MapUnits.allCases where text.hasPrefix(units.rawValue + ": ") { text.removeFirst(units.rawValue.count) }
            texts.append(text)
        }
    }
    return texts.joined(separator: "\n")
}

/// A CSV without the cells that hold one of `codes`.
private func withoutCells(_ csv: String, _ codes: Set<String>) -> String {
    csv.split(separator: "\n").map { line in
        line.split(separator: ",", omittingEmptySubsequences: false).filter { !codes.contains(String($0)) }.joined(separator: ",")
    }.joined(separator: "\n")
}

/// The data of a run, quoted in its outputs: the names of its files, units and groups, and the
/// texts of libxml2, of the system and of the reader's limits that its problems quote.
private func data(_ files: [String]) -> Set<String> {
    let analysis = Analyzer(jobs: 1).analyze(files: files, units: .current)
    var data = files + files.map { ($0 as NSString).lastPathComponent }
    data += analysis.communes.flatMap { [$0.commune.name] + ($0.commune.districtName.map { [$0] } ?? []) }
    data += (analysis.provinces + analysis.districts).compactMap(\.name)
    data += analysis.rejectedFiles.compactMap { rejection -> String? in
        switch rejection.reason {
        case .unreadable(.system(let why)), .notWellFormed(.libxml2(let why)): why
        default: nil
        }
    }
    // Names as the exports write them (ethnicities, provinces, districts, communes).
    let attribute = try! NSRegularExpression(pattern: "(ethnicity|name|provinceName|districtName)=\"([^\"]*)\"")
    for file in files {
        guard let xml = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        for match in attribute.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            data.append(String(xml[Range(match.range(at: 2), in: xml)!]))
        }
    }
    return Set(data.flatMap(LanguageCheck.words))
}

@Suite(.serialized) struct LanguageTests {
    @Test func thePseudoLanguageIsNotOfferedToUsers() {
        #expect(Language.offered == [.en, .vi])
        #expect(!Language.marked.isOffered)
    }

    @Test func thePseudoLanguageMarksEveryText() {
        let marked = Labels(.marked)
        for key in LabelKey.samples {
            let text = marked[key], english = Labels(.en)[key]
            // A text with a letter is marked; a mark (‡, †, ÷), a number's punctuation is not.
            #expect(text == (english.contains(where: \.isLetter) ? "⟦" + english + "⟧" : english), "\(key): \(text)")
        }
        #expect(marked[.dataQuality(.problematicMark)] == "‡" && marked[.note(.met)] == "⟦Met⟧")
        // Numbers are written as English writes them, unmarked.
        #expect(marked.integer(2_214) == "2,214" && marked.percent(0.923) == "92.3%")
    }

    /// The check finds the words of English and of Vietnamese: the same outputs in either
    /// language are full of them (else the check could not fail).
    @Test(arguments: [Language.en, .vi]) func theCheckFindsTheWordsOfARealLanguage(_ language: Language) throws {
        let inputs = Inputs.shared
        let data = data(inputs.fixtures)
        for (name, text) in try outputs(inputs.fixtures, language) where !text.isEmpty && !name.contains("uninsured") {
            #expect(!LanguageCheck.escaped(text, data: data).isEmpty, "\(name) in \(language) shows no word of the tool")
        }
    }

    @Test(arguments: ["sample", "fixtures", "messy"]) func noWordEscapesTheKeys(_ set: String) throws {
        let inputs = Inputs.shared
        let files = set == "sample" ? inputs.sample : set == "fixtures" ? inputs.fixtures : inputs.messy
        let data = data(files)
        for (name, text) in try outputs(files, .marked) {
            let escaped = LanguageCheck.escaped(text, data: data)
            #expect(escaped.isEmpty, "\(set) \(name): \(escaped.prefix(10).joined(separator: "\n"))")
        }
    }

    /// The messages of errors: the file system, standard output, the workbook, the command line.
    @Test func errorsGoThroughTheKeys() {
        let marked = Labels(.marked)
        for key in FailureText.samples {
            var text = marked[.failure(key)]
            if case .fileSystem(let error) = key { text = text.replacingOccurrences(of: error.reason, with: " ") }
            if case .workbook(let error) = key { text = text.replacingOccurrences(of: error.message, with: " ") }
            #expect(LanguageCheck.escaped(text, data: ["out", "disk", "full", "exports", "tmp"]).isEmpty, "\(key): \(text)")
        }
        #expect(marked.error(FileSystemError(.write, path: "out.csv", code: 28)).hasPrefix("⟦cannot write out.csv"))
        #expect(Labels(.vi).error(FileSystemError(.emptyPath, path: "", code: 0)) == "đường dẫn rỗng")
        #expect(Labels(.en).error(FileSystemError(.emptyPath, path: "", code: 0)) == "the path is empty")
    }

    /// `generate`'s refusals and last lines, and the generator's own errors, in the run's language (#29).
    @Test func generateSpeaksThroughTheKeys() throws {
        let marked = Labels(.marked)
        for key in GenerateText.samples {
            let text = marked.generate(key)
            #expect(text.hasPrefix("⟦") && text.hasSuffix("⟧"), "\(key): \(text)")
            #expect(LanguageCheck.escaped(text, data: ["out"]).isEmpty, "\(key): \(text)")
        }
        let options = GeneratorOptions(communes: 0, residents: 10, seed: 1, year: 2024)
        let error = try #require(throws: GeneratorError.self) { try ProvinceGenerator(options: options).write(to: "unwritten") }
        #expect(marked.generate(error.text) == "⟦--communes must be at least 1⟧")
        #expect(Labels(.vi).generate(error.text) == "--communes phải lớn hơn hoặc bằng 1")
        #expect(error.description == "--communes must be at least 1")
        #expect(
            Labels(.vi).generate(.wroteProvince(files: 4, residents: 8000, measurements: 1200, folder: "out"))
                == "đã ghi 4 tệp xuất, 8000 người dân, 1200 lần đo vào out")
    }
}
