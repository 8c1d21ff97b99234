import ArgumentParser
import CommuneHealth

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    func validate() throws {
        guard communes >= 1 else { throw ValidationError("--communes must be at least 1") }
        guard residents >= communes else { throw ValidationError("--residents must be at least --communes") }
        guard GeneratorOptions.years.contains(year) else { throw ValidationError(GeneratorOptions.yearRangeMessage) }
    }

    func run() throws {
        let options = GeneratorOptions(communes: communes, residents: residents, seed: seed, year: year)
        let summary = try ProvinceGenerator(options: options).write(to: out)
        printToStandardError("wrote \(summary.files) exports, \(summary.residents) residents, \(summary.measurements) measurements to \(out)")
    }
}
