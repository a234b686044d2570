public import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A child process whose standard output is collected line by line, for crash and end-to-end tests.
///
/// Started with `posix_spawn` rather than Foundation's `Process`: `Process.run()` in the Foundation of Swift 6.3.1
/// on Linux sometimes dies with a bad pointer dereference while it lists `/proc/self/fd` (a 256-byte copy of each
/// short `dirent`, swiftlang/swift-corelibs-foundation#5472), which took the whole test process down about one run
/// in five. Here the child gets its standard output and error on pipes, `/dev/null` as input, the default signal
/// dispositions and an empty signal mask, and no other descriptor of this process (`closefrom(3)`).
public final class ChildProcess: Sendable {
    private final class Buffers: Sendable {
        let output = Mutex<[String]>([])
        let partial = Mutex<String>("")
        let errors = Mutex<String>("")
        /// How many of the two pipes reached end of file.
        let closedPipes = Atomic<Int>(0)
    }

    /// What a child that ended did: its exit code, or the signal that ended it.
    public enum Ending: Sendable, Hashable {
        case exited(Int32)
        case signalled(Int32)
    }

    private let pid: pid_t
    /// The raw `waitpid` status once the child is reaped.
    private let reaped = Mutex<Int32?>(nil)
    private let buffers = Buffers()

    /// Starts `executable` with `arguments`; `environment` entries are added to this process's environment.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        let output = try Self.pipe()
        let errors: [Int32]
        do {
            errors = try Self.pipe()
        } catch {
            close(output[0])
            close(output[1])
            throw error
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        // After the dup2s: the pipes' own descriptors and anything this process did not mark close-on-exec.
        if let closeFrom = GlibcExtras.addCloseFrom {
            _ = closeFrom(&actions, 3)
        } else {
            for descriptor in output + errors { posix_spawn_file_actions_addclose(&actions, descriptor) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = GlibcExtras.spawning.withLock { _ in
            posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        }
        close(output[1])
        close(errors[1])
        guard result == 0 else {
            close(output[0])
            close(errors[0])
            throw SpawnError(call: "posix_spawn \(executable.path)", code: result)
        }
        self.pid = pid
        let buffers = self.buffers
        // Plain blocking reads on threads of their own: FileHandle's readabilityHandler (a dispatch source)
        // crashes in libdispatch on Linux when the pipe's descriptor closes under it.
        Self.drain(output[0], done: { buffers.closedPipes.add(1, ordering: .releasing) }) { chunk in
            let lines: [String] = buffers.partial.withLock { buffer in
                buffer += chunk
                var parts = buffer.components(separatedBy: "\n")
                buffer = parts.removeLast()
                return parts
            }
            if !lines.isEmpty { buffers.output.withLock { $0.append(contentsOf: lines) } }
        }
        Self.drain(errors[0], done: { buffers.closedPipes.add(1, ordering: .releasing) }) { chunk in
            buffers.errors.withLock { $0 += chunk }
        }
    }

    /// A pipe whose two descriptors are close-on-exec, so that no other child started meanwhile inherits them
    /// (which would keep its read end from ever seeing end of file).
    private static func pipe() throws -> [Int32] {
        var descriptors: [Int32] = [-1, -1]
        if let pipe2 = GlibcExtras.pipe2 {
            guard pipe2(&descriptors, O_CLOEXEC) == 0 else { throw SpawnError(call: "pipe2", code: errno) }
            return descriptors
        }
        // Without pipe2 (not a glibc of this century): pipe, then close-on-exec, with no spawn in between.
        try GlibcExtras.spawning.withLock { _ in
            guard Glibc.pipe(&descriptors) == 0 else { throw SpawnError(call: "pipe", code: errno) }
            for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        }
        return descriptors
    }

    /// Runs `executable` to its end and returns how it ended with everything it wrote.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120
    ) async throws -> (ending: Ending, output: String, error: String) {
        let child = try ChildProcess(executable, arguments, environment: environment)
        try await child.waitForExit(timeout: timeout)
        return (child.ending!, child.output, child.standardError)
    }

    /// Reads `descriptor` until end of file on a dedicated thread, passing each chunk on as text, then closes it.
    private static func drain(
        _ descriptor: Int32, done: @escaping @Sendable () -> Void, _ consume: @escaping @Sendable (String) -> Void
    ) {
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
            close(descriptor)
            done()
        }
        thread.start()
    }

    /// The lines printed so far.
    public var lines: [String] { buffers.output.withLock { $0 } }
    /// Everything printed so far, the last unfinished line included.
    public var output: String {
        let complete = lines.map { $0 + "\n" }.joined()
        return complete + buffers.partial.withLock { $0 }
    }
    /// What the child wrote to standard error so far.
    public var standardError: String { buffers.errors.withLock { $0 } }
    public var isRunning: Bool { status() == nil }
    public var processIdentifier: Int32 { pid }
    /// How the child ended, or `nil` while it runs.
    public var ending: Ending? {
        guard let status = status() else { return nil }
        // WIFEXITED: the low seven bits are zero; WEXITSTATUS is the next byte; otherwise WTERMSIG.
        return status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
    }
    /// The exit code, or the signal that ended the child (as Foundation's `terminationStatus`); -1 while it runs.
    public var exitStatus: Int32 {
        switch ending {
        case .exited(let code)?: code
        case .signalled(let signal)?: signal
        case nil: -1
        }
    }

    /// The raw wait status once the child has ended (reaping it the first time), else `nil`. Never blocks.
    private func status() -> Int32? {
        reaped.withLock { reaped in
            if let reaped { return reaped }
            var raw: Int32 = 0
            var result: pid_t
            repeat { result = waitpid(pid, &raw, WNOHANG) } while result == -1 && errno == EINTR
            guard result == pid else { return nil }
            reaped = raw
            return raw
        }
    }

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

    /// Sends a signal (unless the child was already reaped, when its pid may belong to another process).
    public func signal(_ signal: Int32) {
        reaped.withLock { reaped in
            if reaped == nil { _ = kill(pid, signal) }
        }
    }

    /// Kills with SIGKILL and waits for the process to end.
    public func killHard() async throws {
        signal(SIGKILL)
        try await waitForExit()
    }

    /// Waits for the process to end and for everything it wrote to be read.
    public func waitForExit(timeout: TimeInterval = 90) async throws {
        try await waitUntil(timeout: timeout, "the child process to exit") {
            !isRunning && buffers.closedPipes.load(ordering: .acquiring) == 2
        }
    }

    deinit {
        reaped.withLock { reaped in
            guard reaped == nil else { return }
            _ = kill(pid, SIGKILL)
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
        }
    }
}

/// A system call that failed while starting a child process.
public struct SpawnError: Error, CustomStringConvertible {
    public let call: String
    public let code: Int32
    public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

/// glibc functions the Glibc module does not declare (they need `_GNU_SOURCE`), looked up once at run time: both are
/// in glibc since 2.34 (`posix_spawn_file_actions_addclosefrom_np`) and 2.9 (`pipe2`).
private enum GlibcExtras {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

    static let addCloseFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")
    static let pipe2: Pipe2? = symbol("pipe2")
    /// Held while a pipe is made without `pipe2` and while spawning, so no child inherits a pipe mid-setup.
    static let spawning = Mutex<Void>(())

    private static func symbol<T>(_ name: String) -> T? {
        // RTLD_DEFAULT: search the process's global symbols.
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(address, to: T.self)
    }
}
