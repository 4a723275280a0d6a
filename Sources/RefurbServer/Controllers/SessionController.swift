import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Signing in and out of the web pages. A failed login says only that the pair was wrong, and is
/// throttled per account and address.
struct SessionController {
    let state: ServiceState

    struct Login: Decodable, Sendable {
        let username: String
        let password: String
        /// Which station the browser runs on (intake desk, bench 2, shop till); shown in the history.
        let station: String?
    }

    struct SessionView: Codable, Sendable {
        let username: String
        let roles: [String]
        let station: String
        let csrfToken: String?
        let expiresAt: Date?
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/session", .open) { request, context in
            let login = try await request.decode(as: Login.self, context: context)
            let credential = try await signIn(login, context: context)
            guard case .session(let csrf, let expiresAt) = credential.session.kind else { throw APIError.badCredentials }
            var headers = HTTPFields()
            headers[.setCookie] = Self.cookie(secret: credential.secret, credential: credential.session)
            return JSONResponse(SessionView(username: credential.session.account.username,
                                            roles: credential.session.account.roles.sorted().map(\.rawValue),
                                            station: credential.session.station, csrfToken: csrf, expiresAt: expiresAt),
                                headers: headers)
        }
        routes.add(.get, "/api/session", .signedIn) { _, context in
            let credential = try context.require(.read)
            var csrf: String?, expires: Date?
            if case .session(let token, let expiresAt) = credential.kind { (csrf, expires) = (token, expiresAt) }
            return JSONResponse(SessionView(username: credential.account.username, roles: credential.account.roles.sorted().map(\.rawValue),
                                            station: credential.station, csrfToken: csrf, expiresAt: expires))
        }
        routes.add(.delete, "/api/session", .signedIn) { request, _ in
            if let secret = request.cookies[AuthenticationMiddleware.cookieName]?.value {
                try state.database.closeSession(secretHash: SecretToken.hash(secret))
            }
            return Response(status: .noContent, headers: [.setCookie: Self.expiredCookie])
        }
    }

    static func cookie(secret: String, credential: Credential) -> String {
        var expires: Date?
        if case .session(_, let expiresAt) = credential.kind { expires = expiresAt }
        return Cookie(name: AuthenticationMiddleware.cookieName, value: secret, expires: expires, path: "/",
                      httpOnly: true, sameSite: .strict).description
    }

    static var expiredCookie: String {
        Cookie(name: AuthenticationMiddleware.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict).description
    }

    func signIn(_ login: Login, context: RefurbRequestContext) async throws -> (session: Credential, secret: String) {
        let username = login.username.trimmingCharacters(in: .whitespaces)
        if let wait = await state.throttle.retryAfter(username: username, address: context.remoteAddress) {
            throw APIError.tooManyAttempts(retryAfterSeconds: wait)
        }
        let found = try state.database.login(username: username)
        let matches = await state.hasher.verify(login.password, hash: found?.passwordHash ?? state.decoyHash)
        guard let found, matches, !found.account.isDisabled else {
            await state.throttle.recordFailure(username: username, address: context.remoteAddress)
            state.metrics.recordLoginFailure()
            throw APIError.badCredentials
        }
        await state.throttle.recordSuccess(username: username, address: context.remoteAddress)
        let secret = SecretToken.make(prefix: "rfs_")
        let station = login.station.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) } ?? "web"
        let credential = try state.database.openSession(username: found.account.username, secretHash: SecretToken.hash(secret),
                                                        csrfToken: SecretToken.make(prefix: ""), station: station,
                                                        at: Date(), lifetime: state.configuration.sessionLifetime)
        return (credential, secret)
    }
}
