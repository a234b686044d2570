import Foundation
import SvoyiCore
import Synchronization

extension FakeViberAPI {
    /// The most bytes a request's JSON may have.
    public static let maximumJSONBytes = 30 * 1024
    /// The message types `send_message` knows.
    static let messageTypes: Set<String> = [
        "text", "picture", "video", "file", "location", "contact", "sticker", "url", "rich_media",
    ]
    static let actionTypes: Set<String> = ["reply", "open-url", "location-picker", "share-phone", "none"]

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        let path = String(request.rawPath)
        guard request.method == .post, path.hasPrefix("/pa/") else { return HTTPResponse(status: .notFound) }
        let endpoint = String(path.dropFirst("/pa/".count))
        let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        let token = request.headers["X-Viber-Auth-Token"] ?? object?["auth_token"] as? String
        let now = (ContinuousClock.now - started) / .seconds(1)
        let immediate: HTTPResponse? = state.withLock { state in
            state.requests.append(Request(endpoint: endpoint, authToken: token, body: request.body))
            if var queued = state.faults[endpoint], !queued.isEmpty {
                let fault = queued.removeFirst()
                state.faults[endpoint] = queued.isEmpty ? nil : queued
                switch fault {
                case .http(let code, let body):
                    return HTTPResponse(status: HTTPStatus(code), body: .bytes(Array(body.utf8)))
                case .status(let status, let message):
                    return Self.answer(["status": status, "status_message": message])
                case .failedReceivers(let failures):
                    guard endpoint == "broadcast_message", let object else { break }
                    return broadcast(object, failing: failures, state: &state)
                }
            }
            guard let token else { return Self.answer(["status": 2, "status_message": "missing_auth_token"]) }
            guard token == state.configuration.authToken else {
                return Self.answer(["status": 2, "status_message": "invalidAuthToken"])
            }
            guard request.body.count <= Self.maximumJSONBytes else {
                return Self.answer(["status": 3, "status_message": "badData: JSON larger than 30 KB"])
            }
            guard let object else { return Self.answer(["status": 3, "status_message": "badData: not JSON"]) }
            if state.limit.take("bot", now: now) != nil {
                return Self.answer(["status": 12, "status_message": "tooManyRequests"])
            }
            switch endpoint {
            case "send_message": return send(object, state: &state)
            case "broadcast_message": return broadcast(object, failing: [:], state: &state)
            case "get_account_info": return accountInfo(state)
            case "get_user_details": return userDetails(object, state: &state)
            case "set_webhook":
                guard let url = object["url"] as? String else {
                    return Self.answer(["status": 4, "status_message": "missingData: url"])
                }
                guard url.isEmpty else { return nil }  // checked below, outside the lock
                state.webhook = nil
                state.eventTypes = []
                return Self.answer(["status": 0, "status_message": "ok"])
            default: return Self.answer(["status": 3, "status_message": "badData: unknown endpoint"])
            }
        }
        if let immediate { return immediate }
        return await setWebhook(object ?? [:])
    }

    /// `set_webhook`: a signed `webhook` callback to the URL, which must answer 200.
    func setWebhook(_ object: [String: Any]) async -> HTTPResponse {
        let url = object["url"] as? String ?? ""
        let events =
            object["event_types"] as? [String]
            ?? ["delivered", "seen", "failed", "subscribed", "unsubscribed", "conversation_started", "message"]
        guard let target = URL(string: url), target.scheme == "http" || target.scheme == "https" else {
            return Self.answer(["status": 1, "status_message": "invalidUrl"])
        }
        let token = state.withLock { nextToken(&$0) }
        let check: [String: Any] = [
            "event": "webhook", "timestamp": Self.milliseconds(), "chat_hostname": "SN-CHAT-FAKE_",
            "message_token": token,
        ]
        let status = (try? await post(check, to: target))?.status
        guard status == 200 else {
            return Self.answer([
                "status": 1,
                "status_message": "Result[HttpRequest[POST \(url)] Error: \(status.map(String.init) ?? "none")]",
            ])
        }
        let chosen = events.filter { $0 != "message" }
        state.withLock { state in
            state.webhook = url
            state.eventTypes = chosen
        }
        return Self.answer(["status": 0, "status_message": "ok", "event_types": chosen])
    }

    func send(_ object: [String: Any], state: inout State) -> HTTPResponse {
        if let problem = Self.problem(in: object) { return Self.answer(["status": 3, "status_message": problem]) }
        guard let receiver = object["receiver"] as? String, !receiver.isEmpty else {
            return Self.answer(["status": 4, "status_message": "missingData: receiver"])
        }
        let status = reachability(of: receiver, state: &state)
        guard status == 0 else {
            return Self.answer(["status": status, "status_message": Self.statusMessages[status] ?? "error"])
        }
        let token = nextToken(&state)
        state.deliveries.append(
            Delivery(receiver: receiver, messageToken: token, json: Self.personal(object, for: receiver, state)))
        return Self.answer(["status": 0, "status_message": "ok", "message_token": token, "chat_hostname": "SN-FAKE"])
    }

    func broadcast(_ object: [String: Any], failing: [String: Int], state: inout State) -> HTTPResponse {
        if let problem = Self.problem(in: object) { return Self.answer(["status": 3, "status_message": problem]) }
        guard state.configuration.broadcastAllowed else {
            return Self.answer(["status": 20, "status_message": "broadcastNotAllowed"])
        }
        guard let list = object["broadcast_list"] as? [String], !list.isEmpty else {
            return Self.answer(["status": 4, "status_message": "missingData: broadcast_list"])
        }
        guard list.count <= 300 else {
            return Self.answer(["status": 3, "status_message": "badData: broadcast_list longer than 300"])
        }
        let token = nextToken(&state)
        var failed: [[String: Any]] = []
        for receiver in list {
            let status = failing[receiver] ?? reachability(of: receiver, state: &state)
            guard status == 0 else {
                failed.append([
                    "receiver": receiver, "status": status, "status_message": Self.statusMessages[status] ?? "error",
                ])
                continue
            }
            state.deliveries.append(
                Delivery(receiver: receiver, messageToken: token, json: Self.personal(object, for: receiver, state)))
        }
        return Self.answer(["status": 0, "status_message": "ok", "message_token": token, "failed_list": failed])
    }

    func accountInfo(_ state: State) -> HTTPResponse {
        Self.answer([
            "status": 0, "status_message": "ok", "id": "pa:\(state.configuration.uri)",
            "name": state.configuration.name,
            "uri": state.configuration.uri, "icon": "https://media-direct.cdn.viber.com/fake.jpg", "background": "",
            "category": "Government", "subcategory": "Municipality", "country": "UA",
            "webhook": state.webhook ?? "", "event_types": state.eventTypes,
            "subscribers_count": state.users.values.filter(\.subscribed).count, "members": [],
        ])
    }

    func userDetails(_ object: [String: Any], state: inout State) -> HTTPResponse {
        guard let id = object["id"] as? String else {
            return Self.answer(["status": 4, "status_message": "missingData: id"])
        }
        guard let user = state.users[id], !user.deactivated else {
            return Self.answer(["status": 5, "status_message": "receiverNotRegistered"])
        }
        return Self.answer([
            "status": 0, "status_message": "ok", "message_token": nextToken(&state),
            "user": [
                "id": id, "name": user.name, "language": user.language, "country": "UA", "api_version": 10,
                "primary_device_os": "Android 14", "viber_version": "24.0.0", "device_type": "Pixel",
            ] as [String: Any],
        ])
    }

    /// 0 when `receiver` may get a message now (and counts it), else Viber's status for them.
    func reachability(of receiver: String, state: inout State) -> Int {
        guard let user = state.users[receiver], !user.deactivated else { return 5 }
        guard user.subscribed else { return 6 }
        if let limit = state.configuration.messagesWithoutReply, user.sinceReply >= limit { return 12 }
        state.users[receiver]?.sinceReply += 1
        return 0
    }

    static let statusMessages = [
        0: "ok", 3: "badData", 4: "missingData", 5: "receiverNotRegistered", 6: "receiverNotSubscribed",
        12: "tooManyRequests", 20: "broadcastNotAllowed",
    ]

    /// What is wrong with a message body for `send_message` / `broadcast_message`, or `nil`.
    static func problem(in object: [String: Any]) -> String? {
        guard let sender = object["sender"] as? [String: Any], let name = sender["name"] as? String,
            !name.isEmpty, name.count <= 28
        else { return "badData: sender.name of 1–28 characters is required" }
        if let avatar = sender["avatar"], !(avatar is String) { return "badData: sender.avatar" }
        guard let type = object["type"] as? String, messageTypes.contains(type) else { return "badData: type" }
        if let tracking = object["tracking_data"] {
            guard let text = tracking as? String, text.utf16.count <= 4000 else { return "badData: tracking_data" }
        }
        let apiVersion = object["min_api_version"].map { ($0 as? Int) ?? 0 } ?? 1
        guard apiVersion >= 1 else { return "badData: min_api_version" }
        switch type {
        case "text":
            guard let text = object["text"] as? String, !text.isEmpty, text.utf16.count <= 7000 else {
                return "badData: text of 1–7000 characters is required"
            }
        case "location":
            guard let location = object["location"] as? [String: Any], let lat = location["lat"] as? Double,
                let lon = location["lon"] as? Double, (-90...90).contains(lat), (-180...180).contains(lon)
            else { return "badData: location" }
        default: break
        }
        if let keyboard = object["keyboard"] {
            return keyboardProblem(keyboard, apiVersion: apiVersion)
        }
        return nil
    }

    static func keyboardProblem(_ keyboard: Any, apiVersion: Int) -> String? {
        guard let keyboard = keyboard as? [String: Any], keyboard["Type"] as? String == "keyboard",
            let buttons = keyboard["Buttons"] as? [[String: Any]], !buttons.isEmpty
        else { return "badData: keyboard needs Type keyboard and Buttons" }
        for button in buttons {
            let columns = button["Columns"] as? Int ?? 6
            let rows = button["Rows"] as? Int ?? 1
            guard (1...6).contains(columns), (1...2).contains(rows) else { return "badData: Columns 1–6, Rows 1–2" }
            let action = button["ActionType"] as? String ?? "reply"
            guard actionTypes.contains(action) else { return "badData: ActionType" }
            guard let body = button["ActionBody"] as? String, !body.isEmpty else { return "badData: ActionBody" }
            if ["location-picker", "share-phone"].contains(action), apiVersion < 3 {
                return "badData: \(action) needs min_api_version 3"
            }
            if let text = button["Text"], !(text is String) { return "badData: Text" }
        }
        return nil
    }

    /// The message as `receiver` gets it: without the addressing, placeholders filled in.
    static func personal(_ object: [String: Any], for receiver: String, _ state: State) -> String {
        var message = object
        for key in ["receiver", "broadcast_list", "auth_token"] { message[key] = nil }
        var json = String(decoding: encode(message), as: UTF8.self)
        let name = state.users[receiver]?.name ?? ""
        let encodedName = String(decoding: encode([name]).dropFirst(2).dropLast(2), as: UTF8.self)
        json = json.replacingOccurrences(
            of: "replace_me_with_url_encoded_receiver_id",
            with: receiver.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? receiver)
        json = json.replacingOccurrences(of: "replace_me_with_receiver_id", with: receiver)
        return json.replacingOccurrences(of: "replace_me_with_user_name", with: encodedName)
    }

    static func encode(_ value: Any) -> [UInt8] {
        Array(
            (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]))
                ?? Data())
    }

    static func answer(_ object: [String: Any]) -> HTTPResponse {
        HTTPResponse(
            status: .ok, headers: HTTPHeaders([("Content-Type", "application/json")]), body: .bytes(encode(object)))
    }

    static func milliseconds() -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1000)
    }
}
