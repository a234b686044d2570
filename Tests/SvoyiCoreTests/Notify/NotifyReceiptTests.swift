import Foundation
import Testing

@testable import SvoyiCore

/// Viber's `delivered` and `seen` receipts, matched to outbox deliveries by the message token and the person.
@Suite struct NotifyReceiptTests {
    /// Sends one message to three Viber residents and one Telegram resident, and stores the tokens a messenger would
    /// have answered with: one broadcast token `4912` for the Viber three, Telegram's message id `77`.
    static func sent(_ context: NotifyTestContext) async throws -> Int64 {
        try await context.addResidents(3, channel: .viber, prefix: "vb")
        try await context.addResidents(1, prefix: "tg")
        let id = try await context.send(context.draft("Відключення світла"))
        try await context.database.write { db in
            try db.execute(
                "UPDATE notify_deliveries SET state = 'sent', provider_message_id = '4912' WHERE channel = 'viber'")
            try db.execute(
                "UPDATE notify_deliveries SET state = 'sent', provider_message_id = '4912' WHERE channel = 'telegram'")
        }
        return id
    }

    @Test func deliveredAndSeenAreCountedOnceWithTheFirstTimes() async throws {
        try await withNotifyStore { context in
            let id = try await Self.sent(context)
            let first = notifyTestStart.addingTimeInterval(5)
            let later = notifyTestStart.addingTimeInterval(60)
            let store = context.store
            #expect(
                try await store.recordReceipt(
                    .delivered, hromadaID: context.hromadaA, providerMessageID: "4912", externalID: "vb0", at: first))
            #expect(
                try await store.recordReceipt(
                    .delivered, hromadaID: context.hromadaA, providerMessageID: "4912", externalID: "vb0", at: later))
            // Seen without a delivered receipt before it: seen implies delivered.
            #expect(
                try await store.recordReceipt(
                    .seen, hromadaID: context.hromadaA, providerMessageID: "4912", externalID: "vb1", at: first))
            let stats = try await context.message(id).stats
            #expect(stats.delivered == 2)
            #expect(stats.seen == 1)
            #expect(stats[.sent] == 4)
            let times = try await context.database.read { db in
                try db.query(
                    "SELECT external_id, delivered_at, seen_at FROM notify_deliveries WHERE channel = 'viber' "
                        + "ORDER BY external_id"
                ).map {
                    (
                        try $0.get("external_id", as: String.self), try $0.get("delivered_at", as: Date?.self),
                        try $0.get("seen_at", as: Date?.self)
                    )
                }
            }
            #expect(times[0].1 == first, "the first delivered time is kept")
            #expect(times[1].1 == first && times[1].2 == first)
            #expect(times[2].1 == nil && times[2].2 == nil)
        }
    }

    @Test func receiptsThatNameNoDeliveryChangeNothing() async throws {
        try await withNotifyStore { context in
            let id = try await Self.sent(context)
            let store = context.store
            let at = notifyTestStart
            // Another token (a reply in a conversation), another person, another hromada, a Telegram id.
            for (token, person, hromada) in [
                ("5000", "vb0", context.hromadaA), ("4912", "vb9", context.hromadaA), ("4912", "vb0", context.hromadaB),
                ("4912", "tg0", context.hromadaA),
            ] {
                #expect(
                    !(try await store.recordReceipt(
                        .seen, hromadaID: hromada, providerMessageID: token, externalID: person, at: at)),
                    "\(token) \(person)")
            }
            let stats = try await context.message(id).stats
            #expect(stats.delivered == 0 && stats.seen == 0)
            #expect(stats == NotifyDeliveryStats(counts: [.sent: 4]))
        }
    }

    @Test(arguments: NotifyReceiptKind.allCases)
    func theLookupUsesTheIndexOfViberTokens(kind: NotifyReceiptKind) async throws {
        try await withNotifyStore { context in
            let plan = try await context.database.write { db in
                try db.query(
                    "EXPLAIN QUERY PLAN " + NotifyStore.receiptSQL(kind),
                    [.text("x"), .integer(1), .text("4912"), .text("vb0")]
                ).map { try $0.get("detail", as: String.self) }
            }
            #expect(plan.contains { $0.contains("notify_deliveries_receipt") }, "\(plan)")
        }
    }
}
