/// The one place that answers "may this role do that": every mounted module's permissions, by key.
///
/// Built once at start from the modules' ``Module/permissions``; two modules registering one key is a programming
/// error and stops the build of the matrix.
public struct PermissionMatrix: Sendable {
    /// Every permission, in registration order.
    public let permissions: [Permission]
    private let byKey: [String: Permission]

    /// Why a matrix could not be built.
    public struct DuplicateKey: Error, Equatable, CustomStringConvertible {
        /// The key registered twice.
        public let key: String

        public init(key: String) {
            self.key = key
        }

        public var description: String { "permission \(key) is registered twice" }
    }

    /// The matrix of `permissions`; keys must be unique.
    public init(_ permissions: [Permission]) throws(DuplicateKey) {
        var byKey: [String: Permission] = [:]
        for permission in permissions {
            guard byKey.updateValue(permission, forKey: permission.key) == nil else {
                throw DuplicateKey(key: permission.key)
            }
        }
        self.permissions = permissions
        self.byKey = byKey
    }

    /// The matrix of what `modules` register.
    public init(modules: [any Module]) throws(DuplicateKey) {
        try self.init(modules.flatMap(\.permissions))
    }

    /// The permission with `key`, if registered.
    public func permission(_ key: String) -> Permission? { byKey[key] }

    /// Whether `role` holds the permission `key`. Unknown keys are never granted.
    public func allows(_ role: StaffRole, _ key: String) -> Bool {
        byKey[key]?.roles.contains(role) ?? false
    }

    /// The keys `role` holds.
    public func keys(for role: StaffRole) -> [String] {
        permissions.filter { $0.roles.contains(role) }.map(\.key)
    }

    /// The modules in registration order, each with its permissions, for the roles page.
    public var byModule: [(module: String, permissions: [Permission])] {
        var order: [String] = []
        var groups: [String: [Permission]] = [:]
        for permission in permissions {
            if groups[permission.module] == nil { order.append(permission.module) }
            groups[permission.module, default: []].append(permission)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }
}
