// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "commune-health",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CommuneHealth", targets: ["CommuneHealth"]),
        // For Benchmarks/, its own package: it generates the provinces it reads.
        .library(name: "CommuneHealthGenerator", targets: ["CommuneHealthGenerator"]),
        .executable(name: "commune-health", targets: ["commune-health"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The data files are compiled in by CommuneHealthResources (#embed), not declared as
        // resources: a `resources:` list makes SwiftPM generate a `Bundle.module` accessor, which
        // imports Foundation. They stay beside the code that reads them, excluded here.
        .target(name: "CommuneHealthResources"),
        // The executable's one allocator setting (glibc's M_TOP_PAD; header-only, see its shim.h
        // and HeapTuning.swift).
        .systemLibrary(name: "CHeapTuning"),
        // The library's one hint to the processor, a prefetch (header-only, see its shim.h and
        // Platform/Prefetch.swift).
        .systemLibrary(name: "CProcessorHints"),
        .target(
            name: "CommuneHealth",
            dependencies: ["CLibXML2", "CLibXLSXWriter", "CommuneHealthResources", "CProcessorHints"],
            exclude: [
                "GrowthStandards/Resources",
                "Reading/Resources",
                "Geography/Resources",
                "Unicode/Resources",
            ]
        ),
        // The synthetic-data generator (`generate`, the tests, the benchmarks): over the library,
        // never in it; what it needs of the library's internals is `package`.
        .target(name: "CommuneHealthGenerator", dependencies: ["CommuneHealth"]),
        // What only the tests read with: libxml2's HTML parser and a small XML tree (the parts of
        // an .xlsx), kept out of the shipped library.
        .target(name: "CommuneHealthTestSupport", dependencies: ["CLibXML2"]),
        .executableTarget(
            name: "commune-health",
            dependencies: [
                "CommuneHealth",
                "CommuneHealthGenerator",
                "CHeapTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // On Linux the Swift runtime is linked in (as `swift build --static-swift-stdlib` does,
            // but for this one target, with any `swift build`): the dynamic loader no longer binds
            // ten Swift libraries' symbols at every start, 8 M instructions and 2-4 ms of each run
            // (#30, Benchmarks/README.md). FoundationEssentials, which swift-argument-parser
            // imports, needs its two static helper libraries named. Linked by the toolchain's lld:
            // gold warns at every link of glibc's `mktemp`, which FoundationEssentials references.
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-use-ld=lld"],
                    .when(platforms: [.linux]))
            ]
        ),
        .testTarget(
            name: "CommuneHealthTests",
            dependencies: ["CommuneHealth", "CommuneHealthGenerator", "CommuneHealthTestSupport", "CHeapTuning"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
