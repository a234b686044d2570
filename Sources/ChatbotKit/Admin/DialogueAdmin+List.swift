import Foundation
import SvoyiCore

/// The library's list, the review queue, and a new dialogue from pasted JSON.
extension DialogueAdmin {
    /// `GET /admin/dialogues`.
    func listPage(
        context: RequestContext, values: [String: String] = [:], errors: FormErrors = FormErrors(),
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let dialogues = try await store.list(hromadaID: actor.hromadaID)
        let today = try await today(hromadaID: actor.hromadaID)
        let overdue = dialogues.filter { $0.publishedVersion != nil && ($0.reviewDue.map { $0 < today } ?? false) }
        let form = panel.form(context, values: values, errors: errors)
        return try await panel.page(
            form.pageTitle("Діалоги чат-бота"), context: context, current: Self.basePath, status: status
        ) {
            form.errorSummary
            HTML.h1 { "Діалоги чат-бота" }
            HTML.p(.class("lead")) {
                "Те, що бот каже мешканцям у Telegram, Viber і вебчаті. Кожна зміна зберігається як нова чернетка; "
                    + "мешканці отримують лише опубліковану версію."
            }
            HTML.p {
                HTML.a(.href("\(Self.basePath)/\(Self.reviewsSegment)")) { "Консультації, які час перевірити" }
                overdue.isEmpty ? "" : " (прострочено: \(overdue.count))"
            }
            if dialogues.isEmpty {
                HTML.p { "У громади ще немає діалогів." }
            } else {
                AdminPanel.table(caption: "Діалоги громади") {
                    HTML.thead {
                        HTML.tr {
                            for title in [
                                "Назва", "Ідентифікатор", "Вид", "Опублікована версія", "Чернетки", "Перевірити до",
                            ] {
                                HTML.th(HTMLAttribute("scope", "col")) { title }
                            }
                        }
                    }
                    HTML.tbody {
                        for dialogue in dialogues {
                            HTML.tr {
                                HTML.th(HTMLAttribute("scope", "row")) {
                                    HTML.a(.href(Self.path(dialogue.id))) { dialogue.title.uk }
                                }
                                HTML.td { Self.code(dialogue.id) }
                                HTML.td { Self.kindName(dialogue.kind) }
                                HTML.td { dialogue.publishedVersion.map { "версія \($0)" } ?? "не опубліковано" }
                                HTML.td {
                                    dialogue.draftVersions.isEmpty
                                        ? "—" : dialogue.draftVersions.map(String.init).joined(separator: ", ")
                                }
                                HTML.td { Self.reviewText(dialogue.reviewDue, today: today) }
                            }
                        }
                    }
                }
            }
            HTML.h2 { "Новий діалог" }
            HTML.p {
                "Вставте JSON діалогу (формат описано в docs/dialogues.md; зразок — поле «JSON версії» на сторінці "
                    + "будь-якого діалогу). Він збережеться як чернетка: мешканці його не побачать, доки адміністратор "
                    + "не опублікує."
            }
            form.element(action: Self.basePath) {
                form.textarea(
                    "json", label: "JSON діалогу",
                    hint: "Ідентифікатор (поле id) — латинські малі літери, цифри, «-» і «_», до 40 символів; він "
                        + "має бути новим для громади.", rows: 16)
                form.submit("Зберегти як чернетку")
            }
        }
    }

    /// `POST /admin/dialogues`: a new dialogue's first draft.
    func create(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let fields = try request.formFields()
        let json = fields["json"] ?? ""
        var errors = FormErrors()
        var decoded: Dialogue?
        do {
            decoded = try Dialogue.decode(json: Data(json.utf8))
        } catch {
            errors.add("json", Self.describe(error.problem))
        }
        if let dialogue = decoded {
            if !DialogueValidator.isValidID(dialogue.id) {
                errors.add(
                    "json", "Ідентифікатор «\(dialogue.id)» недопустимий: латинські малі літери, цифри, «-» і «_».")
            } else if DialogueValidator.reservedIDs.contains(dialogue.id) {
                errors.add(
                    "json", "Ідентифікатор «\(dialogue.id)» зайнятий сторінкою панелі керування: оберіть інший.")
            } else if try await !store.history(id: dialogue.id, hromadaID: actor.hromadaID).isEmpty {
                errors.add(
                    "json",
                    "Діалог «\(dialogue.id)» уже є в громаді: змініть його на його сторінці або оберіть інший id.")
            }
        }
        guard errors.isEmpty, let dialogue = decoded else {
            return try await listPage(
                context: context, values: ["json": json], errors: errors, status: .unprocessableContent)
        }
        let saved = try await store.saveDraft(dialogue, hromadaID: actor.hromadaID, by: actor.login)
        try await auditDraft(saved, before: nil, request: request, context: context, via: "new")
        return AdminPanel.redirect(Self.path(dialogue.id, "?done=draft"))
    }

    /// `GET /admin/dialogues/reviews`: published consultations whose review is due, the most overdue first,
    /// then those due within 30 days.
    func reviewsPage(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let today = try await today(hromadaID: actor.hromadaID)
        let due = try await store.reviewsDue(on: today.adding(days: 30), hromadaID: actor.hromadaID)
        return try await panel.page("Перевірка консультацій", context: context, current: Self.basePath) {
            HTML.h1 { "Консультації, які час перевірити" }
            HTML.p(.class("lead")) {
                "Закони й порядки змінюються. Кожна консультація має дату останньої перевірки; коли минає строк, "
                    + "звірте її з правовою підставою та джерелами і збережіть нову дату у формі «Основне»."
            }
            HTML.p { HTML.a(.href(Self.basePath)) { "Усі діалоги" } }
            if due.isEmpty {
                HTML.p { "Протягом найближчих 30 днів перевіряти нічого не потрібно." }
            } else {
                AdminPanel.table(caption: "Консультації до перевірки") {
                    HTML.thead {
                        HTML.tr {
                            for title in ["Назва", "Ідентифікатор", "Опублікована версія", "Перевірити до"] {
                                HTML.th(HTMLAttribute("scope", "col")) { title }
                            }
                        }
                    }
                    HTML.tbody {
                        for dialogue in due {
                            HTML.tr {
                                HTML.th(HTMLAttribute("scope", "row")) {
                                    HTML.a(.href(Self.path(dialogue.id))) { dialogue.title.uk }
                                }
                                HTML.td { Self.code(dialogue.id) }
                                HTML.td { dialogue.publishedVersion.map { "версія \($0)" } ?? "—" }
                                HTML.td { Self.reviewText(dialogue.reviewDue, today: today) }
                            }
                        }
                    }
                }
            }
        }
    }
}
