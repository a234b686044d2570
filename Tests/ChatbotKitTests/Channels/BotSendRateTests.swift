import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The bot registry's send rate: Telegram 1–1,000 a second, `nil` for the messenger's default.
@Suite struct BotSendRateTests {
    @Test func aTelegramBotSendsAtItsRateOrThirty() async throws {
        let harness = try await BotStoreHarness()
        let plain = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.telegramToken))
        #expect(plain.sendRate == nil && plain.effectiveSendRate == 30)
        let fast = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.otherHromadaID, name: "Ірпінь",
                token: BotStoreHarness.otherTelegramToken, sendRate: 1_000))
        #expect(fast.sendRate == 1_000 && fast.effectiveSendRate == 1_000)
        #expect(try await harness.store.bot(id: fast.id)?.sendRate == 1_000)

        #expect(try await harness.store.setSendRate(250, id: plain.id).sendRate == 250)
        #expect(try await harness.store.bot(id: plain.id)?.effectiveSendRate == 250)
        #expect(try await harness.store.setSendRate(nil, id: plain.id).effectiveSendRate == 30)
        #expect(try await harness.store.setSendRate(1, id: plain.id).sendRate == 1)
    }

    @Test func ratesOutsideWhatTheMessengerAllowsAreRefused() async throws {
        let harness = try await BotStoreHarness()
        let telegram = BotStoreError.invalidSendRate(channel: .telegram, allowed: 1...1_000)
        for rate in [0, -5, 1_001, Int.max] {
            await #expect(throws: telegram) {
                try await harness.store.add(
                    .init(
                        channel: .telegram, hromadaID: harness.hromadaID, name: "Буча",
                        token: BotStoreHarness.telegramToken, sendRate: rate))
            }
        }
        #expect(try await harness.rowCount() == 0)
        let bot = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.telegramToken,
                sendRate: 40))
        await #expect(throws: telegram) { try await harness.store.setSendRate(1_001, id: bot.id) }
        #expect(try await harness.store.bot(id: bot.id)?.sendRate == 40)
        await #expect(throws: BotStoreError.notFound) {
            try await harness.store.setSendRate(10, id: "AAAAAAAAAAAAAAAAAAAAAA")
        }
        #expect(telegram.description == "a telegram bot sends 1–1000 messages a second")

        // Viber's pace comes from its broadcast limits and is not set per bot.
        let viber = try await harness.store.add(
            .init(channel: .viber, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.viberToken))
        await #expect(throws: BotStoreError.invalidSendRate(channel: .viber, allowed: nil)) {
            try await harness.store.setSendRate(100, id: viber.id)
        }
        #expect(viber.sendRate == nil && viber.effectiveSendRate == Int(DeliveryLimits.viber.messagesPerSecond))
    }

    @Test func theColumnRefusesANonPositiveRateWrittenAroundTheStore() async throws {
        let harness = try await BotStoreHarness()
        let bot = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.telegramToken))
        await #expect(throws: (any Error).self) {
            try await harness.database.write { db in
                try db.execute("UPDATE chatbot_bots SET send_rate = 0 WHERE id = ?", bot.id)
            }
        }
        #expect(try await harness.store.bot(id: bot.id)?.sendRate == nil)
    }
}
