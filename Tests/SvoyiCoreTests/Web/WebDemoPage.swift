import SvoyiCore

/// A page that uses every part of the toolkit, for the manual screenshot check.
enum WebDemoPage {
    static func layout(stylesheet: String) -> PageLayout {
        PageLayout(
            hromadaName: "Вишнева сільська громада", localizer: Localizer(language: .uk), homeHref: "page.html",
            stylesheetHref: stylesheet,
            navigation: [
                NavigationLink(label: "Головна", href: "page.html"),
                NavigationLink(label: "Послуги ЦНАП", href: "page.html", isCurrent: true),
                NavigationLink(label: "Новини", href: "page.html"),
                NavigationLink(label: "Контакти", href: "page.html"),
            ])
    }

    static func html() -> String {
        let t = Localizer(language: .uk)
        let form = Form(
            localizer: t, values: ["name": "Олена Петренко", "phone": "067 12"],
            errors: ["phone": t.string(.formInvalidPhone)], csrfToken: "demo-token")
        return layout(stylesheet: "svoyi.css").render(title: form.pageTitle("Довідка про склад сім’ї")) {
            form.errorSummary
            HTML.h1 { "Довідка про склад сім’ї" }
            HTML.div(.class("alert alert--warning"), .role("status")) {
                HTML.strong(.class("alert__title")) { "Графік змінено" }
                HTML.p { "У період відключень ЦНАП працює з генератором до 17:00." }
            }
            HTML.div(.class("card-grid")) {
                HTML.div(.class("card")) {
                    HTML.h2 { "Про послугу" }
                    HTML.p { "Безоплатно. Термін: \(t.plural(.workingDays, count: 1))." }
                    HTML.p { HTML.a(.href("page.html")) { "Перелік документів" } }
                }
                HTML.div(.class("card")) {
                    HTML.h2 { "Де отримати" }
                    HTML.p { "ЦНАП, вул. Шевченка, 12. Пн–Пт 8:00–17:00." }
                    HTML.p(.class("muted")) { "Останнє оновлення: 02.03.2026" }
                }
            }
            HTML.div(.class("card")) {
                HTML.h2 { "Замовити довідку" }
                form.element(action: "page.html") {
                    form.input("name", label: "Прізвище, ім’я", autocomplete: "name")
                    form.input(
                        "phone", label: "Номер телефону", type: .tel, hint: "Зателефонуємо, коли довідка буде готова",
                        autocomplete: "tel")
                    form.select(
                        "office", label: "ЦНАП",
                        options: [("1", "Центральний, с. Вишневе"), ("2", "Віддалене місце, с. Яблунівка")])
                    form.radios(
                        "delivery", legend: "Як отримати довідку", options: [("cnap", "У ЦНАП"), ("mail", "Поштою")])
                    form.textarea("note", label: "Коментар", required: false, rows: 3)
                    form.checkbox("consent", label: "Погоджуюся на обробку персональних даних")
                    form.buttonGroup {
                        form.submit("Надіслати заяву")
                        HTML.a(.class("button button--secondary"), .href("page.html")) { t.html(.cancel) }
                    }
                }
            }
        }.render()
    }
}
