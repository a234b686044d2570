import Foundation
import SvoyiCore
import Testing

@Suite("Form rendering")
struct WebFormRenderingTests {
    let form = Form(
        localizer: Localizer(language: .uk),
        values: ["name": "Олена \"Оля\"", "email": "olena@", "topic": "water", "agree": "yes"],
        errors: ["email": "Введіть адресу електронної пошти у форматі name@example.com", "topic": "Оберіть тему"],
        csrfToken: "tok&en<1>")

    var html: String {
        form.element(action: "/appeals") {
            form.errorSummary
            form.input("name", label: "Ім’я", autocomplete: "name")
            form.input("email", label: "Електронна пошта", type: .email, hint: "Надішлемо відповідь сюди")
            form.radios("topic", legend: "Тема", options: [("water", "Вода"), ("roads", "Дороги")])
            form.checkbox("agree", label: "Погоджуюся")
            form.submit("Надіслати")
        }.render()
    }

    @Test func errorSummaryLinksToFieldIDsInOrder() throws {
        let summary = try #require(html.range(of: "<div class=\"error-summary\" role=\"alert\""))
        let email = try #require(html.range(of: "<a href=\"#field-email\">Введіть адресу"))
        let topic = try #require(html.range(of: "<a href=\"#field-topic\">Оберіть тему</a>"))
        #expect(summary.lowerBound < email.lowerBound && email.lowerBound < topic.lowerBound)
        #expect(html.contains("id=\"field-email\""))
        #expect(html.contains("<input type=\"radio\" id=\"field-topic\" name=\"topic\" value=\"water\" checked>"))
        #expect(html.contains("<h2 id=\"error-summary-title\">Виникла проблема</h2>"))
    }

    @Test func hintsAndErrorsDescribeTheirControl() {
        #expect(html.contains("aria-describedby=\"field-email-hint field-email-error\" aria-invalid=\"true\""))
        #expect(html.contains("<div class=\"field__hint\" id=\"field-email-hint\">Надішлемо відповідь сюди</div>"))
        #expect(
            html.contains(
                "<p class=\"field__error\" id=\"field-email-error\"><span class=\"visually-hidden\">Помилка: </span>"))
        #expect(html.contains("<fieldset aria-describedby=\"field-topic-error\"><legend>Тема</legend>"))
        #expect(html.contains("<div class=\"field field--error\"><label class=\"field__label\" for=\"field-email\">"))
        // A field without a problem has no error and no aria-invalid.
        #expect(!html.contains("field-name-error"))
    }

    @Test func csrfFieldComesFirstAndIsEscaped() {
        #expect(
            html.hasPrefix(
                "<form action=\"/appeals\" method=\"post\" novalidate>"
                    + "<input type=\"hidden\" name=\"_csrf\" value=\"tok&amp;en&lt;1&gt;\">"))
    }

    @Test func enteredValuesAreShownAgainEscaped() {
        #expect(html.contains("value=\"Олена &quot;Оля&quot;\""))
        #expect(html.contains("<input type=\"checkbox\" id=\"field-agree\" name=\"agree\" value=\"yes\" checked>"))
    }

    @Test func otherControls() {
        let f = Form(localizer: Localizer(language: .en), values: ["office": "2", "note": "<b>hi</b>", "age": "7"])
        let select = f.select("office", label: "Office", options: [("1", "Центр"), ("2", "Село")]).render()
        #expect(select.contains("<option value=\"1\">Центр</option><option value=\"2\" selected>Село</option>"))
        let note = f.textarea("note", label: "Note", required: false).render()
        #expect(note.contains(">Note (optional)</label>"))
        #expect(note.contains("rows=\"5\">&lt;b&gt;hi&lt;/b&gt;</textarea>"))
        let age = f.input("age", label: "Age", type: .number, width: .short).render()
        #expect(age.contains("<input type=\"text\" inputmode=\"numeric\" class=\"input input--short\""))
        #expect(f.input("d", label: "Date", type: .date).render().contains("type=\"date\""))
        #expect(f.errorSummary.render() == "")
        #expect(f.pageTitle("Appeal") == "Appeal")
        #expect(form.pageTitle("Звернення") == "Помилка: Звернення")
    }

    @Test func buttonsAndForms() {
        #expect(
            form.submit("Видалити", style: .warning, name: "action", value: "delete").render()
                == "<button type=\"submit\" class=\"button button--warning\" name=\"action\" value=\"delete\">"
                + "Видалити</button>")
        let search = Form(localizer: Localizer(language: .uk)).element(action: "/search", method: "get") { "" }
        #expect(search.render() == "<form action=\"/search\" method=\"get\" novalidate></form>")
    }
}
