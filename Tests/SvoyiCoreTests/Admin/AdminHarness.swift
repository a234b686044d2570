import Foundation
import SvoyiCore

/// A migrated database with two hromadas (A and B), staff of every role in A, a head administrator and an
/// administrator in B, an API token and a resident in each, and the admin panel and the identity hooks mounted on a
/// router behind the access middleware, all driven in-process.
struct AdminHarness {
    let directory: URL
    let database: SQLiteDatabase
    let clock: ManualClock
    let identity: IdentityServices
    let responder: RouterResponder
    let hromadaA: Int64
    let hromadaB: Int64
    /// Staff of hromada A by role.
    let staffA: [StaffRole: StaffMember]
    let ownerB: StaffMember
    let adminB: StaffMember
    let tokenA: APIToken
    let tokenB: APIToken
    /// A resident of A (Telegram) and one of B (Viber).
    let residentA: Resident
    let residentB: Resident
    /// A unit of A that A's unit manager manages, one they do not, and one that exists only in B.
    static let managedUnit = "cnap-main"
    static let unmanagedUnit = "cnap-branch"
    static let otherHromadaUnit = "b-only-office"
    /// The password every harness account has.
    static let password = "correct horse battery staple"

    /// Builds the harness. With `probe`, requests that pass the access checks stop at a probe answering 299
    /// instead of reaching the handler, so access decisions are tested without side effects. Each of `brokers`
    /// (name → shared secret) becomes a ``SignedAssertionProvider`` on the harness's clock.
    static func make(probe: Bool = false, brokers: [String: [UInt8]] = [:]) async throws -> AdminHarness {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "svoyi-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("test.sqlite").path)
        let modules: [any Module] = [CoreModule()]
        try await Migrator(modules.flatMap(\.migrations)).migrate(database)
        let community = CommunityStore(database: database)
        let a = try await community.importBundle(Fixtures.bundle(slug: "hromada-a", digit: "1"))
        let b = try await community.importBundle(Fixtures.bundle(slug: "hromada-b", digit: "2"))
        try await database.write { db in
            try CommunityStore.saveInstitution(
                Institution(code: otherHromadaUnit, kind: .cnapOffice, name: "ЦНАП громади Б", address: "вул. Б, 1"),
                position: 99, hromadaID: b.id!, in: db)
        }
        let clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        var identity = try IdentityServices(
            database: database, secretKey: Array(repeating: 7, count: 32), modules: modules, clock: clock,
            hasher: PasswordHasher(iterations: 1_000))
        identity.issuer = "Svoyi test"
        for (name, secret) in brokers {
            identity.identityProviders[name] = SignedAssertionProvider(name: name, secret: secret, clock: clock)
        }
        var staffA: [StaffRole: StaffMember] = [:]
        for role in StaffRole.allCases {
            staffA[role] = try await identity.staff.create(
                NewStaffMember(
                    hromadaID: a.id!, login: "a-\(role.rawValue)", displayName: "A \(role.titleEN)", role: role,
                    units: role == .unitManager ? [managedUnit] : [], password: password, mustChangePassword: false))
        }
        let ownerB = try await identity.staff.create(
            NewStaffMember(
                hromadaID: b.id!, login: "b-owner", displayName: "B owner", role: .headAdmin, password: password,
                mustChangePassword: false))
        let adminB = try await identity.staff.create(
            NewStaffMember(
                hromadaID: b.id!, login: "b-admin", displayName: "B admin", role: .admin, password: password,
                mustChangePassword: false))
        let tokenA = try await identity.tokens.create(
            hromadaID: a.id!, name: "A site", permissions: ["audit.view"], createdBy: "test"
        ).token
        let tokenB = try await identity.tokens.create(
            hromadaID: b.id!, name: "B site", permissions: ["audit.view"], createdBy: "test"
        ).token
        let residentA = try await identity.residents.findOrCreate(
            channel: .telegram, externalID: "tg-a-1", displayName: "Оксана Мельник", language: .uk, hromadaID: a.id!)
        let residentB = try await identity.residents.findOrCreate(
            channel: .viber, externalID: "vb-b-1", displayName: "Петро Бойко", language: .uk, hromadaID: b.id!)
        let panel = AdminPanel(identity: identity)
        var router = Router()
        router.add(RequestIDMiddleware())
        router.add(AdminLanguageMiddleware())
        router.add(AccessControlMiddleware(identity: identity, forbiddenPage: panel.forbiddenPage))
        if probe { router.add(ReachedHandlerProbe()) }
        panel.register(on: &router)
        IdentityHooks(identity: identity).register(on: &router)
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        return AdminHarness(
            directory: directory, database: database, clock: clock, identity: identity, responder: responder,
            hromadaA: a.id!, hromadaB: b.id!, staffA: staffA, ownerB: ownerB, adminB: adminB, tokenA: tokenA,
            tokenB: tokenB, residentA: residentA, residentB: residentB)
    }

    /// The routes the panel registers, for tests generated from the route table.
    static func routeTable() throws -> [(method: HTTPMethod, pattern: String, tag: String?)] {
        let identity = try IdentityServices(
            database: try SQLiteDatabase(path: ":memory:"), secretKey: Array(repeating: 7, count: 32),
            modules: [CoreModule()])
        var router = Router()
        AdminPanel(identity: identity).register(on: &router)
        return router.routeTable
    }

    func close() {
        database.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A full (signed-in) session for `member`: its cookie token and the session.
    func signIn(_ member: StaffMember) async throws -> (token: String, session: StaffSession) {
        try await identity.sessions.start(staffID: member.id, stage: .full, address: "10.0.0.1", userAgent: "test")
    }

    /// Sends a request in-process. `form` is sent URL-encoded, or else `body` as it is; `cookies` as one Cookie
    /// header.
    func send(
        _ method: HTTPMethod, _ target: String, cookies: [String: String] = [:], form: [(String, String)]? = nil,
        body raw: [UInt8] = [], headers: [(String, String)] = [], address: String = "10.0.0.1"
    ) async -> HTTPResponse {
        var fields = headers
        if !cookies.isEmpty {
            fields.append(
                ("Cookie", cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")))
        }
        var body = raw
        if let form {
            body = Array(URLEncodedFields(form).encoded.utf8)
            fields.append(("Content-Type", "application/x-www-form-urlencoded"))
        }
        fields.append(("Content-Length", String(body.count)))
        let head = HTTPRequestHead(method: method, target: target, version: .http1_1, headers: HTTPHeaders(fields))
        return await responder.respond(to: HTTPRequest(head: head, body: body, remoteAddress: address))
    }

    /// The entries of the audit log of `hromadaID` with `action`.
    func audit(_ hromadaID: Int64, action: String) async throws -> [AuditEntry] {
        try await identity.audit.entries(hromadaID: hromadaID, filter: AuditFilter(actionPrefix: action), limit: 500)
    }
}

/// Answers 299 for every request that got this far: placed after the access middleware, it shows which requests
/// the middleware let through, without running handlers.
struct ReachedHandlerProbe: HTTPMiddleware {
    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        HTTPResponse(status: HTTPStatus(299, "Reached handler"))
    }
}

extension HTTPResponse {
    /// The value of a cookie this response sets, if any.
    func cookie(_ name: String) -> String? {
        for value in headers.values("Set-Cookie") where value.hasPrefix("\(name)=") {
            return String(value.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }
}
