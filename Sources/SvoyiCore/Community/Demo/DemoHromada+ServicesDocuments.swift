/// Services: identity documents, criminal record extract, residence registration.
extension DemoHromada {
    static let passport = text(
        "Паспорт громадянина України або інший документ, що посвідчує особу",
        "Ukrainian passport or another identity document")
    static let representative = text(
        "Документ, що підтверджує повноваження представника (якщо звертається представник)",
        "Proof of authority, if a representative applies")
    static let taxNumber = text(
        "Реєстраційний номер облікової картки платника податків (за наявності)", "Taxpayer number (RNOKPP), if any")
    /// Given out during the visit.
    static let sameDay = ServiceTerm(
        amount: 0, unit: .immediately, note: text("У день звернення", "On the day you apply"))

    static let documentServices: [Service] = [
        Service(
            code: "id-card",
            name: text("Паспорт громадянина України у формі ID-картки", "Ukrainian passport (ID card)"),
            description: text(
                "Оформлення першого паспорта у 14 років, обмін у 18 років, через закінчення строку дії, після зміни прізвища чи замість втраченого. Фотографують і знімають відбитки пальців на місці.",
                "A first passport at 14, or a new one at 18, on expiry, after a change of name or to replace a lost one. The photo and fingerprints are taken on site."
            ),
            cost: .varies(
                text(
                    "Вперше у 14 років — безоплатно. Обмін або замість втраченого: 618 грн (до 20 робочих днів), 988 грн (до 7 робочих днів).",
                    "First passport at 14: free. Exchange or replacement: UAH 618 (within 20 working days), UAH 988 (within 7 working days)."
                )),
            costLegalBasis:
                "Адміністративний збір і вартість бланка (ДП «Поліграфічний комбінат «Україна»); розміри за повідомленням ДМС, чинні з 01.01.2026",
            term: ServiceTerm(
                amount: 20, unit: .workingDays,
                note: text("Термінове оформлення — до 7 робочих днів", "Urgent processing: up to 7 working days")),
            legalBasis:
                "Закон України «Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство України, посвідчують особу чи її спеціальний статус»; постанова КМУ від 25.03.2015 № 302",
            documents: [
                text(
                    "Свідоцтво про народження (для першого паспорта)", "Birth certificate (for a first passport)"),
                text("Паспорт, що підлягає обміну (за наявності)", "The passport being replaced, if any"),
                text(
                    "Документ про реєстрацію місця проживання (за наявності)", "Proof of registered residence, if any"),
                taxNumber,
                text(
                    "Квитанція про оплату (крім першого паспорта)", "Payment receipt (except for a first passport)"),
            ],
            eligibility: text("Громадяни України з 14 років", "Citizens of Ukraine aged 14 and over"),
            providedAt: ["cnap-main"],
            lifeSituations: ["documents"]),
        Service(
            code: "foreign-passport",
            name: text("Паспорт громадянина України для виїзду за кордон", "Ukrainian passport for travel abroad"),
            description: text(
                "Оформлення закордонного біометричного паспорта, зокрема для дитини. Можна подати документи одночасно з оформленням ID-картки.",
                "A biometric passport for travel abroad, including for a child. You can apply at the same time as for an ID card."
            ),
            cost: .fixed(kopecks: 114_700),
            costLegalBasis:
                "Адміністративний збір і вартість бланка; 1 147 грн — до 20 робочих днів, 1 787 грн — до 7 робочих днів (розміри ДМС з 01.01.2026)",
            term: ServiceTerm(
                amount: 20, unit: .workingDays,
                note: text(
                    "Термінове оформлення — до 7 робочих днів, 1 787 грн", "Urgent: up to 7 working days, UAH 1,787")),
            legalBasis: "Постанова КМУ від 07.05.2014 № 152",
            documents: [
                passport, taxNumber,
                text(
                    "Для дитини до 14 років — свідоцтво про народження і присутність одного з батьків",
                    "For a child under 14: birth certificate and one parent present"),
                text("Квитанція про оплату", "Payment receipt"),
            ],
            eligibility: text("Громадяни України будь-якого віку", "Citizens of Ukraine of any age"),
            providedAt: ["cnap-main"],
            lifeSituations: ["documents"]),
        Service(
            code: "criminal-record-certificate",
            name: text("Витяг про відсутність судимості", "Criminal record certificate"),
            description: text(
                "Витяг з інформаційно-аналітичної системи МВС про притягнення до кримінальної відповідальності та наявність чи відсутність судимості. Потрібен для роботи, навчання, оформлення опіки, виїзду за кордон.",
                "An extract from the Ministry of Internal Affairs system on criminal liability and convictions, needed for jobs, studies, guardianship or travel."
            ),
            cost: .free,
            term: ServiceTerm(
                amount: 10, unit: .calendarDays,
                note: text(
                    "У Дії витяг зазвичай формується автоматично за кілька хвилин",
                    "In Diia the extract is usually generated automatically within minutes")),
            legalBasis:
                "Закон України «Про адміністративні послуги»; порядок надання витягу з інформаційно-аналітичної системи «Облік відомостей про притягнення особи до кримінальної відповідальності та наявність судимості», затверджений МВС",
            documents: [passport, taxNumber, representative],
            eligibility: text("Будь-яка особа щодо себе", "Anyone, about themselves"),
            providedAt: cnapDesksAndMobile,
            eServiceURL: "https://diia.gov.ua/services/vityag-pro-nesudimist",
            lifeSituations: ["documents"]),
        Service(
            code: "residence-registration",
            name: text("Декларування або реєстрація місця проживання", "Declaring or registering your residence"),
            description: text(
                "Внесення до реєстру територіальної громади відомостей про адресу, за якою ви проживаєте. Якщо ви переїжджаєте, зняття з попередньої адреси відбувається одночасно.",
                "Records the address where you live in the community register. When you move, the old address is deregistered at the same time."
            ),
            cost: .subsistenceMinimum(multiple: "0.0085"),
            costLegalBasis:
                "Закон України від 05.11.2021 № 1871-IX: 0,0085 прожиткового мінімуму для працездатних осіб; з порушенням строку — 0,0255",
            term: sameDay,
            legalBasis:
                "Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»; постанова КМУ від 07.02.2022 № 265",
            documents: [
                passport,
                text(
                    "Документ, що підтверджує право на проживання (власність, договір найму), або згода власника житла",
                    "Proof of the right to live there (ownership, tenancy) or the owner’s consent"),
                text("Свідоцтво про народження — для дитини до 14 років", "Birth certificate, for a child under 14"),
                text("Квитанція про сплату адміністративного збору", "Receipt for the administrative fee"),
            ],
            eligibility: text(
                "Громадяни України, іноземці та особи без громадянства, які постійно проживають в Україні",
                "Ukrainian citizens and foreign nationals or stateless persons permanently residing in Ukraine"),
            providedAt: everyDesk,
            lifeSituations: ["moving", "birth", "documents"]),
        Service(
            code: "residence-deregistration",
            name: text(
                "Зняття із задекларованого або зареєстрованого місця проживання", "Deregistering your residence"),
            description: text(
                "Зняття з адреси без декларування нової — наприклад, перед виїздом за кордон. Якщо ви декларуєте нове місце проживання, окремо знятися не потрібно.",
                "Removes your address without declaring a new one, for example before moving abroad. If you declare a new address, you need not deregister separately."
            ),
            cost: .subsistenceMinimum(multiple: "0.0085"),
            costLegalBasis:
                "Закон України від 05.11.2021 № 1871-IX: 0,0085 прожиткового мінімуму для працездатних осіб; з порушенням строку — 0,0255",
            term: sameDay,
            legalBasis:
                "Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»; постанова КМУ від 07.02.2022 № 265",
            documents: [
                passport, representative, text("Квитанція про сплату адміністративного збору", "Receipt for the fee"),
            ],
            eligibility: text(
                "Особа, задекларована чи зареєстрована в громаді, або її законний представник",
                "A person registered in the community or their legal representative"),
            providedAt: cnapDesks + starostaOfficeCodes,
            lifeSituations: ["moving", "documents"]),
        Service(
            code: "registered-persons-extract",
            name: text(
                "Витяг з реєстру територіальної громади (довідка про склад сім’ї, зареєстрованих осіб)",
                "Extract from the community register (household composition, registered persons)"),
            description: text(
                "Документ про ваше задеклароване чи зареєстроване місце проживання та про осіб, зареєстрованих за адресою. Замінює колишню довідку про склад сім’ї для субсидій, допомог і банків.",
                "Shows your registered address and the people registered there. It replaces the former household composition certificate for subsidies, benefits and banks."
            ),
            cost: .free,
            term: sameDay,
            legalBasis:
                "Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»; постанова КМУ від 07.02.2022 № 265",
            documents: [passport, representative],
            eligibility: text(
                "Особа, задекларована чи зареєстрована в громаді, або власник житла",
                "A person registered in the community, or the owner of the dwelling"),
            providedAt: everyDesk,
            eServiceURL: "https://diia.gov.ua/services/vityag-z-reyestru-teritorialnoyi-gromadi",
            lifeSituations: ["moving", "social-support", "documents"]),
    ]
}
