// swift-tools-version:6.2
import PackageDescription

/// One settings array for every target: Swift 6 mode, strict concurrency, warnings as errors.
let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Svoyi",
    products: [
        .library(name: "SvoyiCore", targets: ["SvoyiCore"]),
        .library(name: "ChatbotKit", targets: ["ChatbotKit"]),
        .library(name: "QueueKit", targets: ["QueueKit"]),
        .library(name: "EDemKit", targets: ["EDemKit"]),
        .library(name: "SiteKit", targets: ["SiteKit"]),
        .executable(name: "svoyi-server", targets: ["svoyi-server"]),
        .executable(name: "svoyi-cli", targets: ["svoyi-cli"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .yum(["sqlite-devel"])]
        ),
        // Linux headers for the HTTP server's event loops (epoll, eventfd, accept4); no library to link.
        .systemLibrary(name: "CLinux"),
        .target(name: "SvoyiCore", dependencies: ["CSQLite", "CLinux"], swiftSettings: settings),
        .target(name: "ChatbotKit", dependencies: ["SvoyiCore"], swiftSettings: settings),
        .target(name: "QueueKit", dependencies: ["SvoyiCore"], swiftSettings: settings),
        .target(name: "EDemKit", dependencies: ["SvoyiCore"], swiftSettings: settings),
        .target(name: "SiteKit", dependencies: ["SvoyiCore"], swiftSettings: settings),
        .executableTarget(
            name: "svoyi-server",
            dependencies: ["SvoyiCore", "ChatbotKit", "QueueKit", "EDemKit", "SiteKit"],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "svoyi-cli",
            dependencies: ["SvoyiCore", "ChatbotKit", "QueueKit", "EDemKit", "SiteKit"],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "SvoyiTestHelper",
            dependencies: ["SvoyiCore"],
            path: "Tests/Helpers/SvoyiTestHelper",
            swiftSettings: settings
        ),
        .target(name: "SvoyiTestSupport", path: "Tests/Support/SvoyiTestSupport", swiftSettings: settings),
        // Fake Telegram Bot API and Viber REST API servers, faithful to the documented behaviour, for tests and
        // benchmarks.
        .target(
            name: "FakeMessengers", dependencies: ["SvoyiCore"], path: "Tests/Support/FakeMessengers",
            swiftSettings: settings),
        .testTarget(
            name: "SvoyiCoreTests",
            dependencies: ["SvoyiCore", "SvoyiTestSupport", "SvoyiTestHelper"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "ChatbotKitTests", dependencies: ["ChatbotKit", "SvoyiTestSupport", "FakeMessengers"],
            exclude: ["python"],  // scripts that build webhook payloads with the messengers' real client libraries
            swiftSettings: settings),
        .testTarget(name: "QueueKitTests", dependencies: ["QueueKit", "SvoyiTestSupport"], swiftSettings: settings),
        .testTarget(name: "EDemKitTests", dependencies: ["EDemKit", "SvoyiTestSupport"], swiftSettings: settings),
        .testTarget(name: "SiteKitTests", dependencies: ["SiteKit", "SvoyiTestSupport"], swiftSettings: settings),
        .testTarget(
            name: "SvoyiCLITests",
            dependencies: ["svoyi-cli", "SvoyiCore", "SvoyiTestSupport", "ChatbotKit", "FakeMessengers"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["SvoyiCore", "SvoyiTestSupport", "FakeMessengers", "svoyi-server", "svoyi-cli"],
            exclude: ["python"],  // client scripts the tests run with python3
            swiftSettings: settings
        ),
    ]
)
