/// The demo hromada a fresh server imports on first start: a fictional but realistic
/// Вишнедольська міська територіальна громада in Звенигородський район, Черкаська область.
///
/// Everything here is illustrative. The hromada, its town and people are invented; the КАТОТТГ codes
/// follow the real structure (`UA` · oblast `71` Черкаська · raion `02` Звенигородський · hromada `099`,
/// a number no real hromada uses · settlement · `00` · a five-digit id) but do not exist in the codifier.
/// Phone numbers are taken from the unused block `+380 47 000 xx xx`; e-mail and web addresses use the
/// invented domain `vyshnedolska-demo.gov.ua`.
///
/// The service catalogue follows the law and the fees publicly known as of November 2026: fees set as a
/// multiple of the subsistence minimum are stored as that multiple, so the yearly figure reprices them.
public enum DemoHromada {
    /// The whole demo hromada: the value the server imports on first start.
    public static let bundle = CommunityBundle(
        hromada: hromada, districts: districts, settlements: settlements, institutions: institutions,
        lifeSituations: lifeSituations, services: services)

    static let hromada = Hromada(
        slug: "demo",
        name: LocalizedText(
            uk: "Вишнедольська міська територіальна громада (демо)",
            en: "Vyshnedolsk City Territorial Community (demo)"),
        katottg: "UA71020990000047315",
        oblast: "Черкаська область",
        timeZone: "Europe/Kyiv",
        locales: ["uk", "en"],
        hosts: [])

    static let lifeSituations: [LifeSituation] = [
        LifeSituation(code: "birth", name: text("Народження дитини", "Birth of a child")),
        LifeSituation(code: "death", name: text("Втрата близької людини", "Death of a loved one")),
        LifeSituation(code: "moving", name: text("Переїзд", "Moving house")),
        LifeSituation(code: "retirement", name: text("Вихід на пенсію", "Retirement")),
        LifeSituation(code: "family", name: text("Сім’я і діти", "Family and children")),
        LifeSituation(code: "business", name: text("Власний бізнес", "Starting and running a business")),
        LifeSituation(code: "property", name: text("Нерухомість, земля і будівництво", "Property, land and building")),
        LifeSituation(code: "transport", name: text("Транспорт", "Transport")),
        LifeSituation(code: "idp", name: text("Внутрішньо переміщені особи", "Internally displaced persons")),
        LifeSituation(code: "social-support", name: text("Соціальна підтримка", "Social support")),
        LifeSituation(code: "documents", name: text("Документи", "Personal documents")),
    ]

    /// The catalogue; every entry was last checked against the law on ``reviewed``.
    static let services: [Service] = {
        let groups: [[Service]] = [
            documentServices, civilStatusServices, propertyServices, constructionServices, businessServices,
            socialServices, familyServices, careServices, pensionServices, localServices,
        ]
        return groups.joined().map { service in
            var service = service
            service.lastReviewed = reviewed
            return service
        }
    }()
}

// MARK: - Building blocks shared by the demo files

extension DemoHromada {
    /// Every service was last checked against the law on this date.
    static let reviewed = CivilDate(year: 2026, month: 11, day: 1)!

    /// Web site of the demo council (an invented domain).
    static let website = "https://vyshnedolska-demo.gov.ua"

    /// A Ukrainian text with its English translation.
    static func text(_ uk: String, _ en: String) -> LocalizedText {
        LocalizedText(uk: uk, en: en)
    }

    /// A phone number in the unused block `+380 47 000 xx xx`, from its last four digits.
    static func phone(_ lastFour: String) -> String {
        "+38047000" + lastFour
    }

    /// A mailbox on the demo domain.
    static func email(_ box: String) -> String {
        box + "@vyshnedolska-demo.gov.ua"
    }

    /// `HH:MM`–`HH:MM`; the literals below are all valid, so the force-unwraps cannot fail.
    static func span(_ start: String, _ end: String) -> TimeRange {
        TimeRange(start: LocalTime(start)!, end: LocalTime(end)!)!
    }

    /// The same hours on each of the given days.
    static func week(_ days: [Weekday], _ hours: [TimeRange]) -> [Weekday: [TimeRange]] {
        var result: [Weekday: [TimeRange]] = [:]
        for day in days { result[day] = hours }
        return result
    }

    static let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// Council offices: Monday to Thursday 08:00–17:15, Friday to 16:00, lunch 12:00–13:00.
    static let officeHours: WeeklySchedule = {
        var days = week([.monday, .tuesday, .wednesday, .thursday], [span("08:00", "12:00"), span("13:00", "17:15")])
        days[.friday] = [span("08:00", "12:00"), span("13:00", "16:00")]
        return WeeklySchedule(week: days)
    }()

    /// Open round the clock, every day.
    static let roundTheClock = WeeklySchedule(week: week(Weekday.allCases, [span("00:00", "24:00")]))
}
