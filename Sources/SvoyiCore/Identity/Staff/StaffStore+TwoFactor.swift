import Foundation

/// A second factor that was accepted.
public enum SecondFactorCheck: Sendable, Equatable {
    /// A TOTP code of this time step.
    case totp(step: UInt64)
    /// A recovery code; this many remain unused.
    case recoveryCode(remaining: Int)
}

/// What enrolment shows once: the seed for the authenticator app.
public struct TwoFactorEnrolment: Sendable {
    /// The TOTP seed (160 bits).
    public let secret: [UInt8]
    /// The seed in Base32, for typing into an app.
    public var secretBase32: String { Base32.encode(secret, padding: false) }
    /// The `otpauth://` URI the QR code carries.
    public let provisioningURI: String
}

extension StaffStore {
    /// How many recovery codes an enrolment gives.
    public static let recoveryCodeCount = 10

    static func totpContext(_ staffID: Int64) -> String { "staff:\(staffID):totp" }

    /// Starts (or restarts) TOTP enrolment of an account without 2FA: a fresh seed is stored sealed as pending
    /// until ``confirmEnrolment(id:code:)`` proves the app has it. An account whose 2FA is on is refused with
    /// ``IdentityError/alreadyEnrolled``: replacing a factor needs a reset first.
    public func beginEnrolment(id: Int64, issuer: String) async throws -> TwoFactorEnrolment {
        let secret = SecureRandom.bytes(20)
        let sealed = secrets.seal(secret, context: Self.totpContext(id))
        let login: String = try await database.write { db in
            guard
                let row = try db.queryFirst(
                    "SELECT login, totp_secret IS NOT NULL AS totp_on FROM staff WHERE id = ?", id)
            else { throw IdentityError.staffNotFound }
            if try row.get("totp_on") as Bool { throw IdentityError.alreadyEnrolled }
            try db.execute("UPDATE staff SET totp_pending = ? WHERE id = ?", Data(sealed), id)
            return try row.get("login")
        }
        return TwoFactorEnrolment(
            secret: secret, provisioningURI: TOTP.provisioningURI(secret: secret, account: login, issuer: issuer))
    }

    /// Finishes enrolment with a code from the app: the pending seed becomes the account's, the code's step is
    /// recorded as used, and fresh recovery codes are returned once (older ones stop working).
    public func confirmEnrolment(id: Int64, code: String) async throws -> [String] {
        let now = clock.now
        let pending: Data? = try await database.read { db in
            try db.queryFirst("SELECT totp_pending FROM staff WHERE id = ?", id)?.get("totp_pending")
        }
        guard let pending else { throw IdentityError.enrolmentNotStarted }
        let secret: [UInt8]
        do { secret = try secrets.open(Array(pending), context: Self.totpContext(id)) } catch {
            throw IdentityError.secretUnavailable
        }
        guard let step = TOTP.verify(code: SecretDigest.normalizedCode(code), secret: secret, at: now) else {
            throw IdentityError.wrongCode
        }
        let codes = (0..<Self.recoveryCodeCount).map { _ in SecretDigest.readableCode(groups: 5, size: 5) }
        try await database.write { db in
            let changed =
                try db.queryFirst("SELECT totp_pending FROM staff WHERE id = ?", id)?.get("totp_pending")
                as Data?
            guard changed == pending else { throw IdentityError.enrolmentNotStarted }
            try db.execute(
                """
                UPDATE staff SET totp_secret = totp_pending, totp_pending = NULL, totp_enabled_at = ?,
                    totp_last_step = ? WHERE id = ? AND totp_secret IS NULL
                """, now, Int64(step), id)
            guard db.changes == 1 else { throw IdentityError.alreadyEnrolled }
            try Self.replaceRecoveryCodes(codes, staffID: id, in: db)
            // Any other unfinished sign-in of the account (someone else who knew the password) ends here.
            try db.execute("DELETE FROM staff_sessions WHERE staff_id = ? AND stage != 'full'", id)
        }
        return codes
    }

