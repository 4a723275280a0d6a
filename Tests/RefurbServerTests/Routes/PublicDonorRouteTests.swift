import Foundation
import HTTPTypes
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// A public body's lot through the routes: its donor type kept and shown, its laptop's price refused above
/// the legal cap by the API and by the shop's form, and its suggested price brought down to the cap.
@Suite("Public donor routes")
struct PublicDonorRouteTests {
    static func laptop(in workshop: TestWorkshop, client: some TestClientProtocol, donorType: String?) async throws -> String {
        let body = donorType.map { #"{"donor":"Mairie de Rennes","donorType":"\#($0)"}"# } ?? #"{"donor":"Mairie de Rennes"}"#
        let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: body)
        #expect(lot.status == .created, "\(lot.json)")
        #expect(lot.json["donorType"] as? String == donorType)
        let code = try #require(lot.json["code"] as? String)
        let read = try await client.call(.get, "/api/lots/\(code)", as: .shop, in: workshop)
        #expect(read.json["donorType"] as? String == donorType)
        let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"\#(code)","category":"laptop"}"#)
        return try #require(intake.json["assetTag"] as? String)
    }

    @Test("PUT /api/devices/{tag}/price above 180 € for a public donor's laptop: 422 naming the cap and its legal reference")
    func priceAboveCap() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.laptop(in: workshop, client: client, donorType: "public")
            let refused = try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                                json: #"{"grade":"A","priceCents":18001}"#)
            #expect(refused.status == .unprocessableContent)
            let detail = try #require(refused.json["detail"] as? String)
            #expect(detail.contains("180,00\u{00A0}€ TTC") && detail.contains("arrêté du 7 novembre 2022, décret n° 2023-266, loi 3DS"), "\(detail)")
            let device = try #require(try workshop.database.device(tag: try AssetTag(parsing: tag)))
            #expect(device.price == nil && device.grade == nil, "nothing saved")
            let english = try await client.call(.put, "/api/devices/\(tag)/price?lang=en", as: .shop, in: workshop,
                                                json: #"{"grade":"A","priceCents":25000}"#)
            #expect((english.json["detail"] as? String)?.contains("legal cap of €180.00") == true, "\(english.json)")
            #expect(try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"A","priceCents":18000}"#).status == .ok)

            let free = try await Self.laptop(in: workshop, client: client, donorType: "company")
            #expect(try await client.call(.put, "/api/devices/\(free)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"A","priceCents":25000}"#).status == .ok)
            let unsaid = try await Self.laptop(in: workshop, client: client, donorType: nil)
            #expect(try await client.call(.put, "/api/devices/\(unsaid)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"A","priceCents":25000}"#).status == .ok)

            let unknown = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"X","donorType":"state"}"#)
            #expect(unknown.status == .unprocessableContent, "\(unknown.json)")
        }
    }

    @Test("the shop's price form refuses 200 € for a public donor's laptop with the cap named; the suggestion is capped with its note")
    func shopFormAndSuggestion() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.laptop(in: workshop, client: client, donorType: "public")
            let refused = try await ShopRouteTests.post(client, "/shop/\(tag)/price", ["grade": "A", "price": "200"], in: workshop)
            #expect(refused.status == .seeOther)
            let location = try #require(refused.headers[.location])
            let page = try await ShopRouteTests.page(client, location, in: workshop)
            #expect(page.html.contains("plafond légal de 180,00"), "\(location)")
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.price == nil)
            #expect(page.html.contains(#"id="public-donor""#) && page.html.contains("prix plafonné à 180,00"), "the cap said before anyone tries")
            let other = try await Self.laptop(in: workshop, client: client, donorType: "company")
            #expect(!(try await ShopRouteTests.page(client, "/shop/\(other)", in: workshop)).html.contains(#"id="public-donor""#))

            var rules = PricingRules.shipped
            rules.baseCents["laptop"] = 50_000
            try workshop.database.savePricingRules(rules, actor: Actor(user: "admin", station: "test"), at: Date())
            let suggestion = try await client.call(.get, "/api/devices/\(tag)/suggested-price?grade=A", as: .shop, in: workshop)
            #expect(suggestion.json["priceCents"] as? Int == 18_000, "\(suggestion.json)")
            let lines = try #require(suggestion.json["lines"] as? [[String: Any]])
            #expect(lines.last?["rule"] as? String == "public-cap")
            #expect((lines.last?["text"] as? String)?.contains("loi 3DS") == true, "\(lines)")
            let priced = try await ShopRouteTests.post(client, "/shop/\(tag)/price", ["grade": "A", "useSuggested": "1"], in: workshop)
            #expect(priced.status == .seeOther)
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.price?.cents == 18_000)
        }
    }

    @Test("the intake page's lot form offers the donor type, explains the caps, and opens a public body's lot")
    func intakeLotForm() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let page = try await IntakeRouteTests.get("/intake", as: .intake, client: client, workshop: workshop)
            #expect(page.html.contains(#"<select id="lot-donor-type" name="donorType""#))
            #expect(page.html.contains(#"<option value="public">organisme public</option>"#), "\(page.html)")
            #expect(page.html.contains("prix plafonnés par la loi"))
            let opened = try await ShopRouteTests.post(client, "/intake/lots", ["donor": "Mairie de Rennes", "donorType": "public"],
                                                       as: .intake, in: workshop)
            #expect(opened.status == .seeOther, "\(opened.html)")
            #expect(try workshop.database.lots().first?.lot.donorType == .publicBody)
            let refused = try await ShopRouteTests.post(client, "/intake/lots", ["donor": "Autre", "donorType": "état"], as: .intake, in: workshop)
            #expect(try workshop.database.lots().count == 1, "\(refused.status)")
        }
    }

    @Test("PATCH /api/lots/{code} corrects the donor type, kept in the lot's history; then the cap binds its devices")
    func correctedToPublic() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.laptop(in: workshop, client: client, donorType: nil)
            let code = try #require(try workshop.database.device(tag: try AssetTag(parsing: tag))?.lotCode.text)
            let corrected = try await client.call(.patch, "/api/lots/\(code)", as: .intake, in: workshop,
                                                  json: #"{"donorType":"public","reason":"bon de dépôt de la mairie"}"#)
            #expect(corrected.status == .ok, "\(corrected.json)")
            #expect(corrected.json["donorType"] as? String == "public")
            #expect(corrected.json["version"] as? Int == 2)
            let history = try workshop.database.history(ofLot: try LotCode(parsing: code))
            #expect(history.contains { if case .corrected("donorType", nil, "public", _) = $0.change { true } else { false } })
            #expect(try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"A","priceCents":20000}"#).status == .unprocessableContent)
            let bad = try await client.call(.patch, "/api/lots/\(code)", as: .intake, in: workshop,
                                            json: #"{"donorType":"mairie","reason":"x"}"#)
            #expect(bad.status == .unprocessableContent)

            let form = try await ShopRouteTests.page(client, "/lots/\(code)/correct", as: .intake, in: workshop)
            #expect(form.html.contains(#"<select id="correct-donorType" name="donorType">"#), "\(form.html)")
            #expect(form.html.contains(#"<option value="public" selected>organisme public</option>"#))
            #expect(!form.html.contains("Non précisé"), "a type once said is not unsaid")
            let posted = try await ShopRouteTests.post(client, "/lots/\(code)/correct",
                                                       ["donorType": "association", "reason": "erreur", "version": "2"], as: .intake, in: workshop)
            #expect(posted.status == .seeOther, "\(posted.html)")
            #expect(try workshop.database.lot(code: try LotCode(parsing: code))?.lot.donorType == .association)
        }
    }

    @Test("a public body's device is sold only in a solidarity sale with its partner, and never above its cap")
    func solidaritySaleOnly() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client, priced: false)
            let code = try #require(try workshop.database.device(tag: try AssetTag(parsing: tag))?.lotCode.text)
            #expect(try await client.call(.patch, "/api/lots/\(code)", as: .intake, in: workshop,
                                          json: #"{"donorType":"public","reason":"bon de dépôt"}"#).status == .ok)
            #expect(try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"B","priceCents":15000}"#).status == .ok)
            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#).status == .ok)

            let open = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop, json: #"{"payment":"cash"}"#)
            #expect(open.status == .unprocessableContent)
            #expect((open.json["detail"] as? String)?.contains("vente solidaire") == true, "\(open.json)")
            let above = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                              json: #"{"kind":"solidarity","partner":"CCAS de Rennes","priceCents":19000}"#)
            #expect(above.status == .unprocessableContent)
            #expect((above.json["detail"] as? String)?.contains("loi 3DS") == true, "\(above.json)")
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.stage == .ready, "nothing sold")
            let sold = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                             json: #"{"kind":"solidarity","partner":"CCAS de Rennes","payment":"cash"}"#)
            #expect(sold.status == .ok, "\(sold.json)")
        }
    }
}
