import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// A serial pasted with a zero-width or direction character in it is refused at intake (API and form) and in
/// scans, with a 422 that names the character; nothing is recorded.
@Suite("Invisible characters in serials, through the routes")
struct InvisibleCharacterRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    @Test("intake through the API and the form refuses them and records nothing; a scan holding one is refused too")
    func refusedAtIntakeAndInScans() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "PF1X2Y3Z"),
                                                  actor: Self.setup, at: Date())
        try await workshop.application.test(.router) { client in
            // JSON's \u200b: what a serial copied from a web page carries.
            let api = try await client.call(.post, "/api/devices?lang=en", as: .intake, in: workshop,
                                            json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"5CG7\u200b301XYZ"}"#)
            #expect(api.status == .unprocessableContent, "\(api.json)")
            #expect(api.json["code"] as? String == "invalid-input")
            let detail = try #require(api.json["detail"] as? String)
            #expect(detail.contains("U+200B") && detail.contains("position 5") && detail.contains("“5CG7301XYZ”"), "\(detail)")

            let bidi = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                             json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"\u202eZYX1037GC5"}"#)
            #expect(bidi.status == .unprocessableContent)
            #expect((bidi.json["detail"] as? String)?.contains("sens d'écriture (U+202E)") == true, "\(bidi.json)")
            #expect(!String(buffer: bidi.raw).unicodeScalars.contains("\u{202E}"), "the override is not quoted back")

            let form = try await IntakeRouteTests.post("/intake/scan", form: "lot=\(lot.code.text)&category=laptop&code=AB%E2%81%A012",
                                                       as: .intake, client: client, workshop: workshop)
            #expect(form.status == .unprocessableContent)
            #expect(form.html.contains("U+2060"))
            #expect(try workshop.database.devices(matching: DeviceFilter()).map(\.assetTag) == [device.assetTag])

            // Scans: a tag and a lot code with an invisible character in them are refused by name rather than
            // reported as mistyped, at the intake desk as through the API (which reads the same store path).
            for (code, named) in [("\(device.assetTag.text)%E2%80%8D", "U+200D"), ("\(lot.code.text)%EF%BB%BF", "U+FEFF")] {
                let scan = try await IntakeRouteTests.post("/intake/scan", form: "lot=\(lot.code.text)&category=laptop&code=\(code)",
                                                           as: .intake, client: client, workshop: workshop)
                #expect(scan.status == .unprocessableContent, "\(code)")
                #expect(scan.html.contains(named), "\(code)")
            }
            #expect(throws: StoreError.self) { try workshop.database.device(scanned: "PF1X\u{200B}2Y3Z") }
            #expect(try workshop.database.device(scanned: "PF1X2Y3Z").assetTag == device.assetTag)
            #expect(try workshop.database.device(scanned: device.assetTag.text).assetTag == device.assetTag)
        }
    }
}
