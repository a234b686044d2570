import Foundation
import SvoyiCore
import Testing

@Suite struct APITokenStoreTests {
    @Test func aTokenIsShownOnceStoredHashedAndAuthenticates() async throws {
        try await withIdentityHarness { harness in
            let (secret, token) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "  Сайт громади ",
                permissions: ["units.view", "audit.view", "units.view"], createdBy: "operator:root")
            let parts = secret.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            #expect(parts.count == 3)
            #expect(parts[0] == "svoyi")
            #expect(parts[1] == token.prefix)
            #expect(token.prefix.count == 10)
            #expect(try Base64URL.decode(parts[2]).count >= 16)
            #expect(token.name == "Сайт громади")
            #expect(token.permissions == ["audit.view", "units.view"])
            #expect(token.createdAt == IdentityHarness.start)
            #expect(token.lastUsedAt == nil)

            let row = try #require(
                try await harness.database.read { db in try db.queryFirst("SELECT * FROM api_tokens") })
            let hash: String = try row.get("secret_hash")
            #expect(hash.count == 64)
            #expect(!hash.contains(parts[2]))
            #expect(!identityBytes(try await harness.databaseBytes(), contain: Array(parts[2].utf8)))

            let listed = try await harness.tokens.tokens(hromadaID: harness.hromadaID)
            #expect(listed == [token])
            #expect(try await harness.tokens.token(prefix: token.prefix.uppercased()) == token)
            #expect(try await harness.tokens.token(id: token.id, hromadaID: harness.otherHromadaID) == nil)

