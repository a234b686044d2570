/// Hromadas and their community data — districts, settlements, institutions, life situations and the service
/// catalogue — stored through the one ``Database``.
///
/// Every async method runs in one transaction. Each has a synchronous twin, a static function taking
/// `in db: any DatabaseConnection`, for code that needs the work inside its own transaction (as
/// ``JobQueue/schedule(_:payload:at:repeatEvery:maxAttempts:idempotencyKey:hromadaID:in:)`` does).
///
/// Queries take the hromada's id and never return another hromada's rows.
public struct CommunityStore: Sendable {
    /// Where the data lives; migrated with ``migrations``.
    public let database: any Database

    /// A store over `database`, which must have been migrated with ``migrations``.
    public init(database: any Database) {
        self.database = database
    }
}
