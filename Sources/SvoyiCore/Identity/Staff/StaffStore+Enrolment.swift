import Foundation

extension StaffStore {
    /// The enrolment already started for account `id` (its pending seed), so reloading the page shows the same QR
    /// code; `nil` when none is pending or the seed cannot be opened.
    public func pendingEnrolment(id: Int64, issuer: String) async throws -> TwoFactorEnrolment? {
        let found: (pending: [UInt8], login: String)? = try await database.read { db in
            guard
                let row = try db.queryFirst(
                    "SELECT totp_pending, login FROM staff WHERE id = ? AND totp_secret IS NULL", id),
                let pending: [UInt8] = (try row.get("totp_pending") as Data?).map(Array.init)
            else { return nil }
            return (pending, try row.get("login"))
        }
        guard let found, let secret = try? secrets.open(found.pending, context: Self.totpContext(id)) else {
            return nil
        }
        return TwoFactorEnrolment(
            secret: secret, provisioningURI: TOTP.provisioningURI(secret: secret, account: found.login, issuer: issuer))
    }
}

extension StaffStore {
    /// Whether `password` is account `id`'s current password: the re-authentication asked before changing the
    /// second factor or the recovery codes (OWASP ASVS 5.0 7.5.1).
    public func confirmPassword(id: Int64, password: String) async throws -> Bool {
        await hasher.verify(password, against: try await passwordHash(id: id))
    }
}
