/// A command line the parser refused; printed with the command's usage, exit status 64 (EX_USAGE).
struct UsageError: Error, Equatable {
    let message: String
    /// The command whose usage to print.
    let path: [String]
}

/// `--version` was asked for (on the root command): print the version and exit 0.
struct VersionRequest: Error, Equatable {}

/// `--help` was asked for: print the command's help and exit 0.
struct HelpRequest: Error, Equatable {
    let path: [String]
}

/// Finds the command an argument list names and parses its options and arguments.
enum CommandParser {
    static func parse(_ arguments: [String], root: CommandSpec) throws -> (CommandSpec, ParsedArguments) {
        var command = root
        var path = [root.name]
        var inherited: [OptionSpec] = root.options.filter(\.inherited)
        var parsed = ParsedArguments(path: path)
        var positionals: [String] = []
        var index = 0
        var onlyPositionals = false

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !onlyPositionals
                && (argument == "--help" || argument == "-h"
                    || argument == "help" && positionals.isEmpty && !command.subcommands.isEmpty)
            {
                throw HelpRequest(path: path)
            }
            if !onlyPositionals && argument == "--version" && path.count == 1 {
                throw VersionRequest()
            }
            if !onlyPositionals && argument == "--" {
                onlyPositionals = true
                continue
            }
            if !onlyPositionals && argument.hasPrefix("-") && argument.count > 1 {
                let (name, inline) = split(argument)
                let known = command.options + inherited
                guard let option = known.first(where: { "--\($0.name)" == name }) else {
                    throw UsageError(message: "unknown option \(name)", path: path)
                }
                if option.valueName == nil {
                    guard inline == nil else { throw UsageError(message: "\(name) takes no value", path: path) }
                    guard parsed.flags.insert(option.name).inserted else {
                        throw UsageError(message: "\(name) given twice", path: path)
                    }
                    continue
                }
                var value = inline
                if value == nil {
                    guard index < arguments.count else {
                        throw UsageError(message: "\(name) needs a value <\(option.valueName!)>", path: path)
                    }
                    value = arguments[index]
                    index += 1
                }
                if let choices = option.choices, !choices.contains(value!) {
                    throw UsageError(
                        message: "\(name) must be one of \(choices.joined(separator: ", ")), not \(value!)", path: path)
                }
                if option.repeatable {
                    parsed.repeated[option.name, default: []].append(value!)
                } else if parsed.values[option.name] != nil {
                    throw UsageError(message: "\(name) given twice", path: path)
                }
                parsed.values[option.name] = value
                continue
            }
            if positionals.isEmpty, !command.subcommands.isEmpty, !onlyPositionals {
                guard let sub = command.subcommands.first(where: { $0.name == argument }) else {
                    let names = command.subcommands.map(\.name).joined(separator: ", ")
                    throw UsageError(message: "unknown command \(argument); expected one of: \(names)", path: path)
                }
                command = sub
                path.append(sub.name)
                inherited += sub.options.filter(\.inherited)
                parsed.path = path
                continue
            }
            positionals.append(argument)
        }

        guard command.body != nil else {
            let names = command.subcommands.map(\.name).joined(separator: ", ")
            throw UsageError(message: "missing command; expected one of: \(names)", path: path)
        }
        guard positionals.count <= command.arguments.count else {
            throw UsageError(message: "unexpected argument \(positionals[command.arguments.count])", path: path)
        }
        for (offset, spec) in command.arguments.enumerated() {
            if offset < positionals.count {
                parsed.positionals[spec.name] = positionals[offset]
            } else if !spec.optional {
                throw UsageError(message: "missing <\(spec.name)>", path: path)
            }
        }
        for option in command.options + inherited where parsed.values[option.name] == nil {
            if option.required {
                throw UsageError(message: "missing --\(option.name) <\(option.valueName ?? "value")>", path: path)
            }
            if let value = option.defaultValue { parsed.values[option.name] = value }
        }
        return (command, parsed)
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The spec at `path` (for printing help of the command a usage error came from).
    static func command(at path: [String], root: CommandSpec) -> (CommandSpec, [OptionSpec]) {
        var command = root
        var inherited = root.options.filter(\.inherited)
        for name in path.dropFirst() {
            guard let sub = command.subcommands.first(where: { $0.name == name }) else { break }
            command = sub
            inherited += sub.options.filter(\.inherited)
        }
        return (command, inherited.filter { option in !command.options.contains { $0.name == option.name } })
    }
}
