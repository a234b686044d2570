import Foundation
import SvoyiCore
import SvoyiTestSupport
import Synchronization

/// 2026-03-01T10:00:00Z, where every notify test's clock starts.
let notifyTestStart = Date(timeIntervalSince1970: 1_772_359_200)

/// A clock whose sleeps return at once, moving the time to their deadline: delivery loops run through minutes of
/// retries and pauses instantly and deterministically, and their recorded times show the pace they kept.
final class VirtualClock: WallClock {
    private let current: Mutex<Date>

    init(_ start: Date = notifyTestStart) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by interval: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(interval) }
    }

    func sleep(until deadline: Date) async throws {
        try Task.checkCancellation()
        current.withLock { if deadline > $0 { $0 = deadline } }
        await Task.yield()
    }
}

/// A migrated database (the core module) with two hromadas made from ``Fixtures/bundle(slug:digit:)``: in A the
/// centre (no district), a village (district `zelenyi-hai`) and a hamlet (district `lisove`).
struct NotifyTestContext {
    let database: SQLiteDatabase
    let clock: VirtualClock
    let store: NotifyStore
    let hromadaA: Int64
    let hromadaB: Int64
    let centre: String
    let village: String
    let hamlet: String
    let settlementB: String

    /// Adds `count` residents of `hromadaID` with one channel link each (external ids `prefix0`, `prefix1`…), in
    /// one transaction; returns their ids.
    @discardableResult
    func addResidents(
        _ count: Int, hromadaID: Int64? = nil, settlement: String? = nil, channel: ResidentChannel = .telegram,
        language: Language = .uk, prefix: String = "tg", status: ChannelStatus = .active
    ) async throws -> [Int64] {
        let hromadaID = hromadaID ?? hromadaA
        let now = clock.now
        return try await database.write { db in
            var ids: [Int64] = []
            for index in 0..<count {
                try db.execute(
                    """
                    INSERT INTO residents (hromada_id, language, settlement, verification_level, created_at,
                        last_seen_at)
                    VALUES (?, ?, ?, 1, ?, ?)
                    """, hromadaID, language.rawValue, settlement, now, now)
                let id = db.lastInsertRowID
                try db.execute(
                    """
                    INSERT INTO resident_channels (hromada_id, channel, external_id, resident_id, linked_at, status)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, hromadaID, channel.rawValue, "\(prefix)\(index)", id, now, status.rawValue)
                ids.append(id)
            }
            return ids
        }
    }

    /// Links one more channel to a resident, `linkedAt` seconds after the start.
    func link(
        _ residentID: Int64, channel: ResidentChannel, externalID: String, after seconds: TimeInterval,
        status: ChannelStatus = .active, hromadaID: Int64? = nil
    ) async throws {
        try await database.write { db in
            try db.execute(
                """
                INSERT INTO resident_channels (hromada_id, channel, external_id, resident_id, linked_at, status)
                VALUES (?, ?, ?, ?, ?, ?)
                """, hromadaID ?? hromadaA, channel.rawValue, externalID, residentID,
                notifyTestStart.addingTimeInterval(seconds), status.rawValue)
        }
    }

    /// A draft for everyone in hromada A, from a module.
    func draft(
        _ text: String = "Завтра з 9:00 до 17:00 не буде світла.", topic: NotifyTopic = .outages,
        audience: NotifyAudience = .everyone, priority: NotifyPriority = .normal, key: String? = nil
    ) -> NotifyDraft {
        NotifyDraft(
            hromadaID: hromadaA, topic: topic, text: LocalizedText(uk: text, en: "EN: \(text)"), priority: priority,
            audience: audience, createdBy: .module("tests"), idempotencyKey: key)
    }

    /// Enqueues and fully expands a message now; returns its id.
    @discardableResult
    func send(_ draft: NotifyDraft) async throws -> Int64 {
        let message = try await store.enqueue(draft).message
        try await expand(message.id)
        return message.id
    }

    /// Runs the expansion of a message batch by batch until it finishes.
    func expand(_ messageID: Int64, batch: Int = 1_000) async throws {
        let now = clock.now
        while true {
            let step = try await database.write { db in
                try NotifyExpansion.expandBatch(messageID: messageID, limit: batch, now: now, in: db)
            }
            if case .more = step { continue }
            return
        }
    }

    /// `(resident id, channel, external id, state)` of a message's deliveries, by resident id.
    func deliveries(_ messageID: Int64) async throws -> [(Int64, String, String, String)] {
        try await database.read { db in
            try db.query(
                """
                SELECT resident_id, channel, external_id, state FROM notify_deliveries WHERE message_id = ?
                ORDER BY resident_id
                """, messageID
            ).map {
                (try $0.get("resident_id"), try $0.get("channel"), try $0.get("external_id"), try $0.get("state"))
            }
        }
    }

    func count(_ sql: String, _ arguments: [SQLValue] = []) async throws -> Int {
        try await database.read { db in try db.scalar(sql, arguments, as: Int.self) ?? -1 }
    }

    func message(_ id: Int64) async throws -> NotifyMessage {
        try await store.message(id: id, hromadaID: hromadaA)!
    }

    /// A dispatcher over this database with `transports`, jitter fixed at 1 (the full backoff).
    func dispatcher(_ transports: [any NotificationTransport]) -> NotifyDispatcher {
        var configuration = NotifyDispatcher.Configuration()
        configuration.jitter = { 1 }
        configuration.report = { _ in }
        return NotifyDispatcher(
            database: database, source: NotificationTransportRegistry(transports), clock: clock,
            configuration: configuration)
    }
}

/// Runs `body` with a fresh ``NotifyTestContext``.
func withNotifyStore(_ body: (NotifyTestContext) async throws -> Void) async throws {
    let directory = try TemporaryDirectory("svoyi-notify")
    let database = try SQLiteDatabase(path: directory.path("notify.sqlite"))
    defer { database.close() }
    try await Migrator(CoreModule().migrations).migrate(database)
    let community = CommunityStore(database: database)
    let bundleA = Fixtures.bundle(slug: "hromada-a", digit: "1")
    let bundleB = Fixtures.bundle(slug: "hromada-b", digit: "2")
    let a = try await community.importBundle(bundleA)
    let b = try await community.importBundle(bundleB)
    let clock = VirtualClock()
    let codes = bundleA.settlements.map(\.katottg)
    try await body(
        NotifyTestContext(
            database: database, clock: clock, store: NotifyStore(database: database, clock: clock), hromadaA: a.id!,
            hromadaB: b.id!, centre: codes[0], village: codes[1], hamlet: codes[2],
            settlementB: bundleB.settlements[0].katottg))
}

/// A messenger that records every call and answers what its script says: the script gets each notification and how
/// many times that delivery was handed over, this time included.
final class FakeTransport: NotificationTransport {
    struct Call: Sendable {
        let at: Date
        let notifications: [OutboundNotification]
    }

    private struct State {
        var calls: [Call] = []
        var outcomes: [DeliveryOutcome] = []
        var handed: [Int64: Int] = [:]
        var inFlight = 0
        var maxInFlight = 0
    }

    let channel: ResidentChannel
    let hromadaID: Int64
    let limits: DeliveryLimits
    private let clock: any WallClock
    private let script: @Sendable (OutboundNotification, Int) -> DeliveryOutcome
    private let state = Mutex(State())

    init(
        hromadaID: Int64, channel: ResidentChannel = .telegram,
        limits: DeliveryLimits = DeliveryLimits(
            messagesPerSecond: 1_000, perRecipientInterval: .zero, batchSize: 1, concurrency: 1),
        clock: any WallClock,
        script: @escaping @Sendable (OutboundNotification, Int) -> DeliveryOutcome = { notification, _ in
            .sent(providerMessageID: "m\(notification.deliveryID)")
        }
    ) {
        self.hromadaID = hromadaID
        self.channel = channel
        self.limits = limits
        self.clock = clock
        self.script = script
    }

    func deliver(_ batch: [OutboundNotification]) async -> [DeliveryOutcome] {
        let now = clock.now
        let outcomes = state.withLock { state in
            state.calls.append(Call(at: now, notifications: batch))
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            let outcomes = batch.map { notification in
                state.handed[notification.deliveryID, default: 0] += 1
                return script(notification, state.handed[notification.deliveryID]!)
            }
            state.outcomes += outcomes
            return outcomes
        }
        // Let other sends start meanwhile, as a network call would.
        for _ in 0..<3 { await Task.yield() }
        state.withLock { $0.inFlight -= 1 }
        return outcomes
    }

    var calls: [Call] { state.withLock { $0.calls } }
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }
    /// The outcome of each notification handed over, in the order of ``handed``.
    var outcomes: [DeliveryOutcome] { state.withLock { $0.outcomes } }

    /// Every notification handed over, in order, with the time of its call.
    var handed: [(at: Date, notification: OutboundNotification)] {
        calls.flatMap { call in call.notifications.map { (call.at, $0) } }
    }
}
