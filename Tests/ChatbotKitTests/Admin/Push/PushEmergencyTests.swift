import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// «Екстрена тривога»: only with `push.emergency`, a confirmation first, then the template at the front of the queue.
@Suite struct PushEmergencyTests {
    @Test func onlyStaffWithTheEmergencyPermissionReachIt() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        for role in [StaffRole.contentManager, .unitManager, .persona] {
            let client = try await harness.signIn(harness.staffA[role]!)
            #expect(await client.get("/admin/push/emergency").status.code == 403, "\(role)")
            let post = await client.post(
                "/admin/push/emergency", [("kind", "airRaid"), ("audience", "everyone"), ("step", "send")])
            #expect(post.status.code == 403, "\(role)")
        }
        #expect(try await harness.messages().isEmpty)
        let denied = try await harness.audit("access.denied")
        #expect(denied.count == 6)
        for role in [StaffRole.admin, .headAdmin] {
            let client = try await harness.signIn(harness.staffA[role]!)
            #expect(await client.get("/admin/push/emergency").status.code == 200, "\(role)")
        }
    }

    @Test func theFormIsPrefilledWithTheTemplateAndTheSheltersLink() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        let page = await admin.get("/admin/push/emergency")
        #expect(page.text.contains(#"value="https://a.example.ua/chat?open=shelters""#))
        #expect(page.text.contains(#"value="airRaid" checked"#))
        #expect(page.text.contains("🚨 Повітряна тривога!"))
        #expect(page.text.contains("Air raid alert!"))
        #expect(page.text.contains("✅ Відбій тривоги."))
        // Hromada B has no host name of its own: the address the panel was opened at, naming the hromada.
        let adminB = try await harness.signIn(harness.adminB)
        let pageB = await adminB.get("/admin/push/emergency", headers: [("Host", "svoyi.example.org")])
        #expect(pageB.text.contains(#"value="http://svoyi.example.org/chat?hromada=hromada-b&amp;open=shelters""#))
    }

    @Test func anAlertIsPreviewedThenGoesFirstWithTheSheltersLink() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let admin = harness.staffA[.admin]!
        let client = try await harness.signIn(admin)
        // Something ordinary is already queued.
        let ordinary = try await harness.notify.enqueue(
            NotifyDraft(
                hromadaID: harness.hromadaA, topic: .news, text: LocalizedText(uk: "Новина"),
                createdBy: .module("tests"))
        ).message
        try await harness.expand(ordinary.id)
        let fields: [(String, String)] = [
            ("kind", "airRaid"), ("details_uk", "Загроза ракетного удару по Київщині."),
            ("details_en", "Missile threat to Kyiv region."), ("audience", "districts"), ("district", "zelenyi-hai"),
            ("shelters_url", "https://a.example.ua/chat"),
        ]
        let preview = await client.post("/admin/push/emergency", fields + [("step", "preview")])
        #expect(preview.status.code == 200)
        #expect(preview.text.contains("Підтвердьте тривогу: Повітряна тривога"))
        #expect(preview.text.contains("Загроза ракетного удару по Київщині."))
        #expect(preview.text.contains("Missile threat to Kyiv region."))
        #expect(preview.text.contains("2 мешканці (Telegram — 2, Viber — 0)"))
        #expect(preview.text.contains("Надіслати тривогу зараз"))
        #expect(try await harness.messages().count == 1)

        let sent = await client.post(
            "/admin/push/emergency", fields + [("step", "send"), ("key", "panel-BBBBBBBBBBBBBBBBBBBBBB")])
        #expect(sent.status.code == 303)
        let alert = try #require(try await harness.messages().first)
        #expect(alert.id != ordinary.id)
        #expect(sent.location == "/admin/push/\(alert.id)?done=alert")
        #expect(alert.priority == .emergency)
        #expect(alert.topic.key == "emergencies")
        #expect(alert.audience == .districts(["zelenyi-hai"]))
        #expect(alert.link?.url == "https://a.example.ua/chat")
        #expect(alert.text.uk.hasPrefix("🚨 Повітряна тривога!\n\nЗагроза ракетного удару по Київщині."))
        #expect(alert.text.en?.contains("Missile threat to Kyiv region.") == true)
        // Its deliveries are claimed before the ordinary message's, written earlier.
        try await harness.expand(alert.id)
        let order = try await harness.database.read { db in
            try db.query(
                "SELECT message_id FROM notify_deliveries WHERE channel = 'telegram' ORDER BY priority, id LIMIT 2"
            ).map { try $0.get("message_id", as: Int64.self) }
        }
        #expect(order == [alert.id, alert.id])
        let audit = try await harness.audit("push.emergency")
        #expect(audit.count == 1)
        #expect(audit.first?.actor == .staff(id: admin.id, name: admin.displayName))
        #expect(audit.first?.after?["priority"] == "emergency")
        // The same confirmation pressed twice sends one alert.
        _ = await client.post(
            "/admin/push/emergency", fields + [("step", "send"), ("key", "panel-BBBBBBBBBBBBBBBBBBBBBB")])
        #expect(try await harness.messages().count == 2)
    }

    @Test func badEmergencyInputIsShownAgain() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let client = try await harness.signIn(harness.staffA[.admin]!)
        let response = await client.post(
            "/admin/push/emergency",
            [
                ("kind", "meteor"), ("details_en", "Only English"), ("audience", "settlements"),
                ("shelters_url", "ftp://shelters"), ("step", "preview"),
            ])
        #expect(response.status.code == 422)
        #expect(response.text.contains(##"<a href="#field-kind">Оберіть, про що тривога"##))
        #expect(response.text.contains(##"<a href="#field-details_uk">Напишіть подробиці й українською"##))
        #expect(response.text.contains(##"<a href="#field-settlement">Позначте хоча б один населений пункт"##))
        #expect(response.text.contains(##"<a href="#field-shelters_url">Вкажіть адресу сторінки з найближчими"##))
        #expect(response.text.contains("Only English</textarea>"))
        #expect(try await harness.messages().isEmpty)
        // The all-clear needs no shelters link.
        let allClear = await client.post(
            "/admin/push/emergency",
            [("kind", "allClear"), ("audience", "everyone"), ("shelters_url", ""), ("step", "send")])
        #expect(allClear.status.code == 303)
        let message = try #require(try await harness.messages().first)
        #expect(message.priority == .emergency)
        #expect(message.link == nil)
        #expect(message.text.uk.hasPrefix("✅ Відбій тривоги."))
    }
}
