import Foundation

extension AdminPanel {
    /// The first-time enrolment page of an unfinished sign-in (2FA required but not set up).
    func enrolPage(
        member: StaffMember, context: RequestContext, errors: FormErrors = FormErrors(), status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        // Set up meanwhile from another sign-in: this one starts over with the second factor.
        if member.twoFactorEnabled { return try await restartSignIn(context) }
        let enrolment = try await currentEnrolment(member)
        let form = form(context, errors: errors)
        return try await page(
            form.pageTitle("Налаштування двофакторного входу"), context: context, current: "", status: status
        ) {
            form.errorSummary
            HTML.h1 { "Налаштуйте двофакторний вхід" }
            HTML.p(.class("lead")) {
                "Для вашої ролі вхід до панелі потребує другого фактора: коду із застосунку-автентифікатора на телефоні."
            }
            enrolmentSteps(enrolment, form: form, action: AdminPaths.enrol)
        }
    }

    /// The pending enrolment of `member`, or a new one.
    func currentEnrolment(_ member: StaffMember) async throws -> TwoFactorEnrolment {
        if let pending = try await identity.staff.pendingEnrolment(id: member.id, issuer: identity.issuer) {
            return pending
        }
        return try await identity.staff.beginEnrolment(id: member.id, issuer: identity.issuer)
    }

    /// The three steps: install an app, scan the QR code (or type the key), confirm with a code.
    func enrolmentSteps(
        _ enrolment: TwoFactorEnrolment, form: Form, action: String, askPassword: Bool = false
    ) -> HTML {
        let svg =
            (try? QRCode.encode(enrolment.provisioningURI, level: .medium))?
            .svg(moduleSize: 6, title: "QR-код для застосунку-автентифікатора") ?? ""
        return HTML.fragment {
            HTML.ol {
                HTML.li {
                    "Встановіть на телефон застосунок-автентифікатор: Google Authenticator, Microsoft Authenticator, "
                        + "FreeOTP або інший, що підтримує TOTP."
                }
                HTML.li { "Відскануйте цей QR-код у застосунку:" }
            }
            HTML.div(.class("qr")) { HTML.unsafeRaw(svg) }
            HTML.p {
                "Не вдається відсканувати? Введіть у застосунку ключ вручну (тип — за часом, 6 цифр, 30 секунд): "
            }
            HTML.p(.class("secret")) { Self.grouped(enrolment.secretBase32) }
            HTML.ol(HTMLAttribute("start", "3")) {
                HTML.li { "Введіть шестизначний код, який показує застосунок, щоб підтвердити налаштування." }
            }
            form.element(action: action) {
                form.input("code", label: "Код із застосунку", autocomplete: "one-time-code", width: .short)
                if askPassword {
                    form.input(
                        "password", label: "Ваш поточний пароль", type: .password,
                        hint: "Щоб ніхто інший не підключив свій телефон до вашого облікового запису.",
                        autocomplete: "current-password", width: .short)
                }
                form.submit("Підтвердити й увімкнути")
            }
        }
    }

