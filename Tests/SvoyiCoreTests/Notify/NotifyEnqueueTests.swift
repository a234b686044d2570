import Foundation
import SvoyiCore
import Testing

@Suite struct NotifyEnqueueTests {
    @Test func aValidDraftIsStoredScheduledWithItsExpansionJob() async throws {
        try await withNotifyStore { context in
            let draft = NotifyDraft(
                hromadaID: context.hromadaA, topic: .outages,
                text: LocalizedText(uk: "  Відключення води на вул. Шкільній.  ", en: " "),
                link: NotifyLink(url: "https://example.ua/news/1", title: LocalizedText(uk: "Докладніше", en: "More")),
                location: NotifyLocation(latitude: 50.0, longitude: 26.0, name: LocalizedText(uk: "вул. Шкільна")),
                audience: .districts([" lisove", "zelenyi-hai", "lisove"]),
                scheduledAt: notifyTestStart.addingTimeInterval(3_600), createdBy: .staff(7), idempotencyKey: "k-1")
            let result = try await context.store.enqueue(draft)
            #expect(result.isNew)
            let message = result.message
            #expect(message.state == .scheduled)
            #expect(message.text == LocalizedText(uk: "Відключення води на вул. Шкільній.", en: nil))
            #expect(message.audience == .districts(["lisove", "zelenyi-hai"]))
            #expect(message.link?.title.en == "More")
            #expect(message.location?.name.uk == "вул. Шкільна")
            #expect(message.createdBy == .staff(7))
            #expect(message.scheduledAt == notifyTestStart.addingTimeInterval(3_600))
            #expect(message.stats.total == 0)
            let job = try await context.database.read { db in
                try db.queryFirst("SELECT kind, run_at, hromada_id FROM jobs WHERE kind = 'notify.expand'")
            }
            #expect(try job?.get("run_at", as: Date.self) == notifyTestStart.addingTimeInterval(3_600))
            #expect(try job?.get("hromada_id", as: Int64.self) == context.hromadaA)
        }
    }

    @Test func theSameIdempotencyKeyEnqueuesOnce() async throws {
        try await withNotifyStore { context in
            let first = try await context.store.enqueue(context.draft(key: "petition-12-outcome"))
            var again = context.draft("Інший текст", key: "petition-12-outcome")
            again.priority = .emergency
            let second = try await context.store.enqueue(again)
            #expect(!second.isNew)
            #expect(second.message.id == first.message.id)
            #expect(second.message.text == first.message.text)
            #expect(try await context.count("SELECT COUNT(*) FROM notify_messages") == 1)
            #expect(try await context.count("SELECT COUNT(*) FROM jobs WHERE kind = 'notify.expand'") == 1)
            // Keys are per hromada.
            var other = context.draft(key: "petition-12-outcome")
            other.hromadaID = context.hromadaB
            #expect(try await context.store.enqueue(other).isNew)
        }
    }

