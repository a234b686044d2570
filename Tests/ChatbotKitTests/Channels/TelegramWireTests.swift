import ChatbotKit
import Foundation
import SvoyiCore
import Testing

@Suite struct TelegramWireTests {
    @Test func decodesIdsBeyondDoublePrecisionAndIgnoresUnknownFields() throws {
        let json = """
            {"update_id": 9007199254740993, "future_field": {"x": [1, 2]},
             "message": {"message_id": 9007199254740995, "date": 1760000000, "new_thing": true,
               "from": {"id": 9007199254740997, "is_bot": false, "first_name": "Ігор", "is_premium": true},
               "chat": {"id": -1009007199254740999, "type": "private"}, "text": "Привіт",
               "entities": [{"type": "bold", "offset": 0, "length": 6}]}}
            """
        let update = try JSONDecoder().decode(TelegramUpdate.self, from: Data(json.utf8))
        #expect(update.updateID == 9_007_199_254_740_993)
        #expect(update.message?.messageID == 9_007_199_254_740_995)
        #expect(update.message?.from?.id == 9_007_199_254_740_997)
        #expect(update.message?.chat.id == -1_009_007_199_254_740_999)
        #expect(update.message?.text == "Привіт" && update.message?.otherContent == nil)
    }

    @Test func decodesContactLocationPhotoStickerCallbackAndMemberUpdates() throws {
        let contact = try JSONDecoder().decode(
            TelegramMessage.self,
            from: Data(
                #"{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"contact":{"phone_number":"+380671234567","first_name":"О","user_id":5}}"#
                    .utf8))
        #expect(contact.contact == TelegramContact(phoneNumber: "+380671234567", firstName: "О", userID: 5))
        let sticker = try JSONDecoder().decode(
            TelegramMessage.self,
            from: Data(#"{"message_id":2,"date":1,"chat":{"id":5,"type":"private"},"sticker":{"file_id":"x"}}"#.utf8))
        #expect(sticker.otherContent == "sticker")
        let photo = try JSONDecoder().decode(
            TelegramMessage.self,
            from: Data(
                #"{"message_id":3,"date":1,"chat":{"id":5,"type":"private"},"photo":[{"file_id":"s","file_unique_id":"u","width":90,"height":60},{"file_id":"l","file_unique_id":"v","width":1280,"height":853}]}"#
                    .utf8))
        #expect(photo.photo?.map(\.fileID) == ["s", "l"])
        let member = try JSONDecoder().decode(
            TelegramUpdate.self,
            from: Data(
                #"{"update_id":4,"my_chat_member":{"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"О"},"date":2,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"B"},"until_date":0}}}"#
                    .utf8))
        #expect(member.myChatMember?.newChatMember.status == "kicked")
        // A callback on a message the bot can no longer access (date 0).
        let query = try JSONDecoder().decode(
            TelegramUpdate.self,
            from: Data(
                #"{"update_id":5,"callback_query":{"id":"42","chat_instance":"1","from":{"id":5,"is_bot":false,"first_name":"О"},"message":{"message_id":9,"date":0,"chat":{"id":5,"type":"private"}},"data":"cmd:menu"}}"#
                    .utf8))
        #expect(query.callbackQuery?.data == "cmd:menu" && query.callbackQuery?.message?.date == 0)
    }

    @Test func refusesUpdatesWithoutTheirRequiredFields() {
        for json in [
            #"{}"#, #"{"update_id":"1"}"#, #"{"update_id":1.5}"#,
            #"{"update_id":1,"message":{"date":1,"chat":{"id":5,"type":"private"}}}"#,
            #"{"update_id":1,"callback_query":{"from":{"id":5,"is_bot":false,"first_name":"О"}}}"#,
        ] {
            #expect(throws: (any Error).self, "\(json)") {
                try JSONDecoder().decode(TelegramUpdate.self, from: Data(json.utf8))
            }
        }
    }

    @Test func escapesTheThreeCharactersHTMLNeeds() {
        #expect(TelegramText.escape("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d")
        #expect(TelegramText.escape("«Дія» — \"так\" 'ні'") == "«Дія» — \"так\" 'ні'")
        #expect(TelegramText.escapeAttribute("https://x.ua/?a=1&b=\"2\"") == "https://x.ua/?a=1&amp;b=&quot;2&quot;")
    }

    @Test func splitsAtParagraphsThenLinesThenWords() {
        #expect(TelegramText.split("") == [] && TelegramText.split(" \n ") == [])
        #expect(TelegramText.split("коротко") == ["коротко"])
        #expect(TelegramText.split("aaaa bbbb\n\ncccc dddd", limit: 12) == ["aaaa bbbb", "cccc dddd"])
        #expect(TelegramText.split("aaaa\nbbbb cccc", limit: 12) == ["aaaa", "bbbb cccc"])
        #expect(TelegramText.split("aaaa bbbb cccc", limit: 10) == ["aaaa bbbb", "cccc"])
        #expect(TelegramText.split("abcdefghij", limit: 4) == ["abcd", "efgh", "ij"])
        // Surrogate pairs (emoji) and grapheme clusters are never cut.
        #expect(TelegramText.split("😀😀😀", limit: 3) == ["😀", "😀", "😀"])
        #expect(TelegramText.split("🇺🇦🇺🇦", limit: 5) == ["🇺🇦", "🇺🇦"])
    }

    @Test func aLongTextBecomesPartsWithinTheLimitThatEscapeCleanly() {
        let paragraph = String(repeating: "Документи & довідки <для> ЦНАП. ", count: 40)
        let text = (0..<6).map { "§\($0) " + paragraph }.joined(separator: "\n\n")
        let parts = TelegramText.split(text)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf16.count <= TelegramText.maximumLength })
        let sameWords =
            parts.joined(separator: "\n").split(whereSeparator: \.isWhitespace)
            == text.split(whereSeparator: \.isWhitespace)
        #expect(sameWords, "no word is lost or cut")
        #expect(parts.dropLast().allSatisfy { $0.hasSuffix("ЦНАП.") }, "cuts fall at paragraph ends")
        for part in parts {
            let escaped = TelegramText.escape(part)
            #expect(!escaped.contains("<") && !escaped.contains(">"))
            #expect(
                escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&amp;", with: "&") == part)
        }
    }
}
