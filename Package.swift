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
        .target(
            name: "CommuneHealth",
            dependencies: ["CLibXML2", "CLibXLSXWriter"],
            resources: [
                .copy("GrowthStandards/Resources/who2006-lhfa-daily.tsv"),
                .copy("GrowthStandards/Resources/who2006-wfa-daily.tsv"),
                .copy("GrowthStandards/Resources/who2006-wfl.tsv"),
                .copy("GrowthStandards/Resources/who2006-wfh.tsv"),
                .copy("GrowthStandards/Resources/who2006-bfa-daily.tsv"),
                .copy("GrowthStandards/Resources/SOURCE.md"),
                .copy("Reading/Resources/health-station-export-v1.xsd"),
                .copy("Geography/Resources/vn-communes-2025-crosswalk.csv"),
                .copy("Geography/Resources/README.md"),
                .copy("Geography/Resources/LICENSE-vietnamadminunits.txt"),
            ]
        ),
        .executableTarget(
            name: "commune-health",
            dependencies: [
                "CommuneHealth",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CommuneHealthTests",
            dependencies: ["CommuneHealth"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
