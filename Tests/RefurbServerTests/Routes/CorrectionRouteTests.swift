import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RefurbCore
@testable import RefurbServer
import RefurbStore
import Testing

/// Corrections through the API, and a scanner on the wrong keyboard refused at intake.
@Suite("Corrections and bad scans, through the routes")
struct CorrectionRouteTests {
    static let setup = Actor(user: "test", station: "setup")

    @Test("PATCH a device: the event keeps old value, who and why; a stale version is 409; the shop may not change a serial")
    func patchDevice() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "5CG7301XZY"),
                                                  actor: Self.setup, at: Date())
        let other = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "PF1ABCDE"),
                                                 actor: Self.setup, at: Date())
        let path = "/api/devices/\(device.assetTag.text)"
        try await workshop.application.test(.router) { client in
            let noReason = try await client.call(.patch, path, as: .intake, in: workshop, json: #"{"serial":"5CG7301XYZ","version":1}"#)
            #expect(noReason.status == .unprocessableContent, "\(noReason.json)")

            let shop = try await client.call(.patch, path + "?lang=en", as: .shop, in: workshop,
                                             json: #"{"serial":"5CG7301XYZ","reason":"typo","version":1}"#)
            #expect(shop.status == .conflict, "\(shop.json)")
            #expect(shop.json["code"] as? String == "shop-maker-model-only")
            #expect((shop.json["detail"] as? String)?.contains("not the serial number") == true, "\(shop.json)")

            let done = try await client.call(.patch, path, as: .intake, in: workshop,
                                             json: #"{"serial":"5CG7301XYZ","reason":"faute de frappe","version":1}"#)
            #expect(done.status == .ok, "\(done.json)")
            #expect(done.json["serial"] as? String == "5CG7301XYZ")
            #expect(done.json["version"] as? Int == 2)

            let stale = try await client.call(.patch, path, as: .intake, in: workshop, json: #"{"model":"T480","reason":"r","version":1}"#)
            #expect(stale.status == .conflict)
            #expect(stale.json["code"] as? String == "version-conflict")

            let duplicate = try await client.call(.patch, "/api/devices/\(other.assetTag.text)", as: .intake, in: workshop,
                                                  json: #"{"serial":"5cg7301xyz","reason":"scan"}"#)
            #expect(duplicate.status == .conflict)
            #expect(duplicate.json["existingAssetTag"] as? String == device.assetTag.text)

            let events = try await client.call(.get, path, as: .shop, in: workshop)
            let list = try #require(events.json["events"] as? [[String: Any]])
            let last = try #require(list.last)
            #expect(last["actor"] as? String == "intake" || (last["summary"] as? String)?.contains("faute de frappe") == true, "\(last)")
        }
        let last = try #require(try workshop.database.history(of: device.assetTag).last)
        #expect(last.change == .corrected(field: "serial", from: "5CG7301XZY", to: "5CG7301XYZ", reason: "faute de frappe"))
    }

    @Test("PATCH a lot: corrected with its version; a stale one is a 409; bad weight a 422")
    func patchLot() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie de Renes", weightKilograms: "48"), receivedOn: "2026-11-28",
                                                actor: Self.setup, at: Date())
        let path = "/api/lots/\(lot.code.text)"
        try await workshop.application.test(.router) { client in
            let read = try await client.call(.get, path, as: .intake, in: workshop)
            #expect(read.json["version"] as? Int == 1)
            let bad = try await client.call(.patch, path, as: .intake, in: workshop, json: #"{"weightKg":"beaucoup","reason":"pesée"}"#)
            #expect(bad.status == .unprocessableContent)
            let done = try await client.call(.patch, path, as: .intake, in: workshop,
                                             json: #"{"donor":"Mairie de Rennes","weightKg":"52,5","reason":"bon de dépôt","version":1}"#)
            #expect(done.status == .ok, "\(done.json)")
            #expect(done.json["donor"] as? String == "Mairie de Rennes")
            #expect(done.json["weightKg"] as? Double == 52.5)
            let stale = try await client.call(.patch, path, as: .intake, in: workshop, json: #"{"declaredCount":3,"reason":"r","version":1}"#)
            #expect(stale.status == .conflict)
            #expect(stale.json["code"] as? String == "lot-version-conflict")
            let shop = try await client.call(.patch, path, as: .shop, in: workshop, json: #"{"declaredCount":3,"reason":"r"}"#)
            #expect(shop.status == .forbidden)
        }
    }

    @Test("a QWERTY scanner's read is a 422 scanner-keyboard-layout that says what it meant, and nothing is created")
    func wrongKeyboardAtIntake() async throws {
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        try await workshop.application.test(.router) { client in
            let answer = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                               json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"(CGè\"à&XYW"}"#)
            #expect(answer.status == .unprocessableContent)
            #expect(answer.json["code"] as? String == "scanner-keyboard-layout")
            let detail = try #require(answer.json["detail"] as? String)
            #expect(detail.contains("QWERTY") && detail.contains("AZERTY") && detail.contains("« 5CG7301XYZ »"), "\(detail)")

            let short = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                              json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"5CG7"}"#)
            #expect(short.status == .unprocessableContent)
            #expect(short.json["code"] as? String == "unusual-serial")
            #expect(try workshop.database.devices(matching: DeviceFilter()).isEmpty)

            // An asset tag read the same way, R000001L typed as Ràààààà&L, is refused as such rather than unknown.
            let tag = try await client.call(.get, "/api/scan/R%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%C3%A0%26L", as: .shop, in: workshop)
            #expect(tag.status == .unprocessableContent, "\(tag.json)")
            #expect(tag.json["code"] as? String == "scanner-keyboard-layout")
            #expect((tag.json["detail"] as? String)?.contains("« R0000001L »") == true, "\(tag.json)")

            let forced = try await client.call(.post, "/api/devices", as: .intake, in: workshop,
                                               json: #"{"lot":"\#(lot.code.text)","category":"laptop","serial":"5CG7","confirmUnusualSerial":true}"#)
            #expect(forced.status == .created, "\(forced.json)")
        }
    }

    @Test("a mistyped serial at intake: the report is refused, the serial corrected, the same report accepted")
    func mistypedSerialScenario() async throws {
        let reported = try #require(LaptopReport.systemSerial)
        let workshop = try TestWorkshop()
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: Self.setup, at: Date())
        // One character typed wrong at intake.
        let typo = String(reported.dropLast()) + (reported.last == "X" ? "Y" : "X")
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: typo),
                                                  actor: Self.setup, at: Date())
        let report = String(decoding: LaptopReport.json, as: UTF8.self)
        try await workshop.application.test(.router) { client in
            let refused = try await client.call(.post, "/api/devices/\(device.assetTag.text)/diagnostics", as: .technician,
                                                in: workshop, json: report)
            #expect(refused.status == .conflict)
            #expect(refused.json["code"] as? String == "report-serial-mismatch")

            let corrected = try await client.call(.patch, "/api/devices/\(device.assetTag.text)", as: .technician, in: workshop,
                                                  json: #"{"serial":"\#(reported)","reason":"numéro du firmware","version":1}"#)
            #expect(corrected.status == .ok, "\(corrected.json)")

            let accepted = try await client.call(.post, "/api/devices/\(device.assetTag.text)/diagnostics", as: .technician,
                                                 in: workshop, json: report)
            #expect(accepted.status == .created || accepted.status == .ok, "\(accepted.json)")
        }
        let history = try workshop.database.history(of: device.assetTag).map(\.change)
        #expect(history.contains(.corrected(field: "serial", from: typo, to: reported, reason: "numéro du firmware")))
        #expect(history.contains { if case .diagnosticRecorded = $0 { true } else { false } })
    }
}
