import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// What the chatbot's admin-section harnesses share: a migrated database (core and chatbot modules), hromadas A
/// (with the ЦНАП office `cnap-a`) and B, staff of every role in A and an administrator in B (passwords hashed
/// with 1,000 iterations), and the panel with one section behind the access middleware, as the server mounts them,
/// driven in-process.
struct AdminSectionFixture {
    static let modules: [any Module] = [CoreModule(), ChatbotModule()]

    let directory: TemporaryDirectory
    let database: SQLiteDatabase
    let identity: IdentityServices
    let hromadaA: Int64
    let hromadaB: Int64
    let staffA: [StaffRole: StaffMember]
    let adminB: StaffMember

    /// A fixture in a temporary directory named `name`; hromada A answers at `hostsA`. `seed` adds what a section
    /// needs (settlements, districts…) in one transaction, given A's and B's ids.
    static func make(
        _ name: String, clock: any WallClock, hostsA: [String] = [],
        seed: (_ a: Int64, _ b: Int64, _ db: any DatabaseConnection) throws -> Void = { _, _, _ in }
    ) async throws -> AdminSectionFixture {
        let directory = try TemporaryDirectory(name)
        let database = try SQLiteDatabase(path: directory.path("svoyi.sqlite"))
        try await Migrator(modules.flatMap(\.migrations)).migrate(database)
        let community = CommunityStore(database: database)
        let a = try #require(
            try await community.createHromada(
                Hromada(slug: "hromada-a", name: LocalizedText(uk: "Громада А"), hosts: hostsA)
            ).id)
        let b = try #require(
            try await community.createHromada(Hromada(slug: "hromada-b", name: LocalizedText(uk: "Громада Б"))).id)
        try await database.write { db in
            try CommunityStore.saveInstitution(
                Institution(code: "cnap-a", kind: .cnapOffice, name: "ЦНАП громади А", address: "вул. А, 1"),
                position: 0, hromadaID: a, in: db)
            try seed(a, b, db)
        }
        let identity = try IdentityServices(
            database: database, secretKey: Array(repeating: 7, count: 32), modules: modules, clock: clock,
            hasher: PasswordHasher(iterations: 1_000))
        var staffA: [StaffRole: StaffMember] = [:]
        for role in StaffRole.allCases {
            staffA[role] = try await identity.staff.create(
                NewStaffMember(
                    hromadaID: a, login: "a-\(role.rawValue)", displayName: "A \(role.titleEN)", role: role,
                    units: role == .unitManager ? ["cnap-a"] : [], password: "correct horse battery staple",
                    mustChangePassword: false))
        }
        let adminB = try await identity.staff.create(
            NewStaffMember(
                hromadaID: b, login: "b-admin", displayName: "B admin", role: .admin,
                password: "correct horse battery staple", mustChangePassword: false))
        return AdminSectionFixture(
            directory: directory, database: database, identity: identity, hromadaA: a, hromadaB: b, staffA: staffA,
            adminB: adminB)
    }

    /// The panel and the section `register` adds, behind the access middleware. With `probe`, requests that pass
    /// the access checks are answered 299 before their handler runs.
    func responder(probe: Bool, _ register: (AdminPanel, inout Router) -> Void) throws -> RouterResponder {
        let panel = AdminPanel(identity: identity)
        var router = Router()
        router.add(RequestIDMiddleware())
        router.add(AdminLanguageMiddleware())
        router.add(AccessControlMiddleware(identity: identity, forbiddenPage: panel.forbiddenPage))
        if probe { router.add(HandlerProbe()) }
        panel.register(on: &router)
        register(panel, &router)
        return try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
    }

    /// The routes `register` adds, as the server registers them (over an empty in-memory database).
    static func routeTable(
        _ register: (AdminPanel, any Database, inout Router) -> Void
    ) throws -> [(method: HTTPMethod, pattern: String, tag: String?)] {
        let database = try SQLiteDatabase(path: ":memory:")
        let identity = try IdentityServices(
            database: database, secretKey: Array(repeating: 7, count: 32), modules: modules)
        var router = Router()
        register(AdminPanel(identity: identity), database, &router)
        return router.routeTable
    }

    /// A full (signed-in) session for `member` on `responder`.
    func signIn(_ member: StaffMember, on responder: RouterResponder) async throws -> StaffClient {
        let (token, session) = try await identity.sessions.start(
            staffID: member.id, stage: .full, address: "10.0.0.1", userAgent: "test")
        return StaffClient(responder: responder, token: token, csrf: session.csrfToken)
    }

    /// Hromada `hromadaID`'s (A's by default) audit entries whose action starts with `action`, newest first.
    func audit(_ action: String, hromadaID: Int64? = nil) async throws -> [AuditEntry] {
        try await identity.audit.entries(
            hromadaID: hromadaID ?? hromadaA, filter: AuditFilter(actionPrefix: action), limit: 100)
    }
}

/// One request to `responder` from 10.0.0.1, with its `Content-Length`.
func send(
    _ responder: RouterResponder, _ method: HTTPMethod, _ target: String, headers: [(String, String)] = [],
    body: [UInt8] = []
) async -> HTTPResponse {
    let head = HTTPRequestHead(
        method: method, target: target, version: .http1_1,
        headers: HTTPHeaders(headers + [("Content-Length", String(body.count))]))
    return await responder.respond(to: HTTPRequest(head: head, body: body, remoteAddress: "10.0.0.1"))
}

/// A signed-in staff member's browser: the session cookie, and the session's CSRF token on every form.
struct StaffClient {
    let responder: RouterResponder
    let token: String
    let csrf: String

    func get(_ target: String, headers: [(String, String)] = []) async -> HTTPResponse {
        await send(responder, .get, target, headers: [("Cookie", "svoyi_session=\(token)")] + headers)
    }

    func post(_ target: String, _ fields: [(String, String)] = []) async -> HTTPResponse {
        await send(
            responder, .post, target,
            headers: [
                ("Cookie", "svoyi_session=\(token)"), ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            body: Array(URLEncodedFields([("_csrf", csrf)] + fields).encoded.utf8))
    }
}

/// Answers 299 for every request that got past the access middleware, without running handlers.
struct HandlerProbe: HTTPMiddleware {
    func handle(
        _ request: HTTPRequest, context: RequestContext,
        next: (HTTPRequest, RequestContext) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        HTTPResponse(status: HTTPStatus(299, "Reached handler"))
    }
}

extension HTTPResponse {
    /// The body as text.
    var text: String {
        if case .bytes(let bytes) = body { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }

    var location: String? { headers["Location"] }

    /// The body parsed as a JSON object.
    var json: [String: Any] {
        guard case .bytes(let bytes) = body,
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        else { return [:] }
        return object
    }
}
