import Foundation
import SvoyiCore
import Testing

@Suite struct AuditLogTests {
    static let t0 = IdentityHarness.start

    /// Records a varied history in the first hromada (and one entry elsewhere) and returns their ids in order.
    static func recordHistory(_ harness: IdentityHarness) async throws -> [AuditEntry] {
        let entries = [
            AuditEntry(
                hromadaID: harness.hromadaID, at: t0, actor: .operator(name: "root"), action: "staff.create",
                targetKind: "staff", targetID: "1", after: ["login": "olena", "role": "admin"]),
            AuditEntry(
                hromadaID: harness.hromadaID, at: t0.addingTimeInterval(60), actor: .anonymous,
                action: "session.signin", outcome: .failed, detail: "wrong password", address: "203.0.113.9"),
            AuditEntry(
                hromadaID: harness.hromadaID, at: t0.addingTimeInterval(120), actor: .staff(id: 1, name: "Олена"),
                action: "session.signin", address: "192.0.2.10", requestID: "req-1"),
            AuditEntry(
                hromadaID: harness.hromadaID, at: t0.addingTimeInterval(180), actor: .staff(id: 1, name: "Олена"),
                action: "staff.update", targetKind: "staff", targetID: "2", before: ["role": "persona", "name": "П"],
                after: ["role": "unit_manager", "name": "П"]),
            AuditEntry(
                hromadaID: harness.hromadaID, at: t0.addingTimeInterval(240), actor: .staff(id: 2, name: "Петро"),
                action: "staff.manage", outcome: .denied, detail: "no permission"),
            AuditEntry(
                hromadaID: harness.hromadaID, at: t0.addingTimeInterval(300), actor: .token(id: 7, name: "Сайт"),
                action: "staffing.read"),
            AuditEntry(
                hromadaID: harness.otherHromadaID, at: t0.addingTimeInterval(310), actor: .staff(id: 1, name: "x"),
                action: "staff.create"),
            AuditEntry(hromadaID: nil, at: t0.addingTimeInterval(320), actor: .system, action: "backup.run"),
        ]
        for entry in entries { try await harness.audit.record(entry) }
        return entries
    }

    @Test func entriesRoundTripNewestFirstWithinTheHromada() async throws {
        try await withIdentityHarness { harness in
            let recorded = try await Self.recordHistory(harness)
            let read = try await harness.audit.entries(hromadaID: harness.hromadaID)
            #expect(read.count == 6)
            #expect(read.map(\.action).first == "staffing.read")
            let ids = read.compactMap(\.id)
            #expect(ids == ids.sorted(by: >))
            var expected = Array(recorded.prefix(6).reversed())
            for index in expected.indices { expected[index].id = read[index].id }
            #expect(read == expected)
            #expect(read[2].changedFields == ["role"])
            #expect(read.last?.changedFields == ["login", "role"])
        }
    }

