import Foundation
import SvoyiCore

/// The list of the hromada's messages, newest first, a page at a time.
extension PushAdmin {
    /// `GET /admin/push` (`?before=<id>` for older messages).
    func listPage(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let (_, zone, places) = try await hromada(actor.hromadaID)
        var before: Int64?
        if let text = context.query["before"], !text.isEmpty {
            guard let id = Int64(text), id > 0 else {
                throw HTTPError(.badRequest, "Параметр before має бути номером повідомлення.")
            }
            before = id
        }
        let fetched = try await notify.messages(hromadaID: actor.hromadaID, before: before, limit: Self.pageSize + 1)
        let messages = Array(fetched.prefix(Self.pageSize))
        let mayAlert = panel.identity.matrix.allows(actor.role, Permission.pushEmergency.key)
        return try await panel.page("PUSH-повідомлення", context: context, current: Self.basePath) {
            HTML.h1 { "PUSH-повідомлення" }
            HTML.p(.class("lead")) {
                "Повідомлення мешканцям у Telegram і Viber: новини, відключення, події, тривоги. Кожен мешканець "
                    + "отримує повідомлення один раз, у месенджері, яким користується, і лише з тем, від яких не відписався."
            }
            if context.query["done"] == "cancelled" { AdminPanel.notice("Надсилання скасовано.") }
            HTML.div(.class("button-group")) {
                HTML.a(.class("button"), .href("\(Self.basePath)/new")) { "Нове повідомлення" }
                if mayAlert {
                    HTML.a(.class("button button--warning"), .href("\(Self.basePath)/emergency")) { "Екстрена тривога" }
                }
            }
            if messages.isEmpty {
                HTML.p { before == nil ? "Повідомлень ще не було." : "Старіших повідомлень немає." }
            } else {
                AdminPanel.table(caption: "Повідомлення громади, найновіші спершу") {
                    HTML.thead {
                        HTML.tr {
                            for title in ["№", "Тема і текст", "Кому", "Час надсилання", "Стан"] {
                                HTML.th(HTMLAttribute("scope", "col")) { title }
                            }
                            for column in Self.listColumns { HTML.th(HTMLAttribute("scope", "col")) { column.name } }
                            HTML.th(HTMLAttribute("scope", "col")) { "Виконано" }
                        }
                    }
                    HTML.tbody {
                        for message in messages { row(message, zone: zone, places: places) }
                    }
                }
            }
            if fetched.count > Self.pageSize, let last = messages.last {
                HTML.p { HTML.a(.href("\(Self.basePath)?before=\(last.id)")) { "Старіші повідомлення" } }
            }
            if before != nil { HTML.p { HTML.a(.href(Self.basePath)) { "До найновіших" } } }
        }
    }

    /// The list's count columns: queued and sending together as «в черзі».
    static let listColumns: [(name: String, states: [NotifyDeliveryState])] = [
        ("В черзі", [.queued, .sending]), ("Надіслано", [.sent]), ("Заблоковано", [.blocked]),
        ("Не доставлено", [.failed]), ("Невідомо", [.uncertain]), ("Скасовано", [.cancelled]),
    ]

    private func row(_ message: NotifyMessage, zone: TimeZone, places: PushForm.Places) -> HTML {
        HTML.tr {
            HTML.td { String(message.id) }
            HTML.th(HTMLAttribute("scope", "row")) {
                if message.priority == .emergency { HTML.span(.class("badge")) { "Екстрене" } }
                HTML.span(.class("muted")) { message.topic.label.uk }
                HTML.br()
                HTML.a(.href(Self.path(message.id))) { Self.excerpt(message.text.uk) }
            }
            HTML.td { Self.audienceText(message.audience, places: places) }
            HTML.td {
                HTML.time(HTMLAttribute("datetime", ISO8601Milliseconds.format(message.scheduledAt))) {
                    PushSchedule.format(message.scheduledAt, in: zone)
                }
            }
            HTML.td { Self.stateName(message.state) }
            for column in Self.listColumns {
                HTML.td { String(column.states.map { message.stats[$0] }.reduce(0, +)) }
            }
            HTML.td { Self.progress(message.stats, label: "Виконано для повідомлення №\(message.id)") }
        }
    }
}
