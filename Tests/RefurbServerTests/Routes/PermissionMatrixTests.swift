import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Every route, called by every role and by nobody. A route refuses exactly the callers its access rule
/// says (401 without a login, 403 without the permission) and lets the others through to its own
/// checks. The bodies are empty objects, so an allowed call stops at validation and changes nothing
/// that matters here.
@Suite("Permission matrix")
struct PermissionMatrixTests {
    @Test("every route against every role and against no login, exactly as designed")
    func matrix() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28",
                                                actor: Actor(user: "test", station: "setup"), at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "MATRIX-1"),
                                                  actor: Actor(user: "test", station: "setup"), at: Date())
        let callers: [Role?] = [nil] + Role.allCases.map { $0 }
        let (table, mismatches) = try await workshop.application.test(.router) { client in
            var table: [String] = []
            var mismatches: [String] = []
            for route in workshop.service.routes {
                let uri = route.path
                    .replacingOccurrences(of: "{tag}", with: device.assetTag.text)
                    .replacingOccurrences(of: "{code}", with: lot.code.text)
                    .replacingOccurrences(of: "{id}", with: "999999")
                    .replacingOccurrences(of: "{name}", with: "aucune")
                    .replacingOccurrences(of: "{kind}", with: "css")
                    .replacingOccurrences(of: "{file}", with: "refurb.css")
                var row = "\(route.method.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))\(uri.replacingOccurrences(of: device.assetTag.text, with: "{tag}").padding(toLength: 42, withPad: " ", startingAt: 0))"
                for caller in callers {
                    let body: String? = route.method == .get || route.method == .delete ? nil : "{}"
                    let answer = try await client.call(route.method, uri, as: caller, in: workshop, json: body)
                    let expected = Self.expected(route.access, caller)
                    // A page sends a visitor without a session to the login page, asking to come back.
                    let toLogin = answer.status == .seeOther && answer.headers[.location]?.hasPrefix("/login?next=") == true
                    let got: Verdict = route.access == .open ? .allowed
                        : answer.status == .unauthorized || toLogin ? .unauthenticated
                        : (answer.status == .forbidden && answer.json["code"] as? String == "forbidden" ? .forbidden : .allowed)
                    if got != expected {
                        mismatches.append("\(route) as \(caller?.rawValue ?? "nobody"): \(answer.status.code) \(answer.json["detail"] ?? "")")
                    }
                    row += got.symbol.padding(toLength: 12, withPad: " ", startingAt: 0)
                }
                table.append(row)
            }
            return (table, mismatches)
        }
        print("PERMISSION MATRIX (✓ allowed, 403 forbidden, 401 not signed in)")
        print("".padding(toLength: 49, withPad: " ", startingAt: 0) + callers.map { ($0?.rawValue ?? "nobody").padding(toLength: 12, withPad: " ", startingAt: 0) }.joined())
        table.forEach { print($0) }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        #expect(workshop.service.routes.count >= 30)
    }

    @Test("nothing is readable without a login except /healthz, signing in, the pages' style sheets and scripts, and a certificate's check by its printed reference")
    func onlyHealthIsOpen() throws {
        let workshop = try TestWorkshop()
        let open = workshop.service.routes.filter { $0.access == .open }.map(\.description)
        // The check needs the certificate's id and the 64-bit fingerprint printed on the donor's report (CertificateCheck).
        #expect(Set(open) == ["GET /healthz", "POST /api/session", "GET /login", "POST /login", "GET /static/{kind}/{file}",
                              "GET /api/certificates/{id}/verification"])
    }

    @Test("a token revoked behind the service's back is refused once its cached check lapses; a made-up token with 401")
    func revokedToken() async throws {
        let workshop = try TestWorkshop(tokenCacheLifetime: .milliseconds(200))
        let tokens = try workshop.database.tokens()
        let shop = try #require(tokens.first { $0.username == "shop" })
        try await workshop.application.test(.router) { client in
            #expect(try await client.call(.get, "/api/lots", as: .shop, in: workshop).status == .ok)
            // As another program writing the database would: the service hears nothing of it.
            try workshop.database.revokeToken(id: shop.id, actor: Actor(user: "admin", station: "test"), at: Date())
            var status = HTTPResponse.Status.ok
            for _ in 0..<100 where status != .unauthorized {
                try await Task.sleep(for: .milliseconds(100))
                status = try await client.call(.get, "/api/lots", as: .shop, in: workshop).status
            }
            #expect(status == .unauthorized)
            let madeUp = try await client.call(.get, "/api/lots", as: nil, in: workshop, extraHeaders: [.authorization: "Bearer rft_nothing"])
            #expect(madeUp.status == .unauthorized)
            #expect(madeUp.headers[.wwwAuthenticate] != nil)
        }
    }

    enum Verdict: Equatable {
        case allowed, forbidden, unauthenticated

        var symbol: String {
            switch self {
            case .allowed: "✓"
            case .forbidden: "403"
            case .unauthenticated: "401"
            }
        }
    }

    static func expected(_ access: RouteDescription.Access, _ caller: Role?) -> Verdict {
        switch access {
        case .open: return .allowed
        case .signedIn: return caller == nil ? .unauthenticated : .allowed
        case .permission(let permission):
            guard let caller else { return .unauthenticated }
            return permission.isGranted(to: [caller]) ? .allowed : .forbidden
        }
    }
}
