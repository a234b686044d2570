import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A migrated database with hromadas A and B, staff of every role in A and an administrator in B, a small library
/// in each (A: `main` and the consultation `idcard`, published; B: `b-only`), and the panel with the dialogue
/// section behind the access middleware, as the server mounts them, driven in-process. The clock reads
/// 2026-02-01 09:00 UTC.
struct DialogueAdminHarness {
    let directory: TemporaryDirectory
    let database: SQLiteDatabase
    let identity: IdentityServices
    let store: DialogueStore
    let responder: RouterResponder
    let hromadaA: Int64
    let hromadaB: Int64
    let staffA: [StaffRole: StaffMember]
    let adminB: StaffMember

    /// With `probe`, requests that pass the access checks are answered 299 before their handler runs.
    static func make(probe: Bool = false) async throws -> DialogueAdminHarness {
        let directory = try TemporaryDirectory("svoyi-dialogue-admin")
        let database = try SQLiteDatabase(path: directory.path("svoyi.sqlite"))
        let modules: [any Module] = [CoreModule(), ChatbotModule()]
        try await Migrator(modules.flatMap(\.migrations)).migrate(database)
        let community = CommunityStore(database: database)
        let a = try #require(
            try await community.createHromada(Hromada(slug: "hromada-a", name: LocalizedText(uk: "Громада А"))).id)
        let b = try #require(
            try await community.createHromada(Hromada(slug: "hromada-b", name: LocalizedText(uk: "Громада Б"))).id)
        try await database.write { db in
            try CommunityStore.saveInstitution(
                Institution(code: "cnap-a", kind: .cnapOffice, name: "ЦНАП громади А", address: "вул. А, 1"),
                position: 0, hromadaID: a, in: db)
        }
        let clock = ManualClock(ISO8601Milliseconds.parse("2026-02-01T09:00:00.000Z")!)
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
        let store = DialogueStore(database: database, knownActions: nil, clock: clock)
        _ = try await store.importSet([try main(), try idCard()], hromadaID: a, publish: true, by: "system")
        _ = try await store.importSet([try dialogue(id: "b-only")], hromadaID: b, publish: true, by: "system")
        let conversations = ConversationService(database: database, dialogues: store, clock: clock, log: .discard)
        let panel = AdminPanel(identity: identity)
        var router = Router()
        router.add(RequestIDMiddleware())
        router.add(AdminLanguageMiddleware())
        router.add(AccessControlMiddleware(identity: identity, forbiddenPage: panel.forbiddenPage))
        if probe { router.add(HandlerProbe()) }
        panel.register(on: &router)
        DialogueAdmin(panel: panel, store: store, conversations: conversations).register(on: &router)
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        return DialogueAdminHarness(
            directory: directory, database: database, identity: identity, store: store, responder: responder,
            hromadaA: a, hromadaB: b, staffA: staffA, adminB: adminB)
    }

    /// The section's routes, as the server registers them.
    static func routeTable() throws -> [(method: HTTPMethod, pattern: String, tag: String?)] {
        let database = try SQLiteDatabase(path: ":memory:")
        let identity = try IdentityServices(
            database: database, secretKey: Array(repeating: 7, count: 32), modules: [CoreModule(), ChatbotModule()])
        let store = DialogueStore(database: database, knownActions: nil)
        var router = Router()
        DialogueAdmin(
            panel: AdminPanel(identity: identity), store: store,
            conversations: ConversationService(database: database, dialogues: store)
        ).register(on: &router)
        return router.routeTable
    }

    // MARK: Dialogues

    static func json(
        id: String, kind: String = "information", title: String? = nil, greeting: String = "Вітаємо!",
        start: String = "hello", extra: String = ""
    ) -> String {
        """
        {"schema": "svoyi-dialogue/1", "id": "\(id)", "version": 1, "kind": "\(kind)",
         "title": {"uk": "\(title ?? "Діалог \(id)")", "en": "Dialogue \(id)"}, "start": "\(start)",
         "keywords": [{"uk": "слово \(id)", "en": "word \(id)"}]\(extra),
         "nodes": {
           "hello": {"kind": "menu", "text": {"uk": "\(greeting)", "en": "Hello!"},
                     "options": [{"label": {"uk": "Далі", "en": "Next"}, "goto": "done"}]},
           "done": {"kind": "end", "text": {"uk": "Готово!", "en": "Done!"}}
         }}
        """
    }

    static func dialogue(id: String) throws -> Dialogue {
        try Dialogue.decode(json: Data(json(id: id).utf8))
    }

    /// A consultation whose review (last 2025-06-01, every 180 days) fell due on 2025-11-28.
    static func idCard(greeting: String = "Оформимо ID-картку.") throws -> Dialogue {
        try Dialogue.decode(
            json: Data(
                json(
                    id: "idcard", kind: "consultation", title: "Паспорт у формі ID-картки", greeting: greeting,
                    extra: #", "review": {"legalBasis": ["ПКМУ від 25.03.2015 № 302"], "#
                        + #""sources": ["https://diia.gov.ua"], "lastReviewed": "2025-06-01"}"#
                ).utf8))
    }

    static func main() throws -> Dialogue {
        try Dialogue.decode(
            json: Data(
                """
                {"schema": "svoyi-dialogue/1", "id": "main", "version": 1, "kind": "menu",
                 "title": {"uk": "Головне меню", "en": "Main menu"}, "start": "home",
                 "nodes": {"home": {"kind": "menu", "text": {"uk": "Чим допомогти?", "en": "How can I help?"},
                   "options": [{"label": {"uk": "Паспорт", "en": "Passport"}, "goto": "dialogue:idcard"}]}}}
                """.utf8))
    }

    // MARK: Requests

    /// A full (signed-in) session for `member`.
    func signIn(_ member: StaffMember) async throws -> StaffClient {
        let (token, session) = try await identity.sessions.start(
            staffID: member.id, stage: .full, address: "10.0.0.1", userAgent: "test")
        return StaffClient(harness: self, token: token, csrf: session.csrfToken)
    }

    func send(
        _ method: HTTPMethod, _ target: String, token: String, form: [(String, String)]? = nil
    ) async -> HTTPResponse {
        var fields: [(String, String)] = [("Cookie", "svoyi_session=\(token)")]
        var body: [UInt8] = []
        if let form {
            body = Array(URLEncodedFields(form).encoded.utf8)
            fields.append(("Content-Type", "application/x-www-form-urlencoded"))
        }
        fields.append(("Content-Length", String(body.count)))
        let head = HTTPRequestHead(method: method, target: target, version: .http1_1, headers: HTTPHeaders(fields))
        return await responder.respond(to: HTTPRequest(head: head, body: body, remoteAddress: "10.0.0.1"))
    }

    /// `version:status` of every stored version of `id` in hromada A.
    func statuses(_ id: String) async throws -> [String] {
        try await store.history(id: id, hromadaID: hromadaA).map { "\($0.version):\($0.status.rawValue)" }
    }

    /// Hromada A's audit entries whose action starts with `action`, newest first.
    func audit(_ action: String, hromadaID: Int64? = nil) async throws -> [AuditEntry] {
        try await identity.audit.entries(
            hromadaID: hromadaID ?? hromadaA, filter: AuditFilter(actionPrefix: action), limit: 100)
    }
}

/// A signed-in staff member's browser: the session cookie, and the session's CSRF token on every form.
struct StaffClient {
    let harness: DialogueAdminHarness
    let token: String
    let csrf: String

    func get(_ target: String) async -> HTTPResponse {
        await harness.send(.get, target, token: token)
    }

    func post(_ target: String, _ fields: [(String, String)] = []) async -> HTTPResponse {
        await harness.send(.post, target, token: token, form: [("_csrf", csrf)] + fields)
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
}
