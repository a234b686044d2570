import SvoyiCore
import Testing

@Suite struct PriceTests {
    @Test func multiplesAreExactAndRoundHalfUp() {
        #expect(Money.multiply(302_800, by: "0.05") == 15_140)
        #expect(Money.multiply(302_800, by: "1") == 302_800)
        #expect(Money.multiply(302_800, by: "0.00125") == 379)  // 378.5 → 379
        #expect(Money.multiply(302_800, by: "0.0011") == 333)  // 333.08 → 333
        #expect(Money.multiply(332_800, by: "0.0015") == 499)  // 499.2 → 499
        #expect(Money.multiply(100, by: "0.005") == 1)  // 0.5 → 1
        #expect(Money.multiply(100, by: "0.0049") == 0)  // 0.49 → 0
        #expect(Money.multiply(302_800, by: "0,05") == nil)
        #expect(Money.multiply(302_800, by: ".05") == nil)
        #expect(Money.multiply(302_800, by: "-1") == nil)
        #expect(Money.multiply(Int64.max, by: "2") == nil)
    }

    @Test func hryvniasConvertBothWays() {
        #expect(Money.hryvnias(15_140) == "151.40")
        #expect(Money.hryvnias(5) == "0.05")
        #expect(Money.hryvnias(302_800) == "3028.00")
        #expect(Money.kopecks(fromHryvnias: "151.4") == 15_140)
        #expect(Money.kopecks(fromHryvnias: "151,40") == 15_140)
        #expect(Money.kopecks(fromHryvnias: "151") == 15_100)
        #expect(Money.kopecks(fromHryvnias: "151.405") == nil)
        #expect(Money.kopecks(fromHryvnias: "151.") == nil)
        #expect(Money.kopecks(fromHryvnias: "сто") == nil)
    }

    @Test func pricesFollowTheFigureOfJanuaryFirst() async throws {
        try await withStore { store in
            let land = ServiceCost.subsistenceMinimum(multiple: "0.05")
            #expect(try await store.price(of: land, on: CivilDate("2024-03-01")!) == 15_140)
            #expect(try await store.price(of: land, on: CivilDate("2025-12-31")!) == 15_140)
            #expect(try await store.price(of: land, on: CivilDate("2026-01-01")!) == 16_640)
            #expect(try await store.price(of: land, on: CivilDate("2023-12-31")!) == nil)
            #expect(try await store.price(of: .free, on: CivilDate("2020-01-01")!) == 0)
            #expect(try await store.price(of: .fixed(kopecks: 2_550), on: CivilDate("2026-05-05")!) == 2_550)
            #expect(try await store.price(of: .varies("Залежить"), on: CivilDate("2026-05-05")!) == nil)
            // A figure that takes effect mid-year prices from the next January 1 on.
            try await store.setSubsistenceMinimum(
                SubsistenceMinimum(effectiveFrom: CivilDate("2026-07-01")!, kopecks: 340_000))
            #expect(try await store.price(of: land, on: CivilDate("2026-09-01")!) == 16_640)
            #expect(try await store.price(of: land, on: CivilDate("2027-02-01")!) == 17_000)
        }
    }
}
