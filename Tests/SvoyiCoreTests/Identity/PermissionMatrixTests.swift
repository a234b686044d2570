import SvoyiCore
import Testing

@Suite struct PermissionMatrixTests {
    static func permission(
        _ key: String, module: String = "test", roles: Set<StaffRole>, scope: Permission.Scope = .hromada
    ) -> Permission {
        Permission(key, module: module, title: LocalizedText(uk: key), scope: scope, roles: roles)
    }

    @Test func aKeyRegisteredTwiceThrowsWithThatKey() {
        let error = #expect(throws: PermissionMatrix.DuplicateKey.self) {
            try PermissionMatrix(Permission.core + [Self.permission("units.edit", module: "queue", roles: [.persona])])
        }
        #expect(error?.key == "units.edit")
        #expect(error?.description == "permission units.edit is registered twice")
    }

    @Test func twoModulesRegisteringOneKeyThrow() {
        struct Petitions: Module {
            let name = "edem"
            var permissions: [Permission] { [PermissionMatrixTests.permission("staff.view", roles: [.persona])] }
        }
        let error = #expect(throws: PermissionMatrix.DuplicateKey.self) {
            try PermissionMatrix(modules: [CoreModule(), Petitions()])
        }
        #expect(error?.key == "staff.view")
    }

    @Test func theHeadAdministratorHoldsEveryPermissionEvenOnesListingNoRole() throws {
        let nobody = Self.permission("secret.thing", roles: [])
        let matrix = try PermissionMatrix(Permission.core + [nobody])
        for permission in matrix.permissions {
            #expect(matrix.allows(.headAdmin, permission.key), "\(permission.key)")
        }
        #expect(matrix.keys(for: .headAdmin) == matrix.permissions.map(\.key))
        for role in StaffRole.allCases where role != .headAdmin {
            #expect(!matrix.allows(role, "secret.thing"), "\(role)")
        }
    }

    @Test func anUnknownKeyIsNeverGranted() throws {
        let matrix = try PermissionMatrix(modules: [CoreModule()])
        for role in StaffRole.allCases {
            #expect(!matrix.allows(role, "staff.delete-everything"))
            #expect(!matrix.allows(role, ""))
            #expect(!matrix.allows(role, "STAFF.VIEW"))
        }
        #expect(matrix.permission("staff.delete-everything") == nil)
    }

    @Test func coreMatrixSpotChecks() throws {
        let matrix = try PermissionMatrix(modules: [CoreModule()])
        #expect(!matrix.allows(.persona, "staff.manage"))
        #expect(!matrix.allows(.contentManager, "staff.manage"))
        #expect(!matrix.allows(.unitManager, "staff.manage"))
        #expect(matrix.allows(.admin, "staff.manage"))
        #expect(matrix.allows(.unitManager, "units.edit"))
        #expect(matrix.permission("units.edit")?.scope == .unit)
        #expect(matrix.permission("staff.manage")?.scope == .hromada)
        #expect(!matrix.allows(.contentManager, "units.edit"))
        // Only the owner sets the sign-in rules.
        #expect(!matrix.allows(.admin, "security.manage"))
        #expect(matrix.allows(.headAdmin, "security.manage"))
        #expect(matrix.keys(for: .persona) == ["roles.view"])
        #expect(
            matrix.keys(for: .unitManager) == [
                "roles.view", "residents.view", "residents.verify", "units.view", "units.edit",
            ])
        // Managing people and tokens is not for tokens; reading the audit log may be.
        #expect(matrix.permission("staff.manage")?.allowsTokens == false)
        #expect(matrix.permission("tokens.manage")?.allowsTokens == false)
        #expect(matrix.permission("audit.view")?.allowsTokens == true)
    }

    @Test func byModuleKeepsRegistrationOrder() throws {
        let matrix = try PermissionMatrix(
            [
                Self.permission("queue.view", module: "queue", roles: [.admin]),
                Self.permission("edem.moderate", module: "edem", roles: [.admin]),
                Self.permission("queue.edit", module: "queue", roles: [.unitManager], scope: .unit),
            ])
        let groups = matrix.byModule
        #expect(groups.map(\.module) == ["queue", "edem"])
        #expect(groups.first?.permissions.map(\.key) == ["queue.view", "queue.edit"])
        #expect(groups.last?.permissions.map(\.key) == ["edem.moderate"])
    }

    @Test func everyCoreMenuEntryNamesARegisteredPermission() throws {
        let matrix = try PermissionMatrix(modules: [CoreModule()])
        for section in AdminSection.core {
            if let key = section.permission { #expect(matrix.permission(key) != nil, "\(section.path)") }
        }
    }

    @Test func rolesParseFromStoredAndCLISpellings() {
        #expect(StaffRole(parsing: "head-admin") == .headAdmin)
        #expect(StaffRole(parsing: "Unit-Manager") == .unitManager)
        #expect(StaffRole(parsing: "content_manager") == .contentManager)
        #expect(StaffRole(parsing: "owner") == nil)
        #expect(StaffRole.headAdmin.rank > StaffRole.admin.rank)
        #expect(StaffRole.admin.rank > StaffRole.persona.rank)
        #expect(StaffRole.allCases.filter(\.isUnitScoped) == [.unitManager])
    }
}
