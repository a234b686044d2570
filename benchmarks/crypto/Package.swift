// swift-tools-version:6.2
// The crypto benchmark: Svoyi's hand-written SHA-256 and PBKDF2 against `sha256sum` and Python's hashlib
// (OpenSSL), measured in the same run.
import PackageDescription

let package = Package(
    name: "CryptoBenchmark",
    dependencies: [.package(name: "Svoyi", path: "../..")],
    targets: [
        .executableTarget(
            name: "crypto-benchmark",
            dependencies: [.product(name: "SvoyiCore", package: "Svoyi")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
