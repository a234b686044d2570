/// Writing the Prometheus text exposition format 0.0.4.
enum PrometheusText {
    static func render(_ state: MetricsRegistry.State) -> String {
        var out = ""
        out += "# HELP svoyi_http_requests_total HTTP requests answered, by route pattern, method and status.\n"
        out += "# TYPE svoyi_http_requests_total counter\n"
        let keys = state.requests.keys.sorted { ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status) }
        for key in keys {
            out += "svoyi_http_requests_total{route=\"\(escape(key.route))\",method=\"\(escape(key.method))\","
            out += "status=\"\(key.status)\"} \(state.requests[key] ?? 0)\n"
        }
        out += "# HELP svoyi_http_request_duration_seconds Time to answer an HTTP request, by route pattern.\n"
        out += "# TYPE svoyi_http_request_duration_seconds histogram\n"
        for route in state.durations.keys.sorted() {
            guard let histogram = state.durations[route] else { continue }
            let label = "route=\"\(escape(route))\""
            var cumulative: UInt64 = 0
            for (bound, count) in zip(MetricsRegistry.durationBuckets, histogram.counts) {
                cumulative += count
                out += "svoyi_http_request_duration_seconds_bucket{\(label),le=\"\(number(bound))\"} \(cumulative)\n"
            }
            out += "svoyi_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(histogram.count)\n"
            out += "svoyi_http_request_duration_seconds_sum{\(label)} \(number(histogram.sum))\n"
            out += "svoyi_http_request_duration_seconds_count{\(label)} \(histogram.count)\n"
        }
        for name in state.gauges.keys.sorted() {
            guard let gauge = state.gauges[name] else { continue }
            out += "# HELP \(name) \(escapeHelp(gauge.help))\n# TYPE \(name) gauge\n\(name) \(number(gauge.value))\n"
        }
        return out
    }

    /// A label value with `\`, `"` and newlines escaped.
    static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Help text with `\` and newlines escaped.
    static func escapeHelp(_ text: String) -> String {
        text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\n", "\\n")
    }

    /// A sample value: whole numbers without a fraction, others in Swift's shortest round-trip form.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func isMetricName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(48...57).contains(first) else { return false }
        return name.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 95
                || byte == 58
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
