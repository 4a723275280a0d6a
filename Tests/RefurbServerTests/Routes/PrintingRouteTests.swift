import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Labels print with nothing set in the browser: the default printer, in the language and on the label the
/// office gave it. Each print is kept beside the device; the office prints a test page; intake asks what to do
/// when there is no printer, and offers the labels not printed yet.
@Suite("Printing with the office's printer settings")
struct PrintingRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    static func devices(_ count: Int, in workshop: TestWorkshop) throws -> (LotCode, [Device]) {
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: setup, at: Date())
        let devices = try (1...count).map { index in
            try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "PRINT-\(index)00"), actor: setup, at: Date())
        }
        return (lot.code, devices)
    }

    func bytes(_ path: String) -> Int { FileManager.default.contents(atPath: path)?.count ?? 0 }

    @Test("an empty print request goes to the default printer, in its language, on its label, and is kept beside the device")
    func printsWithNoSettings() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let (_, devices) = try Self.devices(1, in: workshop)
        let tag = devices[0].assetTag.text
        let brother = workshop.printersDirectory + "/brother.bin", zebra = workshop.printersDirectory + "/zebra.bin"
        try await workshop.application.test(.router) { client in
            let noPrinter = try await client.call(.post, "/api/devices/\(tag)/label/print", as: .intake, in: workshop,
                                                  extraHeaders: [.acceptLanguage: "fr"])
            #expect(noPrinter.status == .conflict)
            #expect((noPrinter.json["detail"] as? String)?.contains("Bureau › Imprimantes") == true, "\(noPrinter.json)")

            let saved = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                              json: #"{"uri":"file:\#(brother)","format":"brother:QL-700","template":"asset-tag-29"}"#)
            #expect(saved.status == .ok, "\(saved.json)")
            #expect(saved.json["default"] as? Bool == true, "the first printer is the default")
            #expect(saved.json["format"] as? String == "brother:QL-700")
            #expect(try await client.call(.put, "/api/printers/zebra", as: .admin, in: workshop,
                                          json: #"{"uri":"file:\#(zebra)","format":"zpl"}"#).status == .ok)

            let printed = try await client.call(.post, "/api/devices/\(tag)/label/print", as: .intake, in: workshop)
            #expect(printed.status == .ok, "\(printed.json)")
            #expect(printed.json["printer"] as? String == "accueil")
            #expect(printed.json["template"] as? String == "asset-tag-29")
            #expect(printed.json["printedAt"] is String)
            #expect(bytes(brother) > 1000, "a Brother raster job")
            #expect(bytes(zebra) == 0)

            // The zebra named, in its own language and on its own label.
            let named = try await client.call(.post, "/api/devices/\(tag)/label/print", as: .intake, in: workshop, json: #"{"printer":"zebra"}"#)
            #expect(named.status == .ok, "\(named.json)")
            #expect(named.json["template"] as? String == "zebra-asset-tag-2x1")
            let job = String(decoding: FileManager.default.contents(atPath: zebra) ?? Data(), as: UTF8.self)
            #expect(job.contains("^XA") && job.contains(tag), "a ZPL job with the tag")

            let labels = try await client.execute(uri: "/api/devices/\(tag)/labels", method: .get, headers: workshop.headers(.intake)) { response in
                (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? []
            }
            #expect(labels.count == 1)
            #expect(labels.first?["printer"] as? String == "zebra")
            #expect(labels.first?["kind"] as? String == "asset-tag")
        }
        #expect(try workshop.database.device(tag: devices[0].assetTag)?.version == devices[0].version, "a print is not a change")
    }

    @Test("a printer's language and label are checked; a client that only sends the address keeps them")
    func printerSettingsChecked() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let png = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                            json: #"{"uri":"tcp://192.0.2.10:9100","format":"png"}"#, extraHeaders: [.acceptLanguage: "en"])
            #expect(png.status == .unprocessableContent)
            #expect((png.json["detail"] as? String)?.contains("Brother QL model or Zebra") == true, "\(png.json)")
            let misfit = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                               json: #"{"uri":"tcp://192.0.2.10:9100","format":"zpl","template":"asset-tag-62x29"}"#,
                                               extraHeaders: [.acceptLanguage: "fr"])
            #expect(misfit.status == .unprocessableContent)
            #expect((misfit.json["detail"] as? String)?.contains("Étiquette 62 × 29 mm (Brother)") == true, "\(misfit.json)")
            let price = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                              json: #"{"uri":"tcp://192.0.2.10:9100","template":"price-62x100"}"#)
            #expect(price.status == .unprocessableContent, "a price label is not an asset tag")
            #expect(try workshop.database.printers().isEmpty)

            #expect(try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop,
                                          json: #"{"uri":"tcp://192.0.2.10:9100","format":"brother:ql-820nwb","template":"asset-tag-62x29"}"#).status == .ok)
            let addressOnly = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop, json: #"{"uri":"tcp://192.0.2.20:9100"}"#)
            #expect(addressOnly.json["format"] as? String == "brother:QL-820NWB")
            #expect(addressOnly.json["template"] as? String == "asset-tag-62x29")
            let cleared = try await client.call(.put, "/api/printers/accueil", as: .admin, in: workshop, json: #"{"uri":"usb://auto","format":""}"#)
            #expect(cleared.json["format"] == nil)
        }
    }

    @Test("the office's printers page: language and label by their names, make default, a test page that lands in the printer")
    func officePage() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let first = workshop.printersDirectory + "/accueil.bin", second = workshop.printersDirectory + "/atelier.bin"
        try await workshop.application.test(.router) { client in
            let saved = try await IntakeRouteTests.post("/office/printers", form: "name=accueil&uri=file%3A\(first.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&format=brother%3AQL-700&template=asset-tag-62x29",
                                                        as: .admin, client: client, workshop: workshop)
            #expect(saved.status == .seeOther, "\(saved.html)")
            _ = try await IntakeRouteTests.post("/office/printers", form: "name=atelier&uri=file%3A\(second.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&format=zpl&template=",
                                                as: .admin, client: client, workshop: workshop)
            let page = try await IntakeRouteTests.get("/office/printers", as: .admin, client: client, workshop: workshop)
            #expect(page.html.contains("Étiquette 62 × 29 mm (Brother)"))
            #expect(page.html.contains("Étiquette 50,8 × 25,4 mm (Zebra)"))
            #expect(page.html.contains("Ruban continu 29 mm, coupé à 62 mm (Brother)"), "the labels to choose from")
            #expect(!page.html.contains(">asset-tag-62x29<") && !page.html.contains("zebra-asset-tag-2x1<"), "no template file names shown")
            #expect(page.html.contains(#"data-printer="accueil" data-default="true""#))

            let defaulted = try await IntakeRouteTests.post("/office/printers/atelier/default", form: "", as: .admin, client: client, workshop: workshop)
            #expect(defaulted.location == "/office/printers?done=printer-default&subject=atelier")
            #expect(try workshop.database.defaultPrinter()?.name == "atelier")

            let tested = try await IntakeRouteTests.post("/office/printers/accueil/test-page", form: "", as: .admin, client: client, workshop: workshop)
            #expect(tested.location == "/office/printers?done=printer-tested&subject=accueil")
            #expect(bytes(first) > 1000)
            let api = try await client.call(.post, "/api/printers/atelier/test-page", as: .admin, in: workshop)
            #expect(api.status == .ok, "\(api.json)")
            #expect(String(decoding: FileManager.default.contents(atPath: second) ?? Data(), as: UTF8.self).contains("ESSAI"))
            #expect(try await client.call(.post, "/api/printers/atelier/test-page", as: .intake, in: workshop).status == .forbidden)
        }
    }

    @Test("intake asks what to do when there is no printer, shows each label's print and offers the missing ones")
    func intakePage() async throws {
        let workshop = try TestWorkshop(filePrinters: true)
        let (lot, devices) = try Self.devices(3, in: workshop)
        try await workshop.application.test(.router) { client in
            let bare = try await IntakeRouteTests.get("/intake?lot=\(lot.text)", as: .intake, client: client, workshop: workshop)
            #expect(bare.html.contains(#"<dialog id="no-printer""#))
            #expect(bare.html.contains("Continuer sans étiquettes pour l"))
            #expect(!bare.html.contains("no-printer-add"), "only an admin is offered to add one")
            let admin = try await IntakeRouteTests.get("/intake?lot=\(lot.text)", as: .admin, client: client, workshop: workshop)
            #expect(admin.html.contains(#"id="no-printer-add" href="/office/printers""#))

            try workshop.database.savePrinter(PrinterSetting(name: "accueil", uri: "file:\(workshop.printersDirectory)/accueil.bin", format: "brother:QL-700"),
                                              actor: Self.setup, at: Date())
            #expect(try await client.call(.post, "/api/devices/\(devices[1].assetTag.text)/label/print", as: .intake, in: workshop).status == .ok)
            let page = try await IntakeRouteTests.get("/intake?lot=\(lot.text)", as: .intake, client: client, workshop: workshop)
            #expect(!page.html.contains("<dialog"))
            #expect(page.html.contains("Imprimer les 2 étiquettes manquantes"))
            #expect(page.html.contains(#"data-tag="\#(devices[1].assetTag.text)" data-print="ok""#))
            #expect(page.html.contains(#"data-tag="\#(devices[0].assetTag.text)" data-print="none""#))
            #expect(page.html.contains("imprimante par défaut : « accueil »"))
            #expect(page.html.contains("Brother QL-700, Étiquette 62 × 29 mm (Brother)"))
            #expect(!page.html.contains("setting-format") && !page.html.contains("setting-template"), "nothing of the printer's is set per browser")
            let english = try await IntakeRouteTests.get("/intake?lot=\(lot.text)&lang=en", as: .intake, client: client, workshop: workshop)
            #expect(english.html.contains("Print the 2 missing labels"))
        }
    }
}
