import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The shop through its routes, in-process: the pricing rules (read, refused, saved), a device's
/// suggested price and how it was reached, the sale at the solidarity price with its partner, and the
/// pages: scan, device, grade and price form, the sale's confirmation, the receipt, the rules' page.
@Suite("Shop routes")
struct ShopRouteTests {
    @Test("pricing rules: anyone signed in reads them; an admin's bad rules are refused with every problem named; good ones are saved")
    func pricingRules() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let read = try await client.call(.get, "/api/pricing/rules", as: .shop, in: workshop)
            #expect(read.status == .ok)
            #expect(read.json["solidarityPercent"] as? Int == PricingRules.shipped.solidarityPercent)

            var rules = try #require(read.json as [String: Any]?)
            var bases = try #require(rules["baseCents"] as? [String: Int])
            bases["laptop"] = -500
            rules["baseCents"] = bases
            rules["solidarityPercent"] = 120
            let refused = try await client.call(.put, "/api/pricing/rules", as: .admin, in: workshop, json: Self.json(rules))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.json["code"] as? String == "invalid-input")
            let detail = try #require(refused.json["detail"] as? String)
            #expect(detail.contains("Prix de base, ordinateur portable") && detail.contains("Réduction solidaire"), "\(detail)")
            let english = try await client.call(.put, "/api/pricing/rules?lang=en", as: .admin, in: workshop, json: Self.json(rules))
            #expect((english.json["detail"] as? String)?.contains("Base price, laptop: cannot be negative.") == true, "\(english.json)")
            #expect(try workshop.database.pricingRules() == .shipped)

            let missing = try await client.call(.put, "/api/pricing/rules", as: .admin, in: workshop, json: #"{"baseCents":{}}"#)
            #expect(missing.status == .badRequest)

            bases["laptop"] = 15_000
            rules["baseCents"] = bases
            rules["solidarityPercent"] = 40
            let saved = try await client.call(.put, "/api/pricing/rules", as: .admin, in: workshop, json: Self.json(rules))
            #expect(saved.status == .ok, "\(saved.json)")
            #expect(try workshop.database.pricingRules().solidarityPercent == 40)
            #expect(try workshop.database.pricingRules().baseCents["laptop"] == 15_000)
        }
    }

    @Test("a device's suggested price, with the lines that explain it, for its grade or another one")
    func suggestedPrice() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.device(in: workshop, client: client, report: true)
            let answer = try await client.call(.get, "/api/devices/\(tag)/suggested-price", as: .shop, in: workshop)
            #expect(answer.status == .ok, "\(answer.json)")
            let lines = try #require(answer.json["lines"] as? [[String: Any]])
            let rules = lines.compactMap { $0["rule"] as? String }
            #expect(rules.first == "base")
            #expect(rules.contains("cpu") && rules.contains("ram") && rules.contains("storage-type") && rules.contains("grade"), "\(rules)")
            #expect((lines.first?["text"] as? String)?.hasPrefix("Prix de base, ordinateur portable") == true)
            let sum = lines.compactMap { $0["amountCents"] as? Int }.reduce(0, +)
            #expect(sum == answer.json["priceCents"] as? Int)
            #expect(answer.json["grade"] is NSNull || answer.json["grade"] == nil)

            let gradeA = try await client.call(.get, "/api/devices/\(tag)/suggested-price?grade=a&lang=en", as: .shop, in: workshop)
            #expect(gradeA.json["grade"] as? String == "A")
            let gradeLine = (gradeA.json["lines"] as? [[String: Any]])?.first { $0["rule"] as? String == "grade" }
            #expect(gradeLine?["text"] as? String == "Grade A: 0% (€0.00)")
            #expect(try await client.call(.get, "/api/devices/\(tag)/suggested-price?grade=Z", as: .shop, in: workshop).status == .badRequest)
            #expect(try await client.call(.get, "/api/devices/R000999X/suggested-price", as: .shop, in: workshop).status != .ok)
        }
    }

    @Test("a solidarity sale through the API: refused without its partner; recorded with it, at the reduced price")
    func solidaritySale() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.readyDevice(in: workshop, client: client)
            let noPartner = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop, json: #"{"kind":"solidarity"}"#)
            #expect(noPartner.status == .unprocessableContent)
            #expect((noPartner.json["detail"] as? String)?.contains("partenaire") == true, "\(noPartner.json)")
            let unknown = try await client.call(.post, "/api/devices/\(tag)/sale?lang=en", as: .shop, in: workshop, json: #"{"kind":"gift"}"#)
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.json["detail"] as? String == "Unknown kind of sale “gift”. Choose one of: public, solidarity.")
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.stage == .ready)

            let sold = try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop,
                                             json: #"{"kind":"solidarity","partner":"CCAS de Rennes"}"#)
            #expect(sold.status == .ok, "\(sold.json)")
            #expect(sold.json["stage"] as? String == "sold")
            let history = try workshop.database.history(of: try AssetTag(parsing: tag))
            // 130 € less 30 % is 91 €, rounded to 90 €.
            #expect(history.last?.change == .sold(price: Money(cents: 9_000), kind: .solidarity, partner: "CCAS de Rennes"))
        }
    }

    @Test("the pages: scan opens the device, the grade and price form, the sale confirmed then its receipt")
    func pages() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.readyDevice(in: workshop, client: client, priced: false)
            let start = try await Self.page(client, "/shop", in: workshop)
            #expect(start.status == .ok)
            #expect(start.html.contains("id=\"shop-scan\""))
            #expect(start.html.contains(tag))

            let scanned = try await Self.page(client, "/shop?code=\(tag.lowercased())", in: workshop)
            #expect(scanned.status == .seeOther)
            #expect(scanned.headers[.location] == "/shop/\(tag)")
            let unknown = try await Self.page(client, "/shop?code=NOPE-123", in: workshop)
            #expect(unknown.status == .notFound)
            #expect(unknown.html.contains("shop-scan-error"))

            let device = try await Self.page(client, "/shop/\(tag)", in: workshop)
            #expect(device.status == .ok)
            #expect(device.html.contains("Prix de base, ordinateur portable"))
            #expect(device.html.contains("/api/devices/\(tag)/label?template=price-62"))

            let badPrice = try await Self.post(client, "/shop/\(tag)/price", ["grade": "B", "price": "douze"], in: workshop)
            #expect(badPrice.status == .seeOther)
            #expect(badPrice.headers[.location] == "/shop/\(tag)?refused=price")
            let refusedPage = try await Self.page(client, "/shop/\(tag)?refused=price", in: workshop)
            #expect(refusedPage.html.contains("n&#39;est pas un prix lisible") || refusedPage.html.contains("n'est pas un prix lisible"))
            #expect(refusedPage.html.contains("value=\"douze\""), "what was typed comes back")
            let priced = try await Self.post(client, "/shop/\(tag)/price", ["grade": "B", "useSuggested": "1"], in: workshop)
            #expect(priced.status == .seeOther)
            let suggestion = try await client.call(.get, "/api/devices/\(tag)/suggested-price", as: .shop, in: workshop)
            let device2 = try #require(try workshop.database.device(tag: try AssetTag(parsing: tag)))
            #expect(device2.grade == .b)
            #expect(device2.price?.cents == suggestion.json["priceCents"] as? Int)

            let ready = try await Self.post(client, "/shop/\(tag)/ready", [:], in: workshop)
            #expect(ready.status == .seeOther, "\(ready.html)")

            let noPartner = try await Self.post(client, "/shop/\(tag)/sale", ["kind": "solidarity"], in: workshop)
            #expect(noPartner.status == .seeOther)
            #expect(noPartner.headers[.location] == "/shop/\(tag)?refused=sale")
            #expect(try await Self.page(client, "/shop/\(tag)?refused=sale", in: workshop).html.contains("sale-error"))
            let chosen = try await Self.post(client, "/shop/\(tag)/sale", ["kind": "solidarity", "partner": "Secours populaire"], in: workshop)
            #expect(chosen.status == .seeOther)
            let confirm = try await Self.page(client, try #require(chosen.headers[.location]), in: workshop)
            #expect(confirm.status == .ok)
            #expect(confirm.html.contains("confirm-sale"))
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.stage == .ready)
            let price = try #require(Self.hiddenValue("priceCents", in: confirm.html))
            let version = try #require(Self.hiddenValue("version", in: confirm.html))
            let sold = try await Self.post(client, "/shop/\(tag)/sale", ["kind": "solidarity", "partner": "Secours populaire", "confirm": "1",
                                                                         "priceCents": price, "version": version], in: workshop)
            #expect(sold.status == .seeOther)
            #expect(sold.headers[.location]?.hasPrefix("/shop/\(tag)/receipt?done=sold&v=") == true)

            let receipt = try await Self.page(client, "/shop/\(tag)/receipt", in: workshop)
            #expect(receipt.status == .ok)
            #expect(receipt.html.contains("Atelier test"))
            #expect(receipt.html.contains("Secours populaire"))
            #expect(receipt.html.contains("prix solidaire"))
            #expect(receipt.html.contains("retiré et détruit") || receipt.html.contains("effacé et vérifié"))
        }
    }

    @Test("every form of the device page answers with a redirect; a done notice is shown only while the device is at the version its change made")
    func formsRedirect() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.readyDevice(in: workshop, client: client, priced: false)
            let read = try await Self.page(client, "/shop/\(tag)", in: workshop)
            let version = try #require(Self.hiddenValue("version", in: read.html))
            let seen = try #require(Self.hiddenValue("seen", in: read.html))

            let priced = try await Self.post(client, "/shop/\(tag)/price", ["grade": "B", "price": "130", "version": version, "seen": seen], in: workshop)
            #expect(priced.status == .seeOther)
            let pricedAt = try #require(priced.headers[.location])
            #expect(pricedAt.hasPrefix("/shop/\(tag)?done=priced&v="))
            let afterPrice = try await Self.page(client, pricedAt, in: workshop)
            #expect(afterPrice.html.contains("Note et prix enregistrés."))
            #expect(afterPrice.html.contains("id=\"make-ready\" autofocus"), "after the price, the next thing is putting it up for sale")

            let ready = try await Self.post(client, "/shop/\(tag)/ready", ["version": try #require(Self.hiddenValue("version", in: afterPrice.html))],
                                            in: workshop)
            #expect(ready.status == .seeOther)
            #expect(ready.headers[.location]?.hasPrefix("/shop/\(tag)?done=ready&v=") == true)
            // The price notice's address, visited again after the device moved on, says nothing any more.
            #expect(try await Self.page(client, pricedAt, in: workshop).html.contains("Note et prix enregistrés.") == false)

            // A form read before another change is a conflict: the page as it is now says what changed.
            let stale = try await Self.post(client, "/shop/\(tag)/price", ["grade": "A", "price": "150", "version": version, "seen": seen], in: workshop)
            #expect(stale.status == .seeOther)
            #expect(stale.headers[.location] == "/shop/\(tag)?since=\(seen)&conflict=1")
            let changed = try await Self.page(client, "/shop/\(tag)?since=\(seen)&conflict=1", in: workshop)
            #expect(changed.html.contains("Votre dernière action n&#39;a pas été enregistrée") || changed.html.contains("Votre dernière action n'a pas été enregistrée"))
            #expect(changed.html.contains("id=\"changed\""))
            #expect(changed.html.contains("Cet appareil a changé depuis que la page a été ouverte"))
            #expect(changed.html.contains("130,00"), "the price set in between is named")
            #expect(try workshop.database.device(tag: try AssetTag(parsing: tag))?.price == Money(cents: 13_000))

            // The refusal is shown to the one who posted it, not to another account.
            _ = try await Self.post(client, "/shop/\(tag)/price", ["grade": "B", "price": "-5"], in: workshop)
            #expect(try await Self.page(client, "/shop/\(tag)?refused=price", in: workshop).html.contains("price-error"))
            #expect(try await Self.page(client, "/shop/\(tag)?refused=price", as: .admin, in: workshop).html.contains("price-error") == false)
        }
    }

    @Test("a sale is recorded once: its confirmation posted twice, or posted without the version it was shown at, sells nothing more")
    func saleRecordedOnce() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.readyDevice(in: workshop, client: client)
            let assetTag = try AssetTag(parsing: tag)
            let read = try await Self.page(client, "/shop/\(tag)", in: workshop)
            // 130 € less 30 % is 91 €, rounded to the nearest 5 €: the page says so.
            // (Amounts are written with a no-break space before the euro sign.)
            #expect(read.html.contains("130,00\u{A0}€ moins 30 % font 91,00\u{A0}€, arrondi au multiple de 5,00\u{A0}€ le plus proche : 90,00\u{A0}€."))
            // Who referred the buyer is required for the solidarity price: a referral code, or a partner's name.
            #expect(read.html.contains("<span class=\"required\">(obligatoire pour le prix solidaire)</span></legend>"))
            let chosen = try await Self.post(client, "/shop/\(tag)/sale",
                                             ["kind": "solidarity", "partner": "Secours + populaire",
                                              "version": try #require(Self.hiddenValue("version", in: read.html)),
                                              "seen": try #require(Self.hiddenValue("seen", in: read.html))], in: workshop)
            let confirmAt = try #require(chosen.headers[.location])
            let confirm = try await Self.page(client, confirmAt, in: workshop)
            #expect(confirm.html.contains("id=\"confirm-sale\" autofocus"))
            #expect(confirm.html.contains("<strong id=\"confirm-partner\">Secours + populaire</strong>"))
            let fields = ["kind": "solidarity", "partner": "Secours + populaire", "confirm": "1",
                          "priceCents": try #require(Self.hiddenValue("priceCents", in: confirm.html)),
                          "version": try #require(Self.hiddenValue("version", in: confirm.html)),
                          "seen": try #require(Self.hiddenValue("seen", in: confirm.html))]

            let withoutVersion = try await Self.post(client, "/shop/\(tag)/sale", fields.filter { $0.key != "version" }, in: workshop)
            #expect(withoutVersion.headers[.location] == "/shop/\(tag)?refused=sale")
            #expect(try workshop.database.device(tag: assetTag)?.stage == .ready)

            let sold = try await Self.post(client, "/shop/\(tag)/sale", fields, in: workshop)
            #expect(sold.headers[.location]?.hasPrefix("/shop/\(tag)/receipt?done=sold") == true)
            let again = try await Self.post(client, "/shop/\(tag)/sale", fields, in: workshop)
            #expect(again.status == .seeOther)
            #expect(again.headers[.location] == "/shop/\(tag)?since=\(fields["seen"]!)&conflict=1")
            let sales = try workshop.database.history(of: assetTag).filter { if case .sold = $0.change { true } else { false } }
            #expect(sales.count == 1)
            #expect(sales.first?.change == .sold(price: Money(cents: 9_000), kind: .solidarity, partner: "Secours + populaire"))

            // Back to the confirmation's address after the sale: no confirmation, the sale and its receipt.
            let back = try await Self.page(client, confirmAt, in: workshop)
            #expect(back.html.contains("confirm-sale") == false)
            #expect(back.html.contains("id=\"open-receipt\""))
            #expect(back.html.contains("id=\"changed\""), "what changed since the sale was chosen: the sale itself")
            let receipt = try await Self.page(client, try #require(sold.headers[.location]), in: workshop)
            #expect(receipt.html.contains("Vente enregistrée."))
            #expect(try await Self.page(client, "/shop/\(tag)/receipt?done=sold&v=1", in: workshop).html.contains("Vente enregistrée.") == false)
        }
    }

    @Test("a labelled price far from the suggestion is flagged beside the sale")
    func largeGap() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.readyDevice(in: workshop, client: client)
            #expect(try await Self.page(client, "/shop/\(tag)", in: workshop).html.contains("price-gap") == false)
            #expect(try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"B","priceCents":130000}"#).status == .ok)
            let page = try await Self.page(client, "/shop/\(tag)?lang=en", in: workshop)
            #expect(page.html.contains("id=\"price-gap\""))
            #expect(page.html.contains("Large gap: the labelled price (€1,300.00) is"), "\(page.html)")
        }
    }

    @Test("no receipt for a device not sold; the rules' page for admins only, refusing what it cannot read")
    func receiptAndRulesPage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await Self.device(in: workshop, client: client, report: false)
            let receipt = try await Self.page(client, "/shop/\(tag)/receipt", in: workshop)
            #expect(receipt.status == .conflict)
            #expect(receipt.html.contains("n'est pas vendu") || receipt.html.contains("n&#39;est pas vendu"))

            #expect(try await Self.page(client, "/shop/pricing", as: .shop, in: workshop).status == .forbidden)
            let rulesPage = try await Self.page(client, "/shop/pricing", as: .admin, in: workshop)
            #expect(rulesPage.status == .ok)
            #expect(rulesPage.html.contains("name=\"base.laptop\" value=\"120\""))

            var fields = PricingRulesForm.fields(from: .shipped, in: .fr)
            fields["base.laptop"] = "abc"
            fields["solidarity"] = "95"
            let posted = try await Self.post(client, "/shop/pricing", fields, as: .admin, in: workshop)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "/shop/pricing?refused=rules")
            let refused = try await Self.page(client, "/shop/pricing?refused=rules", as: .admin, in: workshop)
            #expect(refused.html.contains("« abc » n&#39;est pas un montant lisible") || refused.html.contains("« abc » n'est pas un montant lisible"))
            #expect(refused.html.contains("value=\"abc\""), "what was typed comes back")
            #expect(try workshop.database.savedPricingRules().savedAt == nil)

            fields["base.laptop"] = "135,50"
            fields["solidarity"] = "35"
            fields["ramGiB.from.4"] = "32"
            fields["ramGiB.cents.4"] = "+60"
            fields["cpu.basic"] = "−25"
            let saved = try await Self.post(client, "/shop/pricing", fields, as: .admin, in: workshop)
            #expect(saved.status == .seeOther, "\(saved.html)")
            let rules = try workshop.database.pricingRules()
            #expect(rules.baseCents["laptop"] == 13_550)
            #expect(rules.solidarityPercent == 35)
            #expect(rules.ramGiB.last == PriceTier(from: 32, cents: 6_000))
            #expect(rules.cpu.basicCents == -2_500)
            #expect(try await Self.post(client, "/shop/pricing", ["reset": "1"], as: .admin, in: workshop).status == .seeOther)
            #expect(try workshop.database.pricingRules() == .shipped)
        }
    }

    // MARK: - Helpers

    /// A laptop taken in, with the laptop's real report when `report`.
    static func device(in workshop: TestWorkshop, client: some TestClientProtocol, report: Bool) async throws -> String {
        let lot = try await client.call(.post, "/api/lots", as: .intake, in: workshop, json: #"{"donor":"Mairie de Rennes"}"#)
        let code = try #require(lot.json["code"] as? String)
        let intake = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: #"{"lot":"\#(code)","category":"laptop"}"#)
        let tag = try #require(intake.json["assetTag"] as? String)
        if report {
            let sent = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop,
                                             json: String(decoding: LaptopReport.json, as: UTF8.self))
            #expect(sent.status == .created, "\(sent.json)")
        }
        return tag
    }

    /// A laptop with its report, its first drive erased (a signed certificate) and the others destroyed,
    /// wiped, its tests passed, and, when `priced`, graded B at 130 € and ready for sale.
    static func readyDevice(in workshop: TestWorkshop, client: some TestClientProtocol, priced: Bool = true) async throws -> String {
        let tag = try await device(in: workshop, client: client, report: true)
        let certificates = CertificateFactory()
        #expect(try await client.call(.post, "/api/station-keys", as: .admin, in: workshop,
                                      json: json(["name": "banc-\(UUID().uuidString.prefix(6))", "publicKey": certificates.publicKeyPEM])).status == .created)
        for (index, drive) in LaptopReport.drives.enumerated() {
            if index == 0 {
                let sent = try await client.call(.post, "/api/devices/\(tag)/erasures", as: .technician, in: workshop,
                                                 json: String(decoding: try certificates.signed(assetTag: tag, driveSerial: drive.serialNumber,
                                                                                                devicePath: drive.devicePath), as: UTF8.self))
                #expect(sent.status == .created, "\(sent.json)")
            } else {
                let destroyed = try await client.call(.post, "/api/devices/\(tag)/storage/destroyed", as: .technician, in: workshop,
                                                      json: json(["storage": LaptopReport.driveKeys[index]]))
                #expect(destroyed.status == .created, "\(destroyed.json)")
            }
        }
        for stage in ["diagnosed", "wiped"] {
            let moved = try await client.call(.post, "/api/devices/\(tag)/moves", as: .technician, in: workshop, json: #"{"to":"\#(stage)"}"#)
            #expect(moved.status == .ok, "\(moved.json)")
        }
        try await PassedTests.record(tag, client, workshop)
        if priced {
            #expect(try await client.call(.put, "/api/devices/\(tag)/price", as: .shop, in: workshop,
                                          json: #"{"grade":"B","priceCents":13000}"#).status == .ok)
            #expect(try await client.call(.post, "/api/devices/\(tag)/moves", as: .shop, in: workshop, json: #"{"to":"ready"}"#).status == .ok)
        }
        return tag
    }

    static func page(_ client: some TestClientProtocol, _ uri: String, as role: Role = .shop,
                     in workshop: TestWorkshop) async throws -> (status: HTTPResponse.Status, html: String, headers: HTTPFields) {
        var headers = workshop.headers(role, json: false)
        headers[.accept] = "text/html"
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [String: String], as role: Role = .shop,
                     in workshop: TestWorkshop) async throws -> (status: HTTPResponse.Status, html: String, headers: HTTPFields) {
        var headers = workshop.headers(role, json: false)
        headers[.accept] = "text/html"
        headers[.contentType] = "application/x-www-form-urlencoded"
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    /// A form post of the shop's pages, followed as a browser does: its answer must be a redirect
    /// (POST/redirect/GET), and the page it leads to (with `query` added, e.g. "lang=en") is returned.
    static func posted(_ client: some TestClientProtocol, _ uri: String, _ fields: [String: String], as role: Role = .shop,
                       in workshop: TestWorkshop, query: String? = nil) async throws -> (status: HTTPResponse.Status, html: String, headers: HTTPFields) {
        let answer = try await post(client, uri, fields, as: role, in: workshop)
        #expect(answer.status == .seeOther, "a form post answers with a redirect, not \(answer.status)")
        let location = try #require(answer.headers[.location])
        let next = query.map { location + (location.contains("?") ? "&" : "?") + $0 } ?? location
        return try await page(client, next, as: role, in: workshop)
    }

    /// The value of the hidden field `name` in a page's form.
    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}
