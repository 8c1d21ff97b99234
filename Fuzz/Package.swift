// swift-tools-version: 6.1
// libFuzzer harnesses over every parser of outside text; their own package so that the root's
// `swift build` and `swift test` never need the fuzzer runtime. See Fuzz/README.md.
import PackageDescription

/// A harness: one executable, its entry point handed to libFuzzer by FuzzDriver.
func harness(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver", .product(name: "CommuneHealth", package: "commune-health")],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "commune-health-fuzz",
    dependencies: [.package(name: "commune-health", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        // The reader and the whole per-file analysis and rendering.
        harness("ExportFuzzer"),
        // `validate`: the reader's messages and, on files it accepts, the XML Schema.
        harness("ValidateFuzzer"),
        // The commune register's crosswalk CSV.
        harness("RegisterFuzzer"),
        // The WHO growth tables' TSV and the canonical decompositions table.
        harness("TableFuzzer"),
        // The command line's values: --compare, --target, dates, instants, code lists.
        harness("ArgumentFuzzer"),
    ],
    swiftLanguageModes: [.v6]
)
