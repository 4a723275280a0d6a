import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// One account, for an admin: its roles (changed in place), a new password (made up, after confirming,
/// and shown on the page the form redirects to), and disabling it (after confirming) or enabling it
/// again. Every change goes through the store, which logs it as an administration event and refuses to
/// let an admin disable themselves, take the admin role from themselves, or leave no active admin.
struct OfficeAccountPage {
    let state: ServiceState
    let pages: PageLibrary
    let secrets: ShownSecrets

    static func path(_ username: String) -> String { Office.Section.users.path + "/" + Office.pathSegment(username) }
    static func newPasswordPath(_ username: String) -> String { path(username) + "/new-password" }
    static func secretSubject(_ username: String) -> String { "account:" + username }

    /// Back to `path` with a notice of what was done (`Office.redirect` for a page below a section).
    static func redirect(_ path: String, done code: String, subject: String) -> Response {
        HTMLResponse.redirect(to: "\(path)?done=\(code)&subject=\(Office.pathSegment(subject))")
    }

    func register(on routes: APIRoutes) {
        let section = Office.Section.users
        let base = section.path + "/{username}"
        routes.page(.get, base, section.access) { request, context in
            try render(try await account(context), context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, base + "/roles", section.access) { request, context -> Response in
            let account = try await account(context)
            let form = try await Office.form(request)
            return try await refusalShown(on: account, request: request, context: context, form: form) {
                let roles = try OfficeUsersPage.roles(in: form, language: context.language)
                let changed = try await state.database.setRoles(username: account.username, roles: roles, actor: try context.actor(), at: Date())
                return Self.redirect(Self.path(changed.username), done: "roles-changed", subject: changed.username)
            }
        }

        // Disabling closes the account's sessions and refuses its tokens at once (the route list empties
        // the token cache after it): asked first, though enabling undoes it.
        routes.page(.get, base + "/disable", section.access) { _, context in
            let account = try await account(context)
            let language = context.language
            let sessions = try await state.database.openSessionCount(username: account.username, at: Date())
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.account.disableQuestion", account.username, in: language),
                detail: Office.text("ui.office.account.disableDetail", account.username, String(sessions), in: language),
                action: Self.path(account.username) + "/disable",
                confirmLabel: Office.text("ui.office.account.disable", in: language),
                undoNote: Office.text("ui.office.account.disableUndo", in: language),
                cancelPath: Self.path(account.username)
            ).render(context, pages: pages)
        }
        routes.page(.post, base + "/disable", section.access) { request, context -> Response in
            let account = try await account(context)
            return try await refusalShown(on: account, request: request, context: context) {
                let disabled = try await state.database.disableAccount(username: account.username, actor: try context.actor(), at: Date())
                return Self.redirect(Self.path(disabled.username), done: "account-disabled", subject: disabled.username)
            }
        }
        routes.page(.post, base + "/enable", section.access) { request, context -> Response in
            let account = try await account(context)
            return try await refusalShown(on: account, request: request, context: context) {
                let enabled = try await state.database.enableAccount(username: account.username, actor: try context.actor(), at: Date())
                return Self.redirect(Self.path(enabled.username), done: "account-enabled", subject: enabled.username)
            }
        }

        // A new password cannot be taken back (the old one is gone): asked first.
        routes.page(.get, base + "/password", section.access) { _, context in
            let account = try await account(context)
            let language = context.language
            let sessions = try await state.database.openSessionCount(username: account.username, at: Date())
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.account.passwordQuestion", account.username, in: language),
                detail: Office.text("ui.office.account.passwordDetail", account.username, String(sessions), in: language),
                action: Self.path(account.username) + "/password",
                confirmLabel: Office.text("ui.office.account.newPassword", in: language),
                cancelPath: Self.path(account.username)
            ).render(context, pages: pages)
        }
        routes.page(.post, base + "/password", section.access) { request, context -> Response in
            let account = try await account(context)
            let caller = try context.require(.manageAccounts)
            let password = SecretToken.password()
            // Every session of the account ends, but the admin's own when they reset their own password.
            _ = try await state.database.setPasswordHash(username: account.username, passwordHash: await state.hasher.hash(password),
                                               keepingSession: SessionController.currentSession(request, caller),
                                               actor: try context.actor(), at: Date())
            if let viewer = ShownSecrets.viewer(context.credential) {
                secrets.keep(password, about: Self.secretSubject(account.username), for: viewer)
            }
            return Self.redirect(Self.newPasswordPath(account.username), done: "password-set", subject: account.username)
        }
        routes.page(.get, base + "/new-password", section.access) { request, context in
            let account = try await account(context)
            let language = context.language
            let shown = ShownSecrets.viewer(context.credential).flatMap { secrets.shown(about: Self.secretSubject(account.username), for: $0) }
            return OfficeSecretPage(
                section: section,
                title: Office.text("ui.office.secret.passwordTitle", account.username, in: language),
                label: Office.text("ui.office.secret.password", in: language),
                lead: Office.text("ui.office.secret.passwordLead", in: language),
                shown: shown,
                gone: Office.text("ui.office.secret.gonePassword", in: language),
                notedAction: Self.path(account.username) + "/noted",
                backPath: Self.path(account.username),
                backLabel: Office.text("ui.office.account.title", account.username, in: language)
            ).render(context, pages: pages, notice: Office.notice(from: request, in: language))
        }
        routes.page(.post, base + "/noted", section.access) { _, context -> Response in
            let account = try await account(context)
            if let viewer = ShownSecrets.viewer(context.credential) { secrets.forget(about: Self.secretSubject(account.username), for: viewer) }
            return HTMLResponse.redirect(to: Self.path(account.username))
        }
    }

    /// The account named in the address, or a 404 that names it.
    private func account(_ context: RefurbRequestContext) async throws -> Account {
        let username = try context.parameter("username")
        guard let account = try await state.database.accounts().first(where: { $0.username == username }) else {
            throw StoreError.notFound(Message("store.accountNotFound", username))
        }
        return account
    }

    /// Runs a change; a refusal (the last admin, one's own account, no role ticked) is said on the
    /// account's page, with the roles as they were ticked, and nothing changes.
    private func refusalShown(on account: Account, request: Request, context: RefurbRequestContext, form: FormFields? = nil,
                              _ change: () async throws -> Response) async throws -> Response {
        do {
            return try await change()
        } catch {
            let refusal = Office.refusal(error, in: context.language)
            guard refusal.status.code < 500 else { throw error }
            var extra: [String: Any] = ["error": refusal.text]
            if let form { extra["ticked"] = Set(Role.allCases.filter { form["role-\($0.rawValue)"] != nil }) }
            return try render(account, context, status: refusal.status, extra: extra).response(from: request, context: context)
        }
    }

    private func render(_ account: Account, _ context: RefurbRequestContext, status: HTTPResponse.Status = .ok,
                        extra: [String: Any]) throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .users, title: Office.text("ui.office.account.title", account.username, in: language))
        let isSelf = account.username.lowercased() == context.credential?.account.username.lowercased()
        let ticked = extra["ticked"] as? Set<Role> ?? account.roles
        let statusText = Office.text(account.isDisabled ? "ui.office.status.disabled" : "ui.office.status.active", in: language)
        values["account"] = [
            "username": account.username,
            "facts": Office.text("ui.office.account.facts", Office.day(account.createdAt, in: language), statusText, in: language),
            "disabled": account.isDisabled,
            "isSelf": isSelf,
            "rolesAction": Self.path(account.username) + "/roles",
            "passwordPath": Self.path(account.username) + "/password",
            "disablePath": Self.path(account.username) + "/disable",
            "enableAction": Self.path(account.username) + "/enable",
        ] as [String: Any]
        values["roles"] = OfficeUsersPage.roleChoices(ticked: { ticked.contains($0) }, in: language)
        values.merge(extra.filter { $0.key != "ticked" }) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-account"), status: status)
    }
}
