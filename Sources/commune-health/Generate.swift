import ArgumentParser
import CommuneHealth
import CommuneHealthGenerator

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic province of valid exports, the same for the same seed.")

    @Option(help: "Folder to write the exports to (created if missing).")
    var out: String
    @Option(help: "Number of communes.")
    var communes: Int = 140
    @Option(help: "Residents in the whole province.")
    var residents: Int = 800_000
    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 2024
    @Option(help: "Reporting year.")
    var year: Int = 2024
    @Option(
        help:
            "Legacy province code: its communes on the legacy map before 2025, the 2025 communes that hold them from 2025 (08 Tuyên Quang, 02 Hà Giang); several joined by commas are generated together (30,31)."
    )
    var province: String = "08"
    @Option(
        help:
            "Messy exports: this many times a realistic rate of problems (TE cards on adults, standing infants, names without diacritics, dates out of order); 0 writes clean ones."
    )
    var mess: Int = 0
    @Option(help: "Legacy commune codes of the province to write, separated by commas, instead of --communes chosen by the seed (a divided commune too).")
    var legacyCommunes: String?
    @Option(help: "Legacy commune codes, separated by commas, whose children grow worse each year instead of better.")
    var fallingBehind: String?
    @Flag(help: "Card numbers with the province's own code, unique across provinces: for several provinces read together.")
    var nationalNumbers = false
    // #26: symbolic links are refused unless this is given (docs/output.md).
    @Flag(help: "When --out or a file in it is a symbolic link, write where it points (else it is refused).")
    var followSymlink = false
    @Option(help: "Language of the messages: en or vi.")
    var lang: Language = .en
    // #26: exports that are hard on the tool, for the benchmarks (Benchmarks/README.md).
    @Option(
        help: ArgumentHelp(
            "Instead of a province, one adversarial export (two for shared-number-files) of --residents records: \(AdversarialExport.allCases.map(\.rawValue).joined(separator: ", ")).",
            visibility: .hidden))
    var adversarial: String?

    private var legacyCommuneCodes: [String]? {
        legacyCommunes.map { $0.split(separator: ",").map { String($0.filter { $0 != " " }) } }
    }

    /// A refusal in the run's language.
    private func refusal(_ key: GenerateText) -> ValidationError { ValidationError(messages.generate(key)) }

    func validate() throws {
        lang.speak()
        guard !out.isEmpty else { throw refusal(.emptyOut) }
        guard mess >= 0 else { throw refusal(.notNegative(option: "--mess")) }
        guard communes >= 1 else { throw refusal(.atLeastOne(option: "--communes")) }
        guard residents >= (legacyCommuneCodes?.count ?? communes) else { throw refusal(.residentsBelowCommunes) }
        if let codes = legacyCommuneCodes {
            guard !codes.isEmpty, codes.allSatisfy({ CommuneCode($0) != nil }) else { throw refusal(.legacyCommuneCodes) }
        }
        guard GeneratorOptions.years.contains(year) else { throw refusal(GeneratorOptions.yearRange) }
        for code in province.split(separator: ",", omittingEmptySubsequences: false) {
            guard let code = ProvinceCode(String(code)), CommuneRegister.shared.province(code, in: .legacy) != nil else {
                throw refusal(.provinceCodes)
            }
        }
    }

    func run() throws {
        lang.speak()
        if let adversarial {
            guard let kind = AdversarialExport(rawValue: adversarial) else {
                throw refusal(.adversarialOneOf(AdversarialExport.allCases.map(\.rawValue)))
            }
            do throws(FileSystemError) {
                try kind.write(count: residents, to: out)
            } catch {
                throw GeneratorRefusal(text: messages.error(error))
            }
            printToStandardError(messages.generate(.wroteAdversarial(kind: adversarial, records: residents, folder: out)))
            return
        }
        var options = GeneratorOptions(
            communes: legacyCommuneCodes?.count ?? communes, residents: residents, seed: seed,
            year: year, province: province, legacyCommunes: legacyCommuneCodes,
            nationalNumbers: nationalNumbers, mess: mess)
        options.fallingBehindCommunes = fallingBehind.map { $0.split(separator: ",").map { String($0.filter { $0 != " " }) } } ?? []
        let summary: GenerationSummary
        do {
            summary = try ProvinceGenerator(options: options).write(to: out, followingSymlinks: followSymlink)
        } catch let error as FileSystemError {
            throw failure(writing: error.isRefusedReplacement ? error.path : out, error)
        } catch let error as GeneratorError {
            throw GeneratorRefusal(text: messages.generate(error.text))
        }
        printToStandardError(
            messages.generate(
                .wroteProvince(
                    files: summary.files, residents: summary.residents,
                    measurements: summary.measurements, folder: out)))
    }
}

/// The generator's error in the run's language: swift-argument-parser writes `Error: ` and its
/// description, and ends with status 1, as for the `GeneratorError` it stands for.
struct GeneratorRefusal: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
