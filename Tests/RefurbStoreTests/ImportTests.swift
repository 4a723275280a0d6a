import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Bulk import")
struct ImportTests {
    static func imported(_ lot: LotCode, serial: String?) -> ImportedDevice {
        ImportedDevice(lot: lot, category: .desktop, serial: serial.map(SerialNumber.init(trusted:)),
                       manufacturer: "Dell", model: "OptiPlex 7050", history: [
                           .received(lot: lot, category: .desktop, serial: serial),
                           .diagnosticRecorded(storage: ["D-\(serial ?? "none")"]),
                           .moved(from: .received, to: .diagnosed, reason: nil),
                           .graded(.b),
                       ])
    }

    @Test("imported devices get tags, the stage their history leads to, and their events")
    func importsWithHistory() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let tags = try world.database.importDevices([Self.imported(lot.code, serial: "A1"), Self.imported(lot.code, serial: nil)],
                                                    actor: TemporaryDatabase.actor, at: Date())
        #expect(tags.count == 2)
        let device = try #require(try world.database.device(serial: "a1"))
        #expect(device.stage == .diagnosed)
        #expect(device.grade == .b)
        #expect(try world.database.history(of: device.assetTag).count == 4)
        #expect(try world.database.devices(matching: DeviceFilter(search: "optiplex")).count == 2)
        // Intake carries on after the imported tags.
        let next = try world.intake(lot: lot.code)
        #expect(next.assetTag.sequence > tags.map(\.sequence).max()!)
    }

    @Test("a duplicate serial anywhere in the batch imports nothing")
    func allOrNothing() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let existing = try world.intake(lot: lot.code, serial: "DUP")
        #expect(throws: StoreError.self) {
            try world.database.importDevices([Self.imported(lot.code, serial: "NEW"), Self.imported(lot.code, serial: "dup")],
                                             actor: TemporaryDatabase.actor, at: Date())
        }
        #expect(try world.database.devices(matching: DeviceFilter()).map(\.assetTag) == [existing.assetTag])
    }
}
