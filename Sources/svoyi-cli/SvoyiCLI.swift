import ChatbotKit
import EDemKit
import Foundation
import QueueKit
import SiteKit
import SvoyiCore

/// The operators' command line.
@main
enum SvoyiCLI {
    /// Every module the installation mounts, core first (the same list as the server's).
    static let modules: [any Module] = [CoreModule(), ChatbotModule(), QueueModule(), EDemModule(), SiteModule()]

    static func main() async {
        signal(SIGPIPE, SIG_IGN)  // `svoyi-cli … | head` must not kill us mid-write
        let status = await run(
            Array(CommandLine.arguments.dropFirst()),
            environment: CLIEnvironment(output: StandardOutput(), variables: ProcessInfo.processInfo.environment))
        exit(status)
    }

    /// Parses and runs one command line; returns the exit status.
    static func run(_ arguments: [String], environment: CLIEnvironment) async -> Int32 {
        let root = RootCommand.spec
        do {
            let (command, parsed) = try CommandParser.parse(arguments, root: root)
            try await command.body!(parsed, environment)
            return 0
        } catch is VersionRequest {
            environment.print("svoyi-cli \(Svoyi.version)")
            return 0
        } catch let help as HelpRequest {
            environment.print(HelpText.help(help.path, root: root))
            return 0
        } catch let usage as UsageError {
            environment.printError("Error: \(usage.message)\n\(HelpText.usage(usage.path, root: root))")
            environment.printError("See '\(usage.path.joined(separator: " ")) --help'.")
            return 64
        } catch let failure as CLIFailure {
            environment.printError("Error: \(failure.message)")
            return failure.status
        } catch {
            environment.printError("Error: \(error)")
            return 1
        }
    }
}

/// A command that could not do its work, with the exit status to report (65 for bad input data).
struct CLIFailure: Error {
    let message: String
    var status: Int32 = 1

    static func dataError(_ message: String) -> CLIFailure { CLIFailure(message: message, status: 65) }
}
