import SvoyiCore

/// Creates the demo hromada on the first start of an empty installation, with its head administrator.
enum DemoSeed {
    /// What the first start created.
    struct Seeded {
        let hromadaName: String
        let ownerLogin: String
        let temporaryPassword: String
    }

    /// The login of the demo hromada's head administrator.
    static let ownerLogin = "admin"

    /// Creates the demo hromada and its head administrator with a random temporary password (changed at the first
    /// sign-in, then 2FA enrolment); `nil` when the database already had a hromada.
    static func seedIfEmpty(_ database: any Database, staff: StaffStore) async throws -> Seeded? {
        let store = CommunityStore(database: database)
        guard try await store.hromadas().isEmpty else { return nil }
        let hromada = try await store.importBundle(DemoHromada.bundle)
        guard let id = hromada.id else { return nil }
        let temporary = SecureRandom.readableCode(groups: 4, size: 4)
        _ = try await staff.create(
            NewStaffMember(
                hromadaID: id, login: ownerLogin, displayName: "Головний адміністратор (демо)", role: .headAdmin,
                password: temporary, mustChangePassword: true))
        return Seeded(hromadaName: hromada.name.uk, ownerLogin: ownerLogin, temporaryPassword: temporary)
    }
}
