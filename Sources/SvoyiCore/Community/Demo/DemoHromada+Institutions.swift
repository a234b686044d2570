/// The ЦНАП, its remote and mobile workplaces, the starosta offices and the council's units.
extension DemoHromada {
    static let institutions: [Institution] =
        cnapOffices + starostaOffices + councilUnits + facilities + shelters + resiliencePoints

    /// Where most services are provided: the ЦНАП and both remote workplaces.
    static let cnapDesks: [String] = ["cnap-main", "cnap-rm-kalynivka", "cnap-rm-zelenyi-hai"]
    /// The ЦНАП desks and the mobile office.
    static let cnapDesksAndMobile: [String] = cnapDesks + ["cnap-mobile"]
    static let starostaOfficeCodes: [String] = [
        "starostat-kalynivka", "starostat-zelenyi-hai", "starostat-sosnivka", "starostat-pidhirne",
    ]
    /// Every front desk of the hromada, in town and in the villages.
    static let everyDesk: [String] = cnapDesksAndMobile + starostaOfficeCodes

    /// Mon, Tue, Thu, Fri 08:00–17:00, Wed to 20:00, Sat to 15:00, no lunch break; two dated exceptions.
    static let cnapHours: WeeklySchedule = {
        var days = week([.monday, .tuesday, .thursday, .friday], [span("08:00", "17:00")])
        days[.wednesday] = [span("08:00", "20:00")]
        days[.saturday] = [span("08:00", "15:00")]
        return WeeklySchedule(
            week: days,
            exceptions: [
                WeeklySchedule.Exception(
                    date: CivilDate(year: 2026, month: 12, day: 11)!, hours: [span("08:00", "13:00")],
                    note: "Навчання адміністраторів: прийом до 13:00"),
                WeeklySchedule.Exception(
                    date: CivilDate(year: 2026, month: 12, day: 29)!, hours: [],
                    note: "Технічні роботи в державних реєстрах: прийому відвідувачів немає"),
            ])
    }()

    static let cnapOffices: [Institution] = [
        Institution(
            code: "cnap-main", kind: .cnapOffice,
            name: text(
                "Центр надання адміністративних послуг Вишнедольської міської ради",
                "Vyshnedolsk Administrative Service Centre (TsNAP)"),
            settlement: Place.vyshnedolsk,
            address: text("вул. Шевченка, 12, м. Вишнедольськ", "12 Shevchenka St, Vyshnedolsk"),
            coordinates: Coordinates(latitude: 49.1524, longitude: 31.1846),
            contacts: Institution.Contacts(
                phones: [phone("1000"), phone("1001")], email: email("cnap"), website: website + "/cnap"),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: true, accessibleToilet: true, elevatorOrGroundFloor: true,
                parkingForDisabled: true, tactileGuidance: true, hearingLoop: true,
                notes: text(
                    "Усі робочі місця на першому поверсі. Є кнопка виклику адміністратора біля входу та дитячий куточок.",
                    "All desks are on the ground floor. There is a call button at the entrance and a children’s corner."
                )),
            openingHours: cnapHours,
            description: text(
                "Головний офіс ЦНАП: понад 150 послуг в одному місці. Працює без перерви на обід, у середу — до 20:00. Записатися можна онлайн або через чат-бот.",
                "Main TsNAP office: over 150 services in one place. No lunch break, open until 8 pm on Wednesdays. Book online or through the chatbot."
            )),
        Institution(
            code: "cnap-rm-kalynivka", kind: .remoteWorkplace,
            name: text(
                "Віддалене робоче місце адміністратора ЦНАП у с. Калинівка",
                "TsNAP remote workplace in Kalynivka"),
            parent: "cnap-main", settlement: Place.kalynivka,
            address: text("вул. Центральна, 41, с. Калинівка", "41 Tsentralna St, Kalynivka"),
            coordinates: Coordinates(latitude: 49.2108, longitude: 31.1195),
            contacts: Institution.Contacts(phones: [phone("1011")], email: email("cnap.kalynivka")),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: false, ramp: true, accessibleToilet: false, elevatorOrGroundFloor: true,
                parkingForDisabled: false),
            openingHours: WeeklySchedule(
                week: week([.monday, .wednesday, .friday], [span("08:00", "12:00"), span("13:00", "16:00")])),
            description: text(
                "У приміщенні старостату. Приймає документи на найпопулярніші послуги: реєстрація місця проживання, субсидії, соціальні допомоги, земельні витяги.",
                "In the starosta office building. Takes applications for the most requested services: residence registration, subsidies, social benefits, land extracts."
            )),
        Institution(
            code: "cnap-rm-zelenyi-hai", kind: .remoteWorkplace,
            name: text(
                "Віддалене робоче місце адміністратора ЦНАП у с. Зелений Гай",
                "TsNAP remote workplace in Zelenyi Hai"),
            parent: "cnap-main", settlement: Place.zelenyiHai,
            address: text("вул. Миру, 7, с. Зелений Гай", "7 Myru St, Zelenyi Hai"),
            coordinates: Coordinates(latitude: 49.0909, longitude: 31.2716),
            contacts: Institution.Contacts(phones: [phone("1012")], email: email("cnap.zelenyihai")),
            accessibility: Institution.Accessibility(
                stepFreeEntrance: true, ramp: nil, accessibleToilet: true, elevatorOrGroundFloor: true,
                parkingForDisabled: true),
            openingHours: WeeklySchedule(
                week: week([.tuesday, .thursday], [span("08:00", "12:00"), span("13:00", "16:00")])),
            description: text(
                "У будинку культури, вхід з двору. Приймає документи на найпопулярніші послуги ЦНАП.",
                "In the House of Culture, entrance from the yard. Takes applications for the most requested TsNAP services."
            )),
        Institution(
            code: "cnap-mobile", kind: .mobileOffice,
            name: text("Мобільний ЦНАП (пересувне робоче місце)", "Mobile TsNAP (mobile workplace)"),
            parent: "cnap-main", settlement: Place.vyshnedolsk,
            address: text(
                "Виїзди за графіком у села громади; база — вул. Шевченка, 12, м. Вишнедольськ",
                "Scheduled visits to the villages; based at 12 Shevchenka St, Vyshnedolsk"),
            contacts: Institution.Contacts(phones: [phone("1020")], email: email("cnap.mobile")),
            openingHours: WeeklySchedule(week: week([.tuesday, .thursday], [span("09:00", "16:00")])),
            description: text(
                "Адміністратор із «валізою» приїздить у віддалені села за графіком, а до людей з інвалідністю, людей поважного віку та маломобільних — додому за попереднім записом.",
                "An administrator with a mobile kit visits remote villages on schedule, and comes home to people with disabilities, older and less mobile residents by appointment."
            )),
    ]
}
