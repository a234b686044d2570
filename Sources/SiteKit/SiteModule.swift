public import SvoyiCore

/// SiteKit's contribution to a Svoyi server: the hromada and ЦНАП websites.
///
/// Mount it by adding it to the server's module list; it brings its own migrations (module `site`).
public struct SiteModule: Module {
    public let name = "site"

    public init() {}
}
