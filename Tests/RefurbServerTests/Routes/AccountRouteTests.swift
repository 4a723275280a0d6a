import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Disabling accounts and changing passwords through the API and the pages, and where the login page
/// sends people afterwards.
@Suite("Accounts: disabling, passwords, the login's way back")
struct AccountRouteTests {
    /// A session of `username`: its cookie (`name=value`) and CSRF token.
    static func signIn(_ client: some TestClientProtocol, _ workshop: TestWorkshop, _ username: String,
                       password: String = TestWorkshop.password) async throws -> (cookie: String, csrf: String)? {
        let answer = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                           json: SessionRoutesTests.login(username, password))
        guard answer.status == .ok, let cookie = answer.headers[.setCookie]?.split(separator: ";").first,
              let csrf = answer.json["csrfToken"] as? String else { return nil }
        return (String(cookie), csrf)
    }

    static func status(_ client: some TestClientProtocol, _ workshop: TestWorkshop, cookie: String) async throws -> HTTPResponse.Status {
        try await client.call(.get, "/api/session", as: nil, in: workshop, extraHeaders: [.cookie: cookie]).status
    }

    @Test("disabled by an admin, an account's token recognised a moment ago and its session are refused at once; enabled, the token works again")
    func disableAndEnable() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let session = try #require(try await Self.signIn(client, workshop, "technician"))
            #expect(try await client.call(.get, "/api/lots", as: .technician, in: workshop).status == .ok)

            let disabled = try await client.call(.post, "/api/users/technician/disable", as: .admin, in: workshop)
            #expect(disabled.status == .ok)
            #expect(disabled.json["disabled"] as? Bool == true)
            #expect(try await client.call(.get, "/api/lots", as: .technician, in: workshop).status == .unauthorized)
            #expect(try await Self.status(client, workshop, cookie: session.cookie) == .unauthorized)

            // The right password gets the same answer as a wrong one.
            let right = try await client.call(.post, "/api/session", as: nil, in: workshop, json: SessionRoutesTests.login("technician", TestWorkshop.password))
            let wrong = try await client.call(.post, "/api/session", as: nil, in: workshop, json: SessionRoutesTests.login("shop", "not it"))
            #expect(right.status == .unauthorized)
            #expect(right.json["detail"] as? String == wrong.json["detail"] as? String)

            let users = try await client.call(.get, "/api/users", as: .admin, in: workshop)
            let list = (try JSONSerialization.jsonObject(with: Data(buffer: users.raw))) as? [[String: Any]] ?? []
            #expect(list.first { $0["username"] as? String == "technician" }?["disabled"] as? Bool == true, "still listed, marked disabled")
            let events = try workshop.database.administrationEvents()
            #expect(events.contains { $0.change == .administered(action: "account-disabled", subject: "technician") && $0.actor.user == "admin" })

            let enabled = try await client.call(.post, "/api/users/Technician/enable", as: .admin, in: workshop)
            #expect(enabled.status == .ok)
            #expect(enabled.json["disabled"] as? Bool == false)
            #expect(try await client.call(.get, "/api/lots", as: .technician, in: workshop).status == .ok)
            #expect(try await Self.signIn(client, workshop, "technician") != nil)
        }
    }

    @Test("nobody disables their own account; only admins disable; an unknown name is a 404")
    func disableRefusals() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let own = try await client.call(.post, "/api/users/admin/disable", as: .admin, in: workshop)
            #expect(own.status == .conflict)
            #expect(own.json["code"] as? String == "cannot-disable-self")
            #expect(try await client.call(.post, "/api/users/technician/disable", as: .shop, in: workshop).status == .forbidden)
            #expect(try await client.call(.post, "/api/users/nobody/disable", as: .admin, in: workshop).status == .notFound)
            #expect(try workshop.database.accounts().allSatisfy { !$0.isDisabled })
        }
    }

    @Test("an admin sets someone's password: every session of that account ends, and a made-up one is shown once")
    func adminSetsPassword() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let till = try #require(try await Self.signIn(client, workshop, "shop"))
            let set = try await client.call(.put, "/api/users/shop/password", as: .admin, in: workshop, json: "{}")
            #expect(set.status == .ok)
            #expect(set.json["sessionsEnded"] as? Int == 1)
            let madeUp = try #require(set.json["password"] as? String)
            #expect(try await Self.status(client, workshop, cookie: till.cookie) == .unauthorized)
            #expect(try await Self.signIn(client, workshop, "shop") == nil)
            #expect(try await Self.signIn(client, workshop, "shop", password: madeUp) != nil)
            let short = try await client.call(.put, "/api/users/shop/password", as: .admin, in: workshop, json: #"{"password":"short"}"#)
            #expect(short.status == .unprocessableContent)
        }
    }

    @Test("people change their own password on the page: their other sessions end, this one stays; a mismatch or a wrong current password changes nothing")
    func ownPasswordPage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let here = try #require(try await Self.signIn(client, workshop, "intake"))
            let elsewhere = try #require(try await Self.signIn(client, workshop, "intake"))
            func post(_ fields: [(String, String)]) async throws -> (status: HTTPResponse.Status, html: String) {
                try await client.execute(uri: "/password", method: .post,
                                         headers: OfficeRouteTests.form(nil, in: workshop, extra: [.cookie: here.cookie]),
                                         body: OfficeRouteTests.encode([("_csrf", here.csrf)] + fields)) { ($0.status, String(buffer: $0.body)) }
            }
            let page = try await client.call(.get, "/password", as: nil, in: workshop, extraHeaders: [.cookie: here.cookie])
            #expect(page.status == .ok)
            #expect(String(buffer: page.raw).contains("Changer mon mot de passe"))

            let mismatch = try await post([("current", TestWorkshop.password), ("new", "a brand new password"), ("confirm", "another one entirely")])
            #expect(mismatch.status == .unprocessableContent)
            #expect(mismatch.html.contains("ne sont pas identiques"))
            let wrong = try await post([("current", "not the password"), ("new", "a brand new password"), ("confirm", "a brand new password")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Le mot de passe actuel est incorrect"))
            #expect(try await Self.status(client, workshop, cookie: elsewhere.cookie) == .ok, "nothing changed")

            let changed = try await post([("current", TestWorkshop.password), ("new", "a brand new password"), ("confirm", "a brand new password")])
            #expect(changed.status == .ok)
            #expect(changed.html.contains("Sessions fermées sur d&#39;autres postes : 1."))
            #expect(try await Self.status(client, workshop, cookie: here.cookie) == .ok)
            #expect(try await Self.status(client, workshop, cookie: elsewhere.cookie) == .unauthorized)
            #expect(try await Self.signIn(client, workshop, "intake", password: "a brand new password") != nil)
        }
    }

    @Test("an account's office page disables (after confirming) and enables it, and the list marks it disabled")
    func officePage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let disabled = try await client.execute(uri: "/office/users/shop/disable", method: .post,
                                                    headers: OfficeRouteTests.form(.admin, in: workshop), body: ByteBuffer()) { $0 }
            #expect(disabled.status == .seeOther)
            #expect(disabled.headers[.location] == "/office/users/shop?done=account-disabled&subject=shop")
            #expect(try await client.call(.get, "/api/lots", as: .shop, in: workshop).status == .unauthorized)
            let page = String(buffer: try await client.call(.get, "/office/users/shop?done=account-disabled&subject=shop", as: .admin, in: workshop).raw)
            #expect(page.contains("Le compte « shop » est désactivé"))
            #expect(page.contains(#"action="/office/users/shop/enable""#))
            let list = String(buffer: try await client.call(.get, "/office/users", as: .admin, in: workshop).raw)
            #expect(list.contains("badge bad"))
            let ownPage = String(buffer: try await client.call(.get, "/office/users/admin", as: .admin, in: workshop).raw)
            #expect(!ownPage.contains(#"href="/office/users/admin/disable""#), "no button to disable one's own account")

            let own = try await client.execute(uri: "/office/users/admin/disable", method: .post,
                                               headers: OfficeRouteTests.form(.admin, in: workshop), body: ByteBuffer()) { ($0.status, String(buffer: $0.body)) }
            #expect(own.0 == .conflict)
            #expect(own.1.contains("Vous ne pouvez pas désactiver votre propre compte"))

            let enabled = try await client.execute(uri: "/office/users/shop/enable", method: .post,
                                                   headers: OfficeRouteTests.form(.admin, in: workshop), body: ByteBuffer()) { $0.status }
            #expect(enabled == .seeOther)
            #expect(try await client.call(.get, "/api/lots", as: .shop, in: workshop).status == .ok)
        }
    }

    @Test("after signing in, the login page goes only to a path of this site; anything else goes to the role's page")
    func loginNext() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            func signIn(next: String) async throws -> String? {
                try await client.execute(uri: "/login", method: .post, headers: OfficeRouteTests.form(nil, in: workshop),
                                         body: OfficeRouteTests.encode([("username", "intake"), ("password", TestWorkshop.password),
                                                                        ("next", next)])) { $0.headers[.location] }
            }
            for next in ["/\t/evil.example", "//evil.example", "/\\evil.example", "/%2F/evil.example", "https://evil.example", "javascript:alert(1)"] {
                #expect(try await signIn(next: next) == "/intake", "\(next.debugDescription)")
            }
            #expect(try await signIn(next: "/office/lots?page=2") == "/office/lots?page=2")

            // The page itself does not carry a bad `next` into its form.
            let page = try await client.call(.get, "/login?next=/%09/evil.example", as: nil, in: workshop)
            #expect(String(buffer: page.raw).contains(#"name="next" value="""#))
        }
    }

    @Test("the login page, throttled, answers 429 with Retry-After and says how long to wait")
    func loginPageThrottled() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            var last: (HTTPResponse.Status, String?, String) = (.ok, nil, "")
            for _ in 0..<6 {
                last = try await client.execute(uri: "/login", method: .post, headers: OfficeRouteTests.form(nil, in: workshop),
                                                body: OfficeRouteTests.encode([("username", "shop"), ("password", "guess")])) {
                    ($0.status, $0.headers[.retryAfter], String(buffer: $0.body))
                }
            }
            #expect(last.0 == .tooManyRequests)
            #expect(Int(last.1 ?? "") ?? 0 > 0)
            #expect(last.2.contains("Trop d&#39;essais de connexion"))
        }
    }
}
