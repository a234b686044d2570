import Foundation
public import SvoyiCore

/// The admin panel's «PUSH-повідомлення» (`/admin/push`) and the integrators' PUSH API (`/api/v1/push`): staff
/// compose a message to the hromada's residents (everyone, some settlements or starosta districts, by topic), see
/// how it will look and how many will get it, send it now or at a local time; emergency alerts from the template go
/// before everything else queued; every message's delivery is counted by state, and staff cancel it or send it
/// again to those whose delivery is unknown. Server-rendered, in Ukrainian, usable without JavaScript.
///
/// ```swift
/// let notify = NotifyStore(database: database, jobs: runner)
/// PushAdmin(panel: panel, notify: notify).register(on: &router)
/// ```
///
/// Composing, the list, cancelling and resending need `push.send`; emergency alerts need `push.emergency`
/// (``Permission/pushSend``, ``Permission/pushEmergency``). Mount ``ChatbotModule`` in the identity services so the
/// permissions and the `{push}` resolver are known. Messages are written to the SvoyiCore outbox
/// (``NotifyStore``); the messenger channels deliver them.
public struct PushAdmin: Sendable {
    /// Where the section lives.
    public static let basePath = "/admin/push"
    /// Where the API lives.
    public static let apiPath = "/api/v1/push"
    /// Messages per page of the list.
    static let pageSize = 30

    /// The panel whose frame, forms and audit the section uses.
    public let panel: AdminPanel
    /// The notification outbox.
    public let notify: NotifyStore
    let community: CommunityStore

    /// The section over `notify`; pass a store with the server's job runner so messages for now start at once.
    public init(panel: AdminPanel, notify: NotifyStore) {
        self.panel = panel
        self.notify = notify
        self.community = CommunityStore(database: notify.database)
    }

    /// Registers the section's pages and the API, each with its declared access.
    public func register(on router: inout Router) {
        let sending = RouteAccess.permission(Permission.pushSend.key)
        let emergency = RouteAccess.permission(Permission.pushEmergency.key)
        let base = Self.basePath
        panel.get(&router, base, sending) { _, context in try await listPage(context: context) }
        panel.get(&router, "\(base)/new", sending) { _, context in try await composePage(context: context) }
        panel.post(&router, "\(base)/new", sending) { request, context in try await composeSubmit(request, context) }
        panel.get(&router, "\(base)/emergency", emergency) { request, context in
            try await emergencyPage(request: request, context: context)
        }
        panel.post(&router, "\(base)/emergency", emergency) { request, context in
            try await emergencySubmit(request, context)
        }
        panel.get(&router, "\(base)/{push:int}", sending) { _, context in try await detailPage(context: context) }
        panel.post(&router, "\(base)/{push:int}/cancel", sending) { request, context in
            try await cancel(request, context)
        }
        panel.post(&router, "\(base)/{push:int}/resend", sending) { request, context in
            try await resendUncertain(request, context)
        }
        registerAPI(on: &router, sending: sending)
    }

    /// The path of a message's page.
    static func path(_ id: Int64, _ suffix: String = "") -> String {
        "\(basePath)/\(id)\(suffix)"
    }

    /// The signed-in member's hromada, its time zone and places.
    func hromada(_ hromadaID: Int64) async throws -> (hromada: Hromada, zone: TimeZone, places: PushForm.Places) {
        guard let hromada = try await community.hromada(id: hromadaID) else { throw HTTPError(.notFound) }
        let places = PushForm.Places(
            settlements: try await community.settlements(hromadaID: hromadaID),
            districts: try await community.districts(hromadaID: hromadaID))
        return (hromada, PushSchedule.zone(of: hromada), places)
    }

    /// The route's message in the actor's hromada; 404 when there is none (the access middleware already refused
    /// other hromadas' ids).
    func routeMessage(_ context: RequestContext) async throws -> (actor: StaffMember, message: NotifyMessage) {
        let (actor, _) = try panel.signedIn(context)
        let id = try context.parameters.int("push")
        guard let message = try await notify.message(id: id, hromadaID: actor.hromadaID) else {
            throw HTTPError(.notFound, "Такого повідомлення в громаді немає.")
        }
        return (actor, message)
    }

    /// Where residents find the nearest shelters, for the emergency template: the web chat opened at its shelters
    /// dialogue (`?open=shelters`, which asks for a location and lists the three nearest) on the hromada's own host
    /// name, or else on the host the request came to (`requestHost`), naming the hromada. `nil` when neither is
    /// known.
    public static func sheltersURL(for hromada: Hromada, requestHost: String? = nil, secure: Bool = true) -> String? {
        if let host = hromada.hosts.first, !host.isEmpty { return "https://\(host)/chat?open=shelters" }
        guard let requestHost = requestHost?.trimmingCharacters(in: .whitespaces), !requestHost.isEmpty,
            !requestHost.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "@" || $0.isWhitespace })
        else { return nil }
        return "\(secure ? "https" : "http")://\(requestHost)/chat?hromada=\(hromada.slug)&open=shelters"
    }

    /// A random idempotency key for a preview's confirm button, so a second press sends nothing twice.
    static func newFormKey() -> String {
        "panel-" + SecureRandom.token(bytes: 16)
    }

    /// The form's key when it is one the panel made, else a new one.
    static func formKey(_ fields: URLEncodedFields) -> String {
        let key = fields["key"] ?? ""
        let body = key.dropFirst("panel-".count)
        guard key.hasPrefix("panel-"), body.count == 22,
            body.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return newFormKey() }
        return key
    }
}
