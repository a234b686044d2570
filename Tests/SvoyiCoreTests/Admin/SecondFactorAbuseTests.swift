import Foundation
import SvoyiCore
import Testing

/// What someone who already holds a password (or shares the owner's address) can and cannot do.
@Suite struct SecondFactorAbuseTests {
    @Test func guessingCodesLocksTheAccountWhateverTheAddressAndSigningInAgainDoesNotReset() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let admin = harness.staffA[.admin]!
        let secret = try await harness.enrol(admin)
        var attacker = AdminBrowser(harness, address: "203.0.113.20")
        for round in 0..<2 {
            #expect(await attacker.signIn("a-admin").headers["Location"] == AdminPaths.secondFactor)
            await attacker.get(AdminPaths.secondFactor)
            let tries = round == 0 ? 3 : 2
            for _ in 0..<tries {
                #expect(await attacker.post(AdminPaths.secondFactor, [("code", "000000")]).status.code == 422)
            }
        }
        // Five wrong codes over two sign-ins: the account's codes are locked, from any address.
        var elsewhere = AdminBrowser(harness, address: "198.51.100.30")
        await elsewhere.signIn("a-admin")
        await elsewhere.get(AdminPaths.secondFactor)
        let locked = await elsewhere.post(AdminPaths.secondFactor, [("code", harness.code(secret))])
        #expect(locked.status.code == 429)
        #expect(locked.text.contains("Забагато невдалих спроб"))
        harness.clock.advance(by: 61)
        #expect(await elsewhere.post(AdminPaths.secondFactor, [("code", harness.code(secret))]).status.code == 303)
        // Success clears the count.
        #expect(
            try await harness.identity.staff.lockedUntil(staffID: admin.id, address: StaffStore.secondFactorScope)
                == nil)
    }

    @Test func someoneSharingTheOwnersAddressCannotKeepTheOwnerOut() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        _ = try await harness.enrol(harness.staffA[.headAdmin]!)
        var office = AdminBrowser(harness, address: "192.0.2.50")  // one NAT address for everyone in the office
        for _ in 0..<5 { await office.signIn("a-head_admin", "guessing at the owner's password") }
        #expect(await office.signIn("a-head_admin", "still guessing, wrong").status.code == 429)
        // The owner's right password from the same address goes on to the second factor.
        var owner = AdminBrowser(harness, address: "192.0.2.50")
        #expect(await owner.signIn("a-head_admin").headers["Location"] == AdminPaths.secondFactor)
        // An account without a second factor stays locked at that address.
        for _ in 0..<5 { await office.signIn("a-persona", "wrong wrong wrong") }
        #expect(await office.signIn("a-persona").status.code == 429)
    }

    @Test func addressesOfOneIPv6NetworkShareTheirCount() async throws {
        #expect(ThrottleKey.of("2001:db8:1:2:aaaa::1") == "2001:db8:1:2::/64")
        #expect(ThrottleKey.of("2001:db8:1:2:ffff:ffff:ffff:ffff") == "2001:db8:1:2::/64")
        #expect(ThrottleKey.of("2001:db8:1:3::1") == "2001:db8:1:3::/64")
        #expect(ThrottleKey.of("::ffff:203.0.113.7") == "203.0.113.7")
        #expect(ThrottleKey.of("203.0.113.7") == "203.0.113.7")
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        for host in 1...5 {
            var browser = AdminBrowser(harness, address: "2001:db8:7:7::\(host)")
            await browser.signIn("a-persona", "wrong wrong wrong")
        }
        var fresh = AdminBrowser(harness, address: "2001:db8:7:7::99")
        #expect(await fresh.signIn("a-persona").status.code == 429)
        var otherNetwork = AdminBrowser(harness, address: "2001:db8:7:8::1")
        #expect(await otherNetwork.signIn("a-persona").status.code == 303)
    }

    @Test func aLeftoverEnrolmentCannotReplaceAFactorSetUpMeanwhile() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let owner = try await harness.identity.staff.create(
            NewStaffMember(
                hromadaID: harness.hromadaB, login: "b-second", displayName: "B second", role: .admin,
                password: AdminHarness.password, twoFactorRequired: true, mustChangePassword: false))
        var attacker = AdminBrowser(harness, address: "203.0.113.40")
        #expect(await attacker.signIn("b-second").headers["Location"] == AdminPaths.enrol)
        var person = AdminBrowser(harness, address: "10.1.1.1")
        #expect(await person.signIn("b-second").headers["Location"] == AdminPaths.enrol)
        let page = await person.get(AdminPaths.enrol)
        let typed = try #require(AdminBrowser.match(#"<p class="secret">([A-Z2-7 ]+)</p>"#, in: page.text))
        let secret = try Base32.decode(typed.replacingOccurrences(of: " ", with: ""))
        #expect(await person.post(AdminPaths.enrol, [("code", harness.code(secret))]).status.code == 200)
        // The attacker's unfinished sign-in ended when the person enrolled.
        #expect(await attacker.get(AdminPaths.enrol).headers["Location"]?.hasPrefix(AdminPaths.signIn) == true)
        await #expect(throws: IdentityError.alreadyEnrolled) {
            try await harness.identity.staff.beginEnrolment(id: owner.id, issuer: "x")
        }
    }

    @Test func turningTwoFactorOnInTheProfileAsksForThePassword() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var browser = AdminBrowser(harness)
        await browser.signIn("a-persona")
        let page = await browser.get("/admin/profile/2fa")
        #expect(page.text.contains("Ваш поточний пароль"))
        let typed = try #require(AdminBrowser.match(#"<p class="secret">([A-Z2-7 ]+)</p>"#, in: page.text))
        let secret = try Base32.decode(typed.replacingOccurrences(of: " ", with: ""))
        let refused = await browser.post(
            "/admin/profile/2fa", [("code", harness.code(secret)), ("password", "not my password at all")])
        #expect(refused.status.code == 422)
        #expect(try await harness.identity.staff.member(id: harness.staffA[.persona]!.id)?.twoFactorEnabled == false)
        let accepted = await browser.post(
            "/admin/profile/2fa", [("code", harness.code(secret)), ("password", AdminHarness.password)])
        #expect(accepted.status.code == 200)
        #expect(try await harness.identity.staff.member(id: harness.staffA[.persona]!.id)?.twoFactorEnabled == true)
    }

    @Test func requiringASecondFactorEndsTheSessionsOfThoseWithoutOne() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let (editor, _) = try await harness.signIn(harness.staffA[.contentManager]!)
        let (persona, _) = try await harness.signIn(harness.staffA[.persona]!)
        let target = harness.staffA[.contentManager]!
        try await harness.identity.staff.update(
            id: target.id, hromadaID: harness.hromadaA, StaffChanges(twoFactorRequired: true))
        #expect(try await harness.identity.sessions.session(token: editor) == nil)
        #expect(try await harness.identity.sessions.session(token: persona) != nil)
        try await harness.identity.staff.setRequiresTwoFactorForAll(true, hromadaID: harness.hromadaA)
        #expect(try await harness.identity.sessions.session(token: persona) == nil)
        // A new owner without a factor signs in again and enrols.
        let (admin, _) = try await harness.signIn(harness.staffA[.admin]!)
        _ = try await harness.identity.staff.transferOwnership(
            to: harness.staffA[.admin]!.id, hromadaID: harness.hromadaA)
        #expect(try await harness.identity.sessions.session(token: admin) == nil)
    }
}
