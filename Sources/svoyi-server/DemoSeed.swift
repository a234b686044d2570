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
    static func seedIfEmpty(
        _ database: any Database, staff: StaffStore, residents: ResidentStore
    ) async throws -> Seeded? {
        let store = CommunityStore(database: database)
        guard try await store.hromadas().isEmpty else { return nil }
        let hromada = try await store.importBundle(DemoHromada.bundle)
        guard let id = hromada.id else { return nil }
        let temporary = SecureRandom.readableCode(groups: 4, size: 4)
        _ = try await staff.create(
            NewStaffMember(
                hromadaID: id, login: ownerLogin, displayName: "Головний адміністратор (демо)", role: .headAdmin,
                password: temporary, mustChangePassword: true))
        try await seedResidents(residents, hromadaID: id, settlements: DemoHromada.bundle.settlements.map(\.katottg))
        return Seeded(hromadaName: hromada.name.uk, ownerLogin: ownerLogin, temporaryPassword: temporary)
    }

    /// Three made-up residents, so the panel's residents pages have something to show: one who shared a phone
    /// through Telegram, one verified in person at the ЦНАП, one who wrote through the web chat.
    static func seedResidents(_ residents: ResidentStore, hromadaID: Int64, settlements: [String]) async throws {
        let oksana = try await residents.findOrCreate(
            channel: .telegram, externalID: "demo-100001", displayName: "Оксана (демо)", language: .uk,
            hromadaID: hromadaID)
        _ = try await residents.recordPhone(
            "+380670000001", channel: .telegram, residentID: oksana.id, hromadaID: hromadaID)
        _ = try await residents.setSettlement(settlements.first, residentID: oksana.id, hromadaID: hromadaID)
        _ = try await residents.grantConsent(
            purpose: "notifications", textVersion: "2026-01", channel: .telegram, residentID: oksana.id,
            hromadaID: hromadaID)
        let petro = try await residents.findOrCreate(
            channel: .viber, externalID: "demo-200002", displayName: "Петро (демо)", language: .uk,
            hromadaID: hromadaID)
        _ = try await residents.setSettlement(settlements.dropFirst().first, residentID: petro.id, hromadaID: hromadaID)
        _ = try await residents.grantConsent(
            purpose: "personal-data", textVersion: "2026-01", channel: .viber, residentID: petro.id,
            hromadaID: hromadaID)
        _ = try await residents.findOrCreate(
            channel: .web, externalID: "demo-300003", displayName: nil, language: .en, hromadaID: hromadaID)
    }
}
