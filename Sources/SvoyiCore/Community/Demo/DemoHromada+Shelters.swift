/// Shelters (укриття) of the demo hromada: kind, capacity, whether always open, and access.
extension DemoHromada {
    /// Opened by a keeper when an air-raid alert sounds.
    private static let onAlert = WeeklySchedule()

    private static let openedOnAlert = text(
        "Відчиняє відповідальна особа під час повітряної тривоги.",
        "A keeper opens it when an air-raid alert sounds.")

    private static let openAlways = text(
        "Відчинене цілодобово, з водою, освітленням і резервним живленням.",
        "Open round the clock, with water, lighting and backup power.")

    static let shelters: [Institution] = [
        Institution(
            code: "shelter-hospital", kind: .shelter,
            name: text("Сховище лікарні", "Hospital blast shelter"),
            parent: "hospital", settlement: Place.vyshnedolsk,
            address: text(
                "вул. Лікарняна, 2, м. Вишнедольськ, вхід з боку харчоблоку",
                "2 Likarniana St, Vyshnedolsk, entrance by the kitchen block"),
            coordinates: Coordinates(latitude: 49.1459, longitude: 31.1962),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true),
            openingHours: roundTheClock,
            shelter: Institution.ShelterFacts(kind: .blastShelter, capacity: 200, alwaysOpen: true),
            description: openAlways),
        Institution(
            code: "shelter-culture-house", kind: .shelter,
            name: text("Укриття в Будинку культури", "Shelter in the House of Culture"),
            parent: "culture-house", settlement: Place.vyshnedolsk,
            address: text(
                "майдан Незалежності, 1, м. Вишнедольськ, цокольний поверх",
                "1 Nezalezhnosti Square, Vyshnedolsk, basement level"),
            coordinates: Coordinates(latitude: 49.1529, longitude: 31.1826),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true),
            openingHours: roundTheClock,
            shelter: Institution.ShelterFacts(kind: .dualUse, capacity: 250, alwaysOpen: true),
            description: openAlways),
        Institution(
            code: "shelter-lyceum-1", kind: .shelter,
            name: text("Протирадіаційне укриття ліцею № 1", "Lyceum No. 1 anti-radiation shelter"),
            parent: "lyceum-1", settlement: Place.vyshnedolsk,
            address: text("вул. Шкільна, 4, м. Вишнедольськ", "4 Shkilna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1553, longitude: 31.1791),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: false, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: false,
                notes: text("Пандус до входу; всередині 12 сходинок.", "Ramp to the door; 12 steps inside.")),
            openingHours: onAlert,
            shelter: Institution.ShelterFacts(kind: .antiRadiation, capacity: 450, alwaysOpen: false),
            description: text(
                "Під час уроків — для учнів і працівників ліцею, поза уроками відкрите для всіх.",
                "During lessons it serves pupils and staff; outside school hours it is open to everyone.")),
        Institution(
            code: "shelter-cnap", kind: .shelter,
            name: text("Укриття в будівлі ЦНАП", "Shelter in the TsNAP building"),
            parent: "cnap-main", settlement: Place.vyshnedolsk,
            address: text("вул. Шевченка, 12, м. Вишнедольськ, підвал", "12 Shevchenka St, Vyshnedolsk, basement"),
            coordinates: Coordinates(latitude: 49.1522, longitude: 31.1849),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: false, ramp: false, accessibleToilet: false, elevatorOrGroundFloor: false),
            openingHours: cnapHours,
            shelter: Institution.ShelterFacts(kind: .simple, capacity: 120, alwaysOpen: false),
            description: text(
                "Відкрите в години роботи ЦНАП; під час тривоги прийом відвідувачів триває в укритті.",
                "Open during TsNAP hours; during an alert, visitors continue to be served in the shelter.")),
        Institution(
            code: "shelter-sonechko", kind: .shelter,
            name: text("Укриття закладу дошкільної освіти «Сонечко»", "Sonechko kindergarten shelter"),
            parent: "kindergarten-sonechko", settlement: Place.vyshnedolsk,
            address: text("вул. Молодіжна, 15, м. Вишнедольськ", "15 Molodizhna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1487, longitude: 31.1881),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, ramp: true, elevatorOrGroundFloor: true),
            openingHours: onAlert,
            shelter: Institution.ShelterFacts(kind: .simple, capacity: 90, alwaysOpen: false),
            description: openedOnAlert),
        Institution(
            code: "shelter-soborna-27", kind: .shelter,
            name: text("Підвал житлового будинку на вул. Соборній, 27", "Basement of the block at 27 Soborna St"),
            settlement: Place.vyshnedolsk,
            address: text(
                "вул. Соборна, 27, м. Вишнедольськ, вхід з двору", "27 Soborna St, Vyshnedolsk, entrance from the yard"),
            coordinates: Coordinates(latitude: 49.1545, longitude: 31.1873),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: false, ramp: false, elevatorOrGroundFloor: false),
            openingHours: roundTheClock,
            shelter: Institution.ShelterFacts(kind: .simple, capacity: 70, alwaysOpen: true),
            description: text(
                "Найпростіше укриття, відчинене цілодобово. Є лавки, освітлення і вода.",
                "A basic shelter open round the clock, with benches, lighting and water.")),
        Institution(
            code: "shelter-kalynivka", kind: .shelter,
            name: text("Укриття Калинівської гімназії", "Kalynivka gymnasium shelter"),
            settlement: Place.kalynivka,
            address: text("вул. Центральна, 52, с. Калинівка", "52 Tsentralna St, Kalynivka"),
            coordinates: Coordinates(latitude: 49.2113, longitude: 31.1207),
            accessibility: Institution.Accessibility(stepFreeEntrance: false, ramp: true, elevatorOrGroundFloor: false),
            openingHours: onAlert,
            shelter: Institution.ShelterFacts(kind: .simple, capacity: 150, alwaysOpen: false),
            description: openedOnAlert),
        Institution(
            code: "shelter-zelenyi-hai", kind: .shelter,
            name: text("Протирадіаційне укриття Зеленогайського ліцею", "Zelenyi Hai lyceum anti-radiation shelter"),
            settlement: Place.zelenyiHai,
            address: text("вул. Миру, 20, с. Зелений Гай", "20 Myru St, Zelenyi Hai"),
            coordinates: Coordinates(latitude: 49.0893, longitude: 31.2703),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: false, elevatorOrGroundFloor: true),
            openingHours: onAlert,
            shelter: Institution.ShelterFacts(kind: .antiRadiation, capacity: 180, alwaysOpen: false),
            description: openedOnAlert),
        Institution(
            code: "shelter-sosnivka", kind: .shelter,
            name: text("Укриття в старостаті с. Соснівка", "Shelter in the Sosnivka starosta office"),
            parent: "starostat-sosnivka", settlement: Place.sosnivka,
            address: text("вул. Шкільна, 3, с. Соснівка, підвал", "3 Shkilna St, Sosnivka, basement"),
            coordinates: Coordinates(latitude: 49.1883, longitude: 31.3068),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: false, ramp: false, elevatorOrGroundFloor: false),
            openingHours: onAlert,
            shelter: Institution.ShelterFacts(kind: .simple, capacity: 60, alwaysOpen: false),
            description: openedOnAlert),
    ]
}
