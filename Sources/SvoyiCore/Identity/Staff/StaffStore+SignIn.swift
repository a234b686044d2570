public import Foundation

/// What a password check found.
public enum PasswordCheck: Sendable, Equatable {
    /// The password is right and the account enabled.
    case accepted(StaffMember)
    /// Unknown login or wrong password: the two are never told apart.
    case rejected
    /// Too many failures from this address; try again after the date.
    case locked(until: Date)
    /// The password is right but the account is disabled.
    case disabled(StaffMember)
}

extension StaffStore {
    /// Checks a sign-in's login and password from client `address`, counting failures per account and address
    /// (see ``LockoutPolicy``). An unknown login costs as much time as a known one.
    public func checkPassword(login: String, password: String, address: String) async throws -> PasswordCheck {
        let login = login.trimmingCharacters(in: .whitespaces).lowercased()
        let now = clock.now
        let found: (id: Int64, hash: String, lockedUntil: Date?)? = try await database.read { db in
            guard
                let row = try db.queryFirst(
                    """
                    SELECT s.id, s.password_hash, f.locked_until FROM staff s
                    LEFT JOIN staff_login_failures f ON f.staff_id = s.id AND f.address = ?
                    WHERE s.login = ?
                    """, address, login)
            else { return nil }
            return (try row.get("id"), try row.get("password_hash"), try row.get("locked_until"))
        }
        guard let found else {
            // An unknown login locks like a known one, so neither the answer nor its timing tells them apart.
            if let until = unknownLogins.lockedUntil(login: login, address: address, now: now) {
                return .locked(until: until)
            }
            await hasher.verifyNothing(password)
            unknownLogins.recordFailure(login: login, address: address, now: now, policy: lockout)
            return .rejected
        }
        if let until = found.lockedUntil, until > now { return .locked(until: until) }
        guard await hasher.verify(password, against: found.hash) else {
            try await recordFailure(staffID: found.id, address: address)
            return .rejected
        }
        try await clearFailures(staffID: found.id, address: address)
        if hasher.needsRehash(found.hash) {
            let upgraded = await hasher.hash(password)
            try await database.write { db in
                try db.execute(
                    "UPDATE staff SET password_hash = ? WHERE id = ? AND password_hash = ?", upgraded, found.id,
                    found.hash)
            }
        }
        guard let member = try await member(id: found.id) else { return .rejected }
        return member.isActive ? .accepted(member) : .disabled(member)
    }

    /// Counts a failed password or second-factor code for the account from `address`, locking when due.
    public func recordFailure(staffID: Int64, address: String) async throws {
        let now = clock.now
        let policy = lockout
        try await database.write { db in
            let previous: Int =
                try db.queryFirst(
                    "SELECT failures FROM staff_login_failures WHERE staff_id = ? AND address = ?", staffID, address)?
                .get("failures") ?? 0
            let failures = previous + 1
            let until = policy.lockDuration(afterFailures: failures).map {
                now.addingTimeInterval(Double($0.components.seconds))
            }
            try db.execute(
                """
                INSERT INTO staff_login_failures (staff_id, address, failures, last_failure_at, locked_until)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (staff_id, address) DO UPDATE SET failures = excluded.failures,
                    last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until
                """, staffID, address, failures, now, until)
        }
    }

    /// When the account is locked for `address`, or `nil` when it is not.
    public func lockedUntil(staffID: Int64, address: String) async throws -> Date? {
        let now = clock.now
        let until: Date? = try await database.read { db in
            try db.queryFirst(
                "SELECT locked_until FROM staff_login_failures WHERE staff_id = ? AND address = ?", staffID, address)?
                .get("locked_until")
        }
        return until.flatMap { $0 > now ? $0 : nil }
    }

    func clearFailures(staffID: Int64, address: String) async throws {
        try await database.write { db in
            try db.execute("DELETE FROM staff_login_failures WHERE staff_id = ? AND address = ?", staffID, address)
        }
    }

    /// Clears every lock of the account (the CLI's `staff reset-password` and an administrator's unlock do this).
    public func unlock(staffID: Int64) async throws {
        try await database.write { db in try db.execute("DELETE FROM staff_login_failures WHERE staff_id = ?", staffID)
        }
    }
}
