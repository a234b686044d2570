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
    public func lookup(token: String) async throws -> SessionLookup {
        guard !token.isEmpty, token.utf8.count <= 128 else { return .unknown }
        let hash = SecretDigest.hex(token)
        guard let stored = try await database.read({ db in try Self.session(hash: hash, in: db) }) else {
            return .unknown
        }
        if let live = try await session(token: token) { return .live(live) }
        let now = clock.now
        let reason: SessionEndReason =
            now >= stored.expiresAt
            ? .expired
            : now >= stored.lastSeenAt.addingTimeInterval(Double(policy.idleTimeout.components.seconds))
                ? .idle : .disabled
        return .ended(staffID: stored.staffID, reason: reason)
    }
}
