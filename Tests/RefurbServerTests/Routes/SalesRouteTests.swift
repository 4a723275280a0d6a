import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Receipts carry what the law asks, invoices are made for associations, and a return goes received →
/// diagnosed → settled with the guarantee's dates following it; from the API and from the pages.
@Suite("Receipts, invoices and returns")
struct SalesRouteTests {
    static func today(plusMonths months: Int = 0) -> String {
        CivilDay(WorkshopClock.today())!.adding(months: months).text
    }

    static func frenchDay(plusMonths months: Int) -> String {
        CivilDay(WorkshopClock.today())!.adding(months: months).shown(in: .fr)
    }

    @Test("the receipt's API, PDF and invoice: number, guarantee dates, one invoice per sale, a SIRET checked")
    func receiptAndInvoice() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            #expect(try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop, json: #"{"payment":"card"}"#).status == .ok)
            let receipt = try await client.call(.get, "/api/receipts/000001", as: .shop, in: workshop)
            #expect(receipt.status == .ok, "\(receipt.json)")
            #expect(receipt.json["number"] as? String == "000001" && receipt.json["payment"] as? String == "card")
            let line = try #require((receipt.json["lines"] as? [[String: Any]])?.first)
            #expect(line["assetTag"] as? String == tag)
            #expect(line["guaranteeEnds"] as? String == Self.today(plusMonths: 24))
            #expect(line["presumptionEnds"] as? String == Self.today(plusMonths: 12))

            let pdf = try await client.execute(uri: "/api/receipts/1/pdf", method: .get, headers: workshop.headers(.shop)) { response in
                (response.status, Array(String(buffer: response.body).utf8.prefix(5)), response.headers[.contentType])
            }
            #expect(pdf.0 == .ok && pdf.1 == Array("%PDF-".utf8) && pdf.2 == "application/pdf")

            let badSiret = try await client.call(.post, "/api/receipts/000001/invoice", as: .shop, in: workshop,
                                                 json: #"{"buyerName":"Le Lien","buyerSiret":"123"}"#)
            #expect(badSiret.status == .unprocessableContent, "\(badSiret.json)")
            let invoice = try await client.call(.post, "/api/receipts/000001/invoice", as: .shop, in: workshop,
                                                json: #"{"buyerName":"Association Le Lien","buyerAddress":"3 rue Haute\n35000 Rennes","buyerSiret":"732 829 320 00074"}"#)
            #expect(invoice.status == .created, "\(invoice.json)")
            #expect(invoice.json["number"] as? String == "000001" && invoice.json["buyerSiret"] as? String == "73282932000074")
            let again = try await client.call(.post, "/api/receipts/000001/invoice", as: .shop, in: workshop, json: #"{"buyerName":"Autre"}"#)
            #expect(again.status == .conflict)
            let invoicePDF = try await client.execute(uri: "/api/receipts/000001/invoice/pdf", method: .get, headers: workshop.headers(.shop)) { $0.status }
            #expect(invoicePDF == .ok)
            #expect(try await client.call(.get, "/api/receipts/000009", as: .shop, in: workshop).status == .notFound)
        }
    }

    @Test("the receipt page carries the number, the payment, the guarantee's end and the presumption's, the mention in French and English, and the margin scheme once set")
    func receiptPage() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            #expect(try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop, json: #"{"payment":"cash"}"#).status == .ok)
            let before = try await ShopRouteTests.page(client, "/shop/\(tag)/receipt", in: workshop)
            #expect(before.html.contains("id=\"receipt-number\">000001<"))
            #expect(before.html.contains("espèces"))
            #expect(before.html.contains("Garantie légale de conformité jusqu&#39;au \(Self.frenchDay(plusMonths: 24))")
                    || before.html.contains("Garantie légale de conformité jusqu'au \(Self.frenchDay(plusMonths: 24))"))
            #expect(before.html.contains(Self.frenchDay(plusMonths: 12)))
            #expect(before.html.contains("D. 211-7 du Code de la consommation") && before.html.contains("article D. 211-7 of the Consumer Code"))
            #expect(!before.html.contains("Régime particulier"))
            #expect(before.html.contains("id=\"invoice-form\""))

