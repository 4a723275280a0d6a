import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import RefurbCore
@testable import RefurbServer
import RefurbStore
import RefurbWire
import Testing

/// Scans answer with `DeviceView.jsonText`, written by hand; every other route with JSONEncoder.
/// Scripts must not be able to tell the two apart.
@Suite("A device written by hand as JSON")
struct DeviceViewJSONTextTests {
    static let devices: [Device] = {
        let tag = AssetTag(sequence: 42)!
        let lot = LotCode(year: 2026, number: 7)
        return [
            Device(assetTag: tag, lotCode: lot, category: .laptop),
            Device(assetTag: tag, lotCode: lot, category: .allInOne, manufacturer: "Hewlett-Packard \"HP\"",
                   model: "EliteBook 840 G5 \\ 14\u{2033}", serial: SerialNumber(trusted: "5CG/7301\tXYZ"),
                   stage: .ready, grade: .a, price: Money(cents: 12_950), location: "Étagère B\n2ᵉ rang €", version: 7,
                   displayName: "Portable « 14 » \\ pouces"),
        ]
    }()

    @Test("it reads back as the same object as JSONEncoder's", arguments: devices)
    func sameAsEncoder(device: Device) throws {
        let view = DeviceView(device)
        let byHand = try JSONSerialization.jsonObject(with: Data(view.jsonText.utf8)) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: try JSONResponse<DeviceView>.encoder.encode(view)) as? NSDictionary
        #expect(byHand != nil)
        #expect(byHand == encoded)
        #expect(byHand?.allKeys.count == 12, "absent values are written as null, not left out")
    }

    @Test("a device's scan answer, whose envelope is written by hand too, reads back as JSONEncoder's ScanView")
    func scanAnswerSameAsEncoder() async throws {
        let workshop = try TestWorkshop()
        let actor = Actor(user: "test", station: "tests")
        let lot = try workshop.database.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-28", actor: actor, at: Date())
        let device = try workshop.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "5CG7301XYZ",
                                                                  manufacturer: "HP", location: "Étagère \"B\""),
                                                  actor: actor, at: Date())
        let plain = try JSONResponse<ScanView>.encoder.encode(
            ScanView(kind: "device", device: DeviceView(device), lot: nil))
        try await workshop.application.test(.router) { client in
            for code in [device.assetTag.text, "5cg7301xyz"] {
                let answer = try await client.call(.get, "/api/scan/\(code)", as: .shop, in: workshop)
                #expect(answer.status == .ok)
                let byHand = try JSONSerialization.jsonObject(with: Data(buffer: answer.raw)) as? NSDictionary
                #expect(byHand != nil)
                #expect(byHand == (try JSONSerialization.jsonObject(with: plain) as? NSDictionary), "\(code)")
            }
        }
    }
}
