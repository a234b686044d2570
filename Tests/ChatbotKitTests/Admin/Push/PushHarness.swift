import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A migrated database with hromadas A (host `a.example.ua`, three settlements in two starosta districts) and B
/// (no host), staff of every role in A and an administrator in B, residents reachable in various ways, API tokens,
/// and the panel with the PUSH section and API behind the access middleware, as the server mounts them. The clock
/// reads 2026-03-28 12:00 UTC (14:00 in Kyiv), the day before the clocks go forward.
///
/// Residents of A: `village1` and `village2` (Telegram, the village of Zelenyi Hai), `hamlet` (Viber, Lisove),
/// `centreNoNews` (Telegram, the centre, turned news off), `centreBlocked` (Telegram, blocked the bot), `webOnly`
/// (the web chat only, never reached). So news to everyone reaches 3 (Telegram 2, Viber 1), outages 4.
struct PushHarness {
    static let start = ISO8601Milliseconds.parse("2026-03-28T12:00:00.000Z")!
    static let centre = "UA11000000000000011"
    static let village = "UA11000000000000012"
    static let hamlet = "UA11000000000000013"
    static let settlementB = "UA22000000000000021"

    let directory: TemporaryDirectory
    let database: SQLiteDatabase
    let clock: ManualClock
    let identity: IdentityServices
    let notify: NotifyStore
    let responder: RouterResponder
    let hromadaA: Int64
    let hromadaB: Int64
    let staffA: [StaffRole: StaffMember]
    let adminB: StaffMember
    /// Tokens of A: `push.send` only; `push.send` and `push.emergency`; `audit.view` only. Of B: `push.send`.
    let tokenSend: String
    let tokenEmergency: String
    let tokenAudit: String
    let tokenB: String
    let residents: [String: Int64]

