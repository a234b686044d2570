extension Form {
    /// One checkbox with its label to the right, for a yes/no question or a consent. Checked when the submitted
    /// value equals `value`. The hint goes under the label it explains (as GOV.UK's checkbox hints do); the error
    /// goes above, where the eye starts.
    public func checkbox(_ name: String, label: String, value: String = "yes", hint: String? = nil) -> HTML {
        let id = Form.fieldID(name)
        return HTML.div(.class(errors[name] == nil ? "field" : "field field--error")) {
            hintAndError(name, hint: nil)
            HTML.div(.class("choice")) {
                HTML.element(
                    .input,
                    [.type("checkbox"), .id(id), .name(name), .value(value), .checked(values[name] == value)]
                        + describedBy(name, hint: hint))
                HTML.div {
                    HTML.label(.for(id)) { label }
                    if let hint { HTML.div(.class("field__hint"), .id("\(id)-hint")) { hint } }
                }
            }
        }
    }

    /// Radio buttons in a `fieldset` whose `legend` is the question. The first option carries the field id, so the
    /// error summary link lands on it; hint and error describe the whole group.
    public func radios(
        _ name: String, legend: String, options: [(value: String, label: String)], hint: String? = nil
    ) -> HTML {
        let id = Form.fieldID(name)
        return HTML.div(.class(errors[name] == nil ? "field" : "field field--error")) {
            HTML.element(.fieldset, describedBy(name, hint: hint).filter { $0.name != "aria-invalid" }) {
                HTML.legend { legend }
                hintAndError(name, hint: hint)
                for (index, option) in options.enumerated() {
                    let optionID = index == 0 ? id : "\(id)-\(index + 1)"
                    HTML.div(.class("choice")) {
                        HTML.input(
                            .type("radio"), .id(optionID), .name(name), .value(option.value),
                            .checked(values[name] == option.value))
                        HTML.label(.for(optionID)) { option.label }
                    }
                }
            }
        }
    }
}
