import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct ConversationServiceTests {
    func service(
        _ database: any Database, _ dialogues: [Dialogue] = EngineFixtures.all, actions: [ConversationAction] = [],
        lock: KeyedSerialLock = KeyedSerialLock()
    ) -> ConversationService {
        ConversationService(
            database: database, dialogues: StaticDialogueSource(dialogues), actions: actions,
            clock: ManualClock(EngineFixtures.now), log: .discard, lock: lock)
    }

    @Test func aConversationContinuesAfterTheServerRestarts() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        let first = service(database)
        _ = try await first.receive(.text("паспорт"), from: "telegram:1", hromadaID: hromadaID)
        _ = try await first.receive(.text("35"), from: "telegram:1", hromadaID: hromadaID)
        database.close()

        let reopened = try SQLiteDatabase(path: directory.path("svoyi.sqlite"))
        defer { reopened.close() }
        let second = service(reopened)
        let stored = try await second.state(of: "telegram:1", hromadaID: hromadaID)
        #expect(stored?.position.description == "idcard@1:citizen")
        #expect(stored?.variables["age"] == .number(35))
        let reply = try await second.receive(.text("так"), from: "telegram:1", hromadaID: hromadaID)
        #expect(reply.first?.text == "Вам 35 років, маршрут adult.")
        // Another resident of the same hromada has a conversation of their own.
        let other = try await second.receive(.text("/start"), from: "telegram:2", hromadaID: hromadaID)
        #expect(other.first?.text == "Чим допомогти?")
    }

    @Test func aConversationStaysOnItsVersionAfterANewerOneIsPublished() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        _ = try await service(database).receive(.text("паспорт"), from: "web:a", hromadaID: hromadaID)
        let newer = EngineFixtures.idCard(version: 2, greeting: "Нова версія.")
        let both = service(database, EngineFixtures.all + [newer])
        let reply = try await both.receive(.button("cmd:back"), from: "web:a", hromadaID: hromadaID)
        #expect(reply.first?.text == "Чим допомогти?")
        _ = try await both.receive(.text("паспорт"), from: "web:a", hromadaID: hromadaID)
        var state = try await both.state(of: "web:a", hromadaID: hromadaID)
        #expect(state?.position.version == 2, "a new start takes the published version")

        _ = try await service(database).receive(.text("паспорт"), from: "web:b", hromadaID: hromadaID)
        _ = try await both.receive(.text("35"), from: "web:b", hromadaID: hromadaID)
        let back = try await both.receive(.text("назад"), from: "web:b", hromadaID: hromadaID)
        #expect(back.first?.text == "Скільки вам повних років?")
        state = try await both.state(of: "web:b", hromadaID: hromadaID)
        #expect(state?.position.description == "idcard@1:age", "pinned to version 1")
    }

    @Test func aConversationWhoseVersionIsGoneRestartsAtTheMainMenuPolitely() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        _ = try await service(database).receive(.text("паспорт"), from: "web:c", hromadaID: hromadaID)
        let withoutV1 = service(database, [EngineFixtures.main, EngineFixtures.idCard(version: 2)])
        let reply = try await withoutV1.receive(.text("35"), from: "web:c", hromadaID: hromadaID)
        #expect(
            reply.map(\.text) == [
                "Цю розмову оновили, тож почнімо з головного меню.", "Чим допомогти?", "Сайт громади",
            ])
    }

    @Test func fiftyConcurrentInputsForOneResidentAreAppliedInArrivalOrder() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        let collect = EngineFixtures.dialogue(
            """
            {"schema": "svoyi-dialogue/1", "id": "list", "version": 1, "kind": "information",
             "title": {"uk": "Список"}, "start": "item",
             "nodes": {
               "item": {"kind": "question", "variable": "item", "input": "text", "text": {"uk": "{{items}}"},
                        "next": [{"goto": "add"}]},
               "add": {"kind": "action", "action": "test.append", "arguments": {"item": {"var": "item"}},
                       "next": [{"goto": "item"}]}
             }}
            """)
        let append = ConversationAction(name: "test.append", summary: "Appends") { call in
            guard case .list(let items) = call.variables["items"] ?? .list([]), let item = call.arguments["item"] else {
                return ConversationActionResult()
            }
            return ConversationActionResult(variables: ["items": .list(items + [item])])
        }
        let lock = KeyedSerialLock()
        let bot = service(database, [EngineFixtures.main, collect], actions: [append], lock: lock)
        _ = try await bot.receive(.text("список"), from: "viber:x", hromadaID: hromadaID)

        // Hold the resident's key so the inputs queue up in a known order, then let them all run.
        let key = ConversationService.lockKey("viber:x", hromadaID: hromadaID)
        await lock.acquire(key)
        let replies = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<50 {
                group.addTask {
                    let reply = try await bot.receive(.text("\(index)"), from: "viber:x", hromadaID: hromadaID)
                    return (index, reply.first?.text ?? "")
                }
                await lock.waitUntilWaiting(index + 1, for: key)
            }
            lock.release(key)
            var replies: [Int: String] = [:]
            for try await (index, text) in group { replies[index] = text }
            return replies
        }
        let state = try await bot.state(of: "viber:x", hromadaID: hromadaID)
        let expected = (0..<50).map { ConversationValue.text("\($0)") }
        #expect(state?.variables["items"] == .list(expected))
        // Each reply saw exactly the answers that arrived before it.
        for index in 0..<50 {
            #expect(replies[index] == expected[...index].map(\.description).joined(separator: ", "))
        }
        #expect(lock.heldKeys == 0)
    }

    @Test func differentResidentsDoNotWaitForEachOther() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        let lock = KeyedSerialLock()
        let bot = service(database, lock: lock)
        let busy = ConversationService.lockKey("telegram:busy", hromadaID: hromadaID)
        await lock.acquire(busy)
        let reply = try await bot.receive(.text("/start"), from: "telegram:free", hromadaID: hromadaID)
        #expect(reply.first?.text == "Чим допомогти?")
        #expect(lock.waiting(for: busy) == 0)
        lock.release(busy)
        #expect(lock.heldKeys == 0)
    }

    @Test func aStoredStateThatCannotBeReadStartsAfresh() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        try await database.write { db in
            try db.execute(
                "INSERT INTO chatbot_conversations (hromada_id, resident_key, state, updated_at) VALUES (?, ?, ?, ?)",
                hromadaID, "web:old", "{\"format\": 0}", EngineFixtures.now)
        }
        let reply = try await service(database).receive(.text("/start"), from: "web:old", hromadaID: hromadaID)
        #expect(reply.first?.text == "Чим допомогти?")
        let state = try await service(database).state(of: "web:old", hromadaID: hromadaID)
        #expect(state?.position.description == "main@1:home")
    }

    @Test func stateRoundTripsThroughItsStoredJSON() throws {
        var state = ConversationState(
            position: .init(dialogueID: "idcard", version: 2, nodeID: "age"),
            variables: ["age": .number(35), "born": .date(CivilDate(year: 1991, month: 8, day: 24)!)],
            history: [.init(position: .init(dialogueID: "main", version: 1, nodeID: "home"), variables: [:])],
            retries: 1, language: .en, startedAt: EngineFixtures.now)
        state.updatedAt = EngineFixtures.now.addingTimeInterval(61.5)
        let json = try state.encoded()
        #expect(json.contains("\"lang\":\"en\""))
        #expect(try ConversationState.decode(json) == state)
    }
}