    /// With `probe`, requests that pass the access checks are answered 299 before their handler runs.
    static func make(probe: Bool = false) async throws -> PushHarness {
        let directory = try TemporaryDirectory("svoyi-push-admin")
        let database = try SQLiteDatabase(path: directory.path("svoyi.sqlite"))
        let modules: [any Module] = [CoreModule(), ChatbotModule()]
        try await Migrator(modules.flatMap(\.migrations)).migrate(database)
        let community = CommunityStore(database: database)
        let a = try #require(
            try await community.createHromada(
                Hromada(slug: "hromada-a", name: LocalizedText(uk: "Громада А"), hosts: ["a.example.ua"])
            ).id)
        let b = try #require(
            try await community.createHromada(Hromada(slug: "hromada-b", name: LocalizedText(uk: "Громада Б"))).id)
        try await database.write { db in
            try CommunityStore.saveInstitution(
                Institution(code: "cnap-a", kind: .cnapOffice, name: "ЦНАП громади А", address: "вул. А, 1"),
                position: 0, hromadaID: a, in: db)
            try CommunityStore.saveDistrict(
                StarostaDistrict(code: "zelenyi-hai", name: LocalizedText(uk: "Зеленогайський округ")), position: 0,
                hromadaID: a, in: db)
            try CommunityStore.saveDistrict(
                StarostaDistrict(code: "lisove", name: LocalizedText(uk: "Лісівський округ")), position: 1,
                hromadaID: a, in: db)
            let places: [(String, String, String?)] = [
                (centre, "Центральне", nil), (village, "Зелений Гай", "zelenyi-hai"), (hamlet, "Лісове", "lisove"),
            ]
            for (index, (code, name, district)) in places.enumerated() {
                try CommunityStore.saveSettlement(
                    Settlement(katottg: code, name: LocalizedText(uk: name), kind: .village, district: district),
                    position: index, hromadaID: a, in: db)
            }
            try CommunityStore.saveSettlement(
                Settlement(katottg: settlementB, name: LocalizedText(uk: "Село Б"), kind: .village), position: 0,
                hromadaID: b, in: db)
        }
        let clock = ManualClock(start)
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
        func token(_ hromada: Int64, _ permissions: [String]) async throws -> String {
            try await identity.tokens.create(
                hromadaID: hromada, name: "token \(permissions.joined(separator: "+"))", permissions: permissions,
                createdBy: "test"
            ).secret
        }
        var residents: [String: Int64] = [:]
        let people: [(String, ResidentChannel, String?, Int64)] = [
            ("village1", .telegram, village, a), ("village2", .telegram, village, a), ("hamlet", .viber, hamlet, a),
            ("centreNoNews", .telegram, centre, a), ("centreBlocked", .telegram, centre, a),
            ("webOnly", .web, centre, a), ("b1", .telegram, settlementB, b),
        ]
        for (name, channel, settlement, hromada) in people {
            let resident = try await identity.residents.findOrCreate(
                channel: channel, externalID: "ext-\(name)", displayName: nil, language: .uk, hromadaID: hromada)
            residents[name] = resident.id
            try await database.write { db in
                try db.execute("UPDATE residents SET settlement = ? WHERE id = ?", settlement, resident.id)
            }
        }
        let notify = NotifyStore(database: database, clock: clock)
        try await notify.setTopic("news", subscribed: false, residentID: residents["centreNoNews"]!, hromadaID: a)
        try await database.write { db in
            try db.execute(
                "UPDATE resident_channels SET status = 'blocked' WHERE resident_id = ?", residents["centreBlocked"]!)
        }
        let panel = AdminPanel(identity: identity)
        var router = Router()
        router.add(RequestIDMiddleware())
        router.add(AdminLanguageMiddleware())
        router.add(AccessControlMiddleware(identity: identity, forbiddenPage: panel.forbiddenPage))
        if probe { router.add(HandlerProbe()) }
        panel.register(on: &router)
        PushAdmin(panel: panel, notify: notify).register(on: &router)
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        return PushHarness(
            directory: directory, database: database, clock: clock, identity: identity, notify: notify,
            responder: responder, hromadaA: a, hromadaB: b, staffA: staffA, adminB: adminB,
            tokenSend: try await token(a, ["push.send"]),
            tokenEmergency: try await token(a, ["push.send", "push.emergency"]),
            tokenAudit: try await token(a, ["audit.view"]), tokenB: try await token(b, ["push.send"]),
            residents: residents)
    }

    /// The section's routes, as the server registers them.
    static func routeTable() throws -> [(method: HTTPMethod, pattern: String, tag: String?)] {
        let database = try SQLiteDatabase(path: ":memory:")
        let identity = try IdentityServices(
            database: database, secretKey: Array(repeating: 7, count: 32), modules: [CoreModule(), ChatbotModule()])
        var router = Router()
        PushAdmin(panel: AdminPanel(identity: identity), notify: NotifyStore(database: database)).register(
            on: &router)
        return router.routeTable
    }

    func close() {
        database.close()
    }

    // MARK: Requests

    /// A full (signed-in) session for `member`.
    func signIn(_ member: StaffMember) async throws -> PushClient {
        let (token, session) = try await identity.sessions.start(
            staffID: member.id, stage: .full, address: "10.0.0.1", userAgent: "test")
        return PushClient(harness: self, token: token, csrf: session.csrfToken)
    }

    func send(
        _ method: HTTPMethod, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) async -> HTTPResponse {
        var fields = headers
        fields.append(("Content-Length", String(body.count)))
        let head = HTTPRequestHead(method: method, target: target, version: .http1_1, headers: HTTPHeaders(fields))
        return await responder.respond(to: HTTPRequest(head: head, body: body, remoteAddress: "10.0.0.1"))
    }

    /// An API call with a bearer token and, for a body, JSON.
    func api(
        _ method: HTTPMethod, _ target: String, token: String, json: String? = nil, headers: [(String, String)] = []
    ) async -> HTTPResponse {
        var fields = headers + [("Authorization", "Bearer \(token)")]
        if json != nil { fields.append(("Content-Type", "application/json")) }
        return await send(method, target, headers: fields, body: Array((json ?? "").utf8))
    }

    /// Hromada `hromadaID`'s (A's by default) audit entries whose action starts with `action`, newest first.
    func audit(_ action: String, hromadaID: Int64? = nil) async throws -> [AuditEntry] {
        try await identity.audit.entries(
            hromadaID: hromadaID ?? hromadaA, filter: AuditFilter(actionPrefix: action), limit: 100)
    }

    /// Every message of hromada A, newest first.
    func messages() async throws -> [NotifyMessage] {
        try await notify.messages(hromadaID: hromadaA)
    }

    /// Writes all of a message's deliveries now (what the `notify.expand` job does at its time).
    func expand(_ id: Int64) async throws {
        let now = clock.now
        while true {
            let step = try await database.write { db in
                try NotifyExpansion.expandBatch(messageID: id, limit: 1_000, now: now, in: db)
            }
            if case .more = step { continue }
            return
        }
    }

    /// Sets the state of up to `count` of a message's deliveries, by resident id.
    func setDeliveries(_ id: Int64, to state: NotifyDeliveryState, count: Int) async throws {
        try await database.write { db in
            try db.execute(
                """
                UPDATE notify_deliveries SET state = ? WHERE id IN (
                    SELECT id FROM notify_deliveries WHERE message_id = ? ORDER BY resident_id LIMIT ?)
                """, state.rawValue, id, count)
        }
    }
}

/// A signed-in staff member's browser: the session cookie, and the session's CSRF token on every form.
struct PushClient {
    let harness: PushHarness
    let token: String
    let csrf: String

    func get(_ target: String, headers: [(String, String)] = []) async -> HTTPResponse {
        await harness.send(.get, target, headers: [("Cookie", "svoyi_session=\(token)")] + headers)
    }

    func post(_ target: String, _ fields: [(String, String)] = []) async -> HTTPResponse {
        let body = Array(URLEncodedFields([("_csrf", csrf)] + fields).encoded.utf8)
        return await harness.send(
            .post, target,
            headers: [
                ("Cookie", "svoyi_session=\(token)"), ("Content-Type", "application/x-www-form-urlencoded"),
            ], body: body)
    }
}

extension HTTPResponse {
    /// The body parsed as a JSON object.
    var json: [String: Any] {
        guard case .bytes(let bytes) = body,
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        else { return [:] }
        return object
    }
}
