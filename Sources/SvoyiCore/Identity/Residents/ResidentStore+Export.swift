public import Foundation

extension ResidentStore {
    /// Everything held about the resident, as of `now`: the resident store's records, and each of `providers`'
    /// section (pass ``dataProviders``: every mounted module's). Throws ``ResidentError/notFound``.
    public static func export(
        residentID: Int64, hromadaID: Int64, now: Date, providers: [ResidentDataProvider],
        in db: any DatabaseConnection
    ) throws -> ResidentExport {
        let resident = try requireResident(id: residentID, hromadaID: hromadaID, in: db)
        let subject = ResidentDataSubject(
            residentID: residentID, hromadaID: hromadaID, channels: resident.channels, now: now)
        var sections: [String: ResidentExport.Value] = [:]
        for provider in providers { sections[provider.section] = try provider.exportHook(subject, db) }
        let identities = try db.query(
            """
            SELECT provider, identity_hash, verified_at FROM resident_identities
            WHERE hromada_id = ? AND resident_id = ? ORDER BY verified_at, provider
            """, hromadaID, residentID
        ).map { row in
            ResidentExport.Identity(
                provider: try row.get("provider"), identityHash: try row.get("identity_hash"),
                verifiedAt: try row.get("verified_at"))
        }
        let codes = try db.query(
            """
            SELECT created_at, expires_at FROM resident_link_codes WHERE hromada_id = ? AND resident_id = ?
            ORDER BY created_at
            """, hromadaID, residentID
        ).map { row in
            ResidentExport.Request(
                kind: "link-code", createdAt: try row.get("created_at"), expiresAt: try row.get("expires_at"))
        }
        let states = try db.query(
            """
            SELECT provider, created_at, expires_at, used_at FROM resident_verification_states
            WHERE hromada_id = ? AND resident_id = ? ORDER BY created_at
            """, hromadaID, residentID
        ).map { row in
            ResidentExport.Request(
                kind: "external-verification", provider: try row.get("provider"), createdAt: try row.get("created_at"),
                expiresAt: try row.get("expires_at"), usedAt: try row.get("used_at"))
        }
        return ResidentExport(
            exportedAt: now, residentID: resident.id, hromadaID: resident.hromadaID,
            displayName: resident.displayName, language: resident.language.rawValue, settlement: resident.settlement,
            verificationLevel: resident.verificationLevel, phone: resident.phone,
            verifiedBy: resident.verifiedBy?.description, verificationNote: resident.verificationNote,
            verifiedAt: resident.verifiedAt, createdAt: resident.createdAt, lastSeenAt: resident.lastSeenAt,
            channels: resident.channels.map {
                ResidentExport.Channel(channel: $0.channel, externalID: $0.externalID, linkedAt: $0.linkedAt)
            },
            consents: resident.consents.map {
                ResidentExport.Consent(
                    purpose: $0.purpose, textVersion: $0.textVersion, channel: $0.channel, grantedAt: $0.grantedAt,
                    withdrawnAt: $0.withdrawnAt)
            },
            identities: identities, requests: codes + states, sections: sections)
    }

    /// Erases the resident and everything tied to them — what each of `providers` keeps (pass
    /// ``dataProviders``: every mounted module's), then channel links, consent records, identities, link codes and
    /// verification states. One savepoint: when a provider throws, nothing is erased. Throws
    /// ``ResidentError/notFound``.
    ///
    /// The dependent rows are deleted explicitly as well as by the foreign keys' cascade, so erasure does not
    /// depend on the engine enforcing them.
    public static func delete(
        residentID: Int64, hromadaID: Int64, now: Date, providers: [ResidentDataProvider],
        in db: any DatabaseConnection
    ) throws {
        try checkExists(id: residentID, hromadaID: hromadaID, in: db)
        let subject = ResidentDataSubject(
            residentID: residentID, hromadaID: hromadaID,
            channels: try channels(residentID: residentID, hromadaID: hromadaID, in: db), now: now)
        try db.savepoint {
            for provider in providers { try provider.eraseHook(subject, db) }
            try deleteRows(residentID: residentID, hromadaID: hromadaID, in: db)
        }
    }

    /// Deletes the resident's own rows only: a merge moves the person's channels (and so what modules key by
    /// them) to the survivor first, so the modules' data is not the merged resident's to erase.
    static func deleteRows(residentID: Int64, hromadaID: Int64, in db: any DatabaseConnection) throws {
        for table in residentTables {
            try db.execute("DELETE FROM \(table) WHERE hromada_id = ? AND resident_id = ?", hromadaID, residentID)
        }
        try db.execute("DELETE FROM residents WHERE hromada_id = ? AND id = ?", hromadaID, residentID)
    }
}

extension ResidentStore {
    /// Everything held about the resident, with every provider's section; see
    /// ``export(residentID:hromadaID:now:providers:in:)``.
    public func export(residentID: Int64, hromadaID: Int64) async throws -> ResidentExport {
        let now = clock.now
        let providers = dataProviders
        return try await database.read { db in
            try Self.export(residentID: residentID, hromadaID: hromadaID, now: now, providers: providers, in: db)
        }
    }

    /// Erases the resident and everything tied to them, the providers' data included; see
    /// ``delete(residentID:hromadaID:now:providers:in:)``.
    public func delete(residentID: Int64, hromadaID: Int64) async throws {
        let now = clock.now
        let providers = dataProviders
        try await database.write { db in
            try Self.delete(residentID: residentID, hromadaID: hromadaID, now: now, providers: providers, in: db)
        }
    }
}
