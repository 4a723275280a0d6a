import Hummingbird

/// Counts and times every request by its route template (`/api/devices/{tag}`, not each tag), so the
/// number of series stays small whatever the traffic.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = RefurbRequestContext
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await next(request, context)
        metrics.recordRequest(method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
                              status: response.status.code, duration: start.duration(to: clock.now))
        return response
    }
}
