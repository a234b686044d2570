/// Services: disability, care, burial assistance.
extension DemoHromada {
    static let careServices: [Service] = [
        Service(
            code: "disability-certificate",
            name: text("Посвідчення особи з інвалідністю", "Disability certificate"),
            description: text(
                "Видача посвідчення, що підтверджує інвалідність і право на пільги, зокрема на безоплатний проїзд.",
                "Issues the certificate confirming disability and the right to concessions, including free public transport."
            ),
            cost: .free,
            term: ServiceTerm(amount: 30, unit: .calendarDays),
            legalBasis: "Закон України «Про основи соціальної захищеності осіб з інвалідністю в Україні»",
            documents: [
                passport,
                text(
                    "Рішення експертної команди з оцінювання повсякденного функціонування особи або довідка МСЕК",
                    "Disability assessment decision"),
                text("Фото 30 × 40 мм", "30 × 40 mm photo"),
            ],
            eligibility: text("Особи з інвалідністю", "People with disabilities"),
            providedAt: cnapDesks + ["social-protection"],
            lifeSituations: ["social-support"]),
        Service(
            code: "home-care-services",
            name: text("Соціальна послуга догляду вдома", "Home care service"),
            description: text(
                "Допомога вдома людям поважного віку та людям з інвалідністю, які не можуть самостійно себе обслуговувати: покупки, прибирання, приготування їжі, супровід до лікаря.",
                "Help at home for older people and people with disabilities who cannot fully look after themselves: shopping, cleaning, cooking, escort to the doctor."
            ),
            cost: .varies(
                text(
                    "Безоплатно або з диференційованою платою — залежно від доходу отримувача",
                    "Free or at a sliding fee, depending on the recipient’s income")),
            costLegalBasis: "Закон України «Про соціальні послуги», ст. 28",
            term: ServiceTerm(
                amount: 10, unit: .workingDays,
                note: text(
                    "Рішення ухвалюють після оцінювання потреб особи",
                    "Decided after an assessment of the person’s needs")),
            legalBasis: "Закон України «Про соціальні послуги»; постанова КМУ від 01.06.2020 № 587",
            documents: [
                passport,
                text("Заява про надання соціальних послуг", "Application for social services"),
                text("Висновок лікаря про стан здоров’я", "Doctor’s statement on health"),
            ],
            eligibility: text(
                "Люди поважного віку, особи з інвалідністю, тяжко хворі, які потребують постійного догляду",
                "Older people, people with disabilities and the seriously ill who need regular care"),
            providedAt: everyDesk + ["social-protection"],
            lifeSituations: ["retirement", "social-support"]),
        Service(
            code: "caregiver-compensation",
            name: text(
                "Компенсація особі, яка надає соціальні послуги з догляду на непрофесійній основі",
                "Compensation for informal carers"),
            description: text(
                "Щомісячна компенсація родичу чи іншій особі, яка доглядає людину з інвалідністю I групи, людину поважного віку чи дитину з інвалідністю.",
                "A monthly payment to a relative or other person caring for someone with a group I disability, an elderly person or a disabled child."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .calendarDays),
            legalBasis: "Постанова КМУ від 23.09.2020 № 859",
            documents: [
                passport,
                text(
                    "Заява особи, яка доглядає, та згода особи, яку доглядають",
                    "Carer’s application and the cared-for person’s consent"),
                text(
                    "Медичний висновок про потребу в постійному догляді",
                    "Medical statement of the need for constant care"),
                text("Декларація про доходи", "Income declaration"),
            ],
            eligibility: text("Фізичні особи, які доглядають без оплати", "Individuals providing unpaid care"),
            providedAt: cnapDesks + ["social-protection"],
            lifeSituations: ["social-support", "retirement"]),
        Service(
            code: "funeral-assistance",
            name: text("Допомога на поховання", "Funeral assistance"),
            description: text(
                "Одноразова допомога особі, яка здійснила поховання. Для пенсіонерів її виплачує Пенсійний фонд, для інших — управління соціального захисту населення.",
                "A one-off payment to the person who arranged the funeral, paid by the Pension Fund for pensioners and by the social protection department for others."
            ),
            cost: .free,
            term: ServiceTerm(amount: 10, unit: .calendarDays),
            legalBasis:
                "Закон України «Про загальнообов’язкове державне пенсійне страхування»; постанова КМУ від 31.01.2007 № 99",
            documents: [
                passport,
                text("Свідоцтво про смерть", "Death certificate"),
                text("Документ, що підтверджує здійснення поховання", "Proof of having arranged the funeral"),
                text("Реквізити банківського рахунку", "Bank account details"),
            ],
            eligibility: text("Особа, яка здійснила поховання", "The person who arranged the funeral"),
            providedAt: cnapDesks + ["social-protection", "pension-service-center"],
            lifeSituations: ["death"]),
    ]
}
