import Foundation
import SvoyiTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The web chat in a real browser against the real server: the location button through the Geolocation API, a
/// refusal, the form without JavaScript, axe on the page, and the chat API from a widget on another origin (allowed
/// with `--chat-origin`, blocked by Chromium for any other). `scripts/test` installs Chromium, its driver, Selenium
/// and axe.
@Suite struct ChatBrowserTests {
    @Test func theChatSharesALocationAndServesAnAllowedWidget() async throws {
        let widgetPort = try Self.unusedLoopbackPort()
        let server = try await DemoServer.start(
            "svoyi-e2e-chat-browser", ["--chat-origin", "http://localhost:\(widgetPort)"])
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "python/chat_browser.py")
        let client = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", path.path, server.base, String(widgetPort)])
        do {
            try await client.waitForExit(timeout: 240)
        } catch {
            client.signal(SIGTERM)
            try? await client.waitForExit(timeout: 20)
            Issue.record("the chat browser script did not finish: \(client.lines) \(client.standardError)")
        }
        let failed = client.lines.filter { $0.hasPrefix("FAIL") }
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n")) \(client.standardError)")
        #expect(client.lines.last == "0 failed", "\(client.lines.suffix(5)) \(client.standardError)")
        #expect(client.lines.filter { $0.hasPrefix("ok ") }.count >= 10, "\(client.lines)")
        try await server.stop()
    }

    /// A loopback port nothing listens on now (bound, read and closed), for the widget's origin.
    static func unusedLoopbackPort() throws -> Int {
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
}