    @Test(arguments: [
        ("empty text", NotifyError.emptyText),
        ("long text", NotifyError.textTooLong(length: 4_001)),
        ("long english", NotifyError.textTooLong(length: 4_100)),
        ("ftp link", NotifyError.invalidLink),
        ("javascript link", NotifyError.invalidLink),
        ("link without title", NotifyError.invalidLink),
        ("latitude", NotifyError.invalidLocation),
        ("longitude", NotifyError.invalidLocation),
        ("nan", NotifyError.invalidLocation),
        ("topic", NotifyError.unknownTopic("weather")),
        ("no settlements", NotifyError.emptyAudience),
        ("foreign settlement", NotifyError.unknownSettlements(["UA" + String(repeating: "2", count: 15) + "01"])),
        ("unknown district", NotifyError.unknownDistricts(["nowhere"])),
        ("stranger", NotifyError.residentNotFound),
        ("past", NotifyError.scheduledInPast),
        ("far", NotifyError.scheduledTooFar),
        ("key", NotifyError.invalidIdempotencyKey),
        ("module name", NotifyError.invalidAuthor),
        ("hromada", NotifyError.hromadaNotFound),
    ])
    func badDraftsAreRefusedAndNothingIsStored(_ name: String, _ expected: NotifyError) async throws {
        try await withNotifyStore { context in
            let strangerID = try await context.addResidents(1, hromadaID: context.hromadaB, prefix: "b")[0]
            var draft = context.draft()
            switch name {
            case "empty text": draft.text = LocalizedText(uk: " \n ", en: "Text")
            case "long text": draft.text = LocalizedText(uk: String(repeating: "ж", count: 4_001))
            case "long english": draft.text = LocalizedText(uk: "Так", en: String(repeating: "w", count: 4_100))
            case "ftp link": draft.link = NotifyLink(url: "ftp://example.ua/a", title: "Файл")
            case "javascript link": draft.link = NotifyLink(url: "javascript:alert(1)", title: "Клік")
            case "link without title": draft.link = NotifyLink(url: "https://example.ua", title: " ")
            case "latitude": draft.location = NotifyLocation(latitude: 91, longitude: 26, name: "Місце")
            case "longitude": draft.location = NotifyLocation(latitude: 50, longitude: -180.5, name: "Місце")
            case "nan": draft.location = NotifyLocation(latitude: .nan, longitude: 26, name: "Місце")
            case "topic": draft.topic = "weather"
            case "no settlements": draft.audience = .settlements([" "])
            case "foreign settlement": draft.audience = .settlements([context.village, context.settlementB])
            case "unknown district": draft.audience = .districts(["lisove", "nowhere"])
            case "stranger": draft.audience = .resident(strangerID)
            case "past": draft.scheduledAt = notifyTestStart.addingTimeInterval(-61)
            case "far": draft.scheduledAt = notifyTestStart.addingTimeInterval(400 * 86_400)
            case "key": draft.idempotencyKey = ""
            case "module name": draft.createdBy = .module("EDem Kit")
            case "hromada": draft.hromadaID = 999
            default: Issue.record("unknown case \(name)")
            }
            await #expect(throws: expected) { try await context.store.enqueue(draft) }
            #expect(!expected.messageUK.isEmpty && !expected.description.isEmpty)
            #expect(try await context.count("SELECT COUNT(*) FROM notify_messages") == 0)
            #expect(try await context.count("SELECT COUNT(*) FROM jobs") == 0)
        }
    }

    @Test func aScheduleWithinAMinuteInThePastIsNow() async throws {
        try await withNotifyStore { context in
            var draft = context.draft()
            draft.scheduledAt = notifyTestStart.addingTimeInterval(-59)
            let message = try await context.store.enqueue(draft).message
            #expect(message.scheduledAt == notifyTestStart.addingTimeInterval(-59))
        }
    }

