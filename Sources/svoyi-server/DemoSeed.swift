import SvoyiCore

/// Creates the demo hromada on the first start of an empty installation.
enum DemoSeed {
    /// Returns the demo hromada's name when it was created now, nil when the database already had a hromada.
    static func seedIfEmpty(_ database: any Database) async throws -> String? {
        let store = CommunityStore(database: database)
        guard try await store.hromadas().isEmpty else { return nil }
        let hromada = try await store.importBundle(DemoHromada.bundle)
        return hromada.name.uk
    }
}
