import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The "Corriger" forms (intake, bench, office lot), the bench's offer of the report's serial, and the intake
/// page's answer to a scanner set to the wrong keyboard.
@Suite("Correction forms and bad scans, in the pages")
struct CorrectionPageRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    @Test("intake links to the form; a saved correction redirects back (POST/redirect/GET); a refused one shows the form again with the reason")
    func deviceForm() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "5CG7301XZY"),
                                                  actor: Self.setup, at: Date())
        let tag = device.assetTag.text
        try await workshop.application.test(.router) { client in
            let intake = try await IntakeRouteTests.get("/intake?lot=\(lot.code.text)&tag=\(tag)", as: .intake, client: client, workshop: workshop)
            #expect(intake.html.contains(#"id="correct-device""#))
            #expect(intake.html.contains("/devices/\(tag)/correct?back="))
            #expect(intake.html.contains(#"id="scanner-setup""#) && intake.html.contains("/intake/scanner-french-keyboard.png"))

            let back = "/intake?lot=\(lot.code.text)&tag=\(tag)"
            let form = try await IntakeRouteTests.get(CorrectionPages.devicePath(tag, back: back), as: .intake, client: client, workshop: workshop)
            #expect(form.status == .ok)
            #expect(form.html.contains(#"name="reason""#) && form.html.contains("5CG7301XZY"))
            #expect(form.html.contains("Corriger l&#39;appareil \(tag)"))

            let encodedBack = back.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let refused = try await IntakeRouteTests.post("/devices/\(tag)/correct", form: "serial=5CG7301XYZ&reason=&version=1&back=\(encodedBack)",
                                                          as: .intake, client: client, workshop: workshop)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains(#"id="correct-error""#) && refused.html.contains("motif"))
            #expect(refused.html.contains(#"value="5CG7301XYZ""#), "what was typed is kept")

            let saved = try await IntakeRouteTests.post(
                "/devices/\(tag)/correct",
                form: "serial=5CG7301XYZ&category=laptop&manufacturer=&model=&reason=faute+de+frappe&version=1&back=\(encodedBack)",
                as: .intake, client: client, workshop: workshop)
            #expect(saved.status == .seeOther || saved.status == .found, "\(saved.status)")
            #expect(saved.location == back)
        }
        #expect(try workshop.database.device(tag: device.assetTag)?.serial?.text == "5CG7301XYZ")
        let last = try #require(try workshop.database.history(of: device.assetTag).last)
        #expect(last.change == .corrected(field: "serial", from: "5CG7301XZY", to: "5CG7301XYZ", reason: "faute de frappe"))
    }

    @Test("the office lot page links to the lot's form, which corrects the weight and goes back")
    func lotForm() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie", weightKilograms: "48,5"), receivedOn: "2026-11-28",
                                                actor: Self.setup, at: Date())
        let code = lot.code.text
        try await workshop.application.test(.router) { client in
            let office = try await IntakeRouteTests.get("/office/lots/\(code)", as: .admin, client: client, workshop: workshop)
            #expect(office.html.contains(#"id="correct-lot""#), "\(office.status)")
            let form = try await IntakeRouteTests.get(CorrectionPages.lotPath(code, back: "/office/lots/\(code)"), as: .intake,
                                                      client: client, workshop: workshop)
            #expect(form.html.contains(#"value="48,5""#))
            let saved = try await IntakeRouteTests.post("/lots/\(code)/correct",
                                                        form: "donor=Mairie&weightKg=52%2C5&declaredCount=&site=&reason=pes%C3%A9e&version=1&back=%2Foffice%2Flots%2F\(code)",
                                                        as: .intake, client: client, workshop: workshop)
            #expect(saved.location == "/office/lots/\(code)", "\(saved.status) \(saved.html)")
        }
        #expect(try workshop.database.lot(code: lot.code)?.lot.weightGrams == 52_500)
    }

    @Test("a report refused for its serial is offered at the bench; replaced through the form, the same report is accepted")
    func benchOffersTheReportSerial() async throws {
        let reported = try #require(LaptopReport.systemSerial)
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        let typo = String(reported.dropLast()) + (reported.last == "X" ? "Y" : "X")
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: typo),
                                                  actor: Self.setup, at: Date())
        let tag = device.assetTag.text
        let report = String(decoding: LaptopReport.json, as: UTF8.self)
        try await workshop.application.test(.router) { client in
            let refused = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop, json: report)
            #expect(refused.status == .conflict)

            let bench = try await IntakeRouteTests.get("/bench/\(tag)", as: .technician, client: client, workshop: workshop)
            #expect(bench.html.contains(#"id="report-serial-offer""#), "\(bench.status)")
            #expect(bench.html.contains(reported) && bench.html.contains(typo))
            let link = try #require(bench.html.range(of: #"href="/devices/\#(tag)/correct?back="#))
            let end = try #require(bench.html[link.upperBound...].firstIndex(of: "\""))
            let path = String(bench.html[bench.html.index(link.lowerBound, offsetBy: 6)..<end]).replacingOccurrences(of: "&amp;", with: "&")

            // The form is the confirmation: it shows the report's serial, prefilled, with the reason.
            let form = try await IntakeRouteTests.get(path, as: .technician, client: client, workshop: workshop)
            #expect(form.html.contains(#"value="\#(reported)""#), "\(path)")
            #expect(form.html.contains("micrologiciel"))

            let saved = try await IntakeRouteTests.post(
                "/devices/\(tag)/correct",
                form: "serial=\(reported.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&reason=num%C3%A9ro+du+micrologiciel&version=1&back=%2Fbench%2F\(tag)",
                as: .technician, client: client, workshop: workshop)
            #expect(saved.location == "/bench/\(tag)", "\(saved.status)")
            let after = try await IntakeRouteTests.get("/bench/\(tag)", as: .technician, client: client, workshop: workshop)
            #expect(!after.html.contains(#"id="report-serial-offer""#))

            let accepted = try await client.call(.post, "/api/devices/\(tag)/diagnostics", as: .technician, in: workshop, json: report)
            #expect(accepted.status == .created, "\(accepted.json)")
        }
    }

    @Test("an AZERTY read posted by the intake form is refused, nothing created, the setup barcode shown open; the barcode is a PNG")
    func wrongKeyboardForm() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        try await workshop.application.test(.router) { client in
            let scanned = "(CGè\"à&XYW".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let answer = try await IntakeRouteTests.post("/intake/scan", form: "lot=\(lot.code.text)&category=laptop&code=\(scanned)",
                                                         as: .intake, client: client, workshop: workshop)
            #expect(answer.status == .unprocessableContent)
            #expect(answer.html.contains("clavier américain (QWERTY)"))
            #expect(answer.html.contains(#"id="scanner-setup" open"#))
            #expect(try workshop.database.devices(matching: DeviceFilter()).isEmpty)

            let short = try await IntakeRouteTests.post("/intake/scan", form: "lot=\(lot.code.text)&category=laptop&code=5CG7",
                                                        as: .intake, client: client, workshop: workshop)
            #expect(short.status == .unprocessableContent)
            let forced = try await IntakeRouteTests.post("/intake/scan", form: "lot=\(lot.code.text)&category=laptop&code=5CG7&confirmUnusualSerial=yes",
                                                         as: .intake, client: client, workshop: workshop)
            #expect(forced.location?.contains("done=created") == true, "\(forced.status)")

            var headers = workshop.headers(.intake, json: false)
            headers[.accept] = "image/png"
            let image = try await client.execute(uri: ScannerSetupBarcode.path, method: .get, headers: headers) { response in
                (response.status, response.headers[.contentType], Array(buffer: response.body))
            }
            #expect(image.0 == .ok)
            #expect(image.1 == "image/png")
            #expect(image.2.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
