/// One attribute of an element: a checked name and a value that is always escaped when rendered.
///
/// Names come from literals only. Values may hold any user text: they are escaped, and values of URL attributes
/// (`href`, `src`, `action`, `formaction`) with a scheme other than `http`, `https`, `mailto` or `tel` are replaced by
/// `about:invalid`, so `javascript:` links cannot be injected either.
public struct HTMLAttribute: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        case text(String)
        case flag(Bool)
    }

    /// The attribute name.
    public let name: String
    let value: Value

    init(checkedName: String, value: Value) {
        self.name = checkedName
        self.value = value
    }

    /// An attribute with a text value: `HTMLAttribute("autocomplete", "email")`.
    public init(_ name: StaticString, _ value: String) {
        self.init(checkedName: HTMLName.attribute(name), value: .text(value))
    }

    /// A boolean attribute (`required`, `checked` …), rendered as its bare name when `isOn`, left out otherwise.
    public static func flag(_ name: StaticString, _ isOn: Bool = true) -> HTMLAttribute {
        HTMLAttribute(checkedName: HTMLName.attribute(name), value: .flag(isOn))
    }

    /// No attribute at all, for attributes that depend on a condition: `isCurrent ? .aria("current", "page") : .omitted`.
    public static let omitted = HTMLAttribute(checkedName: "", value: .flag(false))

    /// An `aria-*` attribute: `.aria("describedby", "email-hint")`.
    public static func aria(_ suffix: StaticString, _ value: String) -> HTMLAttribute {
        HTMLAttribute(checkedName: HTMLName.attribute(prefix: "aria-", suffix), value: .text(value))
    }

    /// A `data-*` attribute: `.data("slot", "2026-03-02T09:00")`.
    public static func data(_ suffix: StaticString, _ value: String) -> HTMLAttribute {
        HTMLAttribute(checkedName: HTMLName.attribute(prefix: "data-", suffix), value: .text(value))
    }
}

extension HTMLAttribute {
    /// `id="…"`.
    public static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
    /// `class="…"`.
    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
    /// `href="…"` (unsafe schemes are replaced when rendered).
    public static func href(_ value: String) -> HTMLAttribute { HTMLAttribute("href", value) }
    /// `src="…"` (unsafe schemes are replaced when rendered).
    public static func src(_ value: String) -> HTMLAttribute { HTMLAttribute("src", value) }
    /// `alt="…"`; pass `""` for a decorative image.
    public static func alt(_ value: String) -> HTMLAttribute { HTMLAttribute("alt", value) }
    /// `type="…"`.
    public static func type(_ value: String) -> HTMLAttribute { HTMLAttribute("type", value) }
    /// `name="…"`.
    public static func name(_ value: String) -> HTMLAttribute { HTMLAttribute("name", value) }
    /// `value="…"`.
    public static func value(_ value: String) -> HTMLAttribute { HTMLAttribute("value", value) }
    /// `for="…"`, the id of the control a label names.
    public static func `for`(_ value: String) -> HTMLAttribute { HTMLAttribute("for", value) }
    /// `lang="…"`, for text in another language than the page (WCAG 3.1.2).
    public static func lang(_ value: String) -> HTMLAttribute { HTMLAttribute("lang", value) }
    /// `rel="…"`.
    public static func rel(_ value: String) -> HTMLAttribute { HTMLAttribute("rel", value) }
    /// `role="…"`.
    public static func role(_ value: String) -> HTMLAttribute { HTMLAttribute("role", value) }
    /// `title="…"`.
    public static func title(_ value: String) -> HTMLAttribute { HTMLAttribute("title", value) }
    /// `autocomplete="…"`.
    public static func autocomplete(_ value: String) -> HTMLAttribute { HTMLAttribute("autocomplete", value) }
    /// `required`, when `isOn`.
    public static func required(_ isOn: Bool = true) -> HTMLAttribute { .flag("required", isOn) }
    /// `disabled`, when `isOn`.
    public static func disabled(_ isOn: Bool = true) -> HTMLAttribute { .flag("disabled", isOn) }
    /// `checked`, when `isOn`.
    public static func checked(_ isOn: Bool = true) -> HTMLAttribute { .flag("checked", isOn) }
    /// `selected`, when `isOn`.
    public static func selected(_ isOn: Bool = true) -> HTMLAttribute { .flag("selected", isOn) }
    /// `hidden`, when `isOn`.
    public static func hidden(_ isOn: Bool = true) -> HTMLAttribute { .flag("hidden", isOn) }
}
