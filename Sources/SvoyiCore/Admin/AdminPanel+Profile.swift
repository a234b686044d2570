import Foundation

extension AdminPanel {
    func registerProfile(on router: inout Router) {
        get(&router, AdminPaths.profile, .signedIn) { _, context in try await profilePage(context: context) }
        get(&router, "/admin/profile/2fa", .signedIn) { _, context in try await profileEnrolPage(context: context) }
        post(&router, "/admin/profile/2fa", .signedIn) { request, context in try await profileEnrol(request, context) }
        post(&router, "/admin/profile/2fa/disable", .signedIn) { request, context in
            let (member, _) = try signedIn(context)
            let forAll = try await identity.staff.requiresTwoFactorForAll(hromadaID: member.hromadaID)
            guard !member.needsTwoFactor(hromadaRequiresForAll: forAll) else {
                return try await profilePage(
                    context: context, errors: ["disable_password": "Для вашої ролі двофакторний вхід обов'язковий."],
                    status: .forbidden)
            }
            guard try await reauthenticated(request, context, field: "disable_password") else {
                return try await profilePage(
                    context: context, errors: ["disable_password": IdentityError.wrongPassword.messageUK],
                    status: .unprocessableContent)
            }
            try await identity.staff.resetTwoFactor(id: member.id, hromadaID: member.hromadaID)
            try await audit("2fa.disable", context: context, request: request, target: ("staff", String(member.id)))
            return Self.redirect(AdminPaths.signIn + "?reason=signed-out")
        }
        post(&router, "/admin/profile/recovery-codes", .signedIn) { request, context in
            let (member, _) = try signedIn(context)
            guard try await reauthenticated(request, context) else {
                return try await profilePage(
                    context: context, errors: ["password": IdentityError.wrongPassword.messageUK],
                    status: .unprocessableContent)
            }
            let codes = try await identity.staff.regenerateRecoveryCodes(id: member.id)
            try await audit(
                "2fa.recovery_codes", context: context, request: request, target: ("staff", String(member.id)))
            return try await recoveryCodesPage(codes, context: context, title: "Нові резервні коди")
        }
        post(&router, "/admin/profile/sessions/{session}/end", .signedIn) { request, context in
            let (member, _) = try signedIn(context)
            let id = try context.parameters.string("session")
            try await identity.sessions.end(id: id, staffID: member.id)
            try await audit(
                "session.end", context: context, request: request, target: ("session", String(id.prefix(6))))
            return Self.redirect(AdminPaths.profile + "?done=session-ended")
        }
        post(&router, "/admin/profile/sessions/end-others", .signedIn) { request, context in
            let (member, session) = try signedIn(context)
            let ended = try await identity.sessions.endAll(staffID: member.id, keeping: session.tokenHash)
            try await audit("session.end_others", context: context, request: request, detail: "\(ended) ended")
            return Self.redirect(AdminPaths.profile + "?done=sessions-ended")
        }
    }

    /// Checks the `password` field against the member's current password; a wrong one counts as a failure.
    func reauthenticated(
        _ request: HTTPRequest, _ context: RequestContext, field: String = "password"
    ) async throws -> Bool {
        let (member, _) = try signedIn(context)
        if try await identity.staff.lockedUntil(staffID: member.id, address: request.remoteAddress) != nil {
            return false
        }
        let password = try request.formFields()[field] ?? ""
        if try await identity.staff.confirmPassword(id: member.id, password: password) { return true }
        try await identity.staff.recordFailure(staffID: member.id, address: request.remoteAddress)
        try await audit("session.reauthenticate", context: context, request: request, outcome: .failed)
        return false
    }

