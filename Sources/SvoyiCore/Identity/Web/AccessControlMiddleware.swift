import Foundation

/// The one place where access is enforced: every route's declared ``RouteAccess`` is checked here before its
/// handler runs — who the principal is (session cookie under `/admin`, bearer token under `/api`), the stage of
/// sign-in, the permission in the ``PermissionMatrix``, the hromada and unit of every object the route's
/// parameters name (through ``ScopeResolver``s), and the CSRF token of every state-changing request.
///
/// A route under `/admin` or `/api` without a declared access, or with a parameter no resolver knows, is refused:
/// forgetting a declaration closes the route rather than opening it. Every refusal of a known principal is written
/// to the audit log.
public struct AccessControlMiddleware: HTTPMiddleware {
    public let identity: IdentityServices
    /// Renders a refusal page for a staff member in the browser; `nil` answers through the error renderer.
    public let forbiddenPage: (@Sendable (_ message: String, HTTPRequest, RequestContext) -> HTTPResponse)?

    public init(
        identity: IdentityServices,
        forbiddenPage: (@Sendable (String, HTTPRequest, RequestContext) -> HTTPResponse)? = nil
    ) {
        self.identity = identity
        self.forbiddenPage = forbiddenPage
    }

    /// The paths where every route must declare its access.
    public static func isProtected(_ path: String) -> Bool {
        path == "/admin" || path.hasPrefix("/admin/") || path == "/api" || path.hasPrefix("/api/")
    }

    static func isAPI(_ path: String) -> Bool { path == "/api" || path.hasPrefix("/api/") }

