import Foundation
import SvoyiCore

/// The integrators' PUSH API: `POST /api/v1/push` (a message or an emergency alert, honouring `Idempotency-Key`),
/// `GET /api/v1/push` (the list, newest first), `GET /api/v1/push/{id}` (state and counts), and
/// `POST /api/v1/push/{id}/cancel` and `…/resend-uncertain`, with a bearer
/// token carrying `push.send` (and `push.emergency` for alerts). Bad input is RFC 9457 problem JSON naming the
/// fields; nothing is stored then.
extension PushAdmin {
    func registerAPI(on router: inout Router, sending: RouteAccess) {
        let path = Self.apiPath
        router.post(path, bodyLimit: 64 * 1024, tag: sending.tag) { request, context in
            try await apiSend(request, context)
        }
        router.get(path, tag: sending.tag) { _, context in try await apiList(context) }
        router.get("\(path)/{push:int}", tag: sending.tag) { _, context in
            guard let principal = context.principal else { throw HTTPError(.unauthorized) }
            let id = try context.parameters.int("push")
            guard let message = try await notify.message(id: id, hromadaID: principal.hromadaID) else {
                throw HTTPError(.notFound, "No such message in this hromada.")
            }
            return try .json(PushAPICoding.Message(message), sortedKeys: true)
        }
        router.post("\(path)/{push:int}/cancel", tag: sending.tag) { request, context in
            try await apiCancel(request, context)
        }
        router.post("\(path)/{push:int}/resend-uncertain", tag: sending.tag) { request, context in
            try await apiResendUncertain(request, context)
        }
    }

    /// `POST /api/v1/push/{id}/cancel`: 200 with the cancelled message (deliveries not yet sent are cancelled);
    /// 409 when it is already finished or cancelled; 404 for another hromada's or no message.
    func apiCancel(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        guard let principal = context.principal else { throw HTTPError(.unauthorized) }
        let id = try context.parameters.int("push")
        guard let before = try await notify.message(id: id, hromadaID: principal.hromadaID) else {
            throw HTTPError(.notFound, "No such message in this hromada.")
        }
        let cancelled: NotifyMessage
        do {
            cancelled = try await notify.cancel(messageID: id, hromadaID: principal.hromadaID)
        } catch let error as NotifyError {
            try await panel.audit(
                "push.cancel", context: context, request: request, outcome: .denied, target: ("push", String(id)),
                detail: error.description)
            throw HTTPError(.conflict, "Not cancelled: \(error.description).")
        }
        try await panel.audit(
            "push.cancel", context: context, request: request, target: ("push", String(id)),
            before: ["state": before.state.rawValue],
            after: ["state": cancelled.state.rawValue, "cancelled": String(cancelled.stats[.cancelled])])
        return try .json(PushAPICoding.Message(cancelled), sortedKeys: true)
    }

    /// `POST /api/v1/push/{id}/resend-uncertain`: queues again the deliveries whose outcome is unknown (a crash
    /// while they were being sent; some of those residents probably have the message already). 200 with
    /// `{"requeued": n, "message": …}`; a cancelled message requeues nothing.
    func apiResendUncertain(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        guard let principal = context.principal else { throw HTTPError(.unauthorized) }
        let id = try context.parameters.int("push")
        guard let before = try await notify.message(id: id, hromadaID: principal.hromadaID) else {
            throw HTTPError(.notFound, "No such message in this hromada.")
        }
        let count = try await notify.resendUncertain(messageID: id, hromadaID: principal.hromadaID)
        try await panel.audit(
            "push.resend", context: context, request: request, target: ("push", String(id)),
            before: ["uncertain": String(before.stats[.uncertain])], after: ["requeued": String(count)])
        guard let after = try await notify.message(id: id, hromadaID: principal.hromadaID) else {
            throw HTTPError(.notFound, "No such message in this hromada.")
        }
        return try .json(
            PushAPICoding.Resent(requeued: count, message: PushAPICoding.Message(after)), sortedKeys: true)
    }

