import Foundation
import SvoyiCore

/// A message's page: what it says, to whom, its deliveries by state; cancelling it and sending it again to those whose
/// delivery is unknown, each after a confirmation and audited.
extension PushAdmin {
    /// `GET /admin/push/{push}`.
    func detailPage(
        context: RequestContext, refusal: String? = nil, status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, message) = try await routeMessage(context)
        let (_, zone, places) = try await hromada(actor.hromadaID)
        let author = try await authorText(message.createdBy, hromadaID: actor.hromadaID)
        let stats = message.stats
        let title = "Повідомлення №\(message.id)"
        return try await panel.page(title, context: context, current: Self.basePath, status: status) {
            HTML.p { HTML.a(.href(Self.basePath)) { "Усі PUSH-повідомлення" } }
            if let refusal {
                HTML.div(.class("alert alert--error"), .role("alert")) { HTML.p { refusal } }
            } else if let notice = Self.notice(context.query) {
                AdminPanel.notice(notice)
            }
            HTML.h1 { title }
            HTML.dl {
                HTML.dt { "Тема" }
                HTML.dd {
                    message.topic.label.uk
                    if message.priority == .emergency { " — екстрене, поперед усіх інших" }
                }
                HTML.dt { "Кому" }
                HTML.dd { Self.audienceText(message.audience, places: places) }
                HTML.dt { message.state == .scheduled ? "Заплановано на" : "Час надсилання" }
                HTML.dd { PushSchedule.formatWithOffset(message.scheduledAt, in: zone) }
                HTML.dt { "Стан" }
                HTML.dd { Self.stateName(message.state) }
                if let finished = message.finishedAt {
                    HTML.dt { message.state == .cancelled ? "Скасовано" : "Завершено" }
                    HTML.dd { PushSchedule.formatWithOffset(finished, in: zone) }
                }
                HTML.dt { "Автор" }
                HTML.dd { "\(author), \(PushSchedule.format(message.createdAt, in: zone))" }
            }
            HTML.h2 { "Доставка" }
            if message.state == .scheduled {
                HTML.p { "Надсилання ще не почалося: мешканців, які його отримають, буде визначено в час надсилання." }
            } else {
                if message.state == .expanding {
                    HTML.p { "Список отримувачів ще складається: загальна кількість зростатиме." }
                }
                if stats.total == 0 && message.state != .expanding {
                    HTML.p {
                        "Отримувачів не знайшлося: у час надсилання ніхто з обраних мешканців не був підписаний на "
                            + "бота в Telegram чи Viber (або всі вимкнули цю тему)."
                    }
                } else {
                    HTML.p {
                        "Усього отримувачів: \(stats.total). Виконано: "
                        Self.progress(stats, label: "Виконано")
                    }
                    counts(stats)
                }
                if stats.delivered > 0 {
                    HTML.p {
                        "Viber підтвердив доставку на телефон: \(stats.delivered) "
                            + "(\(Self.percent(stats.delivered, of: stats[.sent])) надісланих), переглянули: \(stats.seen). "
                            + "Telegram таких підтверджень не надсилає."
                    }
                }
            }
            actions(message, context: context)
            HTML.h2 { "Як його бачать мешканці" }
            Self.residentView(message.content)
        }
    }

    /// The notice for `?done=` after an action.
    static func notice(_ query: URLEncodedFields) -> String? {
        switch query["done"] {
        case "queued": "Повідомлення поставлено в чергу: надсилання почнеться за кілька секунд."
        case "scheduled": "Повідомлення заплановано."
        case "alert": "Тривогу поставлено поперед черги: надсилання почнеться за кілька секунд."
        case "duplicate": "Це повідомлення вже було надіслано раніше; вдруге його не надіслано."
        case "cancelled": "Надсилання скасовано: решта мешканців повідомлення не отримає."
        case "resent":
            "Знову поставлено в чергу: \(Int(query["count"] ?? "") ?? 0). Ці мешканці можуть отримати повідомлення "
                + "вдруге."
        case "nothing": "Мешканців, чия доставка невідома, немає: надсилати повторно нікому."
        default: nil
        }
    }

    private func counts(_ stats: NotifyDeliveryStats) -> HTML {
        AdminPanel.table(caption: "Доставка за станами") {
            HTML.thead {
                HTML.tr {
                    for title in ["Стан", "Кількість", "Частка", "Що це означає"] {
                        HTML.th(HTMLAttribute("scope", "col")) { title }
                    }
                }
            }
            HTML.tbody {
                for (state, name) in Self.deliveryColumns {
                    HTML.tr {
                        HTML.th(HTMLAttribute("scope", "row")) { name }
                        HTML.td { String(stats[state]) }
                        HTML.td { Self.percent(stats[state], of: stats.total) }
                        HTML.td { Self.deliveryHint(state) }
                    }
                }
            }
        }
    }

    private func actions(_ message: NotifyMessage, context: RequestContext) -> HTML {
        HTML.fragment {
            if message.state.isCancellable {
                HTML.h2 { "Скасування" }
                HTML.p {
                    "Мешканці, яким повідомлення ще не надіслано, його не отримають. Уже надіслане скасувати не можна."
                }
                panel.actionButton(
                    "Скасувати надсилання", action: Self.path(message.id, "/cancel"), context: context, style: .warning)
            }
            if message.stats[.uncertain] > 0 && message.state != .cancelled {
                HTML.h2 { "Невідома доставка" }
                HTML.p {
                    "У \(message.stats[.uncertain]) мешканців надсилання перервалося, і невідомо, чи дійшло "
                        + "повідомлення. Система ніколи не надсилає таким мешканцям повторно сама, щоб ніхто не "
                        + "отримав його двічі. Якщо пропущене повідомлення гірше за повторне (наприклад, тривога), "
                        + "надішліть його їм ще раз."
                }
                panel.actionButton(
                    "Надіслати повторно тим, чия доставка невідома", action: Self.path(message.id, "/resend"),
                    context: context)
            }
        }
    }

    /// `POST /admin/push/{push}/cancel`: without `confirm=yes` the confirmation page; with it, the message is
    /// cancelled.
    func cancel(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, message) = try await routeMessage(context)
        let fields = try request.formFields()
        guard fields["confirm"] == "yes" else {
            return try await confirmPage(
                message, question: "Скасувати надсилання повідомлення №\(message.id)?",
                explanation: "Мешканці, яким його ще не надіслано, не отримають його. Скасування не можна відмінити.",
                button: "Так, скасувати", style: .warning, action: "/cancel", context: context)
        }
        do {
            let cancelled = try await notify.cancel(messageID: message.id, hromadaID: actor.hromadaID)
            try await panel.audit(
                "push.cancel", context: context, request: request, target: ("push", String(message.id)),
                before: ["state": message.state.rawValue],
                after: ["state": cancelled.state.rawValue, "cancelled": String(cancelled.stats[.cancelled])])
        } catch let error as NotifyError {
            try await panel.audit(
                "push.cancel", context: context, request: request, outcome: .denied,
                target: ("push", String(message.id)), detail: error.messageUK)
            return try await detailPage(context: context, refusal: error.messageUK, status: .conflict)
        }
        return AdminPanel.redirect(Self.path(message.id, "?done=cancelled"))
    }

    /// `POST /admin/push/{push}/resend`: without `confirm=yes` the confirmation page; with it, the uncertain
    /// deliveries are queued again.
    func resendUncertain(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, message) = try await routeMessage(context)
        let fields = try request.formFields()
        guard fields["confirm"] == "yes" else {
            return try await confirmPage(
                message,
                question: "Надіслати повторно \(message.stats[.uncertain]) мешканцям, чия доставка невідома?",
                explanation: "Частина з них, імовірно, уже отримала повідомлення і отримає його вдруге.",
                button: "Так, надіслати повторно", style: .primary, action: "/resend", context: context)
        }
        let count = try await notify.resendUncertain(messageID: message.id, hromadaID: actor.hromadaID)
        try await panel.audit(
            "push.resend", context: context, request: request, target: ("push", String(message.id)),
            before: ["uncertain": String(message.stats[.uncertain])], after: ["requeued": String(count)])
        return AdminPanel.redirect(Self.path(message.id, count > 0 ? "?done=resent&count=\(count)" : "?done=nothing"))
    }

    private func confirmPage(
        _ message: NotifyMessage, question: String, explanation: String, button: String, style: ButtonStyle,
        action: String, context: RequestContext
    ) async throws -> HTTPResponse {
        let form = panel.form(context)
        return try await panel.page(question, context: context, current: Self.basePath) {
            HTML.h1 { question }
            HTML.p(.class("lead")) { "«\(Self.excerpt(message.text.uk))»" }
            HTML.p { explanation }
            form.element(action: Self.path(message.id, action)) {
                HTML.input(.type("hidden"), .name("confirm"), .value("yes"))
                form.buttonGroup {
                    form.submit(button, style: style)
                    HTML.a(.class("button button--secondary"), .href(Self.path(message.id))) { "Ні, повернутися" }
                }
            }
        }
    }
}
