import FakeMessengers
import Foundation
import SvoyiCore
import Synchronization

/// The peer of the delivery rate: what a fake Bot API with the same limit accepts from a client that does nothing
/// but send paid broadcasts, as fast as it can with `concurrency` calls in flight, for `seconds`. The fake is one of
/// its own whose bucket holds a tenth of a second (requests in flight arrive in bunches), and the first second is left
/// out, so what it accepts is its steady rate, or the client's pace when that is lower.
func floodRate(rate: Double, seconds: Double, concurrency: Int) async throws -> Double {
    let fake = FakeTelegramAPI(
        configuration: .init(
            botMessagesPerSecond: 30, paidBroadcastMessagesPerSecond: rate, paidBroadcastBurst: rate / 10,
            recordBodies: false))
    try fake.start()
    let token = "8880002222:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    fake.addBot(token: token, id: 8_880_002_222, username: "bench_flood_bot")
    let chats = (0..<Int64(20_000)).map { 9_000_000_000 + $0 }
    fake.addChats(chats)
    let client = URLSessionHTTPClient(configuration: .init(retry: .never, maxConnectionsPerHost: concurrency + 8))
    defer { client.invalidate() }
    let url = fake.baseURL.appendingPathComponent("bot\(token)/sendMessage")
    let next = Counter()
    let start = uptime()
    let end = start + seconds
    await withTaskGroup(of: Void.self) { group in
        for _ in 0..<concurrency {
            group.addTask {
                while uptime() < end {
                    let chat = chats[next.value.add(1, ordering: .relaxed).newValue % chats.count]
                    let body = #"{"chat_id":\#(chat),"text":"Тест","allow_paid_broadcast":true}"#
                    _ = try? await client.send(
                        HTTPClientRequest(
                            method: .post, url: url, headers: HTTPHeaders([("Content-Type", "application/json")]),
                            body: Array(body.utf8), timeout: .seconds(30)))
                }
            }
        }
    }
    let accepted = fake.acceptedTimes.filter { $0 >= start + 1 && $0 < end }.count
    await fake.shutdown()
    return Double(accepted) / (seconds - 1)
}

/// A counter shared by the flood's tasks.
final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
