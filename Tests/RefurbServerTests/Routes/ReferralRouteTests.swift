import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Referral partners through the API and the pages: the office adds a partner and issues it a code, the
/// shop redeems the code at a solidarity sale up to its quota, and the office sees the partner's use.
@Suite("Referral partners and codes")
struct ReferralRouteTests {
    static let lastDay = WorkshopClock.civilDay().adding(months: 1).text

    /// A partner and a code of `quota` sales, through the API as the admin; the code as shown.
    static func issuedCode(in workshop: TestWorkshop, client: some TestClientProtocol, quota: Int,
                           partner: String = "CCAS d'Arras") async throws -> String {
        let added = try await client.call(.post, "/api/referral-partners", as: .admin, in: workshop,
                                          json: #"{"name":"\#(partner)"}"#)
        #expect(added.status == .created, "\(added.json)")
        let id = try #require(added.json["id"] as? Int)
        let issued = try await client.call(.post, "/api/referral-partners/\(id)/codes", as: .admin, in: workshop,
                                           json: #"{"quota":\#(quota),"lastDay":"\#(lastDay)"}"#)
        #expect(issued.status == .created, "\(issued.json)")
        #expect(issued.json["state"] as? String == "active" && issued.json["remaining"] as? Int == quota)
        return try #require(issued.json["code"] as? String)
    }

    @Test("the API: a code sells with its partner's name and is then used up; a revoked code is a 409 that sells nothing")
    func codesThroughTheAPI() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            // One ready device per workshop (the laptop's report has one serial): the refusal is tried on it first.
            let code = try await Self.issuedCode(in: workshop, client: client, quota: 1)
            let revokedCode = try await Self.issuedCode(in: workshop, client: client, quota: 5, partner: "Secours populaire")
            let checked = try await client.call(.get, "/api/referral-codes/\(code.lowercased())", as: .shop, in: workshop)
            #expect(checked.status == .ok && checked.json["partner"] as? String == "CCAS d'Arras", "\(checked.json)")
            let revoked = try await client.call(.post, "/api/referral-codes/\(revokedCode)/revoke", as: .admin, in: workshop)
            #expect(revoked.status == .ok && revoked.json["state"] as? String == "revoked", "\(revoked.json)")

            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            let refused = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                                json: #"{"kind":"solidarity","referralCode":"\#(revokedCode)"}"#, extraHeaders: [.acceptLanguage: "fr"])
            #expect(refused.status == .conflict, "\(refused.json)")
            #expect(refused.json["code"] as? String == "code-revoked", "\(refused.json)")
            #expect((refused.json["detail"] as? String)?.contains("a été annulé") == true, "\(refused.json)")
            let both = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                             json: #"{"kind":"solidarity","referralCode":"\#(code)","partner":"CCAS"}"#)
            #expect(both.status == .unprocessableContent, "\(both.json)")
            let malformed = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                                  json: #"{"kind":"solidarity","referralCode":"O0O0-1111"}"#)
            #expect(malformed.status == .unprocessableContent, "\(malformed.json)")
            let unknown = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                                json: #"{"kind":"solidarity","referralCode":"2222-2222"}"#)
            #expect(unknown.status == .unprocessableContent, "\(unknown.json)")
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.stage == .ready)
            #expect(try workshop.database.journalLines(from: .distantPast, to: .distantFuture).isEmpty)

            let sold = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                             json: #"{"kind":"solidarity","referralCode":"\#(code)"}"#)
            #expect(sold.status == .ok, "\(sold.json)")
            let history = try workshop.database.history(of: try AssetTag(parsing: tag))
            #expect(history.last?.change == .sold(price: Money(cents: 9_000), kind: .solidarity, partner: "CCAS d'Arras"))
            let usedUp = try await client.call(.get, "/api/referral-codes/\(code)", as: .shop, in: workshop)
            #expect(usedUp.json["state"] as? String == "used-up" && usedUp.json["remaining"] as? Int == 0, "\(usedUp.json)")

            let partners = try await client.call(.get, "/api/referral-partners", as: .admin, in: workshop)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(buffer: partners.raw)) as? [[String: Any]])
            let arras = try #require(list.first { $0["name"] as? String == "CCAS d'Arras" })
            #expect(arras["sales"] as? Int == 1 && arras["salesCents"] as? Int == 9_000, "\(arras)")
            #expect(try await client.call(.get, "/api/referral-partners", as: .shop, in: workshop).status == .forbidden)
            #expect(try await client.call(.get, "/api/referral-codes/2222-2222", as: .shop, in: workshop).status == .notFound)
            #expect(try await client.call(.get, "/api/referral-codes/nope", as: .shop, in: workshop).status == .unprocessableContent)
        }
    }

    @Test("the shop page: the code typed is confirmed with its partner and its use, and the receipt names the partner")
    func throughTheShopPage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let code = try await Self.issuedCode(in: workshop, client: client, quota: 3)
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            let read = try await ShopRouteTests.page(client, "/shop/\(tag)", in: workshop)
            #expect(read.html.contains("id=\"referral-code\" name=\"referralCode\""))
            let chosen = try await ShopRouteTests.post(client, "/shop/\(tag)/sale",
                                                       ["kind": "solidarity", "referralCode": code.lowercased().replacingOccurrences(of: "-", with: " "),
                                                        "partner": "",
                                                        "version": try #require(ShopRouteTests.hiddenValue("version", in: read.html)),
                                                        "seen": try #require(ShopRouteTests.hiddenValue("seen", in: read.html))], in: workshop)
            let location = try #require(chosen.headers[.location])
            #expect(location.contains("code=\(code)"), "\(location)")
            let confirm = try await ShopRouteTests.page(client, location, in: workshop)
            #expect(confirm.html.contains("<strong id=\"confirm-partner\">CCAS d&#39;Arras</strong>")
                    || confirm.html.contains("<strong id=\"confirm-partner\">CCAS d&#x27;Arras</strong>")
                    || confirm.html.contains("<strong id=\"confirm-partner\">CCAS d'Arras</strong>"), "\(confirm.html)")
            #expect(confirm.html.contains("vente 1 sur 3 permises"))
            #expect(ShopRouteTests.hiddenValue("referralCode", in: confirm.html) == code)
            _ = try await ShopRouteTests.posted(client, "/shop/\(tag)/sale",
                                                ["kind": "solidarity", "confirm": "1", "payment": "cash",
                                                 "referralCode": code,
                                                 "priceCents": try #require(ShopRouteTests.hiddenValue("priceCents", in: confirm.html)),
                                                 "version": try #require(ShopRouteTests.hiddenValue("version", in: confirm.html)),
                                                 "seen": try #require(ShopRouteTests.hiddenValue("seen", in: confirm.html))], in: workshop)
            #expect(try workshop.database.referralCodeStatus(try #require(ReferralCode(code)))?.used == 1)
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.stage == .sold)
        }
    }

    @Test("the office page: a partner added, a code issued and shown, a refusal kept next to what was typed, a code revoked after asking")
    func officePage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            #expect(try await ShopRouteTests.page(client, "/office/partners", as: .shop, in: workshop).status == .forbidden)
            let empty = try await ShopRouteTests.page(client, "/office/partners", as: .admin, in: workshop)
            #expect(empty.status == .ok && empty.html.contains("id=\"no-partner\""))
            let added = try await ShopRouteTests.post(client, "/office/partners", ["name": "Secours populaire"], as: .admin, in: workshop)
            #expect(added.status == .seeOther || added.status == .found, "\(added.status)")
            let twice = try await ShopRouteTests.post(client, "/office/partners", ["name": "secours POPULAIRE"], as: .admin, in: workshop)
            #expect(twice.status == .conflict && twice.html.contains("existe déjà"))
            let id = try #require(try workshop.database.referralPartners().first?.partner.id)
            let tooMany = try await ShopRouteTests.post(client, "/office/partners/\(id)/codes", ["quota": "500", "lastDay": Self.lastDay],
                                                        as: .admin, in: workshop)
            #expect(tooMany.status == .unprocessableContent && tooMany.html.contains("value=\"500\""), "\(tooMany.status)")
            let issued = try await ShopRouteTests.posted(client, "/office/partners/\(id)/codes", ["quota": "2", "lastDay": Self.lastDay],
                                                         as: .admin, in: workshop)
            let code = try #require(try workshop.database.referralPartners().first?.codes.first?.code)
            #expect(issued.html.contains("Code \(code.shown) (Secours populaire) créé"), "\(issued.html)")
            #expect(issued.html.contains("0 sur 2"))
            let ask = try await ShopRouteTests.page(client, "/office/partners/codes/\(code.text)/revoke", as: .admin, in: workshop)
            #expect(ask.html.contains("Annuler le code \(code.shown)"))
            _ = try await ShopRouteTests.posted(client, "/office/partners/codes/\(code.text)/revoke", [:], as: .admin, in: workshop)
            #expect(try workshop.database.referralCodeStatus(code)?.revoked == true)
        }
    }
}
