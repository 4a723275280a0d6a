import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins list the API tokens of stations and bench machines, create one and revoke one after
/// confirming. The account a new token acts as is chosen every time (no default: a token made in a
/// hurry must not quietly get the admin's rights). The new secret is shown on the page the form
/// redirects to (ShownSecrets), with the command to paste on the bench machine.
struct OfficeTokensPage {
    let state: ServiceState
    let pages: PageLibrary
    let secrets: ShownSecrets

    static func newTokenPath(_ id: Int64) -> String { "\(Office.Section.tokens.path)/\(id)/new" }
    static func secretSubject(_ id: Int64) -> String { "token:\(id)" }

    func register(on routes: APIRoutes) {
        let section = Office.Section.tokens
        routes.page(.get, section.path, section.access) { request, context in
            try await render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            do {
                return try await create(form, context: context)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, extra: [
                    "error": refusal.text,
                    "form": ["name": form["name"] ?? "", "station": form["station"] ?? "", "username": form["username"] ?? ""],
                ]).response(from: request, context: context)
            }
        }
        routes.page(.get, section.path + "/{id}/new", section.access) { request, context in
            let token = try await token(context)
            let language = context.language
            let shown = ShownSecrets.viewer(context.credential).flatMap { secrets.shown(about: Self.secretSubject(token.id), for: $0) }
            return OfficeSecretPage(
                section: section,
                title: Office.text("ui.office.secret.tokenTitle", token.name, in: language),
                label: Office.text("ui.office.secret.token", in: language),
                lead: Office.text("ui.office.secret.tokenLead", token.username, token.station, in: language),
                shown: shown,
                gone: Office.text("ui.office.secret.goneToken", in: language),
                notedAction: "\(section.path)/\(token.id)/noted",
                backPath: section.path,
                backLabel: Office.text("ui.office.tokens.title", in: language),
                benchCommand: BenchCommand(publicURL: state.configuration.publicURL, authority: request.head.authority)
            ).render(context, pages: pages, notice: Office.notice(from: request, in: language))
        }
        routes.page(.post, section.path + "/{id}/noted", section.access) { _, context -> Response in
            let token = try await token(context)
            if let viewer = ShownSecrets.viewer(context.credential) { secrets.forget(about: Self.secretSubject(token.id), for: viewer) }
            return HTMLResponse.redirect(to: section.path)
        }
        routes.page(.get, section.path + "/{id}/revoke", section.access) { _, context in
            let token = try await token(context)
            let language = context.language
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.tokens.revokeQuestion", token.name, in: language),
                detail: Office.text("ui.office.tokens.revokeDetail", token.name, token.username, token.station, in: language),
                action: "\(section.path)/\(token.id)/revoke",
                confirmLabel: Office.text("ui.office.tokens.revoke", in: language)
            ).render(context, pages: pages)
        }
        routes.page(.post, section.path + "/{id}/revoke", section.access) { _, context -> Response in
            let token = try await token(context)
            try await state.database.revokeToken(id: token.id, actor: try context.actor(), at: Date())
            if let viewer = ShownSecrets.viewer(context.credential) { secrets.forget(about: Self.secretSubject(token.id), for: viewer) }
            return Office.redirect(to: section, done: "token-revoked", subject: token.name)
        }
    }

    private func token(_ context: RefurbRequestContext) async throws -> APIToken {
        let id = try AdministrationController.id(context)
        guard let token = try await state.database.tokens().first(where: { $0.id == id }) else {
            throw StoreError.notFound(Message("store.tokenNotFound", String(id)))
        }
        return token
    }

    private func create(_ form: FormFields, context: RefurbRequestContext) async throws -> Response {
        _ = try context.require(.manageTokens)
        let name = form["name"] ?? ""
        guard let username = form["username"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw Office.InputError(message: Message("ui.office.tokens.accountMissing"))
        }
        let station = form["station"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? name
        let secret = SecretToken.make(prefix: "rft_")
        let token = try await state.database.createToken(name: name, username: username, station: station,
                                                   secretHash: SecretToken.hash(secret), actor: try context.actor(), at: Date())
        if let viewer = ShownSecrets.viewer(context.credential) { secrets.keep(secret, about: Self.secretSubject(token.id), for: viewer) }
        return OfficeAccountPage.redirect(Self.newTokenPath(token.id), done: "token-created", subject: token.name)
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .tokens, title: Office.text("ui.office.tokens.title", in: language))
        values["tokens"] = try await state.database.tokens().reversed().map { token -> [String: Any] in
            var row: [String: Any] = [
                "id": String(token.id), "name": token.name, "username": token.username, "station": token.station,
                "created": Office.day(token.createdAt, in: language),
                "revokePath": "\(Office.Section.tokens.path)/\(token.id)/revoke",
            ]
            if let revoked = token.revokedAt { row["revoked"] = Office.text("ui.office.status.revokedOn", Office.day(revoked, in: language), in: language) }
            return row
        }
        // Only the account typed before a refusal is chosen again: there is no default.
        let chosen = (extra["form"] as? [String: Any])?["username"] as? String ?? ""
        values["accounts"] = try await state.database.accounts().filter { !$0.isDisabled }.map { account -> [String: Any] in
            ["username": account.username, "selected": account.username == chosen,
             "label": Office.text("ui.office.tokens.accountOption", account.username,
                                  OfficeUsersPage.rolesText(account.roles, in: language), in: language)]
        }
        values["noAccountChosen"] = chosen.isEmpty
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-tokens"), status: status)
    }
}
