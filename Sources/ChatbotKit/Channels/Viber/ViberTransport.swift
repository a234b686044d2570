public import SvoyiCore
import Synchronization

/// Delivers outbox notifications through one Viber bot.
///
/// Notifications with the same messages (one language, one alert) go together with `broadcast_message`, 300
/// receivers a request; the answer's `failed_list` gives each receiver that was not reached its own outcome. A
/// bot Viber has not opened broadcasting for (status 19 or 20, or ``ViberBot/canBroadcast`` off) sends one
/// `send_message` per person instead, a few at a time. A notification of several messages (a text, then a place)
/// stops at its first failure; when an earlier message already went out, the outcome is ``DeliveryOutcome/uncertain``
/// so that nothing is sent twice. Requests are never retried here: the outbox decides from the outcomes.
public final class ViberTransport: NotificationTransport {
    /// The most receivers one `broadcast_message` takes.
    public static let broadcastLimit = 300
    /// How many `send_message` calls one delivery keeps in flight when it cannot broadcast.
    public static let sendConcurrency = 8

    public let channel = ResidentChannel.viber
    public let api: ViberAPI
    public let renderer: ViberRenderer
    private let broadcastRefused = Mutex(false)

    /// A transport for `bot` over `client` (the server's one ``URLSessionHTTPClient``; requests are sent as not
    /// idempotent, so it never retries them).
    public init(bot: ViberBot, client: any HTTPClient, timeout: Duration = .seconds(30)) {
        api = ViberAPI(bot: bot, client: client, timeout: timeout)
        renderer = ViberRenderer(bot: bot)
        broadcastRefused.withLock { $0 = !bot.canBroadcast }
    }

    public var hromadaID: Int64 { api.bot.hromadaID }

    /// ``DeliveryLimits/viber`` while broadcasting works; one by one, about 40 a second, when it does not.
    public var limits: DeliveryLimits {
        broadcasts
            ? .viber
            : DeliveryLimits(
                messagesPerSecond: 40, perRecipientInterval: .seconds(1), batchSize: 1,
                concurrency: Self.sendConcurrency)
    }

    /// Whether deliveries go by `broadcast_message` (until Viber refuses it for the bot).
    public var broadcasts: Bool { !broadcastRefused.withLock { $0 } }

    public func deliver(_ batch: [OutboundNotification]) async -> [DeliveryOutcome] {
        var outcomes = [DeliveryOutcome?](repeating: nil, count: batch.count)
        var groups: [[ViberSendMessage]: [Int]] = [:]
        var order: [[ViberSendMessage]] = []
        for (index, notification) in batch.enumerated() {
            guard notification.channel == .viber, notification.hromadaID == hromadaID else {
                outcomes[index] = .failed(detail: "not a Viber notification of this bot's hromada")
                continue
            }
            let bodies = renderer.render(notification.messages, receiver: nil)
            guard !bodies.isEmpty else {
                outcomes[index] = .failed(detail: "nothing to send")
                continue
            }
            if groups[bodies] == nil { order.append(bodies) }
            groups[bodies, default: []].append(index)
        }
        for bodies in order {
            let members = groups[bodies]!
            let receivers = members.map { batch[$0].externalID }
            var results: [DeliveryOutcome]?
            if members.count > 1, broadcasts {
                results = await broadcast(bodies, to: receivers)
            }
            if results == nil { results = await sendOneByOne(bodies, to: receivers) }
            for (member, outcome) in zip(members, results!) { outcomes[member] = outcome }
        }
        return outcomes.map { $0 ?? .failed(detail: "not attempted") }
    }

