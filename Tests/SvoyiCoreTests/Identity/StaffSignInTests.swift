import Foundation
import SvoyiCore
import Testing

@Suite struct StaffSignInTests {
    static let office = "192.0.2.10"
    static let attacker = "203.0.113.66"

    @Test func theRightPasswordIsAcceptedWhateverTheLoginsCaseAndSpaces() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let check = try await harness.staff.checkPassword(
                login: " OLENA ", password: IdentityHarness.password, address: Self.office)
            #expect(check == .accepted(admin))
        }
    }

    @Test func aWrongPasswordAndAnUnknownLoginAreRejectedAlike() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            #expect(
                try await harness.staff.checkPassword(
                    login: "olena", password: "Зелений гай навесні 2025", address: "a")
                    == .rejected)
            #expect(
                try await harness.staff.checkPassword(login: "nobody", password: IdentityHarness.password, address: "a")
                    == .rejected)
            #expect(try await harness.staff.checkPassword(login: "olena", password: "", address: "a") == .rejected)
            // A wrong password counts as a failure; an unknown login has no account to count against.
            #expect(
                try await harness.count("SELECT failures FROM staff_login_failures WHERE staff_id = \(admin.id)") == 2)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_login_failures") == 1)
        }
    }

    @Test func aDisabledAccountIsToldApartOnlyWithTheRightPassword() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let disabled = try await harness.staff.setDisabled(true, id: admin.id, hromadaID: harness.hromadaID)
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: IdentityHarness.password, address: "a")
                    == .disabled(disabled))
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: "Не той пароль зовсім", address: "a")
                    == .rejected)
        }
    }

    @Test func fiveFailuresFromOneAddressLockItWithADoublingCappedDelayThatEndsByItself() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let staff = harness.staff
            func attempt(_ password: String, from address: String = Self.attacker) async throws -> PasswordCheck {
                try await staff.checkPassword(login: "olena", password: password, address: address)
            }
            let wrong = "Не той пароль зовсім"
            for _ in 1...4 {
                #expect(try await attempt(wrong) == .rejected)
                #expect(try await staff.lockedUntil(staffID: admin.id, address: Self.attacker) == nil)
            }
            #expect(try await attempt(wrong) == .rejected)
            var until = harness.clock.now.addingTimeInterval(60)
            #expect(try await staff.lockedUntil(staffID: admin.id, address: Self.attacker) == until)
            // Even the right password waits, but only at that address.
            #expect(try await attempt(IdentityHarness.password) == .locked(until: until))
            #expect(try await staff.lockedUntil(staffID: admin.id, address: Self.office) == nil)
            #expect(try await attempt(IdentityHarness.password, from: Self.office) == .accepted(admin))
            #expect(try await attempt(IdentityHarness.password) == .locked(until: until))

            // Each failure after a lock ends doubles the next lock, up to 15 minutes.
            var expected: [TimeInterval] = [120, 240, 480, 900, 900]
            var lock: TimeInterval = 60
            while !expected.isEmpty {
                harness.clock.advance(by: lock - 1)
                #expect(try await attempt(wrong) == .locked(until: until))
                harness.clock.advance(by: 1)
                #expect(try await staff.lockedUntil(staffID: admin.id, address: Self.attacker) == nil)
                #expect(try await attempt(wrong) == .rejected)
                lock = expected.removeFirst()
                until = harness.clock.now.addingTimeInterval(lock)
                #expect(try await staff.lockedUntil(staffID: admin.id, address: Self.attacker) == until)
            }
            harness.clock.advance(by: lock)
            #expect(try await attempt(IdentityHarness.password) == .accepted(admin))
            // Success starts the count again.
            for _ in 1...4 { #expect(try await attempt(wrong) == .rejected) }
            #expect(try await staff.lockedUntil(staffID: admin.id, address: Self.attacker) == nil)
        }
    }

    @Test func resettingThePasswordClearsLocksKeepsTwoFactorAndForcesAChange() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let enrolment = try await harness.enrol(admin.id)
            let session = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: Self.office, userAgent: "Firefox")
            for _ in 1...5 {
                _ = try await harness.staff.checkPassword(
                    login: "olena", password: "Не той пароль зовсім", address: "a")
            }
            #expect(try await harness.staff.lockedUntil(staffID: admin.id, address: "a") != nil)

            harness.clock.advance(by: 10)
            let temporary = try await harness.staff.resetPassword(id: admin.id, hromadaID: harness.hromadaID)
            #expect(temporary.count >= 16)
            #expect(try await harness.staff.lockedUntil(staffID: admin.id, address: "a") == nil)
            #expect(try await harness.sessions.session(token: session.token) == nil)
            let after = try #require(try await harness.staff.member(id: admin.id))
            #expect(after.mustChangePassword)
            #expect(after.passwordChangedAt == IdentityHarness.start.addingTimeInterval(10))
            // The reset does not bypass the second factor: it is still on, with its codes.
            #expect(after.twoFactorEnabled)
            #expect(try await harness.staff.remainingRecoveryCodes(id: admin.id) == 10)
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: temporary, address: "a")
                    == .accepted(after))
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: IdentityHarness.password, address: "a")
                    == .rejected)
            harness.clock.advance(by: 30)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(enrolment.secret))
                    == .totp(step: harness.step))
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.resetPassword(id: admin.id, hromadaID: harness.otherHromadaID)
            }
        }
    }

    @Test func unlockClearsEveryAddressesLock() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            for address in ["a", "b"] {
                for _ in 1...5 { try await harness.staff.recordFailure(staffID: admin.id, address: address) }
            }
            #expect(try await harness.staff.lockedUntil(staffID: admin.id, address: "b") != nil)
            try await harness.staff.unlock(staffID: admin.id)
            #expect(try await harness.staff.lockedUntil(staffID: admin.id, address: "a") == nil)
            #expect(try await harness.staff.lockedUntil(staffID: admin.id, address: "b") == nil)
        }
    }

    @Test func changingThePasswordNeedsTheCurrentOne() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let newPassword = "Нове гасло для громади"
            await #expect(throws: IdentityError.wrongPassword) {
                try await harness.staff.changePassword(
                    id: admin.id, hromadaID: harness.hromadaID, current: "Не той пароль зовсім", new: newPassword)
            }
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: IdentityHarness.password, address: "a")
                    == .accepted(admin))
            await #expect(throws: IdentityError.weakPassword(.containsLogin)) {
                try await harness.staff.changePassword(
                    id: admin.id, hromadaID: harness.hromadaID, current: IdentityHarness.password,
                    new: "моя-Olena-весна-2026")
            }
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.changePassword(
                    id: admin.id, hromadaID: harness.otherHromadaID, current: IdentityHarness.password,
                    new: newPassword)
            }
        }
    }

    @Test func changingThePasswordKeepsOnlyTheCurrentSessionAndClearsTheForcedChange() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let temporary = try await harness.staff.resetPassword(id: admin.id, hromadaID: harness.hromadaID)
            let here = try await harness.sessions.start(staffID: admin.id, stage: .full, address: "a", userAgent: "x")
            let there = try await harness.sessions.start(staffID: admin.id, stage: .full, address: "b", userAgent: "y")
            let newPassword = "Нове гасло для громади"
            try await harness.staff.changePassword(
                id: admin.id, hromadaID: harness.hromadaID, current: temporary, new: newPassword,
                keepingSession: here.session.tokenHash)
            #expect(try await harness.sessions.session(token: here.token) != nil)
            #expect(try await harness.sessions.session(token: there.token) == nil)
            let after = try #require(try await harness.staff.member(id: admin.id))
            #expect(!after.mustChangePassword)
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: newPassword, address: "a")
                    == .accepted(after))
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: temporary, address: "a") == .rejected)
        }
    }

    @Test func anOldHashIsUpgradedOnSignIn() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let stronger = harness.staffStore(hasher: PasswordHasher(iterations: 2_000))
            #expect(
                try await stronger.checkPassword(login: "olena", password: IdentityHarness.password, address: "a")
                    == .accepted(admin))
            let stored: String = try #require(
                try await harness.database.read {
                    try $0.scalar("SELECT password_hash FROM staff", as: String.self)
                })
            #expect(PasswordHasher.iterations(of: stored) == 2_000)
            #expect(
                try await harness.staff.checkPassword(login: "olena", password: IdentityHarness.password, address: "a")
                    == .accepted(admin))
        }
    }
}
