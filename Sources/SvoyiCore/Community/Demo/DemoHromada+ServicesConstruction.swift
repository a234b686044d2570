/// Services: building, urban planning and public spaces.
extension DemoHromada {
    private static let urbanPlanningLaw = "Закон України «Про регулювання містобудівної діяльності»"

    static let constructionServices: [Service] = [
        Service(
            code: "building-works-notice",
            name: text(
                "Повідомлення про початок виконання будівельних робіт",
                "Notice of the start of construction works"),
            description: text(
                "Для будівництва об’єктів з незначними наслідками (клас СС1), зокрема приватного будинку, реконструкції чи капітального ремонту. Повідомлення вносять до Єдиної державної електронної системи у сфері будівництва.",
                "For low-consequence (CC1) buildings such as a private house, a reconstruction or major repairs. The notice is entered in the national e-construction system."
            ),
            cost: .free,
            term: ServiceTerm(amount: 1, unit: .workingDays),
            legalBasis: urbanPlanningLaw + ", ст. 36; постанова КМУ від 13.04.2011 № 466",
            documents: [
                passport,
                text("Повідомлення за встановленою формою", "Notice in the prescribed form"),
                text(
                    "Документ на право користування земельною ділянкою",
                    "Document granting the right to use the land plot"),
            ],
            eligibility: text("Замовник будівництва", "The client of the construction"),
            providedAt: ["cnap-main"],
            eServiceURL: "https://e-construction.gov.ua",
            lifeSituations: ["property"]),
        Service(
            code: "urban-planning-conditions",
            name: text(
                "Містобудівні умови та обмеження забудови земельної ділянки",
                "Urban planning conditions and restrictions for a land plot"),
            description: text(
                "Документ із вимогами до забудови ділянки: гранична висота, відступи, щільність забудови. Потрібен для проєктування нового будівництва, крім будівництва за повідомленням.",
                "Sets the building limits for a plot: height, setbacks and density. Needed to design new construction other than by notice."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .workingDays),
            legalBasis: urbanPlanningLaw + ", ст. 29",
            documents: [
                passport,
                text("Заява із зазначенням наміру забудови", "Application stating the intended development"),
                text("Документ про право на земельну ділянку", "Proof of the right to the land plot"),
                text(
                    "Викопіювання з топографо-геодезичного плану М 1:2000", "Extract from the 1:2000 topographic plan"),
            ],
            eligibility: text("Власник або користувач земельної ділянки", "The owner or user of the land plot"),
            providedAt: ["cnap-main"],
            eServiceURL: "https://e-construction.gov.ua",
            lifeSituations: ["property"]),
        Service(
            code: "address-assignment",
            name: text("Присвоєння адреси об’єкту нерухомого майна", "Assigning an address to a property"),
            description: text(
                "Адреса для новозбудованого будинку чи іншого об’єкта або зміна адреси після поділу, об’єднання чи реконструкції.",
                "An address for a newly built house or other property, or a new address after division, merger or reconstruction."
            ),
            cost: .free,
            term: ServiceTerm(amount: 5, unit: .workingDays),
            legalBasis: urbanPlanningLaw + ", ст. 26-3; постанова КМУ від 07.07.2021 № 690",
            documents: [
                passport,
                text(
                    "Документ, що дає право на виконання будівельних робіт, або документ про прийняття об’єкта в експлуатацію",
                    "Building permission or the completion document"),
                text("Документ про право на земельну ділянку", "Proof of the right to the land plot"),
            ],
            eligibility: text(
                "Замовник будівництва або власник об’єкта", "The client of the construction or the owner"),
            providedAt: ["cnap-main"],
            eServiceURL: "https://e-construction.gov.ua",
            lifeSituations: ["property"]),
        Service(
            code: "landscaping-works-permit",
            name: text(
                "Дозвіл на порушення об’єктів благоустрою", "Permit to disturb public spaces (excavation permit)"),
            description: text(
                "Потрібен для земляних і ремонтних робіт на вулицях, тротуарах, газонах — наприклад, щоб підключити будинок до водогону чи газу. Після робіт благоустрій слід відновити.",
                "Needed for digging and repairs in streets, pavements and lawns, for example to connect a house to water or gas. The area must be restored afterwards."
            ),
            cost: .free,
            term: ServiceTerm(
                amount: 10, unit: .workingDays,
                note: text(
                    "Аварійні роботи можна починати негайно, повідомивши виконавчий комітет; дозвіл оформлюють упродовж доби",
                    "Emergency works may start at once; notify the council and obtain the permit within a day")),
            legalBasis:
                "Закон України «Про благоустрій населених пунктів», ст. 26-1; постанова КМУ від 30.10.2013 № 870",
            documents: [
                passport,
                text(
                    "Схема місця проведення робіт із зазначенням строків", "Plan of the works with dates"),
                text(
                    "Зобов’язання щодо відновлення благоустрою", "Undertaking to restore the area"),
            ],
            eligibility: text(
                "Фізичні та юридичні особи, які виконують роботи",
                "Individuals and organisations carrying out the works"),
            providedAt: ["cnap-main"],
            lifeSituations: ["property"]),
    ]
}
