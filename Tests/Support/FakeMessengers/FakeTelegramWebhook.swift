public import Foundation
public import SvoyiCore

/// Plays Telegram's side of a webhook: POSTs an update's JSON to the bot's URL with the secret header, as Telegram
/// does after `setWebhook(url:secret_token:)`.
public enum FakeTelegramWebhook {
    /// The header Telegram signs webhook deliveries with.
    public static let secretHeader = "X-Telegram-Bot-Api-Secret-Token"

    /// Delivers `update` (JSON) to `url`; `secret` `nil` leaves the header out.
    public static func deliver(
        _ update: String, to url: URL, secret: String?, client: any HTTPClient, timeout: Duration = .seconds(120)
    ) async throws -> HTTPClientResponse {
        var headers = [("Content-Type", "application/json")]
        if let secret { headers.append((secretHeader, secret)) }
        return try await client.send(
            HTTPClientRequest(
                method: .post, url: url, headers: HTTPHeaders(headers), body: Array(update.utf8), timeout: timeout,
                idempotent: false))
    }

    /// The webhook request for `update` as the server's responder receives it, for in-process tests.
    public static func request(_ update: String, path: String, secret: String?) -> HTTPRequest {
        var headers = [("Host", "svoyi.test"), ("Content-Type", "application/json")]
        if let secret { headers.append((secretHeader, secret)) }
        headers.append(("Content-Length", String(update.utf8.count)))
        return HTTPRequest(
            head: HTTPRequestHead(method: .post, target: path, version: .http1_1, headers: HTTPHeaders(headers)),
            body: Array(update.utf8))
    }
}
