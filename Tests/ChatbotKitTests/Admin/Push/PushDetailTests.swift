import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// A message's page, the list, cancelling and resending to those whose delivery is unknown.
@Suite struct PushDetailTests {
    /// News to everyone in A, expanded: deliveries to `village1`, `village2` (Telegram) and `hamlet` (Viber).
    static func sentNews(_ harness: PushHarness, text: String = "Завтра в парку свято громади.") async throws -> Int64 {
        let message = try await harness.notify.enqueue(
            NotifyDraft(
                hromadaID: harness.hromadaA, topic: .news, text: LocalizedText(uk: text),
                createdBy: .staff(harness.staffA[.contentManager]!.id))
        ).message
        try await harness.expand(message.id)
        return message.id
    }

    @Test func theDetailShowsCountsWithPercentagesAndTheContent() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let id = try await Self.sentNews(harness)
        try await harness.setDeliveries(id, to: .sent, count: 2)
        let client = try await harness.signIn(harness.staffA[.contentManager]!)
        let page = await client.get("/admin/push/\(id)")
        #expect(page.status.code == 200)
        let text = page.text
        #expect(text.contains("<h1>Повідомлення №\(id)</h1>"))
        #expect(text.contains("Усього отримувачів: 3"))
        #expect(text.contains(#"<th scope="row">надіслано</th><td>2</td><td>67 %</td>"#))
        #expect(text.contains(#"<th scope="row">в черзі</th><td>1</td><td>33 %</td>"#))
        #expect(text.contains(#"<progress max="3" value="2" aria-label="Виконано: 67 %">"#))
        #expect(text.contains("A Content manager, 28.03.2026 14:00"))
        #expect(text.contains("28.03.2026 14:00 (UTC+2)"))
        #expect(text.contains("Завтра в парку свято громади."))
        #expect(text.contains("Скасувати надсилання"))
        // Nothing is uncertain, so nothing to resend; no messenger sent receipts yet, so none are mentioned.
        #expect(!text.contains("/resend"))
        #expect(!text.contains("Viber підтвердив"))
        // Viber's receipts for one of the two sent: delivered and seen.
        try await harness.database.write { db in
            try db.execute(
                """
                UPDATE notify_deliveries SET delivered_at = '2026-03-28T12:01:00.000Z', seen_at = '2026-03-28T12:05:00.000Z'
                WHERE id = (SELECT min(id) FROM notify_deliveries WHERE message_id = ? AND state = 'sent')
                """, id)
        }
        let receipts = await client.get("/admin/push/\(id)").text
        #expect(receipts.contains("Viber підтвердив доставку на телефон: 1 (50 % надісланих), переглянули: 1."))
        let api = await harness.api(.get, "/api/v1/push/\(id)", token: harness.tokenSend)
        #expect(api.json["receipts"] as? [String: Int] == ["delivered": 1, "seen": 1])
    }

    @Test func aMessageThatFoundNoRecipientsSaysSo() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let id = try await Self.sentNews(harness)
        try await harness.database.write { db in
            try db.execute("DELETE FROM notify_deliveries WHERE message_id = ?", id)
            try db.execute("UPDATE notify_messages SET state = 'done' WHERE id = ?", id)
        }
        let client = try await harness.signIn(harness.staffA[.contentManager]!)
        let page = await client.get("/admin/push/\(id)").text
        #expect(page.contains("Отримувачів не знайшлося"))
        #expect(!page.contains("Виконано: 0 %"))
        #expect(!page.contains("Доставка за станами"))
    }

    @Test func cancellingAsksFirstThenStopsWhatIsQueued() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let id = try await Self.sentNews(harness)
        try await harness.setDeliveries(id, to: .sent, count: 1)
        let member = harness.staffA[.contentManager]!
        let client = try await harness.signIn(member)
        let ask = await client.post("/admin/push/\(id)/cancel")
        #expect(ask.status.code == 200)
        #expect(ask.text.contains("Скасувати надсилання повідомлення №\(id)?"))
        #expect(ask.text.contains(#"name="confirm" value="yes""#))
        #expect(try await harness.notify.message(id: id, hromadaID: harness.hromadaA)?.state == .sending)
        let done = await client.post("/admin/push/\(id)/cancel", [("confirm", "yes")])
        #expect(done.status.code == 303)
        #expect(done.location == "/admin/push/\(id)?done=cancelled")
        let message = try #require(try await harness.notify.message(id: id, hromadaID: harness.hromadaA))
        #expect(message.state == .cancelled)
        #expect(message.stats == NotifyDeliveryStats(counts: [.sent: 1, .cancelled: 2]))
        let audit = try await harness.audit("push.cancel")
        #expect(audit.count == 1)
        #expect(audit.first?.outcome == .ok)
        #expect(audit.first?.before == ["state": "sending"])
        #expect(audit.first?.after == ["state": "cancelled", "cancelled": "2"])
        let page = await client.get("/admin/push/\(id)?done=cancelled")
        #expect(page.text.contains("Надсилання скасовано"))
        #expect(!page.text.contains("Скасувати надсилання"))
        // Cancelling again is refused, audited, and changes nothing.
        let again = await client.post("/admin/push/\(id)/cancel", [("confirm", "yes")])
        #expect(again.status.code == 409)
        #expect(again.text.contains("Це повідомлення вже скасовано."))
        #expect(try await harness.audit("push.cancel").first?.outcome == .denied)
    }

    @Test func resendingUncertainDeliveriesAsksFirstAndQueuesOnlyThose() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let id = try await Self.sentNews(harness)
        try await harness.setDeliveries(id, to: .uncertain, count: 2)
        try await harness.database.write { db in
            try db.execute(
                "UPDATE notify_deliveries SET state = 'sent' WHERE message_id = ? AND state = 'queued'", id)
            try db.execute("UPDATE notify_messages SET state = 'done' WHERE id = ?", id)
        }
        let client = try await harness.signIn(harness.staffA[.admin]!)
        let page = await client.get("/admin/push/\(id)")
        #expect(page.text.contains("У 2 мешканців надсилання перервалося"))
        #expect(page.text.contains("Надіслати повторно тим, чия доставка невідома"))
        #expect(page.text.contains(#"<th scope="row">невідомо</th><td>2</td><td>67 %</td>"#))
        let ask = await client.post("/admin/push/\(id)/resend")
        #expect(ask.status.code == 200)
        #expect(ask.text.contains("Надіслати повторно 2 мешканцям, чия доставка невідома?"))
        #expect(try await harness.notify.message(id: id, hromadaID: harness.hromadaA)?.stats[.uncertain] == 2)
        let done = await client.post("/admin/push/\(id)/resend", [("confirm", "yes")])
        #expect(done.location == "/admin/push/\(id)?done=resent&count=2")
        let message = try #require(try await harness.notify.message(id: id, hromadaID: harness.hromadaA))
        #expect(message.stats == NotifyDeliveryStats(counts: [.queued: 2, .sent: 1]))
        #expect(message.state == .sending)
        let audit = try await harness.audit("push.resend")
        #expect(audit.first?.before == ["uncertain": "2"])
        #expect(audit.first?.after == ["requeued": "2"])
        let notice = await client.get(try #require(done.location))
        #expect(notice.text.contains("Знову поставлено в чергу: 2."))
        let nothing = await client.post("/admin/push/\(id)/resend", [("confirm", "yes")])
        #expect(nothing.location == "/admin/push/\(id)?done=nothing")
        // The audit log names the action in Ukrainian and offers PUSH as a filter.
        let log = await client.get("/admin/audit?action=push.")
        #expect(log.text.contains("Повторне надсилання PUSH"))
        #expect(log.text.contains(#"<option value="push." selected>PUSH-повідомлення</option>"#))
    }

    @Test func theListIsNewestFirstWithCountsAndPages() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        var ids: [Int64] = []
        for index in 1...32 {
            ids.append(
                try await Self.sentNews(
                    harness, text: "Новина номер \(index) " + String(repeating: "слово ", count: 30)))
        }
        try await harness.setDeliveries(ids.last!, to: .blocked, count: 1)
        let client = try await harness.signIn(harness.staffA[.contentManager]!)
        let first = await client.get("/admin/push")
        #expect(first.status.code == 200)
        let text = first.text
        #expect(text.contains(#"<a href="/admin/push/\#(ids[31])">Новина номер 32 слово"#))
        #expect(text.contains("…</a>"))
        #expect(!text.contains(#"href="/admin/push/\#(ids[1])""#))
        #expect(text.contains(#"href="/admin/push?before=\#(ids[2])""#))
        #expect(text.components(separatedBy: "<td>надсилається</td>").count == 31)
        #expect(text.contains(#"<td>надсилається</td><td>2</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td>"#))
        #expect(text.contains("28.03.2026 14:00"))
        let second = await client.get("/admin/push?before=\(ids[2])")
        #expect(second.text.contains(#"href="/admin/push/\#(ids[1])""#))
        #expect(second.text.contains(#"href="/admin/push/\#(ids[0])""#))
        #expect(!second.text.contains("Старіші повідомлення"))
        #expect(await client.get("/admin/push?before=abc").status.code == 400)
        // Hromada B's administrator sees none of A's.
        let adminB = try await harness.signIn(harness.adminB)
        #expect(await adminB.get("/admin/push").text.contains("Повідомлень ще не було."))
    }
}
