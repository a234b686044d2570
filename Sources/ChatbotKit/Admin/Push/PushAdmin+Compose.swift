import Foundation
import SvoyiCore

/// Composing an ordinary message: the form, the preview (as residents will see it, and how many will get it), then
/// sending. One route takes the three steps (`step` = `preview`, `edit`, `send`): the preview carries the form's
/// values in hidden fields and a key that makes a second press of «Надіслати» send nothing twice.
extension PushAdmin {
    /// The fields the compose form has, in its order (the preview carries them on).
    static let composeFields = [
        "topic", "text_uk", "text_en", "audience", "settlement", "district", "link_url", "link_title_uk",
        "link_title_en", "latitude", "longitude", "place_uk", "place_en", "when", "date", "time",
    ]

    /// `GET /admin/push/new`.
    func composePage(
        context: RequestContext, fields: URLEncodedFields? = nil, errors: FormErrors = FormErrors(),
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let (hromada, zone, places) = try await hromada(actor.hromadaID)
        var values = ["topic": NotifyTopic.news.key, "audience": "everyone", "when": "now"]
        if let fields { values = AdminPanel.values(fields) }
        let form = panel.form(context, values: values, errors: errors)
        let now = notify.clock.now
        return try await panel.page(
            form.pageTitle("Нове PUSH-повідомлення"), context: context, current: Self.basePath, status: status
        ) {
            form.errorSummary
            HTML.p { HTML.a(.href(Self.basePath)) { "Усі PUSH-повідомлення" } }
            HTML.h1 { "Нове PUSH-повідомлення" }
            HTML.p(.class("lead")) {
                "Спершу ви побачите, як повідомлення виглядатиме в месенджері і скільки мешканців його отримає; "
                    + "надішлеться воно лише після підтвердження."
            }
            form.element(action: "\(Self.basePath)/new") {
                form.select(
                    "topic", label: "Тема", options: NotifyTopic.standard.map { ($0.key, $0.label.uk) },
                    hint: "Мешканці, які вимкнули цю тему в налаштуваннях бота, повідомлення не отримають.")
                form.textarea(
                    "text_uk", label: "Текст українською",
                    hint: "До \(NotifyStore.maximumTextLength) символів. Порожній рядок починає новий абзац.", rows: 8)
                form.textarea(
                    "text_en", label: "Текст англійською",
                    hint: "Для мешканців, які обрали англійську; без нього вони отримають український текст.",
                    required: false, rows: 5)
                audienceFields(form: form, fields: fields, places: places)
                HTML.fieldset {
                    HTML.legend { "Посилання (необов'язково)" }
                    form.input(
                        "link_url", label: "Адреса", type: .url, hint: "Наприклад, новина на сайті громади: https://…",
                        required: false)
                    form.input(
                        "link_title_uk", label: "Назва посилання українською", hint: "Без назви — «Докладніше».",
                        required: false)
                    form.input("link_title_en", label: "Назва посилання англійською", required: false)
                }
                HTML.fieldset {
                    HTML.legend { "Місце на мапі (необов'язково)" }
                    form.input(
                        "latitude", label: "Широта", hint: "Градуси, наприклад 50.5432.", required: false,
                        width: .short)
                    form.input(
                        "longitude", label: "Довгота", hint: "Градуси, наприклад 30.2125.", required: false,
                        width: .short)
                    form.input(
                        "place_uk", label: "Назва місця українською",
                        hint: "Наприклад, «Пункт незламності, вул. Шкільна, 2».", required: false)
                    form.input("place_en", label: "Назва місця англійською", required: false)
                }
                form.radios(
                    "when", legend: "Коли надіслати",
                    options: [("now", "Зараз"), ("later", "У визначений день і час")])
                form.input(
                    "date", label: "Дата", type: .date,
                    hint: "Якщо надсилаєте у визначений час: день за календарем громади, РРРР-ММ-ДД.",
                    required: false, width: .short)
                form.input(
                    "time", label: "Час",
                    hint: "ГГ:ХХ за часом громади (\(zone.identifier), зараз \(PushSchedule.format(now, in: zone))).",
                    required: false, autocomplete: "off", width: .short)
                form.submit("Переглянути перед надсиланням", name: "step", value: "preview")
            }
            HTML.p(.class("muted")) { "Громада: \(hromada.name.uk)." }
        }
    }

