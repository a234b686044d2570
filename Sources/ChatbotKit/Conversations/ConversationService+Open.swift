import Foundation
public import SvoyiCore

extension ConversationService {
    /// Opens dialogue `dialogueID` for resident `key` (a deep link: Viber's `context`, a messenger's `/start`
    /// payload) and returns the bot's reply; see ``DialogueEngine/open(dialogue:state:language:context:)``.
    /// `language` is the language of a new conversation.
    public func open(
        dialogue dialogueID: String, from key: String, hromadaID: Int64, residentID: Int64? = nil,
        language: Language = .uk
    ) async throws -> [BotMessage] {
        try await lock.withLock(Self.lockKey(key, hromadaID: hromadaID)) {
            let (state, zone) = try await database.read { db in
                let state = try ConversationStore.state(key: key, hromadaID: hromadaID, in: db)
                let zone = try CommunityStore.hromada(id: hromadaID, in: db)?.timeZone
                return (state, zone)
            }
            let context = EngineContext(
                hromadaID: hromadaID, residentID: residentID, dialogues: dialogues,
                community: CommunityStore(database: database), actions: actions, now: clock.now,
                timeZone: zone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Kyiv")!, log: log)
            let (reply, next) = try await engine.open(
                dialogue: dialogueID, state: state, language: language, context: context)
            try await database.write { db in
                try ConversationStore.save(next, key: key, hromadaID: hromadaID, in: db)
            }
            return reply
        }
    }
}
