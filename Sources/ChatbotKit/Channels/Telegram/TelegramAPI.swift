public import Foundation
public import SvoyiCore

/// Calls the Bot API of one bot: `POST <api base>/bot<token>/<method>` with a JSON body, answered by
/// `{"ok":true,"result":…}` or `{"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}`.
///
/// Calls that send something are not idempotent and go out once (the client's retries are for idempotent
/// requests only); the caller decides what a failure means. Errors never show the token: ``HTTPClientError`` keeps
/// only the URL's origin.
public struct TelegramAPI: Sendable {
    /// The API base (`https://api.telegram.org`, a Local Bot API server, a fake in tests).
    public let base: URL
    let token: String
    /// The HTTP client (one long-lived ``URLSessionHTTPClient`` in production).
    public let client: any HTTPClient
    /// The longest one call may take (a long poll adds its own wait to it).
    public let timeout: Duration

    public init(base: URL, token: String, client: any HTTPClient, timeout: Duration = .seconds(30)) {
        self.base = base
        self.token = token
        self.client = client
        self.timeout = timeout
    }

    /// The API of the bot behind `credentials`.
    public init(_ credentials: BotCredentials, client: any HTTPClient, timeout: Duration = .seconds(30)) {
        self.init(base: credentials.bot.apiBase, token: credentials.token, client: client, timeout: timeout)
    }

    /// The JSON encoder for request bodies: sorted keys, so the bytes are stable (and testable).
    public static func encode(_ body: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The bodies are plain structs of strings, numbers and booleans: encoding cannot fail.
        return Array((try? encoder.encode(body)) ?? Data("{}".utf8))
    }

    /// Calls `method` with `body` and decodes the `result` as `Result`.
    ///
    /// - Parameters:
    ///   - timeout: The longest the call may take; `nil` for ``timeout``.
    ///   - idempotent: Whether the HTTP client may retry it (reads such as `getMe` are; sends are not).
    public func call<Result: Decodable>(
        _ method: String, _ body: some Encodable, as type: Result.Type = Result.self, timeout: Duration? = nil,
        idempotent: Bool = false
    ) async throws(TelegramAPIError) -> Result {
        let url = base.appendingPathComponent("bot\(token)").appendingPathComponent(method)
        let request = HTTPClientRequest(
            method: .post, url: url, headers: HTTPHeaders([("Content-Type", "application/json")]),
            body: Self.encode(body), timeout: timeout ?? self.timeout, idempotent: idempotent)
        let response: HTTPClientResponse
        do {
            response = try await client.send(request)
        } catch let error as HTTPClientError {
            throw .transport(error)
        } catch {
            throw .transport(HTTPClientError(.connection, method: .post, url: url, detail: "unexpected client error"))
        }
        guard let envelope = try? JSONDecoder().decode(Envelope<Result>.self, from: Data(response.body)) else {
            throw .invalidResponse(statusCode: response.statusCode)
        }
        if envelope.ok, let result = envelope.result { return result }
        guard !envelope.ok else { throw .invalidResponse(statusCode: response.statusCode) }
        throw .api(
            statusCode: response.statusCode, errorCode: envelope.errorCode ?? response.statusCode,
            description: envelope.description ?? "", retryAfter: envelope.parameters?.retryAfter)
    }

    /// Sends one rendered call; returns the id of the message sent or edited, when the answer names one.
    @discardableResult
    public func send(_ call: TelegramCall) async throws(TelegramAPIError) -> Int64? {
        try await self.call(call.method, call, as: SentMessage.self).messageID
    }

    struct Envelope<Result: Decodable>: Decodable {
        struct Parameters: Decodable {
            var retryAfter: Int?
            enum CodingKeys: String, CodingKey {
                case retryAfter = "retry_after"
            }
        }

        var ok: Bool
        var result: Result?
        var errorCode: Int?
        var description: String?
        var parameters: Parameters?

        enum CodingKeys: String, CodingKey {
            case ok, result, errorCode = "error_code", description, parameters
        }
    }
}

/// A sent or edited message's id; `nil` when the result is not a message (`true` for an inline message's edit).
public struct SentMessage: Sendable, Decodable {
    public var messageID: Int64?

    enum CodingKeys: String, CodingKey {
        case messageID = "message_id"
    }

    public init(from decoder: any Decoder) throws {
        messageID = (try? decoder.container(keyedBy: CodingKeys.self))
            .flatMap { try? $0.decodeIfPresent(Int64.self, forKey: .messageID) }
    }
}

/// Why a Bot API call did not succeed. Descriptions never contain the token.
public enum TelegramAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The API answered `ok: false`: its HTTP status, `error_code`, `description` and, on 429,
    /// `parameters.retry_after` in seconds.
    case api(statusCode: Int, errorCode: Int, description: String, retryAfter: Int?)
    /// No answer came (see ``HTTPClientError/Kind``).
    case transport(HTTPClientError)
    /// An answer came that is not the Bot API's JSON (a proxy's error page, say).
    case invalidResponse(statusCode: Int)

    public var description: String {
        switch self {
        case .api(let status, let code, let description, let retryAfter):
            "Telegram \(status) (\(code)): \(description)" + (retryAfter.map { ", retry after \($0) s" } ?? "")
        case .transport(let error): "\(error)"
        case .invalidResponse(let status): "Telegram answered \(status) without Bot API JSON"
        }
    }

    /// `400 Bad Request: message is not modified`: the edit asked for what the message already shows.
    public var isNotModified: Bool {
        if case .api(_, 400, let description, _) = self { return description.contains("message is not modified") }
        return false
    }
}
