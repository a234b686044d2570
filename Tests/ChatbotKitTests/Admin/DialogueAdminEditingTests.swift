import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Creating, drafting, publishing and rolling back through the panel, with what the audit log keeps, and the
/// refusals that change nothing.
@Suite struct DialogueAdminEditingTests {
    @Test func createDraftPublishAndRollBackAreAudited() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let admin = try await harness.signIn(harness.staffA[.admin]!)

        let created = await editor.post("/admin/dialogues", [("json", DialogueAdminHarness.json(id: "shelter-info"))])
        #expect(created.status.code == 303)
        #expect(created.location == "/admin/dialogues/shelter-info?done=draft")
        #expect(try await harness.statuses("shelter-info") == ["1:draft"])
        // The same id again is refused: a new dialogue needs a new id.
        let again = await editor.post("/admin/dialogues", [("json", DialogueAdminHarness.json(id: "shelter-info"))])
        #expect(again.status.code == 422)
        #expect(again.text.contains("уже є в громаді"))

        let edited = DialogueAdminHarness.json(id: "shelter-info", greeting: "Оновлений текст")
        let drafted = await editor.post("/admin/dialogues/shelter-info/draft", [("json", edited), ("base", "1")])
        #expect(drafted.status.code == 303)
        #expect(drafted.location == "/admin/dialogues/shelter-info?done=draft&version=2")
        #expect(try await harness.statuses("shelter-info") == ["1:draft", "2:draft"])

        let page = await admin.get("/admin/dialogues/shelter-info?done=draft&version=2")
        #expect(page.status.code == 200)
        #expect(page.text.contains("Чернетку збережено як версію 2."))
        #expect(page.text.contains("Оновлений текст"))  // the raw JSON of the newest version

        #expect(await admin.post("/admin/dialogues/shelter-info/publish", [("version", "2")]).status.code == 303)
        #expect(try await harness.statuses("shelter-info") == ["1:draft", "2:published"])
        _ = await editor.post(
            "/admin/dialogues/shelter-info/draft",
            [("json", DialogueAdminHarness.json(id: "shelter-info", greeting: "Третій")), ("base", "2")])
        #expect(await admin.post("/admin/dialogues/shelter-info/publish", [("version", "3")]).status.code == 303)
        #expect(try await harness.statuses("shelter-info") == ["1:draft", "2:archived", "3:published"])
        let rolledBack = await admin.post("/admin/dialogues/shelter-info/rollback", [("version", "2")])
        #expect(rolledBack.location == "/admin/dialogues/shelter-info?done=rolledback&version=2")
        #expect(try await harness.statuses("shelter-info") == ["1:draft", "2:published", "3:archived"])
        let live = try await harness.store.published(id: "shelter-info", hromadaID: harness.hromadaA)
        #expect(live?.version == 2)

