/// The key of a message in a ``Catalogue``: `"error.404.title"`. Kits define their own keys with a prefix of their
/// own (`"queue.…"`, `"edem.…"`); the common ones are static members.
public struct MessageKey: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The dotted key.
    public let rawValue: String

    /// A key from its dotted name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A key from a literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The dotted key.
    public var description: String { rawValue }
}
