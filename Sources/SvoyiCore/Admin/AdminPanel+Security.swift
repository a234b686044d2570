extension AdminPanel {
    func registerSecurity(on router: inout Router) {
        let access = RouteAccess.permission(Permission.securityManage.key)
        get(&router, "/admin/security", access) { _, context in try await securityPage(context: context) }
        post(&router, "/admin/security", access) { request, context in
            let (actor, _) = try signedIn(context)
            let before = try await identity.staff.requiresTwoFactorForAll(hromadaID: actor.hromadaID)
            let after = try request.formFields()["two_factor_for_all"] == "yes"
            try await identity.staff.setRequiresTwoFactorForAll(after, hromadaID: actor.hromadaID)
            try await audit(
                "security.update", context: context, request: request, target: ("hromada", String(actor.hromadaID)),
                before: ["2fa_for_all": before ? "yes" : "no"], after: ["2fa_for_all": after ? "yes" : "no"])
            return Self.redirect("/admin/security?done=saved")
        }
    }

    func securityPage(context: RequestContext) async throws -> HTTPResponse {
        let (actor, _) = try signedIn(context)
        let forAll = try await identity.staff.requiresTwoFactorForAll(hromadaID: actor.hromadaID)
        let form = form(context, values: ["two_factor_for_all": forAll ? "yes" : ""])
        let policy = identity.sessions.policy
        return try await page("Безпека входу", context: context, current: "/admin/security") {
            HTML.h1 { "Безпека входу" }
            if context.query["done"] == "saved" { Self.notice("Правила входу збережено.") }
            form.element(action: "/admin/security") {
                form.checkbox(
                    "two_factor_for_all", label: "Вимагати двофакторний вхід від усіх працівників громади",
                    hint: "Працівники без налаштованого другого фактора налаштують його під час наступного входу. "
                        + "Для головного адміністратора він обов'язковий завжди.")
                form.submit("Зберегти")
            }
            HTML.h2 { "Що діє завжди" }
            HTML.ul {
                HTML.li { "Паролі — щонайменше 12 символів; зберігаються лише як PBKDF2-SHA256 (600 000 ітерацій)." }
                HTML.li {
                    "Після 5 невдалих спроб з однієї адреси вхід з неї призупиняється на 1 хвилину, далі вдвічі довше, "
                        + "але не більше ніж на 15 хвилин. Інші адреси це не зачіпає."
                }
                HTML.li {
                    "Сеанс завершується після \(policy.idleTimeout.components.seconds / 60) хв бездіяльності та "
                        + "не пізніше ніж через \(policy.absoluteTimeout.components.seconds / 3600) год після входу."
                }
                HTML.li { "Тимчасовий пароль від адміністратора не скасовує двофакторного входу." }
            }
        }
    }
}
