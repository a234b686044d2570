public import SvoyiCore

/// Delivers outbox notifications through one hromada's Telegram bot: each notification's messages rendered as for
/// a conversation (HTML text, places, links) and sent with `sendMessage` and friends, one request each, never
/// retried by the HTTP client (a send is not idempotent).
///
/// Outcomes follow the Bot API's answers: 403 "bot was blocked by the user" and "user is deactivated" make the
/// person unreachable, 429 asks to wait `retry_after`, 400 ("chat not found") fails for good, a 5xx or a refused
/// connection is transient, and a timeout or a connection lost after the request went out is uncertain (it may
/// have been delivered, so it is not sent again by itself).
public struct TelegramTransport: NotificationTransport {
    public let channel = ResidentChannel.telegram
    public let hromadaID: Int64
    public let limits: DeliveryLimits
    /// The bot's public id.
    public let botID: String
    let api: TelegramAPI
    let renderer = TelegramRenderer()
    /// The longest wait for a 429 on the second or later part of a notification whose first part went out.
    let partRetryLimit: Int

    /// A transport for the bot behind `credentials`; `timeout` bounds each Bot API call (past it the outcome is
    /// uncertain).
    public init(
        credentials: BotCredentials, client: any HTTPClient, limits: DeliveryLimits = .telegram,
        timeout: Duration = .seconds(30)
    ) {
        self.hromadaID = credentials.bot.hromadaID
        self.botID = credentials.bot.id
        self.limits = limits
        self.api = TelegramAPI(credentials, client: client, timeout: timeout)
        self.partRetryLimit = 5
    }

    /// Transports for every enabled Telegram bot in the registry, one per hromada. A bot whose token does not open
    /// (another `secret.key`) is left out.
    public static func transports(
        bots: BotStore, client: any HTTPClient, limits: DeliveryLimits = .telegram, timeout: Duration = .seconds(30)
    ) async throws -> [any NotificationTransport] {
        var transports: [any NotificationTransport] = []
        for bot in try await bots.bots(channel: .telegram) where bot.isEnabled {
            guard let credentials = try? await bots.credentials(id: bot.id) else { continue }
            transports.append(
                TelegramTransport(credentials: credentials, client: client, limits: limits, timeout: timeout))
        }
        return transports
    }

    public func deliver(_ batch: [OutboundNotification]) async -> [DeliveryOutcome] {
        var outcomes: [DeliveryOutcome] = []
        for notification in batch { outcomes.append(await deliver(notification)) }
        return outcomes
    }

    func deliver(_ notification: OutboundNotification) async -> DeliveryOutcome {
        guard notification.channel == .telegram, let chatID = Int64(notification.externalID) else {
            return .failed(detail: "not a Telegram chat id")
        }
        let calls = renderer.calls(for: notification.messages, context: .init(chatID: chatID))
        guard let first = calls.first else { return .failed(detail: "nothing to send") }
        let messageID: Int64?
        do {
            messageID = try await api.send(first)
        } catch {
            return Self.outcome(for: error)
        }
        // The first part went out: the notification counts as sent, so a failure of a later part (a place after
        // the text) never makes the outbox send the first part twice.
        for call in calls.dropFirst() {
            do {
                try await api.send(call)
            } catch .api(_, 429, _, let retryAfter?) where retryAfter <= partRetryLimit {
                try? await Task.sleep(for: .seconds(retryAfter))
                _ = try? await api.send(call)
            } catch {
                break
            }
        }
        return .sent(providerMessageID: messageID.map(String.init))
    }

    /// The outcome a failed Bot API call means for a notification.
    public static func outcome(for error: TelegramAPIError) -> DeliveryOutcome {
        switch error {
        case .api(let status, let code, let description, let retryAfter):
            let detail = "\(code) \(description)"
            switch code {
            case 403 where description.contains("blocked by the user"):
                return .unreachable(.blocked, detail: detail)
            case 403 where description.contains("deactivated"):
                return .unreachable(.deactivated, detail: detail)
            case 429:
                return .retryAfter(.seconds(max(1, retryAfter ?? 1)), detail: detail)
            case 401, 404:
                // The token was revoked or mistyped: every message fails until the operator fixes the bot, so keep
                // them queued rather than dropping them.
                return .transient(detail: detail)
            case 500...599:
                return .transient(detail: detail)
            default:
                return status >= 500 ? .transient(detail: detail) : .failed(detail: detail)
            }
        case .invalidResponse(let status):
            return status >= 500 ? .transient(detail: error.description) : .uncertain(detail: error.description)
        case .transport(let failure):
            switch failure.kind {
            case .connection where failure.isConnectFailure:
                return .transient(detail: failure.description)
            default:
                return .uncertain(detail: failure.description)
            }
        }
    }
}

extension HTTPClientError {
    /// Whether the connection was never made (refused, no route, DNS, TLS handshake), so nothing was sent. URLSession
    /// reports these as `URLError` -1003 cannotFindHost, -1004 cannotConnectToHost, -1006 dnsLookupFailed,
    /// -1009 notConnectedToInternet and -1200…-1206 (TLS).
    var isConnectFailure: Bool {
        guard kind == .connection, let detail, detail.hasPrefix("URLError ") else { return false }
        guard let code = Int(detail.dropFirst("URLError ".count)) else { return false }
        return [-1003, -1004, -1006, -1009].contains(code) || (-1206 ... -1200).contains(code)
    }
}
