/// Services: families with children.
extension DemoHromada {
    private static let familyAidLaw =
        "Закон України «Про державну допомогу сім’ям з дітьми»; Порядок призначення і виплати державної допомоги сім’ям з дітьми, затверджений постановою КМУ від 27.12.2001 № 1751"
    private static let childBirthCertificate = text("Свідоцтво про народження дитини", "Child’s birth certificate")

    static let familyServices: [Service] = [
        Service(
            code: "birth-assistance",
            name: text("Допомога при народженні дитини", "Birth grant"),
            description: text(
                "Державна допомога одному з батьків після народження дитини. Заяву можна подати разом із реєстрацією народження або через єМалятко.",
                "A state grant to a parent after a child is born. Apply together with the birth registration or through eMalyatko."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .calendarDays),
            legalBasis: familyAidLaw,
            documents: [
                passport, childBirthCertificate, text("Реквізити банківського рахунку", "Bank account details"),
            ],
            eligibility: text(
                "Один із батьків (опікун), які проживають з дитиною; заяву подають не пізніше 12 місяців після народження",
                "A parent or guardian living with the child; apply within 12 months of the birth"),
            providedAt: cnapDesks + ["social-protection"],
            lifeSituations: ["birth", "family"]),
        Service(
            code: "single-parent-assistance",
            name: text("Допомога на дітей одиноким матерям (батькам)", "Assistance for children of single parents"),
            description: text(
                "Щомісячна допомога на дитину, якщо в свідоцтві про народження відомості про батька записано зі слів матері або батька немає, за умови низького доходу сім’ї.",
                "A monthly payment per child where the father is not recorded or recorded at the mother’s word, for low-income families."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .calendarDays),
            legalBasis: familyAidLaw,
            documents: [
                passport, childBirthCertificate,
                text(
                    "Витяг з Державного реєстру актів цивільного стану про підставу запису про батька",
                    "Civil register extract on the father’s entry"),
                text("Декларація про доходи сім’ї", "Family income declaration"),
            ],
            eligibility: text(
                "Одинокі матері (батьки) з дітьми до 18 (23) років",
                "Single parents of children under 18 (23 if studying)"),
            providedAt: cnapDesks + ["social-protection"],
            lifeSituations: ["family", "social-support"]),
        Service(
            code: "disabled-child-assistance",
            name: text(
                "Допомога особам з інвалідністю з дитинства та дітям з інвалідністю",
                "Assistance for people disabled since childhood and for children with disabilities"),
            description: text(
                "Щомісячна державна соціальна допомога та надбавка на догляд. Призначається з дня встановлення інвалідності, якщо звернутися протягом трьох місяців.",
                "A monthly state payment with a care supplement, backdated to the date disability was established if you apply within three months."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .calendarDays),
            legalBasis:
                "Закон України «Про державну соціальну допомогу особам з інвалідністю з дитинства та дітям з інвалідністю»",
            documents: [
                passport, childBirthCertificate,
                text(
                    "Висновок лікарсько-консультаційної комісії або експертної команди",
                    "Medical commission or expert team decision"),
            ],
            eligibility: text(
                "Діти з інвалідністю та особи з інвалідністю з дитинства, їхні законні представники",
                "Children with disabilities, people disabled since childhood, and their legal representatives"),
            providedAt: cnapDesks + ["social-protection"],
            lifeSituations: ["family", "social-support"]),
        Service(
            code: "large-family-certificate",
            name: text(
                "Посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї",
                "Large-family certificates for parents and children"),
            description: text(
                "Встановлення статусу багатодітної сім’ї та видача посвідчень батькам і дітям, а також продовження строку дії посвідчень. Посвідчення дає право на пільги; його можна мати й у Дії.",
                "Grants large-family status and issues certificates to parents and children, or extends them. The certificate gives access to concessions and is also available in Diia."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .workingDays),
            legalBasis: "Закон України «Про охорону дитинства»; постанова КМУ від 02.03.2010 № 209",
            documents: [
                text("Паспорти батьків", "Parents’ passports"),
                text("Свідоцтва про народження всіх дітей", "Birth certificates of all children"),
                text("Фото 30 × 40 мм батьків і дітей з 6 років", "30 × 40 mm photos of parents and children aged 6+"),
                text(
                    "Довідка про навчання — для дітей від 18 до 23 років, які навчаються",
                    "Proof of studies for children aged 18 to 23"),
            ],
            eligibility: text(
                "Сім’ї, які виховують трьох і більше дітей до 18 років (до 23 — якщо навчаються)",
                "Families raising three or more children under 18 (under 23 if studying)"),
            providedAt: cnapDesks + ["social-protection"],
            lifeSituations: ["family", "birth", "social-support"]),
        Service(
            code: "child-property-permit",
            name: text(
                "Дозвіл органу опіки та піклування на правочин щодо майна дитини",
                "Guardianship authority permission for a transaction involving a child’s property"),
            description: text(
                "Дозвіл на продаж, дарування, обмін чи заставу житла або іншого майна, право на яке має дитина. Рішення ухвалює виконавчий комітет за поданням служби у справах дітей.",
                "Permission to sell, give, exchange or mortgage a home or other property a child has rights to. The executive committee decides on the children’s service’s recommendation."
            ),
            cost: .free,
            term: ServiceTerm(amount: 30, unit: .calendarDays),
            legalBasis:
                "Закон України «Про охорону дитинства», ст. 17; Сімейний кодекс України, ст. 177; постанова КМУ від 24.09.2008 № 866",
            documents: [
                text("Паспорти обох батьків та спільна заява", "Both parents’ passports and a joint application"),
                childBirthCertificate,
                text("Документи на майно", "Property documents"),
                text("Заява дитини віком від 14 років", "Application of the child, if aged 14 or over"),
            ],
            eligibility: text("Батьки (опікуни) дитини", "The child’s parents or guardians"),
            providedAt: ["cnap-main", "children-service"],
            lifeSituations: ["family", "property"]),
    ]
}
