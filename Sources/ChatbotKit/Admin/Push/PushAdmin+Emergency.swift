import Foundation
import SvoyiCore

/// «Екстрена тривога»: the emergency template (air raid, danger, all clear) in Ukrainian and English with the
/// nearest-shelters link, the details staff add, who gets it; a preview that must be confirmed; then it goes to the
/// front of every delivery queue. Only for `push.emergency`.
extension PushAdmin {
    /// The fields the emergency form has.
    static let emergencyFields = [
        "kind", "details_uk", "details_en", "audience", "settlement", "district", "shelters_url",
    ]

    /// The kinds as staff choose them.
    static let emergencyKinds: [(kind: NotifyEmergencyKind, label: String)] = [
        (.airRaid, "Повітряна тривога"), (.danger, "Небезпека (обстріл, хімічна чи техногенна загроза)"),
        (.allClear, "Відбій тривоги"),
    ]

    /// `GET /admin/push/emergency`.
    func emergencyPage(
        request: HTTPRequest, context: RequestContext, fields: URLEncodedFields? = nil,
        errors: FormErrors = FormErrors(), status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let (hromada, _, places) = try await hromada(actor.hromadaID)
        var values = [
            "kind": NotifyEmergencyKind.airRaid.rawValue, "audience": "everyone",
            "shelters_url": Self.sheltersURL(
                for: hromada, requestHost: request.headers["Host"], secure: request.isSecure) ?? "",
        ]
        if let fields { values = AdminPanel.values(fields) }
        let form = panel.form(context, values: values, errors: errors)
        return try await panel.page(
            form.pageTitle("Екстрена тривога"), context: context, current: Self.basePath, status: status
        ) {
            form.errorSummary
            HTML.p { HTML.a(.href(Self.basePath)) { "Усі PUSH-повідомлення" } }
            HTML.h1 { "Екстрена тривога" }
            HTML.p(.class("lead")) {
                "Тривога йде поперед усіх інших повідомлень у черзі, українською та англійською, з посиланням на "
                    + "найближчі укриття. Її отримають усі обрані мешканці, крім тих, хто вимкнув тему «"
                    + NotifyTopic.emergencies.label.uk + "». Перед надсиланням ви побачите текст і підтвердите його."
            }
            form.element(action: "\(Self.basePath)/emergency") {
                form.radios(
                    "kind", legend: "Про що тривога",
                    options: Self.emergencyKinds.map { ($0.kind.rawValue, $0.label) })
                HTML.details {
                    HTML.summary { "Тексти шаблонів" }
                    for (kind, label) in Self.emergencyKinds {
                        HTML.h2 { label }
                        let draft = NotifyDraft.emergency(
                            kind, hromadaID: actor.hromadaID, sheltersURL: values["shelters_url"] ?? "",
                            createdBy: .staff(actor.id))
                        Self.residentView(NotifyContent(text: draft.text, link: draft.link))
                    }
                }
                form.textarea(
                    "details_uk", label: "Подробиці українською",
                    hint: "Що і де сталося, що робити — стане після заголовка тривоги. До "
                        + "\(PushForm.maximumDetailsLength) символів.", required: false, rows: 4)
                form.textarea(
                    "details_en", label: "Подробиці англійською",
                    hint: "Для мешканців, які обрали англійську.", required: false, rows: 3)
                audienceFields(form: form, fields: fields, places: places)
                form.input(
                    "shelters_url", label: "Посилання на найближчі укриття", type: .url,
                    hint: "Вебчат громади, відкритий одразу на розділі «Найближчі укриття»: мешканець надсилає "
                        + "геолокацію або пише свій населений пункт і бачить три найближчі укриття. Для відбою "
                        + "тривоги посилання не додається.", required: false)
                form.submit("Переглянути тривогу", name: "step", value: "preview")
            }
        }
    }

    /// `POST /admin/push/emergency`: the preview, back to editing, or sending.
    func emergencySubmit(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let fields = try request.formFields()
        let step = fields["step"] ?? "preview"
        let kept = URLEncodedFields(
            fields.filter { Self.emergencyFields.contains($0.name) }.map { ($0.name, $0.value) })
        if step == "edit" { return try await emergencyPage(request: request, context: context, fields: kept) }
        let (_, _, places) = try await hromada(actor.hromadaID)
        let composition: PushEmergencyComposition
        switch PushForm.emergency(kept, places: places) {
        case .failure(let list):
            return try await emergencyPage(
                request: request, context: context, fields: kept, errors: list.errors, status: .unprocessableContent)
        case .success(let value): composition = value
        }
        let draft = composition.draft(
            hromadaID: actor.hromadaID, author: .staff(actor.id), key: Self.formKey(fields))
        guard step == "send" else {
            return try await emergencyPreview(
                composition, draft: draft, fields: kept, request: request, context: context)
        }
        let result: NotifyEnqueueResult
        do {
            result = try await notify.enqueue(draft)
        } catch let error as NotifyError {
            var errors = FormErrors()
            errors.add(PushForm.field(for: error, emergency: true), error.messageUK)
            return try await emergencyPage(
                request: request, context: context, fields: kept, errors: errors, status: .unprocessableContent)
        }
        if result.isNew {
            try await auditSent(result.message, action: "push.emergency", request: request, context: context)
        }
        return AdminPanel.redirect(Self.path(result.message.id, "?done=\(result.isNew ? "alert" : "duplicate")"))
    }

    private func emergencyPreview(
        _ composition: PushEmergencyComposition, draft: NotifyDraft, fields: URLEncodedFields,
        request: HTTPRequest, context: RequestContext
    ) async throws -> HTTPResponse {
        let (actor, _) = try panel.signedIn(context)
        let (_, _, places) = try await hromada(actor.hromadaID)
        let reach: NotifyAudiencePreview
        do {
            reach = try await notify.audiencePreview(
                topic: draft.topic, audience: draft.audience, hromadaID: actor.hromadaID)
        } catch let error as NotifyError {
            var errors = FormErrors()
            errors.add(PushForm.field(for: error, emergency: true), error.messageUK)
            return try await emergencyPage(
                request: request, context: context, fields: fields, errors: errors, status: .unprocessableContent)
        }
        let label = Self.emergencyKinds.first { $0.kind == composition.kind }?.label ?? composition.kind.rawValue
        let form = panel.form(context)
        let botless = try await botlessChannels(hromadaID: draft.hromadaID)
        return try await panel.page("Підтвердьте тривогу", context: context, current: Self.basePath) {
            HTML.h1 { "Підтвердьте тривогу: \(label)" }
            HTML.div(.class("alert alert--warning"), .role("status")) {
                HTML.p {
                    "Після підтвердження тривога одразу піде поперед усіх інших повідомлень. Перевірте текст і тих, "
                        + "кому її буде надіслано."
                }
            }
            summary(
                topic: NotifyTopic.emergencies.label.uk, audience: Self.audienceText(draft.audience, places: places),
                when: "зараз, поперед усіх інших повідомлень", reach: reach, scheduled: false, botless: botless)
            HTML.h2 { "Як її побачать мешканці" }
            Self.residentView(NotifyContent(text: draft.text, link: draft.link))
            form.element(action: "\(Self.basePath)/emergency") {
                Self.hiddenFields(fields)
                HTML.input(.type("hidden"), .name("key"), .value(Self.newFormKey()))
                form.buttonGroup {
                    form.submit("Надіслати тривогу зараз", style: .warning, name: "step", value: "send")
                    form.submit("Змінити", style: .secondary, name: "step", value: "edit")
                }
            }
        }
    }
}
