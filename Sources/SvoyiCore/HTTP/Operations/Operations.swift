/// The operations endpoints every Svoyi server has: `/healthz` (the process answers), `/readyz` (the database
/// answers and every migration is applied) and `/metrics` (Prometheus text), plus the gauges behind them.
public struct Operations: Sendable {
    /// The registry `/metrics` renders; the metrics middleware records requests into it.
    public let metrics: MetricsRegistry
    private let readiness: Readiness
    private let database: any Database
    private let openConnections: Gauge
    private let jobsQueued: Gauge
    private let jobsRunning: Gauge
    private let jobsFailed: Gauge

    public init(database: any Database, migrator: Migrator, metrics: MetricsRegistry = MetricsRegistry()) {
        self.metrics = metrics
        self.database = database
        self.readiness = Readiness(database: database, migrator: migrator)
        openConnections = metrics.gauge("svoyi_http_open_connections", help: "Open HTTP connections.")
        jobsQueued = metrics.gauge("svoyi_jobs_queued", help: "Durable jobs waiting to run.")
        jobsRunning = metrics.gauge("svoyi_jobs_running", help: "Durable jobs running now.")
        jobsFailed = metrics.gauge("svoyi_jobs_failed", help: "Durable jobs that failed for good.")
    }

    /// Adds the three routes.
    public func register(on router: inout Router) {
        let readiness = self.readiness
        let metrics = self.metrics
        router.get("/healthz") { _, _ in .text("ok\n") }
        router.get("/readyz") { _, _ in
            let report = readiness.report
            return .text(report.reason + "\n", status: report.ready ? .ok : .serviceUnavailable)
        }
        router.get("/metrics") { _, _ in
            HTTPResponse(
                headers: HTTPHeaders([("Content-Type", MetricsRegistry.contentType)]),
                body: .bytes(Array(metrics.render().utf8)))
        }
    }

    /// Refreshes readiness and the gauges every `interval` seconds until the task is cancelled.
    public func watch(
        every interval: Duration = .seconds(2), openConnections count: @escaping @Sendable () -> Int
    )
        async
    {
        while !Task.isCancelled {
            await refresh(openConnections: count())
            try? await Task.sleep(for: interval)
        }
    }

    /// Checks readiness and updates the gauges once.
    public func refresh(openConnections count: Int) async {
        await readiness.refresh()
        openConnections.set(Double(count))
        if let depth = try? await database.read({ try JobQueue.depth(in: $0) }) {
            jobsQueued.set(Double(depth[.queued] ?? 0))
            jobsRunning.set(Double(depth[.running] ?? 0))
            jobsFailed.set(Double(depth[.failed] ?? 0))
        }
    }
}
