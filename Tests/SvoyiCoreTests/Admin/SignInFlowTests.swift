import Foundation
import SvoyiCore
import Testing

/// Sign-in as a person does it, through the panel's pages: first sign-in with enrolment and a forced password
/// change, session fixation, brute force, code reuse, resets that must not bypass 2FA, expiry and sign-out.
@Suite struct SignInFlowTests {
    @Test func firstSignInEnrolsTwoFactorThenForcesANewPassword() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let owner = try await harness.identity.staff.create(
            NewStaffMember(
                hromadaID: harness.hromadaB, login: "new-owner-b", displayName: "Нова власниця", role: .admin,
                password: "тимчасовий пароль 1", mustChangePassword: true))
        _ = try await harness.identity.staff.transferOwnership(to: owner.id, hromadaID: harness.hromadaB)
        var browser = AdminBrowser(harness)
        let signedIn = await browser.signIn("new-owner-b", "тимчасовий пароль 1")
        #expect(signedIn.status.code == 303)
        #expect(signedIn.headers["Location"] == AdminPaths.enrol)  // owners always need a second factor
        let pending = try #require(browser.cookies["svoyi_session"])
        #expect(await browser.get(AdminPaths.home).headers["Location"] == AdminPaths.enrol)

        let enrolPage = await browser.get(AdminPaths.enrol)
        #expect(enrolPage.status.code == 200)
        #expect(enrolPage.text.contains("<svg"))
        let typed = try #require(AdminBrowser.match(#"<p class="secret">([A-Z2-7 ]+)</p>"#, in: enrolPage.text))
        let secret = try Base32.decode(typed.replacingOccurrences(of: " ", with: ""))
        // Reloading shows the same seed, so a QR code scanned a moment ago still matches.
        #expect(await browser.get(AdminPaths.enrol).text.contains(typed))

        #expect(await browser.post(AdminPaths.enrol, [("code", "000000")]).status.code == 422)
        let enrolled = await browser.post(AdminPaths.enrol, [("code", harness.code(secret))])
        #expect(enrolled.status.code == 200)
        let codes = AdminBrowser.matches(#"<li>([2-9a-z]{5}(?:-[2-9a-z]{5}){4})</li>"#, in: enrolled.text)
        #expect(codes.count == 10)
        let full = try #require(browser.cookies["svoyi_session"])
        #expect(full != pending)
        #expect(try await harness.identity.sessions.session(token: pending) == nil)

        // The temporary password must be replaced before anything else.
        #expect(await browser.get(AdminPaths.home).headers["Location"] == AdminPaths.changePassword)
        #expect(await browser.get("/admin/staff").headers["Location"] == AdminPaths.changePassword)
        await browser.get(AdminPaths.changePassword)
        let mismatch = await browser.post(
            AdminPaths.changePassword, [("new_password", "довгий новий пароль"), ("confirm_password", "інший")])
        #expect(mismatch.status.code == 422)
        #expect(mismatch.text.contains("Паролі не збігаються."))
        let weak = await browser.post(
            AdminPaths.changePassword, [("new_password", "short"), ("confirm_password", "short")])
        #expect(weak.text.contains("щонайменше 12 символів"))
        let changed = await browser.post(
            AdminPaths.changePassword,
            [("new_password", "довгий новий пароль"), ("confirm_password", "довгий новий пароль")])
        #expect(changed.headers["Location"] == AdminPaths.profile + "?done=password")
        let home = await browser.get(AdminPaths.home)
        #expect(home.status.code == 200)
        #expect(home.text.contains("Вітаємо, Нова власниця"))
        let check = try await harness.identity.staff.checkPassword(
            login: "new-owner-b", password: "довгий новий пароль", address: "10.9.9.9")
        guard case .accepted(let member) = check else { Issue.record("new password refused: \(check)"); return }
        #expect(!member.mustChangePassword)
        #expect(try await harness.audit(harness.hromadaB, action: "2fa.enrol").count == 2)  // one failed, one ok
    }

