extension ResidentStore {
    /// Merges resident `otherID` into `survivorID`, both of the hromada, who turned out to be one person.
    ///
    /// Channel links, consent records and external identities move to the survivor. The survivor keeps its id,
    /// language, and (when it has them) display name and settlement; it takes the higher verification level
    /// with that level's verifier, note, time and phone, the earlier `createdAt` and the later `lastSeenAt`.
    /// The other resident's row, with its pending link codes and verification states, is deleted.
    ///
    /// Throws ``ResidentError/identityConflict`` when the two hold different identities from the same
    /// provider: two verified people are never merged into one.
    static func merge(_ otherID: Int64, into survivorID: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws
    {
        let survivor = try requireResident(id: survivorID, hromadaID: hromadaID, in: db)
        let other = try requireResident(id: otherID, hromadaID: hromadaID, in: db)
        let identities = try db.query(
            """
            SELECT DISTINCT provider, identity_hash FROM resident_identities
            WHERE hromada_id = ? AND resident_id IN (?, ?)
            """, hromadaID, survivorID, otherID)
        let providers = try identities.map { try $0.get("provider", as: String.self) }
        guard Set(providers).count == providers.count else { throw ResidentError.identityConflict }
        try db.savepoint {
            for table in ["resident_channels", "resident_consents", "resident_identities"] {
                try db.execute(
                    "UPDATE \(table) SET resident_id = ? WHERE hromada_id = ? AND resident_id = ?", survivorID,
                    hromadaID, otherID)
            }
            let stronger = other.verificationLevel > survivor.verificationLevel ? other : survivor
            let weaker = stronger.id == survivor.id ? other : survivor
            let displayName = survivor.displayName ?? other.displayName
            try db.execute(
                """
                UPDATE residents SET display_name = ?, search_name = ?, settlement = ?, verification_level = ?,
                    phone = ?, verified_by = ?, verification_note = ?, verified_at = ?, created_at = ?,
                    last_seen_at = ?
                WHERE hromada_id = ? AND id = ?
                """,
                displayName, displayName?.lowercased(), survivor.settlement ?? other.settlement,
                stronger.verificationLevel.rawValue, stronger.phone ?? weaker.phone, stronger.verifiedBy?.description,
                stronger.verificationNote, stronger.verifiedAt, min(survivor.createdAt, other.createdAt),
                max(survivor.lastSeenAt, other.lastSeenAt), hromadaID, survivorID)
            try deleteRows(residentID: otherID, hromadaID: hromadaID, in: db)
        }
    }
}