    /// `POST /api/v1/push`: 201 with the message and its `Location`; 200 with the earlier message when the
    /// `Idempotency-Key` was used before.
    func apiSend(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        guard let principal = context.principal else { throw HTTPError(.unauthorized) }
        let body = try request.decodeJSON(PushAPICoding.SendRequest.self)
        var key: String?
        if let header = request.headers["Idempotency-Key"] {
            key = header.trimmingCharacters(in: .whitespaces)
            guard let key, !key.isEmpty, key.count <= 200 else {
                throw Self.problem([FieldError(field: "Idempotency-Key", detail: "must have 1 to 200 characters")])
            }
        }
        if body.emergency != nil && !holds(principal, Permission.pushEmergency.key) {
            try await panel.audit(
                "push.emergency", context: context, request: request, outcome: .denied, detail: "no push.emergency")
            throw HTTPError(.forbidden, "Emergency alerts need a token with the push.emergency permission.")
        }
        guard let hromada = try await community.hromada(id: principal.hromadaID) else { throw HTTPError(.notFound) }
        let draft = try Self.draft(body, hromada: hromada, author: Self.author(principal), key: key, request: request)
        let result: NotifyEnqueueResult
        do {
            result = try await notify.enqueue(draft)
        } catch let error as NotifyError {
            throw Self.problem([
                FieldError(
                    field: PushAPICoding.field(for: error, emergency: body.emergency != nil), detail: error.description)
            ])
        }
        if result.isNew {
            try await auditSent(
                result.message, action: body.emergency == nil ? "push.send" : "push.emergency", request: request,
                context: context)
        }
        var response = try HTTPResponse.json(
            PushAPICoding.Message(result.message), status: result.isNew ? .created : .ok, sortedKeys: true)
        response.headers.add("Location", "\(Self.apiPath)/\(result.message.id)")
        return response
    }

    /// `GET /api/v1/push?before=&limit=&state=`.
    func apiList(_ context: RequestContext) async throws -> HTTPResponse {
        guard let principal = context.principal else { throw HTTPError(.unauthorized) }
        var errors: [FieldError] = []
        var before: Int64?
        if let text = context.query["before"] {
            before = Int64(text)
            if before == nil || before! < 1 {
                errors.append(FieldError(field: "before", detail: "must be a message id"))
            }
        }
        var limit = 50
        if let text = context.query["limit"] {
            if let value = Int(text), (1...100).contains(value) {
                limit = value
            } else {
                errors.append(FieldError(field: "limit", detail: "must be a whole number from 1 to 100"))
            }
        }
        var states: Set<NotifyMessageState>?
        if let text = context.query["state"] {
            let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let parsed = names.compactMap(NotifyMessageState.init(rawValue:))
            if parsed.count != names.count || parsed.isEmpty {
                errors.append(
                    FieldError(
                        field: "state",
                        detail: "must be one or more of "
                            + NotifyMessageState.allCases.map(\.rawValue).joined(separator: ", ") + ", comma-separated")
                )
            }
            states = Set(parsed)
        }
        guard errors.isEmpty else { throw Self.problem(errors, title: "The query is not valid.") }
        let messages = try await notify.messages(
            hromadaID: principal.hromadaID, states: states, before: before, limit: limit + 1)
        let items = messages.prefix(limit).map(PushAPICoding.Message.init)
        return try .json(
            PushAPICoding.Page(items: Array(items), nextBefore: messages.count > limit ? items.last?.id : nil),
            sortedKeys: true)
    }

    /// Whether the principal holds `key`: a token carries it, or a staff member's role has it.
    func holds(_ principal: Principal, _ key: String) -> Bool {
        switch principal {
        case .token(let token): token.permissions.contains(key)
        case .staff(let member, _): panel.identity.matrix.allows(member.role, key)
        }
    }

    static func author(_ principal: Principal) -> NotifyAuthor {
        switch principal {
        case .token(let token): .module("\(apiAuthorPrefix)\(token.id)")
        case .staff(let member, _): .staff(member.id)
        }
    }

