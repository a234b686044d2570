import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// `svoyi-cli push send` is another process than the server: the running server must notice the message it writes
/// (its job runner polls) and write the deliveries, within seconds, without being told.
@Suite struct PushEndToEndTests {
    @Test func aMessageTheCommandLineQueuesIsPickedUpByTheRunningServer() async throws {
        let server = try await DemoServer.start("svoyi-push-e2e")
        let data = server.directory.path("data")
        let cli = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-cli"),
            [
                "--data-dir", data, "push", "send", "--hromada", "demo", "--topic", "news", "--text",
                "Завтра в парку свято громади.",
            ])
        try await cli.waitForExit(timeout: 60)
        #expect(cli.exitStatus == 0, "\(cli.standardError)")
        let line = try #require(cli.lines.first { $0.hasPrefix("Queued message ") }, "\(cli.lines)")
        let id = try #require(Int64(line.dropFirst("Queued message ".count).prefix { $0.isNumber }))
        // The demo has one resident on Telegram and one on Viber; no bot is configured, so their deliveries stay
        // queued once the server has written them.
        #expect(line.contains("2 residents reachable now (telegram 1, viber 1)"), "\(line)")

        let database = try SQLiteDatabase(path: DataDirectory(path: data).databasePath)
        defer { database.close() }
        let deadline = Date().addingTimeInterval(60)
        var state = ""
        var deliveries = 0
        while Date() < deadline {
            (state, deliveries) = try await database.read { db in
                (
                    try db.scalar(
                        "SELECT state FROM notify_messages WHERE id = ?", [.integer(id)], as: String.self) ?? "",
                    try db.scalar(
                        "SELECT count(*) FROM notify_deliveries WHERE message_id = ?", [.integer(id)], as: Int.self)
                        ?? 0
                )
            }
            if state == "sending" && deliveries == 2 { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(state == "sending", "the server did not pick the message up within 60 s")
        #expect(deliveries == 2)
        try await server.stop()
    }
}