    /// Replaces the account's recovery codes with fresh ones, returned once.
    public func regenerateRecoveryCodes(id: Int64) async throws -> [String] {
        let codes = (0..<Self.recoveryCodeCount).map { _ in SecretDigest.readableCode(groups: 5, size: 5) }
        try await database.write { db in
            guard try db.queryFirst("SELECT 1 FROM staff WHERE id = ? AND totp_secret IS NOT NULL", id) != nil else {
                throw IdentityError.enrolmentNotStarted
            }
            try Self.replaceRecoveryCodes(codes, staffID: id, in: db)
        }
        return codes
    }

    static func replaceRecoveryCodes(_ codes: [String], staffID: Int64, in db: any DatabaseConnection) throws {
        try db.execute("DELETE FROM staff_recovery_codes WHERE staff_id = ?", staffID)
        for code in codes {
            try db.execute(
                "INSERT INTO staff_recovery_codes (code_hash, staff_id) VALUES (?, ?)",
                SecretDigest.hex(SecretDigest.normalizedCode(code)), staffID)
        }
    }

    /// How many unused recovery codes the account has.
    public func remainingRecoveryCodes(id: Int64) async throws -> Int {
        try await database.read { db in
            try db.scalar(
                "SELECT COUNT(*) FROM staff_recovery_codes WHERE staff_id = ? AND used_at IS NULL", [.integer(id)],
                as: Int.self) ?? 0
        }
    }

    /// Checks a second factor: a 6-digit TOTP code (±1 step, each step accepted once — RFC 6238 §5.2) or an
    /// unused recovery code, which is then spent. Returns `nil` when neither matches.
    public func verifySecondFactor(id: Int64, code: String) async throws -> SecondFactorCheck? {
        let now = clock.now
        let typed = SecretDigest.normalizedCode(code)
        let sealed: Data? = try await database.read { db in
            try db.queryFirst("SELECT totp_secret FROM staff WHERE id = ?", id)?.get("totp_secret")
        }
        guard let sealed else { return nil }
        if typed.count == 6, typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) {
            guard let secret = try? secrets.open(Array(sealed), context: Self.totpContext(id)) else {
                throw IdentityError.secretUnavailable
            }
            guard let step = TOTP.verify(code: typed, secret: secret, at: now) else { return nil }
            // The update succeeds only for a step later than the last accepted one, so a code is used once even
            // when two requests race.
            let accepted = try await database.write { db in
                try db.execute(
                    """
                    UPDATE staff SET totp_last_step = ?
                    WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)
                    """, Int64(step), id, Int64(step))
                return db.changes == 1
            }
            return accepted ? .totp(step: step) : nil
        }
        return try await database.write { db in
            try db.execute(
                "UPDATE staff_recovery_codes SET used_at = ? WHERE code_hash = ? AND staff_id = ? AND used_at IS NULL",
                now, SecretDigest.hex(typed), id)
            guard db.changes == 1 else { return nil }
            let remaining =
                try db.scalar(
                    "SELECT COUNT(*) FROM staff_recovery_codes WHERE staff_id = ? AND used_at IS NULL", [.integer(id)],
                    as: Int.self) ?? 0
            return .recoveryCode(remaining: remaining)
        }
    }

    /// Turns 2FA off for account `id` (an administrator's or the operator's reset, or the person's own choice
    /// where 2FA is not required): seed and recovery codes are erased and every session ends, so the next sign-in
    /// enrols again when 2FA is required.
    public func resetTwoFactor(id: Int64, hromadaID: Int64) async throws {
        try await database.write { db in
            guard try db.queryFirst("SELECT 1 FROM staff WHERE id = ? AND hromada_id = ?", id, hromadaID) != nil else {
                throw IdentityError.staffNotFound
            }
            try db.execute(
                """
                UPDATE staff SET totp_secret = NULL, totp_pending = NULL, totp_enabled_at = NULL, totp_last_step = NULL
                WHERE id = ?
                """, id)
            try db.execute("DELETE FROM staff_recovery_codes WHERE staff_id = ?", id)
            try db.execute("DELETE FROM staff_sessions WHERE staff_id = ?", id)
        }
    }
}
