import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The stored form of a conversation: form 2 (compact, Back frames as changes) is written, and form 1 (the
/// `Codable` form every release before it wrote) is still read.
@Suite struct ConversationStateStoredFormTests {
    /// A conversation three steps into a consultation, with a Back frame in another dialogue and a value removed.
    static let deep: ConversationState = {
        let born = ConversationValue.date(CivilDate(year: 1991, month: 8, day: 24)!)
        var state = ConversationState(
            position: .init(dialogueID: "idcard", version: 2, nodeID: "citizen"),
            variables: ["age": .number(35), "born": born, "place": .location(latitude: 49.15, longitude: 31.18)],
            history: [
                .init(position: .init(dialogueID: "main", version: 1, nodeID: "home"), variables: [:]),
                .init(
                    position: .init(dialogueID: "idcard", version: 2, nodeID: "born"), variables: ["age": .number(3)]),
                .init(
                    position: .init(dialogueID: "idcard", version: 2, nodeID: "age"),
                    variables: ["born": born, "tags": .list([.text("a\"b"), .bool(true)])]),
            ],
            retries: 1, language: .en, startedAt: EngineFixtures.now)
        state.updatedAt = EngineFixtures.now.addingTimeInterval(61.5)
        return state
    }()

    @Test func formTwoRoundTrips() throws {
        let json = try Self.deep.encoded()
        #expect(try ConversationState.decode(json) == Self.deep)
        let fresh = ConversationState(
            position: .init(dialogueID: "main", version: 1, nodeID: "home"), startedAt: EngineFixtures.now)
        #expect(try ConversationState.decode(try fresh.encoded()) == fresh)
    }

    @Test func formTwoIsCompactAndStable() throws {
        let fresh = ConversationState(
            position: .init(dialogueID: "main", version: 1, nodeID: "home"), startedAt: EngineFixtures.now)
        #expect(
            try fresh.encoded()
                == #"{"v":2,"at":["main",1,"home"],"lang":"uk","started":1795593600000,"updated":1795593600000}"#)
        #expect(
            try Self.deep.encoded()
                == #"{"v":2,"at":["idcard",2,"citizen"],"vars":{"age":35,"born":{"date":"1991-08-24"},"#
                + #""place":{"latitude":49.15,"longitude":31.18}},"retries":1,"lang":"en","started":1795593600000,"#
                + #""updated":1795593661500,"back":[{"at":["main",1,"home"]},{"at":["idcard",2,"born"],"#
                + #""set":{"age":3}},{"at":["idcard",2,"age"],"set":{"born":{"date":"1991-08-24"},"#
                + #""tags":["a\"b",true]},"unset":["age"]}]}"#)
    }

    @Test func backFramesStoreOnlyWhatChanged() throws {
        // Thirty steps of one consultation, one answer more at each: form 1 repeated every earlier answer in
        // every frame; form 2 stores each answer once per frame it changed in.
        var variables: [String: ConversationValue] = [:]
        var history: [ConversationState.Frame] = []
        for step in 0..<30 {
            history.append(
                .init(position: .init(dialogueID: "long", version: 1, nodeID: "q\(step)"), variables: variables))
            variables["answer\(step)"] = .text("відповідь номер \(step)")
        }
        let state = ConversationState(
            position: .init(dialogueID: "long", version: 1, nodeID: "q30"), variables: variables, history: history,
            startedAt: EngineFixtures.now)
        let json = try state.encoded()
        #expect(json.components(separatedBy: "відповідь номер 7\"").count - 1 == 2, "the frame it was set in, and now")
        #expect(try ConversationState.decode(json) == state)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(json.utf8.count * 5 < (try encoder.encode(state)).count, "form 2 is under a fifth of form 1")
    }

    /// Form 1 exactly as an earlier release stored it (the synthesized `Codable` form, keys sorted, times in
    /// milliseconds).
    static let formOne = """
        {"history":[{"position":{"dialogueID":"main","nodeID":"home","version":1},"variables":{}},\
        {"position":{"dialogueID":"idcard","nodeID":"age","version":1},"variables":{}}],"language":"uk",\
        "position":{"dialogueID":"idcard","nodeID":"citizen","version":1},"retries":0,"startedAt":1795593600000,\
        "updatedAt":1795593661500.25,"variables":{"age":35,"born":{"date":"1991-08-24"}}}
        """

    @Test func formOneIsStillRead() throws {
        let state = try ConversationState.decode(Self.formOne)
        #expect(state.position.description == "idcard@1:citizen")
        #expect(state.variables == ["age": .number(35), "born": .date(CivilDate(year: 1991, month: 8, day: 24)!)])
        #expect(state.history.map(\.position.description) == ["main@1:home", "idcard@1:age"])
        #expect(state.language == .uk)
        #expect(state.updatedAt == Date(timeIntervalSince1970: 1_795_593_661_500.25 / 1000))
        #expect(try ConversationState.decode(try state.encoded()) == state, "and written again as form 2")
    }

    @Test func aConversationStoredInFormOneContinuesAndIsRewrittenInFormTwo() async throws {
        let directory = try TemporaryDirectory()
        let (database, hromadaID) = try await EngineFixtures.demoDatabase(in: directory)
        defer { database.close() }
        try await database.write { db in
            try db.execute(
                "INSERT INTO chatbot_conversations (hromada_id, resident_key, state, updated_at) VALUES (?, ?, ?, ?)",
                hromadaID, "telegram:old", Self.formOne, EngineFixtures.now)
        }
        let service = ConversationService(
            database: database, dialogues: StaticDialogueSource(EngineFixtures.all),
            clock: ManualClock(EngineFixtures.now), log: .discard)
        let reply = try await service.receive(.text("так"), from: "telegram:old", hromadaID: hromadaID)
        #expect(reply.first?.text == "Вам 35 років, маршрут adult.")
        let stored = try await database.read { db in
            try db.scalar(
                "SELECT state FROM chatbot_conversations WHERE resident_key = 'telegram:old'", [], as: String.self)
        }
        #expect(stored?.hasPrefix(#"{"v":2,"#) == true)

        // Back, from a conversation read in form 1, returns to the step its stored history names.
        try await database.write { db in
            try db.execute(
                "UPDATE chatbot_conversations SET state = ? WHERE resident_key = 'telegram:old'", Self.formOne)
        }
        let back = try await service.receive(.button("cmd:back"), from: "telegram:old", hromadaID: hromadaID)
        #expect(back.first?.text == "Скільки вам повних років?")
    }

    @Test func aStoredFormOfAnotherVersionIsRefused() {
        #expect(throws: (any Error).self) { try ConversationState.decode(#"{"v":3,"at":["main",1,"home"]}"#) }
        #expect(throws: (any Error).self) { try ConversationState.decode(#"{"v":2,"at":["main","1","home"]}"#) }
        #expect(throws: (any Error).self) {
            try ConversationState.decode(#"{"v":2,"at":["main",1,"home"],"lang":"de","started":0,"updated":0}"#)
        }
        #expect(throws: (any Error).self) {
            try ConversationState.decode(
                #"{"v":2,"at":["main",1,"home"],"lang":"uk","started":0,"updated":0,"back":[{"at":["main",1,"home"],"unset":[1]}]}"#
            )
        }
    }
}
