public import Foundation

/// Who did something.
public enum AuditActor: Sendable, Hashable {
    /// A staff member in the panel.
    case staff(id: Int64, name: String)
    /// The operator on the server, through `svoyi-cli` (the superuser); the name is the system user.
    case `operator`(name: String)
    /// An integrator's API token.
    case token(id: Int64, name: String)
    /// The server itself (jobs).
    case system
    /// Someone not signed in (a failed sign-in).
    case anonymous

    /// The stored kind.
    public var kind: String {
        switch self {
        case .staff: "staff"
        case .operator: "operator"
        case .token: "token"
        case .system: "system"
        case .anonymous: "anonymous"
        }
    }

    var id: Int64? {
        switch self {
        case .staff(let id, _), .token(let id, _): id
        case .operator, .system, .anonymous: nil
        }
    }

    public var label: String {
        switch self {
        case .staff(_, let name), .operator(let name), .token(_, let name): name
        case .system: "system"
        case .anonymous: "anonymous"
        }
    }
}

/// How an action ended.
public enum AuditOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// Done.
    case ok
    /// Refused: no permission, outside the actor's hromada or unit, bad CSRF token.
    case denied
    /// Attempted and failed: wrong password or code.
    case failed
}

/// One line of the audit log.
public struct AuditEntry: Sendable, Hashable, Identifiable {
    /// Assigned by the log, increasing.
    public var id: Int64?
    /// The hromada it concerns; `nil` for installation-wide actions.
    public var hromadaID: Int64?
    public var at: Date
    public var actor: AuditActor
    /// A dotted verb: `staff.create`, `session.signin`, `access.denied`….
    public var action: String
    public var outcome: AuditOutcome
    /// What it was done to: `staff`, `token`, `resident`, a route…
    public var targetKind: String?
    public var targetID: String?
    /// A short note: the reason for a refusal, the route.
    public var detail: String?
    /// The target's fields before and after, for changes to content and accounts. Never secrets.
    public var before: [String: String]?
    public var after: [String: String]?
    /// The client address.
    public var address: String?
    /// The request's id, to find it in the access log.
    public var requestID: String?

    public init(
        id: Int64? = nil, hromadaID: Int64?, at: Date, actor: AuditActor, action: String, outcome: AuditOutcome = .ok,
        targetKind: String? = nil, targetID: String? = nil, detail: String? = nil, before: [String: String]? = nil,
        after: [String: String]? = nil, address: String? = nil, requestID: String? = nil
    ) {
        self.id = id
        self.hromadaID = hromadaID
        self.at = at
        self.actor = actor
        self.action = action
        self.outcome = outcome
        self.targetKind = targetKind
        self.targetID = targetID
        self.detail = detail
        self.before = before
        self.after = after
        self.address = address
        self.requestID = requestID
    }

    /// The fields that differ between ``before`` and ``after``, sorted by name.
    public var changedFields: [String] {
        guard before != nil || after != nil else { return [] }
        let keys = Set((before ?? [:]).keys).union((after ?? [:]).keys)
        return keys.filter { before?[$0] != after?[$0] }.sorted()
    }
}

/// What to show of the audit log.
public struct AuditFilter: Sendable, Hashable {
    /// Only this actor kind and id.
    public var actorKind: String?
    public var actorID: Int64?
    /// Actions starting with this text (`staff.` for every staff action).
    public var actionPrefix: String?
    public var outcome: AuditOutcome?
    /// From this moment (inclusive) to that one (exclusive).
    public var from: Date?
    public var until: Date?
    /// Entries older than this id, for paging backwards.
    public var beforeID: Int64?

    public init(
        actorKind: String? = nil, actorID: Int64? = nil, actionPrefix: String? = nil, outcome: AuditOutcome? = nil,
        from: Date? = nil, until: Date? = nil, beforeID: Int64? = nil
    ) {
        self.actorKind = actorKind
        self.actorID = actorID
        self.actionPrefix = actionPrefix
        self.outcome = outcome
        self.from = from
        self.until = until
        self.beforeID = beforeID
    }
}
