public import Foundation
import Synchronization

/// The server's metrics, rendered in the Prometheus text format 0.0.4 for a scraper:
///
/// - `svoyi_http_requests_total{route,method,status}`: a counter per route pattern, method and status;
/// - `svoyi_http_request_duration_seconds{route}`: a histogram with buckets from 5 ms to 10 s;
/// - gauges set from outside (``gauge(_:help:)``): open connections, job queue depth …
///
/// Labels are route patterns and method names, never paths, so their number stays bounded. One lock guards
/// everything; recording a request is two dictionary updates under it.
public final class MetricsRegistry: Sendable {
    /// The upper bounds of the duration histogram's buckets, in seconds.
    public static let durationBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// The `Content-Type` of ``render()``'s output.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    struct RequestKey: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    struct Histogram {
        var counts = [UInt64](repeating: 0, count: MetricsRegistry.durationBuckets.count)
        var sum: Double = 0
        var count: UInt64 = 0
    }

    struct State {
        var requests: [RequestKey: UInt64] = [:]
        var durations: [String: Histogram] = [:]
        var gauges: [String: (help: String, value: Double)] = [:]
    }

    let state = Mutex(State())

    /// An empty registry.
    public init() {}

    /// Counts one answered request and its duration.
    public func recordRequest(route: String, method: String, status: Int, duration: TimeInterval) {
        let bucket = Self.durationBuckets.firstIndex { duration <= $0 }
        state.withLock { state in
            state.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            state.durations[route, default: Histogram()].record(bucket: bucket, duration: duration)
        }
    }

    /// The gauge `name` (registered on first use with `help`; later calls return the same gauge).
    /// `name` must be a Prometheus metric name (`[a-zA-Z_:][a-zA-Z0-9_:]*`).
    public func gauge(_ name: String, help: String) -> Gauge {
        precondition(PrometheusText.isMetricName(name), "\(name) is not a Prometheus metric name")
        state.withLock { state in
            if state.gauges[name] == nil { state.gauges[name] = (help, 0) }
        }
        return Gauge(registry: self, name: name)
    }

    /// Everything, in the text format, sorted so the output is stable.
    public func render() -> String {
        let snapshot = state.withLock { $0 }
        return PrometheusText.render(snapshot)
    }
}

extension MetricsRegistry.Histogram {
    mutating func record(bucket: Int?, duration: Double) {
        if let bucket { counts[bucket] += 1 }
        sum += duration
        count += 1
    }
}

/// A value that goes up and down, set by whoever knows it (the event loop, the job runner).
public struct Gauge: Sendable {
    let registry: MetricsRegistry
    /// The metric name.
    public let name: String

    /// Sets the value.
    public func set(_ value: Double) {
        registry.state.withLock { $0.gauges[name]?.value = value }
    }

    /// Adds `delta` (negative to subtract).
    public func add(_ delta: Double) {
        registry.state.withLock { $0.gauges[name]?.value += delta }
    }

    /// The current value.
    public var value: Double { registry.state.withLock { $0.gauges[name]?.value ?? 0 } }
}
