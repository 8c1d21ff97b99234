import Foundation

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

/// Writes a synthetic province of valid exports: Tuyên Quang's districts and communes, one file
/// per commune for the calendar year, the same bytes for the same options.
///
/// Everything a commune is (name, code, size, ethnic mix, poverty, how well it insures and feeds
/// its people, and the people themselves) comes from the seed alone, and the year only moves it
/// along the province's 2021-2025 trend, so the exports of one seed for several years read as the
/// same communes getting slowly better covered and less stunted.
public struct ProvinceGenerator: Sendable {
    public var options: GeneratorOptions
    public init(options: GeneratorOptions) { self.options = options }

    public func write(to folder: String) throws -> GenerationSummary {
        guard options.communes >= 1 else { throw GeneratorError.invalidOptions("--communes must be at least 1") }
        guard options.residents >= options.communes else {
            throw GeneratorError.invalidOptions("--residents must be at least --communes")
        }
        guard (1900...9000).contains(options.year) else { throw GeneratorError.invalidOptions("--year is out of range") }

        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let writers = try communeWriters()
        let results = ResultSlots(count: writers.count)
        DispatchQueue.concurrentPerform(iterations: writers.count) { index in
            let writer = writers[index]
            let (bytes, figures) = writer.render()
            let path = (folder as NSString).appendingPathComponent(writer.fileName)
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                results.set(index, .success(figures))
            } catch {
                results.set(index, .failure(error))
            }
        }
        var summary = GenerationSummary(files: 0, residents: 0, measurements: 0)
        for result in results.values {
            let figures = try result!.get()
            summary.files += 1
            summary.residents += figures.population
            summary.measurements += figures.measurements
        }
        return summary
    }

    /// One writer per commune, in code order.
    func communeWriters() throws -> [CommuneExportWriter] {
        let places = try ProvinceGeography.selection(count: options.communes, seed: options.seed)
        return CommuneProfile.profiles(for: places, residents: options.residents, seed: options.seed).map {
            CommuneExportWriter(profile: $0, seed: options.seed, year: options.year)
        }
    }
}

/// The outcome of each commune, filled from several threads, each writing its own slot.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<CommuneExportFigures, Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<CommuneExportFigures, Error>) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = result
    }

    var values: [Result<CommuneExportFigures, Error>?] {
        lock.lock(); defer { lock.unlock() }
        return slots
    }
}
