import Foundation
import SvoyiCore
import Testing

/// The delivery worker against an in-test messenger, on a virtual clock: order, pace, outcomes and recovery.
@Suite struct NotifyDispatcherTests {
    static func limits(
        rate: Double = 1_000, interval: Duration = .zero, batch: Int = 1, concurrency: Int = 1
    ) -> DeliveryLimits {
        DeliveryLimits(
            messagesPerSecond: rate, perRecipientInterval: interval, batchSize: batch, concurrency: concurrency)
    }

    /// `(message id, external id)` of what a transport was handed, in order.
    static func handed(_ transport: FakeTransport, in context: NotifyTestContext) async throws -> [(Int64, String)] {
        let byDelivery = try await context.database.read { db in
            var messages: [Int64: Int64] = [:]
            try db.forEachRow("SELECT id, message_id FROM notify_deliveries", []) { row in
                messages[try row.get("id")] = try row.get("message_id")
            }
            return messages
        }
        return transport.handed.map { (byDelivery[$0.notification.deliveryID] ?? -1, $0.notification.externalID) }
    }

    @Test func emergenciesGoFirstThenTheOldest() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            let first = try await context.send(context.draft("Перше"))
            let second = try await context.send(context.draft("Друге", topic: .news))
            let alert = try await context.send(context.draft("Тривога", topic: .emergencies, priority: .emergency))
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock)
            await context.dispatcher([transport]).runUntilIdle()
            let order = try await Self.handed(transport, in: context).map(\.0)
            #expect(order == [alert, alert, alert, first, first, first, second, second, second])
            for id in [first, second, alert] {
                let message = try await context.message(id)
                #expect(message.state == .done)
                #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 3]))
            }
            let texts = transport.handed.map { $0.notification.messages.first?.text }
            #expect(texts.first == "Тривога")
        }
    }

    @Test func eachResidentGetsTheirLanguageAndTheLinkAndPlaceFollow() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(1, language: .en, prefix: "en")
            var draft = context.draft("Світла не буде")
            draft.link = NotifyLink(url: "https://a.ua/o", title: LocalizedText(uk: "Графік", en: "Schedule"))
            draft.location = NotifyLocation(latitude: 50, longitude: 26, name: "Пункт незламності")
            try await context.send(draft)
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock)
            await context.dispatcher([transport]).runUntilIdle()
            let notification = try #require(transport.handed.first?.notification)
            #expect(notification.hromadaID == context.hromadaA && notification.channel == .telegram)
            #expect(
                notification.messages == [
                    .text("EN: Світла не буде"), .link("Schedule", url: "https://a.ua/o"),
                    .location("Пункт незламності", latitude: 50, longitude: 26, address: nil),
                ])
            let row = try await context.database.read { db in
                try db.queryFirst("SELECT provider_message_id, sent_at, attempts FROM notify_deliveries")
            }
            #expect(try row?.get("provider_message_id", as: String.self) == "m\(notification.deliveryID)")
            #expect(try row?.get("sent_at", as: Date.self) == notifyTestStart)
            #expect(try row?.get("attempts", as: Int.self) == 1)
        }
    }

    @Test func retryAfterPausesTheWholeBotAndQueuesAgainWithoutCountingTheAttempt() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            let id = try await context.send(context.draft())
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock) { notification, handed in
                notification.externalID == "tg0" && handed == 1
                    ? .retryAfter(.seconds(10), detail: "429 Too Many Requests: retry after 10")
                    : .sent(providerMessageID: nil)
            }
            await context.dispatcher([transport]).runUntilIdle()
            let calls = transport.calls
            #expect(calls.map { $0.notifications[0].externalID } == ["tg0", "tg0", "tg1", "tg2"])
            #expect(calls[1].at >= calls[0].at.addingTimeInterval(10), "the bot waited as asked")
            #expect(calls[2].at >= calls[0].at.addingTimeInterval(10), "the whole bot, not only that person")
            #expect(try await context.message(id).stats == NotifyDeliveryStats(counts: [.sent: 3]))
            let attempts = try await context.count(
                "SELECT attempts FROM notify_deliveries WHERE external_id = 'tg0'")
            #expect(attempts == 1, "a retry-after is not a failed attempt")
        }
    }

    @Test func transientFailuresBackOffThenFail() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(2)
            let id = try await context.send(context.draft())
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock) { notification, handed in
                switch (notification.externalID, handed) {
                case ("tg0", _): .transient(detail: "HTTP 502")
                case ("tg1", 1), ("tg1", 2): .transient(detail: "connection refused")
                default: .sent(providerMessageID: "ok")
                }
            }
            await context.dispatcher([transport]).runUntilIdle()
            let tries = transport.handed.filter { $0.notification.externalID == "tg0" }.map(\.at)
            #expect(tries.count == 8)
            let policy = NotifyRetryPolicy()
            for attempt in 1..<tries.count {
                let gap = tries[attempt].timeIntervalSince(tries[attempt - 1])
                #expect(gap >= policy.delay(afterAttempt: attempt, jitter: 1), "attempt \(attempt): \(gap)")
            }
            #expect(tries[2].timeIntervalSince(tries[1]) > tries[1].timeIntervalSince(tries[0]), "it grows")
            let failed = try await context.database.read { db in
                try db.queryFirst("SELECT state, attempts, last_error FROM notify_deliveries WHERE external_id = 'tg0'")
            }
            #expect(try failed?.get("state", as: String.self) == "failed")
            #expect(try failed?.get("attempts", as: Int.self) == 8)
            #expect(try failed?.get("last_error", as: String.self) == "HTTP 502 (after 8 attempts)")
            #expect(transport.handed.filter { $0.notification.externalID == "tg1" }.count == 3)
            let message = try await context.message(id)
            #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 1, .failed: 1]))
            #expect(message.state == .done)
        }
    }

    @Test func unreachableMarksTheLedgerAndBlocksThePersonsOtherDeliveries() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            let first = try await context.send(context.draft("Перше"))
            let second = try await context.send(context.draft("Друге"))
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock) { notification, _ in
                notification.externalID == "tg1"
                    ? .unreachable(.blocked, detail: "403 Forbidden: bot was blocked by the user")
                    : .sent(providerMessageID: nil)
            }
            await context.dispatcher([transport]).runUntilIdle()
            #expect(transport.handed.filter { $0.notification.externalID == "tg1" }.count == 1, "asked only once")
            #expect(try await context.message(first).stats == NotifyDeliveryStats(counts: [.sent: 2, .blocked: 1]))
            #expect(try await context.message(second).stats == NotifyDeliveryStats(counts: [.sent: 2, .blocked: 1]))
            let status = try await context.database.read { db in
                try ResidentStore.channelStatus(
                    channel: .telegram, externalID: "tg1", hromadaID: context.hromadaA, in: db)
            }
            #expect(status == .blocked)
            // The next message leaves the person out.
            let third = try await context.send(context.draft("Третє"))
            #expect(try await context.deliveries(third).map(\.2) == ["tg0", "tg2"])
        }
    }

    @Test func anUncertainDeliveryIsNotSentAgainUntilStaffResendIt() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            let id = try await context.send(context.draft())
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock) { notification, handed in
                notification.externalID == "tg2" && handed == 1
                    ? .uncertain(detail: "timed out after the request was written") : .sent(providerMessageID: nil)
            }
            await context.dispatcher([transport]).runUntilIdle()
            await context.dispatcher([transport]).runUntilIdle()
            #expect(transport.handed.filter { $0.notification.externalID == "tg2" }.count == 1)
            var message = try await context.message(id)
            #expect(message.state == .done)
            #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 2, .uncertain: 1]))

            #expect(try await context.store.resendUncertain(messageID: id, hromadaID: context.hromadaA) == 1)
            #expect(try await context.message(id).state == .sending)
            await context.dispatcher([transport]).runUntilIdle()
            #expect(transport.handed.filter { $0.notification.externalID == "tg2" }.count == 2)
            message = try await context.message(id)
            #expect(message.state == .done)
            #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 3]))
            await #expect(throws: NotifyError.messageNotFound) {
                try await context.store.resendUncertain(messageID: id, hromadaID: context.hromadaB)
            }
        }
    }

    @Test func atStartDeliveriesLeftSendingBecomeUncertainAndAreNotSent() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(4)
            let id = try await context.send(context.draft())
            // A process claimed two and died before recording what became of them.
            try await context.database.write { db in
                try db.execute(
                    """
                    UPDATE notify_deliveries SET state = 'sending', attempts = 1
                    WHERE external_id IN ('tg0', 'tg3') AND message_id = ?
                    """, id)
            }
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: context.clock)
            await context.dispatcher([transport]).runUntilIdle()
            #expect(transport.handed.map(\.notification.externalID) == ["tg1", "tg2"])
            let message = try await context.message(id)
            #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 2, .uncertain: 2]))
            #expect(message.state == .done)
        }
    }

    @Test func theIntervalPerPersonHoldsAndOthersGoMeanwhile() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(1, prefix: "busy")
            for index in 0..<3 { try await context.send(context.draft("Повідомлення \(index)")) }
            try await context.addResidents(20, prefix: "other")
            try await context.send(context.draft("Іншим"))
            let transport = FakeTransport(
                hromadaID: context.hromadaA, limits: Self.limits(rate: 100, interval: .seconds(1), concurrency: 2),
                clock: context.clock)
            await context.dispatcher([transport]).runUntilIdle()
            let handed = transport.handed
            #expect(handed.count == 3 + 1 + 20)
            let busy = handed.enumerated().filter { $0.element.notification.externalID == "busy0" }
            #expect(busy.count == 4)
            for pair in zip(busy, busy.dropFirst()) {
                #expect(
                    pair.1.element.at.timeIntervalSince(pair.0.element.at) >= 1, "a second between two to one person")
            }
            #expect(busy[1].offset > 1, "the queue behind the busy person moved on meanwhile: \(busy.map(\.offset))")
            #expect(Set(handed.map(\.notification.deliveryID)).count == handed.count, "nothing handed twice")
        }
    }

    @Test func theTokenBucketKeepsTheRateAndCallsStayWithinTheConcurrency() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(200)
            try await context.send(context.draft())
            let transport = FakeTransport(
                hromadaID: context.hromadaA, limits: Self.limits(rate: 20, batch: 1, concurrency: 3),
                clock: context.clock)
            await context.dispatcher([transport]).runUntilIdle()
            let times = transport.handed.map(\.at)
            #expect(times.count == 200)
            #expect(transport.maxInFlight <= 3)
            // A second's burst, then 20 a second: 200 messages take at least 9 s of the clock.
            let span = times.last!.timeIntervalSince(times.first!)
            #expect(span >= 9, "\(span)")
            for start in stride(from: 0, to: times.count - 40, by: 20) {
                #expect(times[start + 40].timeIntervalSince(times[start]) >= 0.999, "window at \(start)")
            }
        }
    }

    /// The messenger of the 10,000 run: every 20th person (ids ending in 7 of 20) blocked the bot, and now and then
    /// a 429 on a first try.
    static func crowdScript(_ notification: OutboundNotification, _ handed: Int) -> DeliveryOutcome {
        let number = Int(notification.externalID.dropFirst(2)) ?? 0
        if number % 20 == 7 { return .unreachable(.blocked, detail: "403 Forbidden: bot was blocked by the user") }
        if handed == 1 && notification.deliveryID % 97 == 0 { return .retryAfter(.seconds(2), detail: "429") }
        return .sent(providerMessageID: nil)
    }

    /// How many times each person was handed a notification, and how many of those were accepted.
    static func tally(_ transport: FakeTransport) -> (handed: [String: Int], sent: [String: Int]) {
        var handed: [String: Int] = [:]
        var sent: [String: Int] = [:]
        let outcomes = transport.outcomes
        for (index, entry) in transport.handed.enumerated() {
            let person = entry.notification.externalID
            handed[person, default: 0] += 1
            if case .sent = outcomes[index] { sent[person, default: 0] += 1 }
        }
        return (handed, sent)
    }

    /// 10,000 recipients, 5% of them blocked, the messenger answering 429 now and then: every active recipient gets
    /// exactly one message.
    @Test func tenThousandRecipientsGetExactlyOneEach() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(10_000)
            let id = try await context.send(context.draft())
            let transport = FakeTransport(
                hromadaID: context.hromadaA,
                limits: Self.limits(rate: 5_000, interval: .seconds(1), batch: 50, concurrency: 4),
                clock: context.clock, script: Self.crowdScript)
            await context.dispatcher([transport]).runUntilIdle()
            let (handed, sent) = Self.tally(transport)
            #expect(sent.count == 9_500)
            #expect(sent.values.allSatisfy { $0 == 1 }, "exactly one each")
            #expect(handed.count == 10_000)
            #expect(handed.filter { (Int($0.key.dropFirst(2)) ?? 0) % 20 == 7 }.values.allSatisfy { $0 == 1 })
            #expect(handed.values.contains(2), "some were asked to retry after a 429")
            let message = try await context.message(id)
            #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 9_500, .blocked: 500]))
            #expect(message.state == .done)
            let blocked = try await context.count("SELECT COUNT(*) FROM resident_channels WHERE status = 'blocked'")
            #expect(blocked == 500)
            #expect(transport.maxInFlight <= 4)
        }
    }

    @Test func theRunningDispatcherWakesForNewMessagesAndStopsCleanly() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            let registry = NotificationTransportRegistry()
            let transport = FakeTransport(hromadaID: context.hromadaA, clock: SystemClock())
            let store = NotifyStore(database: context.database)
            var configuration = NotifyDispatcher.Configuration()
            configuration.pollInterval = 3_600  // only a wake-up can make it send in time
            configuration.report = { _ in }
            let dispatcher = NotifyDispatcher(
                database: context.database, source: registry, configuration: configuration)
            let running = Task { await dispatcher.run() }
            registry.register(transport)
            dispatcher.transportsChanged()
            let runner = JobRunner(
                database: context.database, handlers: [NotifyExpansion.jobHandler()])
            let id = try await store.enqueue(context.draft()).message.id
            while try await runner.runDueJobs() > 0 {}
            let deadline = Date().addingTimeInterval(60)
            while try await store.message(id: id, hromadaID: context.hromadaA)?.state != .done, Date() < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(try await store.message(id: id, hromadaID: context.hromadaA)?.state == .done)
            running.cancel()
            await running.value
            #expect(transport.handed.count == 3)
        }
    }
}
