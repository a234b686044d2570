import Foundation

extension AdminPanel {
    func registerDashboard(on router: inout Router) {
        get(&router, AdminPaths.home, .signedIn) { _, context in try await dashboard(context: context) }
    }

    func dashboard(context: RequestContext) async throws -> HTTPResponse {
        let (member, _) = try signedIn(context)
        let hromada = try await community.hromada(id: member.hromadaID)
        let forAll = try await identity.staff.requiresTwoFactorForAll(hromadaID: member.hromadaID)
        let recent = try await identity.audit.entries(
            hromadaID: member.hromadaID, filter: AuditFilter(actorKind: "staff", actorID: member.id), limit: 5)
        let sections = identity.sections(for: member).filter { $0.path != AdminPaths.home }
        return try await page("Огляд", context: context, current: AdminPaths.home) {
            HTML.h1 { "Вітаємо, \(member.displayName)" }
            HTML.p(.class("lead")) { "\(member.role.titleUK) · \(hromada?.name.uk ?? "")" }
            if !member.twoFactorEnabled && !member.needsTwoFactor(hromadaRequiresForAll: forAll) {
                HTML.div(.class("alert alert--warning"), .role("status")) {
                    HTML.p {
                        "Двофакторний вхід для вашого облікового запису вимкнено. "
                        HTML.a(.href("/admin/profile/2fa")) { "Увімкніть його" }
                        " — це кілька хвилин і захист від викраденого пароля."
                    }
                }
            }
            if !sections.isEmpty {
                HTML.h2 { "Розділи" }
                HTML.ul(.class("card-grid")) {
                    for section in sections {
                        HTML.li(.class("card")) { HTML.a(.href(section.path)) { section.title.uk } }
                    }
                }
            }
            HTML.h2 { "Ваші останні дії" }
            if recent.isEmpty {
                HTML.p { "Поки що немає записів." }
            } else {
                HTML.ul {
                    for entry in recent {
                        HTML.li {
                            "\(Self.format(entry.at)) — \(describe(entry.action)) (\(AuditPresentation.outcome(entry.outcome)))"
                        }
                    }
                }
            }
        }
    }
}
