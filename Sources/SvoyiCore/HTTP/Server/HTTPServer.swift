import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The HTTP/1.1 server: one event loop per core on non-blocking sockets with epoll, keep-alive and
/// pipelining, deadlines against slow clients, caps on connections, and a graceful drain.
///
/// ```swift
/// let server = HTTPServer(configuration: configuration, responder: router)
/// try server.start()
/// // …
/// await server.shutdown(gracePeriod: .seconds(10))
/// ```
public final class HTTPServer: Sendable {
    public let configuration: HTTPServerConfiguration
    let responder: any HTTPResponder
    private let state = Mutex<State>(State())

    private struct State: ~Copyable {
        var loops: [EventLoop] = []
        var listeners: [Listener] = []
        var port = 0
        var open = 0
        var perAddress: [String: Int] = [:]
        var accepted = 0
    }

    public init(configuration: HTTPServerConfiguration, responder: any HTTPResponder) {
        self.configuration = configuration
        self.responder = responder
    }

    /// The port listened on (the chosen one when the configuration asked for 0).
    public var port: Int { state.withLock { $0.port } }
    /// Connections open now.
    public var openConnections: Int { state.withLock { $0.open } }
    /// Connections accepted since start.
    public var acceptedConnections: Int { state.withLock { $0.accepted } }

    /// Binds the port and starts the event loops. Throws when the address cannot be listened on.
    public func start() throws {
        let count = max(1, configuration.loops)
        let bound = try Listener.bind(host: configuration.host, port: configuration.port)
        let socket = ListeningSocket(descriptor: bound.descriptor, users: count)
        var loops: [EventLoop] = []
        var listeners: [Listener] = []
        for index in 0..<count {
            let loop = try EventLoop(index: index)
            let listener = Listener(socket: socket, loop: loop, server: self)
            loops.append(loop)
            listeners.append(listener)
            loop.start()
            loop.execute { loop.register(bound.descriptor, listener, exclusive: true) }
        }
        state.withLock { state in
            state.loops = loops
            state.listeners = listeners
            state.port = bound.port
        }
    }

    /// Counts a new connection from `address`; false when a cap refuses it. A trusted reverse proxy carries
    /// every client's connections, so the per-address cap does not apply to it.
    func admit(_ address: String) -> Bool {
        let capped = !configuration.trustedProxies.contains(address)
        return state.withLock { state in
            guard state.open < configuration.maximumConnections,
                !capped || state.perAddress[address, default: 0] < configuration.maximumConnectionsPerAddress
            else { return false }
            state.open += 1
            state.accepted += 1
            state.perAddress[address, default: 0] += 1
            return true
        }
    }

    func release(_ address: String) {
        state.withLock { state in
            state.open -= 1
            let left = state.perAddress[address, default: 1] - 1
            state.perAddress[address] = left > 0 ? left : nil
        }
    }

    /// Stops accepting, lets requests in progress finish (idle keep-alive connections close at once), and
    /// after `gracePeriod` closes whatever is left. Then stops the event loops.
    public func shutdown(gracePeriod: Duration = .seconds(10)) async {
        let (loops, listeners) = state.withLock { ($0.loops, $0.listeners) }
        for (loop, listener) in zip(loops, listeners) {
            loop.execute {
                listener.stop()
                loop.forEachHandler { ($0 as? HTTPConnection)?.beginDrain() }
            }
        }
        let deadline = ContinuousClock.now + gracePeriod
        while openConnections > 0 && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        for loop in loops {
            loop.execute { loop.forEachHandler { ($0 as? HTTPConnection)?.close() } }
        }
        let hardStop = ContinuousClock.now + .seconds(5)
        while openConnections > 0 && ContinuousClock.now < hardStop {
            try? await Task.sleep(for: .milliseconds(5))
        }
        for loop in loops { loop.stop() }
    }
}
