import Foundation

/// A child process (svoyi-server, svoyi-cli, wrk) whose standard output and error go to a log file.
struct Child: Sendable {
    let process: Process
    let log: URL

    static func start(_ executable: URL, _ arguments: [String], log: URL) throws -> Child {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Child(process: process, log: log)
    }

    /// Runs to the end and returns the exit status and what it printed.
    static func run(_ executable: URL, _ arguments: [String], log: URL) async throws -> (Int32, String) {
        let child = try start(executable, arguments, log: log)
        try await child.waitForExit(timeout: 900)
        return (child.process.terminationStatus, child.output)
    }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    var pid: Int32 { process.processIdentifier }

    /// Waits for a line starting with `prefix` and returns the rest of it.
    func waitForLine(startingWith prefix: String, timeout: Double = 120) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) {
                return String(line.dropFirst(prefix.count))
            }
            guard process.isRunning else { throw Failure("\(log.lastPathComponent): exited before «\(prefix)»") }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure("\(log.lastPathComponent): no «\(prefix)» within \(Int(timeout)) s")
    }

    /// Polls for the exit (a blocking wait would hold a cooperative thread).
    func waitForExit(timeout: Double = 60) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else { throw Failure("\(log.lastPathComponent): still running after \(timeout) s") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func stop() async {
        guard process.isRunning else { return }
        kill(pid, SIGTERM)
        if (try? await waitForExit(timeout: 30)) == nil { kill(pid, SIGKILL) }
    }

    /// User plus system CPU seconds the process has used so far (from `/proc/<pid>/stat`).
    var cpuSeconds: Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        // Fields after the command name: state is field 3, utime 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

/// A step of the benchmark that did not work.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Seconds of system uptime: the clock the fake Bot API stamps accepted sends with.
func uptime() -> Double { ProcessInfo.processInfo.systemUptime }
