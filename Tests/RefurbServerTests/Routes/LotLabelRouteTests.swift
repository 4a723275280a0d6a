import Foundation
import HTTPTypes
import Hummingbird
import Labels
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// A lot's label for the pallet (issue 13, item 13): the lot code as a barcode, printed on the default printer from
/// intake, the office or the API, on the lot label made for the roll the printer's asset tags are on; scanning the
/// code opens the lot at intake.
@Suite("Lot labels")
struct LotLabelRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    static func lot(in workshop: TestWorkshop) throws -> LotCode {
        try workshop.database.openLot(try LotInput(donorName: "Mairie de Rennes", declaredCount: 12), receivedOn: "2026-11-28",
                                      actor: setup, at: Date()).code
    }

    func contents(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test("POST /api/lots/{code}/label/print: on the default printer's roll, in its language; none is a 409, an unknown lot a 404")
    func api() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let code = try Self.lot(in: workshop)
        let brother = workshop.printersDirectory + "/brother.bin", zebra = workshop.printersDirectory + "/zebra.bin"
        try await workshop.application.test(.router) { client in
            let path = "/api/lots/\(code.text)/label/print"
            #expect(try await client.call(.post, path, as: .intake, in: workshop).status == .conflict, "no printer yet")
            #expect(try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                          json: #"{"uri":"file:\#(brother)","format":"brother:QL-700","template":"asset-tag-29"}"#).status == .ok)
            #expect(try await client.call(.put, "/api/printers/zebra", as: .admin, in: workshop,
                                          json: #"{"uri":"file:\#(zebra)","format":"zpl"}"#).status == .ok)

            let printed = try await client.call(.post, path, as: .intake, in: workshop)
            #expect(printed.status == .ok, "\(printed.json)")
            #expect(printed.json["template"] as? String == "lot-29", "the lot label of the roll the asset tags are on")
            #expect(printed.json["printer"] as? String == "accueil")
            #expect(contents(brother).count > 1000, "a Brother raster job")

            let named = try await client.call(.post, path, as: .shop, in: workshop, json: #"{"printer":"zebra"}"#)
            #expect(named.status == .ok, "\(named.json)")
            #expect(named.json["template"] as? String == "zebra-lot-2x1")
            let job = String(decoding: contents(zebra), as: UTF8.self)
            #expect(job.contains("^XA") && job.contains(code.text), "a ZPL job whose barcode is the lot code")

            #expect(try await client.call(.post, "/api/lots/LOT-2026-9999/label/print", as: .intake, in: workshop).status == .notFound)
            #expect(try await client.call(.post, path, as: nil, in: workshop).status == .unauthorized)
        }
        // The lot labels are never offered as a printer's asset-tag label.
        let choices = PrinterLabels(library: LabelTemplateLibrary(directory: URL(fileURLWithPath: TestWorkshop.repositoryRoot + "/Labels")), language: .fr).assetTagChoices(format: nil).map(\.value)
        #expect(!choices.isEmpty && !choices.contains { $0.contains("lot") })
    }

    @Test("intake and the office print it with a button (POST, then redirect); a refusal is said on the page")
    func pages() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let code = try Self.lot(in: workshop)
        let brother = workshop.printersDirectory + "/brother.bin"
        try await workshop.application.test(.router) { client in
            let intake = try await BenchRouteTests.page("/intake?lot=\(code.text)", as: .intake, client, workshop)
            #expect(intake.html.contains("action=\"/intake/lots/\(code.text)/label\""))
            #expect(intake.text.contains("Imprimer l'étiquette du lot"))

            let refused = try await Self.form("/intake/lots/\(code.text)/label", as: .intake, client, workshop)
            #expect(refused.status == .conflict, "no printer: the page says so")
            #expect(refused.text.contains("Bureau › Imprimantes"))

            #expect(try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                          json: #"{"uri":"file:\#(brother)","format":"brother:QL-700"}"#).status == .ok)
            let printed = try await Self.form("/intake/lots/\(code.text)/label", as: .intake, client, workshop)
            #expect(printed.status == .seeOther)
            #expect(printed.headers[.location] == "/intake?lot=\(code.text)&done=lot-label")
            let after = try await BenchRouteTests.page("/intake?lot=\(code.text)&done=lot-label", as: .intake, client, workshop)
            #expect(after.text.contains("Étiquette du lot \(code.text) imprimée"))
            #expect(contents(brother).count > 1000)
            try FileManager.default.removeItem(atPath: brother)

            let office = try await BenchRouteTests.page("/office/lots/\(code.text)", as: .admin, client, workshop)
            #expect(office.html.contains("action=\"/office/lots/\(code.text)/label\""))
            let fromOffice = try await Self.form("/office/lots/\(code.text)/label", as: .admin, client, workshop)
            #expect(fromOffice.status == .seeOther)
            #expect(fromOffice.headers[.location] == "/office/lots/\(code.text)?label=printed#lot-label")
            #expect(contents(brother).count > 1000, "a second job in the printer")
            let english = try await BenchRouteTests.page("/office/lots/\(code.text)?label=printed&lang=en", as: .admin, client, workshop)
            #expect(english.text.contains("The lot's label was printed."))

            // Scanning the pallet's barcode opens the lot at intake.
            let scanned = try await client.call(.get, "/api/scan/\(code.text)", as: .intake, in: workshop)
            #expect(scanned.status == .ok)
            #expect(scanned.json["kind"] as? String == "lot", "\(scanned.json)")
        }
    }

    @Test("a service without its label templates says so in a page's words, not with the command line's option")
    func noTemplates() {
        for language in [Language.fr, .en] {
            let text = ServerMessages.catalog.text(for: Message("api.label.noTemplates"), in: language)
            #expect(!text.contains("--") && !text.contains("api.label"), "\(text)")
        }
    }

    /// Posts an empty form as the role's browser would.
    static func form(_ uri: String, as role: Role, _ client: some TestClientProtocol, _ workshop: TestWorkshop) async throws -> BenchRouteTests.Page {
        var headers = workshop.headers(role, json: false)
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers[.accept] = "text/html"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: "")) { response in
            BenchRouteTests.Page(status: response.status, html: String(buffer: response.body), headers: response.headers)
        }
    }
}
