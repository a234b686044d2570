/// Result-builder syntax for ``HTML``: each line is a piece of HTML or a `String` (escaped as text); `if`, `if let`,
/// `switch` and `for` work as in ordinary code.
///
/// Built with partial blocks, so a long body type-checks in linear time.
@resultBuilder
public enum HTMLBuilder {
    /// A piece of HTML.
    public static func buildExpression(_ html: HTML) -> [HTML] { [html] }
    /// A string, which becomes escaped text.
    public static func buildExpression(_ text: String) -> [HTML] { [.text(text)] }
    /// An empty body.
    public static func buildBlock() -> [HTML] { [] }
    /// The first line of a body.
    public static func buildPartialBlock(first: [HTML]) -> [HTML] { first }
    /// The next line of a body.
    public static func buildPartialBlock(accumulated: [HTML], next: [HTML]) -> [HTML] { accumulated + next }
    /// An `if` without `else`.
    public static func buildOptional(_ component: [HTML]?) -> [HTML] { component ?? [] }
    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first component: [HTML]) -> [HTML] { component }
    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second component: [HTML]) -> [HTML] { component }
    /// A `for` loop.
    public static func buildArray(_ components: [[HTML]]) -> [HTML] { components.flatMap { $0 } }
    /// The finished body as one fragment.
    public static func buildFinalResult(_ component: [HTML]) -> HTML {
        component.count == 1 ? component[0] : .fragment(component)
    }
}
