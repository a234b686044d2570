import SvoyiCore
import Testing

@Suite struct CommunityBundleValidationTests {
    @Test func theFixtureHasNoProblems() {
        #expect(Fixtures.bundle().problems() == [])
    }

    @Test func eachProblemSaysWhereAndWhy() {
        var bundle = Fixtures.bundle()
        bundle.hromada.slug = "Bad Slug"
        bundle.districts.append(bundle.districts[0])
        bundle.settlements[1].katottg = "UA123"
        bundle.settlements[2].district = "nowhere"
        bundle.institutions[0].parent = "ghost"
        bundle.institutions[1].coordinates = Coordinates(latitude: 91, longitude: 26)
        bundle.institutions[1].contacts.website = "http://cnap.example.ua"
        let span = TimeRange(start: LocalTime("09:00")!, end: LocalTime("10:00")!)!
        bundle.institutions[1].openingHours.week[.monday]?.append(span)
        bundle.services[0].lifeSituations = ["wedding"]
        bundle.services[1].cost = .subsistenceMinimum(multiple: "0,05")
        bundle.services[2].term.amount = -1
        let paths = bundle.problems().map(\.path)
        #expect(
            paths == [
                "hromada.slug", "districts[2].code", "settlements[1].katottg", "settlements[2].district",
                "institutions[0].parent", "institutions[0].settlement", "institutions[1].coordinates",
                "institutions[1].contacts.website", "institutions[1].openingHours.week.mon[2]",
                "services[0].lifeSituations[0]", "services[1].cost", "services[2].term.amount",
            ])
    }

    @Test func parentCyclesAreFound() {
        var bundle = Fixtures.bundle()
        bundle.institutions[1].parent = "cnap-branch"
        #expect(
            bundle.problems().map(\.description) == [
                "institutions[0].parent: the chain of parents leads back to \"cnap-branch\"",
                "institutions[1].parent: the chain of parents leads back to \"cnap-main\"",
            ])
    }

    @Test func formatsAreCheckedExactly() {
        #expect(CommunityFormat.isKATOTTG("UA05060130000031367"))
        #expect(!CommunityFormat.isKATOTTG("UA0506013000003136"))
        #expect(!CommunityFormat.isKATOTTG("ua05060130000031367"))
        #expect(CommunityFormat.isSlug("ab"))
        #expect(!CommunityFormat.isSlug("a"))
        #expect(!CommunityFormat.isSlug(String(repeating: "a", count: 64)))
        #expect(CommunityFormat.isHTTPSURL("https://diia.gov.ua/services"))
        #expect(!CommunityFormat.isHTTPSURL("http://diia.gov.ua"))
        #expect(!CommunityFormat.isHTTPSURL("https://"))
        #expect(CommunityFormat.isTimeZone("Europe/Kyiv"))
        #expect(!CommunityFormat.isTimeZone("Europe/Kyyiv"))
    }
}
