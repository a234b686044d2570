import Foundation
public import SvoyiCore

/// The admin panel's section for the chatbot's dialogues (`/admin/dialogues`): browse the hromada's library, see
/// what the validator says about each version, edit through a structured form or the raw JSON (every save is a
/// new draft), try any version in a test chat, publish, and roll back. Server-rendered, in Ukrainian, usable
/// without JavaScript, on the panel's helpers (frame, forms with the session's CSRF token, audit).
///
/// ```swift
/// let panel = AdminPanel(identity: identity)
/// panel.register(on: &router)
/// DialogueAdmin(panel: panel, store: dialogues, conversations: conversations).register(on: &router)
/// ```
///
/// Drafts and the test chat need `dialogues.edit`; publishing and rolling back need `dialogues.publish`
/// (``Permission/dialoguesEdit``, ``Permission/dialoguesPublish``). Mount ``ChatbotModule`` in the identity
/// services so the permissions and the `{dialogue}` resolver are known.
public struct DialogueAdmin: Sendable {
    /// Where the section lives.
    public static let basePath = "/admin/dialogues"

    /// The panel whose frame, forms and audit the section uses.
    public let panel: AdminPanel
    /// The hromadas' dialogue libraries.
    public let store: DialogueStore
    /// The residents' conversation service: the test chat runs with its actions, engine, clock and lock, over its
    /// own dialogue source and keys, so it never reaches a resident's conversation.
    public let conversations: ConversationService
    let tryOuts: DialogueTryOuts

    /// The section over `store`, with the test chat modelled on `conversations`.
    public init(panel: AdminPanel, store: DialogueStore, conversations: ConversationService) {
        self.panel = panel
        self.store = store
        self.conversations = conversations
        self.tryOuts = DialogueTryOuts()
    }

    /// Registers the section's routes, each with its declared access.
    public func register(on router: inout Router) {
        let editing = RouteAccess.permission(Permission.dialoguesEdit.key)
        let publishing = RouteAccess.permission(Permission.dialoguesPublish.key)
        let base = Self.basePath
        panel.get(&router, base, editing) { _, context in try await listPage(context: context) }
        // A pasted dialogue is JSON with Cyrillic text, percent-encoded: a long consultation takes several times the
        // panel's 64 KiB form limit, so the two routes that take JSON allow 1 MiB.
        router.post(base, bodyLimit: Self.jsonBodyLimit, tag: editing.tag) { request, context in
            try await create(request, context)
        }
        // The one fixed segment beside {dialogue}: reserved, so no dialogue can have it as its id.
        panel.get(&router, "\(base)/\(Self.reviewsSegment)", editing) { _, context in
            try await reviewsPage(context: context)
        }
        panel.get(&router, "\(base)/{dialogue}", editing) { _, context in try await dialoguePage(context: context) }
        router.post("\(base)/{dialogue}/draft", bodyLimit: Self.jsonBodyLimit, tag: editing.tag) { request, context in
            try await saveRawDraft(request, context)
        }
        panel.post(&router, "\(base)/{dialogue}/details", editing) { request, context in
            try await saveDetails(request, context)
        }
        panel.post(&router, "\(base)/{dialogue}/publish", publishing) { request, context in
            try await publish(request, context)
        }
        panel.post(&router, "\(base)/{dialogue}/rollback", publishing) { request, context in
            try await rollBack(request, context)
        }
        panel.get(&router, "\(base)/{dialogue}/try", editing) { _, context in try await tryOutPage(context: context) }
        panel.post(&router, "\(base)/{dialogue}/try", editing) { request, context in
            try await tryOutSubmit(request, context)
        }
    }

    /// The review queue's path segment, `/admin/dialogues/reviews`: one of ``DialogueValidator/reservedIDs``.
    static let reviewsSegment = "reviews"

    /// The body limit of the routes that take a dialogue's JSON.
    static let jsonBodyLimit = 1 << 20

    /// The path of a dialogue's page.
    static func path(_ id: String, _ suffix: String = "") -> String {
        "\(basePath)/\(id)\(suffix)"
    }

    /// Every stored version of the route's dialogue in the actor's hromada, oldest first; 404 when there is none
    /// (the access middleware already refused other hromadas' ids).
    func history(_ context: RequestContext) async throws -> (actor: StaffMember, id: String, [DialogueRevision]) {
        let (actor, _) = try panel.signedIn(context)
        let id = try context.parameters.string("dialogue")
        let history = try await store.history(id: id, hromadaID: actor.hromadaID)
        guard !history.isEmpty else { throw HTTPError(.notFound) }
        return (actor, id, history)
    }

    /// Today in the hromada's time zone, for review dates.
    func today(hromadaID: Int64) async throws -> CivilDate {
        let zone = try await CommunityStore(database: store.database).hromada(id: hromadaID)?.timeZone
        return CivilDate(
            store.clock.now, in: zone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Kyiv")!)
    }

    /// What the validator says about `dialogue` now, against the hromada's published dialogues, the known
    /// actions and the catalogue (as publishing would check it).
    func problems(of dialogue: Dialogue, hromadaID: Int64) async throws -> [DialogueProblem] {
        try await store.database.read { db in
            try store.validator(hromadaID: hromadaID, in: db).validate(set: [dialogue])
        }
    }
}
