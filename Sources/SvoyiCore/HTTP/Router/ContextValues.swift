/// A key for ``ContextValues``: the type is the key, `Value` the type stored under it.
///
/// ```swift
/// enum SignedInUser: ContextKey { typealias Value = User }
/// context.values[SignedInUser.self] = user      // in an identity middleware
/// let user = context.values[SignedInUser.self]  // in a handler
/// ```
public protocol ContextKey {
    /// The type of value stored under this key.
    associatedtype Value: Sendable
}

/// Typed storage middleware uses to hand values to later middleware and handlers.
public struct ContextValues: Sendable {
    private var storage: [ObjectIdentifier: any Sendable] = [:]

    /// Empty storage.
    public init() {}

    /// The value stored under `key`, or `nil`.
    public subscript<Key: ContextKey>(key: Key.Type) -> Key.Value? {
        get { storage[ObjectIdentifier(key)] as? Key.Value }
        set { storage[ObjectIdentifier(key)] = newValue }
    }
}
