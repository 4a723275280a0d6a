import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The register of second-hand goods from the API and the office: past days sealed when it is exported,
/// today's lines live, the sale with its payment, ranges checked in French and English.
@Suite("Register of second-hand goods")
struct RegisterRouteTests {
    static var today: CivilDay { CivilDay(WorkshopClock.today())! }

    static func get(_ client: some TestClientProtocol, _ uri: String, as role: Role = .admin,
                    in workshop: TestWorkshop) async throws -> (status: HTTPResponse.Status, body: String, type: String?) {
        try await client.execute(uri: uri, method: .get, headers: workshop.headers(role, json: false)) { response in
            (response.status, String(buffer: response.body), response.headers[.contentType])
        }
    }

    @Test("a device given yesterday is sealed on export; today's sale by card is there live with its payment; the PDF comes")
    func exportSealsPastDays() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let actor = Actor(user: "admin", station: "tests")
            let lot = try workshop.database.openLot(LotInput(donorName: "Durand SARL", declaredCount: 1), receivedOn: Self.today.adding(days: -1).text,
                                                    actor: actor, at: Date().addingTimeInterval(-86_400))
            let given = try workshop.database.intake(IntakeInput(lot: lot.code.text, category: "laptop", serial: "SN-YESTERDAY"),
                                                     actor: actor, at: Date().addingTimeInterval(-86_400))
            let tag = try await ShopRouteTests.readyDevice(in: workshop, client: client)
            #expect(try await client.call(.post, "/api/devices/\(tag)/sale", as: .shop, in: workshop, json: #"{"payment":"card"}"#).status == .ok)
            let serial = try #require(try workshop.database.device(tag: AssetTag(parsing: tag))?.serial?.text)

            let range = "from=\(Self.today.adding(days: -3).text)&to=\(Self.today.text)"
            let csv = try await Self.get(client, "/api/register?\(range)&format=csv", in: workshop)
            #expect(csv.status == .ok && csv.type == "text/csv; charset=utf-8", "\(csv.body)")
            let rows = csv.body.split(separator: "\r\n").map(String.init)
            #expect(rows.first?.hasPrefix("numero,jour,heure,mouvement,nature,inventaire,objet,numero_de_serie,provenance") == true)
            let sealed = try #require(rows.first { $0.contains(given.assetTag.text) })
            #expect(sealed.hasPrefix("1,") && sealed.contains("SN-YESTERDAY") && sealed.contains("don (gratuit)")
                    && sealed.contains("Durand SARL") && sealed.contains("scellée ("), "\(sealed)")
            let sale = try #require(rows.first { $0.contains(tag) && $0.contains(",sortie,") })
            #expect(sale.contains("vente") && sale.contains("carte bancaire") && sale.contains(serial)
                    && sale.contains("journée en cours, non scellée"), "\(sale)")
            #expect(rows.contains { $0.contains(tag) && $0.contains(",entrée,don (gratuit),") })
            #expect(FileManager.default.fileExists(atPath: workshop.directory + "/journal-key"))
            #expect(try workshop.database.verifyRegister(publicKey: nil).isIntact)
            #expect(try workshop.database.registerSeals().count == 1)

            let pdf = try await client.execute(uri: "/api/register?\(range)&format=pdf", method: .get, headers: workshop.headers(.admin)) { response in
                (response.status, Array(String(buffer: response.body).utf8.prefix(5)), response.headers[.contentType])
            }
            #expect(pdf.0 == .ok && pdf.1 == Array("%PDF-".utf8) && pdf.2 == "application/pdf")

            let page = try await ShopRouteTests.page(client, "/office/register?\(range)", as: .admin, in: workshop)
            #expect(page.status == .ok && page.html.contains("SN-YESTERDAY") && page.html.contains(serial))
            #expect(page.html.contains("journée en cours, non scellée") && page.html.contains("id=\"register-csv\""))
        }
    }

    @Test("a range backwards, too long, malformed, or an unknown format is a 422 that says why; the shop may not export")
    func rangesAreChecked() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let backwards = try await client.call(.get, "/api/register?from=2026-11-30&to=2026-11-01", as: .admin, in: workshop)
            #expect(backwards.status == .unprocessableContent)
            #expect((backwards.json["detail"] as? String)?.contains("Le premier jour (2026-11-30) est après le dernier (2026-11-01)") == true,
                    "\(backwards.json)")
            let english = try await client.call(.get, "/api/register?from=2026-11-30&to=2026-11-01&lang=en", as: .admin, in: workshop)
            #expect((english.json["detail"] as? String)?.contains("is after the last one") == true, "\(english.json)")
            let long = try await client.call(.get, "/api/register?from=2025-01-01&to=2026-01-02", as: .admin, in: workshop)
            #expect(long.status == .unprocessableContent && (long.json["detail"] as? String)?.contains("367 jours") == true, "\(long.json)")
            let year = try await Self.get(client, "/api/register?from=2024-01-01&to=2024-12-31", in: workshop)
            #expect(year.status == .ok)
            let malformed = try await client.call(.get, "/api/register?from=28/11/2026&to=2026-11-30", as: .admin, in: workshop)
            #expect(malformed.status == .unprocessableContent && (malformed.json["detail"] as? String)?.contains("AAAA-MM-JJ") == true)
            let missing = try await client.call(.get, "/api/register", as: .admin, in: workshop)
            #expect(missing.status == .unprocessableContent)
            let format = try await client.call(.get, "/api/register?from=2026-11-01&to=2026-11-02&format=xls", as: .admin, in: workshop)
            #expect(format.status == .unprocessableContent && (format.json["detail"] as? String)?.contains("csv ou pdf") == true)
            #expect(try await client.call(.get, "/api/register?from=2026-11-01&to=2026-11-02", as: .shop, in: workshop).status == .forbidden)

            let page = try await ShopRouteTests.page(client, "/office/register?from=2026-11-30&to=2026-11-01", as: .admin, in: workshop)
            #expect(page.status == .unprocessableContent && page.html.contains("est après le dernier"))
            #expect(try await ShopRouteTests.page(client, "/office/register", as: .shop, in: workshop).status == .forbidden)
        }
    }
}
