import Foundation

extension AdminPanel {
    func registerSignIn(on router: inout Router) {
        get(&router, AdminPaths.signIn, .signIn) { request, context in
            if context.principal?.session?.stage == .full { return Self.redirect(AdminPaths.home) }
            return try await signInPage(context: context, values: ["next": context.query["next"] ?? ""])
        }
        post(&router, AdminPaths.signIn, .signIn) { request, context in try await signIn(request, context) }
        get(&router, AdminPaths.secondFactor, .pendingSignIn) { _, context in
            let (_, session) = try signedIn(context)
            if session.stage == .enrol { return Self.redirect(AdminPaths.enrol) }
            return try await codePage(context: context)
        }
        post(&router, AdminPaths.secondFactor, .pendingSignIn) { request, context in
            try await secondFactor(request, context)
        }
        get(&router, AdminPaths.enrol, .pendingSignIn) { _, context in
            let (member, session) = try signedIn(context)
            if session.stage == .secondFactor { return Self.redirect(AdminPaths.secondFactor) }
            return try await enrolPage(member: member, context: context)
        }
        post(&router, AdminPaths.enrol, .pendingSignIn) { request, context in try await enrol(request, context) }
        post(&router, AdminPaths.signOut, .signedIn) { request, context in
            let token = context.cookies[identity.cookieName] ?? ""
            try await identity.sessions.end(token: token)
            try await audit("session.signout", context: context, request: request)
            var response = Self.redirect(AdminPaths.signIn + "?reason=signed-out")
            response.headers.add("Set-Cookie", sessionCookie("", request: request, maxAge: 0).headerValue)
            return response
        }
        get(&router, AdminPaths.changePassword, .signedIn) { _, context in
            try await passwordPage(context: context)
        }
        post(&router, AdminPaths.changePassword, .signedIn) { request, context in
            try await changePassword(request, context)
        }
    }

    /// The session cookie (`Path=/admin`, `HttpOnly`, `SameSite=Strict`, `Secure` behind TLS).
    func sessionCookie(_ token: String, request: HTTPRequest, maxAge: Int? = nil) -> SetCookie {
        identity.cookie(identity.cookieName, token, request: request, maxAge: maxAge)
    }

