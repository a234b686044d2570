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
    let fixture: AdminSectionFixture
    let store: DialogueStore
    let responder: RouterResponder

    var database: SQLiteDatabase { fixture.database }
    var identity: IdentityServices { fixture.identity }
    var hromadaA: Int64 { fixture.hromadaA }
    var hromadaB: Int64 { fixture.hromadaB }
    var staffA: [StaffRole: StaffMember] { fixture.staffA }
    var adminB: StaffMember { fixture.adminB }

    /// With `probe`, requests that pass the access checks are answered 299 before their handler runs.
    static func make(probe: Bool = false) async throws -> DialogueAdminHarness {
        let clock = ManualClock(ISO8601Milliseconds.parse("2026-02-01T09:00:00.000Z")!)
        let fixture = try await AdminSectionFixture.make("svoyi-dialogue-admin", clock: clock)
        let store = DialogueStore(database: fixture.database, knownActions: nil, clock: clock)
        _ = try await store.importSet(
            [try main(), try idCard()], hromadaID: fixture.hromadaA, publish: true, by: "system")
        _ = try await store.importSet(
            [try dialogue(id: "b-only")], hromadaID: fixture.hromadaB, publish: true, by: "system")
        let conversations = ConversationService(
            database: fixture.database, dialogues: store, clock: clock, log: .discard)
        let responder = try fixture.responder(probe: probe) { panel, router in
            DialogueAdmin(panel: panel, store: store, conversations: conversations).register(on: &router)
        }
        return DialogueAdminHarness(fixture: fixture, store: store, responder: responder)
    }

    /// The section's routes, as the server registers them.
    static func routeTable() throws -> [(method: HTTPMethod, pattern: String, tag: String?)] {
        try AdminSectionFixture.routeTable { panel, database, router in
            let store = DialogueStore(database: database, knownActions: nil)
            DialogueAdmin(
                panel: panel, store: store, conversations: ConversationService(database: database, dialogues: store)
            )
            .register(on: &router)
        }
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
        try await fixture.signIn(member, on: responder)
    }

    /// `version:status` of every stored version of `id` in hromada A.
    func statuses(_ id: String) async throws -> [String] {
        try await store.history(id: id, hromadaID: hromadaA).map { "\($0.version):\($0.status.rawValue)" }
    }

    /// Hromada A's (or `hromadaID`'s) audit entries whose action starts with `action`, newest first.
    func audit(_ action: String, hromadaID: Int64? = nil) async throws -> [AuditEntry] {
        try await fixture.audit(action, hromadaID: hromadaID)
    }
}
