import Foundation
import SvoyiCore
import Testing

@testable import svoyi_cli

/// `svoyi-cli token …` run in-process.
@Suite struct TokenCommandTests {
    /// The full token: the last line of `token create`'s output.
    static func token(in output: String) throws -> String {
        let line = try #require(output.split(separator: "\n").last.map(String.init))
        #expect(line.hasPrefix("svoyi_"))
        return line
    }

    @Test func aCreatedTokenAuthenticatesUntilRevokedByItsPrefix() async throws {
        let harness = try await OperatorHarness()
        let created = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Сайт громади", "--permission", "residents.view",
            "--permission", "audit.view")
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("shown only this once"))
        #expect(created.out.contains("it does not expire"))
        let secret = try Self.token(in: created.out)

        let tokens = APITokenStore(database: harness.database)
        let token = try #require(try await tokens.authenticate(secret))
        #expect(token.hromadaID == harness.hromadaID)
        #expect(token.permissions == ["audit.view", "residents.view"])
        #expect(token.createdBy == "operator:ops-tester")
        #expect(created.out.contains("Created API token \(token.prefix) «Сайт громади» for bucha"))

        let list = await harness.run("token", "list", "--hromada", "bucha")
        #expect(list.status == 0, "\(list.err)")
        #expect(list.out.contains("\(token.prefix)  active"), "\(list.out)")
        #expect(list.out.contains("audit.view,residents.view  Сайт громади"))
        #expect(!list.out.contains(secret))

        let revoked = await harness.run("token", "revoke", token.prefix)
        #expect(revoked.status == 0, "\(revoked.err)")
        #expect(try await tokens.authenticate(secret) == nil)
        #expect(await harness.run("token", "list", "--hromada", "bucha").out.contains("\(token.prefix)  revoked"))
        let again = await harness.run("token", "revoke", token.prefix)
        #expect(again.status == 0)
        #expect(again.out.contains("already revoked"))

        let audit = try await harness.auditRows()
        #expect(audit.map(\.action) == ["token.create", "token.revoke"])
        #expect(audit.allSatisfy { $0.kind == "operator" && $0.label == "ops-tester" && $0.target == token.prefix })
        let entries = try await AuditLog(database: harness.database).entries(hromadaID: harness.hromadaID)
        #expect(entries.allSatisfy { entry in !(entry.after ?? [:]).values.contains { $0.contains(secret) } })
    }

    @Test func revokeTakesThePrefixOfAWholeToken() async throws {
        let harness = try await OperatorHarness()
        let created = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Термінал ЦНАП", "--permission", "residents.view")
        let secret = try Self.token(in: created.out)
        let revoked = await harness.run("token", "revoke", secret)
        #expect(revoked.status == 0, "\(revoked.err)")
        #expect(!revoked.out.contains(secret))
        #expect(try await APITokenStore(database: harness.database).authenticate(secret) == nil)
        let unknown = await harness.run("token", "revoke", "zzzzzzzzzz")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("no API token with prefix zzzzzzzzzz"))
    }

    @Test func unknownAndPeopleOnlyPermissionsAndBadDatesAreRefused() async throws {
        let harness = try await OperatorHarness()
        let unknown = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Сайт", "--permission", "residents.everything")
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("unknown permission residents.everything; tokens may carry: "))
        #expect(unknown.err.contains("residents.view"))
        #expect(!unknown.err.contains("staff.manage"))
        let peopleOnly = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Сайт", "--permission", "residents.view",
            "--permission", "staff.manage")
        #expect(peopleOnly.status == 64)
        #expect(peopleOnly.err.contains("staff.manage is for people only"))
        let badDate = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Сайт", "--permission", "residents.view", "--expires",
            "31.12.2030")
        #expect(badDate.status == 64)
        let past = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Сайт", "--permission", "residents.view", "--expires",
            "2020-01-01")
        #expect(past.status == 65)
        #expect(past.err.contains("the expiry date is in the past"))
        #expect(try await APITokenStore(database: harness.database).tokens(hromadaID: harness.hromadaID).isEmpty)
        #expect(try await harness.auditRows().isEmpty)
    }

    @Test func expiresIsTheEndOfThatDayInTheHromadasTimeZone() async throws {
        let harness = try await OperatorHarness()
        let created = await harness.run(
            "token", "create", "--hromada", "bucha", "--name", "Сайт", "--permission", "residents.view", "--expires",
            "2099-12-31")
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("it works until the end of 2099-12-31 (Europe/Kyiv)"))
        let token = try #require(
            try await APITokenStore(database: harness.database).tokens(hromadaID: harness.hromadaID).first)
        let midnight = TimeZone.kyiv.instant(
            on: CivilDate(year: 2100, month: 1, day: 1)!, at: LocalTime(hour: 0, minute: 0)!)
        #expect(token.expiresAt == midnight)
        let list = await harness.run("token", "list", "--hromada", "bucha")
        #expect(list.out.contains("2099-12-31"), "\(list.out)")
    }

    @Test(arguments: [
        (["token"], ["create", "list", "revoke"]),
        (
            ["token", "create"],
            ["--hromada <slug>", "--name <name>", "--permission <key>", "(may be repeated)", "--expires <YYYY-MM-DD>"]
        ),
        (["token", "list"], ["--hromada <slug>"]),
        (["token", "revoke"], ["<prefix>", "whole token"]),
    ])
    func helpNamesTheOptions(path: [String], mentions: [String]) async {
        let help = await OperatorHarness.help(path)
        #expect(help.status == 0)
        for text in mentions { #expect(help.out.contains(text), "\(path) --help lacks \(text)") }
    }
}
