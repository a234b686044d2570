import FakeMessengers
import Foundation
import SvoyiCore
import Synchronization

/// The peer of the delivery rate: what the fake Bot API accepts from a client that does nothing but send, as fast as
/// it can with `concurrency` calls in flight, for `seconds` (paid broadcasts to chats of their own, through a bot of
/// its own, so its bucket is the one the server's bot gets). The first second (the bucket's burst) is left out.
func floodRate(
    _ fake: FakeTelegramAPI, token: String, chats: [Int64], seconds: Double, concurrency: Int
) async throws -> Double {
    let client = URLSessionHTTPClient(configuration: .init(retry: .never, maxConnectionsPerHost: concurrency + 8))
    defer { client.invalidate() }
    let url = fake.baseURL.appendingPathComponent("bot\(token)/sendMessage")
    let next = Counter()
    let before = fake.acceptedCount
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
    let times = fake.acceptedTimes.dropFirst(before).filter { $0 >= start + 1 && $0 < end }
    return Double(times.count) / (seconds - 1)
}

/// A counter shared by the flood's tasks.
final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
