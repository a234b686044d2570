import Foundation

extension AdminPanel {
    static func staffValues(_ member: StaffMember) -> [String: String] {
        [
            "display_name": member.displayName, "role": member.role.rawValue,
            "position_title": member.positionTitle ?? "", "public_profile": member.publicProfile ? "yes" : "",
            "two_factor_required": member.twoFactorRequired ? "yes" : "",
        ]
    }

    func staffPage(
        context: RequestContext, values: [String: String]? = nil, errors: FormErrors = FormErrors(),
        checkedUnits: Set<String>? = nil, status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let member = try await target(context, forChange: false)
        let canManage =
            identity.matrix.allows(actor.role, Permission.staffManage.key) && (!member.isOwner || actor.isOwner)
        let units = try await community.institutions(hromadaID: actor.hromadaID)
        let sessions = try await identity.sessions.sessions(staffID: member.id)
        let form = form(context, values: values ?? Self.staffValues(member), errors: errors)
        let base = "/admin/staff/\(member.id)"
        let notice: String? =
            switch context.query["done"] {
            case "saved": "Зміни збережено."
            case "disable": "Обліковий запис вимкнено, усі його сеанси завершено."
            case "enable": "Обліковий запис знову увімкнено."
            case "reset-2fa": "Двофакторний вхід скинуто. Під час наступного входу працівник налаштує його заново."
            case "end-sessions": "Усі сеанси працівника завершено."
            default: nil
            }
        return try await page(
            form.pageTitle(member.displayName), context: context, current: "/admin/staff", status: status
        ) {
            form.errorSummary
            HTML.h1 { member.displayName }
            if let notice { Self.notice(notice) }
            HTML.dl {
                HTML.dt { "Логін" }
                HTML.dd { member.login }
                HTML.dt { "Роль" }
                HTML.dd { member.role.titleUK }
                HTML.dt { "Двофакторний вхід" }
                HTML.dd { member.twoFactorEnabled ? "увімкнено" : "вимкнено" }
                HTML.dt { "Стан" }
                HTML.dd { member.isActive ? "активний" : "вимкнений з \(Self.format(member.disabledAt))" }
                HTML.dt { "Відкритих сеансів" }
                HTML.dd { String(sessions.count) }
                HTML.dt { "Пароль змінено" }
                HTML.dd { Self.format(member.passwordChangedAt) }
            }
            if canManage {
                HTML.h2 { "Дані й доступ" }
                form.element(action: base) {
                    staffFormFields(form, member: member, units: units, checked: checkedUnits ?? Set(member.units))
                    form.submit("Зберегти зміни")
                }
                HTML.h2 { "Дії" }
                HTML.div(.class("button-group")) {
                    if !member.isOwner {
                        if member.isActive {
                            actionButton(
                                "Вимкнути обліковий запис", action: "\(base)/disable", context: context, style: .warning
                            )
                        } else {
                            actionButton("Увімкнути обліковий запис", action: "\(base)/enable", context: context)
                        }
                    }
                    if member.id != actor.id {
                        actionButton("Видати тимчасовий пароль", action: "\(base)/reset-password", context: context)
                    }
                    if member.twoFactorEnabled && !member.isOwner && member.id != actor.id {
                        actionButton("Скинути двофакторний вхід", action: "\(base)/reset-2fa", context: context)
                    }
                    if !sessions.isEmpty {
                        actionButton("Завершити всі сеанси", action: "\(base)/end-sessions", context: context)
                    }
                    if !member.isOwner && member.id != actor.id {
                        actionButton("Видалити працівника", action: "\(base)/remove", context: context, style: .warning)
                    }
                }
                HTML.p(.class("muted")) {
                    "Тимчасовий пароль не вимикає двофакторний вхід. Скинути двофакторний вхід головного адміністратора "
                        + "може лише оператор сервера командою svoyi-cli staff reset-2fa."
                }
            }
        }
    }

    func updateStaff(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let member = try await target(context, forChange: true)
        let fields = try request.formFields()
        var (changes, errors) = Self.changes(from: fields)
        if member.isOwner { changes.role = nil }
        let values = Self.values(fields)
        guard errors.isEmpty else {
            return try await staffPage(
                context: context, values: values, errors: errors, checkedUnits: Set(changes.units ?? []),
                status: .unprocessableContent)
        }
        do {
            let (before, after) = try await identity.staff.update(id: member.id, hromadaID: actor.hromadaID, changes)
            try await audit(
                "staff.update", context: context, request: request, target: ("staff", String(member.id)),
                before: before.auditState, after: after.auditState)
        } catch let error as IdentityError {
            errors.add(Self.field(for: error), error.messageUK)
            return try await staffPage(
                context: context, values: values, errors: errors, checkedUnits: Set(changes.units ?? []),
                status: .unprocessableContent)
        }
        return Self.redirect("/admin/staff/\(member.id)?done=saved")
    }

    func perform(_ action: StaffAction, _ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse
    {
        let (actor, _) = try signedIn(context)
        let member = try await target(context, forChange: true)
        let hromadaID = actor.hromadaID
        let targetRef = ("staff", String(member.id))
        do {
            switch action {
            case .disable, .enable:
                if action == .disable && member.id == actor.id {
                    throw HTTPError(.unprocessableContent, "Не можна вимкнути власний обліковий запис.")
                }
                let after = try await identity.staff.setDisabled(
                    action == .disable, id: member.id, hromadaID: hromadaID)
                try await audit(
                    action.audit, context: context, request: request, target: targetRef, before: member.auditState,
                    after: after.auditState)
            case .resetPassword where member.id == actor.id, .resetTwoFactor where member.id == actor.id:
                throw HTTPError(
                    .unprocessableContent,
                    "Власний пароль і двофакторний вхід змінюйте на сторінці «Мій профіль», з підтвердженням пароля.")
            case .resetPassword:
                let temporary = try await identity.staff.resetPassword(id: member.id, hromadaID: hromadaID)
                try await audit(action.audit, context: context, request: request, target: targetRef)
                return try await temporaryPasswordPage(
                    temporary, for: member, context: context, title: "Тимчасовий пароль видано")
            case .resetTwoFactor:
                if member.isOwner { throw IdentityError.ownerProtected }
                try await identity.staff.resetTwoFactor(id: member.id, hromadaID: hromadaID)
                try await audit(action.audit, context: context, request: request, target: targetRef)
            case .endSessions:
                let ended = try await identity.sessions.endAll(staffID: member.id)
                try await audit(
                    action.audit, context: context, request: request, target: targetRef, detail: "\(ended) ended")
            case .remove:
                if member.id == actor.id {
                    throw HTTPError(.unprocessableContent, "Не можна видалити власний обліковий запис.")
                }
                let removed = try await identity.staff.remove(id: member.id, hromadaID: hromadaID)
                try await audit(
                    action.audit, context: context, request: request, target: targetRef, before: removed.auditState)
                return Self.redirect("/admin/staff?done=removed")
            }
        } catch let error as IdentityError {
            return try await staffPage(
                context: context, errors: ["role": error.messageUK], status: .unprocessableContent)
        }
        return Self.redirect("/admin/staff/\(member.id)?done=\(action.rawValue)")
    }
}
