// swift-tools-version:6.2
// The Hummingbird peer for `benchmarks/http/run`: the same two routes as svoyi-server, served by
// Hummingbird 2 on SwiftNIO, so both servers are measured in one run on one machine.
// A package of its own: the product's Package.swift never sees Hummingbird or SwiftNIO.
// It sits in hb-peer/ because SwiftPM names a root package after its folder, and a root named
// "hummingbird" would shadow the hummingbird dependency.
import PackageDescription

let package = Package(
    name: "HummingbirdPeer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1")
    ],
    targets: [
        .executableTarget(
            name: "hb-peer",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
