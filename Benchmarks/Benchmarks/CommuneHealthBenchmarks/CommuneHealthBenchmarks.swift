import Benchmark
import CommuneHealth
import CommuneHealthGenerator
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
            _ = try! ProvinceGenerator(
                options: GeneratorOptions(
                    communes: communes, residents: residents,
                    seed: 2024, year: 2024)
            ).write(to: folder)
        }
        let files = try! InputFiles.collect([folder])
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        return Corpus(folder: folder, files: files, bytes: bytes, residents: residents)
    }
}

private let commune = Corpus.make(name: "commune", communes: 1, residents: 6_000)

/// The adversarial exports of #26, written once per run by the project's own `AdversarialExport`:
/// every per-resident or per-measurement list at its worst (Benchmarks/README.md, "Adversarial exports").
private func adversarial(_ kind: AdversarialExport, count: Int) -> [String] {
    let folder = NSTemporaryDirectory() + "commune-health-bench-\(kind.rawValue)-\(count)"
    if !FileManager.default.fileExists(atPath: folder) { try! kind.write(count: count, to: folder) }
    return kind.exports(count: count).map { folder + "/" + $0.name }
}
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

    Benchmark(
        "Province, 140 communes, 800,000 residents, one job",
        configuration: .init(maxDuration: .seconds(60), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Analyzer(jobs: 1).analyze(files: province.files))
        }
    }

    Benchmark(
        "Province, 140 communes, 800,000 residents, all cores",
        configuration: .init(maxDuration: .seconds(60), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Analyzer().analyze(files: province.files))
        }
    }

    // #26: each analyzed and written as JSON (the format whose size grew with the square).
    for (kind, count, what) in [
        (AdversarialExport.placeholderNumber, 20_000, "20,000 residents holding the placeholder 0000000000"),
        (.sharedNumber, 20_000, "20,000 residents sharing one card number"),
        (.sharedNumberAcrossFiles, 20_000, "one card number on 10,000 residents of each of two files"),
        (.oneChildMeasured, 10_000, "one child measured 10,000 times"),
        (.childrenWithOneID, 10_000, "10,000 children with one ID"),
        (.residentsWithOneID, 10_000, "10,000 residents with one ID"),
    ] {
        let files = adversarial(kind, count: count)
        Benchmark(
            "Adversarial: \(what), analyze and JSON",
            configuration: .init(maxDuration: .seconds(20), maxIterations: 5)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(JSONReport.render(Analyzer(jobs: 1).analyze(files: files)).utf8.count)
            }
        }
    }

    Benchmark(
        "Z-scores alone (HAZ, WAZ, WHZ, BAZ), 1,000,000 measurements",
        configuration: .init(scalingFactor: .mega, maxDuration: .seconds(30), maxIterations: 10)
    ) { benchmark in
        let anthropometry = Anthropometry()
        var checksum = 0.0
        for index in benchmark.scaledIterations {
            let day = index % 1827
            let sex: Sex = index & 1 == 0 ? .male : .female
            let height = 45.0 + Double(day) * 0.035 + Double(index % 7)
            let weight = 3.0 + Double(day) * 0.006 + Double(index % 5) * 0.3
            let position: MeasuredPosition? = day < 731 ? .lying : .standing
            let child = anthropometry.assess(
                sex: sex, ageDays: day, heightCm: height, position: position,
                weightKg: weight, oedema: false)
            checksum += (child.height.haz ?? 0) + (child.weight.waz ?? 0) + (child.weight.whz ?? 0) + (child.weight.baz ?? 0)
        }
        blackHole(checksum)
    }
}
