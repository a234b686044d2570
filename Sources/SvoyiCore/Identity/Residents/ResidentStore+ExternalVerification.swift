public import Foundation

extension ResidentStore {
    /// Starts a verification of the resident through the provider named `provider`: returns a state token for
    /// the provider's link (128 bits from the kernel's CSPRNG, base64url), stored only as a hash, usable once
    /// within 15 minutes. Throws ``ResidentError/notFound``.
    public static func startExternalVerification(
        residentID: Int64, provider: String, hromadaID: Int64, now: Date, in db: any DatabaseConnection
    ) throws -> String {
        try checkExists(id: residentID, hromadaID: hromadaID, in: db)
        try db.execute(
            "DELETE FROM resident_verification_states WHERE hromada_id = ? AND expires_at <= ?", hromadaID,
            now.addingTimeInterval(-ResidentSecret.retention))
        let state = ResidentSecret.newState()
        try db.execute(
            """
            INSERT INTO resident_verification_states (hromada_id, state_hash, resident_id, provider, created_at,
                expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, hromadaID, ResidentSecret.digest(state), residentID, provider, now,
            now.addingTimeInterval(ResidentSecret.lifetime))
        return state
    }

    /// Completes a verification with an authenticated assertion (from ``IdentityProvider/verify(body:headers:)``).
    ///
    /// Consumes the state, records the identity as a hash of provider and subject (never the subject), raises
    /// the resident to ``VerificationLevel/externalProvider``, and records the assertion's phone when it is a
    /// Ukrainian number. The full name is not stored. When another resident of the hromada already holds the
    /// identity, nothing changes and ``ResidentError/identityHeldByAnotherResident`` is thrown: the state is not
    /// bound to the person who completes it, so merging would let a link sent to a victim absorb them; people join
    /// their channels with link codes.
    ///
    /// Throws ``ResidentError/stateInvalid`` for a state unknown in this hromada or issued for another provider,
    /// ``ResidentError/stateExpired`` after 15 minutes, ``ResidentError/stateUsed`` for a replay, and
    /// ``ResidentError/identityConflict`` when the resident is already verified as someone else by this provider.
    @discardableResult
    public static func completeExternalVerification(
        _ assertion: IdentityAssertion, hromadaID: Int64, identityKey: [UInt8], now: Date, in db: any DatabaseConnection
    ) throws -> ResidentLinkResult {
        let stateHash = ResidentSecret.digest(assertion.state)
        guard
            let row = try db.queryFirst(
                """
                SELECT resident_id, provider, expires_at, used_at FROM resident_verification_states
                WHERE hromada_id = ? AND state_hash = ?
                """, hromadaID, stateHash),
            try row.get("provider", as: String.self) == assertion.provider
        else { throw ResidentError.stateInvalid }
        guard try row.get("used_at", as: Date?.self) == nil else { throw ResidentError.stateUsed }
        guard now < (try row.get("expires_at", as: Date.self)) else { throw ResidentError.stateExpired }
        let residentID: Int64 = try row.get("resident_id")
        let identity = ResidentSecret.identityHash(
            provider: assertion.provider, subject: assertion.subject, key: identityKey)
        return try db.savepoint {
            try db.execute(
                "UPDATE resident_verification_states SET used_at = ? WHERE hromada_id = ? AND state_hash = ?", now,
                hromadaID, stateHash)
            let holder = try db.scalar(
                "SELECT resident_id FROM resident_identities WHERE hromada_id = ? AND identity_hash = ?",
                [.integer(hromadaID), .text(identity)], as: Int64.self)
            switch holder {
            case residentID?:
                break
            case _?:
                // Another resident holds this identity. Merging here would let whoever started the state (it is
                // not bound to the person completing it) absorb a victim who completed a link sent to them; the
                // person joins their channels with a link code instead, which proves both ends.
                throw ResidentError.identityHeldByAnotherResident
            case nil:
                let held = try db.scalar(
                    "SELECT 1 FROM resident_identities WHERE hromada_id = ? AND resident_id = ? AND provider = ?",
                    [.integer(hromadaID), .integer(residentID), .text(assertion.provider)], as: Int64.self)
                guard held == nil else { throw ResidentError.identityConflict }
                try db.execute(
                    """
                    INSERT INTO resident_identities (hromada_id, identity_hash, resident_id, provider, verified_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, hromadaID, identity, residentID, assertion.provider, assertion.verifiedAt)
            }
            try db.execute(
                "UPDATE resident_identities SET verified_at = ? WHERE hromada_id = ? AND identity_hash = ?",
                assertion.verifiedAt, hromadaID, identity)
            if let phone = assertion.phone.flatMap({ try? ResidentPhone.normalise($0) }) {
                try db.execute(
                    "UPDATE residents SET phone = ? WHERE hromada_id = ? AND id = ?", phone, hromadaID, residentID)
            }
            let resident = try requireResident(id: residentID, hromadaID: hromadaID, in: db)
            try raise(
                resident, to: .externalProvider, by: .provider(assertion.provider), note: nil,
                at: assertion.verifiedAt, in: db)
            return ResidentLinkResult(
                resident: try requireResident(id: residentID, hromadaID: hromadaID, in: db), mergedResidentID: nil)
        }
    }
}

extension ResidentStore {
    /// Starts an external verification and returns its state token;
    /// see ``startExternalVerification(residentID:provider:hromadaID:now:in:)``.
    public func startExternalVerification(
        residentID: Int64, provider: String, hromadaID: Int64
    ) async throws
        -> String
    {
        let now = clock.now
        return try await database.write { db in
            try Self.startExternalVerification(
                residentID: residentID, provider: provider, hromadaID: hromadaID, now: now, in: db)
        }
    }

    /// Completes an external verification; see ``completeExternalVerification(_:hromadaID:identityKey:now:in:)``.
    @discardableResult
    public func completeExternalVerification(
        _ assertion: IdentityAssertion, hromadaID: Int64
    ) async throws
        -> ResidentLinkResult
    {
        let now = clock.now
        return try await database.write { db in
            try Self.completeExternalVerification(
                assertion, hromadaID: hromadaID, identityKey: identityKey, now: now, in: db)
        }
    }
}
