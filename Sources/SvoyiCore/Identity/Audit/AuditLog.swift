import Foundation

/// The append-only log of staff, operator and integrator actions. The database refuses to change or delete its
/// rows (see ``IdentitySchema``); this type only adds and reads.
public struct AuditLog: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// Adds `entry` inside the caller's transaction, so the action and its record commit together.
    public static func record(_ entry: AuditEntry, in db: any DatabaseConnection) throws {
        try db.execute(
            """
            INSERT INTO audit_log (hromada_id, at, actor_kind, actor_id, actor_label, action, outcome, target_kind,
                target_id, detail, before_state, after_state, address, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                entry.hromadaID.sqlValue, entry.at.sqlValue, .text(entry.actor.kind), entry.actor.id.sqlValue,
                .text(String(entry.actor.label.prefix(200))), .text(entry.action), .text(entry.outcome.rawValue),
                entry.targetKind.sqlValue, entry.targetID.sqlValue,
                entry.detail.map { String($0.prefix(500)) }.sqlValue,
                try entry.before.map { try SQLValue.json($0) } ?? .null,
                try entry.after.map { try SQLValue.json($0) } ?? .null, entry.address.sqlValue,
                entry.requestID.sqlValue,
            ])
    }

    /// Adds `entry` in its own transaction.
    public func record(_ entry: AuditEntry) async throws {
        try await database.write { db in try Self.record(entry, in: db) }
    }

    /// The hromada's entries matching `filter`, newest first, at most `limit`.
    public func entries(
        hromadaID: Int64, filter: AuditFilter = AuditFilter(), limit: Int = 50
    ) async throws
        -> [AuditEntry]
    {
        var conditions = ["hromada_id = ?"]
        var arguments: [SQLValue] = [.integer(hromadaID)]
        if let kind = filter.actorKind {
            conditions.append("actor_kind = ?")
            arguments.append(.text(kind))
        }
        if let id = filter.actorID {
            conditions.append("actor_id = ?")
            arguments.append(.integer(id))
        }
        if let prefix = filter.actionPrefix, !prefix.isEmpty {
            // SQLite's substr counts code points, not Swift's grapheme clusters.
            conditions.append("substr(action, 1, ?) = ?")
            arguments += [.integer(Int64(prefix.unicodeScalars.count)), .text(prefix)]
        }
        if let outcome = filter.outcome {
            conditions.append("outcome = ?")
            arguments.append(.text(outcome.rawValue))
        }
        if let from = filter.from {
            conditions.append("at >= ?")
            arguments.append(from.sqlValue)
        }
        if let until = filter.until {
            conditions.append("at < ?")
            arguments.append(until.sqlValue)
        }
        if let before = filter.beforeID {
            conditions.append("id < ?")
            arguments.append(.integer(before))
        }
        arguments.append(.integer(Int64(max(1, min(limit, 500)))))
        let sql = "SELECT * FROM audit_log WHERE \(conditions.joined(separator: " AND ")) ORDER BY id DESC LIMIT ?"
        return try await database.read { db in try db.query(sql, arguments).map(Self.decode) }
    }

    static func decode(_ row: Row) throws -> AuditEntry {
        let kind: String = try row.get("actor_kind")
        let actorID: Int64? = try row.get("actor_id")
        let label: String = try row.get("actor_label")
        let actor: AuditActor =
            switch kind {
            case "staff": .staff(id: actorID ?? 0, name: label)
            case "token": .token(id: actorID ?? 0, name: label)
            case "operator": .operator(name: label)
            case "system": .system
            default: .anonymous
            }
        let before: String? = try row.get("before_state")
        let after: String? = try row.get("after_state")
        return AuditEntry(
            id: try row.get("id"), hromadaID: try row.get("hromada_id"), at: try row.get("at"), actor: actor,
            action: try row.get("action"),
            outcome: AuditOutcome(rawValue: try row.get("outcome")) ?? .failed, targetKind: try row.get("target_kind"),
            targetID: try row.get("target_id"), detail: try row.get("detail"),
            before: try before.map { try JSONDecoder().decode([String: String].self, from: Data($0.utf8)) },
            after: try after.map { try JSONDecoder().decode([String: String].self, from: Data($0.utf8)) },
            address: try row.get("address"), requestID: try row.get("request_id"))
    }
}
