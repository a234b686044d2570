import Foundation
import SvoyiCore
import Testing

/// Kits extend the permission matrix, the menu and the scope resolvers by registering them on their module; what
/// an unmounted module would register never appears.
@Suite struct ModuleRegistrationTests {
    struct PetitionsModule: Module {
        let name = "petitions-test"
        static let moderate = Permission(
            "petitions.moderate", module: "petitions-test",
            title: LocalizedText(uk: "Модерувати петиції", en: "Moderate petitions"), roles: [.admin, .contentManager])
        var permissions: [Permission] { [Self.moderate] }
        var adminSections: [AdminSection] {
            [
                AdminSection(
                    title: LocalizedText(uk: "Петиції"), path: "/admin/petitions", permission: Self.moderate.key,
                    order: 100)
            ]
        }
        var scopeResolvers: [ScopeResolver] { [.row(parameter: "petition", table: "staff")] }
    }

    func services(_ modules: [any Module]) throws -> IdentityServices {
        try IdentityServices(
            database: try SQLiteDatabase(path: ":memory:"), secretKey: Array(repeating: 5, count: 32), modules: modules)
    }

    func member(_ role: StaffRole) -> StaffMember {
        StaffMember(
            id: 1, hromadaID: 1, login: "x", displayName: "X", role: role, units: [], positionTitle: nil,
            publicProfile: false, twoFactorEnabled: false, twoFactorRequired: false, mustChangePassword: false,
            disabledAt: nil, createdAt: Date(), passwordChangedAt: Date())
    }

    @Test func aMountedModulesPermissionsSectionsAndResolversAreUsed() throws {
        let identity = try services([CoreModule(), PetitionsModule()])
        #expect(identity.matrix.allows(.contentManager, "petitions.moderate"))
        #expect(identity.matrix.allows(.headAdmin, "petitions.moderate"))
        #expect(!identity.matrix.allows(.persona, "petitions.moderate"))
        #expect(identity.resolvers["petition"] != nil)
        #expect(identity.sections(for: member(.contentManager)).map(\.path).contains("/admin/petitions"))
        #expect(!identity.sections(for: member(.persona)).map(\.path).contains("/admin/petitions"))
        #expect(identity.matrix.byModule.map(\.module) == ["core", "petitions-test"])
        // Menu order follows the sections' order numbers across modules.
        let paths = identity.sections(for: member(.headAdmin)).map(\.path)
        #expect(paths.first == "/admin")
        #expect(paths.firstIndex(of: "/admin/petitions")! < paths.firstIndex(of: "/admin/staff")!)
    }

    @Test func anUnmountedModuleLeavesNoTrace() throws {
        let identity = try services([CoreModule()])
        #expect(identity.matrix.permission("petitions.moderate") == nil)
        #expect(!identity.matrix.allows(.headAdmin, "petitions.moderate"))
        #expect(identity.resolvers["petition"] == nil)
        #expect(!identity.sections(for: member(.headAdmin)).map(\.path).contains("/admin/petitions"))
    }

    @Test func twoModulesClaimingOnePermissionStopTheStart() throws {
        struct Duplicate: Module {
            let name = "dup"
            var permissions: [Permission] { [PetitionsModule.moderate] }
        }
        #expect(throws: PermissionMatrix.DuplicateKey(key: "petitions.moderate")) {
            try services([CoreModule(), PetitionsModule(), Duplicate()])
        }
    }
}
