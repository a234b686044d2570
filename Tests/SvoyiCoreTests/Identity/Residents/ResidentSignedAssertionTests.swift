import Foundation
import SvoyiCore
import Testing

/// The secret the test broker shares with Svoyi.
let residentBrokerSecret = Array("test broker secret, 32 bytes ok!".utf8)

/// The headers a broker sends with `body` at `time`.
func residentHookHeaders(
    body: [UInt8], at time: Date, secret: [UInt8] = residentBrokerSecret
) -> HTTPHeaders {
    let timestamp = String(Int64(time.timeIntervalSince1970))
    return HTTPHeaders([
        ("Content-Type", "application/json"),
        (SignedAssertionProvider.timestampHeader, timestamp),
        (
            SignedAssertionProvider.signatureHeader,
            SignedAssertionProvider.signature(body: body, timestamp: timestamp, secret: secret)
        ),
    ])
}

/// A broker's JSON body.
func residentHookBody(
    state: String, subject: String = "3141592653", phone: String? = "+380501112233",
    issuedAt: String = "2026-03-01T09:59:30Z"
) -> [UInt8] {
    var fields = ["\"state\": \"\(state)\"", "\"subject\": \"\(subject)\"", "\"issued_at\": \"\(issuedAt)\""]
    if let phone { fields.append("\"phone\": \"\(phone)\"") }
    return Array("{\(fields.joined(separator: ", "))}".utf8)
}

@Suite struct ResidentSignedAssertionTests {
    let clock = ManualClock(residentTestStart)
    var provider: SignedAssertionProvider {
        SignedAssertionProvider(name: "bankid", secret: residentBrokerSecret, clock: clock)
    }

    @Test func aSignedRequestGivesItsAssertion() async throws {
        let body = Array(
            #"{"state":"st-1","subject":"3141592653","phone":"0501112233","full_name":"Шевченко Тарас","issued_at":"2026-03-01T12:59:30+03:00"}"#
                .utf8)
        let assertion = try await provider.verify(body: body, headers: residentHookHeaders(body: body, at: clock.now))
        #expect(assertion.provider == "bankid")
        #expect(assertion.subject == "3141592653")
        #expect(assertion.state == "st-1")
        #expect(assertion.phone == "0501112233")
        #expect(assertion.fullName == "Шевченко Тарас")
        #expect(assertion.verifiedAt == residentTestStart.addingTimeInterval(-30))
        #expect(!assertion.description.contains("3141592653"))
        #expect(!assertion.description.contains("Шевченко"))
        #expect(!assertion.description.contains("st-1"))
    }

