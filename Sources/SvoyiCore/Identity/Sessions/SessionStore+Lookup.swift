import Foundation

/// What a session token turned out to be.
public enum SessionLookup: Sendable, Equatable {
    /// A live session.
    case live(StaffSession)
    /// A session that existed and has now ended (idle, absolute timeout, disabled account); its row is gone.
    case ended(staffID: Int64, reason: SessionEndReason)
    /// No session has this token.
    case unknown
}

/// Why a session stopped working.
public enum SessionEndReason: String, Sendable, Equatable {
    case idle
    case expired
    case disabled
}

extension SessionStore {
    /// Looks `token` up like ``session(token:)``, but tells an ended session (and whose it was) from an unknown
    /// token, so the refusal can be written to the audit log.
    ///
    /// One read finds the session and whether its account is disabled; an ended session's row is removed, and a
    /// live one's last-seen time is written at most once per ``SessionPolicy/touchInterval``.
    public func lookup(token: String) async throws -> SessionLookup {
        guard !token.isEmpty, token.utf8.count <= 128 else { return .unknown }
        let hash = SecretDigest.hex(token)
        let now = clock.now
        let found: (session: StaffSession, disabled: Bool)? = try await database.read { db in
            guard let session = try Self.session(hash: hash, in: db) else { return nil }
            let disabled: Bool =
                try db.queryFirst("SELECT disabled_at IS NOT NULL AS off FROM staff WHERE id = ?", session.staffID)?
                .get("off") ?? true
            return (session, disabled)
        }
        guard let (session, disabled) = found else { return .unknown }
        let idleEnd = session.lastSeenAt.addingTimeInterval(Double(policy.idleTimeout.components.seconds))
        let reason: SessionEndReason? =
            now >= session.expiresAt ? .expired : now >= idleEnd ? .idle : disabled ? .disabled : nil
        if let reason {
            try await database.write { db in try db.execute("DELETE FROM staff_sessions WHERE token_hash = ?", hash) }
            return .ended(staffID: session.staffID, reason: reason)
        }
        if now.timeIntervalSince(session.lastSeenAt) >= Double(policy.touchInterval.components.seconds) {
            try await database.write { db in
                try db.execute("UPDATE staff_sessions SET last_seen_at = ? WHERE token_hash = ?", now, hash)
            }
        }
        return .live(session)
    }
}
