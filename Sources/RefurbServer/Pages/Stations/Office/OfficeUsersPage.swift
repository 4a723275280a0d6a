import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins list the accounts and add one with its roles. Left empty, the password is made up and shown
/// once on the page that answers the form, never put in an address.
struct OfficeUsersPage {
    let state: ServiceState
    let pages: PageLibrary

    static let minimumPasswordLength = 10

    func register(on routes: APIRoutes) {
        let section = Office.Section.users
        routes.page(.get, section.path, section.access) { request, context in
            try render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            do {
                return try await add(form, context: context, request: request)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try render(context, status: refusal.status, extra: ["error": refusal.text, "form": Self.echo(form)])
                    .response(from: request, context: context)
            }
        }
        // Disabling ends the account's sessions and tokens at once (the route list empties the token
        // cache after it); enabling gives them back. Both can be undone, so neither asks to confirm.
        routes.page(.post, section.path + "/{username}/disable", section.access) { request, context -> Response in
            try await setDisabled(true, request: request, context: context)
        }
        routes.page(.post, section.path + "/{username}/enable", section.access) { request, context -> Response in
            try await setDisabled(false, request: request, context: context)
        }
    }

    private func setDisabled(_ disabled: Bool, request: Request, context: RefurbRequestContext) async throws -> Response {
        do {
            let username = try context.parameter("username"), actor = try context.actor()
            let account = disabled ? try state.database.disableAccount(username: username, actor: actor, at: Date())
                : try state.database.enableAccount(username: username, actor: actor, at: Date())
            return Office.redirect(to: .users, done: disabled ? "account-disabled" : "account-enabled", subject: account.username)
        } catch {
            let refusal = Office.refusal(error, in: context.language)
            guard refusal.status.code < 500 else { throw error }
            return try render(context, status: refusal.status, extra: ["error": refusal.text]).response(from: request, context: context)
        }
    }

    private func add(_ form: FormFields, context: RefurbRequestContext, request: Request) async throws -> Response {
        let roles = Set(Role.allCases.filter { form["role-\($0.rawValue)"] != nil })
        guard !roles.isEmpty else {
            throw Office.InputError(message: Message("role.none", Role.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let typed = form["password"].flatMap { $0.isEmpty ? nil : $0 }
        let madeUp = typed == nil ? SecretToken.password() : nil
        let password = typed ?? madeUp ?? ""
        guard password.count >= Self.minimumPasswordLength else {
            throw APIError.unprocessable(Message("api.passwordTooShort", String(Self.minimumPasswordLength)))
        }
        let account = try state.database.addAccount(username: form["username"] ?? "", passwordHash: await state.hasher.hash(password),
                                                    roles: roles, actor: try context.actor(), at: Date())
        guard let madeUp else { return Office.redirect(to: .users, done: "account-added", subject: account.username) }
        let language = context.language
        return try render(context, status: .created, extra: [
            "notice": Office.text("ui.office.done.account-added", account.username, in: language),
            "madeUp": ["username": account.username, "password": madeUp],
        ]).response(from: request, context: context)
    }

    /// What the person typed, to fill the form again after a refusal (never the password).
    static func echo(_ form: FormFields) -> [String: Any] {
        var values: [String: Any] = ["username": form["username"] ?? ""]
        for role in Role.allCases where form["role-\(role.rawValue)"] != nil { values["role-\(role.rawValue)"] = true }
        return values
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .users, title: Office.text("ui.office.users.title", in: language))
        values["accounts"] = try state.database.accounts().map { account -> [String: Any] in
            [
                "username": account.username,
                "roles": account.roles.sorted().map { $0.label.text(in: language, catalog: UIMessages.catalog) }.joined(separator: ", "),
                "created": Office.day(account.createdAt, in: language),
                "disabled": account.isDisabled,
                // Nobody disables their own account from here (the store refuses it too).
                "isSelf": account.username.lowercased() == context.credential?.account.username.lowercased(),
                "togglePath": "\(Office.Section.users.path)/\(Office.pathSegment(account.username))/\(account.isDisabled ? "enable" : "disable")",
            ]
        }
        let echoed = extra["form"] as? [String: Any] ?? [:]
        values["roles"] = Role.allCases.map { role -> [String: Any] in
            ["value": role.rawValue, "label": role.label.text(in: language, catalog: UIMessages.catalog),
             "help": Office.text("ui.office.users.roleHelp.\(role.rawValue)", in: language),
             "checked": echoed["role-\(role.rawValue)"] != nil]
        }
        values["minimumPassword"] = Self.minimumPasswordLength
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-users"), status: status)
    }
}
