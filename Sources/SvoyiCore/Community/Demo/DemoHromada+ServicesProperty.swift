/// Services: the State Land Cadastre and the State Register of Property Rights.
extension DemoHromada {
    private static let cadastreLaw =
        "Закон України «Про Державний земельний кадастр»; Порядок ведення Державного земельного кадастру, затверджений постановою КМУ від 17.10.2012 № 1051"
    private static let propertyLaw =
        "Закон України «Про державну реєстрацію речових прав на нерухоме майно та їх обтяжень»; Порядок, затверджений постановою КМУ від 25.12.2015 № 1127"
    private static let cadastralNumber = text(
        "Кадастровий номер земельної ділянки (за наявності)", "Cadastral number of the plot, if known")
    private static let paymentReceipt = text("Квитанція про оплату", "Payment receipt")

    static let propertyServices: [Service] = [
        Service(
            code: "land-cadastre-extract",
            name: text(
                "Витяг з Державного земельного кадастру про земельну ділянку",
                "Extract from the State Land Cadastre about a land plot"),
            description: text(
                "Офіційні відомості про земельну ділянку: площа, цільове призначення, угіддя, обмеження у використанні. Потрібен для продажу, дарування, оренди чи спадкування землі.",
                "Official data on a plot: area, designated use, land types and restrictions. Needed to sell, give, lease or inherit land."
            ),
            cost: .subsistenceMinimum(multiple: "0.05"),
            costLegalBasis:
                "Закон України «Про Державний земельний кадастр», ст. 41: 0,05 прожиткового мінімуму для працездатних осіб",
            term: ServiceTerm(amount: 10, unit: .workingDays),
            legalBasis: cadastreLaw,
            documents: [passport, cadastralNumber, representative, paymentReceipt],
            eligibility: text(
                "Власник, користувач ділянки або інша особа у випадках, визначених законом",
                "The owner or user of the plot, or others where the law allows"),
            providedAt: cnapDesks,
            eServiceURL: "https://e.land.gov.ua",
            lifeSituations: ["property", "death"]),
        Service(
            code: "land-valuation-extract",
            name: text(
                "Витяг з технічної документації про нормативну грошову оцінку земельної ділянки",
                "Extract on the normative monetary valuation of a land plot"),
            description: text(
                "Документ про нормативну грошову оцінку ділянки. Потрібен нотаріусу для купівлі-продажу, дарування чи спадкування, а також для розрахунку орендної плати й податку на землю.",
                "States the normative value of a plot. Notaries need it for sales, gifts and inheritance; it also sets rent and land tax."
            ),
            cost: .free,
            term: ServiceTerm(amount: 3, unit: .workingDays),
            legalBasis: "Закон України «Про оцінку земель»; " + cadastreLaw,
            documents: [passport, cadastralNumber, representative],
            eligibility: text(
                "Власник, користувач ділянки або інша заінтересована особа",
                "The owner, user or another interested person"),
            providedAt: cnapDesks,
            eServiceURL: "https://e.land.gov.ua",
            lifeSituations: ["property", "death"]),
        Service(
            code: "land-plot-registration",
            name: text(
                "Державна реєстрація земельної ділянки з видачею витягу", "State registration of a land plot"),
            description: text(
                "Внесення ділянки до Державного земельного кадастру з присвоєнням кадастрового номера на підставі погодженої документації із землеустрою.",
                "Enters a plot in the State Land Cadastre and assigns its cadastral number, based on approved land-management documents."
            ),
            cost: .free,
            term: ServiceTerm(amount: 14, unit: .workingDays),
            legalBasis: cadastreLaw,
            documents: [
                passport,
                text(
                    "Документація із землеустрою в паперовій та електронній формі (XML-файл)",
                    "Land-management documents on paper and as an XML file"),
                representative,
            ],
            eligibility: text(
                "Власник, користувач ділянки або розробник документації за дорученням",
                "The owner or user, or the surveyor on their behalf"),
            providedAt: ["cnap-main"],
            lifeSituations: ["property"]),
        Service(
            code: "land-plot-project-permit",
            name: text(
                "Дозвіл на розроблення проєкту землеустрою щодо відведення земельної ділянки",
                "Permission to draw up a land allotment project"),
            description: text(
                "Рішення міської ради, яке дозволяє замовити проєкт відведення ділянки комунальної власності — зокрема для ведення особистого селянського господарства чи будівництва житла.",
                "A council decision allowing you to order an allotment project for municipal land, for example for a household plot or a house."
            ),
            cost: .free,
            term: ServiceTerm(
                amount: 30, unit: .calendarDays,
                note: text(
                    "Рішення ухвалює сесія міської ради в місячний строк",
                    "The council decides at a session within a month")),
            legalBasis: "Земельний кодекс України, ст. 118, 122",
            documents: [
                passport,
                text(
                    "Клопотання із зазначенням цільового призначення та орієнтовного розміру ділянки",
                    "Request stating the intended use and approximate size of the plot"),
                text("Графічні матеріали з бажаним місцем розташування ділянки", "Map showing the desired location"),
            ],
            eligibility: text("Громадяни України та юридичні особи", "Ukrainian citizens and legal entities"),
            providedAt: cnapDesks + starostaOfficeCodes,
            lifeSituations: ["property"]),
        Service(
            code: "property-register-extract",
            name: text(
                "Інформаційна довідка з Державного реєстру речових прав на нерухоме майно",
                "Information extract from the State Register of Property Rights"),
            description: text(
                "Відомості про зареєстровані права власності, іпотеки та обтяження на квартиру, будинок чи земельну ділянку. Потрібна для угод, субсидій і спадщини.",
                "Shows registered ownership, mortgages and encumbrances on a flat, house or plot. Needed for transactions, subsidies and inheritance."
            ),
            cost: .subsistenceMinimum(multiple: "0.025"),
            costLegalBasis:
                "Закон України «Про державну реєстрацію речових прав на нерухоме майно та їх обтяжень», ст. 34: 0,025 прожиткового мінімуму для працездатних осіб (у паперовій формі)",
            term: sameDay,
            legalBasis: propertyLaw,
            documents: [
                passport,
                text(
                    "Адреса об’єкта або реєстраційний номер об’єкта нерухомості",
                    "Address or register number of the property"),
                paymentReceipt,
            ],
            eligibility: text("Будь-яка особа", "Anyone"),
            providedAt: cnapDesks,
            eServiceURL: "https://kap.minjust.gov.ua",
            lifeSituations: ["property", "death", "social-support"]),
        Service(
            code: "property-right-registration",
            name: text(
                "Державна реєстрація права власності на нерухоме майно",
                "State registration of ownership of real estate"),
            description: text(
                "Реєстрація права власності на квартиру, будинок, гараж чи інший об’єкт — зокрема на новозбудований будинок або отриманий у спадщину.",
                "Registers ownership of a flat, house, garage or other property, including a newly built or inherited one."
            ),
            cost: .subsistenceMinimum(multiple: "0.1"),
            costLegalBasis:
                "Закон України «Про державну реєстрацію речових прав на нерухоме майно та їх обтяжень», ст. 34: 0,1 прожиткового мінімуму; за скорочені строки — 1, 2 або 5 прожиткових мінімумів",
            term: ServiceTerm(
                amount: 5, unit: .workingDays,
                note: text(
                    "Прискорено: 2 робочі дні — 1 прожитковий мінімум, 1 робочий день — 2, 2 години — 5",
                    "Faster: 2 working days for 1 subsistence minimum, 1 working day for 2, 2 hours for 5")),
            legalBasis: propertyLaw,
            documents: [
                passport, taxNumber,
                text(
                    "Документ, що підтверджує набуття права (договір, свідоцтво про спадщину, декларація про готовність об’єкта)",
                    "Document of title (contract, certificate of inheritance, completion declaration)"),
                paymentReceipt,
            ],
            eligibility: text("Власник майна або його представник", "The owner or their representative"),
            providedAt: ["cnap-main"],
            eServiceURL: "https://kap.minjust.gov.ua",
            lifeSituations: ["property", "death"]),
    ]
}
