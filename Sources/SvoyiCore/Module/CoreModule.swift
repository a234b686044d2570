/// What SvoyiCore itself brings to a server: the community model's, the job queue's, identity's and the notification
/// outbox's schema, the core permissions and the panel's own menu entries. Always mounted first, since every kit's
/// tables refer to hromadas.
public struct CoreModule: Module {
    public let name = "core"

    public init() {}

    public var migrations: [Migration] {
        CommunityStore.migrations + JobQueue.migrations + IdentitySchema.migrations + ResidentStore.migrations
            + NotifyStore.migrations
    }

    public var jobHandlers: [JobHandler] { [SessionStore.purgeJob(), NotifyExpansion.jobHandler()] }

    public var permissions: [Permission] { Permission.core }

    public var adminSections: [AdminSection] { AdminSection.core }

    /// `cnap.offices`, `shelters.nearest` and `catalog.places`, over the hromada's community data, and the
    /// notification settings `notify.topics`, `notify.settlement` and `notify.settlement.set`.
    public var conversationActions: [ConversationAction] {
        CoreConversationActions.all + NotifyConversationActions.all
    }

    /// The outbox's share of a resident's data: topic choices and notifications (``NotifyStore/residentData``).
    public var residentData: [ResidentDataProvider] { [NotifyStore.residentData] }
}
