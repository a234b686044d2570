import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import Testing

/// Outbox notifications through ``ViberTransport`` against the fake Viber API.
@Suite struct ViberTransportTests {
    static let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"

    struct Setup {
        let fake: FakeViberAPI
        let bot: ViberBot
        let client: URLSessionHTTPClient
        let transport: ViberTransport

        func stop() async {
            await fake.stop()
            client.invalidate()
        }
    }

    func setup(
        canBroadcast: Bool = true, subscribers: Int = 0,
        configure: (inout FakeViberAPI.Configuration) -> Void = { _ in }
    ) throws -> Setup {
        var configuration = FakeViberAPI.Configuration(authToken: Self.token)
        configure(&configuration)
        let fake = FakeViberAPI(configuration)
        try fake.start()
        for index in 0..<subscribers { fake.subscribe(Self.user(index)) }
        let bot = try ViberBot(
            id: "vb1", hromadaID: 7, authToken: Self.token, name: "Вишнева громада", apiBase: fake.apiBase,
            canBroadcast: canBroadcast)
        let client = URLSessionHTTPClient(configuration: FakeViberAPI.clientConfiguration)
        return Setup(
            fake: fake, bot: bot, client: client,
            transport: ViberTransport(bot: bot, client: client, timeout: FakeViberAPI.callTimeout))
    }

    static func user(_ index: Int) -> String { "user\(index)+/Ab==" }

    static func notification(
        _ id: Int64, to user: String, _ messages: [BotMessage] = [.text("Увага: планове відключення води о 10:00.")],
        hromadaID: Int64 = 7
    ) -> OutboundNotification {
        OutboundNotification(
            deliveryID: id, hromadaID: hromadaID, channel: .viber, externalID: user, messages: messages)
    }

    @Test func aBroadcastGoesInListsOf300() async throws {
        let setup = try setup(subscribers: 650)
        let batch = (0..<650).map { Self.notification(Int64($0), to: Self.user($0)) }
        let outcomes = await setup.transport.deliver(batch)
        let broadcasts = setup.fake.requests(to: "broadcast_message")
        #expect(broadcasts.map { (jsonObject($0.text)["broadcast_list"] as? [String])?.count } == [300, 300, 50])
        #expect(setup.fake.requests(to: "send_message").isEmpty)
        let lists = broadcasts.flatMap { jsonObject($0.text)["broadcast_list"] as? [String] ?? [] }
        #expect(lists == (0..<650).map(Self.user), "everyone once, in order")
        #expect(Set(setup.fake.deliveries.map(\.receiver)).count == 650)
        #expect(outcomes.count == 650)
        #expect(outcomes.allSatisfy { ($0.token?.count ?? 0) >= 19 })
        #expect(broadcasts.allSatisfy { $0.authToken == Self.token })
        #expect(
            broadcasts[2].text
                == #"{"broadcast_list":[\#((600..<650).map { "\"\(Self.user($0))\"" }.joined(separator: ","))],"#
                + #""min_api_version":1,"sender":{"name":"Вишнева громада"},"#
                + #""text":"Увага: планове відключення води о 10:00.","tracking_data":"","type":"text"}"#)
        await setup.stop()
    }

