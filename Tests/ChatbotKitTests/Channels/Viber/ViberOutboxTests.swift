import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The notification outbox delivering through Viber: the registry's bot, the dispatcher, the fake Viber API.
@Suite struct ViberOutboxTests {
    static let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"

    @Test func anAlertReachesEverySubscriberOnceInBroadcastsOf300() async throws {
        let directory = try TemporaryDirectory("svoyi-viber-outbox")
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        let fake = FakeViberAPI(.init(authToken: Self.token))
        try fake.start()
        let bots = BotStore(database: database, secretKey: Array(repeating: 3, count: 32))
        let added = try await bots.addViberBot(
            hromadaID: hromadaID, token: Self.token, name: "Вишнева громада", uri: "demo", avatarURL: nil,
            apiBase: fake.apiBase)
        // 650 Viber residents; 30 of them left the bot in Viber without Svoyi hearing of it.
        let now = Date()
        try await database.write { db in
            for index in 0..<650 {
                _ = try ResidentStore.findOrCreate(
                    channel: .viber, externalID: "v\(index)==", displayName: nil, language: .uk, hromadaID: hromadaID,
                    now: now, in: db)
            }
        }
        for index in 0..<650 {
            fake.subscribe("v\(index)==")
            if index % 20 == 0 && index < 600 { fake.unsubscribe("v\(index)==") }
        }
        let store = NotifyStore(database: database)
        let message = try await store.enqueue(
            NotifyDraft(
                hromadaID: hromadaID, topic: .emergencies,
                text: LocalizedText(uk: "Повітряна тривога! Пройдіть до укриття.", en: "Air raid alert!"),
                priority: .emergency, createdBy: .module("tests"))
        ).message
        while case .more = try await database.write({ db in
            try NotifyExpansion.expandBatch(messageID: message.id, limit: 1_000, now: Date(), in: db)
        }) {}
        let client = URLSessionHTTPClient(configuration: FakeViberAPI.clientConfiguration)
        var configuration = NotifyDispatcher.Configuration()
        configuration.report = { _ in }
        // The server's source finds the bot; the test sends through the same transport with a test's deadline.
        let found = await MessengerTransportSource(bots: bots, client: client, log: .discard).transports()
        #expect(found.map(\.channel) == [.viber])
        #expect(found.first?.hromadaID == hromadaID)
        let bot = try #require(try await bots.viberBot(id: added.id))
        let transport = ViberTransport(bot: bot, client: client, timeout: FakeViberAPI.callTimeout)
        await NotifyDispatcher(
            database: database, source: NotificationTransportRegistry([transport]), configuration: configuration
        ).runUntilIdle()

        let broadcasts = fake.requests(to: "broadcast_message")
        let lists = broadcasts.map { (jsonObject($0.text)["broadcast_list"] as? [String]) ?? [] }
        #expect(lists.allSatisfy { $0.count <= 300 })
        #expect(lists.flatMap { $0 }.count == 650, "each once")
        #expect(Set(lists.flatMap { $0 }).count == 650)
        #expect(fake.deliveries.count == 620)
        #expect(Set(fake.deliveries.map(\.receiver)).count == 620)
        #expect(jsonObject(broadcasts[0].text)["text"] as? String == "Повітряна тривога! Пройдіть до укриття.")
        let stats = try #require(try await store.message(id: message.id, hromadaID: hromadaID)).stats
        #expect(stats == NotifyDeliveryStats(counts: [.sent: 620, .blocked: 30]))
        let unsubscribed = try await database.read { db in
            try db.scalar(
                "SELECT count(*) FROM resident_channels WHERE channel = 'viber' AND status = 'unsubscribed'",
                as: Int.self)
        }
        #expect(unsubscribed == 30, "the ledger learnt who left")
        // Every sent delivery keeps Viber's message token, for the delivered/seen receipts.
        let tokens = try await database.read { db in
            try db.scalar(
                "SELECT count(DISTINCT provider_message_id) FROM notify_deliveries WHERE state = 'sent'", as: Int.self)
        }
        #expect(tokens == broadcasts.count)
        client.invalidate()
        await fake.stop()
    }

    @Test func transportsFollowTheRegistry() async throws {
        let harness = try await BotStoreHarness()
        let client = MockHTTPClient()
        let source = ViberTransports(bots: harness.store, client: client)
        #expect(try await source.transports().isEmpty)
        let bot = try await harness.store.addViberBot(
            hromadaID: harness.hromadaID, token: BotStoreHarness.viberToken, name: "Громада", uri: nil, avatarURL: nil,
            apiBase: nil)
        let first = try #require(try await source.transports().first as? ViberTransport)
        #expect(first.hromadaID == harness.hromadaID)
        #expect(first.channel == .viber)
        let again = try #require(try await source.transports().first as? ViberTransport)
        #expect(first === again, "an unchanged bot keeps its transport")
        try await harness.store.setEnabled(false, id: bot.id)
        #expect(try await source.transports().isEmpty)
    }
}
