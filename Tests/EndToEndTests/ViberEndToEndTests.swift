import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The real server and CLI with a Viber bot: added from the shell against the fake Viber API, its webhook set
/// (Viber's signed check reaches the running server), and a resident's message answered through the fake.
@Suite struct ViberEndToEndTests {
    static let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"

    func cli(_ server: DemoServer, _ arguments: String...) async throws -> ChildProcess {
        let process = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-cli"),
            ["--data-dir", server.directory.path("data")] + arguments)
        try await process.waitForExit(timeout: 60)
        return process
    }

    @Test func aBotAddedFromTheShellAnswersThroughItsWebhook() async throws {
        let fake = FakeViberAPI(.init(authToken: Self.token))
        try fake.start()
        let server = try await DemoServer.start("svoyi-e2e-viber")
        let added = try await cli(
            server, "bot", "viber", "add", "--hromada", "demo", "--token", Self.token, "--name", "Вишнева громада",
            "--api-base", fake.apiBase.absoluteString)
        #expect(added.exitStatus == 0, "\(added.standardError)")
        let line = try #require(added.lines.first { $0.hasPrefix("Added Viber bot ") })
        let id = String(line.dropFirst("Added Viber bot ".count).prefix { $0 != " " })
        #expect(id.count == 22)

        // An unknown bot is 404; the real one's webhook is checked by Viber with a signed callback.
        let unknown = try await fake.post(
            bytes: Array("{}".utf8), to: URL(string: "\(server.base)/hooks/viber/AAAAAAAAAAAAAAAAAAAAAA")!)
        #expect(unknown.status == 404)
        let url = "\(server.base)/hooks/viber/\(id)"
        let set = try await cli(server, "bot", "viber", "set-webhook", id, "--url", url)
        #expect(set.exitStatus == 0, "\(set.standardError)")
        #expect(fake.webhook == url)

        let answer = try await fake.sendMessage(from: "resident-1", text: "паспорт")
        #expect(answer.status == 200)
        let sent = fake.requests(to: "send_message").map { String(decoding: $0.body, as: UTF8.self) }
        #expect(sent.count == 1)
        #expect(sent.first?.contains(#""receiver":"resident-1""#) == true)
        #expect(sent.first?.contains("Паспорт громадянина України (ID-картка)") == true)
        #expect(sent.first?.contains(#""ActionBody":"v1:id_card@1:cit:0""#) == true)
        // Viber delivers it again: answered, not handled twice.
        #expect(try await fake.post(bytes: answer.sent).status == 200)
        #expect(fake.requests(to: "send_message").count == 1)
        try await server.stop()
        await fake.stop()
    }
}
