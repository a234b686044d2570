/// What SvoyiCore itself brings to a server: the community model's and the job queue's schema.
/// Always mounted first, since every kit's tables refer to hromadas.
public struct CoreModule: Module {
    public let name = "core"

    public init() {}

    public var migrations: [Migration] {
        CommunityStore.migrations + JobQueue.migrations
    }
}
