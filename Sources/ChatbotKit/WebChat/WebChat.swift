import Foundation
public import SvoyiCore

/// The web chat channel: the `/chat` page (server-rendered, works without JavaScript) and its JSON API
/// (`POST /api/v1/chat`) for the website widget and the self-service terminal. It talks to the same dialogues as
/// the messengers, through the same conversation service.
///
/// A browser is known by a random 128-bit token in a cookie (the API returns it as `session`); the resident behind
/// it is a `web` channel resident of the hromada, so the conversation survives restarts like any other.
public struct WebChat: Sendable {
    /// Runs one input through the dialogues for the resident known by `key` in the hromada, in `language` when the
    /// conversation has none yet, and returns what the bot says.
    public typealias Receiver =
        @Sendable (_ input: ResidentInput, _ key: String, _ hromadaID: Int64, _ language: Language) async throws ->
        [BotMessage]
    /// Opens the published dialogue `dialogueID` for the resident known by `key` (a link to `/chat?open=<id>`, or
    /// the API's `open`), in `language` when the conversation has none yet, and returns what the bot says: the
    /// dialogue's first messages, or that the link leads nowhere and the main menu.
    public typealias Opener =
        @Sendable (_ dialogueID: String, _ key: String, _ hromadaID: Int64, _ language: Language) async throws ->
        [BotMessage]

    let receive: Receiver
    let open: Opener
    let community: CommunityStore
    let residents: ResidentStore
    let transcripts: WebChatTranscripts
    let hromadas: WebChatHromadas
    let csrfKey: [UInt8]
    /// The session cookie's name.
    public var cookieName = "svoyi_chat"
    /// The longest message accepted from a person, in characters.
    public var maximumTextLength = 4_000

    /// A web chat over the conversation service (`receive`, `open`), the hromadas of `community`, and `residents`;
    /// `secretKey` keys the form tokens. `clock` times how long the hromada a host name stands for is remembered
    /// (two seconds; see ``hromadaID(for:context:)``).
    public init(
        receive: @escaping Receiver, open: @escaping Opener, community: CommunityStore, residents: ResidentStore,
        secretKey: [UInt8],
        clock: any WallClock = SystemClock()
    ) {
        self.receive = receive
        self.open = open
        self.community = community
        self.residents = residents
        self.transcripts = WebChatTranscripts()
        self.hromadas = WebChatHromadas(community: community, clock: clock)
        self.csrfKey = HMAC<SHA256>.authenticationCode(for: Array("svoyi web chat forms".utf8), key: secretKey)
    }

    /// The JSON API's path, for the server's rate limit and CORS policy.
    public static let apiPath = "/api/v1/chat"

    /// Registers `GET /chat`, `POST /chat`, the page's script `GET /chat/location.js` and `POST /api/v1/chat`, all
    /// public. Bodies may be up to 64 KiB: 4,000 Cyrillic characters percent-encoded take 24 KB.
    public func register(on router: inout Router) {
        router.get("/chat", tag: RouteAccess.public.tag) { request, context in try await page(request, context) }
        // A HEAD (link checkers, previews) changes nothing: no session, no resident, no conversation.
        router.head("/chat", tag: RouteAccess.public.tag) { _, _ in
            HTTPResponse(
                headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")]))
        }
        router.post("/chat", bodyLimit: 64 * 1024, tag: RouteAccess.public.tag) { request, context in
            try await submit(request, context)
        }
        router.get(Self.scriptPath, tag: RouteAccess.public.tag) { _, _ in
            HTTPResponse(
                headers: HTTPHeaders([
                    ("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "public, max-age=3600"),
                ]),
                body: .bytes(Array(Self.script.utf8)))
        }
        router.post(Self.apiPath, bodyLimit: 64 * 1024, tag: RouteAccess.public.tag) { request, context in
            try await api(request, context)
        }
    }

    /// The hromada a request is for: by host name, else `?hromada=<slug>`, else the installation's first.
    func hromada(for request: HTTPRequest, context: RequestContext) async throws -> Hromada {
        let id = try await hromadaID(for: request, context: context)
        guard let hromada = try await community.hromada(id: id) else {
            throw HTTPError(.notFound, "На цьому сервері ще немає громади.")
        }
        return hromada
    }

    /// The id of the hromada a request is for (see ``hromada(for:context:)``). The API needs only the id, and
    /// reading whole hromadas (their hosts, their locales as JSON) on every message was measurable; the answer is
    /// remembered for two seconds (``WebChatHromadas``), so a hromada's new host name or slug reaches the web chat
    /// within that time.
    func hromadaID(for request: HTTPRequest, context: RequestContext) async throws -> Int64 {
        let host = (request.headers["Host"] ?? "").split(separator: ":").first.map(String.init)?.lowercased() ?? ""
        guard let id = try await hromadas.id(host: host, slug: context.query["hromada"]) else {
            throw HTTPError(.notFound, "На цьому сервері ще немає громади.")
        }
        return id
    }

    /// The resident key for a browser session token: the token itself is never stored, only its hash.
    func residentKey(session: String) -> String {
        "web:" + String(Base64URL.encode(SHA256.hash(Array(session.utf8))).prefix(32))
    }

    /// Makes sure a `web` resident exists for the session, and returns the conversation key.
    func resident(session: String, hromadaID: Int64, language: Language) async throws -> String {
        let key = residentKey(session: session)
        _ = try await residents.findOrCreate(
            channel: .web, externalID: key, displayName: nil, language: language, hromadaID: hromadaID)
        return key
    }

    /// The form token for a session (an HMAC, so nothing is stored for it).
    func formToken(session: String) -> String {
        Base64URL.encode(HMAC<SHA256>.authenticationCode(for: Array(session.utf8), key: csrfKey))
    }

    static func isValidSession(_ token: String) -> Bool {
        token.utf8.count == 22
            && token.utf8.allSatisfy { byte in
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_")
            }
    }
}