    public func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        guard context.route != nil else { return try await next(request, context) }
        let path = "/" + context.path.joined(separator: "/")
        guard let access = RouteAccess(tag: context.routeTag) else {
            guard Self.isProtected(path) else { return try await next(request, context) }
            throw HTTPError(
                .forbidden, "Цей маршрут не оголошує потрібних прав, тому закритий.",
                logDetail: "route \(context.routeLabel) declares no access; refused")
        }
        switch access {
        case .public:
            return try await next(request, context)
        case .signIn:
            return try await signIn(request, context: context, next: next)
        case .pendingSignIn, .signedIn, .permission:
            if Self.isAPI(path) { return try await api(access, request, context: context, next: next) }
            return try await staff(access, request, context: context, next: next)
        }
    }

    // MARK: Staff in the browser

    private func staff(
        _ access: RouteAccess, _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let token = context.cookies[identity.cookieName] ?? ""
        let session: StaffSession
        switch try await identity.sessions.lookup(token: token) {
        case .unknown:
            return signInRedirect(request, context: context, reason: token.isEmpty ? nil : "expired")
        case .ended(let staffID, let reason):
            let member = try await identity.staff.member(id: staffID)
            try await identity.audit.record(
                AuditEntry(
                    hromadaID: member?.hromadaID, at: identity.clock.now,
                    actor: member.map { .staff(id: $0.id, name: $0.displayName) } ?? .anonymous,
                    action: "session.ended", outcome: .denied, targetKind: "route", targetID: context.routeLabel,
                    detail: "session \(reason.rawValue)", address: request.remoteAddress,
                    requestID: context.requestID))
            return signInRedirect(request, context: context, reason: "expired")
        case .live(let live):
            session = live
        }
        guard let member = try await identity.staff.member(id: session.staffID), member.isActive else {
            return signInRedirect(request, context: context, reason: "expired")
        }
        let principal = Principal.staff(member, session)
        var context = context
        context.values[PrincipalKey.self] = principal

        switch (access, session.stage) {
        case (_, _) where context.routeLabel == AdminPaths.signOut:
            break  // signing out works at every stage
        case (.pendingSignIn, .full):
            return redirect(AdminPaths.home)
        case (.pendingSignIn, _):
            break
        case (_, .secondFactor):
            return redirect(AdminPaths.secondFactor)
        case (_, .enrol):
            return redirect(AdminPaths.enrol)
        case (_, .full):
            let allowedWhilePasswordMustChange = [AdminPaths.changePassword, AdminPaths.signOut]
            if member.mustChangePassword, !allowedWhilePasswordMustChange.contains(context.routeLabel) {
                return redirect(AdminPaths.changePassword)
            }
        }

        if request.method.isUnsafe, !csrfMatches(request, expected: session.csrfToken) {
            return try await deny(
                "Форма застаріла або надіслана не з цієї сторінки. Оновіть сторінку й спробуйте ще раз.",
                reason: "csrf", principal: principal, request: request, context: context)
        }
        if case .permission(let key) = access, !identity.allows(principal, key) {
            return try await deny(
                "Ваша роль не дає права на цю дію.", reason: "permission \(key)", principal: principal,
                request: request, context: context)
        }
        if let refusal = try await scopeRefusal(access, principal: principal, context: context) {
            return try await deny(
                refusal.message, reason: refusal.reason, principal: principal, request: request, context: context)
        }
        return try await next(request, context)
    }

    private func signInRedirect(_ request: HTTPRequest, context: RequestContext, reason: String?) -> HTTPResponse {
        var query: [(String, String)] = []
        let path = "/" + context.path.joined(separator: "/")
        if request.method == .get || request.method == .head { query.append(("next", path)) }
        if let reason { query.append(("reason", reason)) }
        let suffix = query.isEmpty ? "" : "?" + URLEncodedFields(query).encoded
        return redirect(AdminPaths.signIn + suffix)
    }

    // MARK: Integrators

    private func api(
        _ access: RouteAccess, _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let header = request.headers["Authorization"] ?? ""
        let presented = header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : ""
        guard let token = try await identity.tokens.authenticate(presented.trimmingCharacters(in: .whitespaces))
        else {
            throw HTTPError(
                .unauthorized, "Потрібен дійсний API-токен у заголовку Authorization: Bearer.",
                headers: HTTPHeaders([("WWW-Authenticate", "Bearer realm=\"svoyi\"")]))
        }
        let principal = Principal.token(token)
        var context = context
        context.values[PrincipalKey.self] = principal
        let allowed: Bool =
            switch access {
            case .permission(let key): identity.allows(principal, key)
            case .signedIn: true  // any valid token (`/api/v1/me`)
            default: false
            }
        guard allowed else {
            return try await deny(
                "Токен не має права на цю дію.", reason: "permission \(access)", principal: principal,
                request: request, context: context)
        }
        if let refusal = try await scopeRefusal(access, principal: principal, context: context) {
            return try await deny(
                refusal.message, reason: refusal.reason, principal: principal, request: request, context: context)
        }
        return try await next(request, context)
    }

    // MARK: Shared checks

    /// Why the objects the route names are out of the principal's reach, or `nil` when they are within it.
    private func scopeRefusal(
        _ access: RouteAccess, principal: Principal, context: RequestContext
    ) async throws -> (message: String, reason: String)? {
        let names = context.parameters.names
        guard !names.isEmpty else { return nil }
        var resolutions: [(String, ScopeResolution)] = []
        for name in names {
            guard let resolver = identity.resolvers[name], let value = context.parameters[name] else {
                return ("Цей маршрут не оголошує, чиї дані він показує, тому закритий.", "unresolved parameter \(name)")
            }
            let resolution = try await identity.database.read { db in
                try resolver.resolve(value, principal.hromadaID, principal.member?.id, db)
            }
            resolutions.append((name, resolution))
        }
        for (name, resolution) in resolutions {
            switch resolution {
            case .notFound:
                throw HTTPError(.notFound)
            case .otherHromada:
                return ("Ці дані належать іншій громаді або іншому працівнику.", "outside hromada: \(name)")
            case .inHromada(let unit):
                guard case .permission(let key) = access, let unit, let member = principal.member,
                    member.role.isUnitScoped, identity.matrix.permission(key)?.scope == .unit
                else { continue }
                if !member.units.contains(unit) {
                    return ("Цей підрозділ не закріплений за вами.", "outside unit: \(unit)")
                }
            }
        }
        return nil
    }

    private func csrfMatches(_ request: HTTPRequest, expected: String) -> Bool {
        var presented = request.headers["X-CSRF-Token"]
        if presented == nil, let type = request.headers["Content-Type"] {
            switch MediaType.essence(of: type) {
            case "application/x-www-form-urlencoded": presented = (try? request.formFields())?[Form.csrfFieldName]
            // A multipart body is parsed once, by its handler; the token comes in the form's action URL.
            case "multipart/form-data":
                presented = (try? URLEncodedFields(parsing: Array(request.rawQuery.utf8)))?[Form.csrfFieldName]
            default: break
            }
        }
        guard let presented, !presented.isEmpty else { return false }
        return ConstantTime.equals(Array(presented.utf8), Array(expected.utf8))
    }

    private func deny(
        _ message: String, reason: String, principal: Principal, request: HTTPRequest, context: RequestContext
    ) async throws -> HTTPResponse {
        try await identity.record(
            principal, hromadaID: principal.hromadaID, action: "access.denied", outcome: .denied,
            target: ("route", "\(request.method) \(context.routeLabel)"), detail: reason, request: request,
            context: context)
        if let forbiddenPage, principal.member != nil { return forbiddenPage(message, request, context) }
        throw HTTPError(.forbidden, message)
    }

    private func redirect(_ location: String) -> HTTPResponse {
        HTTPResponse(
            status: .seeOther, headers: HTTPHeaders([("Location", location), ("Cache-Control", "no-store")]))
    }

    // MARK: Sign-in pages

    private func signIn(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var context = context
        let existing = context.cookies[identity.signInCookieName].flatMap { $0.utf8.count == 43 ? $0 : nil }
        if request.method.isUnsafe {
            guard let existing, csrfMatches(request, expected: existing) else {
                return redirect(AdminPaths.signIn + "?reason=form")
            }
        }
        let token = existing ?? SecureRandom.token(bytes: 32)
        context.values[SignInFormTokenKey.self] = token
        if let session = try await identity.sessions.session(token: context.cookies[identity.cookieName] ?? ""),
            let member = try await identity.staff.member(id: session.staffID)
        {
            context.values[PrincipalKey.self] = .staff(member, session)
        }
        var response = try await next(request, context)
        if existing == nil {
            response.headers.add(
                "Set-Cookie", identity.cookie(identity.signInCookieName, token, request: request).headerValue)
        }
        return response
    }

}

/// The context key under which the sign-in pages find their form's CSRF token.
public enum SignInFormTokenKey: ContextKey {
    public typealias Value = String
}

extension HTTPMethod {
    /// Whether the method may change state (and so needs a CSRF token).
    public var isUnsafe: Bool { self != .get && self != .head && self != .options }
}
