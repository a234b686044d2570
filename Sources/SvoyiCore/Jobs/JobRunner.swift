public import Foundation

/// Executes due jobs in-process: claims them with a lease, runs their handlers, retries failures with
/// backoff, and picks up jobs whose lease expired because the process that held them died.
///
/// Up to ``Configuration/concurrency`` jobs run at once; a slow job holds one slot, never the others.
public actor JobRunner {
    /// Tuning.
    public struct Configuration: Sendable {
        /// How long a claim lasts without a heartbeat; a job held by a dead process is run again after it.
        public var lease: TimeInterval = 60
        /// How many jobs run at once.
        public var concurrency = 4
        /// Retry delays.
        public var backoff = Backoff()
        /// Longest idle sleep between checks (jobs scheduled by another process are seen within it).
        public var idlePoll: TimeInterval = 15
        /// Told about failures of the runner itself (not of jobs, which are recorded on the job).
        public var report: @Sendable (String) -> Void = { message in
            FileHandle.standardError.write(Data("jobs: \(message)\n".utf8))
        }

        public init() {}
    }

    /// A claim that another runner took over after this one's lease expired.
    struct LeaseLost: Error {}

    let database: any Database
    let handlers: [String: JobHandler]
    let clock: any WallClock
    let configuration: Configuration
    private let wakeSignal = WakeSignal()
    let kindsPlaceholders: String
    let kindArguments: [SQLValue]
    private var inFlight: [Int64: Task<Void, Never>] = [:]

    public init(
        database: any Database, handlers: [JobHandler], clock: any WallClock = SystemClock(),
        configuration: Configuration = Configuration()
    ) {
        self.database = database
        var byKind: [String: JobHandler] = [:]
        for handler in handlers {
            precondition(byKind[handler.kind] == nil, "two handlers for job kind \(handler.kind)")
            byKind[handler.kind] = handler
        }
        self.handlers = byKind
        self.clock = clock
        self.configuration = configuration
        let kinds = byKind.keys.sorted()
        self.kindsPlaceholders = kinds.isEmpty ? "NULL" : kinds.map { _ in "?" }.joined(separator: ", ")
        self.kindArguments = kinds.map { .text($0) }
    }

    /// Tells the runner that a job may be due now (after scheduling one), instead of waiting for its next check.
    public nonisolated func wake() {
        wakeSignal.signal()
    }

    /// Runs until the task is cancelled, then cancels the jobs in flight (an async job cancelled this way
    /// keeps its attempt and runs again on the next start) and waits for them.
    public func run() async {
        var failures = 0
        while !Task.isCancelled {
            let free = configuration.concurrency - inFlight.count
            if free > 0 {
                do {
                    let claimed = try await claim(limit: free)
                    failures = 0
                    for (job, token) in claimed { start(job, token: token) }
                    if claimed.count == free { continue }  // maybe more are due
                } catch {
                    failures += 1
                    configuration.report("claiming due jobs failed (\(failures) in a row): \(error)")
                    let pause = min(configuration.idlePoll, 0.5 * pow(2, Double(min(failures, 10))))
                    await sleep(until: clock.now.addingTimeInterval(pause))
                    continue
                }
            }
            let deadline =
                free > 0 && inFlight.count < configuration.concurrency
                ? ((try? await nextWakeUp()) ?? clock.now.addingTimeInterval(configuration.idlePoll))
                : clock.now.addingTimeInterval(configuration.idlePoll)
            await sleep(until: deadline)
        }
        let running = Array(inFlight.values)
        for task in running { task.cancel() }
        for task in running { await task.value }
    }

    /// Sleeps until `deadline`, a ``wake()``, or a job finishing, whichever comes first.
    private func sleep(until deadline: Date) async {
        let clock = self.clock
        let wakeSignal = self.wakeSignal
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await clock.sleep(until: deadline) }
            group.addTask { await wakeSignal.wait() }
            await group.next()
            group.cancelAll()
        }
    }

    private func start(_ job: Job, token: String) {
        guard let handler = handlers[job.kind] else { return }
        let database = self.database
        let clock = self.clock
        let configuration = self.configuration
        inFlight[job.id] = Task.detached {
            await Self.execute(
                job, token: token, handler: handler, database: database, clock: clock, configuration: configuration)
            await self.finished(job.id)
        }
    }

    private func finished(_ id: Int64) {
        inFlight[id] = nil
        wakeSignal.signal()
    }

    /// Claims and runs the jobs due now (up to the concurrency) and waits for them; returns how many it ran.
    /// Tests call this directly with a ``ManualClock``.
    @discardableResult
    public func runDueJobs() async throws -> Int {
        let claimed = try await claim(limit: configuration.concurrency)
        let handlers = self.handlers
        let database = self.database
        let clock = self.clock
        let configuration = self.configuration
        await withTaskGroup(of: Void.self) { group in
            for (job, token) in claimed {
                guard let handler = handlers[job.kind] else { continue }
                group.addTask {
                    await Self.execute(
                        job, token: token, handler: handler, database: database, clock: clock,
                        configuration: configuration)
                }
            }
        }
        return claimed.count
    }

    private func nextWakeUp() async throws -> Date {
        let now = clock.now
        let cap = now.addingTimeInterval(configuration.idlePoll)
        let placeholders = kindsPlaceholders
        let kinds = kindArguments
        let next = try await database.read { db -> Date? in
            let due =
                try db.scalar(
                    "SELECT min(run_at) FROM jobs WHERE state = 'queued' AND kind IN (\(placeholders))",
                    kinds, as: Date?.self) ?? nil
            let lease =
                try db.scalar(
                    "SELECT min(lease_until) FROM jobs WHERE state = 'running' AND kind IN (\(placeholders))",
                    kinds, as: Date?.self) ?? nil
            return [due, lease].compactMap { $0 }.min()
        }
        return min(next ?? cap, cap)
    }
}
