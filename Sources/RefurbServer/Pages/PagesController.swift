import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Signing in and out on the pages, the landing page by role, the language switch and the static files.
struct PagesController {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/login", .open) { request, context in
            renderLogin(context, next: request.uri.queryParameters["next"].map(String.init), error: nil, username: nil)
        }
        routes.page(.post, "/login", .open) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            let next = Self.safeNext(form["next"])
            let login = SessionController.Login(username: form["username"] ?? "", password: form["password"] ?? "",
                                                station: form["station"])
            do {
                let (credential, secret) = try await SessionController(state: state).signIn(login, headers: request.headers, context: context)
                var headers = HTTPFields()
                headers[.setCookie] = SessionController.cookie(secret: secret, credential: credential, secure: state.configuration.cookiesAreSecure)
                return HTMLResponse.redirect(to: next ?? PageContext.landing(for: credential.account), headers: headers)
            } catch let error as APIError {
                let detail = error.message.text(in: context.language, catalog: UIMessages.catalog)
                var response = try renderLogin(context, next: next, error: detail, username: String(login.username.prefix(100)))
                    .response(from: request, context: context)
                // Throttled, the page says so as the API does: 429 and when to try again.
                if case .tooManyAttempts(let seconds) = error {
                    response.status = .tooManyRequests
                    response.headers[.retryAfter] = String(seconds)
                }
                return response
            }
        }
        routes.page(.post, "/logout", .signedIn) { request, _ -> Response in
            if let secret = request.cookies[AuthenticationMiddleware.cookieName]?.value {
                try await state.database.closeSession(secretHash: SecretToken.hash(secret))
            }
            return HTMLResponse.redirect(to: "/login", headers: [.setCookie: SessionController.expiredCookie(secure: state.configuration.cookiesAreSecure)])
        }
        routes.page(.get, "/", .signedIn) { _, context -> Response in
            HTMLResponse.redirect(to: PageContext.landing(for: try context.require(.read).account))
        }
        routes.page(.post, "/language", .signedIn) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            let language = form["lang"].flatMap(Language.init(rawValue:))
            try await state.database.setLanguage(username: try context.require(.read).account.username, to: language)
            return HTMLResponse.redirect(to: Self.safeNext(form["next"]) ?? "/")
        }
        PasswordPage(state: state, pages: pages).register(on: routes)
        routes.page(.get, "/static/{kind}/{file}", .open) { _, context -> Response in
            try staticFile(kind: try context.parameter("kind"), file: try context.parameter("file"))
        }
    }

    private func renderLogin(_ context: RefurbRequestContext, next: String?, error: String?, username: String?) -> HTMLResponse {
        var values = PageContext.base(context, page: "login", title: Message("ui.login.title").text(in: context.language, catalog: UIMessages.catalog))
        values["next"] = Self.safeNext(next) ?? ""
        values["error"] = error
        values["username"] = username ?? ""
        return HTMLResponse(html: pages.render(values, page: "login"), status: error == nil ? .ok : .unauthorized)
    }

    /// Only a path on this site, as a browser would read it (`SameOriginPath`); nil sends people to
    /// their role's landing page instead.
    static func safeNext(_ next: String?) -> String? {
        SameOriginPath.check(next)
    }

    private static let mediaTypes = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
                                     "svg": "image/svg+xml", "png": "image/png", "wav": "audio/wav", "ogg": "audio/ogg"]

    private func staticFile(kind: String, file: String) throws -> Response {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard ["css", "js", "img", "sounds"].contains(kind), !file.hasPrefix("."),
              file.unicodeScalars.allSatisfy(allowed.contains),
              let type = Self.mediaTypes[(file as NSString).pathExtension],
              let data = FileManager.default.contents(atPath: pages.publicDirectory + "/" + kind + "/" + file) else {
            throw APIError.notFound(Message("api.routeNotFound"))
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
