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

    /// Each line to standard output, newline-terminated. Lines are gathered and written together at least
    /// every 100 ms (or per 64 KiB), so a busy server does not make one system call per request.
    public static let standardOutput: LogSink = {
        let buffer = BufferedWriter(FileHandle.standardOutput)
        return LogSink { line in buffer.write(line) }
    }()

    /// Writes out lines gathered by ``standardOutput`` now (call at shutdown).
    public static func flushStandardOutput() {
        BufferedWriter.flushAll()
    }

    /// Drops every line.
    public static let discard = LogSink { _ in }
}
