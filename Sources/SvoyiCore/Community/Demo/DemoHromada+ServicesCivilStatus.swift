/// Services: civil status registration (ДРАЦС powers of the council) and єМалятко.
extension DemoHromada {
    private static let civilStatusLaw =
        "Закон України «Про державну реєстрацію актів цивільного стану»; Правила державної реєстрації актів цивільного стану в Україні, затверджені наказом Мін’юсту від 18.10.2000 № 52/5"

    static let civilStatusServices: [Service] = [
        Service(
            code: "birth-registration",
            name: text("Державна реєстрація народження", "Birth registration"),
            description: text(
                "Реєстрація народження дитини та видача свідоцтва про народження. Одночасно можна задекларувати місце проживання дитини і подати заяву на допомогу при народженні.",
                "Registers a child’s birth and issues the birth certificate. At the same visit you can register the child’s residence and apply for the birth grant."
            ),
            cost: .free,
            term: sameDay,
            legalBasis: civilStatusLaw,
            documents: [
                text("Паспорти батьків (одного з батьків)", "Parents’ passports (or one parent’s)"),
                text(
                    "Медичне свідоцтво про народження (форма № 103/о), видане закладом охорони здоров’я",
                    "Medical birth certificate (form 103/o) from the health facility"),
                text(
                    "Свідоцтво про шлюб (якщо батьки перебувають у шлюбі)",
                    "Marriage certificate, if the parents are married"),
            ],
            eligibility: text(
                "Батьки дитини або один із них; інші особи — у випадках, визначених законом. Заяву подають не пізніше одного місяця від дня народження.",
                "The parents or one of them; others where the law allows. Apply within one month of the birth."),
            providedAt: ["cnap-main"] + starostaOfficeCodes,
            lifeSituations: ["birth", "family"]),
        Service(
            code: "death-registration",
            name: text("Державна реєстрація смерті", "Death registration"),
            description: text(
                "Реєстрація смерті та видача свідоцтва про смерть. Після реєстрації особу автоматично знімають з реєстрації місця проживання.",
                "Registers a death and issues the death certificate. The person’s residence registration is closed automatically."
            ),
            cost: .free,
            term: sameDay,
            legalBasis: civilStatusLaw,
            documents: [
                text("Паспорт заявника", "Applicant’s passport"),
                text(
                    "Лікарське свідоцтво про смерть (форма № 106/о) або фельдшерська довідка",
                    "Medical death certificate (form 106/o) or a paramedic’s certificate"),
                text("Паспорт померлої особи (за наявності)", "The deceased person’s passport, if available"),
            ],
            eligibility: text(
                "Родичі, інші особи або представник закладу охорони здоров’я; заяву подають не пізніше трьох днів від дня смерті.",
                "Relatives, other persons or a health facility; apply within three days of the death."),
            providedAt: ["cnap-main"] + starostaOfficeCodes,
            lifeSituations: ["death"]),
        Service(
            code: "marriage-registration",
            name: text("Державна реєстрація шлюбу", "Marriage registration"),
            description: text(
                "Прийняття заяви та державна реєстрація шлюбу, за бажанням — в урочистій обстановці. Дату наречені обирають під час подання заяви.",
                "Takes the application and registers the marriage, with a ceremony if you wish. The couple choose the date when they apply."
            ),
            cost: .fixed(kopecks: 85),
            costLegalBasis:
                "Декрет КМУ від 21.01.1993 № 7-93 «Про державне мито»: 0,05 неоподатковуваного мінімуму доходів громадян",
            term: ServiceTerm(
                amount: 30, unit: .calendarDays,
                note: text(
                    "Шлюб реєструють після спливу одного місяця від подання заяви; за поважних причин — раніше, зокрема в день подання",
                    "The marriage is registered one month after the application, or sooner, even the same day, for good reason"
                )),
            legalBasis: "Сімейний кодекс України, ст. 32; " + civilStatusLaw,
            documents: [
                text("Паспорти обох наречених", "Both partners’ passports"),
                text(
                    "Документ про припинення попереднього шлюбу (якщо був)",
                    "Proof that any previous marriage has ended"),
                text("Квитанція про сплату державного мита", "Receipt for the state duty"),
            ],
            eligibility: text(
                "Чоловік і жінка, які досягли 18 років і не перебувають в іншому шлюбі",
                "A man and a woman aged 18 or over who are not married to anyone else"),
            providedAt: ["cnap-main"],
            lifeSituations: ["family"]),
        Service(
            code: "repeat-civil-certificate",
            name: text(
                "Повторне свідоцтво про реєстрацію акта цивільного стану",
                "Duplicate civil status certificate"),
            description: text(
                "Видача повторного свідоцтва про народження, шлюб, розірвання шлюбу чи смерть замість втраченого або пошкодженого.",
                "Issues a duplicate birth, marriage, divorce or death certificate to replace a lost or damaged one."),
            cost: .fixed(kopecks: 510),
            costLegalBasis:
                "Декрет КМУ від 21.01.1993 № 7-93 «Про державне мито»: 0,3 неоподатковуваного мінімуму доходів громадян",
            term: ServiceTerm(
                amount: 0, unit: .immediately,
                note: text(
                    "У день звернення, якщо запис є в Державному реєстрі; інакше — до 30 днів",
                    "On the day, if the record is in the State Register; otherwise up to 30 days")),
            legalBasis: civilStatusLaw,
            documents: [passport, text("Квитанція про сплату державного мита", "Receipt for the state duty")],
            eligibility: text(
                "Особа, щодо якої складено актовий запис, або її родичі у визначених законом випадках",
                "The person named in the record, or relatives where the law allows"),
            providedAt: ["cnap-main"],
            lifeSituations: ["documents", "family"]),
        Service(
            code: "emalyatko",
            name: text(
                "єМалятко — комплексна послуга при народженні дитини",
                "eMalyatko: services for a newborn in one application"),
            description: text(
                "Одна заява замість кількох звернень: реєстрація народження, місця проживання дитини, допомога при народженні, РНОКПП, внесення до Реєстру пацієнтів, статус багатодітної сім’ї та інші послуги.",
                "One application instead of several visits: birth registration, the child’s residence, the birth grant, tax number, patient register, large-family status and more."
            ),
            cost: .free,
            term: ServiceTerm(
                amount: 0, unit: .immediately,
                note: text(
                    "Свідоцтво про народження — у день звернення, інші послуги — у строки, встановлені для кожної з них",
                    "The birth certificate on the day; the other services within their own terms")),
            legalBasis:
                "Закон України «Про особливості надання публічних (електронних публічних) послуг»; Порядок надання комплексної електронної публічної послуги «єМалятко», затверджений Кабінетом Міністрів України",
            documents: [
                text("Паспорти батьків", "Parents’ passports"),
                text("Медичне свідоцтво про народження (форма № 103/о)", "Medical birth certificate (form 103/o)"),
                text("Реквізити банківського рахунку для виплати допомоги", "Bank account details for the birth grant"),
            ],
            eligibility: text(
                "Батьки дитини віком до одного року", "Parents of a child under one year old"),
            providedAt: ["cnap-main"],
            eServiceURL: "https://diia.gov.ua/services/yemalyatko",
            lifeSituations: ["birth", "family"]),
    ]
}
