/// The starosta offices and the council's units that provide services.
extension DemoHromada {
    static let starostaOffices: [Institution] = [
        starostaOffice(
            code: "starostat-kalynivka", village: Place.kalynivka, villageName: ("Калинівка", "Kalynivka"),
            street: ("вул. Центральна, 41", "41 Tsentralna St"), phoneSuffix: "0101", box: "kalynivka",
            coordinates: Coordinates(latitude: 49.2108, longitude: 31.1195),
            starosta: "Олена Петрівна Коваленко",
            villages: ("Калинівка, Вербівка, Лозуватка", "Kalynivka, Verbivka, Lozuvatka"),
            accessibility: Institution.Accessibility(stepFreeEntrance: false, ramp: true, elevatorOrGroundFloor: true)),
        starostaOffice(
            code: "starostat-zelenyi-hai", village: Place.zelenyiHai, villageName: ("Зелений Гай", "Zelenyi Hai"),
            street: ("вул. Миру, 5", "5 Myru St"), phoneSuffix: "0102", box: "zelenyihai",
            coordinates: Coordinates(latitude: 49.0907, longitude: 31.2712),
            starosta: "Микола Іванович Бондар",
            villages: ("Зелений Гай, Дубовий Яр, Ставки", "Zelenyi Hai, Dubovyi Yar, Stavky"),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, elevatorOrGroundFloor: true)),
        starostaOffice(
            code: "starostat-sosnivka", village: Place.sosnivka, villageName: ("Соснівка", "Sosnivka"),
            street: ("вул. Шкільна, 3", "3 Shkilna St"), phoneSuffix: "0103", box: "sosnivka",
            coordinates: Coordinates(latitude: 49.1884, longitude: 31.3066),
            starosta: "Тетяна Володимирівна Мельник",
            villages: ("Соснівка, Березняки, Тополівка", "Sosnivka, Bereznyaky, Topolivka"),
            accessibility: Institution.Accessibility(stepFreeEntrance: false, ramp: false, elevatorOrGroundFloor: true)),
        starostaOffice(
            code: "starostat-pidhirne", village: Place.pidhirne, villageName: ("Підгірне", "Pidhirne"),
            street: ("вул. Садова, 18", "18 Sadova St"), phoneSuffix: "0104", box: "pidhirne",
            coordinates: Coordinates(latitude: 49.1053, longitude: 31.0857),
            starosta: "Василь Андрійович Ткачук", villages: ("Підгірне, Грушківка", "Pidhirne, Hrushkivka"),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, ramp: nil, elevatorOrGroundFloor: true)),
    ]

    private static func starostaOffice(
        code: String, village: String, villageName: (uk: String, en: String), street: (uk: String, en: String),
        phoneSuffix: String, box: String, coordinates: Coordinates, starosta: String,
        villages: (uk: String, en: String), accessibility: Institution.Accessibility
    ) -> Institution {
        Institution(
            code: code, kind: .starostaOffice,
            name: text("Старостат с. \(villageName.uk)", "\(villageName.en) starosta office"),
            settlement: village,
            address: text("\(street.uk), с. \(villageName.uk)", "\(street.en), \(villageName.en)"),
            coordinates: coordinates,
            contacts: Institution.Contacts(phones: [phone(phoneSuffix)], email: email(box)),
            accessibility: accessibility,
            openingHours: officeHours,
            description: text(
                "Староста — \(starosta). Обслуговує села: \(villages.uk). Тут реєструють народження і смерть, видають довідки, вчиняють нотаріальні дії та приймають заяви на субсидії й соціальні допомоги.",
                "Starosta: \(starosta). Serves the villages \(villages.en). Registers births and deaths, issues certificates, performs notarial acts and takes applications for subsidies and social benefits."
            ))
    }

    static let councilUnits: [Institution] = [
        Institution(
            code: "executive-committee", kind: .councilUnit,
            name: text(
                "Виконавчий комітет Вишнедольської міської ради", "Executive Committee of Vyshnedolsk City Council"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Шевченка, 12, м. Вишнедольськ", "12 Shevchenka St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1524, longitude: 31.1846),
            contacts: Institution.Contacts(phones: [phone("0100")], email: email("rada"), website: website),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: false,
                notes: text(
                    "Приймальня на другому поверсі, ліфта немає; посадовці спускаються до відвідувачів у зал ЦНАП.",
                    "The reception is on the second floor with no lift; officials come down to visitors in the TsNAP hall."
                )),
            openingHours: officeHours),
        Institution(
            code: "social-protection", kind: .socialService,
            name: text(
                "Управління соціального захисту населення Вишнедольської міської ради",
                "Social Protection Department of Vyshnedolsk City Council"),
            parent: "executive-committee", settlement: Place.vyshnedolsk,
            address: text("вул. Соборна, 25, м. Вишнедольськ", "25 Soborna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1536, longitude: 31.1869),
            contacts: Institution.Contacts(phones: [phone("0200"), phone("0201")], email: email("soc")),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true,
                parkingForDisabled: true),
            openingHours: officeHours,
            description: text(
                "Соціальні допомоги, пільги, посвідчення, соціальні послуги догляду. Документи можна подати й через ЦНАП.",
                "Social benefits, concessions, certificates and home-care services. Applications are also taken at the TsNAP."
            )),
        Institution(
            code: "children-service", kind: .councilUnit,
            name: text(
                "Служба у справах дітей Вишнедольської міської ради", "Children’s Service of Vyshnedolsk City Council"),
            parent: "executive-committee", settlement: Place.vyshnedolsk,
            address: text("вул. Соборна, 25, м. Вишнедольськ, каб. 4", "25 Soborna St, Vyshnedolsk, room 4"),
            coordinates: Coordinates(latitude: 49.1536, longitude: 31.1869),
            contacts: Institution.Contacts(phones: [phone("0210")], email: email("ssd")),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, ramp: true, elevatorOrGroundFloor: true),
            openingHours: officeHours),
        Institution(
            code: "land-department", kind: .councilUnit,
            name: text(
                "Відділ земельних відносин, містобудування та архітектури",
                "Land Relations, Urban Planning and Architecture Department"),
            parent: "executive-committee", settlement: Place.vyshnedolsk,
            address: text("вул. Шевченка, 12, м. Вишнедольськ, каб. 21", "12 Shevchenka St, Vyshnedolsk, room 21"),
            coordinates: Coordinates(latitude: 49.1524, longitude: 31.1846),
            contacts: Institution.Contacts(phones: [phone("0220")], email: email("zem")),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, elevatorOrGroundFloor: false),
            openingHours: officeHours),
        Institution(
            code: "pension-service-center", kind: .socialService,
            name: text(
                "Сервісний центр Пенсійного фонду України у м. Вишнедольськ",
                "Pension Fund of Ukraine service centre in Vyshnedolsk"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Соборна, 31, м. Вишнедольськ", "31 Soborna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1541, longitude: 31.1877),
            contacts: Institution.Contacts(phones: [phone("0230")], website: "https://portal.pfu.gov.ua"),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, ramp: true, elevatorOrGroundFloor: true),
            openingHours: WeeklySchedule(
                week: week([.monday, .tuesday, .wednesday, .thursday, .friday], [span("08:00", "16:00")]))),
        Institution(
            code: "employment-center", kind: .socialService,
            name: text(
                "Вишнедольська філія Черкаського обласного центру зайнятості",
                "Vyshnedolsk branch of the Cherkasy Regional Employment Centre"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Героїв України, 9, м. Вишнедольськ", "9 Heroiv Ukrainy St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1498, longitude: 31.1812),
            contacts: Institution.Contacts(phones: [phone("0240")]),
            accessibility: Institution.Accessibility(stepFreeEntrance: false, ramp: true, elevatorOrGroundFloor: true),
            openingHours: officeHours),
    ]
}