            harness.clock.advance(by: 5)
            let authenticated = try #require(try await harness.tokens.authenticate(secret))
            #expect(authenticated.id == token.id)
            #expect(authenticated.permissions == ["audit.view", "units.view"])
            #expect(try await harness.tokens.token(prefix: token.prefix)?.lastUsedAt == harness.clock.now)
        }
    }

    @Test func theLastUseIsWrittenAtMostOnceAMinute() async throws {
        try await withIdentityHarness { harness in
            let (secret, token) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "Термінал", permissions: ["units.view"], createdBy: "Олена")
            _ = try await harness.tokens.authenticate(secret)
            harness.clock.advance(by: 59)
            #expect(try await harness.tokens.authenticate(secret)?.lastUsedAt == IdentityHarness.start)
            harness.clock.advance(by: 1)
            _ = try await harness.tokens.authenticate(secret)
            #expect(
                try await harness.tokens.token(id: token.id, hromadaID: harness.hromadaID)?.lastUsedAt
                    == IdentityHarness.start.addingTimeInterval(60))
        }
    }

    @Test func wrongUnknownAndMalformedTokensAreRejected() async throws {
        try await withIdentityHarness { harness in
            let (secret, token) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "Сайт", permissions: ["units.view"], createdBy: "Олена")
            let (otherSecret, _) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "Інший", permissions: ["units.view"], createdBy: "Олена")
            let otherPart = String(otherSecret.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)[2])
            var tampered = Array(secret)
            tampered[tampered.count - 1] = tampered.last == "A" ? "B" : "A"
            let candidates = [
                String(tampered), "svoyi_\(token.prefix)_\(otherPart)", "svoyi_zzzzzzzzzz_\(otherPart)",
                "svoyi_\(token.prefix)_", "svoyi_\(token.prefix)", secret.uppercased(), "Bearer " + secret,
                secret + String(repeating: "x", count: 200), "", "svoyi__",
            ]
            for candidate in candidates {
                #expect(try await harness.tokens.authenticate(candidate) == nil, "\(candidate)")
            }
            #expect(try await harness.tokens.authenticate(secret) != nil)
        }
    }

    @Test func aRevokedTokenStopsWorkingForGood() async throws {
        try await withIdentityHarness { harness in
            let (secret, token) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "Сайт", permissions: ["units.view"], createdBy: "Олена")
            harness.clock.advance(by: 10)
            let revoked = try await harness.tokens.revoke(id: token.id, hromadaID: harness.hromadaID)
            #expect(revoked.revokedAt == IdentityHarness.start.addingTimeInterval(10))
            #expect(!revoked.isActive(at: harness.clock.now))
            #expect(try await harness.tokens.authenticate(secret) == nil)
            harness.clock.advance(by: 10)
            let again = try await harness.tokens.revoke(id: token.id, hromadaID: harness.hromadaID)
            #expect(again.revokedAt == IdentityHarness.start.addingTimeInterval(10))
        }
    }

    @Test func anotherHromadaCannotRevokeOrSeeTheToken() async throws {
        try await withIdentityHarness { harness in
            let (secret, token) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "Сайт", permissions: ["units.view"], createdBy: "Олена")
            await #expect(throws: IdentityError.tokenNotFound) {
                try await harness.tokens.revoke(id: token.id, hromadaID: harness.otherHromadaID)
            }
            await #expect(throws: IdentityError.tokenNotFound) {
                try await harness.tokens.revoke(id: token.id + 100, hromadaID: harness.hromadaID)
            }
            #expect(try await harness.tokens.token(id: token.id, hromadaID: harness.hromadaID)?.revokedAt == nil)
            #expect(try await harness.tokens.authenticate(secret) != nil)
            #expect(try await harness.tokens.tokens(hromadaID: harness.otherHromadaID).isEmpty)
        }
    }

    @Test func anExpiredTokenIsRejected() async throws {
        try await withIdentityHarness { harness in
            let expiry = IdentityHarness.start.addingTimeInterval(3_600)
            let (secret, token) = try await harness.tokens.create(
                hromadaID: harness.hromadaID, name: "Тимчасовий", permissions: ["units.view"], expiresAt: expiry,
                createdBy: "Олена")
            #expect(token.expiresAt == expiry)
            harness.clock.advance(by: 3_599)
            #expect(try await harness.tokens.authenticate(secret) != nil)
            harness.clock.advance(by: 1)
            #expect(try await harness.tokens.authenticate(secret) == nil)
            #expect(
                try await harness.tokens.token(id: token.id, hromadaID: harness.hromadaID)?.isActive(at: expiry)
                    == false)
        }
    }

    @Test func creationChecksNamePermissionsExpiryAndHromada() async throws {
        try await withIdentityHarness { harness in
            let tokens = harness.tokens
            let id = harness.hromadaID
            await #expect(throws: IdentityError.invalidToken("a token needs at least one permission")) {
                try await tokens.create(hromadaID: id, name: "Сайт", permissions: [], createdBy: "Олена")
            }
            await #expect(throws: IdentityError.invalidToken("the name must be 1–120 characters")) {
                try await tokens.create(hromadaID: id, name: "  ", permissions: ["units.view"], createdBy: "Олена")
            }
            await #expect(throws: IdentityError.invalidToken("the name must be 1–120 characters")) {
                try await tokens.create(
                    hromadaID: id, name: String(repeating: "т", count: 121), permissions: ["units.view"],
                    createdBy: "Олена")
            }
            await #expect(throws: IdentityError.invalidToken("the expiry date is in the past")) {
                try await tokens.create(
                    hromadaID: id, name: "Сайт", permissions: ["units.view"], expiresAt: IdentityHarness.start,
                    createdBy: "Олена")
            }
            await #expect(throws: IdentityError.hromadaNotFound) {
                try await tokens.create(hromadaID: 999, name: "Сайт", permissions: ["units.view"], createdBy: "Олена")
            }
            let stored = try await harness.count("SELECT COUNT(*) FROM api_tokens")
            #expect(stored == 0)
        }
    }

    @Test func tokensAreListedNewestFirst() async throws {
        try await withIdentityHarness { harness in
            var prefixes: [String] = []
            for name in ["Перший", "Другий", "Третій"] {
                let created = try await harness.tokens.create(
                    hromadaID: harness.hromadaID, name: name, permissions: ["units.view"], createdBy: "Олена")
                prefixes.append(created.token.prefix)
            }
            let listed = try await harness.tokens.tokens(hromadaID: harness.hromadaID)
            #expect(listed.map(\.name) == ["Третій", "Другий", "Перший"])
            #expect(Set(prefixes).count == 3)
        }
    }
}
