import Foundation
import SvoyiCore
import Testing

@Suite struct NotifyResidentDataTests {
    @Test func theExportShowsChoicesAndNotificationsAndTheEraseTakesPersonalMessages() async throws {
        try await withNotifyStore { context in
            let ids = try await context.addResidents(2)
            let a = context.hromadaA
            try await context.store.setTopic("news", subscribed: false, residentID: ids[0], hromadaID: a)
            let broadcast = try await context.send(context.draft("Планові роботи на водогоні."))
            let personal = try await context.send(
                context.draft("Вашу петицію розглянуто.", topic: .petitions, audience: .resident(ids[0])))
            let providers = [NotifyStore.residentData]

            let export = try await context.database.read { db in
                try ResidentStore.export(
                    residentID: ids[0], hromadaID: a, now: context.clock.now, providers: providers, in: db)
            }
            let section = try #require(export.sections["notify.outbox"])
            let choices = section["topicChoices"]?.elements ?? []
            #expect(choices.count == 1)
            #expect(choices.first?["topic"]?.string == "news")
            #expect(choices.first?["subscribed"] == .bool(false))
            let texts = (section["deliveries"]?.elements ?? []).compactMap { $0["text"]?.string }
            #expect(texts == ["Планові роботи на водогоні.", "Вашу петицію розглянуто."])

            try await context.database.write { db in
                try ResidentStore.delete(
                    residentID: ids[0], hromadaID: a, now: context.clock.now, providers: providers, in: db)
            }
            #expect(
                try await context.count("SELECT COUNT(*) FROM notify_messages WHERE id = ?", [.integer(personal)]) == 0,
                "a message about the deleted resident alone goes with them")
            #expect(
                try await context.count("SELECT COUNT(*) FROM notify_messages WHERE id = ?", [.integer(broadcast)]) == 1
            )
            #expect(try await context.deliveries(broadcast).map(\.0) == [ids[1]])
            #expect(try await context.count("SELECT COUNT(*) FROM notify_topic_choices") == 0)
        }
    }
}
