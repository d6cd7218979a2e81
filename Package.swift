// swift-tools-version:6.1
import PackageDescription

// Three targets split by dependency:
// - VerbatimText: Foundation only. Article layout, sentences, quotes, speakers, entities. Owns `data/`.
// - VerbatimArchive: GRDB. Schema, import, queries, export. Owns `migrations/`.
// - verbatim: the command-line tool.
// The two libraries take their resources from the repository root (`data/`, `migrations/`), so their target
// paths are the root with explicit source folders.
let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VerbatimText", targets: ["VerbatimText"]),
        .library(name: "VerbatimArchive", targets: ["VerbatimArchive"]),
        .executable(name: "verbatim", targets: ["verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "VerbatimText",
            path: ".",
            exclude: ["Sources/VerbatimArchive", "Sources/verbatim", "Tests", "migrations", "queries", "scripts", "bench", "fuzz", "README.md", ".ci"],
            sources: ["Sources/VerbatimText"],
            resources: [.copy("data")]
        ),
        .target(
            name: "VerbatimArchive",
            dependencies: [
                "VerbatimText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: ".",
            exclude: ["Sources/VerbatimText", "Sources/verbatim", "Tests", "data", "queries", "scripts", "bench", "fuzz", "README.md", ".ci"],
            sources: ["Sources/VerbatimArchive"],
            resources: [.copy("migrations")]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "VerbatimArchive",
                "VerbatimText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VerbatimTextTests", dependencies: ["VerbatimText"]),
        .testTarget(name: "VerbatimArchiveTests", dependencies: ["VerbatimArchive", "VerbatimText"],
                    exclude: ["Questions"]),
    ],
    swiftLanguageModes: [.v6]
)
