import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The operations endpoints (`/healthz`, `/readyz`) on a plain blocking listener.
///
/// This is the interim HTTP front of the server: one short request per connection, `Connection: close`,
/// bounded reads with a receive timeout. The hardened HTTP/1.1 server in SvoyiCore/HTTP replaces it.
final class OperationsListener: Sendable {
    /// Answers a path with a status and a plain-text body.
    typealias Responder = @Sendable (_ method: String, _ path: String) -> (status: Int, body: String)

    private let socket: Int32
    /// The port actually bound (useful with port 0).
    let port: Int
    private let responder: Responder
    private let stopped = Atomic<Bool>(false)
    /// Connections being served; beyond ``maximumConnections`` new ones are closed at once.
    private let active = Atomic<Int>(0)
    private let maximumConnections = 64

    init(host: String, port: Int, responder: @escaping Responder) throws {
        let family = host.contains(":") ? AF_INET6 : AF_INET
        let fd = Glibc.socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            throw ListenerError(message: "cannot create a socket: \(String(cString: strerror(errno)))")
        }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
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
            close(fd)
            throw ListenerError(message: "\(host) is not an IP address (use e.g. 127.0.0.1, ::1 or localhost)")
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ListenerError(message: "cannot listen on \(host) port \(port): \(reason)")
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualLength) }
        }
        let boundPort = withUnsafeBytes(of: &actual) { raw -> UInt16 in
            // sin_port and sin6_port sit at the same offset, right after the family.
            raw.load(fromByteOffset: 2, as: UInt16.self)
        }
        self.socket = fd
        self.port = Int(UInt16(bigEndian: boundPort))
        self.responder = responder
    }

    /// Accepts connections on a thread of its own until ``stop()``.
    func start() {
        let thread = Thread { [self] in
            while !stopped.load(ordering: .acquiring) {
                let client = accept(socket, nil, nil)
                if client < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    if errno == EMFILE || errno == ENFILE {
                        usleep(100_000)  // out of descriptors: back off instead of spinning
                        continue
                    }
                    return  // the socket was shut down
                }
                guard active.wrappingAdd(1, ordering: .relaxed).newValue <= maximumConnections else {
                    active.wrappingSubtract(1, ordering: .relaxed)
                    close(client)
                    continue
                }
                DispatchQueue.global().async {
                    self.serve(client)
                    self.active.wrappingSubtract(1, ordering: .relaxed)
                }
            }
        }
        thread.start()
    }

    /// Stops accepting; requests already accepted finish.
    func stop() {
        stopped.store(true, ordering: .releasing)
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        // One deadline for the whole request, so a client dripping a byte at a time cannot hold a thread.
        let deadline = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 2048)
        let limit = 8192
        while request.count < limit {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return }
            var waiting = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Int32((deadline - now) / 1_000_000) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return }
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return }
            request += buffer[0..<count]
            if containsHeaderEnd(request) { break }
        }
        // The request line, up to the first CR or LF byte (as text, "\r\n" is one Character).
        let firstLine = request.prefix { $0 != 13 && $0 != 10 }
        let line = String(decoding: firstLine, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        let (status, body): (Int, String)
        if line.count == 3, line[2].hasPrefix("HTTP/1."), containsHeaderEnd(request) {
            let path = String(line[1].prefix { $0 != "?" })
            (status, body) = responder(String(line[0]), path)
        } else {
            (status, body) = (400, "bad request\n")
        }
        let reason =
            [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"][
                status] ?? "Status"
        let isHead = line.first == "HEAD"
        let response =
            "HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n\r\n" + (isHead ? "" : body)
        var bytes = Array(response.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                send(client, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            sent += count
        }
    }

    private func containsHeaderEnd(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for i in 0...(bytes.count - 4)
        where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return true
        }
        return false
    }
}

struct ListenerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
