import EDemKit
import SvoyiCore
import SvoyiTestSupport
import Testing

@Suite struct EDemModuleTests {
    @Test func mountsBesideTheCoreModuleOnAFreshDatabase() async throws {
        let module = EDemModule()
        #expect(module.name == "edem")
        let dir = try TemporaryDirectory()
        let database = try SQLiteDatabase(path: dir.path("edem.sqlite"))
        let migrator = Migrator(CoreModule().migrations + module.migrations)
        try await migrator.migrate(database)
        #expect(try await migrator.pending(database) == [])
        // Its migrations, if any, are recorded under its own name and never under another module's.
        let foreign = try await database.read { db in
            try db.scalar(
                "SELECT count(*) FROM svoyi_migrations WHERE module NOT IN ('community', 'jobs', 'edem')", as: Int.self)
        }
        #expect(foreign == 0)
        #expect(Set(module.jobHandlers.map(\.kind)).count == module.jobHandlers.count)
    }
}
