/// The kind of a one-line text control.
public enum InputType: String, Sendable, Hashable {
    /// Free text.
    case text
    /// An e-mail address.
    case email
    /// A phone number.
    case tel
    /// A whole number. Rendered as `type="text" inputmode="numeric"`, as GOV.UK advises: `type="number"` changes
    /// the value on scroll, rounds long numbers and is read badly by some screen readers.
    case number
    /// A date, with the browser's date picker.
    case date
    /// A password.
    case password
    /// A search query.
    case search
    /// A web address.
    case url
}

extension Form {
    /// A labelled one-line input with optional hint and the field's error.
    ///
    /// Required fields carry `required` (announced by screen readers); optional ones say so in the label.
    public func input(
        _ name: String, label: String, type: InputType = .text, hint: String? = nil, required: Bool = true,
        autocomplete: String? = nil, width: FieldWidth = .full
    ) -> HTML {
        let id = Form.fieldID(name)
        let typeAttributes: [HTMLAttribute] =
            type == .number
            ? [.type("text"), HTMLAttribute("inputmode", "numeric")] : [.type(type.rawValue)]
        let attributes: [HTMLAttribute] =
            typeAttributes + [
                .class(width == .short ? "input input--short" : "input"), .id(id), .name(name),
                values[name].map(HTMLAttribute.value) ?? .omitted,
                autocomplete.map(HTMLAttribute.autocomplete) ?? .omitted,
                .required(required),
            ] + describedBy(name, hint: hint)
        return field(name, label: label, hint: hint, required: required) { HTML.element(.input, attributes) }
    }

    /// A labelled multi-line text area.
    public func textarea(
        _ name: String, label: String, hint: String? = nil, required: Bool = true, rows: Int = 5
    ) -> HTML {
        let attributes: [HTMLAttribute] =
            [
                .class("textarea"), .id(Form.fieldID(name)), .name(name), HTMLAttribute("rows", String(rows)),
                .required(required),
            ] + describedBy(name, hint: hint)
        return field(name, label: label, hint: hint, required: required) {
            HTML.element(.textarea, attributes) { values[name] ?? "" }
        }
    }

    /// A labelled drop-down list; `options` are value/label pairs, the person's value is selected.
    public func select(
        _ name: String, label: String, options: [(value: String, label: String)], hint: String? = nil,
        required: Bool = true
    ) -> HTML {
        let attributes: [HTMLAttribute] =
            [.class("select"), .id(Form.fieldID(name)), .name(name), .required(required)]
            + describedBy(name, hint: hint)
        return field(name, label: label, hint: hint, required: required) {
            HTML.element(.select, attributes) {
                for option in options {
                    HTML.option(.value(option.value), .selected(values[name] == option.value)) { option.label }
                }
            }
        }
    }

    /// The wrapper every field shares: label, hint, error, then the control.
    func field(
        _ name: String, label: String, hint: String?, required: Bool, @HTMLBuilder control: () -> HTML
    ) -> HTML {
        let id = Form.fieldID(name)
        return HTML.div(.class(errors[name] == nil ? "field" : "field field--error")) {
            HTML.label(.class("field__label"), .for(id)) {
                label
                if !required { " \(localizer.string(.optionalField))" }
            }
            hintAndError(name, hint: hint)
            control()
        }
    }

    /// The hint and error paragraphs of a field, with the ids `aria-describedby` points at.
    func hintAndError(_ name: String, hint: String?) -> HTML {
        let id = Form.fieldID(name)
        return HTML.fragment {
            if let hint { HTML.div(.class("field__hint"), .id("\(id)-hint")) { hint } }
            if let error = errors[name] {
                HTML.p(.class("field__error"), .id("\(id)-error")) {
                    HTML.span(.class("visually-hidden")) { "\(localizer.string(.errorPrefix)) " }
                    error
                }
            }
        }
    }

    /// `aria-describedby` (hint, then error) and `aria-invalid` for a control.
    func describedBy(_ name: String, hint: String?) -> [HTMLAttribute] {
        let id = Form.fieldID(name)
        var ids: [String] = []
        if hint != nil { ids.append("\(id)-hint") }
        if errors[name] != nil { ids.append("\(id)-error") }
        var attributes: [HTMLAttribute] = []
        if !ids.isEmpty { attributes.append(.aria("describedby", ids.joined(separator: " "))) }
        if errors[name] != nil { attributes.append(.aria("invalid", "true")) }
        return attributes
    }
}

/// How wide a text input is drawn.
public enum FieldWidth: Sendable, Hashable {
    /// As wide as the text column.
    case full
    /// About 12 characters: postcodes, numbers, dates.
    case short
}
