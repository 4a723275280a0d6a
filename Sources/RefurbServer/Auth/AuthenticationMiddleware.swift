import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Finds who sent a request: a Bearer token (stations, bench machines, scripts) or a session cookie
/// (browsers). A cookie-borne request that changes something must also carry the session's CSRF
/// token in `X-CSRF-Token`. It also picks the language to answer in.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = RefurbRequestContext
    static let cookieName = "refurb_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    let state: ServiceState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        var context = context
        context.language = Self.language(of: request)
        if let authorization = request.headers[.authorization] {
            guard let secret = Self.bearerToken(authorization) else { throw APIError.unauthenticated }
            let hash = SecretToken.hash(secret)
            // A token seen in the last seconds is answered here; the database is read off the network
            // threads (`RouteWork.reads`), like every read that may wait on the disk.
            var found = state.credentials.cached(tokenSecretHash: hash)
            if found == nil {
                found = try await state.executors.run(.reads) {
                    try await state.credentials.credential(tokenSecretHash: hash, lookUp: { try await state.database.credential(tokenSecretHash: hash) })
                }
            }
            guard let credential = found else { throw APIError.unauthenticated }
            context.credential = credential
        } else if !Self.isSignIn(request), let secret = request.cookies[Self.cookieName]?.value,
                  let credential = try await state.executors.run(.reads, {
                      try await state.database.credential(sessionSecretHash: SecretToken.hash(secret), at: Date())
                  }) {
            if case .session(let csrfToken, _) = credential.kind, !Self.isSafe(request.method) {
                // Scripts on the pages send the header; a plain HTML form sends a hidden `_csrf` field.
                var sent = request.headers[Self.csrfHeader]
                if sent == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
                    var buffered = request
                    let body = try await buffered.collectBody(upTo: 64 * 1024)
                    sent = FormFields(String(buffer: body))["_csrf"]
                    request = buffered
                }
                guard let sent, SecretToken.equal(sent, csrfToken) else {
                    throw APIError.csrfMissing
                }
            }
            context.credential = credential
        }
        // On the pages the person's own choice wins over the browser's; API clients say what they want.
        if request.uri.queryParameters["lang"] == nil, !request.uri.path.hasPrefix("/api"),
           let chosen = context.credential?.account.language {
            context.language = chosen
        }
        return try await next(request, context)
    }

    /// The token of `Bearer <token>`: the scheme in any case, white space around the token ignored. Read
    /// byte by byte because every request of a station goes through here.
    static func bearerToken(_ authorization: String) -> String? {
        guard authorization.utf8.count > 7,
              authorization.utf8.prefix(7).elementsEqual("bearer ".utf8, by: { $0 | 0x20 == $1 }) else { return nil }
        // The scheme is seven ASCII characters, so seven characters are seven bytes.
        var token = Substring(authorization).dropFirst(7)
        while token.first?.isWhitespace == true { token = token.dropFirst() }
        while token.last?.isWhitespace == true { token = token.dropLast() }
        return token.isEmpty ? nil : String(token)
    }

    /// Signing in on a shared till while someone else's session is still open must work: the old
    /// cookie is ignored there (the new sign-in replaces it), so it asks for no CSRF token.
    static func isSignIn(_ request: Request) -> Bool {
        request.method == .post && (request.uri.path == "/login" || request.uri.path == "/api/session")
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    /// `?lang=en` first, then the first language of Accept-Language that Refurb speaks, else French.
    static func language(of request: Request) -> Language {
        if let asked = request.uri.queryParameters["lang"].map(String.init) { return Language(localeIdentifier: asked) }
        guard let header = request.headers[.acceptLanguage] else { return .fallback }
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if let language = Language(rawValue: String(tag.prefix(2))) { return language }
        }
        return .fallback
    }
}
