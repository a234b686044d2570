import Foundation
import SvoyiCore
import Testing

/// A module's resident data: exported in its section and erased with the resident, in the deletion's transaction.
@Suite struct ResidentDataProviderTests {
    /// A stand-in module table keyed by channel, as the chatbot's conversations are.
    static let notesTable = """
        CREATE TABLE test_notes (hromada_id INTEGER NOT NULL, channel_key TEXT NOT NULL, note TEXT NOT NULL)
        """

    struct Note: Encodable {
        let key: String
        let note: String
        let at: Date
    }

    /// Notes keyed `channel:externalID`; the erase hook refuses residents with a note «locked».
    static let notes = ResidentDataProvider(
        section: "test.notes", title: LocalizedText(uk: "Нотатки", en: "Notes"),
        export: { subject, db in
            try subject.channels.flatMap { link in
                let key = "\(link.channel.rawValue):\(link.externalID)"
                return try db.query(
                    "SELECT note FROM test_notes WHERE hromada_id = ? AND channel_key = ? ORDER BY note",
                    subject.hromadaID, key
                ).map { Note(key: key, note: try $0.get("note"), at: subject.now) }
            }
        },
        erase: { subject, db in
            for link in subject.channels {
                let key = "\(link.channel.rawValue):\(link.externalID)"
                if try db.queryFirst("SELECT 1 FROM test_notes WHERE channel_key = ? AND note = 'locked'", key) != nil {
                    throw ResidentError.notFound
                }
                try db.execute(
                    "DELETE FROM test_notes WHERE hromada_id = ? AND channel_key = ?", subject.hromadaID, key)
            }
        })

    func store(_ context: ResidentTestContext) async throws -> ResidentStore {
        try await context.database.write { db in try db.execute(Self.notesTable) }
        return ResidentStore(
            database: context.database, secretKey: Array(repeating: 3, count: 32), clock: context.clock,
            dataProviders: [Self.notes])
    }

    func note(_ key: String, _ note: String, _ context: ResidentTestContext) async throws {
        try await context.database.write { db in
            try db.execute(
                "INSERT INTO test_notes (hromada_id, channel_key, note) VALUES (?, ?, ?)", context.hromadaA, key, note)
        }
    }

    func noteCount(_ context: ResidentTestContext) async throws -> Int {
        try await context.database.read { db in try db.scalar("SELECT COUNT(*) FROM test_notes", as: Int.self) ?? -1 }
    }

    @Test func theExportHasEachProvidersSection() async throws {
        try await withResidentStore { context in
            let store = try await store(context)
            let resident = try await context.telegramResident("1001")
            try await note("telegram:1001", "перша", context)
            try await note("telegram:2002", "чужа", context)
            let export = try await store.export(residentID: resident.id, hromadaID: context.hromadaA)
            let section = try #require(export.sections["test.notes"])
            #expect(section.elements.map { $0["note"]?.string } == ["перша"])
            #expect(section.elements.first?["at"]?.string == "2026-03-01T10:00:00.000Z")
            let json = String(decoding: try export.jsonData(), as: UTF8.self)
            #expect(json.contains(#""test.notes" : ["#))
            #expect(try ResidentExport(json: try export.jsonData()) == export)
            // A store without providers exports no sections.
            let bare = try await context.store.export(residentID: resident.id, hromadaID: context.hromadaA)
            #expect(bare.sections == [:])
        }
    }

    @Test func deletingErasesWhatProvidersKeepAndAFailureKeepsEverything() async throws {
        try await withResidentStore { context in
            let store = try await store(context)
            let resident = try await context.telegramResident("1001")
            let locked = try await context.telegramResident("3003")
            try await note("telegram:1001", "перша", context)
            try await note("telegram:2002", "чужа", context)
            try await note("telegram:3003", "locked", context)
            try await store.delete(residentID: resident.id, hromadaID: context.hromadaA)
            #expect(try await noteCount(context) == 2)
            #expect(try await store.resident(id: resident.id, hromadaID: context.hromadaA) == nil)
            // The hook throws: the resident and their rows stay, as one transaction.
            await #expect(throws: ResidentError.notFound) {
                try await store.delete(residentID: locked.id, hromadaID: context.hromadaA)
            }
            #expect(try await store.resident(id: locked.id, hromadaID: context.hromadaA)?.channels.count == 1)
            #expect(try await noteCount(context) == 2)
        }
    }

    @Test func twoModulesCannotNameTheSameSection() async throws {
        struct Notes: Module {
            let name: String
            var residentData: [ResidentDataProvider] { [ResidentDataProviderTests.notes] }
        }
        try await withResidentStore { context in
            #expect(throws: ResidentDataSectionError(section: "test.notes")) {
                try IdentityServices(
                    database: context.database, secretKey: Array(repeating: 3, count: 32),
                    modules: [CoreModule(), Notes(name: "a"), Notes(name: "b")])
            }
            let one = try IdentityServices(
                database: context.database, secretKey: Array(repeating: 3, count: 32),
                modules: [CoreModule(), Notes(name: "a")])
            #expect(one.residents.dataProviders.map(\.section) == ["notify.outbox", "test.notes"])
            #expect(one.jobHandlers.map(\.kind) == [ResidentStore.anonymousPurgeJobKind])
        }
        #expect(!ResidentDataProvider.isValidSection("Test notes"))
        #expect(!ResidentDataProvider.isValidSection(""))
        #expect(ResidentDataProvider.isValidSection("chatbot.conversations"))
    }
}
