// PUSH delivery and webhook ingestion of the release svoyi-server, each against a peer measured in the same run.
//
//   broadcast-benchmark --bin <dir of release svoyi-server and svoyi-cli> [--results DIR] [--subscribers N]
//       [--rate R] [--flood-seconds S] [--duration S] [--threads T] [--connections C] [--drain S]
//       [--skip-delivery] [--skip-webhooks]
//
// (a) Delivery. The fake Telegram Bot API (FakeMessengers) runs in this process: 30 free messages a second per bot,
//     R paid broadcasts a second (default 1,000), 1 a second per chat. Peer: a client that only floods a fake of
//     the same limit (a tenth of a second's burst) with paid broadcasts (100 calls in flight, S seconds), which
//     shows the ceiling the fake and this machine allow. Then a data directory the operator's way: `svoyi-cli
//     hromada create`, N subscribers (default 100,000) written with set-based SQL, `svoyi-cli bot telegram add
//     --rate R` pointing at the fake; the release `svoyi-server --benchmark-routes` on it; one PUSH message to
//     everyone with `svoyi-cli push send` (the server's job runner notices it by polling). Measured at the fake:
//     sends accepted per second between the 10th and 90th percentile of acceptance times, the slowest and median
//     whole second there, the time from `push send` to the message's `done`, duplicates (a chat with two messages)
//     and losses (a chat with none, or a delivery not `sent`), and the server's CPU.
// (b) Webhooks. The same server, its bot switched to a webhook with `svoyi-cli bot telegram set-webhook` (the fake
//     hands back the secret). wrk on GET /bench/plaintext (the HTTP floor, the peer), then wrk -s webhook.lua:
//     distinct update_ids, a text message from the next subscriber's chat, the secret header. Accepted = 200
//     answers, each one stored durably; handling (the dialogue and its reply to the fake) runs behind and is
//     reported apart: handled during the run, and the time until the backlog drained (at most --drain seconds).
import FakeMessengers
import Foundation
import SvoyiCore

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
func number(_ name: String, _ value: Int) -> Int { option(name).flatMap { Int($0) } ?? value }
guard let binPath = option("--bin") else {
    FileHandle.standardError.write(Data("usage: broadcast-benchmark --bin <release build directory> …\n".utf8))
    exit(64)
}
let bin = URL(fileURLWithPath: binPath)
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let subscribers = number("--subscribers", 100_000)
let rate = number("--rate", 1_000)
let floodSeconds = number("--flood-seconds", 4)
let duration = number("--duration", 10)
let threads = number("--threads", 2)
let connections = number("--connections", 64)
let drainLimit = number("--drain", 120)
let results = URL(fileURLWithPath: option("--results") ?? FileManager.default.temporaryDirectory.path)
try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("svoyi-broadcast-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
let data = work.appendingPathComponent("data").path

func cli(_ name: String, _ arguments: [String]) async throws -> String {
    let (status, output) = try await Child.run(
        bin.appendingPathComponent("svoyi-cli"), ["--data-dir", data] + arguments,
        log: results.appendingPathComponent("cli-\(name).log"))
    guard status == 0 else { throw Failure("svoyi-cli \(arguments.prefix(3).joined(separator: " ")): \(output)") }
    return output
}
func group(_ value: Double) -> String {
    let text = String(Int(value.rounded()))
    var out = ""
    for (index, character) in text.reversed().enumerated() {
        if index > 0, index % 3 == 0 { out.append(",") }
        out.append(character)
    }
    return String(out.reversed())
}
func fixed(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
/// `name` padded to 56 columns, then each value right-aligned in 12.
func row(_ name: String, _ values: String...) -> String {
    name.padding(toLength: max(56, name.count), withPad: " ", startingAt: 0)
        + values.map { String(repeating: " ", count: max(0, 12 - $0.count)) + $0 }.joined(separator: " ")
}

nonisolated(unsafe) var serverPID: Int32 = 0

func benchmark() async throws {
    let botToken = "8880001111:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
    let firstChat: Int64 = 6_000_000_000
    let fake = FakeTelegramAPI(
        configuration: .init(
            botMessagesPerSecond: 30,
            paidBroadcastMessagesPerSecond: Double(rate), chatMessagesPerSecond: 1, recordBodies: false))
    try fake.start()
    fake.addBot(token: botToken, id: 8_880_001_111, username: "bench_hromada_bot")

    // (a) Delivery.
    print("== Delivery: \(group(Double(subscribers))) Telegram subscribers, fake Bot API at \(rate) paid messages/s")
    print("   \(ProcessInfo.processInfo.activeProcessorCount) cores shared by the fake, this process and svoyi-server")
    _ = try await cli("hromada", ["hromada", "create", "bench", "--name", "Громада для вимірювань"])
    var storage = SQLiteDatabase.Configuration()
    storage.checkIntegrityOnOpen = false
    let database = try SQLiteDatabase(path: data + "/svoyi.sqlite", configuration: storage)
    var started = uptime()
    let chats = try await TelegramSubscribers.seed(
        count: subscribers, hromadaSlug: "bench", firstChatID: firstChat, in: database)
    print("Seeded \(group(Double(chats.count))) subscribers in \(fixed(uptime() - started, 2)) s (set-based SQL)")
    fake.addChats(chats)

    let ceiling = try await floodRate(rate: Double(rate), seconds: Double(floodSeconds), concurrency: 100)
    print("Peer: a client flooding a fake of the same limit (100 in flight) got \(group(ceiling)) messages/s accepted")

    let added = try await cli(
        "bot-add",
        [
            "bot", "telegram", "add", "--hromada", "bench", "--token", botToken, "--api-base",
            fake.baseURL.absoluteString, "--rate", String(rate),
        ])
    guard let botID = added.firstMatch(of: /Added Telegram bot ([A-Za-z0-9_-]{22})/).map({ String($0.1) }) else {
        throw Failure("no bot id in: \(added)")
    }
    let server = try Child.start(
        bin.appendingPathComponent("svoyi-server"), ["--port", "0", "--data-dir", data, "--benchmark-routes"],
        log: results.appendingPathComponent("svoyi-server.log"))
    serverPID = server.pid
    let base = try await server.waitForLine(startingWith: "  Listening on ")
    print("svoyi-server pid \(server.pid) at \(base)")
    if !arguments.contains("--skip-delivery") {
        let acceptedBefore = fake.acceptedCount
        let rejectedBefore = fake.tooManyRequestsCount
        let cpuBefore = server.cpuSeconds
        started = uptime()
        let queued = try await cli(
            "push",
            [
                "push", "send", "--hromada", "bench", "--topic", "emergencies", "--text",
                "Повітряна тривога! Негайно пройдіть до найближчого укриття.",
            ])
        guard let message = queued.firstMatch(of: /Queued [a-z ]+ (\d+) for bench/).flatMap({ Int64($0.1) }) else {
            throw Failure("svoyi-cli push send: \(queued)")
        }
        let deadline = started + Double(subscribers) / Double(rate) * 3 + 120
        var state = ""
        while uptime() < deadline {
            state =
                try await database.read { db in
                    try db.scalar(
                        "SELECT state FROM notify_messages WHERE id = ?", [.integer(message)], as: String.self)
                } ?? ""
            if state == "done" { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let finished = uptime()
        let cpuDelivery = server.cpuSeconds - cpuBefore
        guard state == "done" else { throw Failure("the message is still \(state) after \(Int(finished - started)) s") }

        let times = Array(fake.acceptedTimes.dropFirst(acceptedBefore))
        let pace = Pace(times)
        let perChat = fake.sentPerChat
        let duplicates = chats.filter { perChat[$0, default: 0] > 1 }.count
        let missing = chats.filter { perChat[$0] == nil }.count
        let stats = try await database.read { db in try NotifyStore.stats(messageID: message, in: db) }
        let notSent = stats.total - stats[.sent]
        let firstSend = times.min().map { $0 - started } ?? 0

        print("")
        print(row("delivery", "value"))
        let rows: [(String, String)] = [
            ("configured limit (fake, paid broadcasts), msg/s", group(Double(rate))),
            ("peer: flood client against the fake, msg/s", group(ceiling)),
            ("svoyi-server sustained (p10–p90 of sends), msg/s", group(pace.steadyRate)),
            ("  slowest / median whole second there", "\(pace.slowestSecond) / \(pace.medianSecond)"),
            ("push send → first send, s", fixed(firstSend, 2)),
            ("push send → message done, s", fixed(finished - started)),
            ("sends accepted by the fake", group(Double(times.count))),
            ("429 answers (the bucket said wait)", group(Double(fake.tooManyRequestsCount - rejectedBefore))),
            ("duplicates (chats with 2+ messages)", String(duplicates)),
            ("losses (chats with none / deliveries not sent)", "\(missing) / \(notSent)"),
            (
                "svoyi-server CPU during delivery, s (share of one core)",
                "\(fixed(cpuDelivery)) (\(fixed(cpuDelivery / (finished - started) * 100, 0))%)"
            ),
        ]
        for (name, value) in rows { print(row(name, value)) }
        print("")
        print("sustained ÷ configured limit: \(fixed(pace.steadyRate / Double(rate), 3))")
        print("sustained ÷ flood peer:       \(fixed(ceiling > 0 ? pace.steadyRate / ceiling : 0, 3))")
        let deliveryMet = pace.steadyRate >= 0.95 * Double(rate) && duplicates == 0 && missing == 0 && notSent == 0
        print("Target ≥ 95% of the limit, zero duplicates, zero losses: \(deliveryMet ? "met" : "NOT met")")
    }

    // (b) Webhooks.
    if !arguments.contains("--skip-webhooks") {
        _ = try await cli(
            "set-webhook",
            ["bot", "telegram", "set-webhook", botID, "--url", "https://bench.example/hooks/telegram/\(botID)"])
        guard let secret = fake.webhook(token: botToken)?.secret else {
            throw Failure("the fake has no webhook secret")
        }
        fake.setBotLimits(messagesPerSecond: nil, paidBroadcastMessagesPerSecond: nil)  // the replies go unhindered
        print("")
        print("== Webhooks: wrk -t\(threads) -c\(connections) -d\(duration)s, one server, the same cores")
        let plaintext = try await WrkResult.run(
            script: here.appendingPathComponent("../dialogue/plaintext.lua").standardizedFileURL, url: base,
            arguments: [], threads: threads, connections: connections, seconds: duration,
            log: results.appendingPathComponent("wrk-plaintext.txt"))
        func counts() async throws -> (stored: Int, pending: Int) {
            try await database.read { db in
                (
                    try db.scalar(
                        "SELECT count(*) FROM chatbot_telegram_updates WHERE bot_id = ?", [.text(botID)], as: Int.self)
                        ?? 0,
                    try db.scalar(
                        "SELECT count(*) FROM chatbot_telegram_updates WHERE bot_id = ? AND payload IS NOT NULL",
                        [.text(botID)], as: Int.self) ?? 0
                )
            }
        }
        let cpuStart = server.cpuSeconds
        let webhookStart = uptime()
        let webhook = try await WrkResult.run(
            script: here.appendingPathComponent("webhook.lua"), url: base,
            arguments: ["/hooks/telegram/\(botID)", secret, String(firstChat), String(chats.count), String(threads)],
            threads: threads, connections: connections, seconds: duration,
            log: results.appendingPathComponent("wrk-webhook.txt"))
        let webhookEnd = uptime()
        let cpuWebhook = server.cpuSeconds - cpuStart
        let atEnd = try await counts()
        var drained = atEnd
        while drained.pending > 0 && uptime() < webhookEnd + Double(drainLimit) {
            try await Task.sleep(for: .milliseconds(200))
            drained = try await counts()
        }
        let drainedAt = uptime()
        print(row("route", "requests/s", "p99"))
        print(row("POST /hooks/telegram/{bot} (updates accepted)", group(webhook.requestsPerSecond), webhook.p99))
        print(row("GET /bench/plaintext (HTTP floor, same client)", group(plaintext.requestsPerSecond), plaintext.p99))
        if !webhook.errors.isEmpty { print("webhook: \(webhook.errors)") }
        if !plaintext.errors.isEmpty { print("plaintext: \(plaintext.errors)") }
        print("")
        print(
            "updates stored: \(group(Double(atEnd.stored))) (wrk counted \(group(Double(webhook.requests))) requests)")
        print(
            "handled during the run: \(group(Double(atEnd.stored - atEnd.pending))) "
                + "(\(group(Double(atEnd.stored - atEnd.pending) / (webhookEnd - webhookStart)))/s); "
                + (drained.pending == 0
                    ? "backlog drained \(fixed(drainedAt - webhookEnd)) s after the run "
                        + "(\(group(Double(atEnd.stored) / (drainedAt - webhookStart)))/s handled overall)"
                    : "\(group(Double(drained.pending))) still pending \(drainLimit) s after the run"))
        print(
            "svoyi-server CPU during the webhook run: \(fixed(cpuWebhook)) s (\(fixed(cpuWebhook / (webhookEnd - webhookStart) * 100, 0))% of one core)"
        )
        print("")
        print(
            "updates/s ÷ plaintext req/s: \(fixed(webhook.requestsPerSecond / max(1, plaintext.requestsPerSecond), 3))")
        print("Target ≥ 5,000 webhook updates/s accepted: \(webhook.requestsPerSecond >= 5_000 ? "met" : "NOT met")")
    }
    await server.stop()
    database.close()
    await fake.shutdown()
}

do {
    try await benchmark()
} catch {
    FileHandle.standardError.write(Data("broadcast-benchmark: \(error)\n".utf8))
    if serverPID > 0 { kill(serverPID, SIGKILL) }
    try? FileManager.default.removeItem(at: work)
    exit(1)
}
try? FileManager.default.removeItem(at: work)
