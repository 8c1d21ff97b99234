import Benchmark
import CommuneHealth
import Foundation

/// Generated once per run with the project's own generator and a fixed seed, so every run
/// measures the same bytes.
private struct Corpus {
    let folder: String
    let files: [String]
    let bytes: Int
    let residents: Int

    static func make(name: String, communes: Int, residents: Int) -> Corpus {
        let folder = NSTemporaryDirectory() + "commune-health-bench-\(name)"
        if !FileManager.default.fileExists(atPath: folder) {
            _ = try! ProvinceGenerator(options: GeneratorOptions(communes: communes, residents: residents,
                                                                 seed: 2024, year: 2024)).write(to: folder)
        }
        let files = try! InputFiles.collect([folder])
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        return Corpus(folder: folder, files: files, bytes: bytes, residents: residents)
    }
}

private let commune = Corpus.make(name: "commune", communes: 1, residents: 6_000)
private let province = Corpus.make(name: "province", communes: 140, residents: 800_000)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(20),
        maxIterations: 10
    )

    Benchmark("Read and aggregate one commune (6,000 residents)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Analyzer(jobs: 1).analyze(files: commune.files))
        }
    }

    Benchmark("Province, 140 communes, 800,000 residents, one job",
              configuration: .init(maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Analyzer(jobs: 1).analyze(files: province.files))
        }
    }

    Benchmark("Province, 140 communes, 800,000 residents, all cores",
              configuration: .init(maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Analyzer().analyze(files: province.files))
        }
    }

    Benchmark("Z-scores alone (HAZ, WAZ, WHZ, BAZ), 1,000,000 measurements",
              configuration: .init(scalingFactor: .mega, maxDuration: .seconds(30), maxIterations: 10)) { benchmark in
        let anthropometry = Anthropometry()
        var checksum = 0.0
        for index in benchmark.scaledIterations {
            let day = index % 1827
            let sex: Sex = index & 1 == 0 ? .male : .female
            let height = 45.0 + Double(day) * 0.035 + Double(index % 7)
            let weight = 3.0 + Double(day) * 0.006 + Double(index % 5) * 0.3
            let position: MeasuredPosition? = day < 731 ? .lying : .standing
            let child = anthropometry.assess(sex: sex, ageDays: day, heightCm: height, position: position,
                                             weightKg: weight, oedema: false)
            checksum += (child.height.haz ?? 0) + (child.weight.waz ?? 0) + (child.weight.whz ?? 0) + (child.weight.baz ?? 0)
        }
        blackHole(checksum)
    }
}
