internal import CLinux
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One event loop's view of the listening socket, which all loops share; `EPOLLEXCLUSIVE` wakes one loop
/// per new connection.
/// `@unchecked Sendable`: used only on its loop's thread; other threads reach it through ``EventLoop/execute(_:)``.
final class Listener: EventLoopHandler, @unchecked Sendable {
    let descriptor: Int32
    private let socket: ListeningSocket
    private unowned let loop: EventLoop
    private unowned let server: HTTPServer
    /// When `accept` ran out of descriptors: accepting resumes after this (nanoseconds, monotonic).
    private var pausedUntil: UInt64 = 0
    private var closed = false

    init(socket: ListeningSocket, loop: EventLoop, server: HTTPServer) {
        self.socket = socket
        self.descriptor = socket.descriptor
        self.loop = loop
        self.server = server
    }

    /// A bound, listening, non-blocking socket.
    static func bind(host: String, port: Int) throws -> (descriptor: Int32, port: Int) {
        let family = host.contains(":") ? AF_INET6 : AF_INET
        let descriptor = Glibc.socket(
            family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw HTTPServerError.system("socket", errno) }
        var one: Int32 = 1
        // SO_REUSEADDR only: with SO_REUSEPORT a second server could bind the same port and silently take
        // half the connections. All loops share this one socket instead (EPOLLEXCLUSIVE).
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var storage = sockaddr_storage()
        let length: socklen_t
        let parsed: Bool
        if family == AF_INET6 {
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            parsed = withUnsafeMutableBytes(of: &storage) { raw in
                let address = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in6.self)
                address.pointee.sin6_family = sa_family_t(AF_INET6)
                address.pointee.sin6_port = in_port_t(UInt16(port).bigEndian)
                return inet_pton(AF_INET6, host, &address.pointee.sin6_addr) == 1
            }
        } else {
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            parsed = withUnsafeMutableBytes(of: &storage) { raw in
                let address = raw.baseAddress!.assumingMemoryBound(to: sockaddr_in.self)
                address.pointee.sin_family = sa_family_t(AF_INET)
                address.pointee.sin_port = in_port_t(UInt16(port).bigEndian)
                return inet_pton(AF_INET, host, &address.pointee.sin_addr) == 1
            }
        }
        guard parsed else {
            close(descriptor)
            throw HTTPServerError.cannotListen("\(host) is not an IP address (use e.g. 127.0.0.1, ::1 or localhost)")
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 1024) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw HTTPServerError.cannotListen("cannot listen on \(host) port \(port): \(reason)")
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &actualLength) }
        }
        // sin_port and sin6_port sit at the same offset, right after the family.
        let boundPort = withUnsafeBytes(of: &actual) { $0.load(fromByteOffset: 2, as: UInt16.self) }
        return (descriptor, Int(UInt16(bigEndian: boundPort)))
    }

    func handle(events: UInt32) {
        acceptAll()
    }

    private func acceptAll() {
        guard !closed, DispatchTime.now().uptimeNanoseconds >= pausedUntil else { return }
        while true {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let client = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    clinux_accept4(
                        descriptor, $0, &length, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
                }
            }
            if client < 0 {
                switch errno {
                // accept(2): these are about the one connection, not the listener; take the next one.
                case EINTR, ECONNABORTED, EPROTO, ENETDOWN, ENOPROTOOPT, EHOSTDOWN, ENONET, EHOSTUNREACH, EOPNOTSUPP,
                    ENETUNREACH, EPERM:
                    continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors: back off instead of spinning on a readable listener.
                    pausedUntil = DispatchTime.now().uptimeNanoseconds + 100_000_000
                    server.configuration.report("accept paused: \(String(cString: strerror(errno)))")
                default: break
                }
                return
            }
            let peer = Self.addressText(&address)
            guard server.admit(peer) else {
                close(client)
                continue
            }
            var one: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let connection = HTTPConnection(descriptor: client, peer: peer, loop: loop, server: server)
            loop.register(client, connection)
            connection.start()
        }
    }

    func tick(now: UInt64) {
        if pausedUntil != 0 && now >= pausedUntil {
            pausedUntil = 0
            acceptAll()  // edge-triggered: connections that queued meanwhile would not raise a new event
        }
    }

    /// Stops accepting on this loop; the socket closes when the last loop stops, so new connections are then
    /// refused. Connections already accepted go on.
    func stop() {
        guard !closed else { return }
        closed = true
        loop.deregister(descriptor)
        socket.release()
    }

    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func addressText(_ address: inout sockaddr_storage) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = address.ss_family
        return withUnsafePointer(to: &address) { pointer -> String in
            let raw = UnsafeRawPointer(pointer)
            if family == sa_family_t(AF_INET6) {
                let v6 = raw.assumingMemoryBound(to: sockaddr_in6.self)
                var bytes = v6.pointee.sin6_addr
                inet_ntop(AF_INET6, &bytes, &buffer, socklen_t(buffer.count))
                let text = Self.text(buffer)
                return text.hasPrefix("::ffff:") ? String(text.dropFirst(7)) : text
            }
            let v4 = raw.assumingMemoryBound(to: sockaddr_in.self)
            var bytes = v4.pointee.sin_addr
            inet_ntop(AF_INET, &bytes, &buffer, socklen_t(buffer.count))
            return Self.text(buffer)
        }
    }
}

/// The listening socket shared by every loop's ``Listener``; closed when the last of them stops.
final class ListeningSocket: Sendable {
    let descriptor: Int32
    private let users: Atomic<Int>

    init(descriptor: Int32, users: Int) {
        self.descriptor = descriptor
        self.users = Atomic(users)
    }

    func release() {
        if users.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 { close(descriptor) }
    }
}