    /// The audience radios and the settlement and district checkboxes (shared with the emergency form).
    func audienceFields(form: Form, fields: URLEncodedFields?, places: PushForm.Places) -> HTML {
        HTML.fragment {
            form.radios(
                "audience", legend: "Кому надіслати",
                options: [
                    ("everyone", "Усім мешканцям громади"),
                    ("settlements", "Мешканцям позначених населених пунктів"),
                    ("districts", "Мешканцям позначених старостинських округів"),
                ],
                hint: "Населений пункт мешканець обирає в налаштуваннях бота; хто його не обрав, отримує лише "
                    + "повідомлення для всіх.")
            if places.settlements.isEmpty {
                HTML.p(.class("muted")) { "У довіднику громади ще немає населених пунктів." }
            } else {
                AdminPanel.checkboxes(
                    "settlement", legend: "Населені пункти",
                    options: places.settlements.map { ($0.katottg, $0.name.uk) },
                    checked: Set(fields?.values("settlement") ?? []), error: form.errors["settlement"])
            }
            if !places.districts.isEmpty {
                AdminPanel.checkboxes(
                    "district", legend: "Старостинські округи",
                    options: places.districts.map { ($0.code, $0.name.uk) },
                    checked: Set(fields?.values("district") ?? []), error: form.errors["district"])
            }
        }
    }

    /// `POST /admin/push/new`: the preview, back to editing, or sending.
    func composeSubmit(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let fields = try request.formFields()
        let step = fields["step"] ?? "preview"
        let kept = URLEncodedFields(
            fields.filter { Self.composeFields.contains($0.name) }.map { ($0.name, $0.value) })
        if step == "edit" { return try await composePage(context: context, fields: kept) }
        let (_, zone, places) = try await hromada(actor.hromadaID)
        let composition: PushComposition
        switch PushForm.composition(kept, places: places, zone: zone, now: notify.clock.now) {
        case .failure(let list):
            return try await composePage(
                context: context, fields: kept, errors: list.errors, status: .unprocessableContent)
        case .success(let value): composition = value
        }
        guard step == "send" else {
            return try await preview(composition, fields: kept, context: context)
        }
        let draft = composition.draft(
            hromadaID: actor.hromadaID, author: .staff(actor.id), key: Self.formKey(fields))
        let result: NotifyEnqueueResult
        do {
            result = try await notify.enqueue(draft)
        } catch let error as NotifyError {
            var errors = FormErrors()
            errors.add(PushForm.field(for: error), error.messageUK)
            return try await composePage(context: context, fields: kept, errors: errors, status: .unprocessableContent)
        }
        if result.isNew {
            try await auditSent(result.message, action: "push.send", request: request, context: context)
        }
        let done = !result.isNew ? "duplicate" : composition.scheduledAt == nil ? "queued" : "scheduled"
        return AdminPanel.redirect(Self.path(result.message.id, "?done=\(done)"))
    }

