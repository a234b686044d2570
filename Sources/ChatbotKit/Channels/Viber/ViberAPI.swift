import Foundation
public import SvoyiCore

/// Calls one bot's Viber REST API: `POST <apiBase>/<endpoint>` with a JSON body and the `X-Viber-Auth-Token`
/// header. Requests are never retried here (a message sent twice reaches the person twice); callers decide.
public struct ViberAPI: Sendable {
    /// The header that carries the bot's token.
    public static let authHeader = "X-Viber-Auth-Token"

    public let bot: ViberBot
    public let client: any HTTPClient
    /// The longest one call may take.
    public var timeout: Duration

    public init(bot: ViberBot, client: any HTTPClient, timeout: Duration = .seconds(30)) {
        self.bot = bot
        self.client = client
        self.timeout = timeout
    }

    /// What became of one call.
    public enum Result: Sendable {
        /// Viber answered (`status` 0 is success; anything else is an error of the request).
        case answered(ViberAnswer, body: [UInt8])
        /// An HTTP status other than 200 (a 5xx when Viber is in trouble, 429 from a proxy).
        case httpStatus(Int, retryAfter: String?)
        /// No answer came (refused, timed out, dropped).
        case noAnswer(HTTPClientError)
        /// An answer came but it is not Viber's JSON.
        case unreadable(String)
    }

    /// Posts `body` to `endpoint` (`send_message`, `broadcast_message` …).
    public func call(_ endpoint: String, body: [UInt8]) async -> Result {
        let request = HTTPClientRequest(
            method: .post, url: bot.url(endpoint),
            headers: HTTPHeaders([("Content-Type", "application/json"), (Self.authHeader, bot.authToken)]),
            body: body, timeout: timeout, idempotent: false)
        let response: HTTPClientResponse
        do {
            response = try await client.send(request)
        } catch let error as HTTPClientError {
            return .noAnswer(error)
        } catch {
            return .noAnswer(
                HTTPClientError(.connection, method: .post, url: request.url, detail: "\(type(of: error))"))
        }
        guard response.statusCode == 200 else {
            return .httpStatus(response.statusCode, retryAfter: response.headers["Retry-After"])
        }
        guard let answer = try? JSONDecoder().decode(ViberAnswer.self, from: Data(response.body)) else {
            return .unreadable("HTTP 200 without Viber's JSON (\(response.body.count) bytes)")
        }
        return .answered(answer, body: response.body)
    }

    /// `send_message` (or `broadcast_message` when the message has a broadcast list).
    public func send(_ message: ViberSendMessage) async -> Result {
        await call(message.broadcastList == nil ? "send_message" : "broadcast_message", body: message.jsonBytes())
    }

    /// Posts `body` and decodes a successful answer as `T`; throws ``ViberAPIError`` otherwise.
    func request<T: Decodable>(
        _ endpoint: String, body: some Encodable, as type: T.Type
    ) async throws(ViberAPIError) -> T {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let bytes = try? encoder.encode(body) else {
            throw ViberAPIError(status: nil, message: "could not encode the request to \(endpoint)")
        }
        switch await call(endpoint, body: Array(bytes)) {
        case .answered(let answer, let bytes):
            guard answer.status == .ok else {
                throw ViberAPIError(status: answer.status, message: answer.statusMessage)
            }
            do {
                return try JSONDecoder().decode(T.self, from: Data(bytes))
            } catch {
                throw ViberAPIError(status: nil, message: "unexpected answer to \(endpoint)")
            }
        case .httpStatus(let code, _): throw ViberAPIError(status: nil, message: "HTTP \(code)")
        case .noAnswer(let error): throw ViberAPIError(status: nil, message: error.description)
        case .unreadable(let detail): throw ViberAPIError(status: nil, message: detail)
        }
    }

    /// `get_account_info`: the bot's name, URI, webhook and subscriber count; checks the token.
    public func accountInfo() async throws(ViberAPIError) -> ViberAccountInfo {
        try await request("get_account_info", body: [String: String](), as: ViberAccountInfo.self)
    }

    /// `get_user_details` of a subscriber.
    public func userDetails(id: String) async throws(ViberAPIError) -> ViberUser {
        try await request("get_user_details", body: ["id": id], as: ViberUserDetailsAnswer.self).user
    }

    /// The callbacks a Svoyi webhook asks for (`message` always comes).
    public static let webhookEvents = [
        "delivered", "seen", "failed", "subscribed", "unsubscribed", "conversation_started",
    ]

    /// `set_webhook`: Viber checks `url` at once with a signed `webhook` callback, which must answer 200. Returns
    /// the event types Viber will send. An empty `url` removes the webhook.
    @discardableResult
    public func setWebhook(
        url: String, eventTypes: [String] = ViberAPI.webhookEvents, sendName: Bool = true, sendPhoto: Bool = true
    ) async throws(ViberAPIError) -> [String] {
        let body = ViberSetWebhookRequest(url: url, eventTypes: eventTypes, sendName: sendName, sendPhoto: sendPhoto)
        return try await request("set_webhook", body: body, as: ViberSetWebhookAnswer.self).eventTypes ?? []
    }
}

/// The fields every answer has, and those of `send_message` and `broadcast_message`.
public struct ViberAnswer: Sendable, Hashable, Decodable {
    public var status: ViberStatus
    public var statusMessage: String?
    /// The sent message's token.
    public var messageToken: ViberNumber?
    /// `broadcast_message`: the receivers it did not reach, each with its own status.
    public var failedList: [Failure]?

    /// One receiver a broadcast did not reach.
    public struct Failure: Sendable, Hashable, Decodable {
        public var receiver: String
        public var status: ViberStatus
        public var statusMessage: String?

        enum CodingKeys: String, CodingKey {
            case receiver, status
            case statusMessage = "status_message"
        }
    }

    enum CodingKeys: String, CodingKey {
        case status
        case statusMessage = "status_message"
        case messageToken = "message_token"
        case failedList = "failed_list"
    }
}

/// `get_account_info`'s answer (the fields Svoyi uses).
public struct ViberAccountInfo: Sendable, Hashable, Decodable {
    public var id: String
    public var name: String
    /// The bot's URI, for deep links: `viber://pa?chatURI=<uri>`.
    public var uri: String?
    public var icon: String?
    public var webhook: String?
    public var eventTypes: [String]?
    public var subscribersCount: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, uri, icon, webhook
        case eventTypes = "event_types"
        case subscribersCount = "subscribers_count"
    }
}

struct ViberUserDetailsAnswer: Decodable {
    var user: ViberUser
}

struct ViberSetWebhookRequest: Encodable {
    var url: String
    var eventTypes: [String]
    var sendName: Bool
    var sendPhoto: Bool

    enum CodingKeys: String, CodingKey {
        case url
        case eventTypes = "event_types"
        case sendName = "send_name"
        case sendPhoto = "send_photo"
    }
}

struct ViberSetWebhookAnswer: Decodable {
    var eventTypes: [String]?

    enum CodingKeys: String, CodingKey {
        case eventTypes = "event_types"
    }
}

/// A Viber API call that did not succeed: Viber's status when it answered, else what happened instead.
public struct ViberAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    public var status: ViberStatus?
    public var message: String?

    public init(status: ViberStatus?, message: String?) {
        self.status = status
        self.message = message
    }

    public var description: String {
        let what = status.map(\.description) ?? "no answer"
        return "Viber API: \(what)\(message.map { ": \($0)" } ?? "")"
    }
}
