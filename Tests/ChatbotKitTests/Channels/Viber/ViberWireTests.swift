import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// Viber's callbacks decoded, tokens kept exact, and the content signature.
@Suite struct ViberWireTests {
    func decode(_ json: String) throws -> ViberCallback {
        try JSONDecoder().decode(ViberCallback.self, from: Data(json.utf8))
    }

    @Test func aMessageTokenAbove2To53SurvivesExactly() throws {
        // 4912661846655238145 is not a Double: through floating point it would become 4912661846655238144.
        let token: Int64 = 4_912_661_846_655_238_145
        #expect(Int64(Double(token)) == 4_912_661_846_655_238_144)
        let callback = try decode(
            #"{"event":"delivered","timestamp":1457764197627,"message_token":4912661846655238145,"user_id":"01234567890A="}"#
        )
        #expect(callback.messageToken?.digits == "4912661846655238145")
        #expect(callback.timestamp == 1_457_764_197_627)
        let encoded = try JSONEncoder().encode(callback.messageToken)
        #expect(String(decoding: encoded, as: UTF8.self) == "4912661846655238145")
        // The largest unsigned token and one sent as a string are exact too.
        let large = try JSONDecoder().decode(ViberNumber.self, from: Data("18446744073709551615".utf8))
        #expect(large.digits == "18446744073709551615")
        #expect(String(decoding: try JSONEncoder().encode(large), as: UTF8.self) == "18446744073709551615")
        let quoted = try JSONDecoder().decode(ViberNumber.self, from: Data(#""5000000000000000007""#.utf8))
        #expect(quoted == ViberNumber(5_000_000_000_000_000_007))
    }

    @Test func aTokenThatIsNotAnIntegerIsRefused() {
        for bad in ["4.5", "\"12a\"", "true", "18446744073709551616", "null"] {
            #expect(throws: (any Error).self, "\(bad)") {
                try JSONDecoder().decode(ViberNumber.self, from: Data(bad.utf8))
            }
        }
    }

    @Test func everyEventDecodes() throws {
        let message = try decode(
            """
            {"event":"message","timestamp":1457764197627,"message_token":4912661846655238145,"chat_hostname":"SN-2",
             "sender":{"id":"01234567890A=","name":"Тарас","avatar":"https://a/b.jpg","country":"UA","language":"uk",
                       "api_version":10},
             "message":{"type":"location","location":{"lat":50.45,"lon":30.52},"tracking_data":"svoyi:share-phone"},
             "silent":false}
            """)
        #expect(message.event == .message)
        #expect(
            message.sender
                == ViberUser(
                    id: "01234567890A=", name: "Тарас", avatar: "https://a/b.jpg", country: "UA", language: "uk",
                    apiVersion: 10))
        #expect(message.message?.location == ViberLocation(lat: 50.45, lon: 30.52))
        #expect(message.message?.trackingData == "svoyi:share-phone")

        let started = try decode(
            """
            {"event":"conversation_started","timestamp":1,"message_token":2,"type":"open","context":"d_id_card",
             "user":{"id":"u1","name":"Леся"},"subscribed":false}
            """)
        #expect(started.event == .conversationStarted)
        #expect(started.context == "d_id_card")
        #expect(started.subscribed == false)
        #expect(started.user?.id == "u1")

        let failed = try decode(#"{"event":"failed","timestamp":1,"message_token":3,"user_id":"u1","desc":"failure"}"#)
        #expect(failed.event == .failed)
        #expect(failed.failureDescription == "failure")
        #expect(try decode(#"{"event":"unsubscribed","timestamp":1,"user_id":"u1"}"#).userID == "u1")
        #expect(try decode(#"{"event":"subscribed","timestamp":1,"user":{"id":"u2"}}"#).user?.id == "u2")
        #expect(try decode(#"{"event":"seen","timestamp":1,"message_token":9,"user_id":"u1"}"#).event == .seen)
        #expect(try decode(#"{"event":"webhook","timestamp":1,"message_token":9}"#).event == .webhook)
        #expect(try decode(#"{"event":"client_status","timestamp":1}"#).event == .other("client_status"))
    }

    @Test func aCallbackWithoutAnEventIsRefused() {
        #expect(throws: DecodingError.self) { try decode(#"{"timestamp":1}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"event":"message","message_token":1.5}"#) }
    }

    @Test func theSignatureIsTheHexHMACOfTheRawBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let body = Array("what do ya want for nothing?".utf8)
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        #expect(ViberSignature.sign(body, authToken: "Jefe") == expected)
        #expect(ViberSignature.isValid(expected, body: body, authToken: "Jefe"))
        #expect(ViberSignature.isValid(expected.uppercased(), body: body, authToken: "Jefe"))
        #expect(!ViberSignature.isValid(expected, body: body + [0x20], authToken: "Jefe"))
        #expect(!ViberSignature.isValid(expected, body: body, authToken: "Jefe2"))
        #expect(!ViberSignature.isValid(String(expected.dropLast()), body: body, authToken: "Jefe"))
        #expect(!ViberSignature.isValid("", body: body, authToken: "Jefe"))
    }

    @Test func aBotRefusesWhatViberWould() throws {
        let base = ViberBot.defaultAPIBase
        #expect(base.absoluteString == "https://chatapi.viber.com/pa")
        let bot = try ViberBot(id: "b1", hromadaID: 1, authToken: "0123456789abcdef", name: " Громада ")
        #expect(bot.name == "Громада")
        #expect(bot.url("send_message").absoluteString == "https://chatapi.viber.com/pa/send_message")
        #expect(throws: ViberBotError.invalidName) {
            try ViberBot(id: "b1", hromadaID: 1, authToken: "0123456789abcdef", name: String(repeating: "я", count: 29))
        }
        #expect(throws: ViberBotError.invalidAuthToken) {
            try ViberBot(id: "b1", hromadaID: 1, authToken: "short", name: "Громада")
        }
        #expect(throws: ViberBotError.invalidID) {
            try ViberBot(id: "b/1", hromadaID: 1, authToken: "0123456789abcdef", name: "Громада")
        }
        #expect(throws: ViberBotError.invalidAvatarURL) {
            try ViberBot(id: "b1", hromadaID: 1, authToken: "0123456789abcdef", name: "Громада", avatarURL: "logo.png")
        }
    }
}
