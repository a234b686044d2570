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
    /// The failure counter that second-factor codes share for an account, from every address: a correct password
    /// never clears it, so someone holding the password cannot guess codes by signing in again and again.
    public static let secondFactorScope = "second-factor"

    /// Checks a sign-in's login and password from client `address`, counting failures per account and address
    /// (per /64 for IPv6; see ``LockoutPolicy`` and ``ThrottleKey``). An unknown login costs as much time as a
    /// known one and locks the same way.
    ///
    /// A locked address still has its password checked: the right password of an account with a second factor
    /// goes on to the second factor (which has its own account-wide lock), so nobody sharing the owner's address
    /// (an office or carrier NAT) can keep the owner out by failing on purpose. For other accounts the lock holds.
    public func checkPassword(login: String, password: String, address: String) async throws -> PasswordCheck {
        let login = login.trimmingCharacters(in: .whitespaces).lowercased()
        let key = ThrottleKey.of(address)
        let now = clock.now
        let found: (id: Int64, hash: String, lockedUntil: Date?, hasSecondFactor: Bool)? = try await database.read {
            db in
            guard
                let row = try db.queryFirst(
                    """
                    SELECT s.id, s.password_hash, f.locked_until, s.totp_secret IS NOT NULL AS totp_on FROM staff s
                    LEFT JOIN staff_login_failures f ON f.staff_id = s.id AND f.address = ?
                    WHERE s.login = ?
                    """, key, login)
            else { return nil }
            return (
                try row.get("id"), try row.get("password_hash"), try row.get("locked_until"), try row.get("totp_on")
            )
        }
        guard let found else {
            // An unknown login locks like a known one, so neither the answer nor its timing tells them apart.
            await hasher.verifyNothing(password)
            if let until = unknownLogins.lockedUntil(login: login, address: key, now: now) {
                return .locked(until: until)
            }
            unknownLogins.recordFailure(login: login, address: key, now: now, policy: lockout)
            return .rejected
        }
        let lockedUntil = found.lockedUntil.flatMap { $0 > now ? $0 : nil }
        let matches = await hasher.verify(password, against: found.hash)
        if let lockedUntil, !(matches && found.hasSecondFactor) { return .locked(until: lockedUntil) }
        guard matches else {
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

    /// The stored key for `address`: ``secondFactorScope`` as it is, anything else through ``ThrottleKey``.
    static func failureKey(_ address: String) -> String {
        address == secondFactorScope ? address : ThrottleKey.of(address)
    }

    /// Counts a failed password (from `address`) or second-factor code (``secondFactorScope``) for the account,
    /// locking when due. Failures a day old are forgotten.
    public func recordFailure(staffID: Int64, address: String) async throws {
        let now = clock.now
        let policy = lockout
        let key = Self.failureKey(address)
        try await database.write { db in
            let row = try db.queryFirst(
                "SELECT failures, last_failure_at FROM staff_login_failures WHERE staff_id = ? AND address = ?",
                staffID, key)
            let last: Date? = try row?.get("last_failure_at")
            let recent = last.map { now.timeIntervalSince($0) < 86_400 } ?? false
            let failures = (recent ? (try row?.get("failures") as Int? ?? 0) : 0) + 1
            let until = policy.lockDuration(afterFailures: failures).map {
                now.addingTimeInterval(Double($0.components.seconds))
            }
            try db.execute(
                """
                INSERT INTO staff_login_failures (staff_id, address, failures, last_failure_at, locked_until)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (staff_id, address) DO UPDATE SET failures = excluded.failures,
                    last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until
                """, staffID, key, failures, now, until)
        }
    }

    /// When the account is locked for `address` (or for second-factor codes, with ``secondFactorScope``), or `nil`.
    public func lockedUntil(staffID: Int64, address: String) async throws -> Date? {
        let now = clock.now
        let key = Self.failureKey(address)
        let until: Date? = try await database.read { db in
            try db.queryFirst(
                "SELECT locked_until FROM staff_login_failures WHERE staff_id = ? AND address = ?", staffID, key)?
                .get("locked_until")
        }
        return until.flatMap { $0 > now ? $0 : nil }
    }

    /// Forgets the failures of the account from `address` (or of its second-factor codes).
    public func clearFailures(staffID: Int64, address: String) async throws {
        let key = Self.failureKey(address)
        try await database.write { db in
            try db.execute("DELETE FROM staff_login_failures WHERE staff_id = ? AND address = ?", staffID, key)
        }
    }

    /// Clears every lock of the account (the CLI's `staff reset-password` and an administrator's unlock do this).
    public func unlock(staffID: Int64) async throws {
        try await database.write { db in
            try db.execute("DELETE FROM staff_login_failures WHERE staff_id = ?", staffID)
        }
    }
}
