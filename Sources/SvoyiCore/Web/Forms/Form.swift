/// Renders the fields of one form with the values a person entered and the problems found in them, following
/// the GOV.UK patterns: a label for every control, hints and errors tied to it with `aria-describedby`, an error
/// summary on top that links to each field, and server-side validation only (`novalidate`).
///
/// ```swift
/// let form = Form(localizer: t, values: submitted, errors: errors, csrfToken: session.csrfToken)
/// let main = HTML.fragment {
///     form.errorSummary
///     form.element(action: "/appeals") {
///         form.input("email", label: "Електронна пошта", type: .email, autocomplete: "email")
///         form.submit("Надіслати звернення")
///     }
/// }
/// layout.render(title: form.pageTitle("Нове звернення"), main: main)
/// ```
public struct Form: Sendable {
    /// The name of the hidden field that carries the CSRF token.
    public static let csrfFieldName = "_csrf"

    /// Where the form's own words (error prefix, "optional") come from.
    public var localizer: Localizer
    /// What the person entered, by field name; shown again after a failed submit.
    public var values: [String: String]
    /// The problems to show.
    public var errors: FormErrors
    /// The session's CSRF token, sent back in a hidden field; `nil` for forms that change nothing (search).
    public var csrfToken: String?

    /// A form with the person's values and the problems found.
    public init(
        localizer: Localizer, values: [String: String] = [:], errors: FormErrors = FormErrors(),
        csrfToken: String? = nil
    ) {
        self.localizer = localizer
        self.values = values
        self.errors = errors
        self.csrfToken = csrfToken
    }

    /// The `id` of the control for field `name`; the error summary links to it.
    public static func fieldID(_ name: String) -> String { "field-\(name)" }

    /// The page title, prefixed «Помилка: » when there are problems, so screen-reader users hear it first.
    public func pageTitle(_ title: String) -> String {
        errors.isEmpty ? title : "\(localizer.string(.errorPrefix)) \(title)"
    }

    /// The error summary (nothing when there are no problems): a `role="alert"` box whose links move focus to the
    /// fields. Put it at the top of `main`, above the `h1`'s content or right after it.
    ///
    /// It takes the focus when the page opens (`autofocus`, no JavaScript needed), so keyboard and screen-reader
    /// users start at the list of problems, as GOV.UK's error summary does with its script.
    public var errorSummary: HTML {
        guard !errors.isEmpty else { return .empty }
        return HTML.div(
            .class("error-summary"), .role("alert"), .aria("labelledby", "error-summary-title"),
            HTMLAttribute("tabindex", "-1"), .flag("autofocus")
        ) {
            HTML.h2(.id("error-summary-title")) { localizer.html(.errorSummaryTitle) }
            HTML.ul {
                for item in errors.items {
                    HTML.li { HTML.a(.href("#\(Form.fieldID(item.field))")) { item.message } }
                }
            }
        }
    }

    /// A `<form>` element: `method="post"` by default, `novalidate`, with the CSRF field first when there is a token.
    public func element(
        action: String, method: String = "post", _ attributes: HTMLAttribute...,
        @HTMLBuilder content: () -> HTML
    ) -> HTML {
        HTML.element(.form, [.init("action", action), .init("method", method), .flag("novalidate")] + attributes) {
            if let csrfToken { Form.csrfField(token: csrfToken) }
            content()
        }
    }

    /// A hidden field with the CSRF token.
    public static func csrfField(token: String, name: String = csrfFieldName) -> HTML {
        HTML.input(.type("hidden"), .name(name), .value(token))
    }

    /// A submit button. A `name`/`value` pair tells apart several buttons of one form.
    public func submit(
        _ label: String, style: ButtonStyle = .primary, name: String? = nil, value: String? = nil
    ) -> HTML {
        HTML.button(
            .type("submit"), .class(style.className), name.map(HTMLAttribute.name) ?? .omitted,
            value.map(HTMLAttribute.value) ?? .omitted
        ) { label }
    }

    /// Submit buttons and links side by side.
    public func buttonGroup(@HTMLBuilder content: () -> HTML) -> HTML {
        HTML.div(.class("button-group"), content: content)
    }
}

/// How prominent a button is.
public enum ButtonStyle: Sendable, Hashable {
    /// The one main action of a page.
    case primary
    /// Other actions.
    case secondary
    /// Actions that delete or cannot be undone.
    case warning

    /// The CSS class that draws it.
    public var className: String {
        switch self {
        case .primary: "button"
        case .secondary: "button button--secondary"
        case .warning: "button button--warning"
        }
    }
}
