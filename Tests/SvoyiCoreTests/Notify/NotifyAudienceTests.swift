import Foundation
import SvoyiCore
import Testing

/// Who a message reaches: the audience, narrowed to residents subscribed to the topic and reachable on one messenger.
@Suite struct NotifyAudienceTests {
    struct People {
        let centre: [Int64]
        let village: [Int64]
        let hamlet: [Int64]
        let nowhere: [Int64]
        let other: [Int64]
    }

    func people(_ context: NotifyTestContext) async throws -> People {
        People(
            centre: try await context.addResidents(3, settlement: context.centre, prefix: "c"),
            village: try await context.addResidents(2, settlement: context.village, prefix: "v"),
            hamlet: try await context.addResidents(2, settlement: context.hamlet, channel: .viber, prefix: "h"),
            nowhere: try await context.addResidents(1, prefix: "n"),
            other: try await context.addResidents(2, hromadaID: context.hromadaB, settlement: context.settlementB))
    }

    func recipients(_ context: NotifyTestContext, _ audience: NotifyAudience) async throws -> [Int64] {
        let id = try await context.send(context.draft(audience: audience))
        return try await context.deliveries(id).map(\.0)
    }

    @Test func everyoneSettlementsAndDistricts() async throws {
        try await withNotifyStore { context in
            let p = try await people(context)
            #expect(try await recipients(context, .everyone) == p.centre + p.village + p.hamlet + p.nowhere)
            #expect(try await recipients(context, .settlements([context.village])) == p.village)
            #expect(
                try await recipients(context, .settlements([context.centre, context.hamlet])) == p.centre + p.hamlet)
            #expect(try await recipients(context, .districts(["zelenyi-hai"])) == p.village)
            #expect(try await recipients(context, .districts(["lisove", "zelenyi-hai"])) == p.village + p.hamlet)
            #expect(try await recipients(context, .resident(p.hamlet[1])) == [p.hamlet[1]])
        }
    }

    @Test func topicOptOutsAreLeftOutAndOptingInAgainCountsAgain() async throws {
        try await withNotifyStore { context in
            let p = try await people(context)
            try await context.store.setTopic(
                "outages", subscribed: false, residentID: p.centre[0], hromadaID: context.hromadaA)
            try await context.store.setTopic(
                "news", subscribed: false, residentID: p.centre[1], hromadaID: context.hromadaA)
            let outages = try await recipients(context, .settlements([context.centre]))
            #expect(outages == [p.centre[1], p.centre[2]])
            // Even a message to one person respects the person's choice.
            #expect(try await recipients(context, .resident(p.centre[0])).isEmpty)

            context.clock.advance(by: 60)
            try await context.store.setTopic(
                "outages", subscribed: true, residentID: p.centre[0], hromadaID: context.hromadaA)
            #expect(try await recipients(context, .settlements([context.centre])) == p.centre)
            let choices = try await context.store.topicChoices(residentID: p.centre[0], hromadaID: context.hromadaA)
            #expect(choices.map(\.topic.key) == ["news", "outages", "events", "emergencies", "petitions"])
            #expect(choices.map(\.isSubscribed) == [true, true, true, true, true])
            #expect(choices[1].changedAt == notifyTestStart.addingTimeInterval(60))
            #expect(choices[0].changedAt == nil)

            await #expect(throws: NotifyError.unknownTopic("weather")) {
                try await context.store.setTopic(
                    "weather", subscribed: false, residentID: p.centre[0], hromadaID: context.hromadaA)
            }
            await #expect(throws: NotifyError.residentNotFound) {
                try await context.store.topicChoices(residentID: p.other[0], hromadaID: context.hromadaA)
            }
        }
    }

    @Test func oneMessengerPerResidentTheNewestActiveOneAndNeverTheWebOrABlockedOne() async throws {
        try await withNotifyStore { context in
            let both = try await context.addResidents(1, prefix: "tg-both")[0]
            try await context.link(both, channel: .viber, externalID: "vb-both", after: 30)
            let blockedViber = try await context.addResidents(1, prefix: "tg-keep")[0]
            try await context.link(blockedViber, channel: .viber, externalID: "vb-gone", after: 30, status: .blocked)
            let webOnly = try await context.addResidents(1, channel: .web, prefix: "web")[0]
            let unsubscribed = try await context.addResidents(
                1, channel: .viber, prefix: "vb-off", status: .unsubscribed)[0]
            _ = (webOnly, unsubscribed)
            let id = try await context.send(context.draft())
            let deliveries = try await context.deliveries(id)
            #expect(deliveries.map(\.0) == [both, blockedViber])
            #expect(deliveries.map(\.1) == ["viber", "telegram"])
            #expect(deliveries.map(\.2) == ["vb-both", "tg-keep0"])

            let preview = try await context.store.audiencePreview(
                topic: "outages", audience: .everyone, hromadaID: context.hromadaA)
            #expect(preview.byChannel == [.viber: 1, .telegram: 1])
            #expect(preview.total == 2)
        }
    }

    @Test func thePreviewCountsWhatTheExpansionWrites() async throws {
        try await withNotifyStore { context in
            let p = try await people(context)
            try await context.store.setTopic(
                "events", subscribed: false, residentID: p.village[0], hromadaID: context.hromadaA)
            for audience: NotifyAudience in [
                .everyone, .districts(["zelenyi-hai", "lisove"]), .settlements([context.centre]),
            ] {
                let preview = try await context.store.audiencePreview(
                    topic: "events", audience: audience, hromadaID: context.hromadaA)
                let id = try await context.send(context.draft(topic: .events, audience: audience))
                let deliveries = try await context.deliveries(id)
                #expect(preview.total == deliveries.count, "\(audience)")
                #expect(preview.byChannel[.viber, default: 0] == deliveries.filter { $0.1 == "viber" }.count)
            }
            await #expect(throws: NotifyError.unknownDistricts(["x"])) {
                try await context.store.audiencePreview(
                    topic: "events", audience: .districts(["x"]), hromadaID: context.hromadaA)
            }
        }
    }

    @Test func aDeletedResidentTakesTheirDeliveriesAndChoicesAlong() async throws {
        try await withNotifyStore { context in
            let ids = try await context.addResidents(2)
            try await context.store.setTopic("news", subscribed: false, residentID: ids[0], hromadaID: context.hromadaA)
            let id = try await context.send(context.draft())
            try await context.database.write { db in
                try ResidentStore.delete(
                    residentID: ids[0], hromadaID: context.hromadaA, now: Date(), providers: [], in: db)
            }
            #expect(try await context.deliveries(id).map(\.0) == [ids[1]])
            #expect(try await context.count("SELECT COUNT(*) FROM notify_topic_choices") == 0)
        }
    }
}
