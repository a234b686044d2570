import Foundation
import SvoyiCore
import Testing

@Suite("Crypto: TOTP")
struct CryptoTOTPTests {
    static let sha1Secret = cryptoASCII("12345678901234567890")
    static let sha256Secret = cryptoASCII("12345678901234567890123456789012")

    /// RFC 6238 Appendix B, every row for SHA1 and SHA256, eight digits, period 30.
    @Test(
        arguments: [
            (59, "94287082", "46119246"),
            (1_111_111_109, "07081804", "68084774"),
            (1_111_111_111, "14050471", "67062674"),
            (1_234_567_890, "89005924", "91819424"),
            (2_000_000_000, "69279037", "90698825"),
            (20_000_000_000, "65353130", "77737706"),
        ] as [(Int, String, String)])
    func cryptoTOTPRFC6238(seconds: Int, sha1: String, sha256: String) {
        let date = Date(timeIntervalSince1970: Double(seconds))
        #expect(TOTP.code(secret: Self.sha1Secret, at: date, digits: 8) == sha1)
        #expect(TOTP.code(secret: Self.sha256Secret, at: date, digits: 8, algorithm: .sha256) == sha256)
    }

    @Test func sixDigitCodesKeepLeadingZeros() {
        // RFC 6238's 1111111109 row is 07081804; its last six digits, 081804, also start with a zero.
        #expect(TOTP.code(secret: Self.sha1Secret, at: Date(timeIntervalSince1970: 1_111_111_109)) == "081804")
    }

    @Test func verifyReturnsTheMatchedStepWithinTheWindow() {
        let now = Date(timeIntervalSince1970: 1_111_111_111)
        let step = TOTP.timeStep(at: now)
        #expect(step == 37_037_037)
        let previous = TOTP.code(secret: Self.sha1Secret, timeStep: step - 1)
        let current = TOTP.code(secret: Self.sha1Secret, timeStep: step)
        let next = TOTP.code(secret: Self.sha1Secret, timeStep: step + 1)
        let tooOld = TOTP.code(secret: Self.sha1Secret, timeStep: step - 2)
        #expect(TOTP.verify(code: current, secret: Self.sha1Secret, at: now) == step)
        #expect(TOTP.verify(code: previous, secret: Self.sha1Secret, at: now) == step - 1)
        #expect(TOTP.verify(code: next, secret: Self.sha1Secret, at: now) == step + 1)
        #expect(TOTP.verify(code: tooOld, secret: Self.sha1Secret, at: now) == nil)
        #expect(TOTP.verify(code: previous, secret: Self.sha1Secret, at: now, window: 0) == nil)
    }

    @Test func verifyRejectsMalformedCodes() {
        let now = Date(timeIntervalSince1970: 59)
        #expect(TOTP.verify(code: "94287082", secret: Self.sha1Secret, at: now, digits: 8) == 1)
        #expect(TOTP.verify(code: "4287082", secret: Self.sha1Secret, at: now, digits: 8) == nil)
        #expect(TOTP.verify(code: "287082", secret: Self.sha1Secret, at: now) == 1)
        #expect(TOTP.verify(code: "28708a", secret: Self.sha1Secret, at: now) == nil)
        #expect(TOTP.verify(code: " 287082", secret: Self.sha1Secret, at: now) == nil)
        #expect(TOTP.verify(code: "", secret: Self.sha1Secret, at: now) == nil)
    }

    @Test func provisioningURIPercentEncodesUkrainianIssuer() throws {
        let uri = TOTP.provisioningURI(
            secret: Self.sha1Secret, account: "olena@hromada.ua", issuer: "Громада Світле")
        let issuer = "%D0%93%D1%80%D0%BE%D0%BC%D0%B0%D0%B4%D0%B0%20%D0%A1%D0%B2%D1%96%D1%82%D0%BB%D0%B5"
        #expect(
            uri
                == "otpauth://totp/\(issuer):olena%40hromada.ua?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=\(issuer)&algorithm=SHA1&digits=6&period=30")
        let components = try #require(URLComponents(string: uri))
        #expect(components.queryItems?.first { $0.name == "issuer" }?.value == "Громада Світле")
        #expect(components.path == "/Громада Світле:olena@hromada.ua")
    }

    @Test func provisioningURIForSHA256() {
        let uri = TOTP.provisioningURI(
            secret: [0xff], account: "a:b", issuer: "X", digits: 8, period: 60, algorithm: .sha256)
        #expect(uri == "otpauth://totp/X:a%3Ab?secret=74&issuer=X&algorithm=SHA256&digits=8&period=60")
    }
}