    static func problem(_ errors: [FieldError], title: String = "The message was not accepted.") -> HTTPError {
        HTTPError(
            .unprocessableContent, title + " " + errors.map { "\($0.field): \($0.detail)" }.joined(separator: "; "),
            fieldErrors: errors)
    }

    /// The draft a request asks for, or 422 naming every field that is wrong.
    static func draft(
        _ body: PushAPICoding.SendRequest, hromada: Hromada, author: NotifyAuthor, key: String?,
        request: HTTPRequest? = nil
    ) throws(HTTPError) -> NotifyDraft {
        var errors: [FieldError] = []
        let audience = audience(body.audience, into: &errors)
        if let emergency = body.emergency {
            for (name, present) in [
                ("topic", body.topic != nil), ("text", body.text != nil), ("link", body.link != nil),
                ("location", body.location != nil), ("scheduledAt", body.scheduledAt != nil),
            ] where present {
                errors.append(
                    FieldError(
                        field: name,
                        detail: "is not allowed with emergency: the alert's text comes from its template (add "
                            + "emergency.details) and it is sent now"))
            }
            let kind = PushAPICoding.emergencyKinds[emergency.kind]
            if kind == nil {
                errors.append(FieldError(field: "emergency.kind", detail: "must be air-raid, danger or all-clear"))
            }
            // As the panel does: the hromada's own host name, else the host the API was called at.
            let shelters =
                emergency.sheltersUrl
                ?? sheltersURL(
                    for: hromada, requestHost: request?.headers["Host"], secure: request?.isSecure ?? true)
            if shelters == nil && kind != .allClear {
                errors.append(
                    FieldError(
                        field: "emergency.sheltersUrl",
                        detail: "is required: neither the hromada nor the request names a host for the web chat"))
            }
            guard errors.isEmpty, let kind, let audience else { throw problem(errors) }
            return .emergency(
                kind, hromadaID: hromada.id!, sheltersURL: shelters ?? "", details: emergency.details?.localized,
                audience: audience, createdBy: author, idempotencyKey: key)
        }
        if body.topic == nil { errors.append(FieldError(field: "topic", detail: "is required")) }
        if body.text == nil { errors.append(FieldError(field: "text", detail: "is required")) }
        var scheduledAt: Date?
        if let text = body.scheduledAt {
            scheduledAt = PushAPICoding.parseTimestamp(text)
            if scheduledAt == nil {
                errors.append(
                    FieldError(
                        field: "scheduledAt",
                        detail: "must be an RFC 3339 date-time with an offset, e.g. "
                            + "2026-03-29T09:30:00+03:00"))
            }
        }
        guard errors.isEmpty, let topic = body.topic, let text = body.text, let audience else {
            throw problem(errors)
        }
        let link = body.link.map { link in
            NotifyLink(url: link.url, title: link.title?.localized ?? LocalizedText(uk: "Докладніше", en: "More"))
        }
        let location = body.location.map {
            NotifyLocation(latitude: $0.latitude, longitude: $0.longitude, name: $0.name.localized)
        }
        return NotifyDraft(
            hromadaID: hromada.id!, topicKey: topic, text: text.localized, link: link, location: location,
            audience: audience, scheduledAt: scheduledAt, createdBy: author, idempotencyKey: key)
    }

    private static func audience(_ body: PushAPICoding.Audience?, into errors: inout [FieldError]) -> NotifyAudience? {
        guard let body else { return .everyone }
        let codes = body.codes ?? []
        switch body.kind {
        case "everyone":
            if !codes.isEmpty {
                errors.append(FieldError(field: "audience.codes", detail: "must be absent when kind is everyone"))
            }
            return .everyone
        case "settlements": return .settlements(codes)
        case "districts": return .districts(codes)
        default:
            errors.append(FieldError(field: "audience.kind", detail: "must be everyone, settlements or districts"))
            return nil
        }
    }
}
