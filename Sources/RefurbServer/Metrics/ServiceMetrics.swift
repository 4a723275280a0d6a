import Foundation
import Prometheus
import Synchronization

/// The service's Prometheus registry. Kept per application rather than bootstrapped globally, so that
/// several services (tests) can live in one process.
public final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let started = Date()

    private static var requests: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "refurb", metricName: "http_requests", unitName: "total",
        helpText: "HTTP requests answered, by route template and status") }
    private static var durations: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "refurb", metricName: "http_request_duration", unitName: "seconds", helpText: "Time to answer, by route template") }
    private static var loginFailures: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "refurb", metricName: "login_failures", unitName: "total", helpText: "Failed logins") }
    private static var devices: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "refurb", metricName: "devices", unitName: "count", helpText: "Devices by stage") }
    private static var uptime: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "refurb", metricName: "uptime", unitName: "seconds", helpText: "Seconds since the service started") }
    private static let buckets: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(50),
                                              .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5)]

    /// The counter and histogram of each method, route template and status, made once: the registry
    /// builds the series name and takes its lock on every `make…` call, which showed on busy routes.
    private struct RequestKey: Hashable {
        let method: String
        let route: String
        let status: Int
    }
    private let requestSeries = Mutex<[RequestKey: (Counter, DurationHistogram)]>([:])

    public init() {}

    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let key = RequestKey(method: method, route: route, status: status)
        let (counter, histogram) = requestSeries.withLock { series in
            if let known = series[key] { return known }
            let made = (registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]),
                        registry.makeDurationHistogram(descriptor: Self.durations, labels: [("route", route)], buckets: Self.buckets))
            series[key] = made
            return made
        }
        counter.increment()
        histogram.recordNanoseconds(duration.nanoseconds)
    }

    func recordLoginFailure() {
        registry.makeCounter(descriptor: Self.loginFailures).increment()
    }

    /// The text exposition, with the inventory by stage read just now.
    func exposition(devicesByStage: [String: Int]) -> String {
        for (stage, count) in devicesByStage {
            registry.makeGauge(descriptor: Self.devices, labels: [("stage", stage)]).set(Double(count))
        }
        registry.makeGauge(descriptor: Self.uptime).set(Date().timeIntervalSince(started))
        return registry.emitToString()
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
