import Foundation
import SvoyiTestSupport
import Testing

/// The admin panel's accessibility gate: the real server binary, every page the head administrator can reach in
/// headless Chromium, checked with axe-core (WCAG 2.1 AA, which ДСТУ EN 301 549:2022 requires through CMU
/// Resolution 757) and with the checks axe cannot make (one `h1`, heading order, the skip link first, labels, reflow
/// at 320 px, visible focus, the error summary taking focus). `scripts/test` installs Chromium, its driver, Selenium
/// and axe. Set `SVOYI_A11Y_SCREENSHOTS=DIR` to keep a screenshot of every page.
@Suite struct AdminAccessibilityTests {
    @Test func everyAdminPagePassesTheAccessibilityChecks() async throws {
        let server = try await DemoServer.start("svoyi-e2e-a11y")
        let client = try server.startScript("admin_a11y.py")
        do {
            try await client.waitForExit(timeout: 180)
        } catch {
            // SIGTERM lets the script close the browser it started before the test gives up on it.
            client.signal(SIGTERM)
            try? await client.waitForExit(timeout: 20)
            Issue.record("the accessibility script did not finish: \(client.lines) \(client.standardError)")
        }
        let failed = client.lines.filter { $0.hasPrefix("FAIL") }
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n")) \(client.standardError)")
        #expect(client.lines.last == "0 failed", "\(client.lines.suffix(5)) \(client.standardError)")
        #expect(client.lines.contains { $0.hasSuffix(" pages checked") && !$0.hasPrefix("0 ") })
        try await server.stop()
    }
}
