import ChatbotKit
import Foundation
import SvoyiCore
import Testing

/// What Viber messages mean to the dialogues, and what deep-link payloads ask for.
@Suite struct ViberInputTests {
    func input(_ json: String) throws -> ResidentInput {
        try JSONDecoder().decode(ViberInboundMessage.self, from: Data(json.utf8)).residentInput
    }

    @Test func textAndButtonPayloads() throws {
        #expect(try input(#"{"type":"text","text":"Де ЦНАП?"}"#) == .text("Де ЦНАП?"))
        #expect(try input(#"{"type":"text","text":"v1:id_card@1:cit:0"}"#) == .button("v1:id_card@1:cit:0"))
        #expect(try input(#"{"type":"text","text":"cmd:menu"}"#) == .button("cmd:menu"))
        #expect(try input(#"{"type":"text","text":"cmd: це просто текст"}"#) == .text("cmd: це просто текст"))
        let long = "v1:" + String(repeating: "a", count: 70)
        #expect(try input(#"{"type":"text","text":"\#(long)"}"#) == .text(long))
        #expect(try input(#"{"type":"text"}"#) == .unsupported("text"))
    }

    @Test func locationsContactsAndPictures() throws {
        #expect(
            try input(#"{"type":"location","location":{"lat":49.44,"lon":32.06}}"#)
                == .location(latitude: 49.44, longitude: 32.06))
        #expect(try input(#"{"type":"location","location":{"lat":149.44,"lon":32.06}}"#) == .unsupported("location"))
        // Through the share-phone button (our tracking data comes back): the sender's own number.
        #expect(
            try input(
                #"{"type":"contact","contact":{"name":"Тарас","phone_number":"+380501234567"},"tracking_data":"svoyi:share-phone"}"#
            ) == .contact(phone: "+380501234567", isOwn: true))
        // A contact card shared otherwise is someone's, not necessarily the sender's.
        #expect(
            try input(#"{"type":"contact","contact":{"name":"Мама","phone_number":"+380671112233"}}"#)
                == .contact(phone: "+380671112233", isOwn: false))
        #expect(
            try input(#"{"type":"picture","media":"https://dl-media.viber.com/1/a.jpg","text":""}"#)
                == .photo(reference: "https://dl-media.viber.com/1/a.jpg"))
        #expect(try input(#"{"type":"url","media":"https://diia.gov.ua"}"#) == .text("https://diia.gov.ua"))
        #expect(try input(#"{"type":"sticker","sticker_id":46105}"#) == .unsupported("sticker"))
        #expect(try input(#"{"type":"video","media":"https://x/v.mp4","size":10}"#) == .unsupported("video"))
    }

    @Test func viberDeepLinks() {
        #expect(
            DeepLinks.viberLink(uri: "vyshneva", payload: "d_id_card")
                == "viber://pa?chatURI=vyshneva&context=d_id_card")
        #expect(DeepLinks.viberLink(uri: "vyshneva") == "viber://pa?chatURI=vyshneva")
        #expect(DeepLinks.viberLink(uri: "vyshneva", payload: "d id card") == nil)
        #expect(DeepLinks.viberLink(uri: "vy shneva", payload: "d_id_card") == nil)
        #expect(DeepLinks.viberLink(uri: "vyshneva", payload: String(repeating: "a", count: 65)) == nil)
    }
}
