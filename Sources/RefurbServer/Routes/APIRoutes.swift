import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore

/// One route as designed: its method, its path in OpenAPI form, and what the caller must be allowed.
public struct RouteDescription: Hashable, Sendable, CustomStringConvertible {
    public enum Access: Hashable, Sendable {
        /// Anyone, signed in or not (only `/healthz` and signing in).
        case open
        /// Any signed-in account.
        case signedIn
        case permission(Permission)
    }

    public let method: HTTPRequest.Method
    public let path: String
    public let access: Access
    /// A page for people (HTML, redirects to the login page) rather than a route of the API.
    public var isPage = false

    public var description: String { "\(method.rawValue) \(path)" }
}

/// Registers routes on the router and remembers each one with its access rule, so that the rule is
/// checked before the handler runs and the permission matrix and the OpenAPI check read the same list.
final class APIRoutes {
    let router: Router<RefurbRequestContext>
    private let credentials: CredentialCache
    let executors: RouteExecutors
    private var described: [RouteDescription] = []

    init(router: Router<RefurbRequestContext>, credentials: CredentialCache, executors: RouteExecutors) {
        self.router = router
        self.credentials = credentials
        self.executors = executors
    }

    /// A change to accounts or tokens (adding, disabling, a new role, a revoked token) must be obeyed
    /// from the next request on: the routes allowed to make one empty the credential cache after
    /// they run, whatever they answered.
    private func forgetsCredentials(_ method: HTTPRequest.Method, _ access: RouteDescription.Access) -> Bool {
        guard method != .get, method != .head else { return false }
        return access == .permission(.manageAccounts) || access == .permission(.manageTokens)
    }

    var all: [RouteDescription] { described }

    /// `work` says where the handler runs (`RouteWork`): by default off the network threads, on the
    /// pool for reads (GET) or for writes (the rest).
    func add<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method, _ path: String, _ access: RouteDescription.Access, work: RouteWork? = nil,
        _ handler: @escaping @Sendable (Request, RefurbRequestContext) async throws -> Output
    ) {
        described.append(RouteDescription(method: method, path: path, access: access))
        let credentials = forgetsCredentials(method, access) ? credentials : nil
        let executors = executors, work = work ?? RouteWork(method: method)
        router.on(RouterPath(path), method: method) { request, context -> Response in
            defer { credentials?.removeAll() }
            switch access {
            case .open: break
            case .signedIn: _ = try context.require(.read)
            case .permission(let permission): try context.require(permission)
            }
            return try await executors.run(work) {
                try await handler(request, context).response(from: request, context: context)
            }
        }
    }

    /// A page: without a session it sends the browser to the login page and back here afterwards; a
    /// role that may not see it gets the error page.
    func page<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method, _ path: String, _ access: RouteDescription.Access, work: RouteWork? = nil,
        _ handler: @escaping @Sendable (Request, RefurbRequestContext) async throws -> Output
    ) {
        described.append(RouteDescription(method: method, path: path, access: access, isPage: true))
        let credentials = forgetsCredentials(method, access) ? credentials : nil
        let executors = executors, work = work ?? RouteWork(method: method)
        router.on(RouterPath(path), method: method) { request, context -> Response in
            defer { credentials?.removeAll() }
            if access != .open, context.credential == nil {
                let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return HTMLResponse.redirect(to: "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            switch access {
            case .open, .signedIn: break
            case .permission(let permission): try context.require(permission)
            }
            return try await executors.run(work) {
                try await handler(request, context).response(from: request, context: context)
            }
        }
    }
}
