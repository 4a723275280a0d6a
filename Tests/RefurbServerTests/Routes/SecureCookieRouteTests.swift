import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import Testing

/// Behind a TLS reverse proxy the service listens on plain HTTP; told its public https address
/// (`--public-url`), it marks the session cookie `Secure` so that a browser never sends it in clear.
@Suite("Secure cookies behind TLS")
struct SecureCookieRouteTests {
    /// The attributes of a Set-Cookie header, lower-cased: ["httponly", "secure", "samesite=strict", …].
    static func attributes(_ header: String?) -> Set<String> {
        Set((header ?? "").split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    /// The Set-Cookie headers of a sign-in through the API, of one through the login page, and of the sign-out.
    static func cookies(_ workshop: TestWorkshop) async throws -> [String?] {
        try await workshop.application.test(.router) { client in
            let api = try await client.call(.post, "/api/session", as: nil, in: workshop,
                                            json: SessionRoutesTests.login("shop", TestWorkshop.password))
            #expect(api.status == .ok)
            var form = HTTPFields()
            form[.contentType] = "application/x-www-form-urlencoded"
            let page = try await client.execute(uri: "/login", method: .post, headers: form,
                                                body: OfficeRouteTests.encode([("username", "shop"), ("password", TestWorkshop.password)])) { $0 }
            #expect(page.status == .seeOther)
            let session = try #require(api.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            let csrf = try #require(api.json["csrfToken"] as? String)
            let out = try await client.execute(uri: "/api/session", method: .delete, headers: [.cookie: session, .init("X-CSRF-Token")!: csrf]) { $0 }
            #expect(out.status == .noContent)
            return [api.headers[.setCookie], page.headers[.setCookie], out.headers[.setCookie]]
        }
    }

    @Test("with an https public address, every session cookie is Secure (and still HttpOnly, SameSite=Strict)")
    func secureBehindHTTPS() async throws {
        let cookies = try await Self.cookies(try TestWorkshop(publicURL: "https://atelier.example.org"))
        #expect(cookies.count == 3)
        for cookie in cookies {
            let attributes = Self.attributes(cookie)
            #expect(attributes.contains("secure"), "\(cookie ?? "no cookie")")
            #expect(attributes.contains("httponly") && attributes.contains("samesite=strict"), "\(cookie ?? "")")
        }
    }

    @Test("without a public address, or with an http one, cookies are not Secure: a browser on plain HTTP would drop them")
    func notSecureOverHTTP() async throws {
        for workshop in [try TestWorkshop(), try TestWorkshop(publicURL: "http://atelier.local:8080")] {
            for cookie in try await Self.cookies(workshop) {
                #expect(cookie != nil)
                #expect(!Self.attributes(cookie).contains("secure"), "\(cookie ?? "")")
            }
        }
    }

    @Test("a public address is an absolute http or https address with a host")
    func publicAddresses() {
        #expect(PublicURL("https://atelier.example.org")?.isHTTPS == true)
        #expect(PublicURL("HTTPS://atelier.example.org/refurb/")?.isHTTPS == true)
        #expect(PublicURL("http://192.168.1.10:8080")?.isHTTPS == false)
        for text in ["atelier.example.org", "ftp://atelier.example.org", "https://", "https://atelier.example.org/?x=1", "", "/login"] {
            #expect(PublicURL(text) == nil, "\(text)")
        }
    }
}
