/// Services: subsidies, social assistance, IDPs, employment, disability and care.
extension DemoHromada {
    /// Social applications are taken at every front desk and passed to the social protection department.
    static let socialDesks: [String] = everyDesk + ["social-protection"]
    private static let subsidyLaw =
        "Положення про порядок призначення житлових субсидій, затверджене постановою КМУ від 21.10.1995 № 848"
    private static let tenDays = ServiceTerm(
        amount: 10, unit: .calendarDays,
        note: text(
            "Рішення — протягом 10 днів після надходження всіх документів",
            "Decision within 10 days of receiving all documents"))
    private static let incomeDeclaration = text(
        "Декларація про доходи та майновий стан (заповнюється на місці)",
        "Income and property declaration (filled in on site)")
    private static let bankAccount = text("Реквізити банківського рахунку", "Bank account details")

    static let socialServices: [Service] = [
        Service(
            code: "housing-subsidy",
            name: text(
                "Житлова субсидія на оплату житлово-комунальних послуг",
                "Housing subsidy for utility bills"),
            description: text(
                "Допомога на оплату комунальних послуг для домогосподарств, які сплачують за них більше встановленої частки доходу. Призначається на опалювальний або неопалювальний період і далі перераховується автоматично.",
                "Help with utility bills for households spending more than a set share of their income on them. It is granted per heating or non-heating season and then recalculated automatically."
            ),
            cost: .free,
            term: tenDays,
            legalBasis: subsidyLaw,
            documents: [
                passport,
                text("Заява про призначення житлової субсидії", "Subsidy application"),
                incomeDeclaration,
            ],
            eligibility: text(
                "Власник або наймач житла, де зареєстровано чи фактично проживає домогосподарство",
                "The owner or tenant of the dwelling where the household lives"),
            providedAt: socialDesks,
            eServiceURL: "https://portal.pfu.gov.ua",
            lifeSituations: ["social-support", "retirement", "moving"]),
        Service(
            code: "solid-fuel-subsidy",
            name: text(
                "Субсидія на придбання твердого палива і скрапленого газу",
                "Subsidy for solid fuel and bottled gas"),
            description: text(
                "Одноразова субсидія на придбання дров, вугілля чи скрапленого газу для будинків із пічним опаленням.",
                "A one-off subsidy to buy firewood, coal or bottled gas for homes heated by stoves."
            ),
            cost: .free,
            term: tenDays,
            legalBasis: subsidyLaw,
            documents: [passport, text("Заява про призначення субсидії", "Subsidy application"), incomeDeclaration],
            eligibility: text(
                "Домогосподарства з пічним опаленням, що відповідають умовам призначення субсидії",
                "Households with stove heating that meet the subsidy conditions"),
            providedAt: socialDesks,
            lifeSituations: ["social-support"]),
        Service(
            code: "low-income-assistance",
            name: text(
                "Державна соціальна допомога малозабезпеченим сім’ям", "State assistance to low-income families"),
            description: text(
                "Щомісячна допомога сім’ям, чий середньомісячний дохід нижчий за прожитковий мінімум для сім’ї. Призначається на шість місяців.",
                "A monthly payment to families whose average income is below the family subsistence minimum, granted for six months."
            ),
            cost: .free,
            term: tenDays,
            legalBasis:
                "Закон України «Про державну соціальну допомогу малозабезпеченим сім’ям»; постанова КМУ від 24.02.2003 № 250",
            documents: [
                passport, incomeDeclaration,
                text("Довідки про доходи членів сім’ї", "Income statements of family members"), bankAccount,
            ],
            eligibility: text(
                "Малозабезпечені сім’ї, які постійно проживають в Україні", "Low-income families resident in Ukraine"),
            providedAt: socialDesks,
            lifeSituations: ["social-support"]),
        Service(
            code: "idp-certificate",
            name: text(
                "Довідка про взяття на облік внутрішньо переміщеної особи",
                "Internally displaced person (IDP) certificate"),
            description: text(
                "Підтверджує статус ВПО та фактичне місце проживання в громаді. Дає право на допомогу на проживання, соціальні послуги та інші гарантії. При зміні адреси довідку оформлюють заново.",
                "Confirms IDP status and your actual address in the community, giving access to living allowance, social services and other guarantees. Renew it when you move."
            ),
            cost: .free,
            term: sameDay,
            legalBasis:
                "Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб»; постанова КМУ від 01.10.2014 № 509",
            documents: [
                passport,
                text(
                    "Документи, що підтверджують проживання на території, звідки особа перемістилася (за наявності)",
                    "Proof of residence in the area you left, if available"),
                text("Свідоцтва про народження дітей (для дітей)", "Children’s birth certificates, for children"),
            ],
            eligibility: text(
                "Громадяни України, іноземці та особи без громадянства, які вимушено залишили місце проживання",
                "Ukrainian citizens, foreigners and stateless persons forced to leave their homes"),
            providedAt: everyDesk + ["social-protection"],
            lifeSituations: ["idp", "moving"]),
        Service(
            code: "idp-living-allowance",
            name: text(
                "Допомога на проживання внутрішньо переміщеним особам",
                "Living allowance for internally displaced persons"),
            description: text(
                "Щомісячна допомога на проживання для ВПО, які відповідають установленим критеріям. Призначається на шість місяців, після чого право на неї переглядають.",
                "A monthly living allowance for IDPs who meet the criteria, granted for six months and then reviewed."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .workingDays),
            legalBasis: "Постанова КМУ від 20.03.2022 № 332",
            documents: [passport, text("Довідка про взяття на облік ВПО", "IDP certificate"), bankAccount],
            eligibility: text(
                "ВПО, взяті на облік, з урахуванням доходу, майна та інших критеріїв",
                "Registered IDPs, subject to income, property and other criteria"),
            providedAt: socialDesks,
            lifeSituations: ["idp", "social-support"]),
        Service(
            code: "unemployment-registration",
            name: text(
                "Реєстрація безробітного та призначення допомоги по безробіттю",
                "Registering as unemployed and claiming unemployment benefit"),
            description: text(
                "Надання статусу безробітного, добір вакансій, профнавчання та виплата допомоги по безробіттю. ЦНАП приймає заяву й передає її до центру зайнятості.",
                "Grants unemployed status, matches vacancies, offers training and pays unemployment benefit. The TsNAP takes the application and forwards it to the employment centre."
            ),
            cost: .free,
            term: ServiceTerm(
                amount: 0, unit: .immediately,
                note: text(
                    "Статус — з дня реєстрації; допомога призначається з восьмого дня",
                    "Status from the day of registration; benefit is paid from the eighth day")),
            legalBasis:
                "Закон України «Про зайнятість населення»; Закон України «Про загальнообов’язкове державне соціальне страхування на випадок безробіття»",
            documents: [
                passport, taxNumber,
                text(
                    "Трудова книжка або інші документи про трудову діяльність (за наявності)",
                    "Employment record, if any"),
                text("Документ про освіту", "Education certificate"),
            ],
            eligibility: text("Особи працездатного віку без роботи", "Working-age people without a job"),
            providedAt: cnapDesks + ["employment-center"],
            lifeSituations: ["social-support", "idp"]),
    ]
}