    @Test func errorsSpeakUkrainianToStaff() {
        #expect(NotifyError.textTooLong(length: 5_000).messageUK.contains("5000 символів"))
        #expect(NotifyError.unknownTopic("x").messageUK.contains("«Новини громади»"))
        #expect(
            NotifyError.notCancellable(.done).messageUK == "Це повідомлення вже надіслано, скасувати його не можна.")
        #expect(NotifyError.invalidLink.description.contains("http"))
    }

    @Test func cancellingStopsWhatIsNotSentAndOnlyOnce() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            let id = try await context.send(context.draft())
            #expect(try await context.message(id).stats[.queued] == 3)
            let cancelled = try await context.store.cancel(messageID: id, hromadaID: context.hromadaA)
            #expect(cancelled.state == .cancelled)
            #expect(cancelled.finishedAt == notifyTestStart)
            #expect(cancelled.stats == NotifyDeliveryStats(counts: [.cancelled: 3]))
            await #expect(throws: NotifyError.notCancellable(.cancelled)) {
                try await context.store.cancel(messageID: id, hromadaID: context.hromadaA)
            }
            await #expect(throws: NotifyError.messageNotFound) {
                try await context.store.cancel(messageID: id, hromadaID: context.hromadaB)
            }
            #expect(try await context.store.resendUncertain(messageID: id, hromadaID: context.hromadaA) == 0)
        }
    }

    @Test func aMessageCancelledBeforeItsTimeIsNeverExpanded() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(3)
            var draft = context.draft()
            draft.scheduledAt = notifyTestStart.addingTimeInterval(600)
            let id = try await context.store.enqueue(draft).message.id
            try await context.store.cancel(messageID: id, hromadaID: context.hromadaA)
            let step = try await context.database.write { db in
                try NotifyExpansion.expandBatch(messageID: id, limit: 10, now: notifyTestStart, in: db)
            }
            #expect(step == .stopped)
            #expect(try await context.count("SELECT COUNT(*) FROM notify_deliveries") == 0)
        }
    }

    @Test func listingIsNewestFirstWithStatesAndPages() async throws {
        try await withNotifyStore { context in
            try await context.addResidents(2)
            let first = try await context.send(context.draft("Перше"))
            let second = try await context.store.enqueue(context.draft("Друге")).message.id
            let third = try await context.send(context.draft("Третє"))
            try await context.store.cancel(messageID: third, hromadaID: context.hromadaA)
            let all = try await context.store.messages(hromadaID: context.hromadaA)
            #expect(all.map(\.id) == [third, second, first])
            #expect(all.map(\.state) == [.cancelled, .scheduled, .sending])
            let page = try await context.store.messages(hromadaID: context.hromadaA, before: second, limit: 5)
            #expect(page.map(\.id) == [first])
            let live = try await context.store.messages(hromadaID: context.hromadaA, states: [.scheduled, .sending])
            #expect(live.map(\.id) == [second, first])
            #expect(try await context.store.messages(hromadaID: context.hromadaB).isEmpty)
        }
    }

    @Test func theEmergencyTemplateIsUrgentBilingualAndLinksTheShelters() async throws {
        try await withNotifyStore { context in
            let draft = NotifyDraft.emergency(
                .airRaid, hromadaID: context.hromadaA, sheltersURL: "https://hromada-a.example.ua/shelters",
                details: LocalizedText(uk: "Загроза балістики.", en: "Ballistic missile threat."),
                createdBy: .staff(3))
            #expect(draft.priority == .emergency)
            #expect(draft.topic == NotifyTopic.emergencies.key)
            #expect(draft.text.uk.hasPrefix("🚨 Повітряна тривога!\n\nЗагроза балістики.\n\nНегайно пройдіть"))
            #expect(draft.text.uk.contains("«укриття»"))
            #expect(draft.text.en?.hasPrefix("🚨 Air raid alert!\n\nBallistic missile threat.") == true)
            #expect(
                draft.link
                    == NotifyLink(
                        url: "https://hromada-a.example.ua/shelters",
                        title: LocalizedText(uk: "Найближчі укриття", en: "Nearest shelters")))
            let message = try await context.store.enqueue(draft).message
            #expect(message.priority == .emergency)

            let clear = NotifyDraft.emergency(
                .allClear, hromadaID: context.hromadaA, sheltersURL: "https://x.ua/shelters", createdBy: .staff(3))
            #expect(clear.link == nil)
            #expect(clear.text.uk.hasPrefix("✅ Відбій тривоги."))
            let bad = NotifyDraft.emergency(
                .danger, hromadaID: context.hromadaA, sheltersURL: "shelters", createdBy: .staff(3))
            await #expect(throws: NotifyError.invalidLink) { try await context.store.enqueue(bad) }
        }
    }

    @Test func contentIsRenderedInTheResidentsLanguageWithLinkAndPlace() {
        let content = NotifyContent(
            text: LocalizedText(uk: "Текст", en: "Text"),
            link: NotifyLink(url: "https://a.ua", title: LocalizedText(uk: "Посилання", en: "Link")),
            location: NotifyLocation(latitude: 50, longitude: 26, name: LocalizedText(uk: "Місце", en: "Place")))
        #expect(
            content.messages(for: .en) == [
                .text("Text"), .link("Link", url: "https://a.ua"),
                .location("Place", latitude: 50, longitude: 26, address: nil),
            ])
        #expect(content.messages(for: .uk).map(\.text) == ["Текст", "Посилання", "Місце"])
        let ukrainianOnly = NotifyContent(
            text: LocalizedText(uk: "Лише українською"),
            link: NotifyLink(url: "https://a.ua", title: LocalizedText(uk: "Посилання", en: "Link")))
        #expect(ukrainianOnly.messages(for: .en).map(\.text) == ["Лише українською", "Посилання"])
    }

    @Test func authorsRoundTripThroughTheirStoredForm() {
        for author in [NotifyAuthor.staff(12), .module("edem"), .operator("Олена")] {
            #expect(NotifyAuthor(author.description) == author)
        }
        #expect(NotifyAuthor("nobody") == nil)
        #expect(NotifyAuthor("staff:x") == nil)
    }
}
