// swift-tools-version: 6.1
// A libFuzzer harness over the reader and the whole per-file analysis; its own package so that
// the root's `swift build` and `swift test` never need the fuzzer runtime. See Fuzz/README.md.
import PackageDescription

let package = Package(
    name: "commune-health-fuzz",
    dependencies: [.package(name: "commune-health", path: "..")],
    targets: [
        .executableTarget(
            name: "ExportFuzzer",
            dependencies: [.product(name: "CommuneHealth", package: "commune-health")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
