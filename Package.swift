// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "commune-health",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "CommuneHealth", targets: ["CommuneHealth"]),
        .executable(name: "commune-health", targets: ["commune-health"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .target(
            name: "CommuneHealth",
            dependencies: ["CLibXML2", "CLibXLSXWriter", "CommuneHealthResources"],
            exclude: [
                "GrowthStandards/Resources",
                "Reading/Resources",
                "Geography/Resources",
                "Unicode/Resources",
            ]
        ),
        .executableTarget(
            name: "commune-health",
            dependencies: [
                "CommuneHealth",
                "CHeapTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CommuneHealthTests",
            dependencies: ["CommuneHealth", "CHeapTuning"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
