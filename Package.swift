// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Refurb",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "refurb", targets: ["refurb"]),
        .executable(name: "refurb-commands", targets: ["refurb-commands"]),
        .library(name: "RefurbCore", targets: ["RefurbCore"]),
        .library(name: "RefurbStore", targets: ["RefurbStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "RefurbCore"),
        .systemLibrary(name: "CZint", path: "Sources/CZint"),
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CLibUSB", path: "Sources/CLibUSB", pkgConfig: "libusb-1.0",
                       providers: [.apt(["libusb-1.0-0-dev"])]),
        // The one PDF writer (pages, text, lines, barcodes; Cairo) and the one libzint wrapper: the erasure
        // certificate, the label sheets and rasters, and the service's documents all draw through it.
        .target(name: "Documents", dependencies: ["CCairo", "CZint"]),
        // Running tools with a deadline and an output cap, system-call errors, the host root and its sysfs, the
        // disks in /sys/block and how each is attached: what Diagnostics and Erasure both need of the host, kept
        // out of RefurbCore (no I/O there) and on FoundationEssentials (the probe). RefurbCore for PrintableText.
        .target(name: "HostSystem", dependencies: ["RefurbCore"]),
        .target(name: "Diagnostics", dependencies: ["RefurbCore", "HostSystem"]),
        .target(name: "CErasureSys", linkerSettings: [.linkedLibrary("crypto")]),
        .target(
            name: "Erasure",
            dependencies: ["RefurbCore", "HostSystem", "Documents", "CErasureSys", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "Printing", dependencies: ["RefurbCore", "HostSystem", "CLibUSB"]),
        .target(name: "Labels", dependencies: ["RefurbCore", "Printing", "Documents"]),
        .target(
            name: "RefurbStore",
            dependencies: [
                "RefurbCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // The sales journal's SHA-256 chain and signed closures (Journal/): hashing needs Foundation's
                // Data, which RefurbCore does without, so that `refurb` (the probe) stays small.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The store on a shared PostgreSQL server (issue 16): the same operations as RefurbStore's SQLite
        // adapter, behind the boundary protocols RefurbStore declares (docs/storage.md says why two adapters).
        .target(
            name: "RefurbPostgres",
            dependencies: [
                "RefurbCore", "RefurbStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "RefurbServer",
            dependencies: [
                "RefurbCore", "RefurbStore", "RefurbWire", "HostSystem", "Diagnostics", "Erasure", "Labels", "Printing", "Documents",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // libcurl is opened only when a result is sent (dlopen), so that the probe starts without loading it.
        .target(name: "CCurl"),
        // The JSON the service and its clients exchange (devices, lots, the scan answer, wipe progress, problem
        // details), so that the command line prints a device without importing the server. On FoundationEssentials:
        // the probe's chain links it through RefurbClient.
        .target(name: "RefurbWire", dependencies: ["RefurbCore"]),
        .target(name: "RefurbClient", dependencies: ["CCurl", "RefurbCore", "RefurbWire", "HostSystem"]),
        // What both programs run: `probe`, sending results to the service, and the exit codes and messages.
        .target(
            name: "RefurbCommandLine",
            dependencies: [
                "RefurbCore", "RefurbClient", "Diagnostics", "HostSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `refurb`: a plain probe runs here, small enough to start at once; everything else in refurb-commands.
        .executableTarget(
            name: "refurb",
            dependencies: ["RefurbCommandLine", "RefurbCore", "HostSystem",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // The release build is a fixed-address executable: the dynamic loader then has no relocations to apply
            // (44,000 in the position-independent build), which took 40 % of `refurb probe` on the bench stick
            // under emulation (467 → 276 ms, medians in one boot). Only this small program: the service and
            // refurb-commands keep their address randomisation.
            linkerSettings: [.unsafeFlags(["-Xlinker", "-no-pie"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "refurb-commands",
            dependencies: [
                "RefurbCommandLine",
                "RefurbCore",
                "RefurbStore",
                "RefurbPostgres",
                "RefurbServer",
                "RefurbWire",
                "RefurbClient",
                "Diagnostics",
                "Erasure",
                "HostSystem",
                "Labels",
                "Printing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
        ),
        .executableTarget(
            name: "refurb-bench-store",
            dependencies: [
                "RefurbCore",
                "RefurbStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/Benchmarks/StoreBenchmark"
        ),
        .executableTarget(
            name: "refurb-bench-journal",
            dependencies: [
                "RefurbCore",
                "RefurbStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/Benchmarks/JournalBenchmark"
        ),
        // Scans on PostgreSQL against pgbench's same SELECT (scripts/bench/postgres, issue 16).
        .executableTarget(
            name: "refurb-bench-postgres",
            dependencies: [
                "RefurbCore", "RefurbStore", "RefurbPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Benchmarks/PostgresBenchmark"
        ),
        .testTarget(
            name: "RefurbCoreTests",
            dependencies: ["RefurbCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "RefurbStoreTests",
            dependencies: ["RefurbStore", "RefurbCore", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The store's promises, run against both engines: SQLite files, and a throwaway PostgreSQL server
        // when REFURB_TEST_POSTGRES_URL names one (scripts/test starts it; scripts/lib/postgres.sh).
        .testTarget(
            name: "StoreContractTests",
            dependencies: ["RefurbStore", "RefurbPostgres", "RefurbCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "HostSystemTests", dependencies: ["HostSystem", "RefurbCore"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "RefurbCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ErasureTests",
            dependencies: [
                // Diagnostics: the probe's view of a fixture /sys/block is checked against the wipe's.
                "Erasure", "Diagnostics", "HostSystem", "RefurbCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents"]),
        .testTarget(name: "LabelsTests", dependencies: ["Labels", "Printing", "RefurbCore"], exclude: ["Fixtures"]),
        .testTarget(name: "PrintingTests", dependencies: ["Printing", "RefurbCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "RefurbServerTests",
            dependencies: [
                "RefurbServer", "RefurbStore", "RefurbCore", "RefurbWire", "Diagnostics", "Erasure", "refurb", "refurb-commands",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "RefurbClientTests", dependencies: ["RefurbClient", "RefurbWire"]),
        .testTarget(
            name: "RefurbCLITests",
            dependencies: ["refurb", "refurb-commands", "RefurbCore", "RefurbCommandLine",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
