import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization
import Testing

/// Webhook payloads made by the real client library `python-telegram-bot` (installed by scripts/test) are accepted
/// and handled as Telegram's own.
@Suite struct TelegramClientLibraryTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/telegram_updates.py")

    @Test func updatesSerialisedByPythonTelegramBotAreAccepted() async throws {
        let harness = try await TelegramHarness()
        defer { Task { await harness.shutdown() } }
        let python = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", Self.script.path, String(TelegramHarness.chat), "5550001111"])
        try await python.waitForExit(timeout: 60)
        #expect(python.exitStatus == 0, "\(python.standardError)")
        let updates = python.lines
        #expect(updates.count == 9)

        for (index, update) in updates.enumerated() {
            #expect(await harness.post(update) == 200, "update \(index + 1)")
            if index == 4 {
                // 4 shared the sender's own number, 5 someone else's: only the own one is recorded.
                let resident = try await harness.residents.resident(
                    channel: .telegram, externalID: String(TelegramHarness.chat), hromadaID: harness.hromadaID)
                #expect(resident?.phone == "+380671234567")
                #expect(resident?.verificationLevel == .phone)
            }
        }
        #expect(try await harness.updateRows() == 9)
        // The deep link opened the ID card consultation; the button was answered; the sticker got the polite note.
        let sent = harness.sent("sendMessage") + harness.sent("editMessageText")
        #expect(sent.contains { $0.contains("Паспорт громадянина України (ID-картка)") })
        #expect(harness.fake.answeredCallbacks == ["cbq-3"])
        #expect(sent.contains { $0.contains("стікер") })
        // The last update blocked the bot: the ledger says so.
        let status = try await harness.database.read { db in
            try ResidentStore.channelStatus(
                channel: .telegram, externalID: String(TelegramHarness.chat), hromadaID: harness.hromadaID, in: db)
        }
        #expect(status == .blocked)
        #expect(harness.log.lines.withLock { $0 }.filter { $0.contains("failed") }.isEmpty)
        // Sending the same payloads again (Telegram retrying) changes nothing.
        let before = harness.fake.requests.count
        for update in updates { #expect(await harness.post(update) == 200) }
        #expect(harness.fake.requests.count == before)
    }
}
