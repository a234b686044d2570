public import Foundation
import SvoyiCore
import Synchronization

extension FakeViberAPI {
    /// What the webhook answered to a callback the fake played, and the exact bytes it was sent (to send them
    /// again as Viber's retry would).
    public struct CallbackResult: Sendable {
        public var status: Int
        public var body: [UInt8]
        public var sent: [UInt8]
        /// The message token of the callback.
        public var messageToken: Int64
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Posts `bytes` to the webhook (the one set, or `url`) signed as Viber signs: `X-Viber-Content-Signature`, the
    /// hex HMAC-SHA256 of the body keyed with the bot's token. `signature` overrides it (`""` sends none).
    public func post(
        bytes: [UInt8], to url: URL? = nil, signature: String? = nil, messageToken: Int64 = 0
    ) async throws -> CallbackResult {
        guard let target = url ?? webhook.flatMap(URL.init(string:)) else { throw NoWebhook() }
        let token = state.withLock { $0.configuration.authToken }
        let mac = HMAC<SHA256>.authenticationCode(for: bytes, key: Array(token.utf8))
        let hex = mac.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        var headers = HTTPHeaders([("Content-Type", "application/json")])
        let chosen = signature ?? hex
        if !chosen.isEmpty { headers.add("X-Viber-Content-Signature", chosen) }
        let response = try await callbacks.send(
            HTTPClientRequest(method: .post, url: target, headers: headers, body: bytes, timeout: Self.callTimeout))
        return CallbackResult(status: response.statusCode, body: response.body, sent: bytes, messageToken: messageToken)
    }

    /// Posts the callback `object` (serialised with sorted keys), signed.
    public func post(
        _ object: [String: Any], to url: URL? = nil, signature: String? = nil
    ) async throws
        -> CallbackResult
    {
        let token = object["message_token"] as? Int64 ?? 0
        return try await post(bytes: Self.encode(object), to: url, signature: signature, messageToken: token)
    }

    /// The person `userID` sends `message` (`["type": "text", "text": "…"]`): Viber subscribes them and resets
    /// their count of messages without a reply, then calls the webhook.
    public func sendMessage(from userID: String, message: [String: Any]) async throws -> CallbackResult {
        let (user, token) = state.withLock { state in
            var user = state.users[userID] ?? User(name: "Тарас Шевченко", language: "uk", subscribed: true)
            user.subscribed = true
            user.sinceReply = 0
            state.users[userID] = user
            return (user, nextToken(&state))
        }
        return try await post([
            "event": "message", "timestamp": Self.milliseconds(), "message_token": token,
            "sender": Self.profile(userID, user), "message": message, "silent": false, "chat_hostname": "SN-FAKE",
        ])
    }

    /// The person `userID` writes `text` (what a `reply` button sends too), echoing `trackingData`.
    public func sendMessage(
        from userID: String, text: String, trackingData: String? = nil
    ) async throws
        -> CallbackResult
    {
        var message: [String: Any] = ["type": "text", "text": text]
        if let trackingData { message["tracking_data"] = trackingData }
        return try await sendMessage(from: userID, message: message)
    }

    /// The person `userID` opens the chat, through a deep link with `context` when given. Known to the fake from
    /// now on, not subscribed.
    public func startConversation(
        _ userID: String, context: String? = nil, name: String = "Тарас Шевченко", language: String = "uk"
    ) async throws -> CallbackResult {
        let (user, token) = state.withLock { state in
            let user = state.users[userID] ?? User(name: name, language: language, subscribed: false)
            state.users[userID] = user
            return (user, nextToken(&state))
        }
        var object: [String: Any] = [
            "event": "conversation_started", "timestamp": Self.milliseconds(), "message_token": token,
            "type": "open", "user": Self.profile(userID, user), "subscribed": user.subscribed,
            "chat_hostname": "SN-FAKE",
        ]
        if let context { object["context"] = context }
        return try await post(object)
    }

    /// The person subscribes (`subscribed`).
    public func playSubscribed(
        _ userID: String, name: String = "Тарас Шевченко", language: String = "uk"
    )
        async throws -> CallbackResult
    {
        subscribe(userID, name: name, language: language)
        let (user, token) = state.withLock { state in (state.users[userID]!, nextToken(&state)) }
        return try await post([
            "event": "subscribed", "timestamp": Self.milliseconds(), "message_token": token,
            "user": Self.profile(userID, user), "chat_hostname": "SN-FAKE",
        ])
    }

    /// The person unsubscribes (`unsubscribed`).
    public func playUnsubscribed(_ userID: String) async throws -> CallbackResult {
        unsubscribe(userID)
        let token = state.withLock { nextToken(&$0) }
        return try await post([
            "event": "unsubscribed", "timestamp": Self.milliseconds(), "message_token": token, "user_id": userID,
        ])
    }

    /// A receipt for message `token`: `delivered`, `seen`, or `failed` with `description`.
    public func playReceipt(
        _ event: String, for userID: String, token: Int64, description: String? = nil
    )
        async throws -> CallbackResult
    {
        if event == "failed" { deactivate(userID) }
        var object: [String: Any] = [
            "event": event, "timestamp": Self.milliseconds(), "message_token": token, "user_id": userID,
        ]
        if let description { object["desc"] = description }
        return try await post(object)
    }

    static func profile(_ id: String, _ user: User) -> [String: Any] {
        [
            "id": id, "name": user.name, "avatar": "https://media-direct.cdn.viber.com/avatar.jpg",
            "language": user.language, "country": "UA", "api_version": 10,
        ]
    }

    /// ``post(bytes:to:signature:messageToken:)`` without a webhook set nor a URL given.
    public struct NoWebhook: Error {}
}
