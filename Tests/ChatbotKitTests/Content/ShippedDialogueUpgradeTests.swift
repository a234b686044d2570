import ChatbotKit
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// How a new release's shipped dialogues reach hromadas that already run an older release's.
@Suite struct ShippedDialogueUpgradeTests {
    struct Library {
        let dir: TemporaryDirectory
        let hromadaID: Int64
        let store: DialogueStore

        init() async throws {
            dir = try TemporaryDirectory("chatbot-shipped")
            let database = try SQLiteDatabase(path: dir.path("svoyi.sqlite"))
            try await Migrator(CoreModule().migrations + ChatbotModule().migrations).migrate(database)
            hromadaID = try #require(try await CommunityStore(database: database).importBundle(DemoHromada.bundle).id)
            store = DialogueStore(database: database, knownActions: Set(CoreModule().conversationActions.map(\.name)))
        }

        /// The shipped `settings` dialogue as an older release had it: another title.
        func olderSettings() throws -> Dialogue {
            var older = try #require(ShippedDialogues.all.first { $0.id == "settings" })
            older.title = LocalizedText(uk: "Налаштування (стара версія)", en: "Settings (old)")
            return older
        }
    }

    @Test func aNewHromadaGetsThemAllOnceAndASecondRunChangesNothing() async throws {
        let library = try await Library()
        #expect(
            try await library.store.seedShippedDialogues(hromadaID: library.hromadaID) == ShippedDialogues.all.count)
        #expect(try await library.store.seedShippedDialogues(hromadaID: library.hromadaID) == 0)
    }

    @Test func anUntouchedShippedDialogueIsUpgradedAndAMissingOneAdded() async throws {
        let library = try await Library()
        let store = library.store
        let a = library.hromadaID
        let older = try library.olderSettings()
        _ = try await store.importSet([older], hromadaID: a, publish: true, by: DialogueStore.shippedActor)

        #expect(try await store.seedShippedDialogues(hromadaID: a) == ShippedDialogues.all.count)
        let published = try #require(try await store.published(id: "settings", hromadaID: a))
        #expect(published.version == 2)
        #expect(published.title == ShippedDialogues.all.first { $0.id == "settings" }?.title)
        let history = try await store.history(id: "settings", hromadaID: a).sorted { $0.version < $1.version }
        #expect(history.map(\.status) == [.archived, .published])
    }

    @Test func whatAStorePublishesItReadsAtOnceAndAnotherProcessesWithinSeconds() async throws {
        let library = try await Library()
        let store = library.store
        let a = library.hromadaID
        _ = try await store.importSet(
            [try library.olderSettings()], hromadaID: a, publish: true, by: DialogueStore.shippedActor)
        #expect(try await store.published(id: "settings", hromadaID: a)?.version == 1)
        #expect(try await store.allPublished(hromadaID: a).map(\.id) == ["settings"])
        // The same store's publication is read at once, though the published set was just read.
        _ = try await store.seedShippedDialogues(hromadaID: a)
        #expect(try await store.published(id: "settings", hromadaID: a)?.version == 2)
        #expect(try await store.allPublished(hromadaID: a).count == ShippedDialogues.all.count)
        // Another store over the same file (as `svoyi-cli dialogues import` is another process) publishes a new
        // version: this store reads it once its published set is older than two seconds.
        let other = DialogueStore(database: store.database, knownActions: store.knownActions)
        var renamed = try #require(try await other.published(id: "settings", hromadaID: a))
        renamed.title = LocalizedText(uk: "Налаштування громади", en: "Community settings")
        _ = try await other.importSet([renamed], hromadaID: a, publish: true, by: "olena")
        #expect(try await other.published(id: "settings", hromadaID: a)?.version == 3)
        try await waitUntil(timeout: 30, "the other store's publication") {
            try await store.published(id: "settings", hromadaID: a)?.version == 3
        }
        #expect(
            try await store.allPublished(hromadaID: a).first { $0.id == "settings" }?.title.uk == "Налаштування громади"
        )
    }

    @Test func aDialogueStaffEditedIsNeverOverwritten() async throws {
        let library = try await Library()
        let store = library.store
        let a = library.hromadaID
        _ = try await store.importSet(
            [try library.olderSettings()], hromadaID: a, publish: true, by: DialogueStore.shippedActor)
        var edited = try library.olderSettings()
        edited.title = LocalizedText(uk: "Мої налаштування", en: "My settings")
        _ = try await store.saveDraft(edited, hromadaID: a, by: "olena")

        #expect(try await store.seedShippedDialogues(hromadaID: a) == ShippedDialogues.all.count - 1)
        #expect(try await store.published(id: "settings", hromadaID: a)?.title.uk == "Налаштування (стара версія)")
        #expect(try await store.history(id: "settings", hromadaID: a).count == 2, "no shipped version was added")
    }
}
