// swift-tools-version:6.1
import PackageDescription

// Five targets split by dependency:
// - VerbatimText: Foundation only. Article layout, sentences, quotes, speakers, entities. Owns `data/`.
// - VerbatimSources: libarchive and libxml2 (system libraries). Archives, WARC records and HTML pages to article texts.
// - VerbatimArchive: GRDB. Schema, import, queries, export. Owns `migrations/`.
// - VerbatimServe: Hummingbird. `verbatim serve`: the archive as local web pages, read-only.
// - verbatim: the command-line tool; verbatim-serve: the server `verbatim serve` runs.
// The two libraries take their resources from the repository root (`data/`, `migrations/`), so their target
// paths are the root with explicit source folders.
let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VerbatimText", targets: ["VerbatimText"]),
        .library(name: "VerbatimSources", targets: ["VerbatimSources"]),
        .library(name: "VerbatimArchive", targets: ["VerbatimArchive"]),
        .executable(name: "verbatim", targets: ["verbatim"]),
        .executable(name: "verbatim-serve", targets: ["verbatim-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // No traits: the server needs neither swift-configuration nor the full-Foundation form coding.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
    ],
    targets: [
        .target(
            name: "VerbatimText",
            path: ".",
            exclude: ["Sources/VerbatimArchive", "Sources/VerbatimSources", "Sources/CArchive", "Sources/CLibXML2", "Sources/VerbatimServe", "Sources/verbatim", "Sources/verbatim-serve", "Tests", "migrations", "queries", "scripts", "bench", "fuzz", "README.md", ".ci"],
            sources: ["Sources/VerbatimText"],
            resources: [.copy("data")]
        ),
        // libarchive and libxml2 as installed by the system (Debian: libarchive-dev, libxml2-dev).
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "VerbatimSources", dependencies: ["CArchive", "CLibXML2"]),
        .target(
            name: "VerbatimArchive",
            dependencies: [
                "VerbatimText",
                "VerbatimSources",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: ".",
            exclude: ["Sources/VerbatimText", "Sources/VerbatimSources", "Sources/CArchive", "Sources/CLibXML2", "Sources/VerbatimServe", "Sources/verbatim", "Sources/verbatim-serve", "Tests", "data", "queries", "scripts", "bench", "fuzz", "README.md", ".ci"],
            sources: ["Sources/VerbatimArchive"],
            resources: [.copy("migrations")]
        ),
        .target(
            name: "VerbatimServe",
            dependencies: [
                "VerbatimArchive",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "VerbatimArchive",
                "VerbatimText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The server `verbatim serve` runs in its place: a program of its own, so that the command-line tool does not
        // carry Hummingbird and SwiftNIO (their protocol conformances slow every process's start).
        .executableTarget(
            name: "verbatim-serve",
            dependencies: [
                "VerbatimArchive",
                "VerbatimServe",
                "VerbatimText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "VerbatimTextTests", dependencies: ["VerbatimText"]),
        .testTarget(name: "VerbatimSourcesTests", dependencies: ["VerbatimSources", "CArchive"]),
        .testTarget(name: "VerbatimArchiveTests", dependencies: ["VerbatimArchive", "VerbatimText", "VerbatimSources", "CArchive"],
                    exclude: ["Questions"]),
        .testTarget(name: "VerbatimServeTests", dependencies: [
            "VerbatimServe", "VerbatimArchive", "VerbatimText",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
