public import SvoyiCore

/// EDemKit's contribution to a Svoyi server: petitions, the public budget, consultations and polls, appeals and ratings.
///
/// Mount it by adding it to the server's module list; it brings its own migrations (module `edem`).
public struct EDemModule: Module {
    public let name = "edem"

    public init() {}
}
