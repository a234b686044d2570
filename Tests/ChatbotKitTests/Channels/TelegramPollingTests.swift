import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

@Suite struct TelegramPollingTests {
    @Test func pollsFromTheStoredOffsetAfterDeletingTheWebhookAndStopsCleanly() async throws {
        let harness = try await TelegramHarness(mode: .polling)
        defer { Task { await harness.shutdown() } }
        let credentials = try #require(try await harness.bots.credentials(id: harness.bot.id))
        // A webhook left over from before: polling must delete it first.
        try await TelegramAPI(credentials, client: harness.client, timeout: TelegramHarness.timeout).setWebhook(
            url: "https://old.example/hooks", secretToken: "old")
        harness.fake.enqueueUpdate(
            token: TelegramHarness.token, json: "{" + TelegramHarness.text("/start", update: 0).dropFirst(15))
        let polling = harness.channel.startPolling(rescan: .seconds(60))
        try await waitUntil("the first reply") { harness.fake.requests("sendMessage").count == 1 }
        #expect(harness.fake.requests("deleteWebhook").count == 1)
        #expect(harness.fake.webhook(token: TelegramHarness.token) == nil)
        try await waitUntil("the offset is stored") { try await harness.bots.bot(id: harness.bot.id)?.pollOffset == 2 }

        harness.fake.enqueueUpdate(
            token: TelegramHarness.token, json: "{" + TelegramHarness.text("меню", update: 0).dropFirst(15))
        try await waitUntil("the second reply") { harness.fake.requests("sendMessage").count == 2 }
        try await waitUntil("the offset moves on") { try await harness.bots.bot(id: harness.bot.id)?.pollOffset == 3 }
        polling.cancel()
        await polling.value  // returns: every poll has ended
        let polls = harness.fake.requests("getUpdates").count
        #expect(polls >= 2)
        #expect(
            harness.fake.requests("getUpdates").allSatisfy {
                $0.body.contains(#""allowed_updates":["message","callback_query","my_chat_member"]"#)
            })
        #expect(try await harness.updateRows() == 2)
    }
}

@Suite struct TelegramDeepLinkTests {
    @Test func payloadsAreValidatedAndRoutedByTheLongestPrefix() {
        let links = DeepLinks([.dialogue(prefix: "rate_", dialogueID: "rating", variable: "code")])
        #expect(links.match("rate_ABC-12")?.argument == "ABC-12")
        #expect(links.match("d_id_card")?.route.prefix == "d_")
        #expect(links.match("link_7K3M9Q2P")?.route.prefix == "link_")
        #expect(links.match("petition_5") == nil)
        #expect(links.match(String(repeating: "a", count: 65)) == nil)
        #expect(links.match("d_id card") == nil && links.match("d_іd") == nil && links.match("") == nil)
        #expect(
            DeepLinks.telegramLink(username: "demo_hromada_bot", payload: "d_id_card")
                == "https://t.me/demo_hromada_bot?start=d_id_card")
        #expect(DeepLinks.telegramLink(username: "demo", payload: "bad payload") == nil)
    }

    @Test func startOpensADialogueRedeemsALinkCodeOrExplainsAnUnknownLink() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        await harness.post(TelegramHarness.text("/start d_id_card", update: 1))
        let opened = harness.sent("sendMessage").joined()
        #expect(opened.contains("ID-картк"), "the ID card consultation opens")

        await harness.post(TelegramHarness.text("/start petition_77", update: 2))
        #expect(harness.sent("sendMessage").contains { $0.contains("Це посилання чи QR-код мені не відоме") })

        await harness.post(TelegramHarness.text("/start d_no_such_dialogue", update: 3))
        #expect(harness.sent("sendMessage").contains { $0.contains("Це посилання більше не веде") })

        // A web resident makes a link code; the Telegram account joins them through the deep link.
        let web = try await harness.residents.findOrCreate(
            channel: .web, externalID: "web:abc", displayName: nil, language: .uk, hromadaID: harness.hromadaID)
        let code = try await harness.residents.createLinkCode(residentID: web.id, hromadaID: harness.hromadaID)
        await harness.post(TelegramHarness.text("/start link_\(code.code)", update: 4))
        #expect(
            harness.sent("sendMessage").contains { $0.contains("приєднано до вашого профілю") },
            "\(harness.sent("sendMessage").suffix(3)) \(harness.log.lines.withLock { $0 })")
        let joined = try await harness.residents.resident(
            channel: .telegram, externalID: "7000000001", hromadaID: harness.hromadaID)
        #expect(joined?.id == web.id)
        await harness.post(TelegramHarness.text("/start link_\(code.code)", update: 5))
        #expect(harness.sent("sendMessage").contains { $0.contains("неправильний або вже використаний") })
    }
}
