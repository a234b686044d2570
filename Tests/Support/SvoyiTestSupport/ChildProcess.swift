public import Foundation
import Synchronization

/// A child process whose standard output is collected line by line, for crash and end-to-end tests.
public final class ChildProcess: Sendable {
    private final class Buffers: Sendable {
        let output = Mutex<[String]>([])
        let partial = Mutex<String>("")
        let errors = Mutex<String>("")
        /// How many of the two pipes reached end of file.
        let closedPipes = Atomic<Int>(0)
    }

    private let process: Process
    private let buffers = Buffers()

    /// Starts `executable` with `arguments`; `environment` entries are added to this process's environment.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        self.process = process
        let buffers = self.buffers
        // Plain blocking reads on threads of their own: FileHandle's readabilityHandler (a dispatch source)
        // crashes in libdispatch on Linux when the pipe's descriptor closes under it.
        let out = stdout.fileHandleForReading
        let err = stderr.fileHandleForReading
        Self.drain(out, done: { buffers.closedPipes.add(1, ordering: .releasing) }) { chunk in
            let lines: [String] = buffers.partial.withLock { buffer in
                buffer += chunk
                var parts = buffer.components(separatedBy: "\n")
                buffer = parts.removeLast()
                return parts
            }
            if !lines.isEmpty { buffers.output.withLock { $0.append(contentsOf: lines) } }
        }
        Self.drain(err, done: { buffers.closedPipes.add(1, ordering: .releasing) }) { chunk in
            buffers.errors.withLock { $0 += chunk }
        }
        try process.run()
    }

    /// Reads `handle` until end of file on a dedicated thread, passing each chunk on as text.
    private static func drain(
        _ handle: FileHandle, done: @escaping @Sendable () -> Void, _ consume: @escaping @Sendable (String) -> Void
    ) {
        let descriptor = handle.fileDescriptor
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    consume(String(decoding: buffer[0..<count], as: UTF8.self))
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            _ = handle  // keeps the descriptor open until the reader is done
            done()
        }
        thread.start()
    }

    /// The lines printed so far.
    public var lines: [String] { buffers.output.withLock { $0 } }
    /// What the child wrote to standard error so far.
    public var standardError: String { buffers.errors.withLock { $0 } }
    public var isRunning: Bool { process.isRunning }
    public var processIdentifier: Int32 { process.processIdentifier }
    public var exitStatus: Int32 { process.terminationStatus }

    /// Waits for a line starting with `prefix` and returns it.
    @discardableResult
    public func waitForLine(startingWith prefix: String, timeout: TimeInterval = 90) async throws -> String {
        var found: String?
        try await waitUntil(timeout: timeout, "a line starting with \"\(prefix)\" (stderr: \(standardError))") {
            found = lines.first { $0.hasPrefix(prefix) }
            return found != nil
        }
        return found!
    }

    /// Sends a signal.
    public func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Kills with SIGKILL and waits for the process to end.
    public func killHard() async throws {
        signal(SIGKILL)
        try await waitForExit()
    }

    /// Waits for the process to end and for everything it wrote to be read.
    public func waitForExit(timeout: TimeInterval = 90) async throws {
        try await waitUntil(timeout: timeout, "the child process to exit") {
            !process.isRunning && buffers.closedPipes.load(ordering: .acquiring) == 2
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
