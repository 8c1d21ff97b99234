import CommuneHealth

/// Options of `generate`.
public struct GeneratorOptions: Sendable {
    package var communes: Int
    package var residents: Int
    package var seed: UInt64
    package var year: Int
    /// How many communes measure poorly (heights rounded to the whole or half centimetre, birth
    /// dates written as the 1st of the month, girls brought less often, careless measuring), chosen
    /// by the seed; nil: about one commune in 25, at least one when there are two communes or more.
    package var poorMeasuringCommunes: Int?
    /// The legacy province (`--province`): its legacy communes and districts for a year before
    /// 2025-07-01, the 2025 communes that hold them after. 08 Tuyên Quang, 02 Hà Giang. Several
    /// codes joined by commas (`30,31`) are generated together, `communes` shared among them by
    /// their sizes: the legacy provinces that form one 2025 province, whose 2025 communes may hold
    /// legacy communes of two of them.
    package var province: String
    /// `--mess`: exports messy the way real ones are, this many times a realistic rate of
    /// problems (MessyExports.swift); 0, the default, writes clean exports.
    package var mess: Int
    /// Legacy commune codes of `province` to write instead of a seeded choice of `communes`
    /// (`--legacy-communes`): any commune, a divided one too, so that a sample can hold the case
    /// of a divided commune whose code a 2025 commune reuses. Nil: the choice of `communes`.
    package var legacyCommunes: [String]?
    /// Legacy commune codes whose children grow worse each year instead of better
    /// (`--falling-behind`): the province's yearly gain in height-for-age, reversed and doubled, so
    /// that a sample holds a commune that worsens (docs/review.md). The others are written as ever.
    package var fallingBehindCommunes: [String] = []
    /// `--national-numbers`: card numbers with the province's own code and a range of numbers per
    /// commune unique in the province, so that several provinces can be read together
    /// (Benchmarks/national.sh); false: every province's cards as Tuyên Quang's (08), as before.
    package var nationalNumbers: Bool

    /// The reporting years `generate` accepts: the one range checked by the command line and
    /// by `ProvinceGenerator.write(to:)`.
    package static let years = 2000...2100
    /// Why a year outside `years` is refused.
    /// Why a `--year` outside `years` is refused.
    package static let yearRange = GenerateText.yearRange(lower: years.lowerBound, upper: years.upperBound)

    public init(
        communes: Int = 140, residents: Int = 800_000, seed: UInt64 = 2024, year: Int = 2024,
        poorMeasuringCommunes: Int? = nil, province: String = "08", legacyCommunes: [String]? = nil,
        nationalNumbers: Bool = false, mess: Int = 0
    ) {
        self.province = province
        self.legacyCommunes = legacyCommunes
        self.nationalNumbers = nationalNumbers
        self.mess = mess
        self.communes = communes
        self.residents = residents
        self.seed = seed
        self.year = year
        self.poorMeasuringCommunes = poorMeasuringCommunes
    }
}

public struct GenerationSummary: Sendable {
    package var files: Int
    package var residents: Int
    package var measurements: Int
}

/// Writes a synthetic province of valid exports on the real map (docs/spec/geography-v1.md §6): the legacy
/// communes and districts of `--province` for a year before 2025-07-01, the 2025 communes that hold
/// them after (no district), one file per commune for the calendar year, the same bytes for the
/// same options. `--communes` beyond the province's legacy communes gives all of them.
///
/// Everything a commune is (name, code, size, ethnic mix, poverty, how well it insures and feeds
/// its people, and the people themselves) comes from the seed alone, and the year only moves it
/// along the province's 2021-2025 trend, so the exports of one seed for several years read as the
/// same communes getting slowly better covered and less stunted.
public struct ProvinceGenerator: Sendable {
    package var options: GeneratorOptions
    public init(options: GeneratorOptions) { self.options = options }

