import HTTPTypes
import Hummingbird
import Synchronization

/// A method the service does not serve at an address it does serve is a 405 with `Allow` listing the methods
/// it does (RFC 9110 §15.5.6), not the 404 of an unknown address: the router alone cannot tell them apart.
/// It reads the route list once it is complete (`RouteMethods.complete(with:)`), after the controllers have
/// registered theirs.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = RefurbRequestContext

    let methods: RouteMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // Only the router's own "no route" is an HTTPError 404: handlers say what is missing with a StoreError
            // or an APIError.
            guard let allowed = methods.allowed(at: request.uri.path), !allowed.contains(request.method) else { throw error }
            throw HTTPError(.methodNotAllowed, headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")])
        }
    }
}

/// The methods served at each route's path, matched segment by segment (`{name}` matches any one segment).
final class RouteMethods: Sendable {
    private struct Template: Sendable {
        let segments: [Substring]
        var methods: [HTTPRequest.Method]

        func matches(_ path: [Substring]) -> Bool {
            segments.count == path.count
                && zip(segments, path).allSatisfy { template, given in template.first == "{" || template == given }
        }
    }

    // Written once, before the server accepts its first connection; read only for requests no route takes.
    private let templates = Mutex<[Template]>([])

    func complete(with routes: [RouteDescription]) {
        var found: [Template] = []
        for route in routes {
            let segments = route.path.split(separator: "/")
            if let index = found.firstIndex(where: { $0.segments == segments }) {
                if !found[index].methods.contains(route.method) { found[index].methods.append(route.method) }
            } else {
                found.append(Template(segments: segments, methods: [route.method]))
            }
        }
        templates.withLock { $0 = found }
    }

    /// The methods served at `path`, or nil when no route has that address.
    func allowed(at path: String) -> [HTTPRequest.Method]? {
        let segments = path.split(separator: "/")
        var methods: [HTTPRequest.Method] = []
        for template in templates.withLock({ $0 }) where template.matches(segments) {
            methods += template.methods.filter { !methods.contains($0) }
        }
        return methods.isEmpty ? nil : methods
    }
}
