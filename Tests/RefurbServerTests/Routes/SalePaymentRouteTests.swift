import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// How a sale was paid reaches the sales journal, from the API and from the shop's confirmation form, so
/// that the daily closure totals each method; an unknown method sells nothing.
@Suite("How a sale was paid")
struct SalePaymentRouteTests {
    static func journaledPayments(_ workshop: TestWorkshop) throws -> [PaymentMethod] {
        try workshop.database.journalLines(from: Date(timeIntervalSince1970: 0), to: Date().addingTimeInterval(3600)).map(\.entry.payment)
    }

    @Test("the API's payment is journaled; left out it is « non précisé »; an unknown one is a 422 that lists them and sells nothing")
    func throughTheAPI() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let refusedTag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            let refused = try await client.call(.post, "/api/devices/\(refusedTag)/sale", as: .shop, in: workshop,
                                                json: #"{"payment":"bitcoin"}"#, extraHeaders: [.acceptLanguage: "fr"])
            #expect(refused.status == .unprocessableContent, "\(refused.json)")
            #expect((refused.json["detail"] as? String)?.contains("cash, card, cheque, transfer") == true, "\(refused.json)")
            #expect(try workshop.database.device(tag: AssetTag(parsing: refusedTag))?.stage == .ready)

            let card = try await client.call(.post, "/api/devices/\(refusedTag)/sale", as: .shop, in: workshop, json: #"{"payment":"card"}"#)
            #expect(card.status == .ok, "\(card.json)")
        }
        #expect(try Self.journaledPayments(workshop) == [.card])

        let another = try TestWorkshop()
        try await another.application.test(.router) { client in
            let unsaid = try await ShopRouteTests.readyDevice(in: another, client: client)
            #expect(try await client.call(.post, "/api/devices/\(unsaid)/sale", as: .shop, in: another).status == .ok)
        }
        #expect(try Self.journaledPayments(another) == [.unspecified])
    }

    @Test("the shop's confirmation asks how the buyer paid, and the chosen method is journaled")
    func throughTheShopForm() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            let read = try await ShopRouteTests.page(client, "/shop/\(tag)", in: workshop)
            let chosen = try await ShopRouteTests.post(client, "/shop/\(tag)/sale",
                                                       ["kind": "public", "version": try #require(ShopRouteTests.hiddenValue("version", in: read.html)),
                                                        "seen": try #require(ShopRouteTests.hiddenValue("seen", in: read.html))], in: workshop)
            let confirm = try await ShopRouteTests.page(client, try #require(chosen.headers[.location]), in: workshop)
            #expect(confirm.html.contains("<label for=\"sale-payment\">Payé en</label>"))
            #expect(confirm.html.contains("<option value=\"cash\">espèces</option>"))
            _ = try await ShopRouteTests.posted(client, "/shop/\(tag)/sale",
                                                ["kind": "public", "confirm": "1", "payment": "cash",
                                                 "priceCents": try #require(ShopRouteTests.hiddenValue("priceCents", in: confirm.html)),
                                                 "version": try #require(ShopRouteTests.hiddenValue("version", in: confirm.html)),
                                                 "seen": try #require(ShopRouteTests.hiddenValue("seen", in: confirm.html))], in: workshop)
        }
        #expect(try Self.journaledPayments(workshop) == [.cash])
    }
}
