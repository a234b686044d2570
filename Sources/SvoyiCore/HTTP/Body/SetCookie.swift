/// A `Set-Cookie` header value, checked when built so a value can never split the header or smuggle attributes.
///
/// Defaults are the safe ones: `HttpOnly`, `Secure`, `SameSite=Lax`, `Path=/`.
///
/// ```swift
/// let cookie = try SetCookie(name: "lang", value: "en", maxAge: 31_536_000, httpOnly: false)
/// response.headers.add("Set-Cookie", cookie.headerValue)
/// ```
public struct SetCookie: Sendable, Equatable {
    /// The `SameSite` attribute.
    public enum SameSite: String, Sendable {
        /// Only with requests from this site.
        case strict = "Strict"
        /// Also with top-level navigations from other sites (links), not with their forms or frames.
        case lax = "Lax"
        /// With every request; needs `Secure`.
        case none = "None"
    }

    /// A cookie that cannot be sent: its name is not a token or its value has characters cookies may not carry.
    public struct InvalidCookie: Error, Equatable {
        /// What is wrong.
        public let reason: String
    }

    /// The cookie's name (an RFC 9110 token).
    public let name: String
    /// The cookie's value (RFC 6265 `cookie-octet`s only).
    public let value: String
    /// The path it is sent for; `nil` leaves it to the browser (the current directory).
    public let path: String?
    /// Seconds until the browser forgets it; 0 deletes it now, `nil` makes it last the session.
    public let maxAge: Int?
    /// Hidden from scripts.
    public let httpOnly: Bool
    /// Sent over HTTPS only.
    public let secure: Bool
    /// When it is sent with requests from other sites; `nil` leaves it to the browser.
    public let sameSite: SameSite?

    /// A cookie; throws when `name` is not an RFC 9110 token, `value` has characters outside RFC 6265
    /// `cookie-octet` (controls, space, `"`, `,`, `;`, `\`, non-ASCII), `path` has `;` or controls, or
    /// `SameSite=None` is asked without `Secure`.
    public init(
        name: String, value: String, path: String? = "/", maxAge: Int? = nil, httpOnly: Bool = true,
        secure: Bool = true, sameSite: SameSite? = .lax
    ) throws(InvalidCookie) {
        guard !name.isEmpty, name.utf8.allSatisfy(Self.isTokenByte) else {
            throw InvalidCookie(reason: "the name is not a token")
        }
        guard value.utf8.allSatisfy(Self.isCookieOctet) else {
            throw InvalidCookie(reason: "the value has a character cookies cannot carry")
        }
        if let path, path.isEmpty || path.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 59 || $0 > 0x7E }) {
            throw InvalidCookie(reason: "the path is empty or has ; or a control character")
        }
        if sameSite == SameSite.none, !secure { throw InvalidCookie(reason: "SameSite=None requires Secure") }
        self.name = name
        self.value = value
        self.path = path
        self.maxAge = maxAge
        self.httpOnly = httpOnly
        self.secure = secure
        self.sameSite = sameSite
    }

    /// A cookie that deletes the browser's `name` cookie on `path`.
    public static func expiring(_ name: String, path: String = "/") throws(InvalidCookie) -> SetCookie {
        try SetCookie(name: name, value: "", path: path, maxAge: 0)
    }

    /// The header value: `name=value; Path=/; Max-Age=60; HttpOnly; Secure; SameSite=Lax`.
    public var headerValue: String {
        var out = "\(name)=\(value)"
        if let path { out += "; Path=\(path)" }
        if let maxAge { out += "; Max-Age=\(max(maxAge, 0))" }
        if httpOnly { out += "; HttpOnly" }
        if secure { out += "; Secure" }
        if let sameSite { out += "; SameSite=\(sameSite.rawValue)" }
        return out
    }

    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122: true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// RFC 6265 §4.1.1 `cookie-octet`: %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E.
    static func isCookieOctet(_ byte: UInt8) -> Bool {
        byte == 0x21 || (0x23...0x2B).contains(byte) || (0x2D...0x3A).contains(byte) || (0x3C...0x5B).contains(byte)
            || (0x5D...0x7E).contains(byte)
    }
}

extension HTTPResponse {
    /// Adds a `Set-Cookie` header for `cookie`.
    public mutating func setCookie(_ cookie: SetCookie) {
        headers.add("Set-Cookie", cookie.headerValue)
    }
}
