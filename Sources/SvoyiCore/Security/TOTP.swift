public import Foundation

/// Time-based one-time passwords (RFC 6238) over HMAC-SHA1 or HMAC-SHA256, as shown by authenticator apps.
///
/// ```swift
/// let secret = SecureRandom.bytes(20)
/// let uri = TOTP.provisioningURI(secret: secret, account: "olena@hromada.ua", issuer: "Громада")
/// if let step = TOTP.verify(code: "123456", secret: secret, at: clock.now), step > lastUsedStep { … }
/// ```
public enum TOTP {
    /// The HMAC hash, named as in `otpauth://` URIs.
    public enum Algorithm: String, Sendable, CaseIterable {
        /// HMAC-SHA1, the default every authenticator app supports.
        case sha1 = "SHA1"
        /// HMAC-SHA256.
        case sha256 = "SHA256"
    }

    /// The time step containing `date`: whole `period`s since the Unix epoch (0 before it).
    public static func timeStep(at date: Date, period: Int = 30) -> UInt64 {
        precondition(period > 0, "TOTP period must be positive")
        let seconds = date.timeIntervalSince1970.rounded(.down)
        return seconds <= 0 ? 0 : UInt64(seconds) / UInt64(period)
    }

    /// The code for `date`, zero-padded to `digits` (6 to 10) decimal digits.
    public static func code(
        secret: [UInt8], at date: Date, digits: Int = 6, period: Int = 30, algorithm: Algorithm = .sha1
    ) -> String {
        code(secret: secret, timeStep: timeStep(at: date, period: period), digits: digits, algorithm: algorithm)
    }

    /// The code for one time step (the HOTP value of RFC 4226 §5.3 with the step as the counter).
    public static func code(secret: [UInt8], timeStep: UInt64, digits: Int = 6, algorithm: Algorithm = .sha1) -> String
    {
        precondition((6...10).contains(digits), "TOTP codes have 6 to 10 digits")
        let counter = withUnsafeBytes(of: timeStep.bigEndian) { Array($0) }
        let mac =
            switch algorithm {
            case .sha1: HMAC<SHA1>.authenticationCode(for: counter, key: secret)
            case .sha256: HMAC<SHA256>.authenticationCode(for: counter, key: secret)
            }
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary =
            UInt64(mac[offset] & 0x7f) << 24 | UInt64(mac[offset + 1]) << 16
            | UInt64(mac[offset + 2]) << 8 | UInt64(mac[offset + 3])
        var modulus: UInt64 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    /// The time step whose code equals `code`, searching `window` steps either side of `date`'s step, or `nil`.
    ///
    /// Store the returned step and refuse any later code whose step is not greater: RFC 6238 §5.2 requires that
    /// a code is accepted only once. Every step in the window is checked with ``ConstantTime/equals(_:_:)``.
    public static func verify(
        code: String, secret: [UInt8], at date: Date, window: Int = 1, digits: Int = 6, period: Int = 30,
        algorithm: Algorithm = .sha1
    ) -> UInt64? {
        precondition(window >= 0, "TOTP window must not be negative")
        let given = Array(code.utf8)
        guard given.count == digits, given.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        let current = timeStep(at: date, period: period)
        let first = current >= UInt64(window) ? current - UInt64(window) : 0
        var matched: UInt64? = nil
        for step in first...(current + UInt64(window)) {
            let expected = Array(self.code(secret: secret, timeStep: step, digits: digits, algorithm: algorithm).utf8)
            if ConstantTime.equals(expected, given) && matched == nil {
                matched = step
            }
        }
        return matched
    }

    /// The `otpauth://totp/…` URI that authenticator apps read from a QR code.
    ///
    /// The label is `Issuer:account`; issuer and account are percent-encoded as UTF-8, so Cyrillic names survive.
    /// The secret is unpadded ``Base32``.
    public static func provisioningURI(
        secret: [UInt8], account: String, issuer: String, digits: Int = 6, period: Int = 30,
        algorithm: Algorithm = .sha1
    ) -> String {
        let label = percentEncoded(issuer) + ":" + percentEncoded(account)
        return "otpauth://totp/\(label)?secret=\(Base32.encode(secret, padding: false))"
            + "&issuer=\(percentEncoded(issuer))&algorithm=\(algorithm.rawValue)&digits=\(digits)&period=\(period)"
    }

    /// Percent-encodes every byte outside RFC 3986's unreserved set, with uppercase hex digits.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.append(byte)
            default:
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
