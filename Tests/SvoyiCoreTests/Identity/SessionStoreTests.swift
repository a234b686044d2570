import Foundation
import SvoyiCore
import Testing

@Suite struct SessionStoreTests {
    @Test func tokensAreLongRandomAndStoredOnlyHashed() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let first = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "192.0.2.1",
                userAgent: String(repeating: "Mozilla ", count: 40))
            let second = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "192.0.2.1", userAgent: "Firefox")
            #expect(try Base64URL.decode(first.token).count >= 16)
            #expect(first.token != second.token)
            #expect(first.session.id != second.session.id)
            #expect(first.session.csrfToken != second.session.csrfToken)
            #expect(first.session.csrfToken != first.token)
            #expect(first.session.tokenHash != first.token)
            #expect(first.session.userAgent.count == 200)
            #expect(first.session.expiresAt == IdentityHarness.start.addingTimeInterval(12 * 3_600))
            let stored = try await harness.database.read { db in
                try db.query("SELECT token_hash, public_id FROM staff_sessions").map {
                    try $0.get("token_hash", as: String.self)
                }
            }
            #expect(Set(stored) == [first.session.tokenHash, second.session.tokenHash])
            let bytes = try await harness.databaseBytes()
            for token in [first.token, second.token] {
                #expect(!identityBytes(bytes, contain: Array(token.utf8)))
            }
            #expect(try await harness.sessions.session(token: first.token)?.id == first.session.id)
            #expect(try await harness.sessions.session(token: first.session.tokenHash) == nil)
            #expect(try await harness.sessions.session(token: first.session.id) == nil)
            #expect(try await harness.sessions.session(token: "") == nil)
        }
    }

    @Test func startingReplacesThePreviousTokenAgainstFixation() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let pending = try await harness.sessions.start(
                staffID: admin.id, stage: .secondFactor, address: "a", userAgent: "x")
            let full = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "a", userAgent: "x", replacing: pending.token)
            #expect(try await harness.sessions.session(token: pending.token) == nil)
            let live = try #require(try await harness.sessions.session(token: full.token))
            #expect(live.stage == .full)
            #expect(live.staffID == admin.id)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_sessions") == 1)
        }
    }

    @Test func anIdleSessionEndsAfterThirtyMinutes() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let started = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "a", userAgent: "x")
            // Activity keeps it alive.
            for _ in 1...3 {
                harness.clock.advance(by: 30 * 60 - 1)
                #expect(try await harness.sessions.session(token: started.token) != nil)
            }
            harness.clock.advance(by: 30 * 60)
            #expect(try await harness.sessions.session(token: started.token) == nil)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_sessions") == 0)
        }
    }

    @Test func activityIsWrittenAtMostOnceAMinute() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let started = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "a", userAgent: "x")
            harness.clock.advance(by: 59)
            _ = try await harness.sessions.session(token: started.token)
            #expect(try await harness.sessions.sessions(staffID: admin.id).first?.lastSeenAt == IdentityHarness.start)
            harness.clock.advance(by: 1)
            _ = try await harness.sessions.session(token: started.token)
            #expect(
                try await harness.sessions.sessions(staffID: admin.id).first?.lastSeenAt
                    == IdentityHarness.start.addingTimeInterval(60))
        }
    }

    @Test func aSessionEndsTwelveHoursAfterSignInHoweverActive() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let started = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "a", userAgent: "x")
            for _ in 1..<36 {
                harness.clock.advance(by: 20 * 60)
                #expect(try await harness.sessions.session(token: started.token) != nil)
            }
            harness.clock.advance(by: 20 * 60 - 1)
            #expect(try await harness.sessions.session(token: started.token) != nil)
            harness.clock.advance(by: 1)
            #expect(harness.clock.now == started.session.expiresAt)
            #expect(try await harness.sessions.session(token: started.token) == nil)
        }
    }

    @Test(arguments: [StaffSession.Stage.secondFactor, .enrol])
    func anUnfinishedSignInEndsAfterTenMinutes(stage: StaffSession.Stage) async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let started = try await harness.sessions.start(
                staffID: admin.id, stage: stage, address: "a", userAgent: "x")
            #expect(started.session.expiresAt == IdentityHarness.start.addingTimeInterval(600))
            harness.clock.advance(by: 599)
            #expect(try await harness.sessions.session(token: started.token)?.stage == stage)
            harness.clock.advance(by: 1)
            #expect(try await harness.sessions.session(token: started.token) == nil)
        }
    }

    @Test func aDisabledAccountsSessionIsNotValid() async throws {
        try await withIdentityHarness { harness in
            let admin = try await harness.makeStaff("olena")
            let started = try await harness.sessions.start(
                staffID: admin.id, stage: .full, address: "a", userAgent: "x")
            // Disabled behind the store's back, so the session row is still there.
            try await harness.database.write { db in
                try db.execute("UPDATE staff SET disabled_at = ? WHERE id = ?", IdentityHarness.start, admin.id)
            }
            #expect(try await harness.sessions.session(token: started.token) == nil)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_sessions") == 0)
        }
    }

    @Test func staffListAndEndTheirOwnSessionsOnly() async throws {
        try await withIdentityHarness { harness in
            let olena = try await harness.makeStaff("olena")
            let petro = try await harness.makeStaff("petro")
            let laptop = try await harness.sessions.start(staffID: olena.id, stage: .full, address: "a", userAgent: "L")
            harness.clock.advance(by: 1)
            let phone = try await harness.sessions.start(staffID: olena.id, stage: .full, address: "b", userAgent: "P")
            let theirs = try await harness.sessions.start(staffID: petro.id, stage: .full, address: "c", userAgent: "T")
            #expect(
                try await harness.sessions.sessions(staffID: olena.id).map(\.id) == [
                    phone.session.id, laptop.session.id,
                ])
            #expect(try await harness.sessions.sessions(staffID: petro.id).map(\.userAgent) == ["T"])

            #expect(try await harness.sessions.end(id: theirs.session.id, staffID: olena.id) == false)
            #expect(try await harness.sessions.session(token: theirs.token) != nil)
            #expect(try await harness.sessions.end(id: phone.session.id, staffID: olena.id))
            #expect(try await harness.sessions.session(token: phone.token) == nil)
            #expect(try await harness.sessions.end(id: phone.session.id, staffID: olena.id) == false)
            try await harness.sessions.end(token: laptop.token)
            #expect(try await harness.sessions.sessions(staffID: olena.id).isEmpty)
            #expect(try await harness.sessions.session(token: theirs.token) != nil)
        }
    }

    @Test func endingAllKeepsTheCurrentSession() async throws {
        try await withIdentityHarness { harness in
            let olena = try await harness.makeStaff("olena")
            let petro = try await harness.makeStaff("petro")
            let current = try await harness.sessions.start(
                staffID: olena.id, stage: .full, address: "a", userAgent: "x")
            var others: [String] = []
            for _ in 1...2 {
                others.append(
                    try await harness.sessions.start(staffID: olena.id, stage: .full, address: "b", userAgent: "y")
                        .token)
            }
            let theirs = try await harness.sessions.start(staffID: petro.id, stage: .full, address: "c", userAgent: "z")
            #expect(try await harness.sessions.endAll(staffID: olena.id, keeping: current.session.tokenHash) == 2)
            #expect(try await harness.sessions.session(token: current.token) != nil)
            for token in others { #expect(try await harness.sessions.session(token: token) == nil) }
            #expect(try await harness.sessions.session(token: theirs.token) != nil)
            #expect(try await harness.sessions.endAll(staffID: olena.id) == 1)
            #expect(try await harness.sessions.session(token: current.token) == nil)
        }
    }

    @Test func expiredSessionsAreListedNeverAndPurged() async throws {
        try await withIdentityHarness { harness in
            let olena = try await harness.makeStaff("olena")
            _ = try await harness.sessions.start(staffID: olena.id, stage: .secondFactor, address: "a", userAgent: "x")
            _ = try await harness.sessions.start(staffID: olena.id, stage: .full, address: "a", userAgent: "x")
            harness.clock.advance(by: 600)
            #expect(try await harness.sessions.sessions(staffID: olena.id).map(\.stage) == [.full])
            #expect(try await harness.sessions.purgeExpired() == 1)
            harness.clock.advance(by: 30 * 60)
            #expect(try await harness.sessions.sessions(staffID: olena.id).isEmpty)
            #expect(try await harness.sessions.purgeExpired() == 1)
            #expect(try await harness.count("SELECT COUNT(*) FROM staff_sessions") == 0)
        }
    }
}
