public import Foundation
public import SvoyiCore

/// What the engine works with for one message: whose hromada, where dialogues and catalogue facts come from, the
/// actions dialogues may call, the time, and where problems are logged.
public struct EngineContext: Sendable {
    /// The hromada the conversation belongs to.
    public var hromadaID: Int64
    /// The resident, when the channel knows who it is.
    public var residentID: Int64?
    /// The hromada's dialogues.
    public var dialogues: any DialogueSource
    /// The hromada's community data, for `facts` nodes and handed to actions; `nil` runs without storage (facts
    /// then say the ЦНАП will advise).
    public var community: CommunityStore?
    /// The actions by name.
    public var actions: [String: ConversationAction]
    /// The current instant (from the caller's injected clock).
    public var now: Date
    /// The hromada's time zone, for "today".
    public var timeZone: TimeZone
    /// Where unknown actions and failures are logged (never with personal data).
    public var log: LogSink

    /// A context; when two actions share a name, the later one wins.
    public init(
        hromadaID: Int64, residentID: Int64? = nil, dialogues: any DialogueSource, community: CommunityStore? = nil,
        actions: [ConversationAction] = [], now: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/Kyiv")!,
        log: LogSink = .standardError
    ) {
        self.hromadaID = hromadaID
        self.residentID = residentID
        self.dialogues = dialogues
        self.community = community
        self.actions = Dictionary(actions.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
        self.now = now
        self.timeZone = timeZone
        self.log = log
    }

    /// Today in the hromada.
    var today: CivilDate { CivilDate(now, in: timeZone) }
}
