/// Residents — one person across channels — with their channel links, consents, verification and external
/// identities, stored through the one ``Database``.
///
/// Every async method runs in one transaction and reads the time from the injected clock. Each has a
/// synchronous twin, a static function taking `now:` and `in db: any DatabaseConnection`, for code that needs
/// the work inside its own transaction; twins that write several rows do so in a savepoint, so a throw leaves
/// the caller's transaction as it was.
///
/// Every operation takes the hromada's id: a resident of another hromada is ``ResidentError/notFound``.
public struct ResidentStore: Sendable {
    /// Where the data lives; migrated with ``CommunityStore/migrations`` and then ``migrations``.
    public let database: any Database
    /// The source of the current time (link-code and state expiry, last-seen and consent times).
    public let clock: any WallClock

    /// A store over `database`, which must have been migrated with ``CommunityStore/migrations`` and
    /// ``migrations``.
    public init(database: any Database, clock: any WallClock = SystemClock()) {
        self.database = database
        self.clock = clock
    }
}