    @Test func theFailedListGivesEachReceiverItsOwnOutcome() async throws {
        let setup = try setup(subscribers: 4)
        setup.fake.subscribe("left")
        setup.fake.unsubscribe("left")
        setup.fake.subscribe("gone")
        setup.fake.deactivate("gone")
        let users = [Self.user(0), "left", Self.user(1), "gone", "never-met", Self.user(2), Self.user(3)]
        let outcomes = await setup.transport.deliver(users.enumerated().map { Self.notification(Int64($0), to: $1) })
        let token = try #require(setup.fake.deliveries.first?.messageToken)
        #expect(outcomes[0] == .sent(providerMessageID: String(token)))
        #expect(
            outcomes[1]
                == .unreachable(.unsubscribed, detail: "status 6 (receiverNotSubscribed): receiverNotSubscribed"))
        #expect(
            outcomes[3] == .unreachable(.deactivated, detail: "status 5 (receiverNotRegistered): receiverNotRegistered")
        )
        #expect(
            outcomes[4] == .unreachable(.deactivated, detail: "status 5 (receiverNotRegistered): receiverNotRegistered")
        )
        #expect([outcomes[2], outcomes[5], outcomes[6]].allSatisfy { $0 == .sent(providerMessageID: String(token)) })
        #expect(setup.fake.requests(to: "broadcast_message").count == 1)
        await setup.stop()
    }

    @Test func differentMessagesGoInSeparateBroadcasts() async throws {
        let setup = try setup(subscribers: 4)
        let english: [BotMessage] = [.text("Notice: planned water outage at 10:00.")]
        let batch = [
            Self.notification(1, to: Self.user(0)), Self.notification(2, to: Self.user(1), english),
            Self.notification(3, to: Self.user(2)), Self.notification(4, to: Self.user(3), english),
        ]
        let outcomes = await setup.transport.deliver(batch)
        let lists = setup.fake.requests(to: "broadcast_message").map {
            jsonObject($0.text)["broadcast_list"] as? [String] ?? []
        }
        #expect(lists == [[Self.user(0), Self.user(2)], [Self.user(1), Self.user(3)]])
        #expect(outcomes.allSatisfy { $0.kind == "sent" })
        await setup.stop()
    }

    @Test func aBotViberRefusesBroadcastingForSendsOneByOne() async throws {
        let setup = try setup(subscribers: 20) { $0.broadcastAllowed = false }
        #expect(setup.transport.limits.batchSize == 300)
        let outcomes = await setup.transport.deliver((0..<20).map { Self.notification(Int64($0), to: Self.user($0)) })
        #expect(setup.fake.requests(to: "broadcast_message").count == 1, "tried once, status 20")
        let sends = setup.fake.requests(to: "send_message")
        #expect(sends.count == 20)
        #expect(Set(sends.compactMap { jsonObject($0.text)["receiver"] as? String }) == Set((0..<20).map(Self.user)))
        #expect(outcomes.allSatisfy { $0.token?.isEmpty == false })
        #expect(!setup.transport.broadcasts)
        #expect(setup.transport.limits.batchSize == 1)
        // The next batch does not try broadcasting again.
        _ = await setup.transport.deliver([
            Self.notification(30, to: Self.user(0)), Self.notification(31, to: Self.user(1)),
        ])
        #expect(setup.fake.requests(to: "broadcast_message").count == 1)
        await setup.stop()
    }

    @Test func viberStatusesAndHTTPFailuresBecomeOutcomes() async throws {
        let setup = try setup(canBroadcast: false, subscribers: 1)
        setup.fake.subscribe("left")
        setup.fake.unsubscribe("left")
        func deliver(_ user: String = ViberTransportTests.user(0)) async -> DeliveryOutcome {
            await setup.transport.deliver([Self.notification(1, to: user)])[0]
        }
        #expect(
            await deliver("left")
                == .unreachable(.unsubscribed, detail: "status 6 (receiverNotSubscribed): receiverNotSubscribed"))
        #expect(
            await deliver("nobody")
                == .unreachable(.deactivated, detail: "status 5 (receiverNotRegistered): receiverNotRegistered"))
        setup.fake.inject(.status(12, message: "Too many requests"), on: "send_message")
        #expect(await deliver() == .retryAfter(.seconds(10), detail: "status 12 (tooManyRequests): Too many requests"))
        setup.fake.inject(.status(3, message: "badData"), on: "send_message")
        #expect(await deliver() == .failed(detail: "status 3 (badData): badData"))
        setup.fake.inject(.status(99, message: "new"), on: "send_message")
        #expect(await deliver() == .failed(detail: "status 99 (generalError): new"))
        setup.fake.inject(.http(503), on: "send_message")
        #expect(await deliver() == .transient(detail: "HTTP 503"))
        setup.fake.inject(.http(429), on: "send_message")
        #expect(await deliver() == .retryAfter(.seconds(10), detail: "HTTP 429"))
        setup.fake.inject(.http(400), on: "send_message")
        #expect(await deliver() == .failed(detail: "HTTP 400"))
        setup.fake.inject(.http(200, body: "<html>proxy</html>"), on: "send_message")
        #expect(await deliver() == .uncertain(detail: "HTTP 200 without Viber's JSON (18 bytes)"))
        let fine = await deliver()
        #expect(fine.token?.hasPrefix("5") == true)
        // A wrong token is Viber's status 2.
        let stranger = ViberTransport(
            bot: try ViberBot(
                id: "vb2", hromadaID: 7, authToken: "0000000000000000", name: "Х", apiBase: setup.fake.apiBase),
            client: setup.client, timeout: FakeViberAPI.callTimeout)
        #expect(
            await stranger.deliver([Self.notification(1, to: Self.user(0))]) == [
                .failed(detail: "status 2 (invalidAuthToken): invalidAuthToken")
            ])
        // A notification of another channel or hromada is not this transport's.
        #expect(
            await setup.transport.deliver([Self.notification(1, to: Self.user(0), hromadaID: 8)])
                == [.failed(detail: "not a Viber notification of this bot's hromada")])
        await setup.stop()
    }

    @Test func noAnswerIsTransientBeforeSendingAndUncertainAfter() async throws {
        // Nothing listens: the connection is refused, nothing was sent.
        let closed = try setup(subscribers: 1)
        await closed.fake.stop()
        let refused = await closed.transport.deliver([Self.notification(1, to: Self.user(0))])[0]
        #expect(refused.kind == "transient", "\(refused)")
        closed.client.invalidate()

        let url = URL(string: "https://chatapi.viber.com/pa/send_message")!
        let bot = try ViberBot(id: "vb1", hromadaID: 7, authToken: Self.token, name: "Громада", canBroadcast: false)
        let mock = MockHTTPClient()
        mock.enqueue(
            .failure(HTTPClientError(.timeout, method: .post, url: url, detail: "deadline 30 seconds")), for: url)
        mock.enqueue(
            .failure(HTTPClientError(.connection, method: .post, url: url, detail: "URLError -1005")), for: url)
        mock.enqueue(
            .failure(HTTPClientError(.connection, method: .post, url: url, detail: "URLError -1004")), for: url)
        let transport = ViberTransport(bot: bot, client: mock)
        var outcomes: [DeliveryOutcome] = []
        for id in 1...3 { outcomes += await transport.deliver([Self.notification(Int64(id), to: "u")]) }
        #expect(outcomes.map(\.kind) == ["uncertain", "uncertain", "transient"])
        #expect(mock.requests.allSatisfy { !$0.isIdempotent }, "never retried by the client")
        #expect(mock.requests.allSatisfy { $0.headers["X-Viber-Auth-Token"] == Self.token })
    }

    @Test func aNotificationOfTwoMessagesIsNeverResentAfterItsFirstWentOut() async throws {
        let url = URL(string: "https://chatapi.viber.com/pa/broadcast_message")!
        let bot = try ViberBot(id: "vb1", hromadaID: 7, authToken: Self.token, name: "Громада")
        let mock = MockHTTPClient()
        mock.enqueue(
            statusCode: 200,
            body: Array(
                #"{"status":0,"status_message":"ok","message_token":5000000000000000001,"failed_list":[]}"#.utf8),
            for: url)
        mock.enqueue(statusCode: 503, for: url)
        let messages: [BotMessage] = [
            .text("Найближче укриття:"),
            .location("Укриття № 1", latitude: 49.1, longitude: 32.1, address: "вул. Шкільна, 1"),
        ]
        let outcomes = await ViberTransport(bot: bot, client: mock).deliver([
            Self.notification(1, to: "a", messages), Self.notification(2, to: "b", messages),
        ])
        #expect(mock.requests.count == 2)
        #expect(outcomes == Array(repeating: .uncertain(detail: "sent 1 of its messages, then: HTTP 503"), count: 2))
    }

    @Test func theFakesRequestLimitAnswersStatus12AndTheRestWait() async throws {
        let setup = try setup(canBroadcast: false, subscribers: 40) {
            $0.requestLimit = 0.001
            $0.requestBurst = 4
        }
        let outcomes = await setup.transport.deliver((0..<40).map { Self.notification(Int64($0), to: Self.user($0)) })
        let sent = outcomes.filter { $0.kind == "sent" }.count
        let waiting = outcomes.filter {
            $0 == .retryAfter(.seconds(10), detail: "status 12 (tooManyRequests): tooManyRequests")
        }.count
        #expect(sent == 4)
        #expect(waiting == 36)
        #expect(setup.fake.deliveries.count == 4)
        // Eight in flight at first, and one more after each of the four that went through: once Viber said "too
        // many", no new request starts.
        #expect(setup.fake.requests(to: "send_message").count <= 12)
        await setup.stop()
    }
}

extension DeliveryOutcome {
    /// The case's name, for comparing outcomes whose details vary.
    var kind: String {
        switch self {
        case .sent: "sent"
        case .unreachable: "unreachable"
        case .retryAfter: "retryAfter"
        case .transient: "transient"
        case .uncertain: "uncertain"
        case .failed: "failed"
        }
    }

    /// The provider's message id of a sent message.
    var token: String? {
        if case .sent(let token) = self { return token }
        return nil
    }
}
