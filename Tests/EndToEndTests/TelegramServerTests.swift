import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The Telegram channel in the real `svoyi-server`: a bot added with `svoyi-cli` polls the fake Bot API, then
/// switches to a webhook, and the server stops cleanly with a long poll open.
@Suite struct TelegramServerTests {
    static let token = "7770003333:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    static let chat: Int64 = 7_000_000_009

    func cli(_ data: String, _ arguments: [String]) async throws -> (Int32, String) {
        let process = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-cli"), ["--data-dir", data] + arguments)
        try await process.waitForExit()
        return (process.exitStatus, process.lines.joined(separator: "\n") + process.standardError)
    }

    static func update(_ text: String, id: Int64? = nil) -> String {
        """
        {\(id.map { "\"update_id\":\($0)," } ?? "")"message":{"message_id":1,"date":1760000000,\
        "from":{"id":\(chat),"is_bot":false,"first_name":"Олена","language_code":"uk"},\
        "chat":{"id":\(chat),"type":"private"},"text":"\(text)"}}
        """
    }

    @Test func pollingThenWebhookThroughTheRealServer() async throws {
        let fake = FakeTelegramAPI()
        try fake.start()
        defer { Task { await fake.shutdown() } }
        fake.addBot(token: Self.token, id: 7_770_003_333, username: "demo_city_bot")
        fake.addChats([Self.chat])

        let demo = try await DemoServer.start("svoyi-telegram")
        try await demo.stop()
        let data = demo.directory.path("data")
        let (added, output) = try await cli(
            data,
            [
                "bot", "telegram", "add", "--hromada", "demo", "--token", Self.token, "--api-base",
                fake.baseURL.absoluteString, "--polling",
            ])
        #expect(added == 0, "\(output)")
        let botID = try #require(output.firstMatch(of: /Added Telegram bot ([A-Za-z0-9_-]{22})/).map { String($0.1) })

        let server = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-server"), ["--port", "0", "--data-dir", data])
        let line = try await server.waitForLine(startingWith: "  Listening on ")
        let base = String(line.dropFirst("  Listening on ".count))

        // Polling: the server deleted any webhook and long-polls; an update is answered.
        fake.enqueueUpdate(token: Self.token, json: Self.update("/start"))
        try await waitUntil("the polled update's answer") { fake.sentCount(chat: Self.chat) >= 1 }
        #expect(fake.requests("deleteWebhook").count >= 1)

        // Webhook: set with the CLI, then Telegram's delivery is answered through the server's route.
        let (set, setOutput) = try await cli(
            data, ["bot", "telegram", "set-webhook", botID, "--url", "https://svoyi.example/hooks/telegram/\(botID)"])
        #expect(set == 0, "\(setOutput)")
        let secret = try #require(fake.webhook(token: Self.token)?.secret)
        let client = URLSessionHTTPClient(configuration: .init(idleTimeout: .seconds(120), retry: .never))
        defer { client.invalidate() }
        let url = URL(string: "\(base)/hooks/telegram/\(botID)")!
        let before = fake.sentCount(chat: Self.chat)
        let wrong = try await FakeTelegramWebhook.deliver(
            Self.update("меню", id: 900), to: url, secret: "x", client: client)
        #expect(wrong.statusCode == 401)
        let delivered = try await FakeTelegramWebhook.deliver(
            Self.update("меню", id: 900), to: url, secret: secret, client: client)
        #expect(delivered.statusCode == 200)
        try await waitUntil("the webhook update's answer") { fake.sentCount(chat: Self.chat) > before }

        server.signal(SIGTERM)
        try await server.waitForExit()
        #expect(server.exitStatus == 0, "\(server.standardError)")
    }
}
