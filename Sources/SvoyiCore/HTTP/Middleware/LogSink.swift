import Foundation

/// Where log lines go: standard error in production, a collecting closure in tests.
public struct LogSink: Sendable {
    private let write: @Sendable (String) -> Void

    /// A sink calling `write` with each line (without its newline).
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Writes one line.
    public func callAsFunction(_ line: String) {
        write(line)
    }

    /// Each line to standard error, newline-terminated.
    public static let standardError = LogSink { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Each line to standard output, newline-terminated.
    public static let standardOutput = LogSink { line in
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Drops every line.
    public static let discard = LogSink { _ in }
}
