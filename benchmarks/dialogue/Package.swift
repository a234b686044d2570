// swift-tools-version:6.2
// The dialogue benchmark: ChatbotKit's engine against a plain Python interpreter of the same dialogue JSON, measured
// in the same run (the web chat over HTTP is measured by `run` with wrk against the release svoyi-server).
// A package of its own so benchmark code never enters a product target.
import PackageDescription

let package = Package(
    name: "DialogueBenchmark",
    dependencies: [.package(name: "Svoyi", path: "../..")],
    targets: [
        .executableTarget(
            name: "dialogue-benchmark",
            dependencies: [
                .product(name: "SvoyiCore", package: "Svoyi"), .product(name: "ChatbotKit", package: "Svoyi"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