    /// The preview of an ordinary message, with the form's values carried on.
    private func preview(
        _ composition: PushComposition, fields: URLEncodedFields, context: RequestContext
    ) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let (_, zone, places) = try await hromada(actor.hromadaID)
        let reach: NotifyAudiencePreview
        do {
            reach = try await notify.audiencePreview(
                topic: composition.topic, audience: composition.audience, hromadaID: actor.hromadaID)
        } catch let error as NotifyError {
            var errors = FormErrors()
            errors.add(PushForm.field(for: error), error.messageUK)
            return try await composePage(
                context: context, fields: fields, errors: errors, status: .unprocessableContent)
        }
        let topic = NotifyTopic.standard(key: composition.topic)?.label.uk ?? composition.topic
        let botless = try await botlessChannels(hromadaID: actor.hromadaID)
        let when = composition.scheduledAt.map { "о \(PushSchedule.formatWithOffset($0, in: zone))" } ?? "зараз"
        let form = panel.form(context)
        return try await panel.page("Перевірте повідомлення", context: context, current: Self.basePath) {
            HTML.h1 { "Перевірте повідомлення" }
            summary(
                topic: topic, audience: Self.audienceText(composition.audience, places: places), when: when,
                reach: reach, scheduled: composition.scheduledAt != nil, botless: botless)
            HTML.h2 { "Як його побачать мешканці" }
            Self.residentView(
                NotifyContent(text: composition.text, link: composition.link, location: composition.location))
            form.element(action: "\(Self.basePath)/new") {
                Self.hiddenFields(fields)
                HTML.input(.type("hidden"), .name("key"), .value(Self.newFormKey()))
                form.buttonGroup {
                    form.submit(
                        composition.scheduledAt == nil ? "Надіслати" : "Запланувати", name: "step", value: "send")
                    form.submit("Змінити", style: .secondary, name: "step", value: "edit")
                }
            }
        }
    }

    /// The messengers the hromada has no enabled bot in (their deliveries wait in the queue until one is added).
    func botlessChannels(hromadaID: Int64) async throws -> [ResidentChannel] {
        let enabled = try await notify.database.read { db in
            try BotStore.enabledChannels(hromadaID: hromadaID, in: db)
        }
        return BotChannel.allCases.filter { !enabled.contains($0) }.compactMap {
            ResidentChannel(rawValue: $0.rawValue)
        }
    }

    static func messengerName(_ channel: ResidentChannel) -> String {
        channel == .viber ? "Viber" : "Telegram"
    }

    /// What a preview says before the message: topic, audience, time and reach.
    func summary(
        topic: String, audience: String, when: String, reach: NotifyAudiencePreview, scheduled: Bool,
        botless: [ResidentChannel]
    ) -> HTML {
        HTML.fragment {
            HTML.dl {
                HTML.dt { "Тема" }
                HTML.dd { topic }
                HTML.dt { "Кому" }
                HTML.dd { audience }
                HTML.dt { "Коли" }
                HTML.dd { when }
                HTML.dt { "Отримають" }
                HTML.dd { "\(Self.residents(reach.total)) (\(Self.channelText(reach)))" }
            }
            if reach.total == 0 {
                HTML.div(.class("alert alert--warning"), .role("status")) {
                    HTML.p {
                        "Зараз повідомлення не отримає жоден мешканець: ніхто з обраних не підписаний на бота "
                            + "в Telegram чи Viber або всі вимкнули цю тему."
                    }
                }
            }
            for channel in botless where (reach.byChannel[channel] ?? 0) > 0 {
                HTML.div(.class("alert alert--warning"), .role("status")) {
                    HTML.p {
                        "У громади немає увімкненого бота \(Self.messengerName(channel)): повідомлення для "
                            + "\(Self.residentsGenitive(reach.byChannel[channel] ?? 0)) у \(Self.messengerName(channel)) "
                            + "чекатиме в черзі, доки адміністратор сервера не додасть бота "
                            + "(svoyi-cli bot \(channel.rawValue) add)."
                    }
                }
            }
            if scheduled {
                HTML.p(.class("muted")) {
                    "Кількість порахована зараз; отримають ті, хто буде підписаний у час надсилання."
                }
            }
        }
    }

    /// The form's values as hidden fields, so the preview's buttons send them on.
    static func hiddenFields(_ fields: URLEncodedFields) -> HTML {
        HTML.fragment {
            for field in fields { HTML.input(.type("hidden"), .name(field.name), .value(field.value)) }
        }
    }

    /// Audits a message sent from the panel: what it is, to whom and when.
    func auditSent(
        _ message: NotifyMessage, action: String, request: HTTPRequest, context: RequestContext
    ) async throws {
        try await panel.audit(
            action, context: context, request: request, target: ("push", String(message.id)),
            detail: Self.excerpt(message.text.uk, limit: 200), after: Self.auditFields(message))
    }

    /// The fields an audit entry records of a message.
    static func auditFields(_ message: NotifyMessage) -> [String: String] {
        [
            "topic": message.topic.key, "priority": message.priority.rawValue, "audience": message.audience.kind,
            "codes": message.audience.codes.joined(separator: ","),
            "scheduledAt": ISO8601Milliseconds.format(message.scheduledAt), "link": message.link?.url ?? "",
        ]
    }
}
