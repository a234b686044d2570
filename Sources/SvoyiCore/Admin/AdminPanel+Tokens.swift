import Foundation

extension AdminPanel {
    func registerTokens(on router: inout Router) {
        let manage = RouteAccess.permission(Permission.tokensManage.key)
        get(&router, "/admin/tokens", manage) { _, context in try await tokensPage(context: context) }
        post(&router, "/admin/tokens", manage) { request, context in try await createToken(request, context) }
        post(&router, "/admin/tokens/{token}/revoke", manage) { request, context in
            let (actor, _) = try signedIn(context)
            let token = try await identity.tokens.revoke(
                id: try context.parameters.int("token"), hromadaID: actor.hromadaID)
            try await audit(
                "token.revoke", context: context, request: request, target: ("token", token.prefix), detail: token.name)
            return Self.redirect("/admin/tokens?done=revoked")
        }
    }

    /// The permissions `member` may put on a token: those the role holds and tokens may carry.
    func grantableTokenPermissions(_ member: StaffMember) -> [Permission] {
        identity.matrix.permissions.filter { $0.allowsTokens && identity.matrix.allows(member.role, $0.key) }
    }

    func tokensPage(
        context: RequestContext, values: [String: String] = [:], errors: FormErrors = FormErrors(),
        checked: Set<String> = [], created: (secret: String, token: APIToken)? = nil, status: HTTPStatus = .ok
    ) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let tokens = try await identity.tokens.tokens(hromadaID: actor.hromadaID)
        let grantable = grantableTokenPermissions(actor)
        let form = form(context, values: values, errors: errors)
        let now = identity.clock.now
        return try await page(form.pageTitle("API-токени"), context: context, current: "/admin/tokens", status: status)
        {
            form.errorSummary
            HTML.h1 { "API-токени" }
            HTML.p {
                "Токени дають програмам (сайту, терміналу, інтеграціям) доступ до API громади з обраними правами. "
                    + "Інтегратор передає токен у заголовку Authorization: Bearer."
            }
            if context.query["done"] == "revoked" { Self.notice("Токен відкликано. Він більше не працює.") }
            if let created {
                HTML.div(.class("alert alert--warning"), .role("alert")) {
                    HTML.p(.class("alert__title")) {
                        "Токен «\(created.token.name)» створено. Скопіюйте його зараз — більше його не буде показано:"
                    }
                    HTML.p(.class("secret")) { created.secret }
                }
            }
            if !tokens.isEmpty {
                Self.table(caption: "Токени громади") {
                    HTML.thead {
                        HTML.tr {
                            for title in [
                                "Назва", "Початок токена", "Права", "Створено", "Діє до", "Використано", "Стан",
                            ] {
                                HTML.th(HTMLAttribute("scope", "col")) { title }
                            }
                            HTML.th(HTMLAttribute("scope", "col")) {
                                HTML.span(.class("visually-hidden")) { "Дії" }
                            }
                        }
                    }
                    HTML.tbody {
                        for token in tokens {
                            HTML.tr {
                                HTML.th(HTMLAttribute("scope", "row")) { token.name }
                                HTML.td(.class("secret")) { "svoyi_\(token.prefix)_…" }
                                HTML.td { token.permissions.joined(separator: ", ") }
                                HTML.td { "\(Self.format(token.createdAt)), \(token.createdBy)" }
                                HTML.td { token.expiresAt.map { Self.format($0) } ?? "безстроково" }
                                HTML.td { Self.format(token.lastUsedAt) }
                                HTML.td {
                                    token.revokedAt != nil
                                        ? "відкликано" : token.isActive(at: now) ? "діє" : "строк минув"
                                }
                                HTML.td {
                                    if token.revokedAt == nil {
                                        actionButton(
                                            "Відкликати", action: "/admin/tokens/\(token.id)/revoke",
                                            context: context, style: .warning)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            HTML.h2 { "Новий токен" }
            if grantable.isEmpty {
                HTML.p { "Ваша роль не має прав, які можна передати токену." }
            } else {
                form.element(action: "/admin/tokens") {
                    form.input("name", label: "Назва", hint: "Для чого токен, наприклад «Термінал ЦНАП, вул. Соборна».")
                    Self.checkboxes(
                        "permissions", legend: "Права токена",
                        options: grantable.map { ($0.key, "\($0.title.uk) (\($0.key))") },
                        checked: checked, error: errors["permissions"])
                    form.input(
                        "expires", label: "Діє до", type: .date, hint: "Порожньо — безстроково; радимо не більше року.",
                        required: false, width: .short)
                    form.submit("Створити токен")
                }
            }
        }
    }

    func createToken(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let fields = try request.formFields()
        let values = Self.values(fields)
        let chosen = fields.values("permissions")
        let grantable = Set(grantableTokenPermissions(actor).map(\.key))
        var errors = FormErrors()
        let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 120 { errors.add("name", "Вкажіть назву токена (до 120 символів).") }
        if chosen.isEmpty { errors.add("permissions", "Оберіть хоча б одне право.") }
        if !chosen.allSatisfy(grantable.contains) {
            errors.add("permissions", "Ви можете передати токену лише власні права.")
        }
        var expires: Date?
        if let text = fields["expires"], !text.isEmpty {
            let kyiv = TimeZone(identifier: "Europe/Kyiv") ?? .gmt
            if let date = CivilDate(text) {
                expires = kyiv.instant(on: date.adding(days: 1), at: LocalTime(hour: 0, minute: 0)!)
                if let expires, expires <= identity.clock.now { errors.add("expires", "Дата має бути в майбутньому.") }
            } else {
                errors.add("expires", "Вкажіть дату у форматі РРРР-ММ-ДД.")
            }
        }
        guard errors.isEmpty else {
            return try await tokensPage(
                context: context, values: values, errors: errors, checked: Set(chosen), status: .unprocessableContent)
        }
        let created = try await identity.tokens.create(
            hromadaID: actor.hromadaID, name: name, permissions: chosen, expiresAt: expires,
            createdBy: actor.displayName)
        try await audit(
            "token.create", context: context, request: request, target: ("token", created.token.prefix),
            after: [
                "name": created.token.name, "permissions": created.token.permissions.joined(separator: ","),
                "expires": created.token.expiresAt.map(ISO8601Milliseconds.format) ?? "",
            ])
        return try await tokensPage(context: context, created: created)
    }
}
