/// Help and usage text in the style of swift-argument-parser.
enum HelpText {
    static func usage(_ path: [String], root: CommandSpec) -> String {
        let (command, inherited) = CommandParser.command(at: path, root: root)
        var parts = [path.joined(separator: " ")]
        if !command.subcommands.isEmpty {
            parts.append("<command>")
        }
        if !(command.options + inherited).isEmpty { parts.append("[options]") }
        for argument in command.arguments {
            parts.append(argument.optional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        return "USAGE: " + parts.joined(separator: " ")
    }

    static func help(_ path: [String], root: CommandSpec) -> String {
        let (command, inherited) = CommandParser.command(at: path, root: root)
        var text = "OVERVIEW: \(command.abstract)\n"
        if let discussion = command.discussion { text += "\n\(discussion)\n" }
        text += "\n" + usage(path, root: root) + "\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in command.arguments { text += row("<\(argument.name)>", argument.help) }
        }
        let options = command.options + inherited
        text += "\nOPTIONS:\n"
        for option in options {
            var label = "--\(option.name)"
            if let valueName = option.valueName { label += " <\(valueName)>" }
            var help = option.help
            if let choices = option.choices { help += " (\(choices.joined(separator: "|")))" }
            if let value = option.defaultValue { help += " (default: \(value))" }
            if option.required { help += " (required)" }
            if option.repeatable { help += " (may be repeated)" }
            text += row(label, help)
        }
        if path.count == 1 { text += row("--version", "Show the version.") }
        text += row("-h, --help", "Show help information.")
        if !command.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for sub in command.subcommands { text += row(sub.name, sub.abstract) }
            text += "\n  See '\(path.joined(separator: " ")) <command> --help' for a command's details.\n"
        }
        return text
    }

    private static func row(_ label: String, _ help: String) -> String {
        let padded =
            label.count < 24
            ? label + String(repeating: " ", count: 24 - label.count) : label + "\n" + String(repeating: " ", count: 26)
        return "  \(padded)\(help)\n"
    }
}