    /// Broadcasts `bodies` to `receivers` in lists of 300; `nil` when Viber refuses broadcasting for the bot
    /// before anything went out.
    func broadcast(_ bodies: [ViberSendMessage], to receivers: [String]) async -> [DeliveryOutcome]? {
        var progress = Progress(count: receivers.count)
        for (step, body) in bodies.enumerated() {
            let pending = receivers.indices.filter { progress.outcomes[$0] == nil }
            for start in stride(from: 0, to: pending.count, by: Self.broadcastLimit) {
                let chunk = Array(pending[start..<min(start + Self.broadcastLimit, pending.count)])
                var message = body
                message.broadcastList = chunk.map { receivers[$0] }
                let result = await api.send(message)
                if case .answered(let answer, _) = result, answer.status.refusesBroadcast, step == 0, start == 0 {
                    broadcastRefused.withLock { $0 = true }
                    return nil
                }
                guard case .answered(let answer, _) = result, answer.status == .ok else {
                    for receiver in chunk { progress.record(result.deliveryOutcome, for: receiver, step: step) }
                    continue
                }
                let failed = Dictionary(
                    (answer.failedList ?? []).map { ($0.receiver, $0) }, uniquingKeysWith: { first, _ in first })
                for receiver in chunk {
                    let outcome =
                        failed[receivers[receiver]].map {
                            ViberAPI.Result.outcome($0.status, message: $0.statusMessage, token: nil)
                        } ?? ViberAPI.Result.outcome(.ok, message: nil, token: answer.messageToken)
                    progress.record(outcome, for: receiver, step: step)
                }
            }
        }
        return progress.finished()
    }

    /// Sends `bodies` to each receiver with `send_message`, a few receivers at a time. After a "too many
    /// requests" the receivers not yet started get the same wait instead of a request.
    func sendOneByOne(_ bodies: [ViberSendMessage], to receivers: [String]) async -> [DeliveryOutcome] {
        await withTaskGroup(of: (Int, DeliveryOutcome).self) { group in
            var outcomes = [DeliveryOutcome?](repeating: nil, count: receivers.count)
            var next = 0
            var pause: DeliveryOutcome?
            while next < min(Self.sendConcurrency, receivers.count) {
                let index = next
                group.addTask { (index, await self.sendAll(bodies, to: receivers[index])) }
                next += 1
            }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                if case .retryAfter = outcome { pause = outcome }
                if pause == nil, next < receivers.count {
                    let index = next
                    group.addTask { (index, await self.sendAll(bodies, to: receivers[index])) }
                    next += 1
                }
            }
            return outcomes.map { $0 ?? pause! }
        }
    }

    /// Sends every body to one receiver, stopping at the first failure.
    func sendAll(_ bodies: [ViberSendMessage], to receiver: String) async -> DeliveryOutcome {
        var progress = Progress(count: 1)
        for (step, body) in bodies.enumerated() where progress.outcomes[0] == nil {
            var message = body
            message.receiver = receiver
            progress.record(await api.send(message).deliveryOutcome, for: 0, step: step)
        }
        return progress.finished()[0]
    }

    /// Where each receiver of a multi-message notification is: its first message's token, and its outcome once
    /// it has one (a failure, or every message sent).
    struct Progress {
        var outcomes: [DeliveryOutcome?]
        var tokens: [String??]

        init(count: Int) {
            outcomes = Array(repeating: nil, count: count)
            tokens = Array(repeating: nil, count: count)
        }

        /// Records the outcome of message `step` for `receiver`.
        mutating func record(_ outcome: DeliveryOutcome, for receiver: Int, step: Int) {
            if case .sent(let token) = outcome {
                if step == 0 { tokens[receiver] = .some(token) }
                return
            }
            switch (outcome, step) {
            case (.retryAfter(_, let detail), 1...), (.transient(let detail), 1...):
                // Part of the notification already reached the person: trying again would repeat it.
                outcomes[receiver] = .uncertain(detail: "sent \(step) of its messages, then: \(detail)")
            default:
                outcomes[receiver] = outcome
            }
        }

        /// The outcome of every receiver once every message was tried.
        func finished() -> [DeliveryOutcome] {
            outcomes.indices.map { index in
                outcomes[index] ?? .sent(providerMessageID: tokens[index] ?? nil)
            }
        }
    }
}
