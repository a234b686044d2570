import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// «Перевірити в розмові»: any version, drafts included, runs as if published, for the staff member alone.
@Suite struct DialogueAdminTryOutTests {
    /// Every row of `residents` and every conversation that is not a test chat.
    func residentsAndTheirConversations(_ harness: DialogueAdminHarness) async throws -> [String] {
        try await harness.database.read { db in
            let residents = try db.query("SELECT id FROM residents ORDER BY id").map {
                "resident \(try $0.get("id", as: Int64.self))"
            }
            let conversations = try db.query(
                """
                SELECT resident_key, state FROM chatbot_conversations WHERE resident_key NOT LIKE 'admin-try:%'
                ORDER BY resident_key
                """
            ).map { "\(try $0.get("resident_key", as: String.self)) \(try $0.get("state", as: String.self))" }
            return residents + conversations
        }
    }

    @Test func aDraftRunsInTheTestChatAndResidentsAreUntouched() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        // A resident in the middle of the published consultation.
        let residents = ConversationService(
            database: harness.database, dialogues: harness.store, clock: ManualClock(Date()), log: .discard)
        _ = try await residents.receive(.button("cmd:menu"), from: "telegram:42", hromadaID: harness.hromadaA)
        let menu = try await residents.receive(
            .button("v1:main@1:home:0"), from: "telegram:42", hromadaID: harness.hromadaA)
        #expect(menu.first?.text == "Оформимо ID-картку.")
        let before = try await residentsAndTheirConversations(harness)
        #expect(before.count == 1)

        let draft = DialogueAdminHarness.json(
            id: "idcard", kind: "consultation", title: "Паспорт у формі ID-картки", greeting: "Нова чернетка вітає!",
            extra: #", "review": {"legalBasis": ["ПКМУ № 302"], "lastReviewed": "2026-01-30"}"#)
        #expect(await editor.post("/admin/dialogues/idcard/draft", [("json", draft)]).status.code == 303)

        let page = await editor.get("/admin/dialogues/idcard/try?version=2")
        #expect(page.status.code == 200)
        #expect(page.text.contains("версія 2 — Чернетка"))
        #expect(page.text.contains("Нова чернетка вітає!"))
        #expect(!page.text.contains("Оформимо ID-картку."))
        #expect(page.text.contains(#"<form class="chat__buttons" action="/admin/dialogues/idcard/try?version=2""#))
        #expect(page.text.contains(#"name="_csrf" value="\#(editor.csrf)""#))
        #expect(page.text.contains(#"value="v1:idcard@2:hello:0">Далі</button>"#))

        let pressed = await editor.post("/admin/dialogues/idcard/try?version=2", [("button", "v1:idcard@2:hello:0")])
        #expect(pressed.status.code == 303)
        #expect(pressed.location == "/admin/dialogues/idcard/try?version=2#latest")
        let after = await editor.get("/admin/dialogues/idcard/try?version=2")
        #expect(after.text.contains(#"<span class="visually-hidden">Ви: </span><p>Далі</p>"#))
        #expect(after.text.contains("Готово!"))
        #expect(after.text.contains("Чим допомогти?"))  // the end leads to the published main menu

        let typed = await editor.post("/admin/dialogues/idcard/try?version=2", [("message", "меню")])
        #expect(typed.status.code == 303)
        let empty = await editor.post("/admin/dialogues/idcard/try?version=2", [("message", "  ")])
        #expect(empty.status.code == 422)
        #expect(empty.text.contains("Напишіть повідомлення або натисніть кнопку."))

        // «Почати спочатку» starts the version again with a fresh transcript.
        #expect(
            await editor.post("/admin/dialogues/idcard/try?version=2", [("action", "restart")]).status.code == 303)
        let restarted = await editor.get("/admin/dialogues/idcard/try?version=2")
        #expect(!restarted.text.contains("Готово!"))
        #expect(restarted.text.contains("Нова чернетка вітає!"))

        // The published version is still what residents get, and nothing of theirs changed.
        #expect(try await residentsAndTheirConversations(harness) == before)
        #expect(try await harness.store.published(id: "idcard", hromadaID: harness.hromadaA)?.version == 1)
        #expect(try await harness.statuses("idcard") == ["1:published", "2:draft"])
        let keys = try await harness.database.read { db in
            try db.query("SELECT resident_key FROM chatbot_conversations ORDER BY resident_key").map {
                try $0.get("resident_key", as: String.self)
            }
        }
        #expect(keys == ["admin-try:\(harness.staffA[.contentManager]!.id):idcard", "telegram:42"])
    }

    @Test func switchingVersionsStartsAfreshOnTheChosenOne() async throws {
        let harness = try await DialogueAdminHarness.make()
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        let draft = DialogueAdminHarness.json(
            id: "idcard", kind: "consultation", greeting: "Друга версія",
            extra: #", "review": {"legalBasis": ["ПКМУ № 302"], "lastReviewed": "2026-01-30"}"#)
        _ = await admin.post("/admin/dialogues/idcard/draft", [("json", draft)])
        let newest = await admin.get("/admin/dialogues/idcard/try")
        #expect(newest.text.contains("Друга версія"))
        let first = await admin.get("/admin/dialogues/idcard/try?version=1")
        #expect(first.text.contains("Оформимо ID-картку."))
        #expect(!first.text.contains("Друга версія"))
        #expect(first.text.contains("Опублікована"))
        // A button of version 2's chat posted to version 1's starts version 1 again rather than acting on it.
        _ = await admin.get("/admin/dialogues/idcard/try?version=2")
        let stale = await admin.post("/admin/dialogues/idcard/try?version=1", [("button", "v1:idcard@2:hello:0")])
        #expect(stale.status.code == 303)
        let shown = await admin.get("/admin/dialogues/idcard/try?version=1")
        #expect(!shown.text.contains("Готово!"))
        #expect(await admin.get("/admin/dialogues/idcard/try?version=7").status.code == 404)
    }

    @Test func aLocationQuestionTakesATypedPlaceInTheTestChat() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let json = """
            {"schema": "svoyi-dialogue/1", "id": "place", "version": 1, "kind": "information",
             "title": {"uk": "Де ви?", "en": "Where are you?"}, "start": "where",
             "variables": {"where": {"type": "location"}},
             "nodes": {
               "where": {"kind": "question", "input": "location", "variable": "where",
                         "text": {"uk": "Надішліть геолокацію.", "en": "Share your location."},
                         "next": [{"goto": "done"}]},
               "done": {"kind": "end", "text": {"uk": "Ви тут: {{where}}.", "en": "You are at {{where}}."}}}}
            """
        #expect(await editor.post("/admin/dialogues", [("json", json)]).status.code == 303)
        let page = await editor.get("/admin/dialogues/place/try")
        #expect(page.text.contains("Надішліть геолокацію."))
        #expect(page.text.contains(#"class="chat__location""#))
        #expect(page.text.contains("Населений пункт або координати"))
        let unknown = await editor.post("/admin/dialogues/place/try?version=1", [("place", "Марс")])
        #expect(unknown.status.code == 422)
        #expect(unknown.text.contains("Не знайшли «Марс» серед населених пунктів громади."))
        let typed = await editor.post("/admin/dialogues/place/try?version=1", [("place", "49.15, 31.18")])
        #expect(typed.status.code == 303)
        let answered = await editor.get("/admin/dialogues/place/try?version=1")
        #expect(answered.text.contains("Моє місцезнаходження: 49.15000, 31.18000"))
        #expect(answered.text.contains("Ви тут: 49.15000, 31.18000."))
    }
}
