/// Services: business registration, permits and licences, individual number plates.
extension DemoHromada {
    private static let registrationLaw =
        "Закон України «Про державну реєстрацію юридичних осіб, фізичних осіб — підприємців та громадських формувань»"
    private static let within24Hours = ServiceTerm(
        amount: 24, unit: .hours,
        note: text(
            "Протягом 24 годин після надходження документів, крім вихідних і святкових днів",
            "Within 24 hours of receipt, excluding weekends and public holidays"))

    static let businessServices: [Service] = [
        Service(
            code: "fop-registration",
            name: text(
                "Державна реєстрація фізичної особи — підприємця (ФОП)", "Registering as a sole proprietor (FOP)"),
            description: text(
                "Реєстрація підприємницької діяльності з обранням видів діяльності (КВЕД) і, за бажанням, спрощеної системи оподаткування. Відомості автоматично надходять до податкової.",
                "Registers you as a sole proprietor with your activity codes (KVED) and, if you wish, the simplified tax system. The tax office is informed automatically."
            ),
            cost: .free,
            term: within24Hours,
            legalBasis: registrationLaw,
            documents: [
                passport, taxNumber,
                text(
                    "Заява про державну реєстрацію (форма 1) та, за бажанням, заява про обрання спрощеної системи оподаткування",
                    "Registration application (form 1) and, optionally, the simplified tax system application"),
            ],
            eligibility: text(
                "Дієздатні особи з 18 років (з 16 — за згодою батьків)",
                "Adults of 18 and over (16 with parental consent)"),
            providedAt: cnapDesks,
            eServiceURL: "https://diia.gov.ua/services/reyestraciya-fop",
            lifeSituations: ["business"]),
        Service(
            code: "fop-termination",
            name: text(
                "Державна реєстрація припинення підприємницької діяльності ФОП", "Closing a sole proprietorship (FOP)"),
            description: text(
                "Закриття ФОП за власним рішенням. Перед поданням варто подати звітність і сплатити податки та єдиний внесок.",
                "Closes your sole proprietorship at your request. File your reports and pay taxes and social contributions first."
            ),
            cost: .free,
            term: within24Hours,
            legalBasis: registrationLaw,
            documents: [
                passport, text("Заява про державну реєстрацію припинення (форма 1)", "Closure application (form 1)"),
            ],
            eligibility: text("Фізична особа — підприємець", "The sole proprietor"),
            providedAt: cnapDesks,
            lifeSituations: ["business"]),
        Service(
            code: "legal-entity-registration",
            name: text("Державна реєстрація створення юридичної особи", "Registering a company or other legal entity"),
            description: text(
                "Реєстрація товариства, приватного підприємства, громадської організації чи іншої юридичної особи, зокрема на підставі модельного статуту.",
                "Registers a company, private enterprise, NGO or other legal entity, including on the model charter."),
            cost: .free,
            term: within24Hours,
            legalBasis: registrationLaw,
            documents: [
                passport,
                text("Заява про державну реєстрацію", "Registration application"),
                text(
                    "Рішення засновників та установчий документ (або посилання на модельний статут)",
                    "Founders’ decision and charter (or a reference to the model charter)"),
                text(
                    "Структура власності та документи про кінцевих бенефіціарних власників",
                    "Ownership structure and beneficial owners"),
            ],
            eligibility: text("Засновники або уповноважена ними особа", "Founders or their authorised person"),
            providedAt: ["cnap-main"],
            lifeSituations: ["business"]),
        Service(
            code: "legal-entity-changes",
            name: text(
                "Державна реєстрація змін до відомостей про юридичну особу", "Registering changes to a legal entity"),
            description: text(
                "Зміна керівника, адреси, назви, видів діяльності, складу учасників чи статуту юридичної особи.",
                "Change of director, address, name, activities, members or charter."),
            cost: .subsistenceMinimum(multiple: "0.3"),
            costLegalBasis:
                registrationLaw
                + ", ст. 36: 0,3 прожиткового мінімуму для працездатних осіб (за зміни до установчих документів)",
            term: within24Hours,
            legalBasis: registrationLaw,
            documents: [
                passport,
                text("Заява про державну реєстрацію змін", "Application for registration of changes"),
                text("Рішення уповноваженого органу юридичної особи", "Decision of the entity’s governing body"),
                text(
                    "Квитанція про сплату адміністративного збору (якщо справляється)",
                    "Fee receipt, where a fee applies"),
            ],
            eligibility: text("Керівник або уповноважена особа", "The director or an authorised person"),
            providedAt: ["cnap-main"],
            lifeSituations: ["business"]),
        Service(
            code: "edr-extract",
            name: text(
                "Витяг з Єдиного державного реєстру юридичних осіб, ФОП та громадських формувань",
                "Extract from the Unified State Register of legal entities and sole proprietors"),
            description: text(
                "Актуальні відомості про юридичну особу чи ФОП для банку, тендеру, контрагента. Власний витяг ФОП може сформувати безоплатно в Дії.",
                "Current details of a legal entity or sole proprietor for a bank, tender or partner. A sole proprietor can get their own extract free in Diia."
            ),
            cost: .subsistenceMinimum(multiple: "0.05"),
            costLegalBasis:
                registrationLaw + ", ст. 36: 0,05 прожиткового мінімуму для працездатних осіб (у паперовій формі)",
            term: sameDay,
            legalBasis: registrationLaw,
            documents: [passport, text("Квитанція про оплату", "Payment receipt")],
            eligibility: text("Будь-яка особа", "Anyone"),
            providedAt: cnapDesks,
            eServiceURL: "https://diia.gov.ua/services/vityag-z-yedr",
            lifeSituations: ["business"]),
        Service(
            code: "permits-licenses",
            name: text(
                "Документи дозвільного характеру та ліцензії", "Business permits and licences"),
            description: text(
                "Прийом заяв на документи дозвільного характеру (декларації, дозволи, погодження) і ліцензії на господарську діяльність та видача результатів. Адміністратор підкаже, який саме документ потрібен для вашої діяльності.",
                "Takes applications for business permits, declarations, approvals and licences and hands out the results. The administrator will tell you which document your activity needs."
            ),
            cost: .varies(
                text(
                    "Більшість документів дозвільного характеру — безоплатно; за видачу ліцензії — разова плата в розмірі одного прожиткового мінімуму для працездатних осіб, якщо інше не встановлено законом.",
                    "Most permits are free; a licence costs one subsistence minimum for able-bodied persons unless the law says otherwise."
                )),
            costLegalBasis:
                "Закон України «Про дозвільну систему у сфері господарської діяльності», ст. 4-1; Закон України «Про ліцензування видів господарської діяльності», ст. 14",
            term: ServiceTerm(
                amount: 10, unit: .calendarDays,
                note: text(
                    "Для більшості дозволів — не довше 10 днів; для окремих ліцензій і дозволів закон встановлює інші строки",
                    "Most permits within 10 days; some licences and permits have other terms set by law")),
            legalBasis:
                "Закон України «Про дозвільну систему у сфері господарської діяльності»; Закон України «Про ліцензування видів господарської діяльності»",
            documents: [
                passport,
                text(
                    "Заява за формою, встановленою для відповідного документа",
                    "Application in the form set for the document"),
                text(
                    "Документи, визначені законом для відповідного дозволу чи ліцензії",
                    "Documents the law requires for that permit or licence"),
            ],
            eligibility: text("Суб’єкти господарювання", "Businesses"),
            providedAt: ["cnap-main"],
            lifeSituations: ["business"]),
        Service(
            code: "license-plate-order",
            name: text("Замовлення індивідуального номерного знака", "Ordering a personalised number plate"),
            description: text(
                "Індивідуальна комбінація на номерному знаку для вашого авто. Вільні комбінації перевіряють і замовляють в електронному кабінеті водія або в сервісному центрі МВС; адміністратор ЦНАП допоможе оформити замовлення онлайн.",
                "A personalised combination for your car’s plates. Free combinations are checked and ordered in the driver’s e-cabinet or at an MIA service centre; a TsNAP administrator can help you order online."
            ),
            cost: .varies(
                text(
                    "Залежить від обраної комбінації символів відповідно до переліку платних послуг МВС",
                    "Depends on the chosen combination, per the Ministry of Internal Affairs price list")),
            costLegalBasis: "Постанова КМУ від 04.06.2007 № 795",
            term: ServiceTerm(
                amount: 0, unit: .immediately,
                note: text(
                    "Замовлення — одразу; знак видають у сервісному центрі МВС після виготовлення",
                    "The order is placed at once; the plate is issued at the MIA service centre once made")),
            legalBasis:
                "Закон України «Про дорожній рух»; Порядок державної реєстрації транспортних засобів, затверджений постановою КМУ від 07.09.1998 № 1388",
            documents: [
                passport, text("Свідоцтво про реєстрацію транспортного засобу", "Vehicle registration certificate"),
            ],
            eligibility: text("Власник транспортного засобу", "The vehicle owner"),
            providedAt: ["cnap-main"],
            eServiceURL: "https://hsc.gov.ua",
            lifeSituations: ["transport"]),
    ]
}
