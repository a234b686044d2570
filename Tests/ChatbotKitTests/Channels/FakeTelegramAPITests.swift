import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// The fake Bot API refuses what Telegram refuses, so the channel's tests mean something.
@Suite struct FakeTelegramAPITests {
    static let token = "1110002222:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"

    func call(
        _ fake: FakeTelegramAPI, _ method: String, _ body: String, token: String = token
    ) async throws -> (
        Int, String
    ) {
        let client = URLSessionHTTPClient(configuration: .init(idleTimeout: .seconds(120), retry: .never))
        defer { client.invalidate() }
        let response = try await client.send(
            HTTPClientRequest(
                method: .post, url: fake.baseURL.appendingPathComponent("bot\(token)/\(method)"),
                headers: HTTPHeaders([("Content-Type", "application/json")]), body: Array(body.utf8),
                timeout: .seconds(120)))
        return (response.statusCode, response.text)
    }

    @Test func validatesLikeTelegram() async throws {
        let fake = FakeTelegramAPI()
        try fake.start()
        defer { Task { await fake.shutdown() } }
        fake.addBot(token: Self.token, id: 1_110_002_222, username: "fake_bot")
        fake.addChats([5])
        let cases: [(String, String, Int, String)] = [
            ("sendMessage", #"{"chat_id":5,"text":"ok &amp; <b>fine</b>","parse_mode":"HTML"}"#, 200, #""ok":true"#),
            ("sendMessage", #"{"chat_id":5,"text":"a < b","parse_mode":"HTML"}"#, 400, "can't parse entities"),
            ("sendMessage", #"{"chat_id":5,"text":"<b>open","parse_mode":"HTML"}"#, 400, "can't parse entities"),
            ("sendMessage", #"{"chat_id":5,"text":"&nbsp;","parse_mode":"HTML"}"#, 400, "can't parse entities"),
            ("sendMessage", #"{"chat_id":5,"text":"   "}"#, 400, "message text is empty"),
            (
                "sendMessage", #"{"chat_id":5,"text":"\#(String(repeating: "я", count: 4097))"}"#, 400,
                "message is too long"
            ),
            ("sendMessage", #"{"chat_id":5,"text":"\#(String(repeating: "я", count: 4096))"}"#, 200, #""ok":true"#),
            ("sendMessage", #"{"chat_id":6,"text":"x"}"#, 400, "chat not found"),
            (
                "sendMessage",
                #"{"chat_id":5,"text":"x","reply_markup":{"inline_keyboard":[[{"text":"b","callback_data":"\#(String(repeating: "a", count: 65))"}]]}}"#,
                400, "BUTTON_DATA_INVALID"
            ),
            ("editMessageText", #"{"chat_id":5,"message_id":999,"text":"x"}"#, 400, "message to edit not found"),
            ("editMessageText", #"{"chat_id":5,"message_id":1,"text":"ok & fine"}"#, 400, "message is not modified"),
            ("sendVenue", #"{"chat_id":5,"latitude":91,"longitude":30,"title":"t","address":"a"}"#, 400, "latitude"),
            ("setWebhook", #"{"url":"http://insecure.example/hook"}"#, 400, "HTTPS URL"),
            ("noSuchMethod", "{}", 404, "Not Found"),
        ]
        for (method, body, status, fragment) in cases {
            let (code, text) = try await call(fake, method, body)
            #expect(code == status && text.contains(fragment), "\(method) \(body.prefix(80)) → \(code) \(text)")
        }
        let (code, text) = try await call(fake, "getMe", "{}", token: "1:unknown")
        #expect(code == 401 && text.contains(#""description":"Unauthorized""#))
    }

    @Test func perChatLimitsAnswer429WithRetryAfter() async throws {
        let fake = FakeTelegramAPI(configuration: .init(chatMessagesPerSecond: 0.01, chatBurst: 2))
        try fake.start()
        defer { Task { await fake.shutdown() } }
        fake.addBot(token: Self.token, id: 1, username: "fake_bot")
        fake.addChats([5, 6])
        var codes: [Int] = []
        for _ in 0..<3 { codes.append(try await call(fake, "sendMessage", #"{"chat_id":5,"text":"x"}"#).0) }
        #expect(codes == [200, 200, 429])
        let (_, text) = try await call(fake, "sendMessage", #"{"chat_id":5,"text":"x"}"#)
        #expect(text.contains(#""parameters":{"retry_after":"#) && text.contains("Too Many Requests: retry after"))
        #expect(try await call(fake, "sendMessage", #"{"chat_id":6,"text":"x"}"#).0 == 200)  // another chat is free
        #expect(fake.sentCount(chat: 5) == 2 && fake.sentCount(chat: 6) == 1)
    }
}
