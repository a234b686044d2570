import ChatbotKit
import FakeMessengers
import Foundation
import SvoyiCore
import SvoyiTestSupport
import Testing

/// Viber's own Python library (`viberbot` from PyPI, installed by `scripts/test`) against our webhook and the fake
/// API: the callbacks its request classes describe are accepted, its signature and ours are the same, our
/// messages are valid messages to it, and its client works against the fake.
@Suite struct ViberPythonLibraryTests {
    /// `callbacks <webhook> <token> <api base>`: every event built from the library's message classes, checked by
    /// its `parse_request`, signed by `_calculate_message_signature`, POSTed; then the library's own client calls
    /// the fake API. `verify <token> <body> <signature>…`: the library's `verify_signature` on our signatures.
    /// `messages <json>…`: the library's `get_message` and `validate` on our `send_message` bodies.
    static let script = #"""
        import json, sys
        import requests
        import viberbot.api.api as api_module
        from viberbot import Api
        from viberbot.api.bot_configuration import BotConfiguration
        from viberbot.api.messages import (TextMessage, LocationMessage, ContactMessage, PictureMessage,
                                           StickerMessage, get_message)
        from viberbot.api.messages.data_types.location import Location
        from viberbot.api.messages.data_types.contact import Contact

        mode = sys.argv[1]
        if mode == "callbacks":
            webhook, token, base = sys.argv[2:5]
            api_module.VIBER_BOT_API_URL = base
            bot = Api(BotConfiguration(name="Вишнева громада", avatar="https://example.org/logo.png", auth_token=token))
            user = {"id": "py-user-1==", "name": "Леся Українка", "avatar": "https://example.org/a.jpg",
                    "country": "UA", "language": "uk", "api_version": 10}
            counter = [4912661846655238145]
            def callback(event, **fields):
                counter[0] += 1
                data = {"event": event, "timestamp": 1457764197627, "message_token": counter[0]}
                data.update(fields)
                return data
            calls = [
                (callback("webhook", chat_hostname="SN-CHAT-05_"), "ViberRequest"),
                (callback("conversation_started", type="open", context="d_id_card", user=user, subscribed=False),
                 "ViberConversationStartedRequest"),
                (callback("subscribed", user=user), "ViberSubscribedRequest"),
                (callback("message", sender=user, message=TextMessage(text="паспорт").to_dict()), "ViberMessageRequest"),
                (callback("message", sender=user,
                          message=LocationMessage(location=Location(lat=49.4444, lon=32.0598)).to_dict()),
                 "ViberMessageRequest"),
                (callback("message", sender=user, message=ContactMessage(
                    contact=Contact(name="Леся", phone_number="380501234567"),
                    tracking_data="svoyi:share-phone").to_dict()), "ViberMessageRequest"),
                (callback("message", sender=user,
                          message=PictureMessage(media="https://dl-media.viber.com/a.jpg", text="").to_dict()),
                 "ViberMessageRequest"),
                (callback("message", sender=user, message=StickerMessage(sticker_id=40133).to_dict()),
                 "ViberMessageRequest"),
                (callback("delivered", user_id=user["id"]), "ViberDeliveredRequest"),
                (callback("seen", user_id=user["id"]), "ViberSeenRequest"),
                (callback("failed", user_id=user["id"], desc="failure"), "ViberFailedRequest"),
                (callback("unsubscribed", user_id=user["id"]), "ViberUnsubscribedRequest"),
            ]
            for data, expected in calls:
                body = json.dumps(data, ensure_ascii=False).encode("utf-8")
                parsed = bot.parse_request(body)
                assert type(parsed).__name__ == expected, (type(parsed).__name__, expected)
                signature = bot._calculate_message_signature(body)
                assert bot.verify_signature(body, signature)
                answer = requests.post(webhook, data=body, headers={
                    "Content-Type": "application/json", "X-Viber-Content-Signature": signature})
                kind = data.get("message", {}).get("type", "-")
                print("POST", data["event"], kind, answer.status_code)
                if data["event"] == "conversation_started":
                    welcome = get_message(answer.json())
                    print("WELCOME", type(welcome).__name__, welcome.validate(), welcome.keyboard is not None)
            info = bot.get_account_info()
            print("ACCOUNT", info["status"], info["uri"])
            tokens = bot.send_messages(user["id"], [TextMessage(text="Привіт від бібліотеки")])
            print("SENT", len(tokens), tokens[0] > 2 ** 53)
        elif mode == "verify":
            bot = Api(BotConfiguration(name="Громада", avatar=None, auth_token=sys.argv[2]))
            pairs = sys.argv[3:]
            for body, signature in zip(pairs[0::2], pairs[1::2]):
                data = body.encode("utf-8")
                print("VERIFY", bot.verify_signature(data, signature), bot._calculate_message_signature(data))
        elif mode == "messages":
            for text in sys.argv[2:]:
                data = json.loads(text)
                message = get_message(data)
                print("MESSAGE", type(message).__name__, message.validate(), message.tracking_data == data["tracking_data"],
                      message.min_api_version == data["min_api_version"])
        print("done")
        """#

    func python(_ arguments: [String]) async throws -> ChildProcess {
        let process = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.script] + arguments)
        try await process.waitForExit(timeout: 60)
        return process
    }

    @Test func theLibrarysCallbacksAreAcceptedAndItsClientWorksAgainstTheFake() async throws {
        let harness = try await ViberHarness()
        harness.fake.subscribe("py-user-1==", name: "Леся Українка")
        let python = try await python([
            "callbacks", harness.webhookURL().absoluteString, ViberHarness.token, harness.fake.apiBase.absoluteString,
        ])
        #expect(python.exitStatus == 0, "\(python.standardError)")
        #expect(
            python.lines == [
                "POST webhook - 200", "POST conversation_started - 200", "WELCOME TextMessage True True",
                "POST subscribed - 200", "POST message text 200", "POST message location 200",
                "POST message contact 200", "POST message picture 200", "POST message sticker 200",
                "POST delivered - 200", "POST seen - 200", "POST failed - 200", "POST unsubscribed - 200",
                "ACCOUNT 0 testhromada", "SENT 1 True", "done",
            ], "\(python.standardError)")
        // What the callbacks did: the resident exists, shared their own number, and unsubscribed at the end.
        let resident = try #require(
            try await harness.residents.resident(
                channel: .viber, externalID: "py-user-1==", hromadaID: harness.hromadaID))
        #expect(resident.displayName == "Леся Українка")
        #expect(resident.phone == "+380501234567")
        #expect(resident.verificationLevel == .phone)
        #expect(resident.channels.first?.status == .unsubscribed)
        #expect(harness.receipts.map(\.messageToken.digits) == ["4912661846655238154", "4912661846655238155"])
        // The library's client sends the token in the body, which the fake accepts as Viber does.
        let library = try #require(harness.fake.requests(to: "send_message").last)
        #expect(library.authToken == ViberHarness.token)
        #expect(jsonObject(library.text)["text"] as? String == "Привіт від бібліотеки")
        await harness.stop()
    }

    @Test func ourSignaturesAreTheLibrarysAndOurMessagesAreValidToIt() async throws {
        let token = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"
        let bodies = [
            #"{"event":"webhook","timestamp":1457764197627,"message_token":4912661846655238145}"#,
            #"{"event":"message","message":{"type":"text","text":"Де найближче укриття? 🏠"},"sender":{"id":"u1"}}"#,
            "",
        ]
        var arguments = ["verify", token]
        for body in bodies { arguments += [body, ViberSignature.sign(Array(body.utf8), authToken: token)] }
        let verified = try await python(arguments)
        #expect(verified.exitStatus == 0, "\(verified.standardError)")
        #expect(
            verified.lines
                == bodies.map { "VERIFY True \(ViberSignature.sign(Array($0.utf8), authToken: token))" } + ["done"],
            "\(verified.standardError)")

        let renderer = ViberRenderer(sender: ViberSender(name: "Вишнева громада", avatar: "https://example.org/l.png"))
        let reply: [BotMessage] = [
            .text("Ваш номер?", buttons: [BotButton(label: "Назад", payload: "cmd:back")]),
            .request(.contact, prompt: "📱 Поділитися номером"),
            .location("ЦНАП", latitude: 49.4444, longitude: 32.0598, address: "вул. Шевченка, 1"),
        ]
        let messages = renderer.render(reply, receiver: "u1") + [renderer.welcome(reply)]
        let checked = try await python(["messages"] + messages.map { String(decoding: $0.jsonBytes(), as: UTF8.self) })
        #expect(checked.exitStatus == 0, "\(checked.standardError)")
        #expect(
            checked.lines == [
                "MESSAGE TextMessage True True True", "MESSAGE TextMessage True True True",
                "MESSAGE LocationMessage True True True", "MESSAGE TextMessage True True True", "done",
            ], "\(checked.standardError)")
    }
}
