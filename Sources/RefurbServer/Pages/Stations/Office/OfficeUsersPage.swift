import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins list the accounts and add one with its roles; each account's own page (OfficeAccountPage)
/// changes its roles, gives it a new password or disables it. Left empty, the password is made up and
/// shown on the page the form redirects to (ShownSecrets), never put in an address.
struct OfficeUsersPage {
    let state: ServiceState
    let pages: PageLibrary
    let secrets: ShownSecrets

    static let minimumPasswordLength = 10

    func register(on routes: APIRoutes) {
        let section = Office.Section.users
        routes.page(.get, section.path, section.access) { request, context in
            try await render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            do {
                return try await add(form, context: context)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, extra: ["error": refusal.text, "form": Self.echo(form)])
                    .response(from: request, context: context)
            }
        }
    }

    private func add(_ form: FormFields, context: RefurbRequestContext) async throws -> Response {
        let roles = try Self.roles(in: form, language: context.language)
        let typed = form["password"].flatMap { $0.isEmpty ? nil : $0 }
        let madeUp = typed == nil ? SecretToken.password() : nil
        let password = typed ?? madeUp ?? ""
        guard password.count >= Self.minimumPasswordLength else {
            throw APIError.unprocessable(Message("api.passwordTooShort", String(Self.minimumPasswordLength)))
        }
        let account = try await state.database.addAccount(username: form["username"] ?? "", passwordHash: await state.hasher.hash(password),
                                                    roles: roles, actor: try context.actor(), at: Date())
        guard let madeUp, let viewer = ShownSecrets.viewer(context.credential) else {
            return Office.redirect(to: .users, done: "account-added", subject: account.username)
        }
        secrets.keep(madeUp, about: OfficeAccountPage.secretSubject(account.username), for: viewer)
        return OfficeAccountPage.redirect(OfficeAccountPage.newPasswordPath(account.username), done: "account-added", subject: account.username)
    }

    /// The roles ticked on a form (`role-intake=on`, …); none is refused with the roles' names as the
    /// page shows them, never their keys.
    static func roles(in form: FormFields, language: Language) throws -> Set<Role> {
        let roles = Set(Role.allCases.filter { form["role-\($0.rawValue)"] != nil })
        guard !roles.isEmpty else {
            let names = Role.allCases.map { $0.label.text(in: language, catalog: UIMessages.catalog) }.joined(separator: ", ")
            throw Office.InputError(message: Message("ui.office.users.roleNone", names))
        }
        return roles
    }

    /// The role checkboxes, ticked as `ticked` says.
    static func roleChoices(ticked: (Role) -> Bool, in language: Language) -> [[String: Any]] {
        Role.allCases.map { role -> [String: Any] in
            ["value": role.rawValue, "label": role.label.text(in: language, catalog: UIMessages.catalog),
             "help": Office.text("ui.office.users.roleHelp.\(role.rawValue)", in: language),
             "checked": ticked(role)]
        }
    }

    static func rolesText(_ roles: Set<Role>, in language: Language) -> String {
        roles.sorted().map { $0.label.text(in: language, catalog: UIMessages.catalog) }.joined(separator: ", ")
    }

    /// What the person typed, to fill the form again after a refusal (never the password).
    static func echo(_ form: FormFields) -> [String: Any] {
        var values: [String: Any] = ["username": form["username"] ?? ""]
        for role in Role.allCases where form["role-\(role.rawValue)"] != nil { values["role-\(role.rawValue)"] = true }
        return values
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .users, title: Office.text("ui.office.users.title", in: language))
        let me = context.credential?.account.username.lowercased()
        values["accounts"] = try await state.database.accounts().map { account -> [String: Any] in
            [
                "username": account.username,
                "roles": Self.rolesText(account.roles, in: language),
                "created": Office.day(account.createdAt, in: language),
                "disabled": account.isDisabled,
                "isSelf": account.username.lowercased() == me,
                "path": OfficeAccountPage.path(account.username),
            ]
        }
        let echoed = extra["form"] as? [String: Any] ?? [:]
        values["roles"] = Self.roleChoices(ticked: { echoed["role-\($0.rawValue)"] != nil }, in: language)
        values["minimumPassword"] = Self.minimumPasswordLength
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-users"), status: status)
    }
}
