public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client for live server tests: send raw bytes, read raw responses, with a receive timeout.
/// `@unchecked Sendable`: a test uses one socket from one piece of work at a time.
public final class TestSocket: @unchecked Sendable {
    public let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:`port`.
    public init(port: Int, timeout: TimeInterval = 60) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TimedOut(what: "a socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            throw TimedOut(what: "a connection to port \(port) (errno \(errno))")
        }
        self.descriptor = descriptor
        self.timeout = timeout
        // Non-blocking, so waiting for bytes suspends the test's task instead of blocking one of the few
        // threads Swift concurrency runs tasks on (the server under test needs them).
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// How long a read waits for bytes.
    public var timeout: TimeInterval

    deinit { close(descriptor) }

    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Closes the sending side (the server reads end of file; the connection stays open for reading).
    public func shutdownWrite() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    public func send(_ bytes: [UInt8]) throws {
        var sent = 0
        let deadline = Date().addingTimeInterval(timeout)
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && Date() < deadline {
                usleep(1000)  // the kernel buffer is full; a short send, not a synchronisation
                continue
            }
            guard count > 0 else { throw TimedOut(what: "sending (errno \(errno))") }
            sent += count
        }
    }

    private var sawEnd = false

    /// Reads more bytes, waiting up to the timeout; returns false at end of stream or timeout.
    @discardableResult
    private func fill() async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer += chunk[0..<count]
                return true
            }
            if count == 0 {
                sawEnd = true
                return false
            }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(1))
        }
    }

    /// True when the peer closes the connection within the timeout (bytes before the close are read).
    public func isClosedByPeer() async -> Bool {
        while await fill() {}
        return sawEnd
    }

    /// One response: status code, headers (lower-cased names) and body, framed by Content-Length or chunked.
    /// For a response to HEAD pass `bodyless: true`: its Content-Length describes a body that is not sent.
    public func readResponse(
        bodyless: Bool = false
    ) async throws -> (status: Int, headers: [String: String], body: String) {
        func headEnd() -> Int? {
            guard buffer.count >= 4 else { return nil }
            for i in 0...(buffer.count - 4)
            where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
                return i
            }
            return nil
        }
        while headEnd() == nil { guard await fill() else { throw TimedOut(what: "a response head") } }
        let end = headEnd()!
        let lines = String(decoding: buffer[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        buffer.removeFirst(end + 4)
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body: [UInt8] = []
        if bodyless || status < 200 || status == 204 || status == 304 {
            return (status, headers, "")
        } else if let length = headers["content-length"].flatMap(Int.init) {
            while buffer.count < length { guard await fill() else { throw TimedOut(what: "a body") } }
            body = Array(buffer[0..<length])
            buffer.removeFirst(length)
        } else if headers["transfer-encoding"] == "chunked" {
            // A cursor over the buffer (dropping consumed bytes once at the end keeps large bodies linear).
            var cursor = 0
            func line() async throws -> String {
                while true {
                    var i = cursor
                    while i + 1 < buffer.count {
                        if buffer[i] == 13 && buffer[i + 1] == 10 {
                            let text = String(decoding: buffer[cursor..<i], as: UTF8.self)
                            cursor = i + 2
                            return text
                        }
                        i += 1
                    }
                    guard await fill() else { throw TimedOut(what: "a chunk") }
                }
            }
            while true {
                let size = Int(try await line(), radix: 16) ?? 0
                if size == 0 {
                    _ = try await line()
                    break
                }
                while buffer.count < cursor + size + 2 {
                    guard await fill() else { throw TimedOut(what: "chunk data") }
                }
                body += buffer[cursor..<(cursor + size)]
                cursor += size + 2
            }
            buffer.removeFirst(cursor)
        }
        return (status, headers, String(decoding: body, as: UTF8.self))
    }
}
