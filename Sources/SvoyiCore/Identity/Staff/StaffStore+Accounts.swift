import Foundation

extension StaffStore {
    /// Creates an account. The password is hashed before the transaction (it is slow by design).
    ///
    /// Throws ``IdentityError/invalidLogin``, ``IdentityError/loginTaken``, ``IdentityError/invalidName``,
    /// ``IdentityError/weakPassword(_:)``, ``IdentityError/ownerExists``, ``IdentityError/unitsRequired`` or
    /// ``IdentityError/unknownUnit(_:)``; nothing is stored then.
    public func create(_ new: NewStaffMember) async throws -> StaffMember {
        let login = new.login.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isValidLogin(login) else { throw IdentityError.invalidLogin }
        let name = try Self.checkedName(new.displayName)
        if let problem = passwordPolicy.problem(with: new.password, login: login) {
            throw IdentityError.weakPassword(problem)
        }
        let units = new.role.isUnitScoped ? Array(Set(new.units)).sorted() : []
        if new.role.isUnitScoped && units.isEmpty { throw IdentityError.unitsRequired }
        let hash = await hasher.hash(new.password)
        let now = clock.now
        return try await database.write { db in
            guard try db.queryFirst("SELECT 1 FROM hromadas WHERE id = ?", new.hromadaID) != nil else {
                throw IdentityError.hromadaNotFound
            }
            if try db.queryFirst("SELECT 1 FROM staff WHERE login = ?", login) != nil {
                throw IdentityError.loginTaken
            }
            if new.role == .headAdmin,
                try db.queryFirst(
                    "SELECT 1 FROM staff WHERE hromada_id = ? AND role = 'head_admin'", new.hromadaID) != nil
            {
                throw IdentityError.ownerExists
            }
            try db.execute(
                """
                INSERT INTO staff (hromada_id, login, display_name, role, position_title, password_hash,
                    password_changed_at, must_change_password, two_factor_required, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(new.hromadaID), .text(login), .text(name), .text(new.role.rawValue),
                    Self.trimmedOrNil(new.positionTitle).sqlValue, .text(hash), now.sqlValue,
                    new.mustChangePassword.sqlValue, new.twoFactorRequired.sqlValue, now.sqlValue,
                ])
            let id = db.lastInsertRowID
            try Self.replaceUnits(units, staffID: id, hromadaID: new.hromadaID, in: db)
            guard let member = try Self.member(id: id, in: db) else { throw IdentityError.staffNotFound }
            return member
        }
    }

    /// Applies `changes` to account `id` of `hromadaID` and returns it before and after.
    ///
    /// The owner keeps the head-administrator role: giving it another one, or giving anyone the owner's role,
    /// throws ``IdentityError/ownerProtected`` or ``IdentityError/ownerExists``.
    @discardableResult
    public func update(
        id: Int64, hromadaID: Int64, _ changes: StaffChanges
    ) async throws -> (before: StaffMember, after: StaffMember) {
        let name = try changes.displayName.map(Self.checkedName)
        return try await database.write { db in
            guard let before = try Self.member(id: id, hromadaID: hromadaID, in: db) else {
                throw IdentityError.staffNotFound
            }
            let role = changes.role ?? before.role
            if before.isOwner && role != .headAdmin { throw IdentityError.ownerProtected }
            if !before.isOwner && role == .headAdmin { throw IdentityError.ownerExists }
            let units = role.isUnitScoped ? Array(Set(changes.units ?? before.units)).sorted() : []
            if role.isUnitScoped && units.isEmpty { throw IdentityError.unitsRequired }
            let position = changes.positionTitle.map(Self.trimmedOrNil) ?? before.positionTitle
            try db.execute(
                """
                UPDATE staff SET display_name = ?, role = ?, position_title = ?, public_profile = ?,
                    two_factor_required = ?
                WHERE id = ?
                """,
                [
                    .text(name ?? before.displayName), .text(role.rawValue), position.sqlValue,
                    (changes.publicProfile ?? before.publicProfile).sqlValue,
                    (changes.twoFactorRequired ?? before.twoFactorRequired).sqlValue, .integer(id),
                ])
            try Self.replaceUnits(units, staffID: id, hromadaID: hromadaID, in: db)
            guard let after = try Self.member(id: id, in: db) else { throw IdentityError.staffNotFound }
            // Newly required to use a second factor they do not have: their open sessions end, and the next sign-in
            // enrols.
            if after.twoFactorRequired && !before.twoFactorRequired && !after.twoFactorEnabled {
                try db.execute("DELETE FROM staff_sessions WHERE staff_id = ?", id)
            }
            return (before, after)
        }
    }

    /// Disables (or enables again) account `id`; disabling ends its sessions at once. The owner cannot be disabled.
    @discardableResult
    public func setDisabled(_ disabled: Bool, id: Int64, hromadaID: Int64) async throws -> StaffMember {
        let now = clock.now
        return try await database.write { db in
            guard let member = try Self.member(id: id, hromadaID: hromadaID, in: db) else {
                throw IdentityError.staffNotFound
            }
            if disabled && member.isOwner { throw IdentityError.ownerProtected }
            try db.execute(
                "UPDATE staff SET disabled_at = ? WHERE id = ?", disabled ? (member.disabledAt ?? now) : nil, id)
            if disabled { try db.execute("DELETE FROM staff_sessions WHERE staff_id = ?", id) }
            guard let after = try Self.member(id: id, in: db) else { throw IdentityError.staffNotFound }
            return after
        }
    }

    /// Removes account `id` with its sessions, codes and units. The owner cannot be removed.
    public func remove(id: Int64, hromadaID: Int64) async throws -> StaffMember {
        try await database.write { db in
            guard let member = try Self.member(id: id, hromadaID: hromadaID, in: db) else {
                throw IdentityError.staffNotFound
            }
            if member.isOwner { throw IdentityError.ownerProtected }
            try db.execute("DELETE FROM staff WHERE id = ?", id)
            return member
        }
    }

    /// Sets a new password chosen by its owner (checked against `current` first when given), clears locks and
    /// ends every session of the account except `keepingSession` (a token hash).
    public func changePassword(
        id: Int64, hromadaID: Int64, current: String?, new password: String, keepingSession: String? = nil
    ) async throws {
        guard let member = try await member(id: id, hromadaID: hromadaID) else { throw IdentityError.staffNotFound }
        if let current {
            let stored = try await passwordHash(id: id)
            guard await hasher.verify(current, against: stored) else { throw IdentityError.wrongPassword }
        }
        if let problem = passwordPolicy.problem(with: password, login: member.login) {
            throw IdentityError.weakPassword(problem)
        }
        let hash = await hasher.hash(password)
        try await storePassword(hash, id: id, mustChange: false, keepingSession: keepingSession)
    }

    /// Resets the password of account `id` to a generated one, returned once, which must be changed at the next
    /// sign-in. The account's 2FA stays as it is, so a reset never lets anyone in without the second factor.
    public func resetPassword(id: Int64, hromadaID: Int64) async throws -> String {
        guard try await member(id: id, hromadaID: hromadaID) != nil else { throw IdentityError.staffNotFound }
        let temporary = SecretDigest.readableCode(groups: 4, size: 4)
        let hash = await hasher.hash(temporary)
        try await storePassword(hash, id: id, mustChange: true, keepingSession: nil)
        return temporary
    }

    func storePassword(_ hash: String, id: Int64, mustChange: Bool, keepingSession: String?) async throws {
        let now = clock.now
        try await database.write { db in
            try db.execute(
                "UPDATE staff SET password_hash = ?, password_changed_at = ?, must_change_password = ? WHERE id = ?",
                hash, now, mustChange, id)
            try db.execute("DELETE FROM staff_login_failures WHERE staff_id = ?", id)
            try db.execute(
                "DELETE FROM staff_sessions WHERE staff_id = ? AND token_hash IS NOT ?", id, keepingSession)
        }
    }

    func passwordHash(id: Int64) async throws -> String {
        try await database.read { db in
            guard let row = try db.queryFirst("SELECT password_hash FROM staff WHERE id = ?", id) else {
                throw IdentityError.staffNotFound
            }
            return try row.get("password_hash")
        }
    }

    static func replaceUnits(_ units: [String], staffID: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws
    {
        try db.execute("DELETE FROM staff_units WHERE staff_id = ?", staffID)
        for unit in units {
            guard
                try db.queryFirst("SELECT 1 FROM institutions WHERE hromada_id = ? AND code = ?", hromadaID, unit)
                    != nil
            else { throw IdentityError.unknownUnit(unit) }
            try db.execute(
                "INSERT INTO staff_units (hromada_id, staff_id, unit) VALUES (?, ?, ?)", hromadaID, staffID, unit)
        }
    }

    static func isValidLogin(_ login: String) -> Bool {
        (3...64).contains(login.utf8.count)
            && login.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || [UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "@"), UInt8(ascii: "-")].contains(byte)
            }
    }

    static func checkedName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...120).contains(trimmed.count), !trimmed.contains(where: \.isNewline) else {
            throw IdentityError.invalidName
        }
        return trimmed
    }

    static func trimmedOrNil(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return String(trimmed.prefix(200))
    }
}
