/// Schools, health care, culture and the resilience points of the demo hromada.
extension DemoHromada {
    static let facilities: [Institution] = [
        Institution(
            code: "lyceum-1", kind: .school,
            name: text("Вишнедольський ліцей № 1", "Vyshnedolsk Lyceum No. 1"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Шкільна, 4, м. Вишнедольськ", "4 Shkilna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1556, longitude: 31.1795),
            contacts: Institution.Contacts(phones: [phone("0300")], email: email("lyceum1")),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: false),
            openingHours: WeeklySchedule(week: week(weekdays, [span("08:00", "17:00")])),
            description: text(
                "Заклад загальної середньої освіти I–III ступенів, 640 учнів. Навчання очне, у разі тривоги — в укритті закладу.",
                "General secondary school, grades 1–11, 640 pupils. Classes on site; during alerts they continue in the school shelter."
            )),
        Institution(
            code: "kindergarten-sonechko", kind: .kindergarten,
            name: text(
                "Заклад дошкільної освіти (ясла-садок) «Сонечко»", "Sonechko Nursery and Kindergarten"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Молодіжна, 15, м. Вишнедольськ", "15 Molodizhna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1489, longitude: 31.1884),
            contacts: Institution.Contacts(phones: [phone("0310")], email: email("sonechko")),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, ramp: true, elevatorOrGroundFloor: true),
            openingHours: WeeklySchedule(week: week(weekdays, [span("07:30", "18:00")])),
            description: text(
                "Шість груп для дітей від 2 до 6 років. Зарахування — за електронною чергою.",
                "Six groups for children aged 2 to 6. Places are allocated through the electronic waiting list.")),
        Institution(
            code: "hospital", kind: .hospital,
            name: text(
                "КНП «Вишнедольська багатопрофільна лікарня» Вишнедольської міської ради",
                "Vyshnedolsk General Hospital (municipal non-profit enterprise)"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Лікарняна, 2, м. Вишнедольськ", "2 Likarniana St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1462, longitude: 31.1958),
            contacts: Institution.Contacts(phones: [phone("0400"), phone("0401")], email: email("likarnia")),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true,
                parkingForDisabled: true),
            openingHours: roundTheClock,
            description: text(
                "Приймальне відділення працює цілодобово. Консультативна поліклініка — у будні з 08:00 до 15:00 за направленням сімейного лікаря.",
                "The emergency department is open round the clock. The outpatient clinic sees patients on weekdays 8 am to 3 pm with a GP referral."
            )),
        Institution(
            code: "clinic-zelenyi-hai", kind: .clinic,
            name: text(
                "Амбулаторія загальної практики — сімейної медицини с. Зелений Гай",
                "Zelenyi Hai family medicine outpatient clinic"),
            settlement: Place.zelenyiHai,
            address: text("вул. Миру, 14, с. Зелений Гай", "14 Myru St, Zelenyi Hai"),
            coordinates: Coordinates(latitude: 49.0897, longitude: 31.2731),
            contacts: Institution.Contacts(phones: [phone("0410")]),
            accessibility: Institution.Accessibility(stepFreeEntrance: true, ramp: true, elevatorOrGroundFloor: true),
            openingHours: WeeklySchedule(week: week(weekdays, [span("08:00", "12:00"), span("12:30", "16:00")])),
            description: text(
                "Два сімейні лікарі, процедурний кабінет. Тут можна підписати декларацію з лікарем.",
                "Two family doctors and a treatment room. You can sign a declaration with a family doctor here.")),
        Institution(
            code: "library", kind: .library,
            name: text(
                "Публічна бібліотека Вишнедольської міської ради", "Vyshnedolsk Public Library"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Соборна, 8, м. Вишнедольськ", "8 Soborna St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1515, longitude: 31.1861),
            contacts: Institution.Contacts(phones: [phone("0500")], email: email("biblioteka")),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, accessibleToilet: false, elevatorOrGroundFloor: true),
            openingHours: WeeklySchedule(
                week: week(
                    [.tuesday, .wednesday, .thursday, .friday, .saturday],
                    [span("09:00", "13:00"), span("14:00", "18:00")])),
            description: text(
                "Безкоштовний Wi-Fi і комп’ютери, допомога з Дією та електронними послугами для людей поважного віку.",
                "Free Wi-Fi and computers, help with Diia and e-services for older people.")),
        Institution(
            code: "culture-house", kind: .culture,
            name: text("Вишнедольський будинок культури", "Vyshnedolsk House of Culture"),
            settlement: Place.vyshnedolsk,
            address: text("майдан Незалежності, 1, м. Вишнедольськ", "1 Nezalezhnosti Square, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1531, longitude: 31.1829),
            contacts: Institution.Contacts(phones: [phone("0510")]),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true),
            openingHours: WeeklySchedule(week: week(weekdays, [span("09:00", "13:00"), span("14:00", "18:00")]))),
    ]

    static let resiliencePoints: [Institution] = [
        Institution(
            code: "resilience-culture-house", kind: .resiliencePoint,
            name: text(
                "Пункт незламності в Будинку культури", "Resilience point in the House of Culture"),
            parent: "culture-house", settlement: Place.vyshnedolsk,
            address: text("майдан Незалежності, 1, м. Вишнедольськ", "1 Nezalezhnosti Square, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1531, longitude: 31.1829),
            contacts: Institution.Contacts(phones: [phone("0900")]),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true),
            openingHours: roundTheClock,
            description: text(
                "Працює цілодобово під час тривалих знеструмлень: тепло, генератор, Starlink, зарядка телефонів, гаряча вода і чай, аптечка.",
                "Opens round the clock during long power cuts: heating, a generator, Starlink, phone charging, hot water and tea, first aid."
            )),
        Institution(
            code: "resilience-sosnivka", kind: .resiliencePoint,
            name: text("Пункт незламності у с. Соснівка", "Resilience point in Sosnivka"),
            parent: "starostat-sosnivka", settlement: Place.sosnivka,
            address: text("вул. Шкільна, 3, с. Соснівка", "3 Shkilna St, Sosnivka"),
            coordinates: Coordinates(latitude: 49.1884, longitude: 31.3066),
            contacts: Institution.Contacts(phones: [phone("0103")]),
            accessibility: Institution.Accessibility(stepFreeEntrance: false, ramp: false, elevatorOrGroundFloor: true),
            openingHours: roundTheClock,
            description: text(
                "У старостаті. Під час знеструмлень: генератор, тепло, мобільний зв’язок та інтернет, зарядка пристроїв, питна вода.",
                "In the starosta office. During power cuts: a generator, heating, mobile signal and internet, device charging, drinking water."
            )),
    ]
}