            #expect(try await client.call(.put, "/api/sale-settings", as: .admin, in: workshop, json: #"{"marginScheme":true}"#).status == .ok)
            #expect(try await client.call(.put, "/api/sale-settings", as: .shop, in: workshop, json: #"{"marginScheme":false}"#).status == .forbidden)
            let policy = try await client.call(.post, "/api/warranty-policies", as: .admin, in: workshop,
                                               json: #"{"category":"laptop","months":6,"from":"2020-01-01"}"#)
            #expect(policy.status == .created, "\(policy.json)")
            let after = try await ShopRouteTests.page(client, "/shop/\(tag)/receipt", in: workshop)
            #expect(after.html.contains("Régime particulier – Biens d"))
            #expect(after.html.contains("Garantie commerciale de l") && after.html.contains(Self.frenchDay(plusMonths: 6)))

            let invoiced = try await ShopRouteTests.posted(client, "/shop/\(tag)/invoice", ["buyerName": "Association Le Lien", "buyerAddress": "",
                                                                                          "buyerSiret": ""], in: workshop)
            #expect(invoiced.html.contains("Facture n° 000001 faite."))
            #expect(invoiced.html.contains("/shop/\(tag)/invoice.pdf"))
            let refused = try await ShopRouteTests.post(client, "/shop/\(tag)/invoice", ["buyerName": "Autre"], in: workshop)
            #expect(refused.status == .conflict && refused.html.contains("id=\"invoice-error\">Cette vente a déjà sa facture, n° 000001"),
                    "\(refused.html.components(separatedBy: "<main").last ?? "")")
        }
    }

    @Test("a return from the receipt's number: received, refused an outcome before its diagnosis, diagnosed, repaired with six more months")
    func repairedReturn() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            #expect(try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop).status == .ok)
            let opened = try await client.call(.post, "/api/returns", as: .shop, in: workshop,
                                               json: #"{"scan":"000001","complaint":"L'écran clignote"}"#)
            #expect(opened.status == .created, "\(opened.json)")
            #expect(opened.json["state"] as? String == "received" && opened.json["daysLeft"] as? Int == 30)
            #expect(opened.json["answerDue"] as? String == CivilDay(WorkshopClock.today())!.adding(days: 30).text)
            #expect(try workshop.database.device(tag: AssetTag(parsing: tag))?.stage == .received)
            let early = try await client.call(.post, "/api/returns/000001/outcome", as: .shop, in: workshop, json: #"{"outcome":"repaired"}"#)
            #expect(early.status == .conflict, "\(early.json)")
            #expect(try await client.call(.post, "/api/returns/000001/diagnosis", as: .technician, in: workshop,
                                          json: #"{"diagnosis":"Nappe desserrée"}"#).status == .ok)
            let unknown = try await client.call(.post, "/api/returns/000001/outcome", as: .shop, in: workshop, json: #"{"outcome":"magic"}"#)
            #expect(unknown.status == .unprocessableContent)
            let repaired = try await client.call(.post, "/api/returns/000001/outcome", as: .shop, in: workshop, json: #"{"outcome":"repaired"}"#)
            #expect(repaired.status == .ok, "\(repaired.json)")
            #expect(repaired.json["guaranteeEnds"] as? String == Self.today(plusMonths: 30))
            #expect(try workshop.database.device(tag: AssetTag(parsing: tag))?.stage == .sold)
            let statistics = try await client.call(.get, "/api/return-statistics", as: .shop, in: workshop)
            #expect((statistics.json["byGrade"] as? [[String: Any]])?.first?["returned"] as? Int == 1)
            #expect(try await ShopRouteTests.page(client, "/office/returns", in: workshop).status == .ok)
            #expect(try await ShopRouteTests.page(client, "/office/sales", as: .admin, in: workshop).status == .ok)
        }
    }

    @Test("the returns desk: a scanned tag opens the return and leads to its page, where the countdown and the steps are")
    func returnsDesk() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            #expect(try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop).status == .ok)
            let notSold = try await ShopRouteTests.post(client, "/shop/returns", ["scan": "000002", "complaint": "x"], in: workshop)
            #expect(notSold.status == .notFound && notSold.html.contains("Aucun reçu n° 000002"), "\(notSold.html.components(separatedBy: "<main").last ?? "")")
            let opened = try await ShopRouteTests.posted(client, "/shop/returns", ["scan": tag, "complaint": "Batterie"], in: workshop)
            #expect(opened.html.contains("Retour n° 000001 enregistré"))
            #expect(opened.html.contains("30 jours restants"))
            #expect(opened.html.contains("id=\"return-diagnosis-form\""))
            // The technician records what the bench found; settling is the shop's.
            let bench = try await ShopRouteTests.posted(client, "/shop/returns/000001/diagnosis", ["diagnosis": "Batterie à 40 %"],
                                                        as: .technician, in: workshop)
            #expect(bench.html.contains("Diagnostic enregistré.") && !bench.html.contains("id=\"return-outcome-form\""))
            #expect(try await ShopRouteTests.post(client, "/shop/returns", ["scan": tag, "complaint": "x"], as: .technician, in: workshop).status == .forbidden)
            let diagnosed = try await ShopRouteTests.page(client, "/shop/returns/000001", in: workshop)
            #expect(diagnosed.html.contains("id=\"return-outcome-form\""))
            let noReason = try await ShopRouteTests.post(client, "/shop/returns/000001/outcome", ["outcome": "rejected"], in: workshop)
            #expect(noReason.status == .unprocessableContent && noReason.html.contains("Un refus doit dire pourquoi"))
            let settled = try await ShopRouteTests.posted(client, "/shop/returns/000001/outcome", ["outcome": "refunded", "amount": "50"], in: workshop)
            #expect(settled.html.contains("Retour réglé.") && settled.html.contains("journal des ventes"))
            let desk = try await ShopRouteTests.page(client, "/shop/returns", in: workshop)
            #expect(desk.html.contains("Aucun retour en cours.") && desk.html.contains("/shop/returns/000001"))
        }
    }
}
