import Foundation
import Synchronization

/// Where a command writes and what it knows about the process it runs in; tests substitute both.
struct CLIEnvironment: Sendable {
    let output: any CLIOutput
    let variables: [String: String]

    /// Writes a line to standard output.
    func print(_ text: String) { output.write(text + "\n", error: false) }
    /// Writes a line to standard error.
    func printError(_ text: String) { output.write(text + "\n", error: true) }
}

/// A destination for the CLI's text.
protocol CLIOutput: Sendable {
    func write(_ text: String, error: Bool)
}

/// The process's standard output and error.
struct StandardOutput: CLIOutput {
    /// A reader that went away (`svoyi-cli … | head`) is not an error: the rest of the output is dropped.
    func write(_ text: String, error: Bool) {
        try? (error ? FileHandle.standardError : FileHandle.standardOutput).write(contentsOf: Data(text.utf8))
    }
}

/// Collects output in memory (tests).
final class CapturedOutput: CLIOutput {
    private let buffers = Mutex<(out: String, err: String)>(("", ""))

    func write(_ text: String, error: Bool) {
        buffers.withLock { if error { $0.err += text } else { $0.out += text } }
    }

    var standardOutput: String { buffers.withLock { $0.out } }
    var standardError: String { buffers.withLock { $0.err } }
}
