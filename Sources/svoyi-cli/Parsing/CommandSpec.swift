/// A command in the tree: its name, help text, options, positional arguments, and either subcommands or a
/// body to run. The shape follows swift-argument-parser (root command, nested subcommands, `--help` at every
/// level, usage errors exit 64) without the package.
struct CommandSpec: Sendable {
    typealias Body = @Sendable (ParsedArguments, CLIEnvironment) async throws -> Void

    let name: String
    let abstract: String
    var discussion: String?
    var options: [OptionSpec] = []
    var arguments: [ArgumentSpec] = []
    var subcommands: [CommandSpec] = []
    var body: Body?

    init(
        _ name: String, abstract: String, discussion: String? = nil, options: [OptionSpec] = [],
        arguments: [ArgumentSpec] = [], subcommands: [CommandSpec] = [], body: Body? = nil
    ) {
        precondition((body == nil) != subcommands.isEmpty, "\(name): a command runs a body or has subcommands")
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.arguments = arguments
        self.subcommands = subcommands
        self.body = body
    }
}

/// `--name value` (or `--name=value`), or a flag `--name` when `valueName` is nil.
struct OptionSpec: Sendable {
    let name: String
    let help: String
    /// Shown in help as `--name <value>`; nil for a flag.
    var valueName: String?
    /// When true, the option applies to every subcommand too (like `--data-dir`).
    var inherited = false
    /// Allowed values, checked while parsing.
    var choices: [String]?
    var defaultValue: String?
    /// The command refuses to run without it (shown as "(required)" in help).
    var required = false
    /// May be given several times; every value is kept (``ParsedArguments/values(_:)``).
    var repeatable = false

    static func flag(_ name: String, _ help: String, inherited: Bool = false) -> OptionSpec {
        OptionSpec(name: name, help: help, valueName: nil, inherited: inherited)
    }

    static func value(
        _ name: String, _ valueName: String, _ help: String, choices: [String]? = nil,
        default defaultValue: String? = nil, inherited: Bool = false, required: Bool = false, repeatable: Bool = false
    ) -> OptionSpec {
        OptionSpec(
            name: name, help: help, valueName: valueName, inherited: inherited, choices: choices,
            defaultValue: defaultValue, required: required, repeatable: repeatable)
    }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    let name: String
    let help: String
    var optional = false
}

/// What the parser found for the chosen command.
struct ParsedArguments: Sendable, Equatable {
    /// The path of command names from the root, e.g. `["svoyi-cli", "db", "backup"]`.
    var path: [String]
    var values: [String: String] = [:]
    /// Every value of a repeatable option, in order.
    var repeated: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String: String] = [:]

    func value(_ name: String) -> String? { values[name] }
    func values(_ name: String) -> [String] { repeated[name] ?? values[name].map { [$0] } ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
    func argument(_ name: String) -> String? { positionals[name] }

    /// A positional argument or option the spec marks required (the parser guarantees it is present).
    func required(_ name: String) -> String {
        guard let value = positionals[name] ?? values[name] else {
            preconditionFailure("\(name) is required by the spec, so the parser provides it")
        }
        return value
    }
}
