import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Composing an ordinary PUSH message in the panel: validation that keeps the input, the preview with its counts,
/// sending once, scheduling in local time.
@Suite struct PushComposeTests {
    static let valid: [(String, String)] = [
        ("topic", "news"), ("text_uk", "Завтра в парку свято громади."), ("text_en", "Community fair tomorrow."),
        ("audience", "everyone"), ("when", "now"),
    ]

    /// `base` with the names `changes` has replaced by its values (all of them, so names may repeat; nil removes).
    static func form(_ changes: [(String, String?)], base: [(String, String)] = valid) -> [(String, String)] {
        let changed = Set(changes.map(\.0))
        return base.filter { !changed.contains($0.0) } + changes.compactMap { name, value in value.map { (name, $0) } }
    }

    @Test func theFormHasOneHeadingLabelsAndThePlaces() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let page = await editor.get("/admin/push/new")
        #expect(page.status.code == 200)
        #expect(page.text.components(separatedBy: "<h1").count == 2)
        #expect(page.text.contains(#"<label class="field__label" for="field-text_uk">Текст українською</label>"#))
        #expect(page.text.contains(#"value="\#(PushHarness.village)""#))
        #expect(page.text.contains("Зелений Гай"))
        #expect(page.text.contains(#"value="zelenyi-hai""#))
        #expect(page.text.contains("Надзвичайні ситуації, тривоги"))
        #expect(!page.text.contains("<script"))
        // The content manager may send ordinary messages, but is not offered the emergency alert.
        let list = await editor.get("/admin/push")
        #expect(list.status.code == 200)
        #expect(!list.text.contains("/admin/push/emergency"))
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        #expect(await admin.get("/admin/push").text.contains(#"href="/admin/push/emergency""#))
    }

    @Test func everyProblemIsShownByItsFieldAndTheInputIsKept() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let response = await editor.post(
            "/admin/push/new",
            Self.form([
                ("text_uk", "   "), ("text_en", "Kept <b>English</b>"), ("audience", "settlements"),
                ("link_url", "javascript:alert(1)"), ("latitude", "95"), ("longitude", "30,21"), ("place_uk", ""),
                ("when", "later"), ("date", "2026-03-29"), ("time", "03:30"), ("step", "preview"),
            ]))
        #expect(response.status.code == 422)
        let page = response.text
        #expect(page.contains("<title>Помилка:"))
        #expect(page.contains(#"class="error-summary" role="alert""#))
        #expect(page.contains("autofocus"))
        for (field, message) in [
            ("text_uk", "Напишіть текст повідомлення українською."),
            ("settlement", "Позначте хоча б один населений пункт"),
            ("link_url", "Адреса посилання має починатися з https://"),
            ("latitude", "Вкажіть широту числом від −90 до 90"),
            ("place_uk", "Назвіть місце українською"),
            ("time", "Часу 03:30 29.03.2026 не буде"),
        ] {
            #expect(page.contains(##"<a href="#field-\##(field)">\##(message)"##), "\(field)")
        }
        #expect(!page.contains(##"href="#field-longitude""##))
        // What was typed is shown again, escaped.
        #expect(page.contains("Kept &lt;b&gt;English&lt;/b&gt;</textarea>"))
        #expect(page.contains(#"value="javascript:alert(1)""#))
        #expect(page.contains(#"value="30,21""#))
        #expect(page.contains(#"value="settlements" checked"#))
        #expect(page.contains(#"value="later" checked"#))
        #expect(try await harness.messages().isEmpty)
    }

    @Test func unknownPlacesAndPastTimesAreRefused() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let foreign = await editor.post(
            "/admin/push/new",
            Self.form([
                ("audience", "settlements"), ("settlement", PushHarness.village),
                ("settlement", PushHarness.settlementB), ("step", "preview"),
            ]))
        #expect(foreign.status.code == 422)
        #expect(foreign.text.contains("Населеного пункту з кодом «\(PushHarness.settlementB)» у громаді немає"))
        // The village stays ticked.
        #expect(foreign.text.contains(#"value="\#(PushHarness.village)" checked"#))
        // 13:00 in Kyiv is an hour before now (14:00).
        let past = await editor.post(
            "/admin/push/new",
            Self.form([("when", "later"), ("date", "2026-03-28"), ("time", "13:00"), ("step", "preview")]))
        #expect(past.status.code == 422)
        #expect(past.text.contains("Цей час уже минув (зараз 28.03.2026 14:00)"))
        let farAway = await editor.post(
            "/admin/push/new",
            Self.form([("when", "later"), ("date", "2027-06-01"), ("time", "10:00"), ("step", "preview")]))
        #expect(farAway.text.contains("не більше ніж на рік наперед"))
        #expect(try await harness.messages().isEmpty)
    }

    @Test func thePreviewShowsTheMessageAndWhoGetsItByChannel() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let everyone = await editor.post(
            "/admin/push/new",
            Self.form([
                ("link_url", "https://a.example.ua/news/7"), ("link_title_uk", "Програма свята"),
                ("latitude", "50.54"), ("longitude", "30.21"), ("place_uk", "Центральний парк"), ("step", "preview"),
            ]))
        #expect(everyone.status.code == 200)
        let page = everyone.text
        #expect(page.contains("<h1>Перевірте повідомлення</h1>"))
        // News: the two village residents and the hamlet's; not the one who turned news off, the blocked one, the
        // web-only one or anyone of hromada B.
        #expect(page.contains("3 мешканці (Telegram — 2, Viber — 1)"))
        // No bot is set up in either messenger yet: staff are told the message will wait for one.
        #expect(page.contains("У громади немає увімкненого бота Telegram: повідомлення для 2 мешканців у Telegram"))
        #expect(page.contains("У громади немає увімкненого бота Viber: повідомлення для 1 мешканця у Viber чекатиме"))
        _ = try await BotStore(database: harness.database, secretKey: Array(repeating: 3, count: 32)).addViberBot(
            hromadaID: harness.hromadaA, token: "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f", name: "Громада",
            uri: nil, avatarURL: nil, apiBase: nil)
        let withViber = await editor.post("/admin/push/new", Self.form([("step", "preview")]))
        #expect(withViber.text.contains("немає увімкненого бота Telegram"))
        #expect(!withViber.text.contains("немає увімкненого бота Viber"))
        #expect(page.contains("Завтра в парку свято громади."))
        #expect(page.contains("Community fair tomorrow."))
        #expect(page.contains(#"<a href="https://a.example.ua/news/7" rel="noopener">Програма свята</a>"#))
        #expect(page.contains("Центральний парк"))
        // The form's values travel on in hidden fields, with a fresh key.
        #expect(page.contains(#"<input type="hidden" name="text_uk" value="Завтра в парку свято громади.">"#))
        #expect(page.contains(#"name="key" value="panel-"#))
        #expect(try await harness.messages().isEmpty)

        let district = await editor.post(
            "/admin/push/new",
            Self.form([
                ("topic", "outages"), ("audience", "districts"), ("district", "zelenyi-hai"), ("step", "preview"),
            ]))
        #expect(district.text.contains("Старостинські округи: Зеленогайський округ"))
        #expect(district.text.contains("2 мешканці (Telegram — 2, Viber — 0)"))
        let outages = await editor.post("/admin/push/new", Self.form([("topic", "outages"), ("step", "preview")]))
        #expect(outages.text.contains("4 мешканці (Telegram — 3, Viber — 1)"))
        // «Змінити» brings the form back with everything.
        let edit = await editor.post(
            "/admin/push/new", Self.form([("audience", "districts"), ("district", "lisove"), ("step", "edit")]))
        #expect(edit.status.code == 200)
        #expect(edit.text.contains("Завтра в парку свято громади.</textarea>"))
        #expect(edit.text.contains(#"value="lisove" checked"#))
    }

    @Test func confirmingSendsOnceAndIsAudited() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let member = harness.staffA[.contentManager]!
        let editor = try await harness.signIn(member)
        let fields = Self.form([
            ("audience", "settlements"), ("settlement", PushHarness.village), ("settlement", PushHarness.hamlet),
            ("step", "send"), ("key", "panel-AAAAAAAAAAAAAAAAAAAAAA"),
        ])
        let sent = await editor.post("/admin/push/new", fields)
        #expect(sent.status.code == 303)
        let messages = try await harness.messages()
        try #require(messages.count == 1)
        let message = messages[0]
        #expect(sent.location == "/admin/push/\(message.id)?done=queued")
        #expect(message.topic.key == "news")
        #expect(message.text == LocalizedText(uk: "Завтра в парку свято громади.", en: "Community fair tomorrow."))
        #expect(message.audience == .settlements([PushHarness.village, PushHarness.hamlet]))
        #expect(message.priority == .normal)
        #expect(message.createdBy == .staff(member.id))
        #expect(message.scheduledAt == PushHarness.start)
        #expect(message.state == .scheduled)
        // A second press of the same preview's button sends nothing more.
        let again = await editor.post("/admin/push/new", fields)
        #expect(again.location == "/admin/push/\(message.id)?done=duplicate")
        #expect(try await harness.messages().count == 1)
        let audit = try await harness.audit("push.send")
        #expect(audit.count == 1)
        #expect(audit.first?.actor == .staff(id: member.id, name: member.displayName))
        #expect(audit.first?.targetID == String(message.id))
        #expect(audit.first?.after?["audience"] == "settlements")
        #expect(audit.first?.after?["codes"] == "\(PushHarness.village),\(PushHarness.hamlet)")
        #expect(audit.first?.detail == "Завтра в парку свято громади.")
        let detail = await editor.get(try #require(sent.location))
        #expect(detail.text.contains("Повідомлення поставлено в чергу"))
    }

    @Test func aScheduledMessageIsStoredAtItsKyivTimeAcrossTheClockChange() async throws {
        let harness = try await PushHarness.make()
        defer { harness.close() }
        let editor = try await harness.signIn(harness.staffA[.admin]!)
        // 04:30 on 29 March is summer time (UTC+3): 01:30 UTC, though the form was filled in winter time.
        let preview = await editor.post(
            "/admin/push/new",
            Self.form([("when", "later"), ("date", "2026-03-29"), ("time", "04:30"), ("step", "preview")]))
        #expect(preview.status.code == 200)
        #expect(preview.text.contains("о 29.03.2026 04:30 (UTC+3)"))
        #expect(preview.text.contains("отримають ті, хто буде підписаний у час надсилання"))
        let sent = await editor.post(
            "/admin/push/new",
            Self.form([("when", "later"), ("date", "2026-03-29"), ("time", "04:30"), ("step", "send")]))
        #expect(sent.status.code == 303)
        let message = try #require(try await harness.messages().first)
        #expect(message.scheduledAt == ISO8601Milliseconds.parse("2026-03-29T01:30:00.000Z"))
        #expect(message.state == .scheduled)
        #expect(sent.location == "/admin/push/\(message.id)?done=scheduled")
        let detail = await editor.get("/admin/push/\(message.id)")
        #expect(detail.text.contains("Заплановано на"))
        #expect(detail.text.contains("29.03.2026 04:30 (UTC+3)"))
        #expect(detail.text.contains("Надсилання ще не почалося"))
        // A time that passed while the preview was open is refused at sending, the form kept.
        harness.clock.set(ISO8601Milliseconds.parse("2026-03-29T02:00:00.000Z")!)
        let later = try await harness.signIn(harness.staffA[.admin]!)  // the first session has expired meanwhile
        let late = await later.post(
            "/admin/push/new",
            Self.form([("when", "later"), ("date", "2026-03-29"), ("time", "04:30"), ("step", "send")]))
        #expect(late.status.code == 422)
        #expect(late.text.contains("Цей час уже минув"))
        #expect(late.text.contains(#"value="04:30""#))
        #expect(try await harness.messages().count == 1)
    }
}
