/// A piece of HTML: text, an element with attributes and children, a sequence of pieces, or trusted raw markup.
///
/// Text and attribute values are escaped when rendered, so markup built from user input cannot break out of its
/// place. The only way to emit unescaped markup is ``unsafeRaw(_:)``, meant for our own constant markup.
///
/// ```swift
/// let card = HTML.div(.class("card")) {
///     HTML.h2 { "Довідка про склад сім'ї" }
///     HTML.p { "Термін: \(days) днів" }
/// }
/// let page: String = card.render()
/// ```
public struct HTML: Sendable {
    enum Node: Sendable {
        case doctype
        case text(String)
        case raw(String)
        case element(HTMLTag, [HTMLAttribute], [HTML])
        case fragment([HTML])
    }

    let node: Node

    init(_ node: Node) {
        self.node = node
    }

    /// Nothing at all.
    public static let empty = HTML(.fragment([]))

    /// `<!doctype html>`.
    public static let doctype = HTML(.doctype)

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> HTML {
        HTML(.text(text))
    }

    /// Markup written out exactly as given. Only for trusted constant markup of our own (an inline SVG icon, the
    /// QR encoder's output): never pass anything that contains user input.
    public static func unsafeRaw(_ markup: String) -> HTML {
        HTML(.raw(markup))
    }

    /// A sequence of pieces rendered one after another.
    public static func fragment(_ children: [HTML]) -> HTML {
        HTML(.fragment(children))
    }

    /// A sequence of pieces written with the ``HTMLBuilder`` syntax.
    public static func fragment(@HTMLBuilder _ children: () -> HTML) -> HTML {
        children()
    }

    /// An element. A void element (`<input>`, `<br>` …) given children is a developer error and stops the program.
    public static func element(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], children: [HTML] = []) -> HTML {
        precondition(!tag.isVoid || children.isEmpty, "void element <\(tag.name)> cannot have children")
        return HTML(.element(tag, attributes, children))
    }

    /// An element whose children are written with the ``HTMLBuilder`` syntax.
    public static func element(
        _ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], @HTMLBuilder content: () -> HTML
    ) -> HTML {
        let children = content()
        if case .fragment(let list) = children.node { return element(tag, attributes, children: list) }
        return element(tag, attributes, children: [children])
    }
}
