public import Foundation

/// An integrator's API token: scoped to one hromada and a set of permissions, stored hashed. The secret is shown
/// once, at creation; afterwards only its public prefix identifies it.
public struct APIToken: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var hromadaID: Int64
    /// What it is for ("Сайт громади", "Термінал ЦНАП").
    public var name: String
    /// The public part of the token (`svoyi_<prefix>_…`), safe to show and log.
    public var prefix: String
    /// The permission keys it carries.
    public var permissions: [String]
    /// Who created it (staff name or `operator:<user>`).
    public var createdBy: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    /// Whether the token works at `date`.
    public func isActive(at date: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { date < $0 } ?? true)
    }
}

/// API tokens: created with a one-time secret, checked in constant time, revoked for good.
public struct APITokenStore: Sendable {
    public let database: any Database
    public let clock: any WallClock

    public init(database: any Database, clock: any WallClock = SystemClock()) {
        self.database = database
        self.clock = clock
    }

    /// Creates a token and returns its full text (shown once) with the stored record.
    ///
    /// The name must be 1–120 characters and `permissions` non-empty; checking that the creator may grant them is
    /// the caller's job (the panel offers only the creator's own permissions).
    public func create(
        hromadaID: Int64, name: String, permissions: [String], expiresAt: Date? = nil, createdBy: String
    ) async throws -> (secret: String, token: APIToken) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...120).contains(trimmed.count) else {
            throw IdentityError.invalidToken("the name must be 1–120 characters")
        }
        let keys = Array(Set(permissions)).sorted()
        guard !keys.isEmpty else { throw IdentityError.invalidToken("a token needs at least one permission") }
        let now = clock.now
        if let expiresAt, expiresAt <= now { throw IdentityError.invalidToken("the expiry date is in the past") }
        let prefix = SecretDigest.readableCode(groups: 1, size: 10)
        let secret = SecureRandom.token(bytes: 32)
        let full = "svoyi_\(prefix)_\(secret)"
        let id: Int64 = try await database.write { db in
            guard try db.queryFirst("SELECT 1 FROM hromadas WHERE id = ?", hromadaID) != nil else {
                throw IdentityError.hromadaNotFound
            }
            try db.execute(
                """
                INSERT INTO api_tokens (hromada_id, name, prefix, secret_hash, permissions, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(hromadaID), .text(trimmed), .text(prefix), .text(SecretDigest.hex(secret)),
                    try .json(keys), .text(createdBy), now.sqlValue, expiresAt.sqlValue,
                ])
            return db.lastInsertRowID
        }
        let token = APIToken(
            id: id, hromadaID: hromadaID, name: trimmed, prefix: prefix, permissions: keys, createdBy: createdBy,
            createdAt: now, expiresAt: expiresAt, lastUsedAt: nil, revokedAt: nil)
        return (full, token)
    }

    /// The active token whose full text is `presented`, or `nil`. The secret is compared in constant time; the
    /// last-used time is refreshed at most once a minute.
    public func authenticate(_ presented: String) async throws -> APIToken? {
        let parts = presented.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard presented.utf8.count <= 200, parts.count == 3, parts[0] == "svoyi" else { return nil }
        let prefix = String(parts[1])
        let now = clock.now
        guard
            let (token, storedHash) = try await database.read({ db -> (APIToken, String)? in
                guard let row = try db.queryFirst("SELECT * FROM api_tokens WHERE prefix = ?", prefix) else {
                    return nil
                }
                return (try Self.decode(row), try row.get("secret_hash"))
            })
        else { return nil }
        guard ConstantTime.equals(Array(SecretDigest.hex(String(parts[2])).utf8), Array(storedHash.utf8)),
            token.isActive(at: now)
        else { return nil }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await database.write { db in
                try db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, token.id)
            }
        }
        return token
    }

    /// The hromada's tokens, newest first, revoked ones included.
    public func tokens(hromadaID: Int64) async throws -> [APIToken] {
        try await database.read { db in
            try db.query("SELECT * FROM api_tokens WHERE hromada_id = ? ORDER BY id DESC", hromadaID).map(Self.decode)
        }
    }

    /// The token `id` of `hromadaID`, or `nil`.
    public func token(id: Int64, hromadaID: Int64) async throws -> APIToken? {
        try await database.read { db in
            try db.queryFirst("SELECT * FROM api_tokens WHERE id = ? AND hromada_id = ?", id, hromadaID).map(
                Self.decode)
        }
    }

    /// The token with public `prefix` in any hromada (the CLI revokes by prefix), or `nil`.
    public func token(prefix: String) async throws -> APIToken? {
        try await database.read { db in
            try db.queryFirst("SELECT * FROM api_tokens WHERE prefix = ?", prefix.lowercased()).map(Self.decode)
        }
    }

    /// Revokes token `id` of `hromadaID` for good; revoking twice keeps the first date.
    @discardableResult
    public func revoke(id: Int64, hromadaID: Int64) async throws -> APIToken {
        let now = clock.now
        return try await database.write { db in
            try db.execute(
                "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND hromada_id = ?", now, id,
                hromadaID)
            guard let row = try db.queryFirst("SELECT * FROM api_tokens WHERE id = ? AND hromada_id = ?", id, hromadaID)
            else { throw IdentityError.tokenNotFound }
            return try Self.decode(row)
        }
    }

    static func decode(_ row: Row) throws -> APIToken {
        APIToken(
            id: try row.get("id"), hromadaID: try row.get("hromada_id"), name: try row.get("name"),
            prefix: try row.get("prefix"), permissions: try row.json("permissions"),
            createdBy: try row.get("created_by"),
            createdAt: try row.get("created_at"), expiresAt: try row.get("expires_at"),
            lastUsedAt: try row.get("last_used_at"), revokedAt: try row.get("revoked_at"))
    }
}
