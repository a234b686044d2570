import Foundation
import SvoyiCore
import Testing

@testable import svoyi_cli

/// `svoyi-cli staff …` run in-process. Only `create` and `reset-password` hash with the product's 600,000
/// iterations (about half a second each); other accounts are seeded with a one-iteration hasher.
@Suite struct StaffCommandTests {
    @Test func createPrintsAPasswordThatSignsInAndListShowsTheAccount() async throws {
        let harness = try await OperatorHarness()
        let created = await harness.run(
            "staff", "create", "--hromada", "bucha", "--login", "Olena", "--name", "Олена Коваль", "--role",
            "head-admin")
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Created olena (Олена Коваль), head-admin of bucha."))
        #expect(created.out.contains("set up two-factor sign-in (required for this account)"))
        let password = try #require(OperatorHarness.value(after: "shown only this once:", in: created.out))
        #expect(password.count == 19)

        let staff = try harness.fastStaff()
        guard
            case .accepted(let member) = try await staff.checkPassword(
                login: "olena", password: password, address: "127.0.0.1")
        else {
            Issue.record("the printed temporary password does not sign in")
            return
        }
        #expect(member.mustChangePassword)
        #expect(member.role == .headAdmin)
        let stored: [String] = try await harness.database.read { db in
            try db.query("SELECT * FROM staff").flatMap { row in
                try ["login", "display_name", "password_hash"].map { try row.get($0) as String }
            }
        }
        #expect(!stored.contains { $0.contains(password) })
        #expect(stored.contains { $0.hasPrefix("pbkdf2-sha256$600000$") })

        let second = await harness.run(
            "staff", "create", "--hromada", "bucha", "--login", "petro", "--name", "Петро", "--role", "head-admin")
        #expect(second.status == 65)
        #expect(second.err.contains("bucha already has a head administrator (olena)"), "\(second.err)")
        #expect(!second.out.contains("shown only this once"))

        let list = await harness.run("staff", "list", "--hromada", "bucha")
        #expect(list.status == 0, "\(list.err)")
        #expect(list.out.contains("LOGIN  NAME          ROLE        UNITS  2FA  STATUS  SESSIONS"), "\(list.out)")
        #expect(list.out.contains("olena  Олена Коваль  head-admin  —      off  active  0"), "\(list.out)")
        let json = await harness.run("staff", "list", "--hromada", "bucha", "--format", "json")
        let rows = try JSONDecoder().decode([StaffListing].self, from: Data(json.out.utf8))
        #expect(rows.map(\.login) == ["olena"])
        #expect(rows.first?.active == true && rows.first?.twoFactor == false)

        let audit = try await harness.auditRows()
        #expect(audit.map(\.action) == ["staff.create"])
        #expect(audit.first?.kind == "operator" && audit.first?.label == "ops-tester")
        #expect(audit.first?.target == String(member.id))
    }

    @Test func createRefusesBadCombinationsBeforeHashing() async throws {
        let harness = try await OperatorHarness()
        let noUnit = await harness.run(
            "staff", "create", "--hromada", "bucha", "--login", "ivan", "--name", "Іван", "--role", "unit-manager")
        #expect(noUnit.status == 64)
        #expect(noUnit.err.contains("needs at least one --unit"))
        let badRole = await harness.run(
            "staff", "create", "--hromada", "bucha", "--login", "ivan", "--name", "Іван", "--role", "owner")
        #expect(badRole.status == 64)
        let badLogin = await harness.run(
            "staff", "create", "--hromada", "bucha", "--login", "Іван", "--name", "Іван", "--role", "admin")
        #expect(badLogin.status == 65)
        #expect(badLogin.err.contains("the login must be"))
        let nowhere = await harness.run(
            "staff", "create", "--hromada", "irpin", "--login", "ivan", "--name", "Іван", "--role", "admin")
        #expect(nowhere.err.contains("no hromada irpin; known: bucha"))
        #expect(try await harness.auditRows().isEmpty)
    }

    @Test func disableEndsSessionsAndTheOwnerCannotBeDisabled() async throws {
        let harness = try await OperatorHarness()
        let owner = try await harness.seed("olena", role: .headAdmin)
        let admin = try await harness.seed("ivan", role: .admin)
        let sessions = SessionStore(database: harness.database)
        _ = try await sessions.start(staffID: admin.id, stage: .full, address: "10.0.0.7", userAgent: "test")
        #expect(try await sessions.sessions(staffID: admin.id).count == 1)

        let listed = await harness.run("staff", "list", "--hromada", "bucha")
        #expect(listed.out.contains("ivan   Тест ivan   admin       —      off  active  1"), "\(listed.out)")
        let disabled = await harness.run("staff", "disable", "ivan")
        #expect(disabled.status == 0, "\(disabled.err)")
        #expect(disabled.out.contains("Disabled ivan (Тест ivan) of bucha; ended 1 session(s)."))
        #expect(try await sessions.sessions(staffID: admin.id).isEmpty)
        #expect(try await harness.fastStaff().member(id: admin.id)?.isActive == false)
        #expect(await harness.run("staff", "list", "--hromada", "bucha").out.contains("off  disabled  0"))

        let refused = await harness.run("staff", "disable", "olena")
        #expect(refused.status == 65)
        #expect(refused.err.contains("olena is the head administrator of bucha and cannot be disabled"))
        #expect(try await harness.fastStaff().member(id: owner.id)?.isActive == true)

        let enabled = await harness.run("staff", "enable", "ivan")
        #expect(enabled.status == 0, "\(enabled.err)")
        #expect(try await harness.fastStaff().member(id: admin.id)?.isActive == true)
        let unknown = await harness.run("staff", "disable", "nobody")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no staff member with login nobody"))

        let audit = try await harness.auditRows()
        #expect(audit.map(\.action) == ["staff.disable", "staff.enable"])
        #expect(audit.allSatisfy { $0.kind == "operator" && $0.target == String(admin.id) })
        let entries = try await AuditLog(database: harness.database).entries(hromadaID: harness.hromadaID)
        #expect(entries.last?.before?["disabled"] == "no" && entries.last?.after?["disabled"] == "yes")
    }

