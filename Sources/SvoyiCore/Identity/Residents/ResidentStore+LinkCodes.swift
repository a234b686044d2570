public import Foundation

extension ResidentStore {
    /// A new code that joins another channel to the resident: show it on the channel the person uses now, and
    /// have them send it from the other one (see ``redeemLinkCode(_:channel:externalID:hromadaID:now:in:)``).
    ///
    /// The code is eight characters from the kernel's CSPRNG, stored only as a hash, works for 15 minutes and
    /// once; a new code replaces the resident's earlier one. Throws ``ResidentError/notFound``.
    public static func createLinkCode(
        residentID: Int64, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> ResidentLinkCode {
        try checkExists(id: residentID, hromadaID: hromadaID, in: db)
        try db.execute(
            "DELETE FROM resident_link_codes WHERE hromada_id = ? AND (resident_id = ? OR expires_at <= ?)",
            hromadaID, residentID, now.addingTimeInterval(-ResidentSecret.retention))
        var code: String
        repeat {
            code = ResidentSecret.newLinkCode()
        } while try db.queryFirst(
            "SELECT 1 FROM resident_link_codes WHERE hromada_id = ? AND code_hash = ?", hromadaID,
            ResidentSecret.digest(code)) != nil
        let expiresAt = now.addingTimeInterval(ResidentSecret.lifetime)
        try db.execute(
            """
            INSERT INTO resident_link_codes (hromada_id, code_hash, resident_id, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?)
            """, hromadaID, ResidentSecret.digest(code), residentID, now, expiresAt)
        return ResidentLinkCode(code: code, expiresAt: expiresAt)
    }

    /// Joins a channel id to the resident who created the link code, and uses the code up.
    ///
    /// When the channel id already belongs to another resident of the hromada, that resident is merged into
    /// the code's resident (see ``ResidentLinkResult/mergedResidentID``). Typing is forgiving: case, spaces,
    /// hyphens, Crockford's look-alikes and Cyrillic look-alike letters are accepted.
    ///
    /// Throws ``ResidentError/linkCodeInvalid`` for a code that is malformed, unknown in this hromada or used,
    /// ``ResidentError/linkCodeExpired`` after 15 minutes, ``ResidentError/invalidExternalID``, and
    /// ``ResidentError/identityConflict`` when the two residents are verified as different people.
    public static func redeemLinkCode(
        _ code: String, channel: ResidentChannel, externalID: String, hromadaID: Int64, now: Date,
        in db: any DatabaseConnection
    ) throws -> ResidentLinkResult {
        let externalID = try checkedExternalID(externalID)
        guard let canonical = ResidentSecret.canonicalLinkCode(code) else { throw ResidentError.linkCodeInvalid }
        let hash = ResidentSecret.digest(canonical)
        guard
            let row = try db.queryFirst(
                "SELECT resident_id, expires_at FROM resident_link_codes WHERE hromada_id = ? AND code_hash = ?",
                hromadaID, hash)
        else { throw ResidentError.linkCodeInvalid }
        guard now < (try row.get("expires_at", as: Date.self)) else { throw ResidentError.linkCodeExpired }
        let residentID: Int64 = try row.get("resident_id")
        return try db.savepoint {
            try db.execute("DELETE FROM resident_link_codes WHERE hromada_id = ? AND code_hash = ?", hromadaID, hash)
            var merged: Int64?
            if let owner = try Self.residentID(
                channel: channel, externalID: externalID, hromadaID: hromadaID, in: db)
            {
                if owner != residentID {
                    try merge(owner, into: residentID, hromadaID: hromadaID, in: db)
                    merged = owner
                }
            } else {
                try link(
                    channel: channel, externalID: externalID, to: residentID, hromadaID: hromadaID, now: now, in: db)
            }
            try db.execute(
                "UPDATE residents SET last_seen_at = ? WHERE hromada_id = ? AND id = ? AND last_seen_at < ?", now,
                hromadaID, residentID, now)
            return ResidentLinkResult(
                resident: try requireResident(id: residentID, hromadaID: hromadaID, in: db), mergedResidentID: merged)
        }
    }
}

extension ResidentStore {
    /// A new link code for the resident; see ``createLinkCode(residentID:hromadaID:now:in:)``.
    public func createLinkCode(residentID: Int64, hromadaID: Int64) async throws -> ResidentLinkCode {
        let now = clock.now
        return try await database.write { db in
            try Self.createLinkCode(residentID: residentID, hromadaID: hromadaID, now: now, in: db)
        }
    }

    /// Joins a channel id to the code's resident, merging as needed;
    /// see ``redeemLinkCode(_:channel:externalID:hromadaID:now:in:)``.
    public func redeemLinkCode(
        _ code: String, channel: ResidentChannel, externalID: String, hromadaID: Int64
    ) async throws -> ResidentLinkResult {
        let now = clock.now
        return try await database.write { db in
            try Self.redeemLinkCode(
                code, channel: channel, externalID: externalID, hromadaID: hromadaID, now: now, in: db)
        }
    }
}
