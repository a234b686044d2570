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
    /// Keys the stored hashes of external identities; derived from the installation's secret key (see
    /// ``DataDirectory/secretKey()``), which lives outside the database.
    let identityKey: [UInt8]
    /// What the mounted modules keep about residents: exported with them and erased with them (see
    /// ``ResidentDataProvider``). ``IdentityServices`` passes every mounted module's ``Module/residentData``.
    public let dataProviders: [ResidentDataProvider]

    /// A store over `database`, which must have been migrated with ``CommunityStore/migrations`` and
    /// ``migrations``. `secretKey` is the installation's secret key; `dataProviders` are the mounted modules'
    /// resident data (section names unique: ``IdentityServices`` checks them).
    public init(
        database: any Database, secretKey: [UInt8], clock: any WallClock = SystemClock(),
        dataProviders: [ResidentDataProvider] = []
    ) {
        self.database = database
        self.clock = clock
        self.dataProviders = dataProviders
        self.identityKey = HMAC<SHA256>.authenticationCode(for: Array("svoyi resident identities".utf8), key: secretKey)
    }
}
