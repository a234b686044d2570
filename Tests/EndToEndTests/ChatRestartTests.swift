import Foundation
import SvoyiTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The web chat against the real `svoyi-server` binary: a conversation survives a restart of the server in the
/// middle of a consultation, and concurrent messages of one session are applied one at a time.
@Suite struct ChatRestartTests {
    struct Reply: Decodable {
        struct Message: Decodable {
            struct Button: Decodable {
                let label: String
                let payload: String
            }
            let kind: String
            let text: String
            let buttons: [Button]
        }
        let session: String
        let messages: [Message]

        /// The payload of the button whose label is `label`, if the reply has one.
        func button(_ label: String) -> String? {
            messages.flatMap(\.buttons).first { $0.label == label }?.payload
        }

        var texts: [String] { messages.map(\.text) }
    }

    static let idCardQuestion = "Паспорт громадянина України (ID-картка): підкажу"
    static let ageQuestion = "Скільки повних років цій особі?"
    static let situationQuestion = "Яка ваша ситуація?"
    static let oldButton = "Ця кнопка з попереднього повідомлення."

    /// Starts the server on `data` and returns it with its base URL.
    func start(_ data: String) async throws -> (ChildProcess, String) {
        let process = try ChildProcess(
            buildProductsDirectory.appendingPathComponent("svoyi-server"), ["--port", "0", "--data-dir", data])
        let line = try await process.waitForLine(startingWith: "  Listening on ")
        return (process, String(line.dropFirst("  Listening on ".count)))
    }

    func stop(_ process: ChildProcess) async throws {
        process.signal(SIGTERM)
        try await process.waitForExit()
        #expect(process.exitStatus == 0)
    }

    /// `POST /api/v1/chat` with `body`; the reply must be 200 and JSON.
    func chat(_ base: String, _ body: [String: String], session: URLSession = .shared) async throws -> Reply {
        var request = URLRequest(url: try #require(URL(string: base + "/api/v1/chat")))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("uk", forHTTPHeaderField: "Accept-Language")  // URLSession would send the system's (en)
        request.httpBody = try JSONEncoder().encode(body)
        let (data, response) = try await session.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode
        #expect(status == 200, "\(String(decoding: data, as: UTF8.self))")
        return try JSONDecoder().decode(Reply.self, from: data)
    }

    /// From a new session through the menus to the first question of the ID card consultation.
    func openIDCard(_ base: String) async throws -> Reply {
        let menu = try await chat(base, [:])
        let services = try await chat(base, ["session": menu.session, "button": try #require(menu.button("Послуги"))])
        let documents = try await chat(
            base, ["session": menu.session, "button": try #require(services.button("Особисті документи"))])
        let idCard = try await chat(
            base, ["session": menu.session, "button": try #require(documents.button("Паспорт (ID-картка)"))])
        #expect(idCard.texts.last?.hasPrefix(Self.idCardQuestion) == true, "\(idCard.texts)")
        return idCard
    }

    @Test func aConversationContinuesWhereItWasAfterARestart() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e-chat")
        let data = dir.path("data")
        var (server, base) = try await start(data)
        let idCard = try await openIDCard(base)
        let session = idCard.session
        // The first answer: a Ukrainian citizen; the next step asks the age.
        let citizen = try await chat(
            base, ["session": session, "button": try #require(idCard.button("Так, громадянин(ка) України"))])
        #expect(citizen.texts.last == Self.ageQuestion)
        try await stop(server)

        (server, base) = try await start(data)
        // The age, in the same session after the restart: the consultation goes on to the situation question.
        let age = try await chat(base, ["session": session, "text": "30"])
        #expect(age.session == session)
        #expect(age.texts.last == Self.situationQuestion, "\(age.texts)")
        #expect(age.button("Послуги") == nil, "not the main menu: \(age.texts)")
        // Back still remembers the steps from before the restart: the age question, then the citizenship one.
        let back = try await chat(base, ["session": session, "button": "cmd:back"])
        #expect(back.texts.last == Self.ageQuestion)
        let again = try await chat(base, ["session": session, "button": "cmd:back"])
        #expect(again.texts.last?.hasPrefix(Self.idCardQuestion) == true, "\(again.texts)")
        try await stop(server)
    }

    @Test func twentyConcurrentMessagesOfOneSessionAreAppliedOneAtATime() async throws {
        let dir = try TemporaryDirectory("svoyi-e2e-chat")
        let (server, base) = try await start(dir.path("data"))
        let menu = try await chat(base, [:])
        let session = menu.session
        let services = try #require(menu.button("Послуги"))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 20
        let client = URLSession(configuration: configuration)
        // The same button of the main menu, twenty times at once: the first applied moves to «Послуги»; every
        // later one finds the conversation there, so its button is from an earlier message.
        let replies = try await withThrowingTaskGroup(of: Reply.self) { group in
            for _ in 0..<20 {
                group.addTask { try await chat(base, ["session": session, "button": services], session: client) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.count == 20)
        #expect(replies.allSatisfy { $0.session == session })
        let applied = replies.filter { $0.texts.first?.hasPrefix(Self.oldButton) == false }
        #expect(applied.count == 1, "\(replies.map(\.texts))")
        #expect(replies.filter { $0.texts.first?.hasPrefix(Self.oldButton) == true }.count == 19)
        // Every reply shows the «Послуги» menu, and the conversation is there, one step from the main menu.
        #expect(replies.allSatisfy { $0.button("Особисті документи") != nil })
        let documents = try await chat(
            base, ["session": session, "button": try #require(applied.first?.button("Особисті документи"))])
        #expect(documents.button("Паспорт (ID-картка)") != nil, "\(documents.texts)")
        let back = try await chat(base, ["session": session, "button": "cmd:back"])
        #expect(back.button("Особисті документи") != nil, "\(back.texts)")
        let home = try await chat(base, ["session": session, "button": "cmd:back"])
        #expect(home.button("Послуги") != nil, "\(home.texts)")
        #expect(home.button("⬅ Назад") == nil, "the main menu has no Back: \(home.texts)")
        client.invalidateAndCancel()
        try await stop(server)
    }
}
