import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The office's accounts and tokens as an admin uses them in a browser: an account's page changes its
/// roles, gives it a new password and disables it after confirming; a made-up secret is shown on the page
/// the form redirects to, again on a reload, to that admin only, never in an address; a token's account
/// is always chosen, and its page shows the command for a bench machine.
@Suite("Office accounts and tokens routes")
struct OfficeAccountsRouteTests {
    typealias Page = (status: HTTPResponse.Status, location: String?, html: String)

    /// A browser signed in as the workshop's admin: its cookie and its CSRF field.
    struct Browser {
        let cookie: String
        let csrf: String

        func get(_ uri: String, _ client: some TestClientProtocol) async throws -> Page {
            try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) {
                ($0.status, $0.headers[.location], String(buffer: $0.body))
            }
        }

        func post(_ uri: String, _ fields: [(String, String)] = [], _ client: some TestClientProtocol) async throws -> Page {
            var headers = HTTPFields()
            headers[.cookie] = cookie
            headers[.contentType] = "application/x-www-form-urlencoded"
            return try await client.execute(uri: uri, method: .post, headers: headers,
                                            body: OfficeRouteTests.encode([("_csrf", csrf)] + fields)) {
                ($0.status, $0.headers[.location], String(buffer: $0.body))
            }
        }
    }

    static func signIn(_ client: some TestClientProtocol, as username: String = "admin", password: String = TestWorkshop.password,
                       in workshop: TestWorkshop) async throws -> Browser {
        let login = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                          json: #"{"username":"\#(username)","password":"\#(password)"}"#)
        let cookie = try #require(login.headers[.setCookie]?.split(separator: ";").first.map(String.init))
        return Browser(cookie: cookie, csrf: try #require(login.json["csrfToken"] as? String))
    }

    static func secret(in html: String) -> String? {
        html.firstMatch(of: /id="secret-value">([^<]+)</)?.1.description
    }

    @Test("an account's roles are changed on its page, logged, and refused with the screen's words when none is ticked")
    func roles() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let admin = try await Self.signIn(client, in: workshop)
            let list = try await admin.get("/office/users", client)
            #expect(list.html.contains("href=\"/office/users/technician\""), "each account has its page")

            let page = try await admin.get("/office/users/technician", client)
            #expect(page.status == .ok)
            #expect(page.html.contains("Compte « technician »"))
            #expect(page.html.contains("id=\"role-technician\" name=\"role-technician\" checked"))

            let saved = try await admin.post("/office/users/technician/roles", [("role-technician", "on"), ("role-shop", "on")], client)
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/office/users/technician?done=roles-changed&subject=technician")
            #expect(try workshop.database.accounts().first { $0.username == "technician" }?.roles == [.technician, .shop])
            let event = try #require(try workshop.database.administrationEvents().first)
            #expect(event.change == .administered(action: "roles-changed", subject: "technician [technician → technician,shop]"))
            #expect(event.actor.user == "admin")
            let after = try await admin.get(try #require(saved.location), client)
            #expect(after.html.contains("Les rôles du compte « technician » sont enregistrés."))
            // The account's next request already has the new roles (its token is not trusted from a cache).
            #expect(try await client.call(.get, "/shop", as: .technician, in: workshop).status == .ok)

            let none = try await admin.post("/office/users/technician/roles", [], client)
            #expect(none.status == .unprocessableContent)
            #expect(none.html.contains("Cochez au moins un rôle : accueil, technicien, boutique, administration."))
            #expect(!none.html.contains("intake, technician"), "role keys are never shown")
            #expect(try workshop.database.accounts().first { $0.username == "technician" }?.roles == [.technician, .shop])

            let demoteSelf = try await admin.post("/office/users/admin/roles", [("role-shop", "on")], client)
            #expect(demoteSelf.status == .conflict)
            #expect(demoteSelf.html.contains("retirer le rôle administration à votre propre compte"))
            #expect(demoteSelf.html.contains("name=\"role-shop\" checked"), "the boxes stay as they were ticked")

            let missing = try await admin.get("/office/users/nobody", client)
            #expect(missing.status == .notFound)
        }
    }

    @Test("disabling asks first and says it can be undone; then the account is closed; nobody disables themselves; enabling gives it back")
    func disable() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let admin = try await Self.signIn(client, in: workshop)
            let shopSession = try await Self.signIn(client, as: "shop", in: workshop)
            let ask = try await admin.get("/office/users/shop/disable", client)
            #expect(ask.status == .ok)
            #expect(ask.html.contains("Désactiver le compte « shop » ?"))
            #expect(ask.html.contains("ses sessions ouvertes (en ce moment : 1) seront fermées"))
            #expect(ask.html.contains("Le compte pourra être réactivé plus tard depuis sa page."))
            #expect(!ask.html.contains("ne peut pas être annulée"))
            #expect(ask.html.contains("href=\"/office/users/shop\""), "cancel goes back to the account")
            #expect(try workshop.database.accounts().first { $0.username == "shop" }?.isDisabled == false, "asking changes nothing")

            let done = try await admin.post("/office/users/shop/disable", [], client)
            #expect(done.status == .seeOther)
            #expect(done.location == "/office/users/shop?done=account-disabled&subject=shop")
            #expect(try workshop.database.accounts().first { $0.username == "shop" }?.isDisabled == true)
            #expect(try await shopSession.get("/shop", client).status == .seeOther, "its session is closed")
            #expect(try await client.call(.get, "/api/lots", as: .shop, in: workshop).status == .unauthorized, "its token is refused")
            #expect(try workshop.database.administrationEvents().first?.change == .administered(action: "account-disabled", subject: "shop"))
            let page = try await admin.get(try #require(done.location), client)
            #expect(page.html.contains("Réactiver le compte"))

            let own = try await admin.get("/office/users/admin", client)
            #expect(own.html.contains("votre propre compte : seul un autre administrateur"))
            #expect(!own.html.contains("id=\"disable-account\""))
            let refused = try await admin.post("/office/users/admin/disable", [], client)
            #expect(refused.status == .conflict)
            #expect(refused.html.contains("Vous ne pouvez pas désactiver votre propre compte"))

            let enabled = try await admin.post("/office/users/shop/enable", [], client)
            #expect(enabled.location == "/office/users/shop?done=account-enabled&subject=shop")
            #expect(try await client.call(.get, "/api/lots", as: .shop, in: workshop).status == .ok)
        }
    }

    @Test("a new password: asked first, set, sessions ended, shown after the redirect and again on a reload, to that admin only, then gone once noted")
    func newPassword() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let admin = try await Self.signIn(client, in: workshop)
            let intakeSession = try await Self.signIn(client, as: "intake", in: workshop)
            let ask = try await admin.get("/office/users/intake/password", client)
            #expect(ask.html.contains("Donner un nouveau mot de passe à « intake » ?"))
            #expect(ask.html.contains("ne peut pas être annulée"))
            #expect(try await intakeSession.get("/intake", client).status == .ok, "asking changes nothing")

            let set = try await admin.post("/office/users/intake/password", [], client)
            #expect(set.status == .seeOther)
            let location = try #require(set.location)
            #expect(location == "/office/users/intake/new-password?done=password-set&subject=intake")
            #expect(try await intakeSession.get("/intake", client).status == .seeOther, "the account's sessions are closed")
            #expect(try workshop.database.administrationEvents().first?.change == .administered(action: "password-changed", subject: "intake"))

            let shown = try await admin.get(location, client)
            #expect(shown.status == .ok)
            let password = try #require(Self.secret(in: shown.html))
            #expect(password.count == 16)
            #expect(!location.contains(password), "the address never holds it")
            #expect(shown.html.contains("Le compte « intake » a un nouveau mot de passe"))
            #expect(shown.html.contains("data-copy=\"secret-value\""), "a copy button")
            let reload = try await admin.get(location, client)
            #expect(Self.secret(in: reload.html) == password, "a reload loses nothing")

            // The same address shows nothing to anyone else, even another admin.
            let other = try await client.execute(uri: location, method: .get, headers: workshop.headers(.admin, json: false)) { String(buffer: $0.body) }
            #expect(!other.contains(password))
            #expect(other.contains("id=\"secret-gone\""))

            let login = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                              json: #"{"username":"intake","password":"\#(password)"}"#)
            #expect(login.status == .ok, "the new password works")

            let noted = try await admin.post("/office/users/intake/noted", [], client)
            #expect(noted.location == "/office/users/intake")
            let gone = try await admin.get(location, client)
            #expect(Self.secret(in: gone.html) == nil)
            #expect(gone.html.contains("Ce mot de passe n&#39;est plus affiché"))
        }
    }

    @Test("an account added without a password: its made-up one is shown on the page the form redirects to")
    func madeUpAtCreation() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let admin = try await Self.signIn(client, in: workshop)
            let added = try await admin.post("/office/users", [("username", "paul"), ("role-technician", "on"), ("password", "")], client)
            #expect(added.status == .seeOther)
            let location = try #require(added.location)
            #expect(location == "/office/users/paul/new-password?done=account-added&subject=paul")
            let page = try await admin.get(location, client)
            #expect(page.html.contains("Le compte « paul » a été créé."))
            let password = try #require(Self.secret(in: page.html))
            let login = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                              json: #"{"username":"paul","password":"\#(password)"}"#)
            #expect(login.status == .ok)
        }
    }

    @Test("a name that only accents or capitals tell from an account's is refused on the form, naming that account")
    func nameClash() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let admin = try await Self.signIn(client, in: workshop)
            _ = try await admin.post("/office/users", [("username", "lea"), ("role-shop", "on"), ("password", "un mot de passe long")], client)
            let clash = try await admin.post("/office/users", [("username", "Léa"), ("role-shop", "on"), ("password", "un mot de passe long")], client)
            #expect(clash.status == .conflict)
            #expect(clash.html.contains("Le nom « Léa » se confond avec le compte existant « lea »"))
            #expect(clash.html.contains("value=\"Léa\""), "the name typed is kept")
            #expect(try workshop.database.accounts().filter { $0.username.lowercased().hasPrefix("l") }.map(\.username) == ["lea"])
        }
    }

    @Test("a token's account is always chosen; the new token is shown after a redirect with the command for a bench machine, which uses the service's address")
    func tokenWithBenchCommand() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let admin = try await Self.signIn(client, in: workshop)
            let form = try await admin.get("/office/tokens", client)
            #expect(form.html.contains("<option value=\"\" selected>— Choisissez le compte —</option>"))
            #expect(!form.html.contains("<option value=\"admin\" selected"), "never the admin by default")
            #expect(form.html.contains(">technician (technicien)</option>"))

            let none = try await admin.post("/office/tokens", [("name", "établi 3"), ("username", "")], client)
            #expect(none.status == .unprocessableContent)
            #expect(none.html.contains("Choisissez le compte au nom duquel le jeton agira."))
            #expect(try workshop.database.tokens().allSatisfy { $0.name != "établi 3" })

            let created = try await admin.post("/office/tokens", [("name", "établi 3"), ("username", "technician")], client)
            #expect(created.status == .seeOther)
            let token = try #require(try workshop.database.tokens().first { $0.name == "établi 3" })
            #expect(token.username == "technician")
            let location = try #require(created.location)
            #expect(location.hasPrefix("/office/tokens/\(token.id)/new?done=token-created"))

            let page = try await admin.get(location, client).html
            let secret = try #require(Self.secret(in: page))
            #expect(secret.hasPrefix("rft_"))
            // The address is the one the browser used (the router test has none: the default), quoted for the shell.
            let command = try #require(page.firstMatch(of: /id="bench-command">([^<]+)</)?.1.description)
            #expect(command.hasPrefix("export REFURB_URL=&#39;http://"), "\(command)")
            #expect(command.hasSuffix(" REFURB_TOKEN=&#39;\(secret)&#39;"), "\(command)")
            #expect(page.contains("refurb probe --device R000123X"))
            #expect(page.contains("id=\"loopback-warning\"") == BenchCommand(publicURL: nil, authority: nil).isLoopback, "\(command)")
            #expect(try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: "Bearer \(secret)"]).status == .ok)
            #expect(Self.secret(in: try await admin.get(location, client).html) == secret, "a reload shows it again")

            let list = try await admin.get("/office/tokens", client)
            #expect(!list.html.contains(secret), "the list never shows it")
            _ = try await admin.post("/office/tokens/\(token.id)/noted", [], client)
            #expect(Self.secret(in: try await admin.get(location, client).html) == nil)
        }
    }

    @Test("the bench command quotes its values for the shell and prefers the configured public address")
    func benchCommand() throws {
        let configured = BenchCommand(publicURL: PublicURL("https://atelier.example.org/"), authority: "127.0.0.1:8080")
        #expect(configured.serviceURL == "https://atelier.example.org")
        #expect(!configured.isLoopback)
        #expect(configured.setup(token: "rft_abc") == "export REFURB_URL='https://atelier.example.org' REFURB_TOKEN='rft_abc'")
        let local = BenchCommand(publicURL: nil, authority: "localhost:8080")
        #expect(local.isLoopback)
        #expect(BenchCommand(publicURL: nil, authority: "127.0.0.1:9000").isLoopback)
        #expect(BenchCommand.quoted("it's") == #"'it'\''s'"#)
    }
}
