public import Foundation

/// The admin panel (`/admin`) and identity's JSON API (`/api/v1/me`, `/api/v1/audit`): sign-in with 2FA, the dashboard, staff and roles, the audit log, API tokens, the
/// hromada's sign-in rules, units, residents, and each staff member's profile and sessions. Server-rendered, in Ukrainian,
/// usable without JavaScript; every form carries the session's CSRF token and every route declares its access.
///
/// ```swift
/// let panel = AdminPanel(identity: identity)
/// panel.register(on: &router)
/// router.add(AccessControlMiddleware(identity: identity, forbiddenPage: panel.forbiddenPage))
/// ```
public struct AdminPanel: Sendable {
    public let identity: IdentityServices
    let community: CommunityStore

    public init(identity: IdentityServices) {
        self.identity = identity
        self.community = CommunityStore(database: identity.database)
    }

    /// Registers every panel route on `router`, each with its declared access.
    public func register(on router: inout Router) {
        registerSignIn(on: &router)
        registerDashboard(on: &router)
        registerProfile(on: &router)
        registerStaff(on: &router)
        registerRoles(on: &router)
        registerAudit(on: &router)
        registerTokens(on: &router)
        registerSecurity(on: &router)
        registerUnits(on: &router)
        registerResidents(on: &router)
        registerAPI(on: &router)
    }

    /// The refusal page the access middleware shows a signed-in staff member (403, inside the panel's frame).
    public var forbiddenPage: @Sendable (String, HTTPRequest, RequestContext) -> HTTPResponse {
        { message, _, context in
            let layout = AdminLayout(
                hromadaName: "", member: context.principal?.member, session: context.principal?.session,
                sections: context.principal?.member.map { identity.sections(for: $0) } ?? [], currentPath: "")
            let page = layout.render(title: "Доступ заборонено") {
                HTML.h1 { "Доступ заборонено" }
                HTML.p(.class("lead")) { message }
                HTML.p {
                    "Якщо вам потрібен цей доступ, зверніться до адміністратора громади. Спробу записано в журнал дій."
                }
                HTML.p { HTML.a(.href(AdminPaths.home)) { "Повернутися на головну панелі" } }
            }
            return Self.html(page, status: .forbidden)
        }
    }

    // MARK: Route registration

    public func get(
        _ router: inout Router, _ pattern: String, _ access: RouteAccess,
        _ handler: @escaping @Sendable (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) {
        router.get(pattern, tag: access.tag, handler)
    }

    public func post(
        _ router: inout Router, _ pattern: String, _ access: RouteAccess,
        _ handler: @escaping @Sendable (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) {
        router.post(pattern, bodyLimit: 64 * 1024, tag: access.tag, handler)
    }

    // MARK: Helpers for handlers

    /// The signed-in staff member and session; the middleware guarantees them on staff routes.
    public func signedIn(_ context: RequestContext) throws -> (member: StaffMember, session: StaffSession) {
        guard let member = context.principal?.member, let session = context.principal?.session else {
            throw HTTPError(.forbidden)
        }
        return (member, session)
    }

    /// A page in the panel's frame for the signed-in member.
    public func page(
        _ title: String, context: RequestContext, current: String, status: HTTPStatus = .ok,
        @HTMLBuilder main: () -> HTML
    ) async throws -> HTTPResponse {
        let member = context.principal?.member
        var hromadaName = ""
        if let member { hromadaName = try await community.hromada(id: member.hromadaID)?.name.uk ?? "" }
        let layout = AdminLayout(
            hromadaName: hromadaName, member: member, session: context.principal?.session,
            sections: member.map { identity.sections(for: $0) } ?? [], currentPath: current)
        return Self.html(layout.render(title: title, main: main()), status: status)
    }

    public static func html(_ page: HTML, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: HTTPHeaders([
                ("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"),
                ("Content-Language", "uk"),
            ]),
            body: .bytes(page.renderBytes()))
    }

    public static func redirect(_ location: String) -> HTTPResponse {
        HTTPResponse(status: .seeOther, headers: HTTPHeaders([("Location", location), ("Cache-Control", "no-store")]))
    }

    /// The submitted form fields as a dictionary (the last value of a repeated name) for re-displaying a form.
    /// Password fields are never sent back.
    public static func values(_ fields: URLEncodedFields) -> [String: String] {
        var values: [String: String] = [:]
        for field in fields where !field.name.lowercased().contains("password") && field.name != Form.csrfFieldName {
            values[field.name] = field.value
        }
        return values
    }

    /// A form for the signed-in member's session.
    public func form(
        _ context: RequestContext, values: [String: String] = [:], errors: FormErrors = FormErrors()
    ) -> Form {
        Form(
            localizer: Localizer(language: .uk), values: values, errors: errors,
            csrfToken: context.principal?.session?.csrfToken)
    }

    /// A one-button form posting to `action` (disable, revoke, end a session).
    public func actionButton(
        _ label: String, action: String, context: RequestContext, style: ButtonStyle = .secondary
    ) -> HTML {
        HTML.form(.class("inline-form"), HTMLAttribute("action", action), HTMLAttribute("method", "post")) {
            if let token = context.principal?.session?.csrfToken { Form.csrfField(token: token) }
            HTML.button(.type("submit"), .class(style.className)) { label }
        }
    }

    /// Records an audit entry for the request's principal in its hromada.
    public func audit(
        _ action: String, context: RequestContext, request: HTTPRequest, outcome: AuditOutcome = .ok,
        target: (kind: String, id: String)? = nil, detail: String? = nil, before: [String: String]? = nil,
        after: [String: String]? = nil
    ) async throws {
        try await identity.record(
            context.principal, hromadaID: context.principal?.hromadaID, action: action, outcome: outcome,
            target: target, detail: detail, before: before, after: after, request: request, context: context)
    }

    /// A date and time for staff, in Kyiv time: `21.11.2026 14:05`.
    public static func format(_ date: Date?) -> String {
        guard let date else { return "—" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "uk_UA")
        formatter.timeZone = TimeZone(identifier: "Europe/Kyiv")
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// A success notice.
    public static func notice(_ text: String) -> HTML {
        HTML.div(.class("alert alert--success"), .role("status")) { HTML.p { text } }
    }
}
