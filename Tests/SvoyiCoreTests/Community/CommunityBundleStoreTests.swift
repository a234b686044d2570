import Foundation
import SvoyiCore
import Testing

@Suite struct CommunityBundleStoreTests {
    @Test func importThenExportGivesTheSameBundle() async throws {
        try await withStore { store in
            let bundle = Fixtures.bundle()
            let hromada = try await store.importBundle(bundle)
            let exported = try await store.exportBundle(hromadaID: try #require(hromada.id))
            #expect(exported.withoutDatabaseIDs() == bundle)
            #expect(exported.services.allSatisfy { $0.id != nil })
            #expect(exported.institutions.map(\.code) == bundle.institutions.map(\.code))
        }
    }

    @Test func reimportReplacesWithoutDuplicatesAndKeepsIDs() async throws {
        try await withStore { store in
            let first = try await store.importBundle(Fixtures.bundle())
            let id = try #require(first.id)
            let before = try await store.exportBundle(hromadaID: id)
            var changed = Fixtures.bundle()
            changed.services.removeAll { $0.code == "copy" }
            changed.services[0].name = LocalizedText(uk: "Реєстрація народження дитини")
            changed.institutions.removeAll { $0.code == "shelter-far" }
            changed.districts.removeAll { $0.code == "lisove" }
            changed.settlements[2].district = nil
            let second = try await store.importBundle(changed)
            #expect(second.id == id)
            let after = try await store.exportBundle(hromadaID: id)
            #expect(after.withoutDatabaseIDs() == changed)
            #expect(try await store.hromadas().count == 1)
            #expect(after.services.first?.id == before.services.first?.id)
            #expect(try await store.service(code: "copy", hromadaID: id) == nil)
        }
    }

    /// JSON columns read on hot paths are decoded once per distinct text; a changed row must still read as changed.
    @Test func rereadingAfterAnEditGivesTheEditedJSONColumns() async throws {
        try await withStore { store in
            let hromada = try await store.importBundle(Fixtures.bundle())
            let id = try #require(hromada.id)
            let before = try await store.exportBundle(hromadaID: id)
            for _ in 0..<2 { #expect(try await store.exportBundle(hromadaID: id) == before) }
            var changed = before.withoutDatabaseIDs()
            changed.institutions[0].contacts = Institution.Contacts(phones: ["+380 44 000 00 00"], email: "a@b.ua")
            changed.institutions[0].openingHours = WeeklySchedule()
            changed.services[0].documents = [LocalizedText(uk: "Паспорт", en: "Passport"), LocalizedText(uk: "РНОКПП")]
            _ = try await store.importBundle(changed)
            let after = try await store.exportBundle(hromadaID: id)
            #expect(after.withoutDatabaseIDs() == changed)
            #expect(after.institutions[0].contacts.phones == ["+380 44 000 00 00"])
            #expect(after.institutions[1].contacts == before.institutions[1].contacts, "unchanged rows stay the same")
            let service = try await store.service(code: changed.services[0].code, hromadaID: id)
            #expect(service?.documents.map(\.uk) == ["Паспорт", "РНОКПП"])
        }
    }

    @Test func aBrokenReferenceIsRejectedAndEarlierDataStays() async throws {
        try await withStore { store in
            let hromada = try await store.importBundle(Fixtures.bundle())
            var broken = Fixtures.bundle()
            broken.services[1].name = "Змінена назва"
            broken.services[1].providedAt = ["cnap-main", "cnap-north"]
            let error = await #expect(throws: CommunityError.self) { try await store.importBundle(broken) }
            guard case .invalid(let problems) = error else {
                Issue.record("expected .invalid, got \(String(describing: error))")
                return
            }
            #expect(
                problems == [ImportProblem("services[1].providedAt[1]", "no institution has the code \"cnap-north\"")])
            let stored = try await store.exportBundle(hromadaID: try #require(hromada.id))
            #expect(stored.withoutDatabaseIDs() == Fixtures.bundle())
        }
    }

    @Test func queriesNeverReturnAnotherHromadasRows() async throws {
        try await withStore { store in
            let a = try #require(try await store.importBundle(Fixtures.bundle(slug: "hromada-a", digit: "1")).id)
            let b = try #require(try await store.importBundle(Fixtures.bundle(slug: "hromada-b", digit: "2")).id)
            #expect(a != b)
            // Same codes in both: every row must come from its own hromada.
            let servicesA = try await store.services(hromadaID: a)
            let servicesB = try await store.services(hromadaID: b)
            #expect(Set(servicesA.compactMap(\.id)).isDisjoint(with: Set(servicesB.compactMap(\.id))))
            #expect(servicesA.count == 4)
            #expect(try await store.settlements(hromadaID: a).allSatisfy { $0.katottg.hasPrefix("UA1") })
            #expect(try await store.settlements(hromadaID: b).allSatisfy { $0.katottg.hasPrefix("UA2") })
            let sheltersA = try await store.institutions(hromadaID: a, kind: .shelter).compactMap(\.id)
            let sheltersB = try await store.institutions(hromadaID: b, kind: .shelter).compactMap(\.id)
            #expect(sheltersA.count == 4)
            #expect(Set(sheltersA).isDisjoint(with: Set(sheltersB)))
            let nearestB = try await store.nearestInstitutions(
                hromadaID: b, kind: .shelter, to: Coordinates(latitude: 50, longitude: 26), limit: 10)
            #expect(Set(nearestB.compactMap(\.institution.id)).isSubset(of: Set(sheltersB)))
            #expect(
                try await store.institution(code: "cnap-main", hromadaID: a)?.settlement == "UA111111111111111" + "01")
            // Re-importing A does not touch B.
            var smallerA = Fixtures.bundle(slug: "hromada-a", digit: "1")
            smallerA.services = []
            try await store.importBundle(smallerA)
            #expect(try await store.services(hromadaID: a).isEmpty)
            #expect(try await store.services(hromadaID: b).map(\.code) == servicesB.map(\.code))
            #expect(try await store.hromada(host: "hromada-b.example.ua:8080")?.id == b)
            #expect(try await store.hromada(host: "HROMADA-A.example.ua")?.id == a)
        }
    }

    @Test func nearestInstitutionsAreOrderedByDistance() async throws {
        try await withStore { store in
            let id = try #require(try await store.importBundle(Fixtures.bundle()).id)
            let here = Coordinates(latitude: 50.0250, longitude: 26.0000)
            let nearest = try await store.nearestInstitutions(hromadaID: id, kind: .shelter, to: here, limit: 3)
            #expect(nearest.map(\.institution.code) == ["shelter-club", "shelter-school", "shelter-far"])
            // 0.005° and 0.015° of latitude are about 556 m and 1668 m.
            #expect(abs(nearest[0].distanceMetres - 556) < 2)
            #expect(abs(nearest[1].distanceMetres - 1_668) < 3)
            let two = try await store.nearestInstitutions(hromadaID: id, kind: .shelter, to: here, limit: 2)
            #expect(two.count == 2)
            let offices = try await store.nearestInstitutions(hromadaID: id, kind: .cnapOffice, to: here, limit: 3)
            #expect(offices.map(\.institution.code) == ["cnap-main"])
        }
    }

    @Test func createHromadaChecksSlugZoneAndUniqueness() async throws {
        try await withStore { store in
            let good = Hromada(slug: "ok-1", name: "Громада")
            let created = try await store.createHromada(good)
            #expect(created.id != nil)
            #expect(try await store.hromada(slug: "ok-1")?.id == created.id)
            await #expect(throws: CommunityError.invalidSlug("A")) {
                try await store.createHromada(Hromada(slug: "A", name: "x"))
            }
            await #expect(throws: CommunityError.invalidSlug("has_underscore")) {
                try await store.createHromada(Hromada(slug: "has_underscore", name: "x"))
            }
            await #expect(throws: CommunityError.unknownTimeZone("Europe/Atlantis")) {
                try await store.createHromada(Hromada(slug: "zone", name: "x", timeZone: "Europe/Atlantis"))
            }
            await #expect(throws: CommunityError.slugTaken("ok-1")) { try await store.createHromada(good) }
            #expect(try await store.hromadas().map(\.slug) == ["ok-1"])
        }
    }
}
