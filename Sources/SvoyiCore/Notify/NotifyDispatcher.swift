public import Foundation

/// The outbox's delivery worker: one loop per bot (hromada × messenger) that sends queued deliveries through the
/// bot's ``NotificationTransport`` under a rate governor built from its ``DeliveryLimits``, and records each
/// outcome.
///
/// - Emergency messages are claimed first, then the oldest; only what is about to be sent is claimed (`sending`).
/// - The pace: a token bucket of ``DeliveryLimits/messagesPerSecond`` (a batch costs its messages), at most
///   ``DeliveryLimits/concurrency`` calls in flight, at least ``DeliveryLimits/perRecipientInterval`` between two
///   messages to one person, and the whole bot paused when the messenger says `retry after`.
/// - Outcomes: sent; unreachable → blocked, and the subscriber ledger marks the channel; retry-after → queued again
///   (not counted as an attempt); transient → queued with exponential backoff and jitter, failed after
///   ``NotifyRetryPolicy/maximumAttempts``; uncertain and failed are final.
/// - At start, deliveries a stopped process left `sending` become `uncertain`: they may have arrived, and nobody
///   gets a message twice.
///
/// Run one dispatcher per database (the server does).
public actor NotifyDispatcher {
    /// Tuning.
    public struct Configuration: Sendable {
        /// The longest sleep between checks for deliveries coming due (new ones wake the loop at once).
        public var pollInterval: TimeInterval = 5
        /// How often the transports are read again from the source.
        public var transportRefresh: TimeInterval = 60
        /// Retries of transient failures.
        public var retry = NotifyRetryPolicy()
        /// Numbers in 0…1 that spread retries (injected so tests are deterministic).
        public var jitter: @Sendable () -> Double = { Double.random(in: 0...1) }
        /// Told about failures of the dispatcher itself (never with a message's text or a person's id).
        public var report: @Sendable (String) -> Void = { message in
            FileHandle.standardError.write(Data("\(message)\n".utf8))
        }

        public init() {}
    }

    let database: any Database
    let source: any NotificationTransportSource
    let clock: any WallClock
    let configuration: Configuration
    private let changed = WakeSignal()
    private var workers: [TransportKey: (worker: NotifyWorker, task: Task<Void, Never>)] = [:]

    /// A dispatcher over `database` (migrated with ``CoreModule``), sending through the transports `source` gives.
    public init(
        database: any Database, source: any NotificationTransportSource, clock: any WallClock = SystemClock(),
        configuration: Configuration = Configuration()
    ) {
        self.database = database
        self.source = source
        self.clock = clock
        self.configuration = configuration
    }

    /// Tells the dispatcher to read the transports again now (a bot was added, removed or changed).
    public nonisolated func transportsChanged() {
        changed.signal()
    }

    /// Tells every worker of this process that deliveries may be ready (the outbox does this itself after it writes
    /// deliveries; call it after writing to the outbox by other means).
    public nonisolated func wake() {
        NotifyBell.shared.ring()
    }

    /// Turns deliveries left `sending` by a stopped process into `uncertain`, then sends until the task is
    /// cancelled. On cancellation no new delivery is claimed; the calls in flight finish and their outcomes are
    /// recorded before it returns.
    public func run() async {
        guard await recover() else { return }
        while !Task.isCancelled {
            await reconcile(await source.transports(), untilIdle: false)
            let deadline = clock.now.addingTimeInterval(configuration.transportRefresh)
            await Self.sleep(clock: clock, until: deadline, or: changed)
        }
        let running = workers.values.map(\.task)
        workers = [:]
        for task in running { task.cancel() }
        for task in running { await task.value }
    }

    /// Recovers like ``run()``, then sends with the current transports until none of their queues has anything
    /// queued or in flight (deliveries waiting for a retry are waited for). For tests and for a command that sends
    /// and waits; not to be run beside ``run()``.
    public func runUntilIdle() async {
        guard await recover() else { return }
        await reconcile(await source.transports(), untilIdle: true)
        let running = workers.values.map(\.task)
        workers = [:]
        for task in running { await task.value }
    }

    /// Starts a worker for each new transport, hands a changed one to its worker, stops the workers whose transport
    /// is gone.
    private func reconcile(_ transports: [any NotificationTransport], untilIdle: Bool) async {
        var current: [TransportKey: any NotificationTransport] = [:]
        for transport in transports {
            current[TransportKey(hromadaID: transport.hromadaID, channel: transport.channel)] = transport
        }
        for (key, entry) in workers where current[key] == nil {
            entry.task.cancel()
            workers[key] = nil
            await entry.task.value
        }
        for (key, transport) in current.sorted(by: { $0.key < $1.key }) {
            if let entry = workers[key] {
                await entry.worker.replace(transport)
            } else {
                let worker = NotifyWorker(
                    transport: transport, database: database, clock: clock, configuration: configuration)
                workers[key] = (worker, Task { await worker.run(untilIdle: untilIdle) })
            }
        }
    }

    /// Runs ``NotifyOutbox/recoverInterrupted(now:in:)`` until it succeeds; `false` when cancelled first.
    private func recover() async -> Bool {
        var failures = 0
        while !Task.isCancelled {
            do {
                let now = clock.now
                let count = try await database.write { db in try NotifyOutbox.recoverInterrupted(now: now, in: db) }
                if count > 0 {
                    configuration.report(
                        "notify: \(count) deliveries were being sent when the server stopped; they are uncertain "
                            + "and are not sent again unless staff resend them")
                }
                return true
            } catch {
                failures += 1
                configuration.report(
                    "notify: recovering interrupted deliveries failed (\(failures) in a row): \(error)")
                let pause = min(configuration.pollInterval, 0.5 * pow(2, Double(min(failures, 10))))
                await Self.sleep(clock: clock, until: clock.now.addingTimeInterval(pause), or: changed)
            }
        }
        return false
    }

    /// Sleeps until `deadline`, a signal or cancellation, whichever comes first.
    static func sleep(clock: any WallClock, until deadline: Date, or signal: WakeSignal) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await clock.sleep(until: deadline) }
            group.addTask { await signal.wait() }
            await group.next()
            group.cancelAll()
        }
    }
}
