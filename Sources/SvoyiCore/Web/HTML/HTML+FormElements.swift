// Shorthands for form and table elements.
extension HTML {
    /// A `<form>` element.
    public static func form(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.form, attributes, content: content)
    }

    /// A `<label>` element.
    public static func label(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.label, attributes, content: content)
    }

    /// A `<select>` element.
    public static func select(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.select, attributes, content: content)
    }

    /// A `<option>` element.
    public static func option(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.option, attributes, content: content)
    }

    /// A `<textarea>` element.
    public static func textarea(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.textarea, attributes, content: content)
    }

    /// A `<button>` element.
    public static func button(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.button, attributes, content: content)
    }

    /// A `<fieldset>` element.
    public static func fieldset(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.fieldset, attributes, content: content)
    }

    /// A `<legend>` element.
    public static func legend(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.legend, attributes, content: content)
    }

    /// A `<table>` element.
    public static func table(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.table, attributes, content: content)
    }

    /// A `<caption>` element.
    public static func caption(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.caption, attributes, content: content)
    }

    /// A `<thead>` element.
    public static func thead(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.thead, attributes, content: content)
    }

    /// A `<tbody>` element.
    public static func tbody(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.tbody, attributes, content: content)
    }

    /// A `<tr>` element.
    public static func tr(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.tr, attributes, content: content)
    }

    /// A `<th>` element.
    public static func th(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.th, attributes, content: content)
    }

    /// A `<td>` element.
    public static func td(_ attributes: HTMLAttribute..., @HTMLBuilder content: () -> HTML = { .empty }) -> HTML {
        element(.td, attributes, content: content)
    }

    /// A `<input>` element (void: no children).
    public static func input(_ attributes: HTMLAttribute...) -> HTML {
        element(.input, attributes)
    }
}
