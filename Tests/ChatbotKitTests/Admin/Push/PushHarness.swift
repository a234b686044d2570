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

    let fixture: AdminSectionFixture
    let clock: ManualClock
    let notify: NotifyStore
    let responder: RouterResponder
    /// Tokens of A: `push.send` only; `push.send` and `push.emergency`; `audit.view` only. Of B: `push.send`.
    let tokenSend: String
    let tokenEmergency: String
    let tokenAudit: String
    let tokenB: String
    let residents: [String: Int64]

    var database: SQLiteDatabase { fixture.database }
    var identity: IdentityServices { fixture.identity }
    var hromadaA: Int64 { fixture.hromadaA }
    var hromadaB: Int64 { fixture.hromadaB }
    var staffA: [StaffRole: StaffMember] { fixture.staffA }
    var adminB: StaffMember { fixture.adminB }

    /// With `probe`, requests that pass the access checks are answered 299 before their handler runs.
    static func make(probe: Bool = false) async throws -> PushHarness {
        let clock = ManualClock(start)
        let fixture = try await AdminSectionFixture.make(
            "svoyi-push-admin", clock: clock, hostsA: ["a.example.ua"]
        ) { a, b, db in
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
        let (database, identity, a, b) = (fixture.database, fixture.identity, fixture.hromadaA, fixture.hromadaB)
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
        let responder = try fixture.responder(probe: probe) { panel, router in
            PushAdmin(panel: panel, notify: notify).register(on: &router)
        }
        return PushHarness(
            fixture: fixture, clock: clock, notify: notify, responder: responder,
            tokenSend: try await token(a, ["push.send"]),
            tokenEmergency: try await token(a, ["push.send", "push.emergency"]),
            tokenAudit: try await token(a, ["audit.view"]), tokenB: try await token(b, ["push.send"]),
            residents: residents)
    }

    /// The section's routes, as the server registers them.
    static func routeTable() throws -> [(method: HTTPMethod, pattern: String, tag: String?)] {
        try AdminSectionFixture.routeTable { panel, database, router in
            PushAdmin(panel: panel, notify: NotifyStore(database: database)).register(on: &router)
        }
    }

    func close() {
        database.close()
    }

    // MARK: Requests

    /// A full (signed-in) session for `member`.
    func signIn(_ member: StaffMember) async throws -> StaffClient {
        try await fixture.signIn(member, on: responder)
    }

    func send(
        _ method: HTTPMethod, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) async -> HTTPResponse {
        await ChatbotKitTests.send(responder, method, target, headers: headers, body: body)
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
        try await fixture.audit(action, hromadaID: hromadaID)
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
