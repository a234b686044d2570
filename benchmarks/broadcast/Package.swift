// swift-tools-version:6.2
// The broadcast benchmark: a PUSH message to 100,000 Telegram subscribers through the release svoyi-server against
// the fake Bot API at 1,000 messages a second, and the Telegram webhook's ingestion rate against the same server's
// /bench/plaintext. A package of its own so benchmark code never enters a product target.
import PackageDescription

let package = Package(
    name: "BroadcastBenchmark",
    dependencies: [.package(name: "Svoyi", path: "../..")],
    targets: [
        .executableTarget(
            name: "broadcast-benchmark",
            dependencies: [
                .product(name: "SvoyiCore", package: "Svoyi"), .product(name: "FakeMessengers", package: "Svoyi"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
