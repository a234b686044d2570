public import Foundation
public import SvoyiCore

extension ConversationStore {
    /// The job kind that forgets idle conversations.
    public static let purgeJobKind = "chatbot.purge-idle-conversations"

    /// How long an untouched conversation is kept: 90 days. A resident who comes back later starts at the main menu.
    /// The same as ``ResidentStore/anonymousRetention``, after which an anonymous web-chat resident is removed.
    public static let idleRetention: TimeInterval = ResidentStore.anonymousRetention

    /// The daily job that deletes conversations idle longer than ``idleRetention``.
    public static let purgeJob = JobHandler.transactional(purgeJobKind) { job, db in
        try deleteIdle(before: job.runAt.addingTimeInterval(-idleRetention), in: db)
    }

    /// Schedules the daily purge once (idempotent), starting now.
    public static func schedulePurge(at now: Date, in db: any DatabaseConnection) throws {
        try JobQueue.schedule(purgeJobKind, at: now, repeatEvery: 86_400, idempotencyKey: purgeJobKind, in: db)
    }
}
