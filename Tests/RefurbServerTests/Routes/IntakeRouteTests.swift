import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// The intake station's server side: undoing a scan through the API and its rules, and the page with
/// its forms as they work without the script.
@Suite("Intake station routes")
struct IntakeRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    @Test("undo frees the serial: the same serial is then taken in again as a new device")
    func undoFreesTheSerial() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        try await workshop.application.test(.router) { client in
            let body = #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"PF-1X2Y3Z"}"#
            let first = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: body)
            #expect(first.status == .created)
            let tag = try #require(first.json["assetTag"] as? String)
            #expect(try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: body).status == .conflict)

            let undone = try await client.call(.post, "/api/devices/\(tag)/void", as: .intake, in: workshop)
            #expect(undone.status == .ok, "\(undone.json)")
            #expect(undone.json["assetTag"] as? String == tag)
            #expect(undone.json["serial"] as? String == "PF-1X2Y3Z")
            #expect(undone.json["voided"] as? Bool == true)

            #expect(try await client.call(.get, "/api/devices/\(tag)", as: .intake, in: workshop).status == .notFound)
            #expect(try await client.call(.get, "/api/scan/PF-1X2Y3Z", as: .intake, in: workshop).status == .notFound)
            let again = try await client.call(.post, "/api/devices", as: .intake, in: workshop, json: body)
            #expect(again.status == .created, "\(again.json)")
            #expect(again.json["assetTag"] as? String != tag)
            let history = try workshop.database.history(of: try AssetTag(parsing: tag)).map(\.change.kind)
            #expect(history == ["received", "intake-voided"])

            // An empty JSON object is accepted as well as no body; a tag undone already is not found.
            let twice = try await client.call(.post, "/api/devices/\(tag)/void", as: .intake, in: workshop, json: "{}")
            #expect(twice.status == .notFound)
        }
    }

    @Test("undo is refused with a message for another person, too late, after another event, or past received")
    func undoRefusals() async throws {
        let workshop = try TestWorkshop()
        let database = workshop.database
        let lot = try database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        let byIntake = Actor(user: "intake", station: "poste-intake")
        func intake(_ serial: String, at date: Date = Date()) throws -> Device {
            try database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: serial), actor: byIntake, at: date)
        }
        let recent = try intake("RECENT-1")
        let old = try intake("OLD-1", at: Date().addingTimeInterval(-11 * 60))
        let priced = try intake("PRICED-1")
        _ = try database.setPrice(priced.assetTag, to: Money(cents: 4900), actor: byIntake, at: Date())
        let diagnosed = try intake("DIAGNOSED-1")
        _ = try database.recordDiagnostic(diagnosed.assetTag, storage: [], actor: byIntake, at: Date())
        _ = try database.move(diagnosed.assetTag, to: .diagnosed, actor: byIntake, at: Date())

        try await workshop.application.test(.router) { client in
            let cases: [(Role, Device, String, String)] = [
                (.admin, recent, "void-by-another-user", "intake"),
                (.intake, old, "void-too-late", "10"),
                (.intake, priced, "void-after-other-events", priced.assetTag.text),
                (.intake, diagnosed, "void-not-received", diagnosed.assetTag.text),
            ]
            for (role, device, code, mention) in cases {
                let answer = try await client.call(.post, "/api/devices/\(device.assetTag.text)/void", as: role, in: workshop,
                                                   extraHeaders: [.acceptLanguage: "en"])
                #expect(answer.status == .conflict, "\(code): \(answer.json)")
                #expect(answer.json["code"] as? String == code)
                let detail = answer.json["detail"] as? String ?? ""
                #expect(detail.contains(mention), "\(detail)")
                #expect(try database.device(tag: device.assetTag) != nil, "\(code): the device is still there")
            }
            let french = try await client.call(.post, "/api/devices/\(old.assetTag.text)/void", as: .intake, in: workshop)
            #expect((french.json["detail"] as? String)?.contains("minutes") == true)
            #expect(try await client.call(.post, "/api/devices/\(recent.assetTag.text)/void", as: .shop, in: workshop).status == .forbidden)
            #expect(try await client.call(.post, "/api/devices/R000001X/void", as: .intake, in: workshop).status == .badRequest)
            // Its author may still undo it.
            #expect(try await client.call(.post, "/api/devices/\(recent.assetTag.text)/void", as: .intake, in: workshop).status == .ok)
        }
    }

    @Test("the page shows the lot from the address, its scans newest first, the category keys and the undo")
    func pageShowsTheLot() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Lycée Chateaubriand", declaredCount: 12), receivedOn: "2026-11-28",
                                                actor: Self.setup, at: Date())
        let byIntake = Actor(user: "intake", station: "poste-intake")
        let first = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "desktop", serial: "FIRST-1"), actor: byIntake, at: Date())
        let second = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "tablet", serial: "SECOND-2"), actor: byIntake, at: Date())
        try await workshop.application.test(.router) { client in
            let page = try await Self.get("/intake?lot=\(lot.code.text.lowercased())", as: .intake, client: client, workshop: workshop)
            #expect(page.status == .ok)
            #expect(page.html.contains(#"<html lang="fr">"#))
            #expect(page.html.contains(#"id="scan""#))
            #expect(page.html.contains("Lycée Chateaubriand"))
            #expect(page.html.contains(#"data-lot="\#(lot.code.text)""#))
            let newest = try #require(page.html.range(of: second.assetTag.text)).lowerBound
            let oldest = try #require(page.html.range(of: first.assetTag.text)).lowerBound
            #expect(newest < oldest, "newest first")
            #expect(page.html.contains(#"data-undo-tag="\#(second.assetTag.text)""#))
            #expect(page.html.contains("<kbd>5</kbd> téléphone"))
            #expect(page.html.contains(#"<script type="application/json" id="intake-words">"#))

            let english = try await Self.get("/intake?lot=\(lot.code.text)&lang=en", as: .intake, client: client, workshop: workshop)
            #expect(english.html.contains("<kbd>5</kbd> phone"))

            // Somebody else's scans are listed but not offered for undo.
            let admin = try await Self.get("/intake?lot=\(lot.code.text)", as: .admin, client: client, workshop: workshop)
            #expect(admin.html.contains(#"data-undo-tag="""#))

            let unknown = try await Self.get("/intake?lot=LOT-2026-0099", as: .intake, client: client, workshop: workshop)
            #expect(unknown.status == .ok)
            #expect(unknown.html.contains("LOT-2026-0099"))
            #expect(unknown.html.contains(#"class="message error""#))
            #expect(try await Self.get("/intake", as: .shop, client: client, workshop: workshop).status == .forbidden)
        }
    }

    @Test("without the script: open a lot, scan a serial, scan it again, undo, each by a form")
    func formsWithoutScript() async throws {
        let workshop = try TestWorkshop()
        try await workshop.application.test(.router) { client in
            let opened = try await Self.post("/intake/lots", form: "donor=Mairie+de+Rennes&weightKg=12%2C5&declaredCount=3&site=", as: .intake,
                                             client: client, workshop: workshop)
            #expect(opened.status == .seeOther)
            let location = try #require(opened.location)
            #expect(location.hasPrefix("/intake?lot=LOT-"))
            let code = try #require(try workshop.database.lots().first?.lot.code.text)
            #expect(try workshop.database.lots().first?.lot.weightGrams == 12_500)

            let badLot = try await Self.post("/intake/lots", form: "donor=&declaredCount=beaucoup", as: .intake, client: client, workshop: workshop)
            #expect(badLot.status == .unprocessableContent)
            #expect(badLot.html.contains("beaucoup"))

            let scanned = try await Self.post("/intake/scan", form: "lot=\(code)&category=phone&code=SN-PHONE-1", as: .intake, client: client, workshop: workshop)
            #expect(scanned.status == .seeOther)
            #expect(scanned.location?.contains("done=created") == true)
            let device = try #require(try workshop.database.device(serial: "SN-PHONE-1"))
            #expect(device.category == .phone)

            let again = try await Self.post("/intake/scan", form: "lot=\(code)&category=phone&code=SN-PHONE-1", as: .intake, client: client, workshop: workshop)
            #expect(again.location == "/intake?lot=\(code)&tag=\(device.assetTag.text)&done=duplicate")
            let shown = try await Self.get(try #require(again.location), as: .intake, client: client, workshop: workshop)
            #expect(shown.html.contains(#"class="message error""#))
            #expect(shown.html.contains(#"src="/api/devices/\#(device.assetTag.text)/label""#))

            let noLot = try await Self.post("/intake/scan", form: "category=laptop&code=SN-2", as: .intake, client: client, workshop: workshop)
            #expect(noLot.status == .unprocessableContent)
            #expect(try workshop.database.device(serial: "SN-2") == nil)

            let lotScan = try await Self.post("/intake/scan", form: "lot=&code=\(code.lowercased())", as: .intake, client: client, workshop: workshop)
            #expect(lotScan.location == "/intake?lot=\(code)")

            let undone = try await Self.post("/intake/void", form: "lot=\(code)&tag=\(device.assetTag.text)", as: .intake, client: client, workshop: workshop)
            #expect(undone.status == .seeOther)
            #expect(undone.location?.contains("done=voided") == true)
            #expect(try workshop.database.device(serial: "SN-PHONE-1") == nil)
        }
    }

    // MARK: - Helpers

    struct PageAnswer {
        let status: HTTPResponse.Status
        let html: String
        let location: String?
    }

    static func get(_ uri: String, as role: Role, client: some TestClientProtocol, workshop: TestWorkshop) async throws -> PageAnswer {
        try await client.execute(uri: uri, method: .get, headers: workshop.headers(role, json: false)) { response in
            PageAnswer(status: response.status, html: String(buffer: response.body), location: response.headers[.location])
        }
    }

    static func post(_ uri: String, form: String, as role: Role, client: some TestClientProtocol,
                     workshop: TestWorkshop) async throws -> PageAnswer {
        var headers = workshop.headers(role, json: false)
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form)) { response in
            PageAnswer(status: response.status, html: String(buffer: response.body), location: response.headers[.location])
        }
    }
}
