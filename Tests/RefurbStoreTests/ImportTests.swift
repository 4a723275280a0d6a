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
        let existing = try world.intake(lot: lot.code, serial: "DUP-0001")
        #expect {
            try world.database.importDevices([Self.imported(lot.code, serial: "NEW"), Self.imported(lot.code, serial: "dup-0001")],
                                             actor: TemporaryDatabase.actor, at: Date())
        } throws: { error in
            guard case StoreError.duplicateSerial(_, let device) = error else { return false }
            return device.assetTag == existing.assetTag
        }
        #expect(try world.database.devices(matching: DeviceFilter()).map(\.assetTag) == [existing.assetTag])
    }

    @Test("a serial given twice in one import is named, and nothing is imported")
    func serialRepeatedWithinTheImport() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        var batch = (0..<(AppDatabase.importDevicesPerStatement + 3)).map { Self.imported(lot.code, serial: "S\($0)") }
        batch.append(Self.imported(lot.code, serial: "s\(AppDatabase.importDevicesPerStatement + 1)"))
        #expect {
            try world.database.importDevices(batch, actor: TemporaryDatabase.actor, at: Date())
        } throws: { error in
            guard case StoreError.invalidInput(let message) = error else { return false }
            return message.key == "store.importRepeatsSerial"
        }
        #expect(try world.database.devices(matching: DeviceFilter()).isEmpty)
    }

    @Test("an import larger than one statement's rows keeps every device and its history")
    func importsAcrossChunks() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let count = AppDatabase.importDevicesPerStatement * 2 + 5
        let tags = try world.database.importDevices((0..<count).map { Self.imported(lot.code, serial: "C\($0)") },
                                                    actor: TemporaryDatabase.actor, at: Date())
        #expect(Set(tags).count == count)
        let last = try #require(try world.database.device(serial: "C\(count - 1)"))
        #expect(last.assetTag == tags.last)
        #expect(try world.database.history(of: last.assetTag).map(\.change.kind) ==
                ["received", "diagnostic-recorded", "moved", "graded"])
    }
}
