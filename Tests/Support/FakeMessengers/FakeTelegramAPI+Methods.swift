import Foundation
import SvoyiCore
import Synchronization

extension FakeTelegramAPI {
    /// A Bot API error: HTTP status = `error_code`.
    struct Failure: Error {
        var code: Int
        var description: String
        var retryAfter: Int?
    }

    static let sendMethods: Set<String> = ["sendmessage", "editmessagetext", "sendlocation", "sendvenue"]

    func respond(bot segment: String, method: String, body: [UInt8]) async -> HTTPResponse {
        let token = segment.hasPrefix("bot") ? String(segment.dropFirst(3)) : ""
        let body = body.isEmpty ? Array("{}".utf8) : body
        let json = try? JSONSerialization.jsonObject(with: Data(body))
        state.withLock {
            $0.requests.append(
                Request(
                    token: token, method: method,
                    body: configuration.recordBodies ? String(decoding: body, as: UTF8.self) : ""))
        }
        do {
            guard json is [String: Any] else { throw Failure(code: 400, description: "Bad Request: invalid JSON") }
            let reply: Data
            if method.lowercased() == "getupdates" {
                reply = try await getUpdates(token: token, body)
            } else {
                reply = try state.withLock { state in
                    let parameters = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
                    return try Self.envelope(Self.call(method, token: token, parameters, &state))
                }
            }
            return HTTPResponse(
                status: .ok, headers: HTTPHeaders([("Content-Type", "application/json")]), body: .bytes(Array(reply)))
        } catch let failure as Failure {
            var envelope: [String: Any] = [
                "ok": false, "error_code": failure.code, "description": failure.description,
            ]
            if let retryAfter = failure.retryAfter { envelope["parameters"] = ["retry_after": retryAfter] }
            return Self.reply(envelope, status: failure.code)
        } catch {
            return Self.reply(["ok": false, "error_code": 500, "description": "Internal Server Error"], status: 500)
        }
    }