    /// A secret in groups of four for reading aloud or typing.
    static func grouped(_ text: String) -> String {
        var groups: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if current.count == 4 {
                groups.append(current)
                current = ""
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.joined(separator: " ")
    }

    /// Ends the request's unfinished sign-in and sends the browser back to the sign-in page.
    func restartSignIn(_ context: RequestContext) async throws -> HTTPResponse {
        try await identity.sessions.end(token: context.cookies[identity.cookieName] ?? "")
        return Self.redirect(AdminPaths.signIn + "?reason=expired")
    }

    func enrol(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (member, session) = try signedIn(context)
        guard session.stage == .enrol else { return Self.redirect(AdminPaths.home) }
        if member.twoFactorEnabled { return try await restartSignIn(context) }
        if let refusal = limited(request) { return refusal }
        let code = try request.formFields()["code"] ?? ""
        let codes: [String]
        do { codes = try await identity.staff.confirmEnrolment(id: member.id, code: code) } catch let error
            as IdentityError
        {
            try await audit(
                "2fa.enrol", context: context, request: request, outcome: .failed, detail: error.description)
            return try await enrolPage(
                member: member, context: context, errors: ["code": error.messageUK], status: .unprocessableContent)
        }
        try await audit("2fa.enrol", context: context, request: request, target: ("staff", String(member.id)))
        let (token, fresh) = try await identity.sessions.start(
            staffID: member.id, stage: .full, address: request.remoteAddress,
            userAgent: request.headers["User-Agent"] ?? "", replacing: context.cookies[identity.cookieName])
        var upgraded = context
        upgraded.values[PrincipalKey.self] = .staff(member, fresh)
        var response = try await recoveryCodesPage(codes, context: upgraded, title: "Двофакторний вхід увімкнено")
        response.headers.add("Set-Cookie", sessionCookie(token, request: request).headerValue)
        return response
    }

    /// The recovery codes, shown once.
    func recoveryCodesPage(
        _ codes: [String], context: RequestContext, title: String, offerEndingOthers: Bool = false
    ) async throws -> HTTPResponse {
        try await page(title, context: context, current: AdminPaths.profile) {
            HTML.h1 { title }
            HTML.div(.class("alert alert--warning"), .role("alert")) {
                HTML.p(.class("alert__title")) { "Збережіть резервні коди зараз — більше їх не буде показано." }
                HTML.p {
                    "Кожен код діє один раз. Вони знадобляться, якщо телефон загубиться. Роздрукуйте їх або збережіть у "
                        + "менеджері паролів, не в пошті."
                }
            }
            HTML.ul(.class("codes")) {
                for code in codes { HTML.li { code } }
            }
            if offerEndingOthers {
                HTML.p { "Якщо ви входили з інших пристроїв, радимо завершити ті сеанси: надалі вхід вимагатиме коду." }
                actionButton(
                    "Завершити всі інші сеанси", action: "/admin/profile/sessions/end-others", context: context)
            }
            HTML.p { HTML.a(.class("button"), .href(AdminPaths.home)) { "Я зберіг коди, продовжити" } }
        }
    }

    // MARK: Password change

    func passwordPage(
        context: RequestContext, errors: FormErrors = FormErrors(), status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (member, _) = try signedIn(context)
        let form = form(context, errors: errors)
        return try await page(
            form.pageTitle("Зміна пароля"), context: context, current: AdminPaths.profile, status: status
        ) {
            form.errorSummary
            HTML.h1 { "Зміна пароля" }
            if member.mustChangePassword {
                HTML.div(.class("alert alert--warning"), .role("status")) {
                    HTML.p { "Ви увійшли з тимчасовим паролем. Щоб продовжити, придумайте власний." }
                }
            }
            form.element(action: AdminPaths.changePassword) {
                if !member.mustChangePassword {
                    form.input(
                        "current_password", label: "Поточний пароль", type: .password, autocomplete: "current-password")
                }
                form.input(
                    "new_password", label: "Новий пароль", type: .password,
                    hint:
                        "Щонайменше 12 символів. Найкраще — кілька не пов'язаних слів; можна кирилицею й з пробілами.",
                    autocomplete: "new-password")
                form.input(
                    "confirm_password", label: "Новий пароль ще раз", type: .password, autocomplete: "new-password")
                form.submit("Змінити пароль")
            }
            HTML.p(.class("muted")) { "Після зміни пароля всі інші ваші сеанси буде завершено." }
        }
    }

    func changePassword(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (member, session) = try signedIn(context)
        let fields = try request.formFields()
        let new = fields["new_password"] ?? ""
        if !member.mustChangePassword,
            let until = try await identity.staff.lockedUntil(staffID: member.id, address: request.remoteAddress)
        {
            return try await passwordPage(
                context: context,
                errors: ["current_password": "Забагато невдалих спроб. Спробуйте після \(Self.format(until))."],
                status: .tooManyRequests)
        }
        guard new == (fields["confirm_password"] ?? "") else {
            return try await passwordPage(
                context: context, errors: ["confirm_password": "Паролі не збігаються."], status: .unprocessableContent)
        }
        do {
            try await identity.staff.changePassword(
                id: member.id, hromadaID: member.hromadaID,
                current: member.mustChangePassword ? nil : (fields["current_password"] ?? ""), new: new,
                keepingSession: session.tokenHash)
        } catch let error as IdentityError {
            let field = error == .wrongPassword ? "current_password" : "new_password"
            if error == .wrongPassword {
                try await identity.staff.recordFailure(staffID: member.id, address: request.remoteAddress)
                try await audit(
                    "password.change", context: context, request: request, outcome: .failed,
                    detail: "wrong current password")
            }
            return try await passwordPage(
                context: context, errors: [field: error.messageUK], status: .unprocessableContent)
        }
        try await audit("password.change", context: context, request: request, target: ("staff", String(member.id)))
        let (token, _) = try await identity.sessions.start(
            staffID: member.id, stage: .full, address: request.remoteAddress,
            userAgent: request.headers["User-Agent"] ?? "", replacing: context.cookies[identity.cookieName])
        var response = Self.redirect(AdminPaths.profile + "?done=password")
        response.headers.add("Set-Cookie", sessionCookie(token, request: request).headerValue)
        return response
    }
}
