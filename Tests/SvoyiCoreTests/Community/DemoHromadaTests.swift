import Foundation
import SvoyiCore
import Testing

/// Facts about the demo hromada, checked on the value alone (no database).
@Suite struct DemoHromadaTests {
    let bundle = DemoHromada.bundle

    /// The services the chatbot's standard consultations link to.
    static let standardServices: [String] = [
        "land-cadastre-extract", "criminal-record-certificate", "license-plate-order", "property-register-extract",
        "emalyatko", "fop-registration", "fop-termination", "permits-licenses", "registered-persons-extract",
        "residence-registration", "residence-deregistration", "unemployment-registration", "id-card",
        "foreign-passport", "idp-certificate", "housing-subsidy", "large-family-certificate",
    ]

    static func isKATOTTG(_ code: String) -> Bool {
        let digits = code.dropFirst(2)
        return code.hasPrefix("UA") && digits.count == 17 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isCode(_ code: String) -> Bool {
        !code.isEmpty && code.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    @Test func catalogueHasAtLeast45Services() {
        #expect(bundle.services.count >= 45)
    }

    @Test func codesAreUniqueAndWellFormed() {
        let groups: [(String, [String])] = [
            ("districts", bundle.districts.map(\.code)),
            ("settlements", bundle.settlements.map(\.katottg)),
            ("institutions", bundle.institutions.map(\.code)),
            ("life situations", bundle.lifeSituations.map(\.code)),
            ("services", bundle.services.map(\.code)),
        ]
        for (name, codes) in groups {
            #expect(Set(codes).count == codes.count, "duplicate code among \(name)")
        }
        for code in bundle.districts.map(\.code) + bundle.institutions.map(\.code)
            + bundle.lifeSituations.map(\.code) + bundle.services.map(\.code)
        {
            #expect(Self.isCode(code), "\(code) is not [a-z0-9-]")
        }
        #expect(bundle.hromada.slug == "demo")
    }

    @Test func katottgCodesAreWellFormedAndNested() throws {
        let hromadaCode = try #require(bundle.hromada.katottg)
        #expect(Self.isKATOTTG(hromadaCode))
        // UA · oblast (2) · raion (2) · hromada (3): the first nine digits after UA, shared by every settlement.
        let hromadaPrefix = hromadaCode.prefix(2 + 7)
        for settlement in bundle.settlements {
            #expect(Self.isKATOTTG(settlement.katottg), "\(settlement.katottg)")
            #expect(settlement.katottg.hasPrefix(hromadaPrefix), "\(settlement.katottg) is outside the hromada")
            // A settlement has a non-zero settlement level (digits 8–10 after UA).
            let level = settlement.katottg.dropFirst(2 + 7).prefix(3)
            #expect(level != "000", "\(settlement.katottg) has no settlement level")
        }
    }

    @Test func everyReferenceResolves() {
        let districts = Set(bundle.districts.map(\.code))
        let settlements = Set(bundle.settlements.map(\.katottg))
        let institutions = Set(bundle.institutions.map(\.code))
        let situations = Set(bundle.lifeSituations.map(\.code))
        for settlement in bundle.settlements {
            if let district = settlement.district {
                #expect(districts.contains(district), "\(settlement.katottg) → district \(district)")
            }
        }
        for institution in bundle.institutions {
            if let settlement = institution.settlement {
                #expect(settlements.contains(settlement), "\(institution.code) → settlement \(settlement)")
            }
            if let parent = institution.parent {
                #expect(institutions.contains(parent), "\(institution.code) → parent \(parent)")
                #expect(parent != institution.code)
            }
        }
        for service in bundle.services {
            #expect(!service.providedAt.isEmpty, "\(service.code) is provided nowhere")
            for code in service.providedAt {
                #expect(institutions.contains(code), "\(service.code) → institution \(code)")
            }
            #expect(!service.lifeSituations.isEmpty, "\(service.code) has no life situation")
            for code in service.lifeSituations {
                #expect(situations.contains(code), "\(service.code) → life situation \(code)")
            }
        }
        // Every district has at least one settlement, and the centre is served by the council.
        for district in districts {
            #expect(bundle.settlements.contains { $0.district == district }, "district \(district) is empty")
        }
        #expect(bundle.settlements.contains { $0.kind == .city && $0.district == nil })
    }

    @Test func settlementsAndDistrictsAreRealisticInNumber() {
        #expect((3...4).contains(bundle.districts.count))
        #expect(bundle.districts.allSatisfy { $0.starosta?.isEmpty == false })
        let villages = bundle.settlements.filter { $0.kind != .city }
        #expect((8...12).contains(villages.count))
        #expect(bundle.settlements.allSatisfy { $0.coordinates != nil && ($0.population ?? 0) > 0 })
    }

    @Test func placesLieWithin25KilometresOfTheCentre() throws {
        let centre = try #require(bundle.settlements.first { $0.kind == .city }?.coordinates)
        let places = bundle.settlements.compactMap(\.coordinates) + bundle.institutions.compactMap(\.coordinates)
        for place in places {
            let dLat = (place.latitude - centre.latitude) * 111.2
            let dLon = (place.longitude - centre.longitude) * 111.2 * cos(centre.latitude * .pi / 180)
            #expect((dLat * dLat + dLon * dLon).squareRoot() < 25, "\(place) is too far from the centre")
        }
    }

    @Test func officesAndShelters() {
        let byKind = Dictionary(grouping: bundle.institutions, by: \.kind)
        #expect(byKind[.cnapOffice, default: []].count >= 1)
        #expect(byKind[.remoteWorkplace, default: []].count == 2)
        #expect(byKind[.mobileOffice, default: []].count >= 1)
        #expect(byKind[.starostaOffice, default: []].count >= 3)
        #expect(byKind[.resiliencePoint, default: []].count >= 1)
        for kind: Institution.Kind in [.councilUnit, .school, .kindergarten, .hospital, .clinic, .library] {
            #expect(byKind[kind, default: []].count >= 1, "no \(kind)")
        }
        let shelters = byKind[.shelter, default: []]
        #expect(shelters.count >= 6)
        for shelter in shelters {
            #expect(shelter.coordinates != nil, "\(shelter.code) has no coordinates")
            #expect(shelter.shelter != nil, "\(shelter.code) has no shelter facts")
            #expect((shelter.shelter?.capacity ?? 0) > 0, "\(shelter.code) has no capacity")
        }
        #expect(bundle.institutions.filter { $0.kind != .shelter }.allSatisfy { $0.shelter == nil })
    }

    @Test func cnapHoursHaveASaturdayAnEveningAndDatedExceptions() throws {
        let cnap = try #require(bundle.institutions.first { $0.kind == .cnapOffice })
        #expect(cnap.openingHours.week[.saturday]?.isEmpty == false)
        #expect(cnap.openingHours.week.values.flatMap { $0 }.contains { $0.end.hour >= 20 })
        #expect(!cnap.openingHours.exceptions.isEmpty)
        let starostat = try #require(bundle.institutions.first { $0.kind == .starostaOffice })
        #expect(starostat.openingHours.week[.monday]?.count == 2, "starosta offices close for lunch")
    }

    @Test(arguments: standardServices)
    func standardServiceIsPresent(code: String) {
        #expect(bundle.services.contains { $0.code == code })
    }

    @Test func servicesAreComplete() {
        let reviewed = CivilDate(year: 2026, month: 11, day: 1)
        for service in bundle.services {
            #expect(service.lastReviewed == reviewed, "\(service.code)")
            #expect(service.legalBasis?.isEmpty == false, "\(service.code) has no legal basis")
            #expect(!service.documents.isEmpty, "\(service.code) lists no documents")
            #expect(service.eligibility != nil, "\(service.code) has no eligibility")
            switch service.cost {
            case .free: break
            case .fixed(let kopecks): #expect(kopecks > 0, "\(service.code)")
            case .subsistenceMinimum, .varies:
                #expect(service.costLegalBasis?.isEmpty == false, "\(service.code) has no cost basis")
            }
            if case .subsistenceMinimum(let multiple) = service.cost {
                #expect(Double(multiple).map { $0 > 0 } == true, "\(service.code): \(multiple)")
            }
            if let url = service.eServiceURL {
                #expect(url.hasPrefix("https://"), "\(service.code): \(url)")
            }
        }
    }

    @Test func feesSetByLawAreMultiplesOfTheSubsistenceMinimum() {
        let fees = Dictionary(uniqueKeysWithValues: bundle.services.map { ($0.code, $0.cost) })
        #expect(fees["residence-registration"] == .subsistenceMinimum(multiple: "0.0085"))
        #expect(fees["land-cadastre-extract"] == .subsistenceMinimum(multiple: "0.05"))
        #expect(fees["fop-registration"] == .free)
    }

    @Test func everyUkrainianTextIsFilledIn() {
        var texts: [(String, LocalizedText)] = [("hromada", bundle.hromada.name)]
        texts += bundle.districts.map { ($0.code, $0.name) }
        texts += bundle.settlements.map { ($0.katottg, $0.name) }
        texts += bundle.lifeSituations.map { ($0.code, $0.name) }
        for institution in bundle.institutions {
            texts += [(institution.code, institution.name), (institution.code, institution.address)]
            texts += [institution.description, institution.accessibility.notes].compactMap { $0 }.map {
                (institution.code, $0)
            }
        }
        for service in bundle.services {
            texts += [(service.code, service.name), (service.code, service.description)]
            texts += service.documents.map { (service.code, $0) }
            texts += [service.eligibility, service.term.note].compactMap { $0 }.map { (service.code, $0) }
            if case .varies(let note) = service.cost { texts.append((service.code, note)) }
        }
        for (owner, text) in texts {
            #expect(!text.uk.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(owner): empty Ukrainian text")
            #expect(text.en?.isEmpty == false, "\(owner): no English for «\(text.uk)»")
        }
    }

    @Test func survivesAJSONRoundTrip() throws {
        let data = try JSONEncoder().encode(bundle)
        let decoded = try JSONDecoder().decode(CommunityBundle.self, from: data)
        #expect(decoded == bundle)
    }
}
