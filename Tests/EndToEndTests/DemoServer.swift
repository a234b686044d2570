import Foundation
import SvoyiTestSupport

/// The real server binary on a free port with a fresh data directory and the demo hromada, and what its first start
/// printed: the base URL and the head administrator's one-time temporary password.
struct DemoServer {
    let process: ChildProcess
    let base: String
    let temporaryPassword: String
    let directory: TemporaryDirectory

    static func start(_ name: String, _ extra: [String] = []) async throws -> DemoServer {
        let directory = try TemporaryDirectory(name)
        let process = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-server"),
            ["--port", "0", "--data-dir", directory.path("data")] + extra)
        let admin = try await process.waitForLine(startingWith: "  Admin:     ")
        let line = try await process.waitForLine(startingWith: "  Listening on ")
        guard let password = admin.components(separatedBy: "temporary password ").last, admin.contains("login «admin»")
        else { throw UnexpectedOutput(line: admin) }
        return DemoServer(
            process: process, base: String(line.dropFirst("  Listening on ".count)), temporaryPassword: password,
            directory: directory)
    }

    /// Starts a Python script of `python/` against the server: `script BASE LOGIN PASSWORD`, signing in as the
    /// demo's head administrator.
    func startScript(_ script: String) throws -> ChildProcess {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "python/\(script)")
        return try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", path.path, base, "admin", temporaryPassword])
    }

    /// The server printed an admin line without the login or the password.
    struct UnexpectedOutput: Error {
        let line: String
    }

    func stop() async throws {
        process.signal(SIGTERM)
        try await process.waitForExit()
    }
}
