/// Options of `generate`.
public struct GeneratorOptions: Sendable {
    public var communes: Int
    public var residents: Int
    public var seed: UInt64
    public var year: Int

    public init(communes: Int = 140, residents: Int = 800_000, seed: UInt64 = 2024, year: Int = 2024) {
        self.communes = communes
        self.residents = residents
        self.seed = seed
        self.year = year
    }
}

public struct GenerationSummary: Sendable {
    public var files: Int
    public var residents: Int
    public var measurements: Int
}

/// Writes a synthetic province of valid exports.
public struct ProvinceGenerator: Sendable {
    public var options: GeneratorOptions
    public init(options: GeneratorOptions) { self.options = options }

    public func write(to folder: String) throws -> GenerationSummary {
        GenerationSummary(files: 0, residents: 0, measurements: 0)
    }
}
