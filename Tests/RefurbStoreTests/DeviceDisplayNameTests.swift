import Foundation
import Testing
import RefurbCore
@testable import RefurbStore

/// A display name the shop types (issue 13, item 6): a correction like the maker and model, with the same
/// rules (the shop may at any stage in the workshop, nothing after the device left without admin), an event
/// that keeps the old value and why, and the version that was read.
@Suite("A device's display name")
struct DeviceDisplayNameTests {
    static let actor = TemporaryDatabase.actor

    @Test("the shop names a device; the event keeps the old value and the reason; a stale version is a conflict")
    func shopNames() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let device = try world.intake(lot: try world.openLot().code, serial: "SN-NAME-1")
        let named = try db.correct(device.assetTag, try DeviceCorrection(displayName: "ThinkPad T480 reconditionné", reason: "plus parlant"),
                                   roles: [.shop], expectedVersion: device.version, actor: Self.actor, at: Date())
        #expect(named.displayName == "ThinkPad T480 reconditionné")
        #expect(try db.device(tag: device.assetTag)?.displayName == "ThinkPad T480 reconditionné")
        #expect(try db.device(scanned: "SN-NAME-1").displayName == "ThinkPad T480 reconditionné", "the scan's look-up reads it too")
        #expect(try db.history(of: device.assetTag).last?.change
            == .corrected(field: "displayName", from: nil, to: "ThinkPad T480 reconditionné", reason: "plus parlant"))
        #expect(DeviceTitle.text(for: named, specs: nil, language: .fr) == "ThinkPad T480 reconditionné")

        #expect(throws: StoreError.self) {
            try db.correct(device.assetTag, try DeviceCorrection(displayName: "Autre nom", reason: "x"), roles: [.shop],
                           expectedVersion: device.version, actor: Self.actor, at: Date())
        }
    }

    @Test("the shop may not rename a device that has left the workshop; admin may")
    func leftTheWorkshop() throws {
        let refused = CorrectionRule.refusal(device: Device(assetTag: AssetTag(sequence: 7)!, lotCode: LotCode(year: 2026, number: 1),
                                                            category: .laptop, stage: .sold),
                                             fields: [.displayName], roles: [.shop])
        #expect(refused?.key == "correction.soldAdminOnly")
        #expect(CorrectionRule.refusal(device: Device(assetTag: AssetTag(sequence: 7)!, lotCode: LotCode(year: 2026, number: 1),
                                                      category: .laptop, stage: .ready),
                                       fields: [.displayName], roles: [.shop]) == nil)
    }
}