    @Test func filtersByActorActionPrefixOutcomeAndDate() async throws {
        try await withIdentityHarness { harness in
            _ = try await Self.recordHistory(harness)
            func actions(_ filter: AuditFilter) async throws -> [String] {
                try await harness.audit.entries(hromadaID: harness.hromadaID, filter: filter).map(\.action)
            }
            #expect(
                try await actions(AuditFilter(actorKind: "staff", actorID: 1)) == ["staff.update", "session.signin"])
            #expect(try await actions(AuditFilter(actorKind: "token")) == ["staffing.read"])
            #expect(
                try await actions(AuditFilter(actionPrefix: "staff.")) == [
                    "staff.manage", "staff.update", "staff.create",
                ])
            #expect(
                try await actions(AuditFilter(actionPrefix: "session.signin", outcome: .failed)) == ["session.signin"])
            #expect(try await actions(AuditFilter(outcome: .denied)) == ["staff.manage"])
            #expect(try await actions(AuditFilter(actionPrefix: "%")) == [])
            #expect(try await actions(AuditFilter(actionPrefix: "staff_")) == [])
            #expect(
                try await actions(
                    AuditFilter(from: Self.t0.addingTimeInterval(60), until: Self.t0.addingTimeInterval(180)))
                    == ["session.signin", "session.signin"])
            #expect(try await actions(AuditFilter(from: Self.t0.addingTimeInterval(300))) == ["staffing.read"])
        }
    }

    @Test func anActionPrefixIsMatchedByCodePointsNotCharacters() async throws {
        try await withIdentityHarness { harness in
            // "é" as e + combining acute: one Character, two code points.
            for action in ["e\u{301}vents.create", "e\u{301}vents.delete", "edem.create"] {
                try await harness.audit.record(
                    AuditEntry(hromadaID: harness.hromadaID, at: Self.t0, actor: .system, action: action))
            }
            let found = try await harness.audit.entries(
                hromadaID: harness.hromadaID, filter: AuditFilter(actionPrefix: "e\u{301}"))
            #expect(found.map(\.action) == ["e\u{301}vents.delete", "e\u{301}vents.create"])
        }
    }

    @Test func pagesBackwardsByID() async throws {
        try await withIdentityHarness { harness in
            _ = try await Self.recordHistory(harness)
            let all = try await harness.audit.entries(hromadaID: harness.hromadaID)
            var pages: [[AuditEntry]] = []
            var filter = AuditFilter()
            while true {
                let page = try await harness.audit.entries(hromadaID: harness.hromadaID, filter: filter, limit: 4)
                if page.isEmpty { break }
                pages.append(page)
                filter.beforeID = page.last?.id
            }
            #expect(pages.map(\.count) == [4, 2])
            #expect(pages.flatMap { $0 } == all)
            #expect(try await harness.audit.entries(hromadaID: harness.hromadaID, limit: 0).count == 1)
        }
    }

    @Test func longDetailsAreShortened() async throws {
        try await withIdentityHarness { harness in
            try await harness.audit.record(
                AuditEntry(
                    hromadaID: harness.hromadaID, at: Self.t0,
                    actor: .operator(name: String(repeating: "о", count: 300)),
                    action: "staff.create", detail: String(repeating: "д", count: 900)))
            let entry = try #require(try await harness.audit.entries(hromadaID: harness.hromadaID).first)
            #expect(entry.detail?.count == 500)
            #expect(entry.actor == .operator(name: String(repeating: "о", count: 200)))
        }
    }

    @Test func theLogRefusesUpdatesAndDeletes() async throws {
        try await withIdentityHarness { harness in
            _ = try await Self.recordHistory(harness)
            for sql in [
                "UPDATE audit_log SET outcome = 'ok'", "UPDATE audit_log SET detail = NULL WHERE id = 2",
                "DELETE FROM audit_log", "DELETE FROM audit_log WHERE id = 1",
            ] {
                let error = await #expect(throws: DatabaseError.self) {
                    try await harness.database.write { db in try db.execute(sql) }
                }
                #expect(error?.message.contains("append-only") == true, "\(sql)")
            }
            #expect(try await harness.count("SELECT COUNT(*) FROM audit_log") == 8)
            #expect(
                try await harness.audit.entries(hromadaID: harness.hromadaID, filter: AuditFilter(outcome: .ok)).count
                    == 4)
        }
    }

    @Test func anEntryRecordedInAFailedTransactionIsRolledBackWithIt() async throws {
        struct Refused: Error {}
        try await withIdentityHarness { harness in
            await #expect(throws: Refused.self) {
                try await harness.database.write { db in
                    try AuditLog.record(
                        AuditEntry(hromadaID: harness.hromadaID, at: Self.t0, actor: .system, action: "staff.create"),
                        in: db)
                    throw Refused()
                }
            }
            let entries = try await harness.audit.entries(hromadaID: harness.hromadaID)
            #expect(entries.isEmpty)
        }
    }
}