    @Test func resetPasswordKeepsTwoFactorClearsLocksAndEndsSessions() async throws {
        let harness = try await OperatorHarness()
        let admin = try await harness.seed("ivan", role: .admin)
        try await harness.enrolTwoFactor(admin.id)
        let staff = try harness.fastStaff()
        for _ in 0..<staff.lockout.freeAttempts {
            try await staff.recordFailure(staffID: admin.id, address: "10.0.0.7")
        }
        #expect(try await staff.lockedUntil(staffID: admin.id, address: "10.0.0.7") != nil)
        let sessions = SessionStore(database: harness.database)
        _ = try await sessions.start(staffID: admin.id, stage: .full, address: "10.0.0.7", userAgent: "test")

        let reset = await harness.run("staff", "reset-password", "ivan")
        #expect(reset.status == 0, "\(reset.err)")
        #expect(reset.out.contains("Two-factor sign-in stays on"))
        #expect(reset.out.contains("1 session(s) ended"))
        let password = try #require(OperatorHarness.value(after: "shown only this once:", in: reset.out))

        let after = try #require(try await staff.member(id: admin.id))
        #expect(after.twoFactorEnabled)
        #expect(after.mustChangePassword)
        #expect(try await staff.lockedUntil(staffID: admin.id, address: "10.0.0.7") == nil)
        #expect(try await sessions.sessions(staffID: admin.id).isEmpty)
        #expect(try await staff.confirmPassword(id: admin.id, password: password))

        let audit = try await harness.auditRows()
        #expect(audit.map(\.action) == ["staff.reset_password"])
        #expect(audit.first?.kind == "operator")
        let detail = try await AuditLog(database: harness.database).entries(hromadaID: harness.hromadaID).first?.detail
        #expect(detail?.contains(password) == false)
    }

    @Test func resetTwoFactorLetsTheOwnerEnrolAgain() async throws {
        let harness = try await OperatorHarness()
        let owner = try await harness.seed("olena", role: .headAdmin)
        try await harness.enrolTwoFactor(owner.id)
        let sessions = SessionStore(database: harness.database)
        _ = try await sessions.start(staffID: owner.id, stage: .full, address: "10.0.0.7", userAgent: "test")

        let reset = await harness.run("staff", "reset-2fa", "olena")
        #expect(reset.status == 0, "\(reset.err)")
        #expect(reset.out.contains("They enrol again (scan a new QR code) at their next sign-in."))
        #expect(reset.out.contains("1 session(s) ended"))
        #expect(try await harness.fastStaff().member(id: owner.id)?.twoFactorEnabled == false)
        #expect(try await sessions.sessions(staffID: owner.id).isEmpty)
        let codes = try await harness.database.read { db in
            try db.scalar("SELECT COUNT(*) FROM staff_recovery_codes", [], as: Int.self)
        }
        #expect(codes == 0)

        let entries = try await AuditLog(database: harness.database).entries(hromadaID: harness.hromadaID)
        #expect(entries.map(\.action) == ["staff.reset_2fa"])
        #expect(entries.first?.actor == .operator(name: "ops-tester"))
        #expect(entries.first?.before?["2fa"] == "on" && entries.first?.after?["2fa"] == "off")
    }

    @Test(arguments: [
        (["staff"], ["create", "list", "disable", "enable", "reset-password", "reset-2fa"]),
        (
            ["staff", "create"],
            [
                "--hromada <slug>", "--login <login>", "--name <name>", "--role <role>", "--unit <code>",
                "--position <title>", "--require-2fa", "head-admin|admin|unit-manager|content-manager|persona",
            ]
        ),
        (["staff", "list"], ["--hromada <slug>", "--format <format>", "table|json"]),
        (["staff", "disable"], ["<login>"]),
        (["staff", "enable"], ["<login>"]),
        (["staff", "reset-password"], ["<login>", "Two-factor sign-in stays"]),
        (["staff", "reset-2fa"], ["<login>", "recovery codes"]),
    ])
    func helpNamesTheOptions(path: [String], mentions: [String]) async throws {
        let help = await OperatorHarness.help(path)
        #expect(help.status == 0)
        for text in mentions { #expect(help.out.contains(text), "\(path) --help lacks \(text)") }
    }
}
