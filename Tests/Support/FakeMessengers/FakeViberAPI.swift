public import Foundation
public import SvoyiCore
import Synchronization

/// A Viber REST Bot API on 127.0.0.1 for tests and benchmarks, faithful to the documented behaviour: `POST
/// /pa/<endpoint>` with the `X-Viber-Auth-Token` header (or `auth_token` in the body, as the Python SDK sends it),
/// HTTP 200 with a `status` for every application result, JSON of at most 30 KB, `set_webhook` checking the URL
/// with a signed `webhook` callback that must answer 200, `send_message` and `broadcast_message` (≤ 300
/// receivers, placeholders filled per receiver, a `failed_list`), `get_account_info` and `get_user_details`.
///
/// Users are known by the fake once they subscribe or write (``subscribe(_:name:language:)``, or a message played
/// with ``FakeViberAPI/sendMessage(from:text:trackingData:)``); sending to an unsubscribed one answers status 6, to
/// an unknown or deactivated one status 5. Requests beyond ``Configuration/requestLimit`` answer status 12. Every
/// request is recorded. Faults can be queued per endpoint.
public final class FakeViberAPI: Sendable {
    /// What the fake allows.
    public struct Configuration: Sendable {
        /// The bot's token; requests with another get status 2.
        public var authToken: String
        /// The bot's name and URI (`get_account_info`).
        public var name = "Тестова громада"
        public var uri = "testhromada"
        /// Whether `broadcast_message` is open for the bot (Viber opens it on application); else status 20.
        public var broadcastAllowed = true
        /// Requests per second over all endpoints, with bursts of ``requestBurst`` (Viber: 500 in 10 s); `nil`
        /// for no limit.
        public var requestLimit: Double? = 50
        public var requestBurst: Double = 500
        /// Messages to one person without a reply from them before status 12 (Viber: 100 an hour); `nil` for no
        /// limit.
        public var messagesWithoutReply: Int?

        public init(authToken: String) {
            self.authToken = authToken
        }
    }

    /// One request as it arrived.
    public struct Request: Sendable {
        public var endpoint: String
        /// The token it carried (header or body), `nil` without one.
        public var authToken: String?
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One message a person received (a broadcast counts once per receiver, placeholders filled in).
    public struct Delivery: Sendable {
        public var receiver: String
        public var messageToken: Int64
        /// The message's JSON as the person gets it (without `receiver` and `broadcast_list`).
        public var json: String
    }

    /// What to answer instead of the real thing, once.
    public enum Fault: Sendable {
        /// This HTTP status, with this body.
        case http(Int, body: String = "")
        /// HTTP 200 with this Viber status.
        case status(Int, message: String)
        /// A broadcast that fails for these receivers with these statuses (the others get it).
        case failedReceivers([String: Int])
    }

    struct User {
        var name: String
        var language: String
        var subscribed: Bool
        var deactivated = false
        var sinceReply = 0
    }

    struct State {
        var configuration: Configuration
        var users: [String: User] = [:]
        var requests: [Request] = []
        var deliveries: [Delivery] = []
        var faults: [String: [Fault]] = [:]
        var webhook: String?
        var eventTypes: [String] = []
        var limit: FakeRateLimit
        var nextToken: Int64 = 5_000_000_000_000_000_001
    }

    let state: Mutex<State>
    let server: HTTPServer
    let responder = Responder()
    let started = ContinuousClock.now
    /// Posts callbacks to the webhook (no retries: a test sees each answer), with deadlines generous enough for a
    /// loaded test machine.
    let callbacks = URLSessionHTTPClient(configuration: FakeViberAPI.clientConfiguration)

    /// A client configuration for tests against the fake: no retries, two minutes a call.
    public static let clientConfiguration = URLSessionHTTPClient.Configuration(
        idleTimeout: .seconds(120), resourceTimeout: .seconds(240), retry: .never)
    /// The per-call deadline tests give the channel's API calls.
    public static let callTimeout: Duration = .seconds(120)

    /// A fake for a bot with `configuration`, listening on an ephemeral port once started.
    public init(_ configuration: Configuration) {
        state = Mutex(
            State(
                configuration: configuration,
                limit: FakeRateLimit(rate: configuration.requestLimit, burst: configuration.requestBurst)))
        var http = HTTPServerConfiguration()
        http.port = 0
        http.loops = 1
        http.handlerExecutor = FakeServerExecutor.shared
        server = HTTPServer(configuration: http, responder: responder)
        responder.fake.withLock { $0 = self }
    }

    /// Starts listening.
    public func start() throws {
        try server.start()
    }

    /// Stops listening.
    public func stop() async {
        await server.shutdown(gracePeriod: .seconds(1))
        callbacks.invalidate()
        responder.fake.withLock { $0 = nil }
    }

    /// The API base to configure the bot with: `http://127.0.0.1:<port>/pa`.
    public var apiBase: URL { URL(string: "http://127.0.0.1:\(server.port)/pa")! }

    /// Every request so far, oldest first.
    public var requests: [Request] { state.withLock { $0.requests } }
    /// The requests to `endpoint`.
    public func requests(to endpoint: String) -> [Request] { requests.filter { $0.endpoint == endpoint } }
    /// Every message people received, in order.
    public var deliveries: [Delivery] { state.withLock { $0.deliveries } }
    /// The webhook set, if any.
    public var webhook: String? { state.withLock { $0.webhook } }
    /// The event types the webhook asked for.
    public var eventTypes: [String] { state.withLock { $0.eventTypes } }

    /// Makes `id` a subscriber (as Viber does when the person subscribes or writes).
    public func subscribe(_ id: String, name: String = "Тарас", language: String = "uk") {
        state.withLock { state in
            var user = state.users[id] ?? User(name: name, language: language, subscribed: true)
            user.subscribed = true
            user.deactivated = false
            state.users[id] = user
        }
    }

    /// The person unsubscribed: status 6 from now on.
    public func unsubscribe(_ id: String) {
        state.withLock { $0.users[id]?.subscribed = false }
    }

    /// The person's account is gone: status 5 from now on.
    public func deactivate(_ id: String) {
        state.withLock { $0.users[id]?.deactivated = true }
    }

    /// Changes what the fake allows.
    public func configure(_ change: (inout Configuration) -> Void) {
        state.withLock { state in
            change(&state.configuration)
            state.limit = FakeRateLimit(rate: state.configuration.requestLimit, burst: state.configuration.requestBurst)
        }
    }

    /// Answers the next request to `endpoint` with `fault`.
    public func inject(_ fault: Fault, on endpoint: String) {
        state.withLock { $0.faults[endpoint, default: []].append(fault) }
    }

    /// A fresh message token above 2^53, as Viber's are.
    func nextToken(_ state: inout State) -> Int64 {
        defer { state.nextToken += 1 }
        return state.nextToken
    }

    /// The server's entry point; it refers to the fake until ``stop()``, which ends the reference cycle.
    final class Responder: HTTPResponder {
        let fake = Mutex<FakeViberAPI?>(nil)

        func respond(to request: HTTPRequest) async -> HTTPResponse {
            guard let fake = fake.withLock({ $0 }) else { return HTTPResponse(status: .serviceUnavailable) }
            return await fake.respond(to: request)
        }

        func bodyLimit(for head: HTTPRequestHead) -> Int { 1 << 20 }
    }
}
