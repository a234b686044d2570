import Foundation
import Glibc
import SvoyiCore
import SvoyiTestSupport
import Synchronization

/// A small Python `http.server` on a free loopback port, for live client tests. Routes:
/// `/echo` (body, method and `X-Test` echoed), `/flaky/*` (503 on the first hit, then 200),
/// `/later/*` (503 with `Retry-After: 1` on the first hit, then 200), `/slow` (answers after 30 s, far past any deadline or cancellation in the tests),
/// `/big` (100,000 bytes), `/hits/<path>` (how often `<path>` was requested).
/// The process is killed when the value is released, and exits by itself if the test process dies.
final class HTTPClientLoopbackServer: Sendable {
    let process: ChildProcess
    let port: Int

    init() async throws {
        process = try ChildProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-u", "-c", Self.script])
        let line = try await process.waitForLine(startingWith: "PORT ", timeout: 60)
        port = Int(line.dropFirst(5))!
    }

    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    deinit {
        process.signal(SIGKILL)
    }

    static let script = #"""
        import http.server, os, sys, threading, time
        hits, lock, parent = {}, threading.Lock(), os.getppid()

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def reply(self, status, body=b"", headers=()):
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def handle_any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with lock:
                    hits[self.path] = count = hits.get(self.path, 0) + 1
                if self.path.startswith("/echo"):
                    test = self.headers.get("X-Test", "")
                    self.reply(200, body, [("X-Method", self.command), ("X-Test", test), ("Content-Type", "text/plain")])
                elif self.path.startswith("/flaky/"):
                    self.reply(503, b"busy") if count == 1 else self.reply(200, b"recovered")
                elif self.path.startswith("/later/"):
                    self.reply(503, b"busy", [("Retry-After", "1")]) if count == 1 else self.reply(200, b"later")
                elif self.path == "/slow":
                    time.sleep(30)
                    self.reply(200, b"slow")
                elif self.path == "/big":
                    self.reply(200, b"x" * 100_000)
                elif self.path.startswith("/hits/"):
                    with lock:
                        self.reply(200, str(hits.get(self.path[5:], 0)).encode())
                else:
                    self.reply(404, b"no such route")

            do_GET = do_POST = do_PUT = do_DELETE = handle_any

        def watch_parent():
            while os.getppid() == parent:
                time.sleep(0.2)
            os._exit(0)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=watch_parent, daemon=True).start()
        print("PORT", server.server_address[1], flush=True)
        server.serve_forever()
        """#
}

/// A loopback port that nothing listens on: bound, read, and closed again.
func closedLoopbackPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
        }
    }
    guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Records the waits a client asks for without waiting.
final class RecordingSleeper: Sendable {
    private let waits = Mutex<[Duration]>([])

    var recorded: [Duration] { waits.withLock { $0 } }

    var sleeper: URLSessionHTTPClient.Sleeper {
        { duration in self.waits.withLock { $0.append(duration) } }
    }
}
