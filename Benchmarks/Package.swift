// swift-tools-version: 6.1
// The benchmarks are their own package over the root (as in swift-collections), so that
// `swift test` at the root never compiles package-benchmark and its dependencies.
import PackageDescription

let package = Package(
    name: "commune-health-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "commune-health", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CommuneHealthBenchmarks",
            dependencies: [
                .product(name: "CommuneHealth", package: "commune-health"),
                .product(name: "CommuneHealthGenerator", package: "commune-health"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CommuneHealthBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
