import Foundation

/// Sends one bot's queue (one hromada × one messenger) through its ``NotificationTransport``: waits for the
/// governor, claims what can go now, sends it with at most ``DeliveryLimits/concurrency`` calls in flight, and
/// records each outcome as it comes back.
actor NotifyWorker {
    nonisolated let hromadaID: Int64
    nonisolated let channel: ResidentChannel
    /// Signalled by the outbox's bell (new deliveries), by a send finishing, and by a new transport.
    nonisolated let wakeSignal = WakeSignal()
    private var transport: any NotificationTransport
    private var governor: DeliveryGovernor
    private let database: any Database
    private let clock: any WallClock
    private let configuration: NotifyDispatcher.Configuration
    private var inFlight: [Int: Task<Void, Never>] = [:]
    private var nextSendID = 0
    /// Outcomes of finished calls not written yet, by call, and whether a write is under way.
    private var unrecorded: [(id: Int, results: [(ClaimedDelivery, DeliveryOutcome)])] = []
    private var recording = false
    /// Messages' contents by id (they never change once enqueued).
    private var contents: [Int64: NotifyContent] = [:]

    init(
        transport: any NotificationTransport, database: any Database, clock: any WallClock,
        configuration: NotifyDispatcher.Configuration
    ) {
        self.hromadaID = transport.hromadaID
        self.channel = transport.channel
        self.transport = transport
        self.governor = DeliveryGovernor(limits: transport.limits, now: clock.now)
        self.database = database
        self.clock = clock
        self.configuration = configuration
    }

    /// Sends through `transport` from now on (the bot's token or limits changed).
    func replace(_ transport: any NotificationTransport) {
        self.transport = transport
        governor.update(transport.limits)
        wakeSignal.signal()
    }

    /// Sends until the task is cancelled (or, with `untilIdle`, until nothing of this queue is queued or in flight),
    /// then waits for the sends in flight and records their outcomes.
    func run(untilIdle: Bool) async {
        NotifyBell.shared.listen(wakeSignal)
        var failures = 0
        while !Task.isCancelled {
            let limits = transport.limits
            if inFlight.count >= max(1, limits.concurrency) {
                await wakeSignal.wait()  // a send finishing signals
                continue
            }
            let now = clock.now
            let batchSize = max(1, limits.batchSize)
            let ready = governor.readyAt(cost: Double(batchSize), now: now)
            if ready > now {
                await NotifyDispatcher.sleep(clock: clock, until: ready, or: wakeSignal)
                continue
            }
            do {
                // As many batches as there are free call slots and tokens for, claimed in one transaction.
                let slots = max(1, limits.concurrency) - inFlight.count
                let affordable = max(batchSize, Int(governor.available(now: now)))
                let claimed = try await claim(limit: min(slots * batchSize, affordable), now: now)
                failures = 0
                if !claimed.isEmpty {
                    for start in stride(from: 0, to: claimed.count, by: batchSize) {
                        send(Array(claimed[start..<min(start + batchSize, claimed.count)]), now: now)
                    }
                    continue
                }
                let next = try await database.read { [hromadaID, channel] db in
                    try NotifyOutbox.nextDue(hromadaID: hromadaID, channel: channel, in: db)
                }
                if untilIdle && next == nil && inFlight.isEmpty { break }
                var deadline = now.addingTimeInterval(configuration.pollInterval)
                if let next, next < deadline { deadline = next }
                await NotifyDispatcher.sleep(clock: clock, until: deadline, or: wakeSignal)
            } catch {
                failures += 1
                configuration.report(
                    "notify: claiming \(channel.rawValue) deliveries of hromada \(hromadaID) failed "
                        + "(\(failures) in a row): \(error)")
                let pause = min(configuration.pollInterval, 0.5 * pow(2, Double(min(failures, 10))))
                await NotifyDispatcher.sleep(clock: clock, until: clock.now.addingTimeInterval(pause), or: wakeSignal)
            }
        }
        NotifyBell.shared.stopListening(wakeSignal)
        let running = Array(inFlight.values)
        for task in running { await task.value }
    }

    /// Claims due deliveries and reads the contents of messages not seen yet, in one transaction.
    private func claim(limit: Int, now: Date) async throws -> [(ClaimedDelivery, NotifyContent)] {
        if contents.count > 1_000 { contents = [:] }
        let recentlySent = governor.recentlySent
        let interval = max(0, transport.limits.perRecipientInterval.timeInterval)
        let known = Set(contents.keys)
        let (claimed, loaded) = try await database.write { [hromadaID, channel] db in
            let claimed = try NotifyOutbox.claim(
                hromadaID: hromadaID, channel: channel, limit: limit, now: now, recentlySent: recentlySent,
                interval: interval, in: db)
            let missing = Set(claimed.map(\.messageID)).subtracting(known)
            return (claimed, try NotifyOutbox.contents(messageIDs: missing, in: db))
        }
        contents.merge(loaded) { _, new in new }
        return claimed.map { ($0, contents[$0.messageID] ?? NotifyContent(text: LocalizedText(uk: ""))) }
    }

    /// Starts sending a claimed batch; its outcomes are recorded when the transport answers.
    private func send(_ claimed: [(ClaimedDelivery, NotifyContent)], now: Date) {
        let batch = claimed.map { delivery, content in
            OutboundNotification(
                deliveryID: delivery.id, hromadaID: hromadaID, channel: channel, externalID: delivery.externalID,
                messages: content.messages(for: delivery.language))
        }
        let cost = Double(batch.reduce(0) { $0 + $1.messages.count })
        governor.spend(cost, to: batch.map(\.externalID), now: now)
        let deliveries = claimed.map(\.0)
        let transport = self.transport
        let id = nextSendID
        nextSendID += 1
        inFlight[id] = Task {
            let outcomes = await transport.deliver(batch)
            await self.finished(id, deliveries, outcomes)
        }
    }

    /// Records a batch's outcomes (a missing outcome counts as uncertain: never sent again by itself).
    ///
    /// Outcomes that arrive while others are being written are written together next (one transaction for all the
    /// calls that finished meanwhile). A call stays in flight until its outcomes are written, so the queue never
    /// looks empty while a retry is still to be recorded.
    private func finished(_ id: Int, _ deliveries: [ClaimedDelivery], _ outcomes: [DeliveryOutcome]) async {
        let now = clock.now
        var results: [(ClaimedDelivery, DeliveryOutcome)] = []
        for (index, delivery) in deliveries.enumerated() {
            let outcome =
                index < outcomes.count
                ? outcomes[index] : .uncertain(detail: "the transport returned no outcome for this delivery")
            if case .retryAfter(let delay, _) = outcome {
                governor.pause(until: now.addingTimeInterval(max(0, delay.timeInterval)))
            }
            results.append((delivery, outcome))
        }
        unrecorded.append((id, results))
        guard !recording else { return }
        recording = true
        while !unrecorded.isEmpty {
            let taken = unrecorded
            unrecorded = []
            await record(taken.flatMap(\.results))
            for (id, _) in taken { inFlight[id] = nil }
            wakeSignal.signal()
        }
        recording = false
    }

    private func record(_ results: [(ClaimedDelivery, DeliveryOutcome)]) async {
        let configuration = self.configuration
        let now = clock.now
        for attempt in 1...3 {
            do {
                try await database.write { [hromadaID, channel] db in
                    try NotifyOutbox.record(
                        results, hromadaID: hromadaID, channel: channel, now: now, policy: configuration.retry,
                        jitter: configuration.jitter, in: db)
                }
                return
            } catch {
                // Left `sending`, the deliveries become uncertain at the next start: never sent twice.
                configuration.report(
                    "notify: recording \(results.count) outcomes failed (attempt \(attempt) of 3): \(error)")
            }
        }
    }
}
