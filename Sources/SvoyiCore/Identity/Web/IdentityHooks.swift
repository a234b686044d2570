import Foundation

/// The hook identity providers call when a person has verified with them:
/// `POST /hooks/identity/{hromada}/{provider}`, with the hromada's slug and the provider's
/// ``IdentityProvider/name``.
///
/// No session or token: the provider authenticates each request itself (``IdentityProvider/verify(body:headers:)``,
/// a signature for ``SignedAssertionProvider``), and the assertion's state ties it to one resident of the hromada.
/// Answers `{"status":"verified","level":"externalProvider"}`, or problem JSON with a Ukrainian `detail`: 404 for an
/// unknown hromada or provider, 400 for a malformed request or unknown state, 401 for a missing or bad signature or
/// a stale timestamp, 409 for a replay or an identity conflict, 410 for an expired state.
///
/// ```swift
/// var identity = try IdentityServices(database: database, secretKey: key, modules: modules)
/// identity.identityProviders = ["bankid": SignedAssertionProvider(name: "bankid", secret: secret)]
/// IdentityHooks(identity: identity).register(on: &router)
/// ```
public struct IdentityHooks: Sendable {
    public let identity: IdentityServices
    let community: CommunityStore

    /// The hooks for `identity`'s ``IdentityServices/identityProviders``.
    public init(identity: IdentityServices) {
        self.identity = identity
        self.community = CommunityStore(database: identity.database)
    }

    /// The hook's route pattern.
    public static let pattern = "/hooks/identity/{hromada}/{provider}"

    /// Registers the hook on `router`, declared public: the provider's signature, not a session, authenticates it.
    public func register(on router: inout Router) {
        router.post(Self.pattern, bodyLimit: 64 * 1024, tag: RouteAccess.public.tag) { request, context in
            try await receive(request, context)
        }
    }

    func receive(_ request: HTTPRequest, _ context: RequestContext) async throws -> HTTPResponse {
        let instance = "/" + context.path.joined(separator: "/")
        guard let hromada = try await community.hromada(slug: try context.parameters.string("hromada")),
            let hromadaID = hromada.id
        else { return Self.problem(.notFound, "Такої громади немає.", instance: instance) }
        let name = try context.parameters.string("provider")
        guard let provider = identity.identityProviders[name] else {
            return Self.problem(
                .notFound, "Постачальника перевірки особи з такою назвою не підключено.", instance: instance)
        }
        var body: [UInt8] = []
        try request.forEachBodyChunk { body += $0 }
        let result: ResidentLinkResult
        do {
            let assertion = try await provider.verify(body: body, headers: request.headers)
            result = try await identity.residents.completeExternalVerification(assertion, hromadaID: hromadaID)
        } catch let error as ResidentError {
            return Self.problem(Self.status(for: error), error.messageUK, instance: instance)
        }
        var after = ["level": "\(result.resident.verificationLevel)"]
        if let merged = result.mergedResidentID { after["merged_resident"] = String(merged) }
        try await identity.audit.record(
            AuditEntry(
                hromadaID: hromadaID, at: identity.clock.now, actor: .system, action: "resident.verify",
                targetKind: "resident", targetID: String(result.resident.id), detail: "provider \(provider.name)",
                after: after, address: request.remoteAddress, requestID: context.requestID))
        let answer = #"{"level":"\#(result.resident.verificationLevel)","status":"verified"}"#
        return HTTPResponse(
            status: .ok,
            headers: HTTPHeaders([("Content-Type", "application/json"), ("Cache-Control", "no-store")]),
            body: .bytes(Array(answer.utf8)))
    }

    /// The status a refusal answers with.
    static func status(for error: ResidentError) -> HTTPStatus {
        switch error {
        case .signatureMissing, .signatureInvalid, .timestampOutOfRange: .unauthorized
        case .replayedRequest, .stateUsed, .identityConflict, .identityHeldByAnotherResident: .conflict
        case .stateExpired: HTTPStatus(410)
        default: .badRequest
        }
    }

    static func problem(_ status: HTTPStatus, _ detail: String, instance: String) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: HTTPHeaders([("Content-Type", ProblemDetails.contentType), ("Cache-Control", "no-store")]),
            body: .bytes(ProblemDetails(HTTPError(status, detail), instance: instance).jsonBytes()))
    }
}
