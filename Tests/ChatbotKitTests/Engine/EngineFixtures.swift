import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport

/// Dialogues, contexts and a chat driver shared by the engine tests.
enum EngineFixtures {
    /// 2026-11-25 10:00 in Kyiv, a Wednesday.
    static let now = Date(timeIntervalSince1970: 1_795_593_600)
    static let hromadaID: Int64 = 1

    static func dialogue(_ json: String) -> Dialogue {
        try! JSONDecoder().decode(Dialogue.self, from: Data(json.utf8))
    }

    static let main = dialogue(
        """
        {"schema": "svoyi-dialogue/1", "id": "main", "version": 1, "kind": "menu",
         "title": {"uk": "Головне меню", "en": "Main menu"}, "start": "home",
         "keywords": [{"uk": "головне меню"}],
         "nodes": {
           "home": {"kind": "menu", "text": {"uk": "Чим допомогти?", "en": "How can I help?"},
                    "options": [
                      {"label": {"uk": "Паспорт", "en": "Passport"}, "goto": "dialogue:idcard"},
                      {"label": {"uk": "Укриття", "en": "Shelters"}, "goto": "dialogue:shelters"},
                      {"label": {"uk": "Сайт громади"}, "goto": "https://example.gov.ua"}]}
         }}
        """)

    static func idCard(version: Int = 1, greeting: String = "Оформимо ID-картку.") -> Dialogue {
        dialogue(
            """
            {"schema": "svoyi-dialogue/1", "id": "idcard", "version": \(version), "kind": "consultation",
             "title": {"uk": "Паспорт громадянина України у формі ID-картки", "en": "ID card"},
             "start": "hello",
             "keywords": [{"uk": "паспорт", "en": "passport"}, {"uk": "ID-картка"}, {"uk": "обмін паспорта"}],
             "variables": {"age": {"type": "number"}, "citizen": {"type": "choice", "values": ["ua", "other"]}},
             "nodes": {
               "hello": {"kind": "message", "text": {"uk": "\(greeting)", "en": "Let's get an ID card."},
                         "next": [{"goto": "age"}]},
               "age": {"kind": "question", "variable": "age", "input": "number",
                       "text": {"uk": "Скільки вам повних років?", "en": "How old are you?"},
                       "validation": {"min": 0, "max": 120},
                       "next": [{"when": {"var": "age", "op": "lt", "value": 14}, "goto": "minor"},
                                {"goto": "citizen"}]},
               "minor": {"kind": "end", "text": {"uk": "До 14 років ID-картку оформлюють за бажанням батьків."}},
               "citizen": {"kind": "question", "variable": "citizen", "input": "choice",
                           "text": {"uk": "Ви громадянин України?", "en": "Are you a citizen of Ukraine?"},
                           "options": [{"value": "ua", "label": {"uk": "Так", "en": "Yes"}},
                                       {"value": "other", "label": {"uk": "Ні", "en": "No"}}],
                           "next": [{"when": {"all": [{"var": "citizen", "op": "eq", "value": "ua"},
                                                       {"var": "age", "op": "ge", "value": 14}]}, "goto": "summary"},
                                    {"goto": "foreigner"}]},
               "summary": {"kind": "set", "set": {"route": "adult", "ageCopy": {"var": "age"}},
                           "next": [{"goto": "result"}]},
               "result": {"kind": "message", "text": {"uk": "Вам {{ageCopy}} років, маршрут {{route}}.{{missing}}"},
                          "next": [{"goto": "done"}]},
               "foreigner": {"kind": "goto", "goto": "done"},
               "done": {"kind": "end", "text": {"uk": "Готово!", "en": "Done!"}}
             }}
            """)
    }

    static let shelters = dialogue(
        """
        {"schema": "svoyi-dialogue/1", "id": "shelters", "version": 1, "kind": "information",
         "title": {"uk": "Укриття поруч", "en": "Nearby shelters"}, "start": "find",
         "keywords": [{"uk": "укриття"}, {"uk": "сховище"}, {"uk": "укриття поруч", "en": "shelter"}],
         "variables": {"location": {"type": "location"}},
         "nodes": {
           "find": {"kind": "action", "action": "shelters.nearest", "arguments": {"location": {"var": "location"}},
                    "next": [{"when": {"var": "locationNeeded", "op": "eq", "value": true}, "goto": "ask"},
                             {"goto": "done"}]},
           "ask": {"kind": "question", "variable": "location", "input": "location",
                   "text": {"uk": "Надішліть геолокацію, і я знайду три найближчі укриття."},
                   "next": [{"goto": "find"}]},
           "done": {"kind": "end"}
         }}
        """)

    static let all = [main, idCard(), shelters]

    static func context(
        _ dialogues: [Dialogue] = all, community: CommunityStore? = nil, actions: [ConversationAction] = [],
        hromadaID: Int64 = hromadaID, log: LogSink = .discard
    ) -> EngineContext {
        EngineContext(
            hromadaID: hromadaID, dialogues: StaticDialogueSource(dialogues), community: community, actions: actions,
            now: now, log: log)
    }

    /// A migrated database in `directory` holding the demo hromada; returns it and the hromada's id.
    static func demoDatabase(in directory: TemporaryDirectory) async throws -> (SQLiteDatabase, Int64) {
        let database = try SQLiteDatabase(path: directory.path("svoyi.sqlite"))
        try await migrate(database)
        let hromada = try await CommunityStore(database: database).importBundle(DemoHromada.bundle)
        return (database, hromada.id!)
    }

    static func migrate(_ database: any Database) async throws {
        try await Migrator(CoreModule().migrations + ChatbotModule().migrations)
            .migrate(database)
    }
}

/// Drives one conversation through the engine, as a channel would.
struct Chat {
    var engine = DialogueEngine()
    var context: EngineContext
    var state: ConversationState?
    var last: [BotMessage] = []

    init(_ context: EngineContext = EngineFixtures.context()) {
        self.context = context
    }

    @discardableResult
    mutating func send(_ input: ResidentInput) async throws -> [BotMessage] {
        let (reply, next) = try await engine.handle(input, state: state, context: context)
        state = next
        last = reply
        return reply
    }

    @discardableResult
    mutating func say(_ text: String) async throws -> [BotMessage] {
        try await send(.text(text))
    }

    /// Presses the button labelled `label` in the last reply.
    @discardableResult
    mutating func press(_ label: String) async throws -> [BotMessage] {
        guard let button = last.flatMap(\.buttons).first(where: { $0.label == label }) else {
            throw MissingButton(label: label, shown: last.flatMap(\.buttons).map(\.label))
        }
        return try await send(.button(button.payload))
    }

    var texts: [String] { last.map(\.text) }
    var labels: [String] { last.flatMap(\.buttons).map(\.label) }
    var node: String? { state.map(\.position.description) }
}

struct MissingButton: Error, CustomStringConvertible {
    let label: String
    let shown: [String]
    var description: String { "no button \(label) among \(shown)" }
}

extension Array where Element == BotMessage {
    /// The reply as a transcript: each message on its own lines, buttons in brackets.
    var transcript: String {
        map { message in
            var text =
                switch message.kind {
                case .text: message.text
                case .link: "🔗 \(message.text) <\(message.url ?? "")>"
                case .location: "📍 \(message.text), \(message.address ?? "")"
                case .request: "❓ \(message.text)"
                }
            if !message.buttons.isEmpty {
                text += "\n" + message.buttons.map { "[\($0.label)]" }.joined(separator: " ")
            }
            return text
        }
        .joined(separator: "\n")
    }
}
