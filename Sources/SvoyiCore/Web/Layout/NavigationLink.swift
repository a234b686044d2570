/// One entry of a site's main navigation.
public struct NavigationLink: Sendable, Hashable {
    /// The visible text.
    public var label: String
    /// Where it goes.
    public var href: String
    /// Whether it is the current page or section (`aria-current="page"`).
    public var isCurrent: Bool

    /// A navigation entry.
    public init(label: String, href: String, isCurrent: Bool = false) {
        self.label = label
        self.href = href
        self.isCurrent = isCurrent
    }
}
