import Foundation
import SvoyiCore
import Testing

@Suite struct StaffStoreTests {
    @Test func createStoresANormalisedAccount() async throws {
        try await withIdentityHarness { harness in
            let member = try await harness.staff.create(
                NewStaffMember(
                    hromadaID: harness.hromadaID, login: "  Olena.Koval@Hromada.UA ", displayName: "  Олена Коваль ",
                    role: .unitManager, units: ["cnap-main", "cnap-branch", "cnap-main"],
                    password: IdentityHarness.password, positionTitle: "  "))
            #expect(member.login == "olena.koval@hromada.ua")
            #expect(member.displayName == "Олена Коваль")
            #expect(member.units == ["cnap-branch", "cnap-main"])
            #expect(member.positionTitle == nil)
            #expect(member.mustChangePassword)
            #expect(!member.twoFactorEnabled)
            #expect(member.isActive)
            #expect(member.createdAt == IdentityHarness.start)
            #expect(try await harness.staff.member(login: "OLENA.KOVAL@hromada.ua") == member)
            #expect(try await harness.staff.member(id: member.id, hromadaID: harness.hromadaID) == member)
            #expect(try await harness.staff.member(id: member.id, hromadaID: harness.otherHromadaID) == nil)
        }
    }

    @Test func unitsAreKeptOnlyForUnitManagers() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("admin.one", role: .admin, units: ["cnap-main"])
            #expect(admin.units == [])
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_units") == 0)
        }
    }

    @Test(arguments: ["ab", "олена", "with space", "semi;colon", "plus+sign", String(repeating: "a", count: 65)])
    func invalidLoginsAreRefused(login: String) async throws {
        try await withIdentityHarness { harness in
            await #expect(throws: IdentityError.invalidLogin) { try await harness.makeStaff(login) }
            let stored = try await harness.count("SELECT COUNT(*) FROM staff")
            #expect(stored == 0)
        }
    }

    @Test func loginsOfThreeAndSixtyFourCharactersAreAccepted() async throws {
        try await withIdentityHarness { harness in
            let short = try await harness.makeStaff("a.b")
            #expect(short.login == "a.b")
            let long = String(repeating: "x", count: 60) + "_@-9"
            #expect(try await harness.makeStaff(long).login == long)
        }
    }

    @Test func aLoginIsUniqueInTheInstallationWhateverTheCase() async throws {
        try await withIdentityHarness { harness in
            try await harness.makeStaff("olena")
            await #expect(throws: IdentityError.loginTaken) { try await harness.makeStaff("OLENA") }
            await #expect(throws: IdentityError.loginTaken) {
                try await harness.makeStaff("olena", hromadaID: harness.otherHromadaID)
            }
            #expect(try await harness.count("SELECT COUNT(*) FROM staff") == 1)
        }
    }

    @Test(arguments: ["", "   ", "Рядок\nдругий", String(repeating: "я", count: 121)])
    func invalidNamesAreRefused(name: String) async throws {
        try await withIdentityHarness { harness in
            await #expect(throws: IdentityError.invalidName) { try await harness.makeStaff("olena", name: name) }
        }
    }

    @Test func weakPasswordsAreRefusedWithTheReason() async throws {
        try await withIdentityHarness { harness in
            func create(_ password: String) async throws {
                _ = try await harness.staff.create(
                    NewStaffMember(
                        hromadaID: harness.hromadaID, login: "Olena.Koval", displayName: "Олена", role: .admin,
                        password: password))
            }
            await #expect(throws: IdentityError.weakPassword(.tooShort(minimum: 12))) { try await create("короткий") }
            await #expect(throws: IdentityError.weakPassword(.containsLogin)) {
                try await create("OLENA.KOVAL-весна-2026")
            }
            await #expect(throws: IdentityError.weakPassword(.common)) { try await create("password1234") }
            let stored = try await harness.count("SELECT COUNT(*) FROM staff")
            #expect(stored == 0)
        }
    }

    @Test func aHromadaHasOneOwner() async throws {
        try await withIdentityHarness { harness in
            let owner = try await harness.makeStaff("owner", role: .headAdmin)
            #expect(owner.isOwner)
            await #expect(throws: IdentityError.ownerExists) { try await harness.makeStaff("owner2", role: .headAdmin) }
            // The other hromada may have its own.
            let other = try await harness.makeStaff("owner2", role: .headAdmin, hromadaID: harness.otherHromadaID)
            #expect(other.isOwner)
        }
    }

    @Test func unitManagersNeedKnownUnitsOfTheirOwnHromada() async throws {
        try await withIdentityHarness { harness in
            await #expect(throws: IdentityError.unitsRequired) {
                try await harness.makeStaff("man1", role: .unitManager)
            }
            await #expect(throws: IdentityError.unknownUnit("nowhere")) {
                try await harness.makeStaff("man1", role: .unitManager, units: ["cnap-main", "nowhere"])
            }
            await #expect(throws: IdentityError.unknownUnit("only-druha")) {
                try await harness.makeStaff("man1", role: .unitManager, units: ["only-druha"])
            }
            #expect(try await harness.count("SELECT COUNT(*) FROM staff") == 0)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_units") == 0)
            let there = try await harness.makeStaff(
                "man1", role: .unitManager, units: ["only-druha"], hromadaID: harness.otherHromadaID)
            #expect(there.units == ["only-druha"])
        }
    }

    @Test func anUnknownHromadaIsRefused() async throws {
        try await withIdentityHarness { harness in
            await #expect(throws: IdentityError.hromadaNotFound) {
                try await harness.makeStaff("olena", hromadaID: 999)
            }
        }
    }

    @Test func updateChangesProfileAndUnitsAndReturnsBothStates() async throws {
        try await withIdentityHarness { harness in
            let created = try await harness.staff.create(
                NewStaffMember(
                    hromadaID: harness.hromadaID, login: "petro", displayName: "Петро", role: .persona,
                    password: IdentityHarness.password, positionTitle: "Староста"))
            let (before, after) = try await harness.staff.update(
                id: created.id, hromadaID: harness.hromadaID,
                StaffChanges(displayName: " Петро Іваненко ", publicProfile: true, twoFactorRequired: true))
            #expect(before == created)
            #expect(after.displayName == "Петро Іваненко")
            #expect(after.positionTitle == "Староста")
            #expect(after.publicProfile)
            #expect(after.twoFactorRequired)
            #expect(after.needsTwoFactor(hromadaRequiresForAll: false))

            let cleared = try await harness.staff.update(
                id: created.id, hromadaID: harness.hromadaID, StaffChanges(positionTitle: .some(nil)))
            #expect(cleared.after.positionTitle == nil)
            #expect(cleared.after.displayName == "Петро Іваненко")

            let manager = try await harness.staff.update(
                id: created.id, hromadaID: harness.hromadaID,
                StaffChanges(role: .unitManager, units: ["shelter-school"]))
            #expect(manager.after.role == .unitManager)
            #expect(manager.after.units == ["shelter-school"])
            let admin = try await harness.staff.update(
                id: created.id, hromadaID: harness.hromadaID, StaffChanges(role: .admin))
            #expect(admin.after.units == [])
            #expect(admin.before.auditState["units"] == "shelter-school")
            #expect(admin.after.auditState["role"] == "admin")
        }
    }

    @Test func updateCannotDemoteTheOwnerOrMakeASecondOne() async throws {
        try await withIdentityHarness { harness in
            let owner = try await harness.makeStaff("owner", role: .headAdmin)
            let admin = try await harness.makeStaff("admin")
            await #expect(throws: IdentityError.ownerProtected) {
                try await harness.staff.update(id: owner.id, hromadaID: harness.hromadaID, StaffChanges(role: .admin))
            }
            await #expect(throws: IdentityError.ownerExists) {
                try await harness.staff.update(
                    id: admin.id, hromadaID: harness.hromadaID, StaffChanges(role: .headAdmin))
            }
            #expect(try await harness.staff.member(id: owner.id)?.role == .headAdmin)
            #expect(try await harness.staff.member(id: admin.id)?.role == .admin)
            // The owner's other fields can change.
            let renamed = try await harness.staff.update(
                id: owner.id, hromadaID: harness.hromadaID, StaffChanges(displayName: "Голова", role: .headAdmin))
            #expect(renamed.after.displayName == "Голова")
        }
    }

    @Test func updateChecksUnitsAndRollsBack() async throws {
        try await withIdentityHarness { harness in
            let manager = try await harness.makeStaff("man1", role: .unitManager, units: ["cnap-main"])
            let admin = try await harness.makeStaff("admin")
            await #expect(throws: IdentityError.unitsRequired) {
                try await harness.staff.update(id: manager.id, hromadaID: harness.hromadaID, StaffChanges(units: []))
            }
            await #expect(throws: IdentityError.unitsRequired) {
                try await harness.staff.update(
                    id: admin.id, hromadaID: harness.hromadaID, StaffChanges(role: .unitManager))
            }
            await #expect(throws: IdentityError.unknownUnit("only-druha")) {
                try await harness.staff.update(
                    id: manager.id, hromadaID: harness.hromadaID,
                    StaffChanges(displayName: "Змінено", units: ["cnap-branch", "only-druha"]))
            }
            let unchanged = try await harness.staff.member(id: manager.id)
            #expect(unchanged?.units == ["cnap-main"])
            #expect(unchanged?.displayName == manager.displayName)
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.update(
                    id: manager.id, hromadaID: harness.otherHromadaID, StaffChanges(displayName: "Чужий"))
            }
            await #expect(throws: IdentityError.invalidName) {
                try await harness.staff.update(
                    id: manager.id, hromadaID: harness.hromadaID, StaffChanges(displayName: " "))
            }
        }
    }

    @Test func theOwnerCannotBeDisabledOrRemoved() async throws {
        try await withIdentityHarness { harness in
            let owner = try await harness.makeStaff("owner", role: .headAdmin)
            await #expect(throws: IdentityError.ownerProtected) {
                try await harness.staff.setDisabled(true, id: owner.id, hromadaID: harness.hromadaID)
            }
            await #expect(throws: IdentityError.ownerProtected) {
                try await harness.staff.remove(id: owner.id, hromadaID: harness.hromadaID)
            }
            #expect(try await harness.staff.member(id: owner.id)?.isActive == true)
        }
    }

    @Test func disablingEndsSessionsAndKeepsTheFirstDate() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("admin")
            let first = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "10.0.0.1", userAgent: "Firefox")
            _ = try await harness.sessions.start(
                staffID: admin.id, stage: .secondFactor, address: "10.0.0.2", userAgent: "Chrome")
            let disabled = try await harness.staff.setDisabled(true, id: admin.id, hromadaID: harness.hromadaID)
            #expect(disabled.disabledAt == IdentityHarness.start)
            #expect(disabled.auditState["disabled"] == "yes")
            #expect(try await harness.sessions.session(token: first.token) == nil)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_sessions") == 0)
            harness.clock.advance(by: 3_600)
            let again = try await harness.staff.setDisabled(true, id: admin.id, hromadaID: harness.hromadaID)
            #expect(again.disabledAt == IdentityHarness.start)
            let enabled = try await harness.staff.setDisabled(false, id: admin.id, hromadaID: harness.hromadaID)
            #expect(enabled.isActive)
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.setDisabled(true, id: admin.id, hromadaID: harness.otherHromadaID)
            }
        }
    }

    @Test func removingDeletesTheAccountWithItsSessionsUnitsAndCodes() async throws {
        try await withIdentityHarness { harness in
            let manager = try await harness.makeStaff("man1", role: .unitManager, units: ["cnap-main"])
            _ = try await harness.enrol(manager.id)
            _ = try await harness.sessions.start(staffID: manager.id, stage: .full, address: "a", userAgent: "b")
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.remove(id: manager.id, hromadaID: harness.otherHromadaID)
            }
            let removed = try await harness.staff.remove(id: manager.id, hromadaID: harness.hromadaID)
            #expect(removed.login == "man1")
            #expect(try await harness.staff.member(id: manager.id) == nil)
            for table in ["staff_sessions", "staff_units", "staff_recovery_codes"] {
                #expect(try await harness.count("SELECT COUNT(*) FROM \(table)") == 0, "\(table)")
            }
            // The login is free again.
            #expect(try await harness.makeStaff("man1").login == "man1")
        }
    }

    @Test func membersListTheOwnerFirstThenAdminsThenByName() async throws {
        try await withIdentityHarness { harness in
            try await harness.makeStaff("zoya", role: .persona, name: "Зоя")
            try await harness.makeStaff("andriy", role: .contentManager, name: "Андрій")
            try await harness.makeStaff("yurii", role: .admin, name: "Юрій")
            try await harness.makeStaff("owner", role: .headAdmin, name: "Яна")
            try await harness.makeStaff("elsewhere", hromadaID: harness.otherHromadaID)
            let logins = try await harness.staff.members(hromadaID: harness.hromadaID).map(\.login)
            #expect(logins == ["owner", "yurii", "andriy", "zoya"])
        }
    }

    @Test func theHromadaCanAskEveryoneForASecondFactor() async throws {
        try await withIdentityHarness { harness in
            #expect(try await harness.staff.requiresTwoFactorForAll(hromadaID: harness.hromadaID) == false)
            try await harness.staff.setRequiresTwoFactorForAll(true, hromadaID: harness.hromadaID)
            #expect(try await harness.staff.requiresTwoFactorForAll(hromadaID: harness.hromadaID))
            #expect(try await harness.staff.requiresTwoFactorForAll(hromadaID: harness.otherHromadaID) == false)
            try await harness.staff.setRequiresTwoFactorForAll(false, hromadaID: harness.hromadaID)
            #expect(try await harness.staff.requiresTwoFactorForAll(hromadaID: harness.hromadaID) == false)
            let persona = try await harness.makeStaff("persona", role: .persona)
            let owner = try await harness.makeStaff("owner", role: .headAdmin)
            #expect(!persona.needsTwoFactor(hromadaRequiresForAll: false))
            #expect(persona.needsTwoFactor(hromadaRequiresForAll: true))
            #expect(owner.needsTwoFactor(hromadaRequiresForAll: false))
        }
    }
}
