import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Everyone signed in changes their own password here, by giving the current one. Their other sessions
/// end (another till left signed in, or whoever learnt the old password); this one stays.
struct PasswordPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/password", .signedIn) { _, context in
            render(context, status: .ok, extra: [:])
        }
        routes.page(.post, "/password", .signedIn) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            let language = context.language
            let new = form["new"] ?? ""
            do {
                guard new == form["confirm"] ?? "" else {
                    throw APIError.unprocessable(Message("ui.password.mismatch"))
                }
                let ended = try await SessionController(state: state)
                    .changeOwnPassword(current: form["current"] ?? "", new: new, request: request, context: context)
                return try render(context, status: .ok, extra: ["notice": Self.text("ui.password.changed", String(ended), in: language)])
                    .response(from: request, context: context)
            } catch let error as APIError {
                var response = try render(context, status: error.status, extra: ["error": Self.text(error.message, in: language)])
                    .response(from: request, context: context)
                if case .tooManyAttempts(let seconds) = error { response.headers[.retryAfter] = String(seconds) }
                return response
            }
        }
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status, extra: [String: Any]) -> HTMLResponse {
        var values = PageContext.base(context, page: "password", title: Self.text("ui.password.title", in: context.language))
        values["minimumPassword"] = SessionController.minimumPasswordLength
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "password"), status: status)
    }

    private static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        text(Message(key: key, arguments: arguments), in: language)
    }

    private static func text(_ message: Message, in language: Language) -> String {
        message.text(in: language, catalog: UIMessages.catalog)
    }
}