    @Test func aSessionPlantedBeforeSignInIsWorthlessAfterIt() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        // A valid session token the attacker obtained (their own, halfway through sign-in), planted in the
        // victim's browser.
        let (planted, _) = try await harness.identity.sessions.start(
            staffID: harness.staffA[.persona]!.id, stage: .secondFactor, address: "203.0.113.1", userAgent: "attacker")
        var browser = AdminBrowser(harness)
        browser.cookies["svoyi_session"] = planted
        await browser.get(AdminPaths.signIn)
        let response = await browser.post(
            AdminPaths.signIn, [("login", "a-content_manager"), ("password", AdminHarness.password)])
        #expect(response.status.code == 303)
        let issued = try #require(response.cookie("svoyi_session"))
        #expect(issued != planted)
        #expect(issued.utf8.count >= 43)  // 256 bits in base64url
        #expect(try await harness.identity.sessions.session(token: planted) == nil)
        let cookie = try #require(response.headers.values("Set-Cookie").first { $0.hasPrefix("svoyi_session=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(cookie.contains("Path=/admin"))
        #expect(!cookie.contains("Secure"))  // plain HTTP without a trusted TLS proxy
    }

    @Test func theSignInFormNeedsItsDoubleSubmitToken() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var browser = AdminBrowser(harness)
        await browser.get(AdminPaths.signIn)
        let forged = await harness.send(
            .post, AdminPaths.signIn, cookies: browser.cookies,
            form: [
                ("_csrf", "a-token-from-another-site-000000000000000000"), ("login", "a-admin"),
                ("password", AdminHarness.password),
            ])
        #expect(forged.status.code == 303)
        #expect(forged.headers["Location"] == AdminPaths.signIn + "?reason=form")
        #expect(forged.cookie("svoyi_session") == nil)
    }

    @Test func repeatedWrongPasswordsLockThatAddressButNotOthers() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var attacker = AdminBrowser(harness, address: "203.0.113.9")
        for _ in 0..<5 {
            let wrong = await attacker.signIn("a-head_admin", "not the password at all")
            #expect(wrong.status.code == 422)
            #expect(wrong.text.contains("Неправильний логін або пароль."))
        }
        let locked = await attacker.signIn("a-head_admin")
        #expect(locked.status.code == 429)
        #expect(locked.text.contains("Забагато невдалих спроб"))
        // The owner, from the office, is not locked out.
        var owner = AdminBrowser(harness, address: "192.0.2.10")
        #expect(await owner.signIn("a-head_admin").status.code == 303)
        // An unknown login answers exactly the same way.
        var prober = AdminBrowser(harness, address: "203.0.113.10")
        for _ in 0..<5 { #expect(await prober.signIn("nobody-here", "guess guess guess").status.code == 422) }
        #expect(await prober.signIn("nobody-here", "guess guess guess").status.code == 429)
        // The lock ends by itself.
        harness.clock.advance(by: 61)
        #expect(await attacker.signIn("a-head_admin").status.code == 303)
        let failures = try await harness.audit(harness.hromadaA, action: "session.signin")
        #expect(failures.filter { $0.outcome == .failed }.count == 5)
        #expect(failures.filter { $0.outcome == .denied }.count == 1)
    }

    @Test func oneAddressGetsTenSignInAttemptsAMinute() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var browser = AdminBrowser(harness, address: "198.51.100.7")
        for index in 0..<10 {
            let response = await browser.signIn("someone-\(index)", "whatever password")
            #expect(response.status.code == 422)
        }
        let limited = await browser.signIn("a-admin")
        #expect(limited.status.code == 429)
        #expect(limited.headers["Retry-After"] != nil)
    }

    @Test func aTOTPCodeWorksOnceAndRecoveryCodesToo() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let admin = harness.staffA[.admin]!
        let secret = try await harness.enrol(admin)
        let code = harness.code(secret)
        var first = AdminBrowser(harness)
        #expect(await first.signIn("a-admin").headers["Location"] == AdminPaths.secondFactor)
        await first.get(AdminPaths.secondFactor)
        #expect(await first.post(AdminPaths.secondFactor, [("code", code)]).headers["Location"] == AdminPaths.home)
        #expect(await first.get(AdminPaths.home).status.code == 200)

        var second = AdminBrowser(harness, address: "10.0.0.2")
        await second.signIn("a-admin")
        await second.get(AdminPaths.secondFactor)
        let reused = await second.post(AdminPaths.secondFactor, [("code", code)])
        #expect(reused.status.code == 422)
        #expect(reused.text.contains("вже використаний"))
        #expect(await second.get(AdminPaths.home).headers["Location"] == AdminPaths.secondFactor)
        harness.clock.advance(by: 30)
        #expect(await second.post(AdminPaths.secondFactor, [("code", harness.code(secret))]).status.code == 303)
        let entries = try await harness.audit(harness.hromadaA, action: "session.second_factor")
        #expect(entries.filter { $0.outcome == .failed }.count == 1)
    }

    @Test func aTemporaryPasswordFromAnAdministratorDoesNotSkipTheSecondFactor() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let editor = harness.staffA[.contentManager]!
        let secret = try await harness.enrol(editor)
        var admin = AdminBrowser(harness)
        let secretOwner = try await harness.enrol(harness.staffA[.headAdmin]!)
        await admin.signIn("a-head_admin")
        await admin.get(AdminPaths.secondFactor)
        await admin.post(AdminPaths.secondFactor, [("code", harness.code(secretOwner))])
        await admin.get("/admin/staff/\(editor.id)")
        let reset = await admin.post("/admin/staff/\(editor.id)/reset-password")
        #expect(reset.status.code == 200)
        let temporary = try #require(AdminBrowser.match(#"<p class="secret">([2-9a-z-]{19})</p>"#, in: reset.text))

        var person = AdminBrowser(harness, address: "10.0.0.3")
        let response = await person.signIn("a-content_manager", temporary)
        #expect(response.headers["Location"] == AdminPaths.secondFactor)
        #expect(await person.get("/admin/profile").headers["Location"] == AdminPaths.secondFactor)
        await person.get(AdminPaths.secondFactor)
        harness.clock.advance(by: 30)
        #expect(await person.post(AdminPaths.secondFactor, [("code", harness.code(secret))]).status.code == 303)
        #expect(await person.get(AdminPaths.home).headers["Location"] == AdminPaths.changePassword)
        #expect(try await harness.audit(harness.hromadaA, action: "staff.reset_password").count == 1)
    }

    @Test func idleSessionsEndAndTheRefusalIsAudited() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var browser = AdminBrowser(harness)
        #expect(await browser.signIn("a-persona").headers["Location"] == AdminPaths.home)
        #expect(await browser.get(AdminPaths.home).status.code == 200)
        harness.clock.advance(by: 31 * 60)
        let expired = await browser.get("/admin/profile")
        #expect(expired.status.code == 303)
        #expect(expired.headers["Location"]?.contains("reason=expired") == true)
        let ended = try await harness.audit(harness.hromadaA, action: "session.ended")
        #expect(ended.count == 1)
        #expect(ended.first?.detail == "session idle")
        let page = await browser.get(try #require(expired.headers["Location"]))
        #expect(page.text.contains("Ваш сеанс завершився"))
    }

    @Test func signingOutEndsTheSessionOnTheServer() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var browser = AdminBrowser(harness)
        await browser.signIn("a-persona")
        let token = try #require(browser.cookies["svoyi_session"])
        await browser.get(AdminPaths.home)
        let out = await browser.post(AdminPaths.signOut)
        #expect(out.headers["Location"] == AdminPaths.signIn + "?reason=signed-out")
        #expect(try await harness.identity.sessions.session(token: token) == nil)
        // Replaying the old cookie gets nowhere.
        #expect(await harness.send(.get, AdminPaths.home, cookies: ["svoyi_session": token]).status.code == 303)
    }

    @Test func disablingSomeoneEndsTheirSessionsAndTheOwnerCannotBeDisabled() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var editor = AdminBrowser(harness, address: "10.0.0.5")
        await editor.signIn("a-content_manager")
        #expect(await editor.get(AdminPaths.home).status.code == 200)
        var admin = AdminBrowser(harness)
        await admin.signIn("a-admin")
        let target = harness.staffA[.contentManager]!
        await admin.get("/admin/staff/\(target.id)")
        #expect(await admin.post("/admin/staff/\(target.id)/disable").status.code == 303)
        #expect(await editor.get(AdminPaths.home).status.code == 303)
        let owner = harness.staffA[.headAdmin]!
        #expect(await admin.post("/admin/staff/\(owner.id)/disable").status.code == 403)
        #expect(await admin.post("/admin/staff/\(owner.id)/remove").status.code == 403)
        #expect(try await harness.identity.staff.member(id: owner.id)?.isActive == true)
    }

    @Test func namesWithMarkupAreShownAsText() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        var admin = AdminBrowser(harness)
        await admin.signIn("a-admin")
        await admin.get("/admin/staff/new")
        let payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>"
        let created = await admin.post(
            "/admin/staff",
            [
                ("display_name", payload), ("login", "xss-test"), ("role", "persona"),
                ("position_title", "<b>боцман</b>"),
            ])
        #expect(created.status.code == 200)
        for page in [created.text, await admin.get("/admin/staff").text, await admin.get("/admin/audit").text] {
            #expect(!page.contains("<script>alert(1)"))
            #expect(!page.contains("<img src=x"))
        }
        #expect(await admin.get("/admin/staff").text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}

@Suite struct AdminLanguageTests {
    @Test func errorPagesInsideThePanelAreUkrainianWhateverTheBrowserAsks() async throws {
        let harness = try await AdminHarness.make()
        defer { harness.close() }
        let (token, _) = try await harness.signIn(harness.staffA[.admin]!)
        let missing = await harness.send(
            .get, "/admin/staff/999999", cookies: ["svoyi_session": token], headers: [("Accept-Language", "en-GB,en")])
        #expect(missing.status.code == 404)
        #expect(missing.headers["Content-Language"] == "uk")
        #expect(missing.text.contains("lang=\"uk\""))
    }
}
