import Foundation
import SvoyiCore

/// A tiny browser for in-process panel tests: keeps the cookies the panel sets, remembers the last page's CSRF
/// token and sends it with forms, from one client address.
struct AdminBrowser {
    let harness: AdminHarness
    var address = "10.0.0.1"
    var cookies: [String: String] = [:]
    var lastPage = ""

    init(_ harness: AdminHarness, address: String = "10.0.0.1") {
        self.harness = harness
        self.address = address
    }

    @discardableResult
    mutating func get(_ target: String) async -> HTTPResponse {
        let response = await harness.send(.get, target, cookies: cookies, address: address)
        absorb(response)
        return response
    }

    /// Posts `fields` plus the CSRF token of the last page seen.
    @discardableResult
    mutating func post(_ target: String, _ fields: [(String, String)] = []) async -> HTTPResponse {
        // The token of the form that posts to `target`, as a browser would send it; else the page's first.
        let path = String(target.prefix { $0 != "?" })
        let formStart = lastPage.range(of: "action=\"\(path)\"")?.lowerBound ?? lastPage.startIndex
        let token =
            Self.match(#"name="_csrf" value="([^"]+)""#, in: String(lastPage[formStart...]))
            ?? Self.match(#"name="_csrf" value="([^"]+)""#, in: lastPage) ?? ""
        let response = await harness.send(
            .post, target, cookies: cookies, form: [("_csrf", token)] + fields, address: address)
        absorb(response)
        return response
    }

    private mutating func absorb(_ response: HTTPResponse) {
        for value in response.headers.values("Set-Cookie") {
            let pair = value.prefix { $0 != ";" }
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            let cookie = String(pair[pair.index(after: equals)...])
            if cookie.isEmpty { cookies[name] = nil } else { cookies[name] = cookie }
        }
        if response.status.code == 200 || response.status.code >= 400 { lastPage = response.text }
    }

    /// Signs in with the password (the sign-in page first, for its CSRF cookie); returns the POST's response.
    @discardableResult
    mutating func signIn(_ login: String, _ password: String = AdminHarness.password) async -> HTTPResponse {
        await get(AdminPaths.signIn)
        return await post(AdminPaths.signIn, [("login", login), ("password", password)])
    }

    /// The first capture of `pattern` in `text`.
    static func match(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            found.numberOfRanges > 1, let range = Range(found.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    /// Every capture of `pattern` in `text`.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

extension AdminHarness {
    /// A current TOTP code for `secret`.
    func code(_ secret: [UInt8], offset: Int = 0) -> String {
        let step = Int64(TOTP.timeStep(at: clock.now)) + Int64(offset)
        return TOTP.code(secret: secret, timeStep: UInt64(step))
    }

    /// Enrols `member` in 2FA through the store and returns the seed.
    func enrol(_ member: StaffMember) async throws -> [UInt8] {
        let enrolment = try await identity.staff.beginEnrolment(id: member.id, issuer: "test")
        _ = try await identity.staff.confirmEnrolment(id: member.id, code: code(enrolment.secret))
        clock.advance(by: 30)  // the enrolment code's step is used up
        return enrolment.secret
    }
}
