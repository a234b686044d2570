import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import Testing

/// The fake Viber API refuses what Viber refuses, so tests against it mean something.
@Suite struct FakeViberAPITests {
    static let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"

    func post(
        _ fake: FakeViberAPI, _ endpoint: String, _ body: String, token: String? = Self.token
    ) async throws
        -> [String: Any]
    {
        var headers = HTTPHeaders([("Content-Type", "application/json")])
        if let token { headers.add("X-Viber-Auth-Token", token) }
        let http = URLSessionHTTPClient(configuration: FakeViberAPI.clientConfiguration)
        defer { http.invalidate() }
        let response = try await http.send(
            HTTPClientRequest(
                method: .post, url: fake.apiBase.appendingPathComponent(endpoint), headers: headers,
                body: Array(body.utf8), timeout: FakeViberAPI.callTimeout))
        #expect(response.statusCode == 200, "Viber answers HTTP 200 with a status")
        return jsonObject(response.text)
    }

    static let sender = #""sender":{"name":"Громада"}"#

    @Test func tokensSizesAndShapesAreChecked() async throws {
        let fake = FakeViberAPI(.init(authToken: Self.token))
        try fake.start()
        fake.subscribe("u1")
        let text = #"{"receiver":"u1",\#(Self.sender),"type":"text","text":"Привіт"}"#
        var answer = try await post(fake, "send_message", text, token: nil)
        #expect(answer["status"] as? Int == 2)
        #expect(answer["status_message"] as? String == "missing_auth_token")
        answer = try await post(fake, "send_message", text, token: "wrong-token-123")
        #expect(answer["status"] as? Int == 2)
        // The Python SDK's way: the token in the body.
        answer = try await post(
            fake, "send_message",
            #"{"auth_token":"\#(Self.token)","receiver":"u1",\#(Self.sender),"type":"text","text":"Так"}"#,
            token: nil)
        #expect(answer["status"] as? Int == 0)
        #expect((answer["message_token"] as? Int64 ?? 0) > 1 << 53)
        let padding = String(repeating: "x", count: 31_000)
        answer = try await post(
            fake, "send_message", #"{"receiver":"u1",\#(Self.sender),"type":"text","text":"x","note":"\#(padding)"}"#)
        #expect(answer["status"] as? Int == 3, "over 30 KB")
        #expect((answer["status_message"] as? String)?.contains("30 KB") == true)
        let long = String(repeating: "я", count: 7_001)
        answer = try await post(
            fake, "send_message", #"{"receiver":"u1",\#(Self.sender),"type":"text","text":"\#(long)"}"#)
        #expect(answer["status"] as? Int == 3, "over 7,000 characters")
        answer = try await post(
            fake, "send_message",
            #"{"receiver":"u1","sender":{"name":"\#(String(repeating: "я", count: 29))"},"type":"text","text":"x"}"#)
        #expect(answer["status"] as? Int == 3, "a sender name over 28 characters")
        answer = try await post(
            fake, "send_message", #"{"receiver":"u1",\#(Self.sender),"type":"text","text":"x","tracking_data":null}"#)
        #expect(answer["status"] as? Int == 3, "tracking_data must be a string")
        let phone = #"{"Type":"keyboard","Buttons":[{"ActionType":"share-phone","ActionBody":"phone","Text":"📱"}]}"#
        answer = try await post(
            fake, "send_message", #"{"receiver":"u1",\#(Self.sender),"type":"text","text":"x","keyboard":\#(phone)}"#)
        #expect(answer["status"] as? Int == 3, "share-phone needs min_api_version 3")
        answer = try await post(
            fake, "send_message",
            #"{"receiver":"u1",\#(Self.sender),"type":"text","text":"x","min_api_version":3,"keyboard":\#(phone)}"#)
        #expect(answer["status"] as? Int == 0)
        #expect(fake.deliveries.count == 2)
        #expect(fake.requests.count == 9, "every request recorded")
        await fake.stop()
    }

    @Test func broadcastsFillPlaceholdersAndRefuseMoreThan300() async throws {
        let fake = FakeViberAPI(.init(authToken: Self.token))
        try fake.start()
        fake.subscribe("a+b=", name: "Леся \"Українка\"")
        fake.subscribe("c")
        let list = (0..<301).map { "\"r\($0)\"" }.joined(separator: ",")
        var answer = try await post(
            fake, "broadcast_message", #"{"broadcast_list":[\#(list)],\#(Self.sender),"type":"text","text":"x"}"#)
        #expect(answer["status"] as? Int == 3)
        answer = try await post(
            fake, "broadcast_message",
            #"{"broadcast_list":["a+b=","c","gone"],\#(Self.sender),"type":"text","#
                + #""text":"Вітаю, replace_me_with_user_name! replace_me_with_receiver_id replace_me_with_url_encoded_receiver_id"}"#
        )
        #expect(answer["status"] as? Int == 0)
        let failed = answer["failed_list"] as? [[String: Any]] ?? []
        #expect(failed.map { $0["receiver"] as? String } == ["gone"])
        #expect(failed.first?["status"] as? Int == 5)
        #expect(fake.deliveries.map(\.receiver) == ["a+b=", "c"])
        #expect(jsonObject(fake.deliveries[0].json)["text"] as? String == "Вітаю, Леся \"Українка\"! a+b= a%2Bb%3D")
        #expect(jsonObject(fake.deliveries[0].json)["broadcast_list"] == nil)
        fake.configure { $0.broadcastAllowed = false }
        answer = try await post(
            fake, "broadcast_message", #"{"broadcast_list":["c"],\#(Self.sender),"type":"text","text":"x"}"#)
        #expect(answer["status"] as? Int == 20)
        await fake.stop()
    }

    @Test func userDetailsAndAccountInfo() async throws {
        let fake = FakeViberAPI(.init(authToken: Self.token))
        try fake.start()
        fake.subscribe("u1", name: "Тарас", language: "en")
        let bot = try ViberBot(id: "b", hromadaID: 1, authToken: Self.token, name: "Громада", apiBase: fake.apiBase)
        let client = URLSessionHTTPClient(configuration: FakeViberAPI.clientConfiguration)
        let api = ViberAPI(bot: bot, client: client, timeout: FakeViberAPI.callTimeout)
        let user = try await api.userDetails(id: "u1")
        #expect(user.name == "Тарас")
        #expect(user.language == "en")
        await #expect(throws: ViberAPIError(status: .receiverNotRegistered, message: "receiverNotRegistered")) {
            try await api.userDetails(id: "nobody")
        }
        let info = try await api.accountInfo()
        #expect(info.name == "Тестова громада")
        #expect(info.subscribersCount == 1)
        #expect(fake.requests.allSatisfy { $0.authToken == Self.token })
        client.invalidate()
        await fake.stop()
    }
}