    @Test func theSignatureMustMatchTheBodyAndSecret() async throws {
        let body = residentHookBody(state: "st-1")
        let provider = self.provider
        await #expect(throws: ResidentError.signatureInvalid) {
            let wrongKey = residentHookHeaders(
                body: body, at: clock.now, secret: Array("another secret of enough bytes".utf8))
            _ = try await provider.verify(body: body, headers: wrongKey)
        }
        await #expect(throws: ResidentError.signatureInvalid) {
            let tampered = residentHookBody(state: "st-1", subject: "2718281828")
            _ = try await provider.verify(body: tampered, headers: residentHookHeaders(body: body, at: clock.now))
        }
        await #expect(throws: ResidentError.signatureInvalid) {
            // The signature of the same body at another timestamp.
            var headers = residentHookHeaders(body: body, at: clock.now)
            headers.set(SignedAssertionProvider.timestampHeader, String(Int64(clock.now.timeIntervalSince1970) - 1))
            _ = try await provider.verify(body: body, headers: headers)
        }
        for broken in ["sha1=00", "sha256=", "sha256=zz", String(repeating: "0", count: 64)] {
            var headers = residentHookHeaders(body: body, at: clock.now)
            headers.set(SignedAssertionProvider.signatureHeader, broken)
            await #expect(throws: ResidentError.signatureInvalid) {
                _ = try await provider.verify(body: body, headers: headers)
            }
        }
        var unsigned = residentHookHeaders(body: body, at: clock.now)
        unsigned.remove(SignedAssertionProvider.signatureHeader)
        await #expect(throws: ResidentError.signatureMissing) {
            _ = try await provider.verify(body: body, headers: unsigned)
        }
        var untimed = residentHookHeaders(body: body, at: clock.now)
        untimed.remove(SignedAssertionProvider.timestampHeader)
        await #expect(throws: ResidentError.signatureMissing) {
            _ = try await provider.verify(body: body, headers: untimed)
        }
    }

    @Test func theSignatureIsCheckedWhateverTheHexCase() async throws {
        let body = residentHookBody(state: "st-1")
        var headers = residentHookHeaders(body: body, at: clock.now)
        let signature = try #require(headers[SignedAssertionProvider.signatureHeader])
        headers.set(SignedAssertionProvider.signatureHeader, "sha256=" + signature.dropFirst(7).uppercased())
        #expect(try await provider.verify(body: body, headers: headers).state == "st-1")
    }

    @Test func timestampsMoreThanFiveMinutesOffAreRefused() async throws {
        let body = residentHookBody(state: "st-1")
        let provider = self.provider
        for offset in [-301.0, 301, -86_400] {
            await #expect(throws: ResidentError.timestampOutOfRange) {
                _ = try await provider.verify(
                    body: body, headers: residentHookHeaders(body: body, at: clock.now.addingTimeInterval(offset)))
            }
        }
        #expect(
            try await provider.verify(
                body: body, headers: residentHookHeaders(body: body, at: clock.now.addingTimeInterval(-300))
            ).state == "st-1")
        for bad in ["", "12a", "-5", "+1772359200", "1772359200.5", "99999999999999"] {
            let timestamp = bad
            let headers = HTTPHeaders([
                (SignedAssertionProvider.timestampHeader, timestamp),
                (
                    SignedAssertionProvider.signatureHeader,
                    SignedAssertionProvider.signature(body: body, timestamp: timestamp, secret: residentBrokerSecret)
                ),
            ])
            await #expect(throws: ResidentError.timestampInvalid) {
                _ = try await provider.verify(body: body, headers: headers)
            }
        }
    }

    @Test func aRequestIsAcceptedOnce() async throws {
        let body = residentHookBody(state: "st-1")
        let headers = residentHookHeaders(body: body, at: clock.now)
        let provider = self.provider
        _ = try await provider.verify(body: body, headers: headers)
        clock.advance(by: 10)
        await #expect(throws: ResidentError.replayedRequest) {
            _ = try await provider.verify(body: body, headers: headers)
        }
        var uppercase = headers
        let signature = try #require(headers[SignedAssertionProvider.signatureHeader])
        uppercase.set(SignedAssertionProvider.signatureHeader, "sha256=" + signature.dropFirst(7).uppercased())
        await #expect(throws: ResidentError.replayedRequest) {
            _ = try await provider.verify(body: body, headers: uppercase)
        }
        clock.advance(by: 300)
        await #expect(throws: ResidentError.timestampOutOfRange) {
            _ = try await provider.verify(body: body, headers: headers)
        }
        // Another request in the meantime is accepted.
        let next = residentHookBody(state: "st-2")
        #expect(
            try await provider.verify(body: next, headers: residentHookHeaders(body: next, at: clock.now)).state
                == "st-2")
    }

    @Test(arguments: [
        "not json",
        "",
        "[]",
        #"{"state": "st-1"}"#,
        #"{"state": "st-1", "subject": "3141592653"}"#,
        #"{"state": "", "subject": "3141592653", "issued_at": "2026-03-01T09:59:30Z"}"#,
        #"{"state": "st-1", "subject": "", "issued_at": "2026-03-01T09:59:30Z"}"#,
        #"{"state": "st-1", "subject": 3141592653, "issued_at": "2026-03-01T09:59:30Z"}"#,
        #"{"state": "st-1", "subject": "3141592653", "issued_at": "yesterday"}"#,
        #"{"state": "st-1", "subject": "3141592653", "issued_at": "2026-03-01T09:59:30"}"#,
        #"{"state": "st-1", "subject": "3141592653", "issued_at": "2026-03-01T09:59:30Z""#,
    ])
    func malformedBodiesAreRefused(json: String) async throws {
        let body = Array(json.utf8)
        await #expect(throws: ResidentError.malformedAssertion) {
            _ = try await provider.verify(body: body, headers: residentHookHeaders(body: body, at: clock.now))
        }
    }
}
