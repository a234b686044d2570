/// What a kit contributes to a Svoyi server: its schema, its background jobs, its permissions and its admin
/// menu entries (and, as later capabilities land, its routes, dialogue actions and site blocks).
///
/// The server is a list of modules; an integrator can mount one module alone.
public protocol Module: Sendable {
    /// A short, stable identifier (`core`, `queue`, `edem`…). Used as the migrations' module name.
    var name: String { get }
    /// The module's schema changes, numbered 1, 2, 3….
    var migrations: [Migration] { get }
    /// Handlers for the durable jobs this module schedules.
    var jobHandlers: [JobHandler] { get }
    /// The permissions the module's routes declare; ``PermissionMatrix`` puts every module's together.
    var permissions: [Permission] { get }
    /// The module's entries in the admin panel's menu.
    var adminSections: [AdminSection] { get }
    /// Resolvers for the route parameters the module's protected routes use (`{petition}` …).
    var scopeResolvers: [ScopeResolver] { get }
    /// The steps dialogues may call (`queue.book`…).
    var conversationActions: [ConversationAction] { get }
    /// What the module keeps about residents outside the resident tables: exported with a resident's data and
    /// erased with the resident (see ``ResidentDataProvider``). A module that stores anything about residents must
    /// list it here.
    var residentData: [ResidentDataProvider] { get }
    /// Staff-facing names of the audit actions the module writes, and the groups the audit log's filter offers.
    var auditNames: AuditNames { get }
}

extension Module {
    public var migrations: [Migration] { [] }
    public var jobHandlers: [JobHandler] { [] }
    public var permissions: [Permission] { [] }
    public var adminSections: [AdminSection] { [] }
    public var scopeResolvers: [ScopeResolver] { [] }
    public var conversationActions: [ConversationAction] { [] }
    public var residentData: [ResidentDataProvider] { [] }
    public var auditNames: AuditNames { AuditNames() }
}

/// Ukrainian names for audit actions (`push.send` → «PUSH-повідомлення надіслано»), and action-prefix groups for the
/// audit log's filter (`push.` → «PUSH-повідомлення»), as a module contributes them.
public struct AuditNames: Sendable {
    public var actions: [String: String]
    /// Prefix and name, in the order the filter lists them.
    public var groups: [(prefix: String, name: String)]

    public init(actions: [String: String] = [:], groups: [(prefix: String, name: String)] = []) {
        self.actions = actions
        self.groups = groups
    }
}
