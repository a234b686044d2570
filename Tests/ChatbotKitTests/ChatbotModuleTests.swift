import ChatbotKit
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct ChatbotModuleTests {
    @Test func mountsBesideTheCoreModuleOnAFreshDatabase() async throws {
        let module = ChatbotModule()
        #expect(module.name == "chatbot")
        let dir = try TemporaryDirectory()
        let database = try SQLiteDatabase(path: dir.path("chatbot.sqlite"))
        let migrator = Migrator(CoreModule().migrations + module.migrations)
        try await migrator.migrate(database)
        #expect(try await migrator.pending(database) == [])
        // Its migrations, if any, are recorded under its own name and never under another module's.
        let foreign = try await database.read { db in
            try db.scalar(
                "SELECT count(*) FROM svoyi_migrations WHERE module NOT IN ('community', 'jobs', 'chatbot')",
                as: Int.self)
        }
        #expect(foreign == 0)
        #expect(Set(module.jobHandlers.map(\.kind)).count == module.jobHandlers.count)
    }
}
