import Foundation
import SvoyiCore

/// A migrated database in a fresh temporary directory, removed afterwards.
func withStore(_ body: (CommunityStore) async throws -> Void) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "svoyi-community-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let database = try SQLiteDatabase(path: directory.appendingPathComponent("test.sqlite").path)
    defer { database.close() }
    try await Migrator(CommunityStore.migrations).migrate(database)
    try await body(CommunityStore(database: database))
}

enum Fixtures {
    static let weekdays: WeeklySchedule = {
        let morning = TimeRange(start: LocalTime(hour: 8, minute: 0)!, end: LocalTime(hour: 12, minute: 0)!)!
        let afternoon = TimeRange(start: LocalTime(hour: 13, minute: 0)!, end: LocalTime(hour: 17, minute: 0)!)!
        var week: [Weekday: [TimeRange]] = [:]
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { week[day] = [morning, afternoon] }
        return WeeklySchedule(
            week: week,
            exceptions: [.init(date: CivilDate("2026-08-24")!, hours: [], note: "День Незалежності")])
    }()

    /// A small but complete hromada; `slug` and the codes' digits vary so two bundles can coexist.
    static func bundle(slug: String = "bilohirska", digit: Character = "1") -> CommunityBundle {
        func katottg(_ tail: String) -> String { "UA" + String(repeating: digit, count: 17 - tail.count) + tail }
        let centre = katottg("01")
        let village = katottg("02")
        let hamlet = katottg("03")
        return CommunityBundle(
            hromada: Hromada(
                slug: slug, name: LocalizedText(uk: "Білогірська громада", en: "Bilohirska hromada"),
                katottg: katottg("00"), oblast: "Хмельницька", hosts: ["\(slug).example.ua"]),
            districts: [
                StarostaDistrict(code: "zelenyi-hai", name: "Зеленогаївський", starosta: "Олена Коваль"),
                StarostaDistrict(code: "lisove", name: LocalizedText(uk: "Лісовий", en: "Lisove")),
            ],
            settlements: [
                Settlement(
                    katottg: centre, name: LocalizedText(uk: "Білогір'я", en: "Bilohiria"), kind: .urbanSettlement,
                    population: 5_200, coordinates: Coordinates(latitude: 50.0, longitude: 26.0)),
                Settlement(
                    katottg: village, name: "Зелений Гай", kind: .village, district: "zelenyi-hai", population: 800),
                Settlement(katottg: hamlet, name: "Лісове", kind: .village, district: "lisove"),
            ],
            institutions: [
                // A unit listed before its parent: the parent reference is checked at commit.
                Institution(
                    code: "cnap-branch", kind: .cnapBranch, name: "ЦНАП, відділ у Зеленому Гаї", parent: "cnap-main",
                    settlement: village, address: "вул. Шкільна, 2"),
                Institution(
                    code: "cnap-main", kind: .cnapOffice, name: LocalizedText(uk: "ЦНАП", en: "ASC"),
                    settlement: centre,
                    address: LocalizedText(uk: "вул. Соборна, 1", en: "1 Soborna St"),
                    coordinates: Coordinates(latitude: 50.0010, longitude: 26.0010),
                    contacts: .init(
                        phones: ["+380 38 000 00 00"], email: "cnap@example.ua", website: "https://cnap.example.ua"),
                    accessibility: .init(stepFreeEntrance: true, ramp: true, notes: "Кнопка виклику біля входу"),
                    openingHours: weekdays, description: LocalizedText(uk: "Головний офіс", en: "Main office")),
                shelter("shelter-school", latitude: 50.0100, longitude: 26.0000, settlement: centre),
                shelter("shelter-club", latitude: 50.0300, longitude: 26.0000, settlement: centre),
                shelter("shelter-far", latitude: 50.1000, longitude: 26.0000, settlement: hamlet),
                Institution(code: "no-coordinates", kind: .shelter, name: "Підвал", address: "вул. Нова, 3"),
            ],
            lifeSituations: [
                LifeSituation(code: "birth", name: LocalizedText(uk: "Народження дитини", en: "Birth of a child")),
                LifeSituation(code: "land", name: "Земля"),
            ],
            services: [
                Service(
                    code: "birth-registration", registryID: "00001",
                    name: LocalizedText(uk: "Реєстрація народження", en: "Birth registration"),
                    description: "Державна реєстрація народження дитини", cost: .free,
                    term: ServiceTerm(amount: 0, unit: .immediately),
                    legalBasis: "Закон «Про державну реєстрацію актів цивільного стану»",
                    documents: [
                        LocalizedText(uk: "Медичне свідоцтво про народження", en: "Medical birth certificate"),
                        "Паспорти батьків",
                    ],
                    eligibility: LocalizedText(uk: "Батьки дитини"), providedAt: ["cnap-main", "cnap-branch"],
                    eServiceURL: "https://diia.gov.ua/services/eMalyatko", lifeSituations: ["birth"],
                    lastReviewed: CivilDate("2026-01-15")),
                Service(
                    code: "land-extract", name: "Витяг з Державного земельного кадастру",
                    description: LocalizedText(uk: "Витяг про земельну ділянку", en: "Extract on a land plot"),
                    cost: .subsistenceMinimum(multiple: "0.05"),
                    costLegalBasis: "Постанова КМУ від 17.10.2012 № 1051",
                    term: ServiceTerm(
                        amount: 10, unit: .workingDays, note: "1 робочий день при терміновому оформленні"),
                    providedAt: ["cnap-main"], lifeSituations: ["land"]),
                Service(
                    code: "copy", name: "Копія документа", description: "", cost: .fixed(kopecks: 2_550),
                    term: ServiceTerm(amount: 2, unit: .hours)),
                Service(
                    code: "lease", name: "Оренда", description: "",
                    cost: .varies(LocalizedText(uk: "Залежить від площі", en: "Depends on the area")),
                    term: ServiceTerm(amount: 30, unit: .calendarDays)),
            ])
    }

    static func shelter(_ code: String, latitude: Double, longitude: Double, settlement: String) -> Institution {
        Institution(
            code: code, kind: .shelter, name: LocalizedText(uk: "Укриття \(code)"), settlement: settlement,
            address: "вул. Миру", coordinates: Coordinates(latitude: latitude, longitude: longitude),
            shelter: .init(kind: .simple, capacity: 120, alwaysOpen: false))
    }
}
