import Foundation
import SvoyiCore
import Testing

@Suite struct StaffTwoFactorTests {
    @Test func enrolmentNeedsAMatchingCodeBeforeTwoFactorIsOn() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let enrolment = try await harness.staff.beginEnrolment(id: admin.id, issuer: "Білогірська громада")
            #expect(enrolment.secret.count == 20)
            #expect(enrolment.provisioningURI.hasPrefix("otpauth://totp/"))
            #expect(enrolment.provisioningURI.contains("secret=\(enrolment.secretBase32)&"))
            #expect(enrolment.provisioningURI.contains(":olena?"))
            let right = harness.code(enrolment.secret)
            let wrong = String(format: "%06d", (Int(right)! + 1) % 1_000_000)
            await #expect(throws: IdentityError.wrongCode) {
                try await harness.staff.confirmEnrolment(id: admin.id, code: wrong)
            }
            await #expect(throws: IdentityError.wrongCode) {
                try await harness.staff.confirmEnrolment(id: admin.id, code: "12345")
            }
            await #expect(throws: IdentityError.wrongCode) {
                try await harness.staff.confirmEnrolment(id: admin.id, code: harness.code(enrolment.secret, offset: 2))
            }
            #expect(try await harness.staff.member(id: admin.id)?.twoFactorEnabled == false)
            // A pending seed is not a second factor yet.
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: right) == nil)

            let codes = try await harness.staff.confirmEnrolment(
                id: admin.id, code: " \(right.prefix(3)) \(right.dropFirst(3))")
            #expect(codes.count == 10)
            #expect(Set(codes).count == 10)
            for code in codes {
                #expect(code.count == 29)
                #expect(code.split(separator: "-").map(\.count) == [5, 5, 5, 5, 5])
            }
            #expect(try await harness.staff.member(id: admin.id)?.twoFactorEnabled == true)
            #expect(try await harness.staff.remainingRecoveryCodes(id: admin.id) == 10)
            // The confirming code was used: it does not sign in as well.
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: right) == nil)
            await #expect(throws: IdentityError.enrolmentNotStarted) {
                try await harness.staff.confirmEnrolment(id: admin.id, code: right)
            }
        }
    }

    @Test func confirmingWithoutEnrolmentIsRefused() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            await #expect(throws: IdentityError.enrolmentNotStarted) {
                try await harness.staff.confirmEnrolment(id: admin.id, code: "123456")
            }
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.beginEnrolment(id: 999, issuer: "Громада")
            }
        }
    }

    @Test func aCodesStepIsAcceptedOnce() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let secret = try await harness.enrol(admin.id).secret
            harness.clock.advance(by: 30)
            let code = harness.code(secret)
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: code) == .totp(step: harness.step))
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: code) == nil)
            harness.clock.advance(by: 29)
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: code) == nil)
            harness.clock.advance(by: 1)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret))
                    == .totp(step: harness.step))
        }
    }

    @Test func oneStepOfDriftIsAcceptedAndTwoAreNot() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let secret = try await harness.enrol(admin.id).secret
            harness.clock.advance(by: 5 * 30 + 17)
            let now = harness.step
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret, offset: -2)) == nil)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret, offset: 2)) == nil)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret, offset: -1))
                    == .totp(step: now - 1))
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret, offset: 1))
                    == .totp(step: now + 1))
            // Steps only move forward: once a later step was used, earlier codes are spent too.
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret)) == nil)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(secret, offset: 1)) == nil)
        }
    }

    @Test func aRecoveryCodeWorksOnceWhateverItsSpellingAndTheOthersRemain() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let codes = try await harness.enrol(admin.id).recoveryCodes
            let typed = " " + codes[0].uppercased().replacingOccurrences(of: "-", with: " ") + "\n"
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: typed) == .recoveryCode(remaining: 9))
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: codes[0]) == nil)
            let squeezed = codes[1].replacingOccurrences(of: "-", with: "")
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: squeezed) == .recoveryCode(remaining: 8))
            #expect(try await harness.staff.remainingRecoveryCodes(id: admin.id) == 8)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: "aaaaa-bbbbb-ccccc-ddddd-eeeee") == nil)
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: "") == nil)
            // Another account's code does not work here.
            let other = try await harness.makeStaff("petro")
            let otherCodes = try await harness.enrol(other.id).recoveryCodes
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: otherCodes[0]) == nil)
            #expect(try await harness.staff.remainingRecoveryCodes(id: other.id) == 10)
            // Codes are stored hashed.
            let stored: [String] = try await harness.database.read { db in
                try db.query("SELECT code_hash FROM staff_recovery_codes").map { try $0.get("code_hash") }
            }
            let plain = Set((codes + otherCodes).map { $0.replacingOccurrences(of: "-", with: "") })
            #expect(stored.count == 20)
            #expect(stored.allSatisfy { !plain.contains($0) && !$0.contains("-") && $0.count == 64 })
        }
    }

    @Test func regeneratingRecoveryCodesInvalidatesTheOldOnes() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let old = try await harness.enrol(admin.id).recoveryCodes
            _ = try await harness.staff.verifySecondFactor(id: admin.id, code: old[0])
            let fresh = try await harness.staff.regenerateRecoveryCodes(id: admin.id)
            #expect(fresh.count == 10)
            #expect(Set(fresh).isDisjoint(with: old))
            #expect(try await harness.staff.remainingRecoveryCodes(id: admin.id) == 10)
            for code in old.dropFirst() {
                #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: code) == nil)
            }
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: fresh[9]) == .recoveryCode(remaining: 9))
            let without = try await harness.makeStaff("petro")
            await #expect(throws: IdentityError.enrolmentNotStarted) {
                try await harness.staff.regenerateRecoveryCodes(id: without.id)
            }
        }
    }

    @Test func resettingTwoFactorClearsItAndEndsSessions() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let enrolment = try await harness.enrol(admin.id)
            let session = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "a", userAgent: "x")
            await #expect(throws: IdentityError.staffNotFound) {
                try await harness.staff.resetTwoFactor(id: admin.id, hromadaID: harness.otherHromadaID)
            }
            #expect(try await harness.sessions.session(token: session.token) != nil)
            try await harness.staff.resetTwoFactor(id: admin.id, hromadaID: harness.hromadaID)
            #expect(try await harness.staff.member(id: admin.id)?.twoFactorEnabled == false)
            #expect(try await harness.staff.remainingRecoveryCodes(id: admin.id) == 0)
            #expect(try await harness.sessions.session(token: session.token) == nil)
            harness.clock.advance(by: 30)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(enrolment.secret)) == nil)
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: enrolment.recoveryCodes[0]) == nil)
            await #expect(throws: IdentityError.enrolmentNotStarted) {
                try await harness.staff.confirmEnrolment(id: admin.id, code: harness.code(enrolment.secret))
            }
            let columns = try await harness.database.read { db in
                try db.queryFirst(
                    "SELECT totp_secret IS NULL AND totp_pending IS NULL AND totp_last_step IS NULL AS clear FROM staff"
                )?
                .get("clear", as: Bool.self)
            }
            #expect(columns == true)
        }
    }

    @Test func aFactorIsReplacedOnlyAfterAReset() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let first = try await harness.enrol(admin.id)
            harness.clock.advance(by: 30)
            await #expect(throws: IdentityError.alreadyEnrolled) {
                try await harness.staff.beginEnrolment(id: admin.id, issuer: "Громада")
            }
            try await harness.staff.resetTwoFactor(id: admin.id, hromadaID: admin.hromadaID)
            let second = try await harness.enrol(admin.id)
            #expect(first.secret != second.secret)
            harness.clock.advance(by: 30)
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(first.secret)) == nil)
            #expect(
                try await harness.staff.verifySecondFactor(id: admin.id, code: harness.code(second.secret))
                    == .totp(step: harness.step))
        }
    }

    @Test func theSeedIsSealedAtRestAndOpensOnlyWithThisKeyAndAccount() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let petro = try await harness.makeStaff("petro")
            let enrolment = try await harness.staff.beginEnrolment(id: admin.id, issuer: "Громада")
            let pending: Data = try #require(
                try await harness.database.read {
                    try $0.scalar("SELECT totp_pending FROM staff WHERE id = ?", [.integer(admin.id)], as: Data.self)
                })
            #expect(!identityBytes(Array(pending), contain: enrolment.secret))
            let codes = try await harness.staff.confirmEnrolment(id: admin.id, code: harness.code(enrolment.secret))
            let sealed: Data = try #require(
                try await harness.database.read {
                    try $0.scalar("SELECT totp_secret FROM staff WHERE id = ?", [.integer(admin.id)], as: Data.self)
                })
            // Version, nonce, the 20-byte seed, tag.
            #expect(sealed.count == 69)
            #expect(!identityBytes(Array(sealed), contain: enrolment.secret))
            #expect(!identityBytes(Array(sealed), contain: Array(enrolment.secretBase32.utf8)))
            #expect(!identityBytes(try await harness.databaseBytes(), contain: enrolment.secret))

            harness.clock.advance(by: 30)
            let code = harness.code(enrolment.secret)
            let otherKey = harness.staffStore(secretKey: SecureRandom.bytes(32))
            await #expect(throws: IdentityError.secretUnavailable) {
                try await otherKey.verifySecondFactor(id: admin.id, code: code)
            }
            // Without the key, recovery codes still let the person in.
            #expect(try await otherKey.verifySecondFactor(id: admin.id, code: codes[0]) == .recoveryCode(remaining: 9))

            // A seed copied to another account's row does not open there.
            try await harness.database.write { db in
                try db.execute("UPDATE staff SET totp_secret = ? WHERE id = ?", sealed, petro.id)
            }
            await #expect(throws: IdentityError.secretUnavailable) {
                try await harness.staff.verifySecondFactor(id: petro.id, code: code)
            }
            #expect(try await harness.staff.verifySecondFactor(id: admin.id, code: code) == .totp(step: harness.step))

            // A pending seed opens only with the key that sealed it (petro's copied factor is reset first).
            try await harness.staff.resetTwoFactor(id: petro.id, hromadaID: petro.hromadaID)
            _ = try await harness.staff.beginEnrolment(id: petro.id, issuer: "Громада")
            await #expect(throws: IdentityError.secretUnavailable) {
                try await otherKey.confirmEnrolment(id: petro.id, code: code)
            }
        }
    }
}
