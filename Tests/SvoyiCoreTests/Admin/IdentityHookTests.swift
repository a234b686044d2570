import Foundation
import SvoyiCore
import Testing

/// `POST /hooks/identity/{hromada}/{provider}`: a broker's signed assertion completes a resident's external
/// verification; anything unsigned, stale, replayed or addressed wrongly changes nothing.
@Suite struct IdentityHookTests {
    static let secret = Array("a shared secret of 32 bytes or more!".utf8)

    /// A harness with the broker `bankid`, and a verification state started for A's resident.
    func setUp() async throws -> (AdminHarness, state: String) {
        let harness = try await AdminHarness.make(brokers: ["bankid": Self.secret])
        let state = try await harness.identity.residents.startExternalVerification(
            residentID: harness.residentA.id, provider: "bankid", hromadaID: harness.hromadaA)
        return (harness, state)
    }

    /// The broker's request body for `state`, issued now.
    func body(_ harness: AdminHarness, state: String, subject: String = "1234567890") -> [UInt8] {
        let issued = ISO8601Milliseconds.format(harness.clock.now)
        return Array(#"{"state":"\#(state)","subject":"\#(subject)","issued_at":"\#(issued)"}"#.utf8)
    }

    /// Posts `body` to the hook, signed with `secret` at the clock's current time.
    func post(
        _ harness: AdminHarness, _ body: [UInt8], hromada: String = "hromada-a", provider: String = "bankid",
        secret: [UInt8] = IdentityHookTests.secret
    ) async -> HTTPResponse {
        let timestamp = String(Int64(harness.clock.now.timeIntervalSince1970))
        return await harness.send(
            .post, "/hooks/identity/\(hromada)/\(provider)", body: body,
            headers: [
                ("Content-Type", "application/json"), (SignedAssertionProvider.timestampHeader, timestamp),
                (
                    SignedAssertionProvider.signatureHeader,
                    SignedAssertionProvider.signature(body: body, timestamp: timestamp, secret: secret)
                ),
            ])
    }

    func level(_ harness: AdminHarness) async throws -> VerificationLevel? {
        try await harness.identity.residents.resident(id: harness.residentA.id, hromadaID: harness.hromadaA)?
            .verificationLevel
    }

    func problem(_ response: HTTPResponse) throws -> ProblemDetails {
        #expect(response.headers["Content-Type"] == ProblemDetails.contentType)
        return try JSONDecoder().decode(ProblemDetails.self, from: Data(response.bytes))
    }

    @Test func aSignedAssertionRaisesTheLevelAndIsAudited() async throws {
        let (harness, state) = try await setUp()
        defer { harness.close() }
        let response = await post(harness, body(harness, state: state))
        #expect(response.status.code == 200)
        let answer = try JSONSerialization.jsonObject(with: Data(response.bytes)) as? [String: String]
        #expect(answer == ["status": "verified", "level": "externalProvider"])
        let resident = try #require(
            try await harness.identity.residents.resident(id: harness.residentA.id, hromadaID: harness.hromadaA))
        #expect(resident.verificationLevel == .externalProvider)
        #expect(resident.verifiedBy == .provider("bankid"))
        let entries = try await harness.audit(harness.hromadaA, action: "resident.verify")
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.actor == .system)
        #expect(entry.detail == "provider bankid")
        #expect(entry.targetID == String(harness.residentA.id))
        // The subject is never written to the log.
        #expect(![entry.detail ?? ""].contains { $0.contains("1234567890") })
        #expect(!(entry.after ?? [:]).values.contains { $0.contains("1234567890") })
    }

    @Test func aBadSignatureIsRefusedAndChangesNothing() async throws {
        let (harness, state) = try await setUp()
        defer { harness.close() }
        let wrongSecret = Array("another secret, also 32 bytes long..".utf8)
        let response = await post(harness, body(harness, state: state), secret: wrongSecret)
        #expect(response.status.code == 401)
        #expect(try problem(response).detail == ResidentError.signatureInvalid.messageUK)
        #expect(try await level(harness) == .messenger)
        #expect(try await harness.audit(harness.hromadaA, action: "resident.verify").isEmpty)
        // Unsigned is refused the same way; the state was not used up by either.
        let unsigned = await harness.send(
            .post, "/hooks/identity/hromada-a/bankid", body: body(harness, state: state))
        #expect(unsigned.status.code == 401)
        #expect(await post(harness, body(harness, state: state)).status.code == 200)
    }

    @Test func aReplayedRequestOrStateIsRefused() async throws {
        let (harness, state) = try await setUp()
        defer { harness.close() }
        let first = body(harness, state: state)
        #expect(await post(harness, first).status.code == 200)
        // The very same signed request again.
        let replay = await post(harness, first)
        #expect([409, 410].contains(replay.status.code))
        // The same state, freshly signed a second later.
        harness.clock.advance(by: 1)
        let reused = await post(harness, body(harness, state: state))
        #expect(reused.status.code == 409)
        #expect(try problem(reused).detail == ResidentError.stateUsed.messageUK)
        #expect(try await harness.audit(harness.hromadaA, action: "resident.verify").count == 1)
    }

    @Test func anExpiredStateIsGone() async throws {
        let (harness, state) = try await setUp()
        defer { harness.close() }
        harness.clock.advance(by: 16 * 60)
        let response = await post(harness, body(harness, state: state))
        #expect(response.status.code == 410)
        #expect(try await level(harness) == .messenger)
    }

    @Test func aStaleTimestampIsRefused() async throws {
        let (harness, state) = try await setUp()
        defer { harness.close() }
        let stale = body(harness, state: state)
        let timestamp = String(Int64(harness.clock.now.timeIntervalSince1970) - 600)
        let response = await harness.send(
            .post, "/hooks/identity/hromada-a/bankid", body: stale,
            headers: [
                (SignedAssertionProvider.timestampHeader, timestamp),
                (
                    SignedAssertionProvider.signatureHeader,
                    SignedAssertionProvider.signature(body: stale, timestamp: timestamp, secret: Self.secret)
                ),
            ])
        #expect(response.status.code == 401)
        #expect(try problem(response).detail == ResidentError.timestampOutOfRange.messageUK)
        #expect(try await level(harness) == .messenger)
    }

    @Test func anotherHromadasStateIsNotAcceptedHere() async throws {
        let (harness, _) = try await setUp()
        defer { harness.close() }
        let stateB = try await harness.identity.residents.startExternalVerification(
            residentID: harness.residentB.id, provider: "bankid", hromadaID: harness.hromadaB)
        let response = await post(harness, body(harness, state: stateB))
        #expect(response.status.code == 400)
        let residentB = try await harness.identity.residents.resident(
            id: harness.residentB.id, hromadaID: harness.hromadaB)
        #expect(residentB?.verificationLevel == .messenger)
    }

    @Test func anUnknownProviderOrHromadaIsNotFound() async throws {
        let (harness, state) = try await setUp()
        defer { harness.close() }
        let unknownProvider = await post(harness, body(harness, state: state), provider: "diia")
        #expect(unknownProvider.status.code == 404)
        #expect(try problem(unknownProvider).status == 404)
        let unknownHromada = await post(harness, body(harness, state: state), hromada: "no-such-hromada")
        #expect(unknownHromada.status.code == 404)
        #expect(try problem(unknownHromada).detail == "Такої громади немає.")
        #expect(try await level(harness) == .messenger)
    }
}