    func profilePage(
        context: RequestContext, errors: FormErrors = FormErrors(), status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (member, session) = try signedIn(context)
        let sessions = try await identity.sessions.sessions(staffID: member.id)
        let remaining = member.twoFactorEnabled ? try await identity.staff.remainingRecoveryCodes(id: member.id) : 0
        let forAll = try await identity.staff.requiresTwoFactorForAll(hromadaID: member.hromadaID)
        let required = member.needsTwoFactor(hromadaRequiresForAll: forAll)
        let notice: String? =
            switch context.query["done"] {
            case "password": "Пароль змінено. Інші ваші сеанси завершено."
            case "session-ended": "Сеанс завершено."
            case "sessions-ended": "Усі інші сеанси завершено."
            case "recovery-low": "У вас залишилося мало резервних кодів. Створіть нові нижче."
            default: nil
            }
        let form = form(context, errors: errors)
        return try await page(
            form.pageTitle("Мій профіль"), context: context, current: AdminPaths.profile, status: status
        ) {
            form.errorSummary
            HTML.h1 { "Мій профіль" }
            if let notice { Self.notice(notice) }
            HTML.dl {
                HTML.dt { "Ім'я" }
                HTML.dd { member.displayName }
                HTML.dt { "Логін" }
                HTML.dd { member.login }
                HTML.dt { "Роль" }
                HTML.dd { member.role.titleUK }
                if !member.units.isEmpty {
                    HTML.dt { "Підрозділи" }
                    HTML.dd { member.units.joined(separator: ", ") }
                }
                if let position = member.positionTitle {
                    HTML.dt { "Посада" }
                    HTML.dd { position }
                }
            }
            HTML.p { HTML.a(.href(AdminPaths.changePassword)) { "Змінити пароль" } }

            HTML.h2 { "Двофакторний вхід" }
            if member.twoFactorEnabled {
                HTML.p { "Увімкнено. Невикористаних резервних кодів: \(remaining)." }
                form.element(action: "/admin/profile/recovery-codes") {
                    form.input(
                        "password", label: "Поточний пароль (для підтвердження)", type: .password,
                        autocomplete: "current-password", width: .short)
                    form.buttonGroup {
                        form.submit("Створити нові резервні коди", style: .secondary)
                    }
                }
                if !required {
                    HTML.p(.class("muted")) {
                        "Для вашої ролі двофакторний вхід не обов'язковий, але ми радимо його не вимикати."
                    }
                    form.element(action: "/admin/profile/2fa/disable") {
                        HTML.input(.type("hidden"), .name("confirm"), .value("yes"))
                        form.input(
                            "disable_password", label: "Поточний пароль, щоб вимкнути", type: .password,
                            autocomplete: "current-password", width: .short)
                        form.submit("Вимкнути двофакторний вхід", style: .warning)
                    }
                }
            } else {
                HTML.p { "Вимкнено. Увімкніть його, щоб обліковий запис не можна було захопити лише з паролем." }
                HTML.p { HTML.a(.class("button"), .href("/admin/profile/2fa")) { "Увімкнути двофакторний вхід" } }
            }

            HTML.h2 { "Мої сеанси" }
            Self.table(caption: "Пристрої, з яких виконано вхід") {
                HTML.thead {
                    HTML.tr {
                        HTML.th(HTMLAttribute("scope", "col")) { "Вхід" }
                        HTML.th(HTMLAttribute("scope", "col")) { "Остання дія" }
                        HTML.th(HTMLAttribute("scope", "col")) { "Адреса" }
                        HTML.th(HTMLAttribute("scope", "col")) { "Браузер" }
                        HTML.th(HTMLAttribute("scope", "col")) { HTML.span(.class("visually-hidden")) { "Дії" } }
                    }
                }
                HTML.tbody {
                    for item in sessions {
                        HTML.tr {
                            HTML.td { Self.format(item.createdAt) }
                            HTML.td { Self.format(item.lastSeenAt) }
                            HTML.td { item.address }
                            HTML.td { item.userAgent.isEmpty ? "—" : item.userAgent }
                            HTML.td {
                                if item.tokenHash == session.tokenHash {
                                    HTML.span(.class("badge")) { "Цей сеанс" }
                                } else {
                                    actionButton(
                                        "Завершити", action: "/admin/profile/sessions/\(item.id)/end",
                                        context: context)
                                }
                            }
                        }
                    }
                }
            }
            if sessions.count > 1 {
                actionButton(
                    "Завершити всі інші сеанси", action: "/admin/profile/sessions/end-others", context: context,
                    style: .warning)
            }
        }
    }

    func profileEnrolPage(
        context: RequestContext, errors: FormErrors = FormErrors(), status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (member, _) = try signedIn(context)
        if member.twoFactorEnabled { return Self.redirect(AdminPaths.profile) }
        let enrolment = try await currentEnrolment(member)
        let form = form(context, errors: errors)
        return try await page(
            form.pageTitle("Увімкнення двофакторного входу"), context: context, current: AdminPaths.profile,
            status: status
        ) {
            form.errorSummary
            HTML.h1 { "Увімкнення двофакторного входу" }
            enrolmentSteps(enrolment, form: form, action: "/admin/profile/2fa", askPassword: true)
        }
    }

    func profileEnrol(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (member, _) = try signedIn(context)
        if member.twoFactorEnabled { return Self.redirect(AdminPaths.profile) }
        let code = try request.formFields()["code"] ?? ""
        guard try await reauthenticated(request, context) else {
            return try await profileEnrolPage(
                context: context, errors: ["password": IdentityError.wrongPassword.messageUK],
                status: .unprocessableContent)
        }
        do {
            let codes = try await identity.staff.confirmEnrolment(id: member.id, code: code)
            try await audit("2fa.enrol", context: context, request: request, target: ("staff", String(member.id)))
            let others = try await identity.sessions.sessions(staffID: member.id).count > 1
            return try await recoveryCodesPage(
                codes, context: context, title: "Двофакторний вхід увімкнено", offerEndingOthers: others)
        } catch let error as IdentityError {
            try await audit(
                "2fa.enrol", context: context, request: request, outcome: .failed, detail: error.description)
            return try await profileEnrolPage(
                context: context, errors: ["code": error.messageUK], status: .unprocessableContent)
        }
    }
}
