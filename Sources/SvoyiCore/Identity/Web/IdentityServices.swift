/// Everything the access middleware and the admin panel need, built once at start from the mounted modules.
///
/// ```swift
/// let identity = try IdentityServices(
///     database: database, secretKey: try directory.secretKey(), modules: modules)
/// router.add(AccessControlMiddleware(identity: identity))
/// AdminPanel(identity: identity, hromadaName: name).register(on: &router)
/// ```
public struct IdentityServices: Sendable {
    public let database: any Database
    public let clock: any WallClock
    public let staff: StaffStore
    public let sessions: SessionStore
    public let audit: AuditLog
    public let tokens: APITokenStore
    /// The hromadas' residents, for the panel's residents pages and the identity-provider hook.
    public let residents: ResidentStore
    /// The identity providers whose hooks ``IdentityHooks`` accepts, by ``IdentityProvider/name``; none by default.
    public var identityProviders: [String: any IdentityProvider] = [:]
    /// Every mounted module's permissions.
    public let matrix: PermissionMatrix
    /// Every mounted module's admin menu entries, in menu order.
    public let sections: [AdminSection]
    /// The audit actions' staff-facing names and filter groups: the core's and every mounted module's.
    public let auditNames: AuditNames
    /// Route-parameter resolvers by parameter name.
    public let resolvers: [String: ScopeResolver]
    /// Limits sign-in attempts per client address, before any password is hashed.
    public let signInLimiter: RateLimiter
    /// How many sign-in attempts (passwords and codes) an address may make: 10 a minute.
    public var signInLimit = RateLimit(requests: 10, per: 60)
    /// The session cookie's name.
    public var cookieName = "svoyi_session"
    /// The sign-in form's double-submit CSRF cookie.
    public var signInCookieName = "svoyi_signin"
    /// Whether cookies are `Secure` on every request, not only those a trusted proxy marks as TLS.
    public var alwaysSecureCookies = false
    /// The issuer authenticator apps show beside the account.
    public var issuer = "Svoyi"

    public init(
        database: any Database, secretKey: [UInt8], modules: [any Module], clock: any WallClock = SystemClock(),
        hasher: PasswordHasher = PasswordHasher(), sessionPolicy: SessionPolicy = SessionPolicy(),
        resolvers: [ScopeResolver] = []
    ) throws {
        self.database = database
        self.clock = clock
        staff = StaffStore(database: database, secretKey: secretKey, clock: clock, hasher: hasher)
        sessions = SessionStore(database: database, clock: clock, policy: sessionPolicy)
        audit = AuditLog(database: database)
        tokens = APITokenStore(database: database, clock: clock)
        residents = ResidentStore(
            database: database, secretKey: secretKey, clock: clock,
            dataProviders: try ResidentDataProvider.checked(modules.flatMap(\.residentData)))
        matrix = try PermissionMatrix(modules: modules)
        sections = modules.flatMap(\.adminSections).sorted { ($0.order, $0.path) < ($1.order, $1.path) }
        var byName: [String: ScopeResolver] = [:]
        for resolver in ScopeResolver.core + modules.flatMap(\.scopeResolvers) + resolvers {
            byName[resolver.parameter] = resolver
        }
        self.resolvers = byName
        auditNames = AuditNames(
            actions: AuditPresentation.actions.merging(modules.flatMap(\.auditNames.actions)) { core, _ in core },
            groups: AuditPresentation.groups + modules.flatMap(\.auditNames.groups))
        signInLimiter = RateLimiter()
    }

    /// The jobs that need every mounted module's hooks, for the server's ``JobRunner`` beside each module's own
    /// ``Module/jobHandlers``: the daily purge of anonymous web-chat residents
    /// (``ResidentStore/anonymousPurgeJob(providers:)``; schedule it with ``ResidentStore/schedulePurge(at:in:)``).
    public var jobHandlers: [JobHandler] { [ResidentStore.anonymousPurgeJob(providers: residents.dataProviders)] }

    /// Whether `principal` may use permission `key`: a staff member's role holds it, or a token carries it (and
    /// the permission may be given to tokens).
    public func allows(_ principal: Principal, _ key: String) -> Bool {
        switch principal {
        case .staff(let member, _): matrix.allows(member.role, key)
        case .token(let token):
            token.permissions.contains(key) && (matrix.permission(key)?.allowsTokens ?? false)
        }
    }

    /// A cookie for the panel: `Path=/admin`, `HttpOnly`, `SameSite=Strict`, `Secure` behind TLS (or always with
    /// ``alwaysSecureCookies``).
    public func cookie(_ name: String, _ value: String, request: HTTPRequest, maxAge: Int? = nil) -> SetCookie {
        // Names and values are ours (base64url tokens), so the cookie is always valid.
        (try? SetCookie(
            name: name, value: value, path: "/admin", maxAge: maxAge, httpOnly: true,
            secure: alwaysSecureCookies || request.isSecure, sameSite: .strict))!
    }

    /// The menu entries `member` may see.
    public func sections(for member: StaffMember) -> [AdminSection] {
        sections.filter { section in section.permission.map { matrix.allows(member.role, $0) } ?? true }
    }

    /// Records an audit entry now; failures to write it are reported, never hidden.
    public func record(
        _ principal: Principal?, hromadaID: Int64?, action: String, outcome: AuditOutcome = .ok,
        target: (kind: String, id: String)? = nil, detail: String? = nil, before: [String: String]? = nil,
        after: [String: String]? = nil, request: HTTPRequest, context: RequestContext
    ) async throws {
        try await audit.record(
            AuditEntry(
                hromadaID: hromadaID, at: clock.now, actor: principal?.actor ?? .anonymous, action: action,
                outcome: outcome, targetKind: target?.kind, targetID: target?.id, detail: detail, before: before,
                after: after, address: request.remoteAddress, requestID: context.requestID))
    }
}
