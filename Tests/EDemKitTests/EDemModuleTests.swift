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
        let recorded = try await database.read { db in
            try db.query("SELECT DISTINCT module FROM svoyi_migrations").map { try $0.get("module", as: String.self) }
        }
        let allowed = Set(CoreModule().migrations.map(\.module) + ["edem"])
        #expect(Set(recorded).isSubset(of: allowed), "\(recorded)")
        #expect(Set(module.jobHandlers.map(\.kind)).count == module.jobHandlers.count)
    }
}
