/// `getMe`'s result: who the bot is.
public struct TelegramBotInfo: Sendable, Hashable, Decodable {
    public var id: Int64
    public var firstName: String
    public var username: String?

    enum CodingKeys: String, CodingKey {
        case id, firstName = "first_name", username
    }
}

/// `getWebhookInfo`'s result.
public struct TelegramWebhookInfo: Sendable, Hashable, Decodable {
    /// Empty when no webhook is set (the bot polls).
    public var url: String
    public var pendingUpdateCount: Int
    /// Unix seconds of the last delivery error.
    public var lastErrorDate: Int64?
    public var lastErrorMessage: String?
    public var maxConnections: Int?
    public var allowedUpdates: [String]?

    enum CodingKeys: String, CodingKey {
        case url, pendingUpdateCount = "pending_update_count", lastErrorDate = "last_error_date"
        case lastErrorMessage = "last_error_message", maxConnections = "max_connections"
        case allowedUpdates = "allowed_updates"
    }
}

extension TelegramAPI {
    /// The updates Svoyi handles, for `setWebhook` and `getUpdates`.
    public static let allowedUpdates = ["message", "callback_query", "my_chat_member"]

    /// `getMe`: checks the token and says who the bot is.
    public func getMe() async throws(TelegramAPIError) -> TelegramBotInfo {
        try await call("getMe", Empty(), as: TelegramBotInfo.self, idempotent: true)
    }

    /// `setWebhook` with the secret Telegram sends back in `X-Telegram-Bot-Api-Secret-Token`.
    public func setWebhook(
        url: String, secretToken: String, dropPendingUpdates: Bool = false
    ) async throws(TelegramAPIError) {
        struct Body: Encodable {
            let url: String
            let secretToken: String
            let allowedUpdates: [String]
            let dropPendingUpdates: Bool
            let maxConnections: Int
            enum CodingKeys: String, CodingKey {
                case url, secretToken = "secret_token", allowedUpdates = "allowed_updates"
                case dropPendingUpdates = "drop_pending_updates", maxConnections = "max_connections"
            }
        }
        _ = try await call(
            "setWebhook",
            Body(
                url: url, secretToken: secretToken, allowedUpdates: Self.allowedUpdates,
                dropPendingUpdates: dropPendingUpdates, maxConnections: 40),
            as: Bool.self, idempotent: true)
    }

    /// `deleteWebhook`, so `getUpdates` may be used; pending updates are kept unless asked.
    public func deleteWebhook(dropPendingUpdates: Bool = false) async throws(TelegramAPIError) {
        struct Body: Encodable {
            let dropPendingUpdates: Bool
            enum CodingKeys: String, CodingKey {
                case dropPendingUpdates = "drop_pending_updates"
            }
        }
        _ = try await call(
            "deleteWebhook", Body(dropPendingUpdates: dropPendingUpdates), as: Bool.self, idempotent: true)
    }

    /// `getWebhookInfo`: the webhook's URL, pending updates and last delivery error.
    public func getWebhookInfo() async throws(TelegramAPIError) -> TelegramWebhookInfo {
        try await call("getWebhookInfo", Empty(), as: TelegramWebhookInfo.self, idempotent: true)
    }

    /// `getUpdates` as a long poll of `timeout` seconds from `offset`. The HTTP deadline is the poll's plus the
    /// API's own ``timeout``.
    public func getUpdates(
        offset: Int64, timeout: Int, limit: Int = 100
    ) async throws(TelegramAPIError)
        -> [TelegramUpdate]
    {
        struct Body: Encodable {
            let offset: Int64
            let timeout: Int
            let limit: Int
            let allowedUpdates: [String]
            enum CodingKeys: String, CodingKey {
                case offset, timeout, limit, allowedUpdates = "allowed_updates"
            }
        }
        return try await call(
            "getUpdates", Body(offset: offset, timeout: timeout, limit: limit, allowedUpdates: Self.allowedUpdates),
            as: [TelegramUpdate].self, timeout: .seconds(timeout) + self.timeout, idempotent: true)
    }

    /// `answerCallbackQuery`: ends the button's progress indicator, with an optional short notice (≤ 200 chars).
    public func answerCallbackQuery(_ id: String, text: String? = nil) async throws(TelegramAPIError) {
        struct Body: Encodable {
            let callbackQueryID: String
            let text: String?
            enum CodingKeys: String, CodingKey {
                case callbackQueryID = "callback_query_id", text
            }
        }
        _ = try await call(
            "answerCallbackQuery", Body(callbackQueryID: id, text: text.map { String($0.prefix(200)) }),
            as: Bool.self)
    }

    struct Empty: Encodable {}
}
