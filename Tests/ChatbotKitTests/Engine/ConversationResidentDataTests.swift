import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// A resident's conversations belong to their data: in the export, erased with them, and an anonymous web-chat
/// visitor's go with the visitor after 90 days.
@Suite struct ConversationResidentDataTests {
    struct Setup {
        let database: SQLiteDatabase
        let hromadaID: Int64
        let clock: ManualClock
        let identity: IdentityServices
        let service: ConversationService
    }

    func setUp(_ directory: TemporaryDirectory) async throws -> Setup {
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        let clock = ManualClock(EngineFixtures.now)
        let identity = try IdentityServices(
            database: database, secretKey: Array(repeating: 5, count: 32), modules: [CoreModule(), ChatbotModule()],
            clock: clock)
        let service = ConversationService(
            database: database, dialogues: StaticDialogueSource(EngineFixtures.all), clock: clock, log: .discard)
        return Setup(database: database, hromadaID: hromadaID, clock: clock, identity: identity, service: service)
    }

    @Test func keysFollowTheChannelLinks() {
        #expect(ConversationStore.key(channel: .telegram, externalID: "123") == "telegram:123")
        #expect(ConversationStore.key(channel: .viber, externalID: "AbC=") == "viber:AbC=")
        #expect(ConversationStore.key(channel: .web, externalID: "web:h4sh") == "web:h4sh")
        #expect(ConversationStore.key(residentID: 42) == "resident:42")
    }

    @Test func theExportHoldsTheConversationAndDeletionErasesIt() async throws {
        let directory = try TemporaryDirectory("svoyi-conversation-data")
        let setup = try await setUp(directory)
        defer { setup.database.close() }
        let residents = setup.identity.residents
        let hromadaID = setup.hromadaID
        let resident = try await residents.findOrCreate(
            channel: .telegram, externalID: "1001", displayName: "Олена", language: .uk, hromadaID: hromadaID)
        _ = try await setup.service.receive(.text("паспорт"), from: "telegram:1001", hromadaID: hromadaID)
        _ = try await setup.service.receive(.text("35"), from: "telegram:1001", hromadaID: hromadaID)
        _ = try await setup.service.receive(.text("/start"), from: "resident:\(resident.id)", hromadaID: hromadaID)
        _ = try await setup.service.receive(.text("паспорт"), from: "telegram:2002", hromadaID: hromadaID)

        let export = try await residents.export(residentID: resident.id, hromadaID: hromadaID)
        let conversations = try #require(export.sections["chatbot.conversations"]).elements
        #expect(conversations.map { $0["key"]?.string } == ["telegram:1001", "resident:\(resident.id)"])
        let state = try #require(conversations.first?["state"])
        #expect(state["position"]?["nodeID"]?.string == "citizen")
        #expect(state["variables"]?["age"] == .integer(35))
        #expect(conversations.first?["updatedAt"]?.string == "2026-11-25T08:00:00.000Z")
        let json = String(decoding: try export.jsonData(), as: UTF8.self)
        #expect(json.contains(#""chatbot.conversations" : ["#))

        try await residents.delete(residentID: resident.id, hromadaID: hromadaID)
        #expect(try await setup.service.state(of: "telegram:1001", hromadaID: hromadaID) == nil)
        #expect(try await setup.service.state(of: "resident:\(resident.id)", hromadaID: hromadaID) == nil)
        // Someone else's conversation stays.
        #expect(try await setup.service.state(of: "telegram:2002", hromadaID: hromadaID) != nil)
    }

    @Test func anAbandonedWebVisitorGoesWithTheConversationAndAnActiveOneStays() async throws {
        let directory = try TemporaryDirectory("svoyi-web-purge")
        let setup = try await setUp(directory)
        defer { setup.database.close() }
        let hromadaID = setup.hromadaID
        let chat = WebChat(
            receive: setup.service.webChatReceiver, open: setup.service.webChatOpener,
            community: CommunityStore(database: setup.database),
            residents: setup.identity.residents, secretKey: Array(repeating: 6, count: 32))
        var router = Router()
        chat.register(on: &router)
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: "Тест"))
        func post(_ json: String) async throws -> String {
            let body = Array(json.utf8)
            let head = HTTPRequestHead(
                method: .post, target: "/api/v1/chat", version: .http1_1,
                headers: HTTPHeaders([
                    ("Host", "localhost"), ("Content-Type", "application/json"), ("Content-Length", "\(body.count)"),
                ]))
            let response = await responder.respond(to: HTTPRequest(head: head, body: body))
            #expect(response.status.code == 200)
            guard case .bytes(let bytes) = response.body else { return "" }
            let reply = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            return try #require(reply?["session"] as? String)
        }
        let gone = try await post("{}")
        let staying = try await post("{}")
        _ = try await post(#"{"session":"\#(gone)","text":"паспорт"}"#)
        // 60 days on, one visitor keeps chatting; 31 days after that the daily job runs.
        setup.clock.advance(by: 60 * 86_400)
        _ = try await post(#"{"session":"\#(staying)","text":"паспорт"}"#)
        setup.clock.advance(by: 31 * 86_400)
        try await setup.database.write { db in try ResidentStore.schedulePurge(at: setup.clock.now, in: db) }
        let runner = JobRunner(
            database: setup.database, handlers: setup.identity.jobHandlers + ChatbotModule().jobHandlers,
            clock: setup.clock)
        #expect(try await runner.runDueJobs() == 1)

        let residents = try await setup.identity.residents.list(
            hromadaID: hromadaID, search: nil, level: nil, limit: 10, offset: 0)
        #expect(residents.count == 1)
        let key = try #require(residents.first?.channels.first?.externalID)
        #expect(try await setup.service.state(of: key, hromadaID: hromadaID) != nil)
        let remaining = try await setup.database.read { db in
            try db.query("SELECT resident_key FROM chatbot_conversations").map {
                try $0.get("resident_key", as: String.self)
            }
        }
        #expect(remaining == [key])
    }
}
