import Foundation
public import SvoyiCore

/// Receives residents' messages from every channel: loads the conversation, runs the ``DialogueEngine``, stores the
/// new state, and returns what to send back.
///
/// Messages of one resident key are handled one at a time in the order they arrive (a ``KeyedSerialLock``), so two
/// webhook deliveries at once cannot both start from the same state and lose an answer; different residents are
/// handled concurrently. The state lives in the database, so a restarted server continues every conversation
/// where it was. (One server process owns the data directory, so the in-process lock is the only writer of a key.)
public struct ConversationService: Sendable {
    /// Where conversations and the community data live.
    public let database: any Database
    /// The hromadas' dialogues.
    public let dialogues: any DialogueSource
    /// The actions dialogues may call (every mounted module's ``Module/conversationActions``).
    public let actions: [ConversationAction]
    /// The engine and its limits.
    public let engine: DialogueEngine
    /// The source of "now".
    public let clock: any WallClock
    /// Where the engine logs unknown actions and broken dialogues.
    public let log: LogSink
    /// The per-key lock; pass one in to share it, or to hold a key in tests.
    public let lock: KeyedSerialLock

    /// A service over `database` (migrated with the core and chatbot migrations) and the hromadas' dialogues.
    public init(
        database: any Database, dialogues: any DialogueSource, actions: [ConversationAction] = [],
        engine: DialogueEngine = DialogueEngine(), clock: any WallClock = SystemClock(), log: LogSink = .standardError,
        lock: KeyedSerialLock = KeyedSerialLock()
    ) {
        self.database = database
        self.dialogues = dialogues
        self.actions = actions
        self.engine = engine
        self.clock = clock
        self.log = log
        self.lock = lock
    }

    /// Handles one input of resident `key` in hromada `hromadaID` and returns the bot's reply.
    ///
    /// `seenOn` names the channel link the input came through, for channels that do not touch the resident on every
    /// message (the web chat): the resident's last-seen time moves forward in the same transaction that stores the
    /// conversation, so an active resident is never purged as abandoned.
    public func receive(
        _ input: ResidentInput, from key: String, hromadaID: Int64, residentID: Int64? = nil,
        seenOn: (channel: ResidentChannel, externalID: String)? = nil
    ) async throws -> [BotMessage] {
        try await turn(key: key, hromadaID: hromadaID, residentID: residentID, seenOn: seenOn) { state, context in
            try await engine.handle(input, state: state, context: context)
        }
    }

    /// Opens the published dialogue `dialogueID` with `variables` for resident `key` (a deep link or QR code; see
    /// ``DialogueEngine/open(_:variables:state:context:)``) and returns the bot's reply.
    public func open(
        dialogue dialogueID: String, variables: [String: ConversationValue] = [:], from key: String,
        hromadaID: Int64, residentID: Int64? = nil
    ) async throws -> [BotMessage] {
        try await turn(key: key, hromadaID: hromadaID, residentID: residentID, seenOn: nil) { state, context in
            try await engine.open(dialogueID, variables: variables, state: state, context: context)
        }
    }

    /// Loads the state of `key` under its lock, runs `body`, and stores the new state when it changed.
    private func turn(
        key: String, hromadaID: Int64, residentID: Int64?, seenOn: (channel: ResidentChannel, externalID: String)?,
        _ body: (ConversationState?, EngineContext) async throws -> (reply: [BotMessage], state: ConversationState)
    ) async throws -> [BotMessage] {
        try await lock.withLock(Self.lockKey(key, hromadaID: hromadaID)) {
            let (state, zone) = try await database.read { db in
                let state = try ConversationStore.state(key: key, hromadaID: hromadaID, in: db)
                // Only the zone, in the same read: decoding the whole hromada per message was measurable.
                let zone = try db.scalar(
                    "SELECT time_zone FROM hromadas WHERE id = ?", [.integer(hromadaID)], as: String.self)
                return (state, zone)
            }
            let context = EngineContext(
                hromadaID: hromadaID, residentID: residentID, dialogues: dialogues,
                community: CommunityStore(database: database), actions: actions, now: clock.now,
                timeZone: zone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Kyiv")!, log: log)
            let (reply, next) = try await body(state, context)
            if next != state {
                try await database.write { db in
                    try ConversationStore.save(next, key: key, hromadaID: hromadaID, in: db)
                    if let seenOn {
                        try ResidentStore.markSeen(
                            channel: seenOn.channel, externalID: seenOn.externalID, hromadaID: hromadaID,
                            now: next.updatedAt, in: db)
                    }
                }
            }
            return reply
        }
    }

    /// The key the service holds in ``lock`` while it handles a message of resident `key` in hromada `hromadaID`.
    public static func lockKey(_ key: String, hromadaID: Int64) -> String {
        "\(hromadaID)/\(key)"
    }

    /// The stored conversation of `key`, or `nil`.
    public func state(of key: String, hromadaID: Int64) async throws -> ConversationState? {
        try await ConversationStore(database: database).state(key: key, hromadaID: hromadaID)
    }
}