    /// Where to go after signing in: a path inside the panel, never another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/admin"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.hasPrefix(AdminPaths.signIn)
        else { return AdminPaths.home }
        return next
    }

    // MARK: Password

    func signInPage(
        context: RequestContext, values: [String: String] = [:], errors: FormErrors = FormErrors(),
        status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let form = Form(
            localizer: Localizer(language: .uk), values: values, errors: errors,
            csrfToken: context.values[SignInFormTokenKey.self])
        let notice: String? =
            switch context.query["reason"] {
            case "expired": "Ваш сеанс завершився. Увійдіть знову."
            case "signed-out": "Ви вийшли з панелі."
            case "form": "Форма входу застаріла. Спробуйте ще раз."
            case "password-changed": "Пароль змінено. Увійдіть з новим паролем."
            default: nil
            }
        return try await page(form.pageTitle("Вхід до панелі"), context: context, current: "", status: status) {
            form.errorSummary
            HTML.h1 { "Вхід до панелі керування" }
            if let notice { Self.notice(notice) }
            form.element(action: AdminPaths.signIn) {
                HTML.input(.type("hidden"), .name("next"), .value(values["next"] ?? ""))
                form.input("login", label: "Логін", autocomplete: "username", width: .short)
                form.input("password", label: "Пароль", type: .password, autocomplete: "current-password")
                form.submit("Увійти")
            }
            HTML.p(.class("muted")) {
                "Забули пароль? Зверніться до адміністратора громади: він видасть тимчасовий пароль. "
                    + "Двофакторний захист при цьому залишиться."
            }
        }
    }

    func signIn(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let fields = try request.formFields()
        let login = (fields["login"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["password"] ?? ""
        var values = Self.values(fields)
        values["next"] = fields["next"] ?? ""
        if let refusal = limited(request) { return refusal }
        guard !login.isEmpty, !password.isEmpty else {
            var errors = FormErrors()
            if login.isEmpty { errors.add("login", "Введіть логін.") }
            if password.isEmpty { errors.add("password", "Введіть пароль.") }
            return try await signInPage(context: context, values: values, errors: errors, status: .unprocessableContent)
        }
        let known = try await identity.staff.member(login: login)
        func record(_ outcome: AuditOutcome, _ detail: String) async throws {
            guard let known else { return }  // unknown logins belong to no hromada
            try await identity.audit.record(
                AuditEntry(
                    hromadaID: known.hromadaID, at: identity.clock.now, actor: .anonymous, action: "session.signin",
                    outcome: outcome, targetKind: "staff", targetID: String(known.id), detail: detail,
                    address: request.remoteAddress, requestID: context.requestID))
        }
        switch try await identity.staff.checkPassword(login: login, password: password, address: request.remoteAddress)
        {
        case .rejected:
            try await record(.failed, "wrong password")
            return try await signInPage(
                context: context, values: values, errors: ["password": "Неправильний логін або пароль."],
                status: .unprocessableContent)
        case .locked(let until):
            try await record(.denied, "locked until \(ISO8601Milliseconds.format(until))")
            return try await signInPage(
                context: context, values: values,
                errors: [
                    "password":
                        "Забагато невдалих спроб із цієї адреси. Спробуйте після \(Self.format(until)) або зверніться до адміністратора."
                ], status: .tooManyRequests)
        case .disabled:
            try await record(.denied, "account disabled")
            return try await signInPage(
                context: context, values: values,
                errors: ["login": "Цей обліковий запис вимкнено. Зверніться до адміністратора громади."],
                status: .forbidden)
        case .accepted(let member):
            let forAll = try await identity.staff.requiresTwoFactorForAll(hromadaID: member.hromadaID)
            let stage: StaffSession.Stage =
                member.twoFactorEnabled
                ? .secondFactor : member.needsTwoFactor(hromadaRequiresForAll: forAll) ? .enrol : .full
            let (token, _) = try await identity.sessions.start(
                staffID: member.id, stage: stage, address: request.remoteAddress,
                userAgent: request.headers["User-Agent"] ?? "", replacing: context.cookies[identity.cookieName])
            try await identity.audit.record(
                AuditEntry(
                    hromadaID: member.hromadaID, at: identity.clock.now,
                    actor: .staff(id: member.id, name: member.displayName), action: "session.signin", outcome: .ok,
                    targetKind: "staff", targetID: String(member.id),
                    detail: "password accepted; next: \(stage.rawValue)",
                    address: request.remoteAddress, requestID: context.requestID))
            let location =
                switch stage {
                case .secondFactor: AdminPaths.secondFactor
                case .enrol: AdminPaths.enrol
                case .full: Self.safeNext(fields["next"])
                }
            var response = Self.redirect(location)
            response.headers.add("Set-Cookie", sessionCookie(token, request: request).headerValue)
            return response
        }
    }

    /// A 429 page when the address has used up its sign-in attempts for now, else `nil`.
    func limited(_ request: HTTPRequest) -> HTTPResponse? {
        let decision = identity.signInLimiter.take(
            key: "signin:\(ThrottleKey.of(request.remoteAddress))", limit: identity.signInLimit,
            now: identity.clock.now)
        guard case .limited(let retryAfter) = decision else { return nil }
        let layout = AdminLayout(hromadaName: "", member: nil, session: nil, sections: [], currentPath: "")
        var response = Self.html(
            layout.render(title: "Забагато спроб") {
                HTML.h1 { "Забагато спроб входу" }
                HTML.p { "З вашої адреси було забагато спроб за короткий час. Зачекайте хвилину й спробуйте знову." }
            }, status: .tooManyRequests)
        response.headers.add("Retry-After", String(retryAfter))
        return response
    }

    // MARK: Second factor

    func codePage(
        context: RequestContext, errors: FormErrors = FormErrors(), status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let form = form(context, errors: errors)
        return try await page(form.pageTitle("Код підтвердження"), context: context, current: "", status: status) {
            form.errorSummary
            HTML.h1 { "Код підтвердження" }
            HTML.p {
                "Відкрийте застосунок-автентифікатор (Google Authenticator, Microsoft Authenticator, FreeOTP тощо) і введіть шестизначний код для Svoyi."
            }
            form.element(action: AdminPaths.secondFactor) {
                form.input(
                    "code", label: "Код із застосунку або резервний код",
                    hint:
                        "Шість цифр. Якщо телефону немає під рукою, введіть один із резервних кодів — кожен діє один раз.",
                    autocomplete: "one-time-code", width: .short)
                form.submit("Підтвердити")
            }
        }
    }

    func secondFactor(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (member, session) = try signedIn(context)
        guard session.stage == .secondFactor else { return Self.redirect(AdminPaths.home) }
        if let refusal = limited(request) { return refusal }
        let code = try request.formFields()["code"] ?? ""
        // Codes are counted per account from every address, and a correct password does not reset the count.
        if let until = try await identity.staff.lockedUntil(staffID: member.id, address: StaffStore.secondFactorScope) {
            try await audit(
                "session.second_factor", context: context, request: request, outcome: .denied, detail: "locked")
            return try await codePage(
                context: context,
                errors: ["code": "Забагато невдалих спроб. Спробуйте після \(Self.format(until))."],
                status: .tooManyRequests)
        }
        let check: SecondFactorCheck?
        do { check = try await identity.staff.verifySecondFactor(id: member.id, code: code) } catch IdentityError
            .secretUnavailable
        {
            return try await codePage(
                context: context, errors: ["code": IdentityError.secretUnavailable.messageUK],
                status: .unprocessableContent)
        }
        guard let check else {
            try await identity.staff.recordFailure(staffID: member.id, address: StaffStore.secondFactorScope)
            try await audit(
                "session.second_factor", context: context, request: request, outcome: .failed,
                detail: "wrong or reused code")
            return try await codePage(
                context: context, errors: ["code": IdentityError.wrongCode.messageUK], status: .unprocessableContent)
        }
        try await identity.staff.clearFailures(staffID: member.id, address: StaffStore.secondFactorScope)
        let detail: String
        var location = AdminPaths.home
        switch check {
        case .totp: detail = "totp"
        case .recoveryCode(let remaining):
            detail = "recovery code; \(remaining) left"
            if remaining <= 3 { location = AdminPaths.profile + "?done=recovery-low" }
        }
        return try await finishSignIn(
            member: member, detail: detail, location: location, request: request, context: context)
    }

    /// Issues a new full session in place of the pending one (a new token on every authentication).
    func finishSignIn(
        member: StaffMember, detail: String, location: String, request: HTTPRequest, context: RequestContext
    ) async throws -> HTTPResponse {
        let (token, _) = try await identity.sessions.start(
            staffID: member.id, stage: .full, address: request.remoteAddress,
            userAgent: request.headers["User-Agent"] ?? "", replacing: context.cookies[identity.cookieName])
        try await audit("session.second_factor", context: context, request: request, detail: detail)
        var response = Self.redirect(location)
        response.headers.add("Set-Cookie", sessionCookie(token, request: request).headerValue)
        return response
    }
}