        let drafts = try await harness.audit("dialogue.draft")
        #expect(drafts.map { $0.after?["version"] } == ["3", "2", "1"])
        #expect(drafts.map { $0.before?["version"] } == ["2", "1", ""])
        #expect(drafts.allSatisfy { $0.targetKind == "dialogue" && $0.targetID == "shelter-info" })
        #expect(drafts.last?.actor == .staff(id: harness.staffA[.contentManager]!.id, name: "A Content manager"))
        let publishes = try await harness.audit("dialogue.publish")
        #expect(
            publishes.map { "\($0.before?["published"] ?? "?")→\($0.after?["published"] ?? "?")" } == ["2→3", "→2"])
        let rollbacks = try await harness.audit("dialogue.rollback")
        #expect(rollbacks.count == 1)
        #expect(rollbacks.first?.before == ["published": "3"])
        #expect(rollbacks.first?.after == ["published": "2"])
        #expect(rollbacks.first?.outcome == .ok)
    }

    @Test func invalidJSONIsShownWithItsPathAndChangesNothing() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let before = try await harness.statuses("idcard")

        let broken = await editor.post("/admin/dialogues/idcard/draft", [("json", #"{"id": "idcard", "#)])
        #expect(broken.status.code == 422)
        #expect(broken.text.contains("JSON не вдалося прочитати: "))
        #expect(broken.text.contains("(місце: $).</a>"))  // in the error summary, linked to the field
        #expect(broken.text.contains(#"<textarea class="textarea" id="field-json""#))
        #expect(broken.text.contains(#"{&quot;id&quot;: &quot;idcard&quot;, </textarea>"#))  // what was typed, kept

        var missing = DialogueAdminHarness.json(id: "idcard")
        missing = missing.replacingOccurrences(of: #""start": "hello","#, with: "")
        let noStart = await editor.post("/admin/dialogues/idcard/draft", [("json", missing)])
        #expect(noStart.status.code == 422)
        #expect(noStart.text.contains("бракує поля start (місце: $.start)"))

        let otherID = await editor.post("/admin/dialogues/idcard/draft", [("json", DialogueAdminHarness.json(id: "x"))])
        #expect(otherID.status.code == 422)
        #expect(otherID.text.contains("Поле id має лишатися «idcard»"))

        let created = await editor.post("/admin/dialogues", [("json", "not json")])
        #expect(created.status.code == 422)
        #expect(created.text.contains("Помилка:"))  // the page title tells screen readers first

        #expect(try await harness.statuses("idcard") == before)
        #expect(try await harness.statuses("x").isEmpty)
        #expect(try await harness.audit("dialogue.").isEmpty)
    }

    @Test func aDraftWithErrorsIsSavedButCannotBePublished() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let admin = try await harness.signIn(harness.staffA[.admin]!)
        let broken = DialogueAdminHarness.json(id: "idcard", kind: "consultation", start: "nowhere")
        let saved = await editor.post("/admin/dialogues/idcard/draft", [("json", broken)])
        #expect(saved.status.code == 303)
        #expect(try await harness.statuses("idcard") == ["1:published", "2:draft"])
        #expect(try await harness.audit("dialogue.draft").first?.after?["errors"] == "2")

        let page = await editor.get("/admin/dialogues/idcard")
        #expect(page.text.contains("Помилки (2) — поки вони є, версію не можна опублікувати"))
        #expect(page.text.contains(#"<code class="secret">$.start</code>"#))
        #expect(page.text.contains(#"<code class="secret">$.review</code>"#))
        #expect(!page.text.contains(#"action="/admin/dialogues/idcard/publish""#))  // not for a content manager

        let refused = await admin.post("/admin/dialogues/idcard/publish", [("version", "2")])
        #expect(refused.status.code == 422)
        #expect(refused.text.contains("Версію 2 не опубліковано: у ній є помилки. Мешканці й далі отримують версію 1."))
        #expect(refused.text.contains(#"<code class="secret">$.start</code>"#))
        #expect(try await harness.statuses("idcard") == ["1:published", "2:draft"])
        #expect(try await harness.store.published(id: "idcard", hromadaID: harness.hromadaA)?.version == 1)
        let attempt = try #require(try await harness.audit("dialogue.publish").first)
        #expect(attempt.outcome == .denied)
        #expect(attempt.after == ["version": "2"])

        // A version never published cannot be "rolled back" to; the published one is already live.
        #expect(await admin.post("/admin/dialogues/idcard/rollback", [("version", "2")]).status.code == 422)
        #expect(await admin.post("/admin/dialogues/idcard/rollback", [("version", "1")]).status.code == 422)
        #expect(await admin.post("/admin/dialogues/idcard/publish", [("version", "9")]).status.code == 422)
        #expect(try await harness.statuses("idcard") == ["1:published", "2:draft"])
        #expect(try await harness.audit("dialogue.rollback").allSatisfy { $0.outcome == .denied })
    }

    @Test func theStructuredFormChangesOnlyItsFields() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let page = await editor.get("/admin/dialogues/idcard")
        #expect(page.text.contains(#"name="title_uk" value="Паспорт у формі ID-картки""#))
        #expect(page.text.contains("слово idcard | word idcard</textarea>"))
        #expect(page.text.contains(#"name="last_reviewed" value="2025-06-01""#))
        #expect(page.text.contains(#"name="review_every_days" value="180""#))
        #expect(page.text.contains("Наступна перевірка — до 28.11.2025 (прострочено)."))

        let response = await editor.post(
            "/admin/dialogues/idcard/details",
            [
                ("base", "1"), ("title_uk", "ID-картка"), ("title_en", ""),
                ("keywords", "паспорт | passport\n\n  ID-картка  \n"),
                ("legal_basis", "ПКМУ від 25.03.2015 № 302\nЗакон України № 5492-VI"),
                ("sources", "https://diia.gov.ua\nhttps://dmsu.gov.ua"), ("last_reviewed", "2026-01-30"),
            ])
        #expect(response.status.code == 303)
        #expect(response.location == "/admin/dialogues/idcard?done=draft&version=2")
        let old = try #require(try await harness.store.revision(id: "idcard", version: 1, hromadaID: harness.hromadaA))
        let new = try #require(try await harness.store.revision(id: "idcard", version: 2, hromadaID: harness.hromadaA))
        var expected = old.dialogue
        expected.version = 2
        expected.title = LocalizedText(uk: "ID-картка")
        expected.keywords = [LocalizedText(uk: "паспорт", en: "passport"), LocalizedText(uk: "ID-картка")]
        expected.review = DialogueReview(
            legalBasis: ["ПКМУ від 25.03.2015 № 302", "Закон України № 5492-VI"],
            sources: ["https://diia.gov.ua", "https://dmsu.gov.ua"], lastReviewed: CivilDate("2026-01-30")!)
        #expect(new.dialogue == expected)
        #expect(new.status == .draft)
        #expect(try await harness.audit("dialogue.draft").first?.detail == "form")

        // Saving the same values again makes no new version.
        let same = await editor.post(
            "/admin/dialogues/idcard/details",
            [
                ("base", "2"), ("title_uk", "ID-картка"), ("keywords", "паспорт | passport\nID-картка"),
                ("legal_basis", "ПКМУ від 25.03.2015 № 302\nЗакон України № 5492-VI"),
                ("sources", "https://diia.gov.ua\nhttps://dmsu.gov.ua"), ("last_reviewed", "2026-01-30"),
            ])
        #expect(same.location == "/admin/dialogues/idcard?done=unchanged")

        // The review interval is shown and edited; a bad one is explained and nothing is saved.
        let yearly = await editor.post(
            "/admin/dialogues/idcard/details",
            [
                ("base", "2"), ("title_uk", "ID-картка"), ("keywords", "паспорт | passport\nID-картка"),
                ("legal_basis", "ПКМУ від 25.03.2015 № 302\nЗакон України № 5492-VI"),
                ("sources", "https://diia.gov.ua\nhttps://dmsu.gov.ua"), ("last_reviewed", "2026-01-30"),
                ("review_every_days", " 365 "),
            ])
        #expect(yearly.location == "/admin/dialogues/idcard?done=draft&version=3")
        let third = try #require(
            try await harness.store.revision(id: "idcard", version: 3, hromadaID: harness.hromadaA))
        #expect(third.dialogue.review?.reviewEveryDays == 365)
        #expect(third.dialogue.review?.dueOn == CivilDate("2027-01-30"))
        let shown = await editor.get("/admin/dialogues/idcard")
        #expect(shown.text.contains(#"name="review_every_days" value="365""#))
        #expect(shown.text.contains("Наступна перевірка — до 30.01.2027."))
        for bad in ["0", "3651", "пів року", "-5"] {
            let refused = await editor.post(
                "/admin/dialogues/idcard/details",
                [
                    ("base", "3"), ("title_uk", "ID-картка"), ("legal_basis", "Закон"), ("last_reviewed", "2026-01-30"),
                    ("review_every_days", bad),
                ])
            #expect(refused.status.code == 422, "\(bad)")
            #expect(refused.text.contains("ціле число днів від 1 до 3650"), "\(bad)")
        }
        #expect(try await harness.statuses("idcard") == ["1:published", "2:draft", "3:draft"])

        // Problems are shown by field and nothing is saved; so is a form made from an older version.
        let wrong = await editor.post(
            "/admin/dialogues/idcard/details",
            [("base", "3"), ("title_uk", " "), ("legal_basis", "Закон"), ("last_reviewed", "30.01.2026")])
        #expect(wrong.status.code == 422)
        #expect(wrong.text.contains("Вкажіть назву українською"))
        #expect(wrong.text.contains("Вкажіть дату останньої перевірки у форматі РРРР-ММ-ДД."))
        #expect(wrong.text.contains(#"name="last_reviewed" value="30.01.2026""#))
        let stale = await editor.post(
            "/admin/dialogues/idcard/details", [("base", "1"), ("title_uk", "Інша назва")])
        #expect(stale.status.code == 422)
        #expect(stale.text.contains("Поки ви редагували, збережено версію 3."))
        #expect(try await harness.statuses("idcard") == ["1:published", "2:draft", "3:draft"])
    }

    @Test func listShowsKindsVersionsAndOverdueReviews() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        _ = await editor.post("/admin/dialogues/idcard/draft", [("json", DialogueAdminHarness.json(id: "idcard"))])
        let list = await editor.get("/admin/dialogues")
        #expect(list.status.code == 200)
        #expect(list.text.contains(#"<a href="/admin/dialogues/idcard">Паспорт у формі ID-картки</a>"#))
        #expect(list.text.contains("<td>Консультація</td>"))
        #expect(list.text.contains("<td>Меню</td>"))
        #expect(list.text.contains("<td>версія 1</td><td>2</td><td>28.11.2025 — прострочено</td>"))
        #expect(list.text.contains("(прострочено: 1)"))
        #expect(!list.text.contains("b-only"))  // another hromada's library

        let reviews = await editor.get("/admin/dialogues/reviews")
        #expect(reviews.status.code == 200)
        #expect(reviews.text.contains("28.11.2025 — прострочено"))
        #expect(reviews.text.contains(#"<a href="/admin/dialogues/idcard">"#))
        #expect(!reviews.text.contains(#"<a href="/admin/dialogues/main">"#))
    }

    @Test func aTitleIsTextNeverMarkup() async throws {
        let harness = try await DialogueAdminHarness.make()
        let editor = try await harness.signIn(harness.staffA[.contentManager]!)
        let json = DialogueAdminHarness.json(id: "xss", title: #"<script>alert(1)</script>\" onmouseover=\"x"#)
        #expect(await editor.post("/admin/dialogues", [("json", json)]).status.code == 303)
        for path in ["/admin/dialogues", "/admin/dialogues/xss", "/admin/dialogues/xss/try"] {
            let page = await editor.get(path)
            #expect(page.status.code == 200, "\(path)")
            #expect(!page.text.contains("<script>alert(1)"), "\(path)")
            #expect(!page.text.contains(#"" onmouseover=""#), "\(path)")
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
        }
    }
}
