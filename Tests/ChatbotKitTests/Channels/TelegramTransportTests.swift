import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct TelegramTransportTests {
    func notification(
        _ chat: Int64, _ messages: [BotMessage] = [.text("Відключення світла з 14:00 до 16:00 <вул. Б>")]
    )
        -> OutboundNotification
    {
        OutboundNotification(
            deliveryID: chat, hromadaID: 1, channel: .telegram, externalID: String(chat), messages: messages)
    }

    @Test func mapsTheBotAPIAnswersToOutcomes() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        harness.fake.addChats([101, 102, 103, 104])
        harness.fake.block(102)
        harness.fake.deactivate(103)
        let transports = try await TelegramTransport.transports(
            bots: harness.bots, client: harness.client, timeout: TelegramHarness.timeout)
        #expect(transports.count == 1 && transports[0].hromadaID == harness.hromadaID)
        #expect(transports[0].channel == .telegram && transports[0].limits == .telegram)
        let transport = transports[0]

        let outcomes = await transport.deliver([
            notification(101), notification(102), notification(103), notification(999),
        ])
        guard case .sent(let id?) = outcomes[0] else { Issue.record("not sent: \(outcomes[0])"); return }
        #expect(Int(id) != nil)
        #expect(outcomes[1] == .unreachable(.blocked, detail: "403 Forbidden: bot was blocked by the user"))
        #expect(outcomes[2] == .unreachable(.deactivated, detail: "403 Forbidden: user is deactivated"))
        #expect(outcomes[3] == .failed(detail: "400 Bad Request: chat not found"))
        #expect(harness.fake.sentCount(chat: 101) == 1)
        #expect(harness.fake.requests("sendMessage").first?.body.contains("&lt;вул. Б&gt;") == true)

        harness.fake.inject429(count: 1, retryAfter: 7)
        #expect(
            await transport.deliver([notification(104)]) == [
                .retryAfter(.seconds(7), detail: "429 Too Many Requests: retry after 7")
            ])
        #expect(harness.fake.sentCount(chat: 104) == 0)
        #expect(
            await transport.deliver([notification(104)]).first.map { if case .sent = $0 { true } else { false } }
                == true)
    }

    @Test func aPlaceAfterTheTextGoesInTheSameNotification() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        harness.fake.addChats([201])
        let transport = try await TelegramTransport.transports(
            bots: harness.bots, client: harness.client, timeout: TelegramHarness.timeout)[0]
        let outcomes = await transport.deliver([
            notification(
                201,
                [
                    .text("Повітряна тривога! Пройдіть до укриття."),
                    .location("Укриття № 1", latitude: 50.1, longitude: 30.1, address: "вул. Шкільна, 1"),
                ])
        ])
        #expect(outcomes.count == 1)
        #expect(harness.fake.requests.map(\.method) == ["sendMessage", "sendVenue"])
    }

    @Test func serverErrorsAndRefusedConnectionsAreTransientTimeoutsUncertain() async throws {
        let credentials = BotCredentials(
            bot: Bot(
                id: "AAAAAAAAAAAAAAAAAAAAAA", hromadaID: 1, channel: .telegram, name: "Бот", username: nil,
                apiBase: URL(string: "http://127.0.0.1:9")!, mode: .webhook, isEnabled: true, pollOffset: 0,
                createdAt: Date()),
            token: TelegramHarness.token, webhookSecret: nil)
        // A port nobody listens on: the connection is refused, so nothing was sent.
        let refusedClient = URLSessionHTTPClient(configuration: .init(retry: .never))
        defer { refusedClient.invalidate() }
        let refused = await TelegramTransport(credentials: credentials, client: refusedClient).deliver([
            notification(1)
        ])
        guard case .transient = refused[0] else { Issue.record("refused: \(refused[0])"); return }

        let url = URL(string: "http://127.0.0.1:9/bot\(TelegramHarness.token)/sendMessage")!
        let mock = MockHTTPClient()
        mock.enqueue(statusCode: 502, body: Array("<html>Bad Gateway</html>".utf8), for: url)
        mock.enqueue(
            statusCode: 500, body: Array(#"{"ok":false,"error_code":500,"description":"Internal Server Error"}"#.utf8),
            for: url)
        mock.enqueue(.failure(HTTPClientError(.timeout, method: .post, url: url)), for: url)
        mock.enqueue(
            .failure(HTTPClientError(.connection, method: .post, url: url, detail: "URLError -1005")), for: url)
        let transport = TelegramTransport(credentials: credentials, client: mock)
        let outcomes = await transport.deliver((1...4).map { notification(Int64($0)) })
        let kinds = outcomes.map { outcome -> String in
            switch outcome {
            case .transient: "transient"
            case .uncertain: "uncertain"
            default: "\(outcome)"
            }
        }
        #expect(kinds == ["transient", "transient", "uncertain", "uncertain"])
        #expect(mock.requests.allSatisfy { !$0.isIdempotent })  // a send is never retried by the client
        #expect(!outcomes.map { "\($0)" }.joined().contains(TelegramHarness.token))
    }
}
