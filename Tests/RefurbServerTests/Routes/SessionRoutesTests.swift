import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import Testing

/// Signing in from a browser: the cookie, CSRF on changes, throttled guessing, signing out.
@Suite("Web sessions")
struct SessionRoutesTests {
    static func login(_ username: String, _ password: String) -> String {
        #"{"username":"\#(username)","password":"\#(password)","station":"accueil"}"#
    }

    @Test("a good login sets an HttpOnly, SameSite cookie and returns the CSRF token; changes through the cookie need it")
    func cookieAndCSRF() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let login = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("intake", TestWorkshop.password))
            #expect(login.status == .ok)
            let cookie = try #require(login.headers[.setCookie])
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let secret = try #require(cookie.split(separator: ";").first.map(String.init))
            let csrf = try #require(login.json["csrfToken"] as? String)
            #expect(login.json["roles"] as? [String] == ["intake"])

            let withoutToken = try await client.call(.post, "/api/lots", as: nil, in: workshop, json: #"{"donor":"Mairie"}"#,
                                                     extraHeaders: [.cookie: secret])
            #expect(withoutToken.status == .forbidden)
            #expect(withoutToken.json["code"] as? String == "csrf")
            #expect(try workshop.database.lots().isEmpty, "a refused request changes nothing")

            let withToken = try await client.call(.post, "/api/lots", as: nil, in: workshop, json: #"{"donor":"Mairie"}"#,
                                                  extraHeaders: [.cookie: secret, AuthenticationMiddleware.csrfHeader: csrf])
            #expect(withToken.status == .created)
            let lots = try workshop.database.lots()
            #expect(lots.count == 1)
            let events = try workshop.database.history(ofLot: lots[0].lot.code)
            #expect(events.first?.actor == Actor(user: "intake", station: "accueil"))

            // Reading needs no CSRF token.
            #expect(try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.cookie: secret]).status == .ok)
            let logout = try await client.call(.delete, "/api/session", as: nil, in: workshop,
                                               extraHeaders: [.cookie: secret, AuthenticationMiddleware.csrfHeader: csrf])
            #expect(logout.status == .noContent)
            #expect(try await client.call(.get, "/api/session", as: nil, in: workshop, extraHeaders: [.cookie: secret]).status == .unauthorized)
        }
    }

    @Test("a token works whatever the case of Bearer and the spaces around it; revoked through the API it is refused at the next request")
    func tokenSchemeAndRevocation() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let created = try await client.call(.post, "/api/tokens", as: .admin, in: workshop,
                                                json: #"{"name":"établi 3","username":"technician"}"#)
            #expect(created.status == .created)
            let secret = try #require(created.json["token"] as? String)
            let id = try #require(created.json["id"] as? Int)
            for header in ["Bearer \(secret)", "bearer \(secret)", "BEARER   \(secret)  ", "Bearer \t\(secret)\t"] {
                let answer = try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: header])
                #expect(answer.status == .ok, "\(header)")
            }
            for header in ["Token \(secret)", "Bearer", "Bearer    ", "Bearer \(secret)x", "Bearer\(secret)"] {
                let answer = try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: header])
                #expect(answer.status == .unauthorized, "\(header)")
            }
            #expect(try await client.call(.delete, "/api/tokens/\(id)", as: .admin, in: workshop).status == .noContent)
            let revoked = try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: "Bearer \(secret)"])
            #expect(revoked.status == .unauthorized, "the token was recognised a moment ago, and is refused at once")
        }
    }

    @Test("someone else can sign in on a till where a session is still open")
    func switchingPerson() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let first = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("shop", TestWorkshop.password))
            let cookie = try #require(first.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            let second = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("intake", TestWorkshop.password),
                                               extraHeaders: [.cookie: cookie])
            #expect(second.status == .ok)
            #expect(second.json["username"] as? String == "intake")
        }
    }

    @Test("a failed login says nothing about which half was wrong, and guessing is slowed down")
    func failedLogins() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let wrongPassword = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("shop", "not the password"))
            let wrongName = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("nobody", TestWorkshop.password))
            #expect(wrongPassword.status == .unauthorized)
            #expect(wrongName.status == .unauthorized)
            #expect(wrongPassword.json["detail"] as? String == wrongName.json["detail"] as? String)
            #expect(wrongPassword.json["detail"] as? String == "Nom d'utilisateur ou mot de passe incorrect.")

            for _ in 0..<4 { _ = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("shop", "guess")) }
            let throttled = try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("shop", TestWorkshop.password))
            #expect(throttled.status == .tooManyRequests)
            #expect(Int(throttled.headers[.retryAfter] ?? "") ?? 0 > 0)
            // Another account is not locked out by someone guessing at "shop".
            #expect(try await client.call(.post, "/api/session", as: nil, in: workshop, json: Self.login("admin", TestWorkshop.password)).status == .ok)
        }
    }

    @Test("answers follow Accept-Language: French by default, English on request")
    func language() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let french = try await client.call(.get, "/api/devices/R000001L", as: .shop, in: workshop)
            let english = try await client.call(.get, "/api/devices/R000001L", as: .shop, in: workshop,
                                                extraHeaders: [.acceptLanguage: "en-GB,en;q=0.9,fr;q=0.5"])
            #expect(french.status == .notFound)
            #expect((french.json["detail"] as? String)?.contains("Aucun appareil") == true)
            #expect((english.json["detail"] as? String)?.contains("No device") == true)
        }
    }
}
