import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A migrated database with one hromada whose catalogue has `passport-id`, and a dialogue store over it whose
/// clock reads 2026-02-01 and whose modules provide `queue.book`.
struct DialogueStoreHarness {
    let dir: TemporaryDirectory
    let database: SQLiteDatabase
    let hromadaID: Int64
    let store: DialogueStore

    init() async throws {
        dir = try TemporaryDirectory("chatbot-store")
        database = try SQLiteDatabase(path: dir.path("svoyi.sqlite"))
        try await Migrator(CoreModule().migrations + ChatbotModule().migrations).migrate(database)
        let hromada = try await CommunityStore(database: database).createHromada(
            Hromada(slug: "bucha", name: LocalizedText(uk: "Бучанська громада")))
        let hromadaID = try #require(hromada.id)
        self.hromadaID = hromadaID
        try await database.write { db in
            try CommunityStore.saveService(
                Service(
                    code: "passport-id", name: "Паспорт (ID-картка)", description: "", cost: .fixed(kopecks: 47_000),
                    term: ServiceTerm(amount: 20, unit: .workingDays)),
                position: 0, hromadaID: hromadaID, in: db)
        }
        store = DialogueStore(
            database: database, knownActions: ["queue.book"],
            clock: ManualClock(ISO8601Milliseconds.parse("2026-02-01T09:00:00.000Z")!))
    }

    /// A small valid dialogue `id` whose end says `farewell`, with extra nodes JSON appended to its node list.
    static func json(_ id: String, farewell: String = "Бувайте", start: String = "a", nodes: String = "") -> Data {
        Data(
            """
            {"schema": "svoyi-dialogue/1", "id": "\(id)", "version": 1, "kind": "information",
             "title": {"uk": "Діалог \(id)", "en": "Dialogue \(id)"}, "start": "\(start)",
             "nodes": {"a": {"kind": "end", "text": {"uk": "\(farewell)", "en": "Bye"}}\(nodes)}}
            """.utf8)
    }

    static func dialogue(
        _ id: String, farewell: String = "Бувайте", start: String = "a", nodes: String = ""
    ) throws
        -> Dialogue
    {
        try Dialogue.decode(json: json(id, farewell: farewell, start: start, nodes: nodes))
    }

    /// `version:status` of every stored version of `id`.
    func statuses(_ id: String) async throws -> [String] {
        try await store.history(id: id, hromadaID: hromadaID).map { "\($0.version):\($0.status.rawValue)" }
    }

    /// Every row of the library, to show that a refused change wrote nothing.
    func rows() async throws -> [String] {
        try await database.read { db in
            try db.query("SELECT dialogue_id, version, status FROM chatbot_dialogues ORDER BY dialogue_id, version")
                .map {
                    "\(try $0.get("dialogue_id", as: String.self))@\(try $0.get("version", as: Int.self)) \(try $0.get("status", as: String.self))"
                }
        }
    }
}
