/// Services: pensions (applications passed to the Pension Fund) and the council's own local services.
extension DemoHromada {
    private static let pensionLaw =
        "Закон України «Про загальнообов’язкове державне пенсійне страхування», ст. 44, 45"
    private static let pensionDesks: [String] = cnapDesks + starostaOfficeCodes + ["pension-service-center"]
    private static let pensionTerm = ServiceTerm(
        amount: 10, unit: .calendarDays,
        note: text(
            "Пенсійний фонд ухвалює рішення не пізніше 10 днів після надходження документів",
            "The Pension Fund decides within 10 days of receiving the documents"))

    static let pensionServices: [Service] = [
        Service(
            code: "pension-application",
            name: text("Призначення пенсії за віком (прийом документів)", "Applying for an old-age pension"),
            description: text(
                "Прийом заяви та документів для призначення пенсії і передача їх до Пенсійного фонду. Звернутися можна за місяць до досягнення пенсійного віку.",
                "Takes your pension application and documents and forwards them to the Pension Fund. You may apply a month before reaching pension age."
            ),
            cost: .free,
            term: pensionTerm,
            legalBasis: pensionLaw,
            documents: [
                passport, taxNumber,
                text("Трудова книжка та документи про стаж", "Employment record and proof of service"),
                text(
                    "Довідка про заробітну плату за періоди до 2000 року (за потреби)",
                    "Salary statement for periods before 2000, if needed"),
                text("Реквізити банківського рахунку", "Bank account details"),
            ],
            eligibility: text(
                "Особи, які досягли пенсійного віку та мають необхідний страховий стаж",
                "People of pension age with the required insurance record"),
            providedAt: pensionDesks,
            eServiceURL: "https://portal.pfu.gov.ua",
            lifeSituations: ["retirement"]),
        Service(
            code: "survivor-pension",
            name: text("Пенсія у зв’язку з втратою годувальника", "Survivor’s pension"),
            description: text(
                "Пенсія непрацездатним членам сім’ї померлого годувальника, які були на його утриманні, — дітям, подружжю, батькам.",
                "A pension for dependent family members of a deceased breadwinner: children, spouse, parents."),
            cost: .free,
            term: pensionTerm,
            legalBasis: pensionLaw + ", ст. 36",
            documents: [
                passport,
                text("Свідоцтво про смерть годувальника", "Breadwinner’s death certificate"),
                text("Документи, що підтверджують родинні стосунки", "Proof of family relationship"),
                text("Реквізити банківського рахунку", "Bank account details"),
            ],
            eligibility: text(
                "Непрацездатні члени сім’ї, які були на утриманні померлого",
                "Dependent family members unable to work"),
            providedAt: pensionDesks,
            eServiceURL: "https://portal.pfu.gov.ua",
            lifeSituations: ["death", "retirement"]),
        Service(
            code: "pension-recalculation",
            name: text("Перерахунок пенсії", "Pension recalculation"),
            description: text(
                "Перерахунок з урахуванням додаткового стажу, заробітку після призначення пенсії чи зміни групи інвалідності.",
                "Recalculates a pension for additional service, earnings after retirement or a change in disability group."
            ),
            cost: .free,
            term: pensionTerm,
            legalBasis: pensionLaw,
            documents: [
                passport,
                text("Документи, що підтверджують підставу для перерахунку", "Documents supporting the recalculation"),
            ],
            eligibility: text("Пенсіонери", "Pensioners"),
            providedAt: pensionDesks,
            eServiceURL: "https://portal.pfu.gov.ua",
            lifeSituations: ["retirement"]),
    ]

    static let localServices: [Service] = [
        Service(
            code: "household-register-certificate",
            name: text(
                "Довідка з погосподарського обліку (про ведення особистого селянського господарства)",
                "Certificate from the household register (private farming plot)"),
            description: text(
                "Підтверджує склад господарства, земельні ділянки та худобу за даними погосподарської книги. Потрібна для субсидій, банків і продажу продукції.",
                "Confirms the household, its land plots and livestock from the household register. Needed for subsidies, banks and selling produce."
            ),
            cost: .free,
            term: sameDay,
            legalBasis: "Закон України «Про особисте селянське господарство»",
            documents: [passport],
            eligibility: text("Член господарства або його представник", "A household member or their representative"),
            providedAt: ["cnap-main"] + starostaOfficeCodes,
            lifeSituations: ["social-support", "property"]),
        Service(
            code: "starosta-notarial-acts",
            name: text("Нотаріальні дії у старостаті", "Notarial acts at the starosta office"),
            description: text(
                "Староста посвідчує заповіти й довіреності, засвідчує справжність підпису та вірність копій документів — для мешканців старостинського округу.",
                "The starosta certifies wills and powers of attorney, signatures and copies for residents of the district."
            ),
            cost: .varies(
                text(
                    "Державне мито або плата залежно від виду нотаріальної дії; адміністратор повідомить суму",
                    "State duty or a fee depending on the act; the staff will tell you the amount")),
            costLegalBasis: "Декрет КМУ від 21.01.1993 № 7-93 «Про державне мито»",
            term: sameDay,
            legalBasis:
                "Закон України «Про нотаріат», ст. 37; Порядок вчинення нотаріальних дій посадовими особами органів місцевого самоврядування, затверджений наказом Мін’юсту від 11.11.2011 № 3306/5",
            documents: [
                passport, taxNumber,
                text("Документи, потрібні для конкретної дії", "Documents needed for the particular act"),
            ],
            eligibility: text(
                "Мешканці сіл старостинського округу", "Residents of the villages in the starosta district"),
            providedAt: starostaOfficeCodes,
            lifeSituations: ["documents", "property", "death"]),
        Service(
            code: "burial-plot",
            name: text("Надання місця для поховання", "Allocating a burial plot"),
            description: text(
                "Відведення місця на кладовищі громади для поховання або підпоховання в родинну могилу.",
                "Allocates a plot in a community cemetery, or a place in a family grave."),
            cost: .free,
            term: sameDay,
            legalBasis: "Закон України «Про поховання та похоронну справу», ст. 21",
            documents: [
                passport,
                text(
                    "Свідоцтво про смерть або лікарське свідоцтво про смерть",
                    "Death certificate or medical death certificate"),
            ],
            eligibility: text("Особа, яка організовує поховання", "The person arranging the funeral"),
            providedAt: ["cnap-main"] + starostaOfficeCodes,
            lifeSituations: ["death"]),
        Service(
            code: "housing-waiting-list",
            name: text(
                "Взяття на квартирний облік громадян, які потребують поліпшення житлових умов",
                "Joining the housing waiting list"),
            description: text(
                "Зарахування на облік для отримання житла, зокрема для ВПО, ветеранів, сімей з дітьми та інших пільгових категорій.",
                "Puts you on the waiting list for housing, including IDPs, veterans, families with children and other priority groups."
            ),
            cost: .free,
            term: ServiceTerm(amount: 30, unit: .calendarDays),
            legalBasis:
                "Житловий кодекс України, ст. 34–39; Правила обліку громадян, які потребують поліпшення житлових умов (постанова Ради Міністрів УРСР і Укрпрофради від 11.12.1984 № 470)",
            documents: [
                passport,
                text("Витяг з реєстру територіальної громади", "Extract from the community register"),
                text("Документи, що підтверджують право на пільги (за наявності)", "Proof of priority status, if any"),
            ],
            eligibility: text(
                "Мешканці громади, які потребують поліпшення житлових умов", "Residents who need better housing"),
            providedAt: ["cnap-main"],
            lifeSituations: ["idp", "family", "social-support"]),
    ]
}
