/// What a kit contributes to a Svoyi server: its schema, its background jobs and (as later capabilities land)
/// its routes, dialogue actions, site blocks, permissions and admin sections.
///
/// The server is a list of modules; an integrator can mount one module alone.
public protocol Module: Sendable {
    /// A short, stable identifier (`core`, `queue`, `edem`…). Used as the migrations' module name.
    var name: String { get }
    /// The module's schema changes, numbered 1, 2, 3….
    var migrations: [Migration] { get }
    /// Handlers for the durable jobs this module schedules.
    var jobHandlers: [JobHandler] { get }
}

extension Module {
    public var migrations: [Migration] { [] }
    public var jobHandlers: [JobHandler] { [] }
}
