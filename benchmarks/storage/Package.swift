// swift-tools-version:6.2
// The storage benchmark: Svoyi's `Database` against raw SQLite C calls, measured in the same run.
// A package of its own so the raw C module never enters a product target.
import PackageDescription

let package = Package(
    name: "StorageBenchmark",
    dependencies: [.package(name: "Svoyi", path: "../..")],
    targets: [
        .systemLibrary(name: "CSQLiteRaw", path: "Sources/CSQLiteRaw", providers: [.apt(["libsqlite3-dev"])]),
        .executableTarget(
            name: "storage-benchmark",
            dependencies: [.product(name: "SvoyiCore", package: "Svoyi"), "CSQLiteRaw"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
