public import Foundation

extension ResidentStore {
    /// The job kind that removes anonymous web-chat residents.
    public static let anonymousPurgeJobKind = "residents.purge-anonymous-web"

    /// How long an anonymous web-chat resident is kept after their last visit: 90 days, as long as the chatbot keeps
    /// an idle conversation (ChatbotKit's `ConversationStore.idleRetention` is this value).
    public static let anonymousRetention: TimeInterval = 90 * 86_400

    /// The residents nobody could miss: only `web` channel links (a browser's chat session), the
    /// ``VerificationLevel/messenger`` level, no phone, no consent record (not even a withdrawn one), no external
    /// identity, and not seen since `cutoff`. Oldest first, across every hromada, as (hromada, resident) ids.
    public static func anonymousWebResidents(
        notSeenSince cutoff: Date, in db: any DatabaseConnection
    ) throws -> [(hromadaID: Int64, residentID: Int64)] {
        try db.query(
            """
            SELECT r.hromada_id, r.id FROM residents r
            WHERE r.last_seen_at < ? AND r.verification_level = ? AND r.phone IS NULL
              AND EXISTS (SELECT 1 FROM resident_channels c
                          WHERE c.hromada_id = r.hromada_id AND c.resident_id = r.id AND c.channel = 'web')
              AND NOT EXISTS (SELECT 1 FROM resident_channels c
                              WHERE c.hromada_id = r.hromada_id AND c.resident_id = r.id AND c.channel <> 'web')
              AND NOT EXISTS (SELECT 1 FROM resident_consents c
                              WHERE c.hromada_id = r.hromada_id AND c.resident_id = r.id)
              AND NOT EXISTS (SELECT 1 FROM resident_identities i
                              WHERE i.hromada_id = r.hromada_id AND i.resident_id = r.id)
            ORDER BY r.last_seen_at, r.id
            """, cutoff, VerificationLevel.messenger.rawValue
        ).map { row in (try row.get("hromada_id", as: Int64.self), try row.get("id", as: Int64.self)) }
    }

    /// Deletes every anonymous web-chat resident not seen for ``anonymousRetention`` before `now`, with what
    /// `providers` keep about them (their chatbot conversation), as ``delete(residentID:hromadaID:now:providers:in:)``
    /// does. Returns how many were deleted.
    @discardableResult
    public static func purgeAnonymousWebResidents(
        now: Date, providers: [ResidentDataProvider], in db: any DatabaseConnection
    ) throws -> Int {
        let stale = try anonymousWebResidents(notSeenSince: now.addingTimeInterval(-anonymousRetention), in: db)
        for (hromadaID, residentID) in stale {
            try delete(residentID: residentID, hromadaID: hromadaID, now: now, providers: providers, in: db)
        }
        return stale.count
    }

    /// The daily job that purges anonymous web-chat residents (``purgeAnonymousWebResidents(now:providers:in:)``)
    /// with every mounted module's providers; ``IdentityServices/jobHandlers`` holds it.
    public static func anonymousPurgeJob(providers: [ResidentDataProvider]) -> JobHandler {
        .transactional(anonymousPurgeJobKind) { job, db in
            try purgeAnonymousWebResidents(now: job.runAt, providers: providers, in: db)
        }
    }

    /// Schedules the daily purge once (idempotent), starting at `now`.
    public static func schedulePurge(at now: Date, in db: any DatabaseConnection) throws {
        try JobQueue.schedule(
            anonymousPurgeJobKind, at: now, repeatEvery: 86_400, idempotencyKey: anonymousPurgeJobKind, in: db)
    }
}
