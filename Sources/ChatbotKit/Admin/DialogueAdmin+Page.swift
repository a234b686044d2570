import Foundation
import SvoyiCore

/// A dialogue's page: its versions with publish and roll-back buttons, what the validator says about the newest
/// version, the structured form and the raw JSON.
extension DialogueAdmin {
    /// Why a publish or a rollback was refused: a sentence, and the validator's errors when there are any.
    struct Refusal {
        var message: String
        var problems: [DialogueProblem] = []
    }

    /// `GET /admin/dialogues/{dialogue}`; also the page again after a refused form or action.
    func dialoguePage(
        context: RequestContext, submitted: [String: String] = [:], errors: FormErrors = FormErrors(),
        refusal: Refusal? = nil, status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, id, history) = try await history(context)
        let newest = history[history.count - 1]
        let published = history.first { $0.status == .published }
        let problems = try await problems(of: newest.dialogue, hromadaID: actor.hromadaID)
        let today = try await today(hromadaID: actor.hromadaID)
        let canPublish = panel.identity.matrix.allows(actor.role, Permission.dialoguesPublish.key)
        var values = DialogueDetailsForm.values(of: newest.dialogue)
        values["json"] = String(decoding: try newest.dialogue.jsonData(), as: UTF8.self)
        values.merge(submitted) { _, new in new }
        let form = panel.form(context, values: values, errors: errors)
        let title = (published ?? newest).dialogue.title.uk
        return try await panel.page(form.pageTitle(title), context: context, current: Self.basePath, status: status) {
            form.errorSummary
            HTML.p { HTML.a(.href(Self.basePath)) { "Усі діалоги" } }
            HTML.h1 { title }
            HTML.p(.class("lead")) {
                "\(Self.kindName(newest.dialogue.kind)), ідентифікатор "
                Self.code(id)
                ". "
                published.map { "Мешканці отримують версію \($0.version)." } ?? "Ще не опубліковано."
            }
            notice(context)
            if let refusal {
                HTML.div(.class("alert alert--error"), .role("alert")) {
                    HTML.p(.class("alert__title")) { refusal.message }
                    if !refusal.problems.isEmpty { Self.problemItems(refusal.problems) }
                }
            }
            HTML.p {
                HTML.a(.class("button"), .href(Self.path(id, "/try?version=\(newest.version)"))) {
                    "Перевірити в розмові (версія \(newest.version))"
                }
            }
            versionsTable(history, id: id, canPublish: canPublish, context: context)
            if !canPublish {
                HTML.p(.class("muted")) {
                    "Опублікувати чернетку або повернути попередню версію може адміністратор громади."
                }
            }
            HTML.h2 { "Перевірка версії \(newest.version) (найновішої)" }
            Self.problemList(problems)
            HTML.h2 { "Основне" }
            HTML.p {
                "Назва, ключові слова та дані для перевірки консультації. Збереження створить нову чернетку з "
                    + "версії \(newest.version); решта діалогу не зміниться."
            }
            form.element(action: Self.path(id, "/details")) {
                HTML.input(.type("hidden"), .name("base"), .value(String(newest.version)))
                form.input("title_uk", label: "Назва українською")
                form.input("title_en", label: "Назва англійською", required: false)
                form.textarea(
                    "keywords", label: "Ключові слова",
                    hint: "За ними бот знаходить діалог, коли мешканець пише своїми словами. Одне на рядок: "
                        + "українською, потім «|» і англійською, наприклад «закордонний паспорт | passport».",
                    required: false, rows: 6)
                HTML.fieldset {
                    HTML.legend { "Перевірка змісту" }
                    form.textarea(
                        "legal_basis", label: "Правова підстава",
                        hint: "Закони, постанови, накази, на яких ґрунтується відповідь; по одному на рядок.",
                        required: false, rows: 4)
                    form.textarea(
                        "sources", label: "Джерела", hint: "Адреси офіційних сторінок, по одній на рядок.",
                        required: false, rows: 3)
                    form.input(
                        "last_reviewed", label: "Дата останньої перевірки", type: .date,
                        hint: "Коли ви звірили консультацію із законом і практикою.", required: false, width: .short)
                    form.input(
                        "review_every_days", label: "Перевіряти кожні … днів", type: .number,
                        hint: "Як часто звіряти консультацію знову: від 1 до 3650 днів; якщо не вказати — 180. "
                            + (newest.dialogue.review.map {
                                "Наступна перевірка — до \(Self.format($0.dueOn))"
                                    + ($0.dueOn < today ? " (прострочено)." : ".")
                            } ?? "Наступну перевірку буде пораховано від дати останньої."),
                        required: false, width: .short)
                }
                form.submit("Зберегти як нову чернетку")
            }
            HTML.h2 { "JSON версії \(newest.version)" }
            HTML.p {
                "Для змін у кроках, кнопках і умовах. Номер версії в JSON не важливий: збережене стане наступною "
                    + "версією. Чернетку з помилками можна зберегти, але не опублікувати."
            }
            form.element(action: Self.path(id, "/draft")) {
                HTML.input(.type("hidden"), .name("base"), .value(String(newest.version)))
                form.textarea(
                    "json", label: "JSON діалогу", hint: "Поле id має лишатися «\(id)».", rows: 30)
                form.submit("Зберегти як нову чернетку")
            }
        }
    }

    /// The success notice a redirect asked for.
    func notice(_ context: RequestContext) -> HTML {
        let version = context.query["version"].flatMap(Int.init).map { " \($0)" } ?? ""
        return switch context.query["done"] {
        case "draft":
            AdminPanel.notice(
                "Чернетку збережено як версію\(version). Перевірте її в розмові; мешканці її не бачать, доки її "
                    + "не опубліковано.")
        case "published": AdminPanel.notice("Версію\(version) опубліковано: нові розмови мешканців ідуть за нею.")
        case "rolledback":
            AdminPanel.notice("Повернуто версію\(version): нові розмови мешканців знову ідуть за нею.")
        case "unchanged": AdminPanel.notice("Змін немає, тож нову версію не створено.")
        default: .empty
        }
    }

    func versionsTable(
        _ history: [DialogueRevision], id: String, canPublish: Bool, context: RequestContext
    ) -> HTML {
        HTML.fragment {
            HTML.h2 { "Версії" }
            AdminPanel.table(caption: "Версії діалогу \(id)") {
                HTML.thead {
                    HTML.tr {
                        for title in ["Версія", "Стан", "Створено", "Опубліковано"] {
                            HTML.th(HTMLAttribute("scope", "col")) { title }
                        }
                        HTML.th(HTMLAttribute("scope", "col")) { HTML.span(.class("visually-hidden")) { "Дії" } }
                    }
                }
                HTML.tbody {
                    for revision in history.reversed() {
                        HTML.tr {
                            HTML.th(HTMLAttribute("scope", "row")) { String(revision.version) }
                            HTML.td { Self.statusName(revision) }
                            HTML.td { "\(AdminPanel.format(revision.createdAt)), \(revision.createdBy)" }
                            HTML.td {
                                revision.publishedAt.map {
                                    "\(AdminPanel.format($0)), \(revision.publishedBy ?? "—")"
                                } ?? "—"
                            }
                            HTML.td {
                                HTML.a(.href(Self.path(id, "/try?version=\(revision.version)"))) {
                                    "Перевірити в розмові"
                                    HTML.span(.class("visually-hidden")) { " (версія \(revision.version))" }
                                }
                                if canPublish && revision.status == .draft {
                                    versionButton(
                                        "Опублікувати", action: Self.path(id, "/publish"), version: revision.version,
                                        context: context, style: .primary)
                                }
                                if canPublish && revision.status == .archived && revision.publishedAt != nil {
                                    versionButton(
                                        "Повернути цю версію", action: Self.path(id, "/rollback"),
                                        version: revision.version, context: context, style: .warning)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
