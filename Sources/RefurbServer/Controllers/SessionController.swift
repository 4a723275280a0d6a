import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Signing in and out of the web pages, and changing one's own password. A failed login says only that
/// the pair was wrong, and is throttled per account and address.
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

    struct PasswordChange: Decodable, Sendable {
        let currentPassword: String
        let newPassword: String
    }

    struct PasswordChanged: Codable, Sendable {
        let username: String
        /// The account's sessions that were ended (all but the caller's own).
        let sessionsEnded: Int
        /// Only when an admin set a password and the service made it up.
        let password: String?
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/session", .open) { request, context in
            let login = try await request.decode(as: Login.self, context: context)
            let credential = try await signIn(login, headers: request.headers, context: context)
            guard case .session(let csrf, let expiresAt) = credential.session.kind else { throw APIError.badCredentials }
            var headers = HTTPFields()
            headers[.setCookie] = Self.cookie(secret: credential.secret, credential: credential.session, secure: state.configuration.cookiesAreSecure)
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
        routes.add(.put, "/api/session/password", .signedIn) { request, context in
            let body = try await request.decode(as: PasswordChange.self, context: context)
            let ended = try await changeOwnPassword(current: body.currentPassword, new: body.newPassword, request: request, context: context)
            return JSONResponse(PasswordChanged(username: try context.require(.read).account.username, sessionsEnded: ended, password: nil))
        }
        routes.add(.delete, "/api/session", .signedIn) { request, _ in
            if let secret = request.cookies[AuthenticationMiddleware.cookieName]?.value {
                try await state.database.closeSession(secretHash: SecretToken.hash(secret))
            }
            return Response(status: .noContent, headers: [.setCookie: Self.expiredCookie(secure: state.configuration.cookiesAreSecure)])
        }
    }

    /// `secure` when people reach the service over https (`--public-url https://…`): the browser then never
    /// sends the session over plain HTTP.
    static func cookie(secret: String, credential: Credential, secure: Bool) -> String {
        var expires: Date?
        if case .session(_, let expiresAt) = credential.kind { expires = expiresAt }
        return Cookie(name: AuthenticationMiddleware.cookieName, value: secret, expires: expires, path: "/",
                      secure: secure, httpOnly: true, sameSite: .strict).description
    }

    static func expiredCookie(secure: Bool) -> String {
        Cookie(name: AuthenticationMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true,
               sameSite: .strict).description
    }

    func signIn(_ login: Login, headers: HTTPFields, context: RefurbRequestContext) async throws -> (session: Credential, secret: String) {
        let username = login.username.trimmingCharacters(in: .whitespaces)
        guard let account = try await checkPassword(login.password, of: username, headers: headers, context: context) else {
            throw APIError.badCredentials
        }
        let secret = SecretToken.make(prefix: "rfs_")
        let station = login.station.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) } ?? "web"
        let credential = try await state.database.openSession(username: account.username, secretHash: SecretToken.hash(secret),
                                                        csrfToken: SecretToken.make(prefix: ""), station: station,
                                                        at: Date(), lifetime: state.configuration.sessionLifetime)
        return (credential, secret)
    }

    /// The account if `password` is its password and it is not disabled, else nil; throttled per name and
    /// address (429 while refused). The attempt is counted before the hash is checked and settled after,
    /// so that guesses sent at once cannot all slip under the limit. A disabled account gets the same
    /// nil as a wrong password: a stolen password must not be confirmed by a different answer, and the
    /// admin sees the account marked disabled in the list.
    func checkPassword(_ password: String, of username: String, headers: HTTPFields, context: RefurbRequestContext) async throws -> Account? {
        let address = ClientAddress.resolve(peer: context.remoteAddress, headers: headers,
                                            trustedProxies: state.configuration.trustedProxies)
        let attempt: LoginThrottle.Attempt
        switch state.throttle.reserve(username: username, address: address) {
        case .wait(let seconds): throw APIError.tooManyAttempts(retryAfterSeconds: seconds)
        case .proceed(let reserved): attempt = reserved
        }
        var succeeded = false
        defer { state.throttle.settle(attempt, succeeded: succeeded) }
        // No account has a name this long (40 characters at most): it is not looked up, but a hash is
        // still checked, so that the answer takes as long as for a wrong password.
        let found = username.utf8.count <= 160 ? try await state.database.login(username: username) : nil
        let matches = await state.hasher.verify(password, hash: found?.passwordHash ?? state.decoyHash)
        guard let found, matches, !found.account.isDisabled else {
            state.metrics.recordLoginFailure()
            return nil
        }
        succeeded = true
        return found.account
    }

    /// The hash of the session a cookie-borne request runs in, to keep it when its own password changes.
    static func currentSession(_ request: Request, _ credential: Credential) -> String? {
        guard case .session = credential.kind, let secret = request.cookies[AuthenticationMiddleware.cookieName]?.value else { return nil }
        return SecretToken.hash(secret)
    }

    /// People change their own password by giving the current one. Their other sessions end (a browser
    /// left signed in elsewhere, or someone who learnt the old password); the one making the change
    /// stays. Returns how many ended.
    func changeOwnPassword(current: String, new: String, request: Request, context: RefurbRequestContext) async throws -> Int {
        let credential = try context.require(.read)
        guard new.count >= Self.minimumPasswordLength else {
            throw APIError.unprocessable(Message("api.passwordTooShort", String(Self.minimumPasswordLength)))
        }
        guard try await checkPassword(current, of: credential.account.username, headers: request.headers, context: context) != nil else {
            throw APIError.unprocessable(Message("api.currentPasswordWrong"))
        }
        return try await state.database.setPasswordHash(username: credential.account.username, passwordHash: await state.hasher.hash(new),
                                                  keepingSession: Self.currentSession(request, credential),
                                                  actor: try context.actor(), at: Date())
    }

    static let minimumPasswordLength = 10
}
