import ChatbotKit
import Dispatch
import EDemKit
import Foundation
import QueueKit
import SiteKit
import SvoyiCore
import Synchronization

/// Composes the modules into one process: configuration, wiring, start, stop.
@main
enum SvoyiServer {
    /// Every mounted module, core first (the CLI mounts the same list).
    static let modules: [any Module] = [CoreModule(), ChatbotModule(), QueueModule(), EDemModule(), SiteModule()]

    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        let configuration: ServerConfiguration
        do {
            configuration = try ServerConfiguration.parse(
                Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        } catch is ServerConfiguration.HelpRequested {
            say("OVERVIEW: The Svoyi server: one process that serves a Svoyi installation from its data directory.\n")
            say(ServerConfiguration.usage)
            exit(0)
        } catch is ServerConfiguration.VersionRequested {
            say("svoyi-server \(Svoyi.version)")
            exit(0)
        } catch {
            let message = (error as? ServerConfiguration.UsageError)?.message ?? "\(error)"
            let usage = ServerConfiguration.usage.split(separator: "\n").first ?? ""
            FileHandle.standardError.write(
                Data("Error: \(message)\n\(usage)\nSee 'svoyi-server --help'.\n".utf8))
            exit(64)
        }
        do {
            try await run(configuration)
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("svoyi-server: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ configuration: ServerConfiguration) async throws {
        var storage = SQLiteDatabase.Configuration()
        storage.durability = configuration.durability
        let directory = configuration.dataDirectory
        let lock = try directory.lockForServer()  // one server per data directory
        defer { withExtendedLifetime(lock) {} }
        let database = try await directory.open(modules: modules, migrate: false, configuration: storage)
        let report = try await Migrator(modules.flatMap(\.migrations)).migrate(database)
        var identity = try IdentityServices(
            database: database, secretKey: try directory.secretKey(), modules: modules)
        identity.alwaysSecureCookies = configuration.secureCookies
        for (name, secret) in configuration.identityBrokers {
            identity.identityProviders[name] = SignedAssertionProvider(name: name, secret: secret)
        }
        // The demo is created only together with a new database, so `--no-demo` once means never.
        let isNew = report.applied.contains("community#1")
        let seeded =
            configuration.seedDemo && isNew
            ? try await DemoSeed.seedIfEmpty(database, staff: identity.staff, residents: identity.residents) : nil
        try await database.write { db in
            try SessionStore.schedulePurge(in: db)
            try ConversationStore.schedulePurge(at: Date(), in: db)
            try ViberInboundLog.schedulePurge(at: Date(), in: db)
            try ResidentStore.schedulePurge(at: Date(), in: db)
            try TelegramUpdateLog.schedulePrune(at: Date(), in: db)
        }
        let actions = modules.flatMap(\.conversationActions)
        let dialogues = DialogueStore(database: database, knownActions: Set(actions.map(\.name)))
        for hromada in try await CommunityStore(database: database).hromadas() {
            do {
                try await dialogues.seedShippedDialogues(hromadaID: hromada.id!)
            } catch {
                // A hromada the shipped dialogues do not fit keeps running without them; staff import their own.
                say("  Dialogues: not seeded for «\(hromada.slug)»: \(error)")
            }
        }
        let conversations = ConversationService(database: database, dialogues: dialogues, actions: actions)
        let webChat = WebChat(
            receive: conversations.webChatReceiver, open: conversations.webChatOpener,
            community: CommunityStore(database: database),
            residents: identity.residents, secretKey: try directory.secretKey())

        // Messenger API calls go out once: a send is not idempotent, and the channels decide what a failure means.
        // Every bot of every hromada talks to the same host (api.telegram.org): a bot sending 1,000 messages a second
        // keeps up to 100 calls in flight, so the connections to one host are not capped at URLSession's 8.
        let messengerClient = URLSessionHTTPClient(configuration: .init(retry: .never, maxConnectionsPerHost: 128))
        let bots = BotStore(database: database, secretKey: try directory.secretKey())
        let inbox = MessengerInbox(conversations: conversations, residents: identity.residents)
        let telegram = TelegramChannel(database: database, bots: bots, inbox: inbox, client: messengerClient)
        var viber = ViberWebhook(bots: bots.viberBot(id:), inbox: inbox, client: messengerClient)

        // Jobs written by another process (a PUSH message enqueued with `svoyi-cli push send`) are seen within the
        // idle poll; two seconds keeps that "a few seconds" for two cheap queries.
        var jobSettings = JobRunner.Configuration()
        jobSettings.idlePoll = 2
        let runner = JobRunner(
            database: database, handlers: modules.flatMap(\.jobHandlers) + identity.jobHandlers,
            configuration: jobSettings)
        let jobs = Task { await runner.run() }
        // The outbox's delivery worker, one per enabled bot, re-reading the registry every 10 s so a bot added with
        // svoyi-cli starts sending without a restart.
        var delivering = NotifyDispatcher.Configuration()
        delivering.transportRefresh = 10
        let dispatcher = NotifyDispatcher(
            database: database, source: MessengerTransportSource(bots: bots, client: messengerClient),
            configuration: delivering)
        let delivery = Task { await dispatcher.run() }

        let operations = Operations(database: database, migrator: Migrator(modules.flatMap(\.migrations)))
        var router = Router()
        router.add(RequestIDMiddleware())
        router.add(AccessLogMiddleware(sink: .standardOutput))
        router.add(SecurityHeadersMiddleware())
        router.add(MetricsMiddleware(registry: operations.metrics))
        let panel = AdminPanel(identity: identity)
        let dialogueAdmin = DialogueAdmin(panel: panel, store: dialogues, conversations: conversations)
        let notify = NotifyStore(database: database, jobs: runner)
        let pushAdmin = PushAdmin(panel: panel, notify: notify)
        // Viber's delivered and seen receipts count in the PUSH messages' statistics.
        viber.recordReceipts(in: notify)
        // A hromada website's chat widget on another origin may call the chat API, when the operator allows it.
        if !configuration.chatOrigins.isEmpty {
            router.add(CORSMiddleware(allowedOrigins: configuration.chatOrigins, paths: [WebChat.apiPath]))
        }
        // Anonymous chat input, per client address: two messages a second on average, bursts of 120. Benchmark runs
        // (--benchmark-routes) load the chat from one address, so they go without.
        if !configuration.benchmarkRoutes {
            router.add(
                RateLimitMiddleware(
                    limits: [
                        "/chat": RateLimit(requests: 120, per: 60), WebChat.apiPath: RateLimit(requests: 120, per: 60),
                    ]))
        }
        router.add(AdminLanguageMiddleware())
        router.add(AccessControlMiddleware(identity: identity, forbiddenPage: panel.forbiddenPage))
        operations.register(on: &router)
        panel.register(on: &router)
        dialogueAdmin.register(on: &router)
        pushAdmin.register(on: &router)
        webChat.register(on: &router)
        telegram.register(on: &router)
        viber.register(on: &router)
        IdentityHooks(identity: identity).register(on: &router)
        router.get(DesignTokens.stylesheetPath) { _, _ in
            HTTPResponse(
                headers: HTTPHeaders([
                    ("Content-Type", "text/css; charset=utf-8"), ("Cache-Control", "public, max-age=3600"),
                ]),
                body: .bytes(Array(DesignTokens.css.utf8)))
        }
        if configuration.benchmarkRoutes { BenchmarkRoutes.register(on: &router) }
        let hromadaName = try await CommunityStore(database: database).hromadas().first?.name.uk ?? "Svoyi"
        let responder = try router.buildResponder(errors: ErrorRenderer(hromadaName: hromadaName))

        var http = HTTPServerConfiguration()
        http.host = configuration.host
        http.port = configuration.port
        http.trustedProxies = configuration.trustedProxies
        http.report = { message in FileHandle.standardError.write(Data("http: \(message)\n".utf8)) }
        let server = HTTPServer(configuration: http, responder: responder)
        try server.start()
        await telegram.resumePending()  // updates acknowledged before the last stop
        let polling = telegram.startPolling()
        await operations.refresh(openConnections: 0)
        let probes = Task { await operations.watch { server.openConnections } }

        let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let base = "http://\(shownHost):\(server.port)"
        say("Svoyi server is running.")
        say("  Data:      \(directory.databasePath)")
        if let seeded {
            say(
                "  Demo:      created the demo hromada «\(seeded.hromadaName)» with its ЦНАП, shelters and service catalogue"
            )
            say(
                "  Admin:     \(base)/admin — login «\(seeded.ownerLogin)», temporary password \(seeded.temporaryPassword)"
            )
            say("             (shown once: you choose your own password and set up 2FA at the first sign-in)")
        }
        say("  Listening on \(base)")
        say("  Chat:      \(base)/chat (the same dialogues as in Telegram and Viber)")
        say("  Health:    \(base)/healthz   Readiness: \(base)/readyz   Metrics: \(base)/metrics")
        say("  Operators: \(cliPath) --data-dir \(directory.path) hromada list")
        say("Stop with Ctrl+C (SIGINT) or SIGTERM.")

        await waitForTerminationSignal()
        say("Stopping: no new connections; finishing work in progress (a second Ctrl+C stops at once)…")
        Task {
            await waitForTerminationSignal()
            say("Stopped at once; interrupted jobs run again on the next start.")
            exit(130)
        }
        await server.shutdown(gracePeriod: .seconds(10))  // answers what is in flight, refuses new connections
        jobs.cancel()
        delivery.cancel()
        probes.cancel()
        let drained = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await jobs.value
                await delivery.value  // the messages in flight finish and their outcomes are recorded
                return true
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(stopDeadline))
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        if !drained {
            say(
                "Jobs did not stop within \(Int(stopDeadline)) s; they run again on the next start "
                    + "(notifications being sent are marked uncertain, never sent twice).")
        }
        polling.cancel()
        await polling.value
        let answered = await finishes(within: stopDeadline) { await telegram.waitUntilIdle() }
        if !answered { say("Some Telegram updates are still being handled; they are handled again on the next start.") }
        messengerClient.invalidate()
        database.close()
        LogSink.flushStandardOutput()
        say("Stopped.")
    }

    /// Whether `work` finished within `seconds`; past the deadline it is left running and the stop goes on.
    static func finishes(within seconds: Double, _ work: @escaping @Sendable () async -> Void) async -> Bool {
        let outcome = AsyncStream<Bool>.makeStream()
        let worker = Task {
            await work()
            outcome.continuation.yield(true)
        }
        let timer = Task {
            try? await Task.sleep(for: .seconds(seconds))
            outcome.continuation.yield(false)
        }
        var iterator = outcome.stream.makeAsyncIterator()
        let finished = await iterator.next() ?? false
        timer.cancel()
        _ = worker  // left running past the deadline
        return finished
    }

    /// How long a graceful stop waits for jobs in progress.
    static let stopDeadline: Double = 20

    /// The svoyi-cli built beside this server binary, as a path the operator can paste.
    static var cliPath: String {
        let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("svoyi-cli").path
        guard FileManager.default.isExecutableFile(atPath: beside) else { return "svoyi-cli" }
        let here = FileManager.default.currentDirectoryPath + "/"
        return beside.hasPrefix(here) ? String(beside.dropFirst(here.count)) : beside
    }

    /// Writes a line to standard output at once (`print` is block-buffered when output goes to a file or pipe).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Suspends until SIGINT or SIGTERM arrives.
    static func waitForTerminationSignal() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "svoyi.signals")
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumed = Atomic<Bool>(false)
            for source in sources {
                source.setEventHandler {
                    if !resumed.exchange(true, ordering: .acquiringAndReleasing) { continuation.resume() }
                }
                source.resume()
            }
        }
        for source in sources { source.cancel() }
    }
}