    static func envelope(_ result: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: ["ok": true, "result": result], options: [.sortedKeys])
    }

    static func reply(_ object: [String: Any], status: Int) -> HTTPResponse {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return HTTPResponse(
            status: HTTPStatus(status), headers: HTTPHeaders([("Content-Type", "application/json")]),
            body: .bytes(Array(data)))
    }

    static func call(_ method: String, token: String, _ parameters: [String: Any], _ state: inout State) throws -> Any {
        guard let bot = state.bots[token] else { throw Failure(code: 401, description: "Unauthorized") }
        let name = method.lowercased()
        switch name {
        case "getme":
            return ["id": bot.id, "is_bot": true, "first_name": bot.firstName, "username": bot.username]
        case "setwebhook":
            let url = parameters["url"] as? String ?? ""
            if !url.isEmpty, !url.hasPrefix("https://") {
                throw Failure(
                    code: 400, description: "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
            }
            if let secret = parameters["secret_token"] as? String {
                guard (1...256).contains(secret.utf8.count),
                    secret.utf8.allSatisfy({
                        $0 == 45 || $0 == 95 || (48...57).contains($0) || (65...90).contains($0)
                            || (97...122).contains($0)
                    })
                else {
                    throw Failure(code: 400, description: "Bad Request: secret token contains unallowed characters")
                }
            }
            state.bots[token]!.webhookURL = url
            state.bots[token]!.webhookSecret = parameters["secret_token"] as? String
            state.bots[token]!.allowedUpdates = parameters["allowed_updates"] as? [String]
            if parameters["drop_pending_updates"] as? Bool == true { state.bots[token]!.pending = [] }
            return true
        case "deletewebhook":
            state.bots[token]!.webhookURL = ""
            state.bots[token]!.webhookSecret = nil
            if parameters["drop_pending_updates"] as? Bool == true { state.bots[token]!.pending = [] }
            return true
        case "getwebhookinfo":
            var info: [String: Any] = [
                "url": bot.webhookURL, "has_custom_certificate": false, "pending_update_count": bot.pending.count,
            ]
            if !bot.webhookURL.isEmpty { info["max_connections"] = 40 }
            if let allowed = bot.allowedUpdates { info["allowed_updates"] = allowed }
            return info
        case "answercallbackquery":
            guard let id = parameters["callback_query_id"] as? String, !id.isEmpty else {
                throw Failure(
                    code: 400,
                    description: "Bad Request: query is too old and response timeout expired or query ID is invalid")
            }
            if let text = parameters["text"] as? String, text.count > 200 {
                throw Failure(code: 400, description: "Bad Request: MESSAGE_TOO_LONG")
            }
            state.answeredCallbacks.append(id)
            return true
        case _ where sendMethods.contains(name):
            return try send(name, token: token, parameters, &state)
        default:
            throw Failure(code: 404, description: "Not Found")
        }
    }

    static func send(_ name: String, token: String, _ parameters: [String: Any], _ state: inout State) throws -> Any {
        guard let chat = int64(parameters["chat_id"]) else {
            throw Failure(code: 400, description: "Bad Request: chat_id is empty")
        }
        guard state.chats.contains(chat) else { throw Failure(code: 400, description: "Bad Request: chat not found") }
        if state.blocked.contains(chat) {
            throw Failure(code: 403, description: "Forbidden: bot was blocked by the user")
        }
        if state.deactivated.contains(chat) { throw Failure(code: 403, description: "Forbidden: user is deactivated") }
        let markup = try checkedMarkup(parameters["reply_markup"], editing: name == "editmessagetext")
        var text = ""
        switch name {
        case "sendmessage", "editmessagetext":
            guard let given = parameters["text"] as? String else {
                throw Failure(code: 400, description: "Bad Request: message text is empty")
            }
            if (parameters["parse_mode"] as? String)?.uppercased() == "HTML" {
                switch FakeTelegramHTML.parse(given) {
                case .success(let plain): text = plain
                case .failure(let reason):
                    throw Failure(code: 400, description: "Bad Request: can't parse entities: \(reason.text)")
                }
            } else {
                text = given
            }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw Failure(code: 400, description: "Bad Request: message text is empty")
            }
            if text.utf16.count > 4096 { throw Failure(code: 400, description: "Bad Request: message is too long") }
        case "sendvenue":
            guard let title = parameters["title"] as? String, parameters["address"] is String else {
                throw Failure(code: 400, description: "Bad Request: venue title and address are required")
            }
            text = title
            fallthrough
        default:
            if name != "editmessagetext" {
                guard let latitude = parameters["latitude"] as? Double,
                    let longitude = parameters["longitude"] as? Double,
                    (-90...90).contains(latitude), (-180...180).contains(longitude)
                else { throw Failure(code: 400, description: "Bad Request: wrong latitude or longitude") }
            }
        }
        // Limits are checked last, as Telegram counts only well-formed sends.
        let now = ProcessInfo.processInfo.systemUptime
        if !state.injected.isEmpty {
            let wait = state.injected.removeFirst()
            throw Failure(code: 429, description: "Too Many Requests: retry after \(wait)", retryAfter: wait)
        }
        if let wait = state.botLimit.take(token, now: now) ?? state.chatLimit.take("\(token)/\(chat)", now: now) {
            let seconds = max(1, Int(wait.rounded(.up)))
            throw Failure(code: 429, description: "Too Many Requests: retry after \(seconds)", retryAfter: seconds)
        }
        let messageID: Int64
        if name == "editmessagetext" {
            guard let id = int64(parameters["message_id"]), let existing = state.messages[chat]?[id] else {
                throw Failure(code: 400, description: "Bad Request: message to edit not found")
            }
            if existing.text == text && existing.markup == markup {
                throw Failure(
                    code: 400,
                    description:
                        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
                )
            }
            messageID = id
        } else {
            messageID = state.nextMessageID
            state.nextMessageID += 1
        }
        state.messages[chat, default: [:]][messageID] = (text, markup)
        state.sentPerChat[chat, default: 0] += 1
        return [
            "message_id": messageID, "date": Int(Date().timeIntervalSince1970),
            "chat": ["id": chat, "type": "private"] as [String: Any], "text": text,
        ] as [String: Any]
    }

    /// Checks a `reply_markup` and returns it as sorted JSON (to tell an edit that changes nothing).
    static func checkedMarkup(_ value: Any?, editing: Bool) throws -> String {
        guard let value else { return "" }
        guard let markup = value as? [String: Any] else {
            throw Failure(code: 400, description: "Bad Request: can't parse reply keyboard markup JSON object")
        }
        if let rows = markup["inline_keyboard"] {
            guard let rows = rows as? [[[String: Any]]] else {
                throw Failure(code: 400, description: "Bad Request: can't parse inline keyboard button")
            }
            for button in rows.joined() {
                guard let text = button["text"] as? String, !text.isEmpty else {
                    throw Failure(
                        code: 400, description: "Bad Request: text buttons are unallowed in the inline keyboard")
                }
                let actions = ["callback_data", "url"].filter { button[$0] != nil }
                guard actions.count == 1 else {
                    throw Failure(code: 400, description: "Bad Request: can't parse inline keyboard button")
                }
                if let data = button["callback_data"] {
                    guard let data = data as? String, (1...64).contains(data.utf8.count) else {
                        throw Failure(code: 400, description: "Bad Request: BUTTON_DATA_INVALID")
                    }
                }
            }
        } else if editing {
            throw Failure(code: 400, description: "Bad Request: inline keyboard expected")
        } else if let rows = markup["keyboard"] {
            guard let rows = rows as? [[[String: Any]]], rows.joined().allSatisfy({ ($0["text"] as? String) != nil })
            else { throw Failure(code: 400, description: "Bad Request: can't parse keyboard button") }
        } else if markup["remove_keyboard"] as? Bool != true, markup["force_reply"] as? Bool != true {
            throw Failure(code: 400, description: "Bad Request: can't parse reply keyboard markup JSON object")
        }
        let data = try JSONSerialization.data(withJSONObject: markup, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// `getUpdates`: confirms updates below `offset`, then waits up to `timeout` seconds for one.
    func getUpdates(token: String, _ body: [UInt8]) async throws -> Data {
        let parameters = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        let offset = Self.int64(parameters["offset"]) ?? 0
        let timeout = min(50, max(0, Self.int64(parameters["timeout"]) ?? 0))
        let limit = Int(min(100, max(1, Self.int64(parameters["limit"]) ?? 100)))
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            let batch: [String] = try state.withLock { state in
                guard let bot = state.bots[token] else { throw Failure(code: 401, description: "Unauthorized") }
                guard bot.webhookURL.isEmpty else {
                    throw Failure(
                        code: 409,
                        description:
                            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
                    )
                }
                state.bots[token]!.pending.removeAll { $0.id < offset }
                return state.bots[token]!.pending.prefix(limit).map(\.json)
            }
            if !batch.isEmpty || ContinuousClock.now >= deadline {
                return Data(("{\"ok\":true,\"result\":[" + batch.joined(separator: ",") + "]}").utf8)
            }
            // A long poll: the fake's own wait for an update, as Telegram holds the request open.
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    static func int64(_ value: Any?) -> Int64? {
        switch value {
        case let number as NSNumber: number.int64Value
        case let text as String: Int64(text)
        default: nil
        }
    }
}
