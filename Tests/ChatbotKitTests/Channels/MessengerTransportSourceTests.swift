import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct MessengerTransportSourceTests {
    @Test func everyEnabledBotHasATransportAndADisabledOneNone() async throws {
        let harness = try await BotStoreHarness()
        let source = MessengerTransportSource(bots: harness.store, client: MockHTTPClient(), log: .discard)
        #expect(await source.transports().isEmpty)

        let bot = try await harness.store.add(
            .init(channel: .telegram, hromadaID: harness.hromadaID, name: "Буча", token: BotStoreHarness.telegramToken))
        _ = try await harness.store.add(
            .init(
                channel: .telegram, hromadaID: harness.otherHromadaID, name: "Ірпінь",
                token: BotStoreHarness.otherTelegramToken))
        let transports = await source.transports()
        #expect(Set(transports.map(\.hromadaID)) == [harness.hromadaID, harness.otherHromadaID])
        #expect(transports.allSatisfy { $0.channel == .telegram })

        _ = try await harness.store.setEnabled(false, id: bot.id)
        #expect(await source.transports().map(\.hromadaID) == [harness.otherHromadaID], "a disabled bot stops sending")
    }
}
