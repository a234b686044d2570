import Foundation

/// Server-side staff sessions. Tokens are 256-bit CSPRNG values given to the browser once and stored only as
/// SHA-256 hashes; every (re)authentication issues a new token and ends the old one, so a token planted before
/// sign-in (session fixation) is worthless afterwards.
public struct SessionStore: Sendable {
    public let database: any Database
    public let clock: any WallClock
    public let policy: SessionPolicy

    public init(database: any Database, clock: any WallClock = SystemClock(), policy: SessionPolicy = SessionPolicy()) {
        self.database = database
        self.clock = clock
        self.policy = policy
    }

    /// Starts a session for `staffID` at `stage`, ending `replacing` (the token the browser had) if given.
    /// Returns the token for the cookie, and the session.
    public func start(
        staffID: Int64, stage: StaffSession.Stage, address: String, userAgent: String, replacing: String? = nil
    ) async throws -> (token: String, session: StaffSession) {
        let now = clock.now
        let token = SecureRandom.token(bytes: 32)
        let lifetime = stage == .full ? policy.absoluteTimeout : policy.pendingTimeout
        let session = StaffSession(
            id: SecureRandom.token(bytes: 12), staffID: staffID, stage: stage, csrfToken: SecureRandom.token(bytes: 32),
            createdAt: now, lastSeenAt: now, expiresAt: now.addingTimeInterval(Double(lifetime.components.seconds)),
            address: address, userAgent: String(userAgent.prefix(200)), tokenHash: SecretDigest.hex(token))
        try await database.write { db in
            if let replacing {
                try db.execute("DELETE FROM staff_sessions WHERE token_hash = ?", SecretDigest.hex(replacing))
            }
            try db.execute(
                """
                INSERT INTO staff_sessions (token_hash, public_id, staff_id, stage, csrf_token, created_at, last_seen_at,
                    expires_at, address, user_agent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(session.tokenHash), .text(session.id), .integer(staffID), .text(stage.rawValue),
                    .text(session.csrfToken), now.sqlValue, now.sqlValue, session.expiresAt.sqlValue, .text(address),
                    .text(session.userAgent),
                ])
        }
        return (token, session)
    }

    /// The live session of `token`, its last-seen time refreshed; `nil` when unknown, idle too long, past its
    /// absolute end, or its account is disabled. An ended session's row is removed.
    public func session(token: String) async throws -> StaffSession? {
        if case .live(let session) = try await lookup(token: token) { return session }
        return nil
    }

    static func session(hash: String, in db: any DatabaseConnection) throws -> StaffSession? {
        guard let row = try db.queryFirst("SELECT * FROM staff_sessions WHERE token_hash = ?", hash) else { return nil }
        return try decode(row)
    }

    static func decode(_ row: Row) throws -> StaffSession {
        let stageText: String = try row.get("stage")
        return StaffSession(
            id: try row.get("public_id"), staffID: try row.get("staff_id"),
            stage: StaffSession.Stage(rawValue: stageText) ?? .secondFactor, csrfToken: try row.get("csrf_token"),
            createdAt: try row.get("created_at"), lastSeenAt: try row.get("last_seen_at"),
            expiresAt: try row.get("expires_at"), address: try row.get("address"), userAgent: try row.get("user_agent"),
            tokenHash: try row.get("token_hash"))
    }

    /// Ends the session of `token` (sign-out).
    public func end(token: String) async throws {
        let hash = SecretDigest.hex(token)
        try await database.write { db in try db.execute("DELETE FROM staff_sessions WHERE token_hash = ?", hash) }
    }

    /// Ends the session with public id `id` if it belongs to `staffID`; returns whether one ended.
    @discardableResult
    public func end(id: String, staffID: Int64) async throws -> Bool {
        try await database.write { db in
            try db.execute("DELETE FROM staff_sessions WHERE public_id = ? AND staff_id = ?", id, staffID)
            return db.changes == 1
        }
    }

    /// Ends every session of `staffID` except the one whose token hash is `keeping`; returns how many ended.
    @discardableResult
    public func endAll(staffID: Int64, keeping: String? = nil) async throws -> Int {
        try await database.write { db in
            try db.execute("DELETE FROM staff_sessions WHERE staff_id = ? AND token_hash IS NOT ?", staffID, keeping)
            return db.changes
        }
    }

    /// The live sessions of `staffID`, newest first.
    public func sessions(staffID: Int64) async throws -> [StaffSession] {
        let now = clock.now
        let idle = Double(policy.idleTimeout.components.seconds)
        return try await database.read { db in
            try db.query("SELECT * FROM staff_sessions WHERE staff_id = ? ORDER BY created_at DESC", staffID)
                .map(Self.decode)
                .filter { now < $0.expiresAt && now < $0.lastSeenAt.addingTimeInterval(idle) }
        }
    }

    /// Removes sessions past their end; the server runs this periodically.
    @discardableResult
    public func purgeExpired() async throws -> Int {
        let now = clock.now
        let idleStart = now.addingTimeInterval(-Double(policy.idleTimeout.components.seconds))
        return try await database.write { db in
            try db.execute("DELETE FROM staff_sessions WHERE expires_at <= ? OR last_seen_at <= ?", now, idleStart)
            return db.changes
        }
    }
}

extension SessionStore {
    /// The job kind that removes ended sessions and old sign-in failures.
    public static let purgeJobKind = "identity.purge-sessions"

    /// Removes sessions past their absolute end or idle longer than `policy` allows, and sign-in failure counts
    /// whose lock (if any) ended a day ago.
    public static func purgeJob(policy: SessionPolicy = SessionPolicy()) -> JobHandler {
        .transactional(purgeJobKind) { _, db in
            let now = Date()
            let idleStart = now.addingTimeInterval(-Double(policy.idleTimeout.components.seconds))
            try db.execute("DELETE FROM staff_sessions WHERE expires_at <= ? OR last_seen_at <= ?", now, idleStart)
            let dayAgo = now.addingTimeInterval(-86_400)
            try db.execute(
                "DELETE FROM staff_login_failures WHERE last_failure_at <= ? AND (locked_until IS NULL OR locked_until <= ?)",
                dayAgo, dayAgo)
        }
    }

    /// Schedules the hourly purge once (idempotent), starting now.
    public static func schedulePurge(in db: any DatabaseConnection) throws {
        try JobQueue.schedule(
            purgeJobKind, at: Date(), repeatEvery: 3600, idempotencyKey: purgeJobKind, in: db)
    }
}