    /// Writes the exports into `folder`, created if missing, each through `AtomicFileWriter`: a
    /// symbolic link at `folder` or at a file's name is refused unless `followingSymlinks`, and
    /// nothing but a regular file is replaced (#26).
    /// - Throws: `GeneratorError`, or `FileSystemError` for the first file that could not be written.
    public func write(to folder: String, followingSymlinks: Bool = false) throws -> GenerationSummary {
        guard options.mess >= 0 else { throw GeneratorError.invalidOptions(.notNegative(option: "--mess")) }
        guard options.communes >= 1 else { throw GeneratorError.invalidOptions(.atLeastOne(option: "--communes")) }
        guard options.residents >= options.communes else {
            throw GeneratorError.invalidOptions(.residentsBelowCommunesOption)
        }
        guard GeneratorOptions.years.contains(options.year) else {
            throw GeneratorError.invalidOptions(GeneratorOptions.yearRange)
        }

        if !followingSymlinks && FileSystem.isSymbolicLink(folder) {
            throw FileSystemError(.replace(.symbolicLink), path: folder, code: 0)
        }
        try FileSystem.createFolder(folder)
        let writers = try communeWriters()
        let results = parallelMap(count: writers.count, jobs: CLibrary.activeProcessorCount) {
            index -> Result<CommuneExportFigures, Error> in
            let writer = writers[index]
            let (bytes, figures) = writer.render()
            let path = FileSystem.join(folder, writer.fileName)
            return Result {
                try FileSystem.writeAtomically(bytes, to: path, followingSymlink: followingSymlinks)
                return figures
            }
        }
        var summary = GenerationSummary(files: 0, residents: 0, measurements: 0)
        for result in results {
            let figures = try result.get()
            summary.files += 1
            summary.residents += figures.population
            summary.measurements += figures.measurements
        }
        return summary
    }

    /// One writer per commune, in code order: the legacy communes chosen, or the 2025 communes
    /// that hold them from a year whose reference date (31 December) is on the 2025 map.
    func communeWriters() throws -> [CommuneExportWriter] {
        let provinces = try options.province.split(separator: ",", omittingEmptySubsequences: false).map {
            guard let code = ProvinceCode(String($0)) else { throw GeneratorError.unknownProvince(String($0)) }
            return code
        }
        let places =
            try options.legacyCommunes.map { codes in
                guard provinces.count == 1 else {
                    throw GeneratorError.invalidOptions(.legacyCommunesOfOneProvince)
                }
                return try ProvinceGeography.places(codes: codes, province: provinces[0])
            } ?? ProvinceGeography.selection(count: options.communes, seed: options.seed, provinces: provinces)
        var profiles = CommuneProfile.profiles(for: places, residents: options.residents, seed: options.seed)
        CommuneProfile.choosePoorMeasuring(&profiles, count: options.poorMeasuringCommunes, seed: options.seed)
        for index in profiles.indices where options.fallingBehindCommunes.contains(profiles[index].place.code) {
            profiles[index].fallingBehind = true
        }
        let reference = CalendarDate(year: options.year, month: 12, day: 31)!
        var writers: [CommuneExportWriter]
        if CommuneRegister.edition(on: reference) == .current2025 {
            writers = ProvinceGeography.units2025(of: places).map {
                CommuneExportWriter(unit: $0, profiles: profiles, seed: options.seed, year: options.year)
            }
        } else {
            writers = profiles.map { CommuneExportWriter(profile: $0, seed: options.seed, year: options.year) }
        }
        // A few people are registered in two communes: this one and the one before it.
        for index in writers.indices.dropFirst() { writers[index].twinPlace = writers[index - 1].profile.place.index }
        for index in writers.indices { writers[index].mess = options.mess }
        if options.nationalNumbers {
            var numberings: [String: CardNumbering] = [:]
            for province in provinces {
                numberings[province.description] = CardNumbering.national(
                    province: province,
                    all: try ProvinceGeography.places(province: province))
            }
            for index in writers.indices { writers[index].numberings = numberings }
        }
        return writers
    }
}
