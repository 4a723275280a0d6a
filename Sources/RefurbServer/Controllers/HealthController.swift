import Hummingbird

/// `/healthz` for whoever watches the service (open to all, answers without touching the database),
/// and `/metrics` for Prometheus (an admin token).
struct HealthController {
    let state: ServiceState

    func register(on routes: APIRoutes) {
        routes.add(.get, "/healthz", .open, work: .eventLoop) { _, _ in
            JSONResponse(Health(status: "ok"))
        }
        routes.add(.get, "/metrics", .permission(.readMetrics)) { _, _ in
            let text = state.metrics.exposition(devicesByStage: try await state.database.deviceCountsByStage())
            return BytesResponse(bytes: Array(text.utf8), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
    }

    struct Health: Codable, Sendable {
        let status: String
    }
}
