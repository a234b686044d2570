public import SvoyiCore

/// QueueKit's contribution to a Svoyi server: pre-booking, the live e-queue, the self-service terminal and mobile office trips.
///
/// Mount it by adding it to the server's module list; it brings its own migrations (module `queue`).
public struct QueueModule: Module {
    public let name = "queue"

    public init() {}
}
